"""The export functions the command line and the window call, one per kind of output.

Each takes a workshop path (opened read-only) or an already loaded WorkshopData, writes its
files atomically, and returns what it wrote plus any characters the font could not print.
`progress(done, total)` is called as work advances; raising from it cancels the export and
leaves any previous file untouched. Open actions without an owner refuse every export.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO

from cxworkshop.export.atomic import atomic_write, atomic_write_bytes
from cxworkshop.export.context import ExportContext
from cxworkshop.export.data import ActionInfo, Person, WorkshopData, load_workshop
from cxworkshop.export.filenames import unique_stems
from cxworkshop.export.glyphs import GlyphReport
from cxworkshop.export.mail import build_draft
from cxworkshop.export.pdf_owner import owner_pdf_bytes
from cxworkshop.export.pdf_report import render_report
from cxworkshop.export.tables import write_csv_stream, write_xlsx_stream
from cxworkshop.i18n import tr

Progress = Callable[[int, int], None]
Source = Path | str | WorkshopData


class UnownedActionsError(Exception):
    """Open actions nobody owns: the export is refused until each one has an owner."""

    def __init__(self, actions: list[ActionInfo]):
        self.actions = actions
        super().__init__(f"{len(actions)} open actions have no owner")


@dataclass
class ExportResult:
    files: list[Path] = field(default_factory=list)
    glyphs: GlyphReport = field(default_factory=GlyphReport)

    def warnings(self, lang: str | None = None) -> list[str]:
        """Sentences for the user: characters replaced because the font lacks them."""
        if not self.glyphs.count:
            return []
        return [tr("{count} characters the PDF font cannot print were replaced with �: {chars}",
                   lang, count=self.glyphs.count, chars=self.glyphs.describe())]

    def merge(self, other: ExportResult) -> ExportResult:
        self.files += other.files
        for char, count in other.glyphs.missing.items():
            self.glyphs.missing[char] = self.glyphs.missing.get(char, 0) + count
        return self


def load(source: Source, today: date | None = None) -> WorkshopData:
    """A snapshot of the workshop (raises store.WorkshopFileError if the file cannot be read)."""
    if isinstance(source, WorkshopData):
        return source
    return load_workshop(Path(source), today)


def unowned_actions(source: Source) -> list[ActionInfo]:
    """The open actions without an owner that would refuse the export."""
    return load(source).unowned()


def _ready(source: Source, allow_unowned: bool, today: date | None) -> WorkshopData:
    data = load(source, today)
    unowned = data.unowned()
    if unowned and not allow_unowned:
        raise UnownedActionsError(unowned)
    return data


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def owner_file_stems(data: WorkshopData) -> dict[int, str]:
    """File name stem for each owner: their name, made safe and unique."""
    owners = data.owners()
    stems = unique_stems([owner.name for owner in owners], fallback="owner")
    return {owner.id: stem for owner, stem in zip(owners, stems, strict=True)}


def write_pdf(source: Source, out: Path, *, lang: str | None = None,
              progress: Progress | None = None, today: date | None = None,
              allow_unowned: bool = False) -> ExportResult:
    """The full report: cover, journey maps, emotion curves, rankings, action plan, progress."""
    data = _ready(source, allow_unowned, today)
    result = ExportResult()
    ctx = ExportContext.of(data, lang, result.glyphs)
    result.files.append(atomic_write(Path(out), lambda stream: render_report(ctx, stream, progress)))
    return result


def _owner_pdfs(data: WorkshopData, lang: str | None, result: ExportResult,
                progress: Progress | None) -> list[tuple[Person, str, bytes]]:
    ctx = ExportContext.of(data, lang, result.glyphs)
    stems = owner_file_stems(data)
    owners = data.owners()
    pdfs = []
    for index, owner in enumerate(owners):
        _tick(progress, index, len(owners))
        pdfs.append((owner, stems[owner.id], owner_pdf_bytes(ctx, owner)))
    return pdfs


def write_per_owner(source: Source, out_dir: Path, *, lang: str | None = None,
                    progress: Progress | None = None, today: date | None = None,
                    allow_unowned: bool = False) -> ExportResult:
    """One PDF per owner in `out_dir`, named after the owner, with only their actions."""
    data = _ready(source, allow_unowned, today)
    result = ExportResult()
    pdfs = _owner_pdfs(data, lang, result, progress)
    for _owner, stem, pdf in pdfs:
        result.files.append(atomic_write_bytes(Path(out_dir) / f"{stem}.pdf", pdf))
    _tick(progress, len(pdfs), max(len(pdfs), 1))
    return result


def write_eml(source: Source, out_dir: Path, *, lang: str | None = None,
              progress: Progress | None = None, today: date | None = None,
              allow_unowned: bool = False) -> ExportResult:
    """One email draft per owner in `out_dir` (X-Unsent: 1), their PDF attached."""
    data = _ready(source, allow_unowned, today)
    language = lang or data.language
    result = ExportResult()
    pdfs = _owner_pdfs(data, lang, result, progress)
    for owner, stem, pdf in pdfs:
        message = build_draft(data, owner, pdf, f"{stem}.pdf", language)
        result.files.append(atomic_write_bytes(Path(out_dir) / f"{stem}.eml", message.as_bytes()))
    _tick(progress, len(pdfs), max(len(pdfs), 1))
    return result


def _table(source: Source, out: Path, lang: str | None, progress: Progress | None,
           today: date | None, allow_unowned: bool,
           writer: Callable[[WorkshopData, IO[bytes], str], int]) -> ExportResult:
    data = _ready(source, allow_unowned, today)
    _tick(progress, 0, 1)
    buffer = io.BytesIO()
    writer(data, buffer, lang or data.language)
    result = ExportResult(files=[atomic_write_bytes(Path(out), buffer.getvalue())])
    _tick(progress, 1, 1)
    return result


def write_csv(source: Source, out: Path, *, lang: str | None = None,
              progress: Progress | None = None, today: date | None = None,
              allow_unowned: bool = False) -> ExportResult:
    """The action plan as CSV for Excel (semicolon and UTF-8 BOM for Italian workshops)."""
    return _table(source, out, lang, progress, today, allow_unowned, write_csv_stream)


def write_xlsx(source: Source, out: Path, *, lang: str | None = None,
               progress: Progress | None = None, today: date | None = None,
               allow_unowned: bool = False) -> ExportResult:
    """The action plan as an Excel workbook with typed columns, widths and a filter."""
    return _table(source, out, lang, progress, today, allow_unowned, write_xlsx_stream)
