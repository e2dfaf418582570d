"""`cxworkshop export --png`: the board as a poster (ui/poster.py), not the window.

A workshop with several maps (current and future state) gets one poster per map: the first
map at OUT, the others beside it as "OUT - <map name>.png"."""

from __future__ import annotations

from pathlib import Path

from cxworkshop.ui.headless import ensure_application, fail


def run_board_png(path: Path, out: Path) -> int:
    app = ensure_application()
    from cxworkshop.document import WorkshopDocument, WorkshopFileError
    from cxworkshop.export.filenames import unique_stems
    from cxworkshop.i18n import tr
    from cxworkshop.model.records import JourneyMap
    from cxworkshop.ui.poster import write_poster

    try:
        document = WorkshopDocument.open(path, read_only=True)
    except WorkshopFileError as error:
        return fail(error.message())
    try:
        maps = document.rows(JourneyMap)
        stems = unique_stems([journey.name for journey in maps], fallback="map")
        written = []
        for index, journey in enumerate(maps or [None]):
            target = Path(out) if index == 0 else Path(out).with_name(
                f"{Path(out).stem} - {stems[index]}{Path(out).suffix}")
            written += write_poster(document, target, journey.id if journey else None)
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
