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
from cxworkshop.export.ics import owner_calendar
from cxworkshop.export.mail import build_draft
from cxworkshop.export.options import ReportOptions
from cxworkshop.export.owner_info import CONTACT_MISSING, Contact, facilitator_contact
from cxworkshop.export.pdf_owner import owner_pdf_bytes
from cxworkshop.export.pdf_report import render_report
from cxworkshop.export.tables import write_csv_stream, write_xlsx_stream
from cxworkshop.i18n import ntr, tr

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
    # Further warnings, as English catalogue sentences translated when shown.
    notices: list[str] = field(default_factory=list)
    # Owners whose e-mail draft has no To: (no address, or not one plain local@domain).
    unaddressed: list[str] = field(default_factory=list)

    def warnings(self, lang: str | None = None) -> list[str]:
        """Sentences for the user: characters the font lacks, a missing facilitator contact,
        drafts without a recipient."""
        shown = [tr(notice, lang) for notice in self.notices]
        if self.unaddressed:
            shown.append(ntr(
                "The e-mail draft for {names} has no recipient (no address, or not one plain "
                "name@domain address): fill in To before sending.",
                "The e-mail drafts for {names} have no recipient (no address, or not one plain "
                "name@domain address): fill in To before sending.",
                len(self.unaddressed), lang,
                names=", ".join(f"“{name}”" for name in self.unaddressed)))  # "Rossi, Mario"
        if not self.glyphs.count:
            return shown
        return shown + [ntr("{n} character the PDF font cannot print was replaced with �: {chars}",
                    "{n} characters the PDF font cannot print were replaced with �: {chars}",
                    self.glyphs.count, lang, chars=self.glyphs.describe())]

    def note(self, notice: str) -> None:
        if notice not in self.notices:
            self.notices.append(notice)

    def merge(self, other: ExportResult) -> ExportResult:
        self.files += other.files
        self.unaddressed += [name for name in other.unaddressed if name not in self.unaddressed]
        for notice in other.notices:
            self.note(notice)
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
              allow_unowned: bool = False, options: ReportOptions | None = None) -> ExportResult:
    """The full report: cover, summary, journey maps, rankings, action plan, progress.

    `options`: the paper (A4 by default), the consultant's logo, name and e-mail."""
    data = _ready(source, allow_unowned, today)
    result = ExportResult()
    ctx = ExportContext.of(data, lang, result.glyphs, options)
    result.files.append(atomic_write(Path(out), lambda stream: render_report(ctx, stream, progress)))
    return result


def _contact(data: WorkshopData, result: ExportResult, name: str, email: str) -> Contact:
    """Whom the owners answer to; warns (once) when there is no name or no address."""
    contact = facilitator_contact(data, name, email)
    if not contact.complete and data.owners():
        result.note(CONTACT_MISSING)
    return contact


def _owner_pdfs(data: WorkshopData, lang: str | None, result: ExportResult,
                progress: Progress | None, contact: Contact,
                options: ReportOptions | None) -> list[tuple[Person, str, bytes]]:
    ctx = ExportContext.of(data, lang, result.glyphs, options)
    stems = owner_file_stems(data)
    owners = data.owners()
    pdfs = []
    for index, owner in enumerate(owners):
        _tick(progress, index, len(owners))
        pdfs.append((owner, stems[owner.id], owner_pdf_bytes(ctx, owner, contact)))
    return pdfs


def write_per_owner(source: Source, out_dir: Path, *, lang: str | None = None,
                    progress: Progress | None = None, today: date | None = None,
                    allow_unowned: bool = False, facilitator_name: str = "",
                    facilitator_email: str = "", options: ReportOptions | None = None) -> ExportResult:
    """One PDF per owner in `out_dir`, named after the owner, with only their actions.

    `facilitator_name`/`facilitator_email` are the Preferences' values: the contact printed
    when the workshop has no facilitator participant with an address. `options`: the paper and
    the consultant's logo, as for the full report (these PDFs go to the client's staff)."""
    data = _ready(source, allow_unowned, today)
    result = ExportResult()
    contact = _contact(data, result, facilitator_name, facilitator_email)
    pdfs = _owner_pdfs(data, lang, result, progress, contact, options)
    for _owner, stem, pdf in pdfs:
        result.files.append(atomic_write_bytes(Path(out_dir) / f"{stem}.pdf", pdf))
    _tick(progress, len(pdfs), max(len(pdfs), 1))
    return result


def write_eml(source: Source, out_dir: Path, *, lang: str | None = None,
              progress: Progress | None = None, today: date | None = None,
              allow_unowned: bool = False, facilitator_name: str = "",
              facilitator_email: str = "", options: ReportOptions | None = None) -> ExportResult:
    """One email draft per owner in `out_dir` (X-Unsent: 1), their PDF (on `options`' paper,
    with its logo) and .ics attached."""
    data = _ready(source, allow_unowned, today)
    language = lang or data.language
    result = ExportResult()
    contact = _contact(data, result, facilitator_name, facilitator_email)
    pdfs = _owner_pdfs(data, lang, result, progress, contact, options)
    for owner, stem, pdf in pdfs:
        calendar = (owner_calendar(data, owner, language, contact), f"{stem}.ics")
        message = build_draft(data, owner, pdf, f"{stem}.pdf", language, contact, calendar)
        if message["To"] is None:
            result.unaddressed.append(owner.name)
        result.files.append(atomic_write_bytes(Path(out_dir) / f"{stem}.eml", message.as_bytes()))
    _tick(progress, len(pdfs), max(len(pdfs), 1))
    return result


def write_ics(source: Source, out_dir: Path, *, lang: str | None = None,
              progress: Progress | None = None, today: date | None = None,
              allow_unowned: bool = False, facilitator_name: str = "",
              facilitator_email: str = "") -> ExportResult:
    """One iCalendar file per owner in `out_dir`: their open actions as to-dos with due dates
    and the next meeting, to import into any calendar (named like the per-owner PDFs)."""
    data = _ready(source, allow_unowned, today)
    language = lang or data.language
    result = ExportResult()
    contact = facilitator_contact(data, facilitator_name, facilitator_email)
    stems = owner_file_stems(data)
    owners = data.owners()
    for index, owner in enumerate(owners):
        _tick(progress, index, len(owners))
        calendar = owner_calendar(data, owner, language, contact)
        result.files.append(atomic_write_bytes(Path(out_dir) / f"{stems[owner.id]}.ics", calendar))
    _tick(progress, len(owners), max(len(owners), 1))
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
