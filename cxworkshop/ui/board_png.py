"""`cxworkshop export --png`: the board as a poster (ui/poster.py), not the window."""

from __future__ import annotations

from pathlib import Path

from cxworkshop.ui.headless import ensure_application, fail


def run_board_png(path: Path, out: Path) -> int:
    app = ensure_application()
    from cxworkshop.document import WorkshopDocument, WorkshopFileError
    from cxworkshop.i18n import tr
    from cxworkshop.ui.poster import write_poster

    try:
        document = WorkshopDocument.open(path, read_only=True)
    except WorkshopFileError as error:
        return fail(error.message())
    try:
        written = write_poster(document, Path(out))
    except OSError as error:
        return fail(tr("{name}: the file could not be written ({detail}); any previous version "
                       "was left unchanged.", name=Path(error.filename or out).name,
                       detail=error.strerror or str(error)))
    finally:
        document.close()
        app.processEvents()
    for file in written:
        print(tr("Written {path}", path=file))
    return 0
