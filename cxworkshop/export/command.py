"""`cxworkshop export`: the headless verb behind File > Export, with the CLI's exit codes.

0 done; 3 the workshop cannot be opened or an output cannot be written (the previous output
file, if any, is left as it was); 4 refused because open actions have no owner. Messages are
in the user's language (one `cxworkshop: error: ...` line first); the files themselves are
in the workshop's language unless `lang` says otherwise.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from cxworkshop.appinfo import EXECUTABLE
from cxworkshop.export.api import (
    ExportResult,
    UnownedActionsError,
    load,
    write_csv,
    write_eml,
    write_ics,
    write_pdf,
    write_per_owner,
    write_xlsx,
)
from cxworkshop.export.options import ReportOptions
from cxworkshop.i18n import ntr, tr
from cxworkshop.store import WorkshopFileError

EXIT_OK, EXIT_FILE, EXIT_REFUSED = 0, 3, 4


def _error(message: str) -> None:
    print(f"{EXECUTABLE}: {tr('error')}: {message}", file=sys.stderr)


def _refuse(error: UnownedActionsError) -> int:
    _error(ntr("{n} open action has no owner; give it an owner, then export again:",
               "{n} open actions have no owner; give each one an owner, then export again:",
               len(error.actions)))
    for action in error.actions:
        title = " ".join(action.title.split())
        print(f"  #{action.id} {title}", file=sys.stderr)
    return EXIT_REFUSED


def run_export(path: Path, pdf: Path | None, per_owner: Path | None, csv: Path | None,
               xlsx: Path | None, eml: Path | None, lang: str | None,
               ics: Path | None = None, report: ReportOptions | None = None) -> int:
    """Write every requested output; see the module docstring for the exit codes.

    `report`: the paper size and logo (`--page-size`, `--logo`) of every PDF: the full report,
    the owners' PDFs and those attached to the drafts."""
    try:
        data = load(Path(path))
    except WorkshopFileError as exc:
        _error(exc.message())
        return EXIT_FILE
    jobs: list[tuple[Path | None, Callable[..., ExportResult]]] = [
        (pdf, partial(write_pdf, options=report)), (per_owner, partial(write_per_owner, options=report)),
        (csv, write_csv), (xlsx, write_xlsx), (eml, partial(write_eml, options=report)), (ics, write_ics)]
    result = ExportResult()
    for target, writer in jobs:
        if target is None:
            continue
        try:
            result.merge(writer(data, Path(target), lang=lang))
        except UnownedActionsError as exc:
            return _refuse(exc)
        except OSError as exc:
            _error(tr("{name}: the file could not be written ({detail}); any previous version "
                      "was left unchanged.", name=Path(exc.filename or target).name,
                      detail=exc.strerror or str(exc)))
            return EXIT_FILE
    for warning in result.warnings():
        print(f"{EXECUTABLE}: {tr('warning')}: {warning}", file=sys.stderr)
    for file in result.files:
        print(tr("Written {path}", path=file))
    return EXIT_OK
