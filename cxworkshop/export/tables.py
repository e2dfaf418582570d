"""The action plan as CSV and XLSX, for the client's spreadsheets.

The Italian CSV opens correctly by double-click in Excel with Italian regional settings
(semicolon, UTF-8 with BOM, day/month/year dates); the English one uses commas and ISO dates
(2026-12-08), which every spreadsheet reads the same way whatever its regional settings (a US
Excel would read 08/12/2026 as 12 August). Text Excel would run as a formula is neutralised.
The XLSX has real dates and numbers, column widths, a frozen header row and a filter, "Yes"/"No"
for overdue, and a print setup: landscape, one page wide, header row repeated on every page.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from typing import IO, TYPE_CHECKING

from cxworkshop.export.data import ActionInfo, WorkshopData
from cxworkshop.export.dates import excel_date_format, short_date
from cxworkshop.i18n import tr
from cxworkshop.i18n.labels import label
from cxworkshop.model.enums import ActionStatus, Priority

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

XLSX_CELL_LIMIT = 32767  # Excel refuses longer cells


@dataclass(frozen=True)
class Column:
    title: str  # English; translated for the header
    width: float  # Excel character units
    kind: str = "text"  # text, long, date, int, bool


COLUMNS = [
    Column("Owner", 24), Column("Role", 20), Column("Department", 18), Column("Email", 26),
    Column("Action", 40, "long"), Column("Detail", 50, "long"), Column("Stage", 18),
    Column("Journey map", 18), Column("Linked card", 40, "long"), Column("Due", 12, "date"),
    Column("Overdue", 10, "bool"), Column("Priority", 11), Column("Status", 13),
    Column("Impact", 9, "int"), Column("Effort", 9, "int"), Column("Opened in meeting", 12, "int"),
    Column("Closed in meeting", 12, "int"), Column("ID", 7, "int"),
]


def plan_rows(data: WorkshopData) -> list[ActionInfo]:
    """Actions in the order of the PDF plan: by owner, then open and soonest first."""
    ordered = [action for owner in data.owners() for action in data.actions_of(owner.id)]
    return ordered + data.actions_of(None)


def _values(data: WorkshopData, action: ActionInfo, lang: str) -> list[object]:
    owner = action.owner
    stage = action.stage
    return [
        owner.name if owner else "", owner.role if owner else "",
        owner.department if owner else "", owner.email if owner else "",
        action.title, action.detail, stage.name if stage else "",
        data.map_names.get(stage.map_id, "") if stage else "",
        action.card.text if action.card else "", action.due_on,
        action.is_overdue(data.today), label(Priority, action.priority, lang),
        label(ActionStatus, action.status, lang), action.impact, action.effort,
        action.opened_in.number if action.opened_in else None,
        action.closed_in.number if action.closed_in else None, action.id,
    ]


def yes_no(value: bool, lang: str) -> str:
    """"Sì"/"No", "Yes"/"No": what a person reads in a yes/no column (never 0/FALSO)."""
    word = tr("yes", lang) if value else tr("no", lang)
    return word[:1].upper() + word[1:]


def _csv_text(value: object, kind: str, lang: str) -> str:
    if value is None:
        return ""
    if kind == "date":
        if not isinstance(value, date):
            return str(value)
        return short_date(value, "it") if lang == "it" else value.isoformat()
    if kind == "bool":
        return yes_no(bool(value), lang)
    text = str(value)
    # Excel runs a cell that starts with = + - @ as a formula (and a CSV can carry an
    # attack that way): a leading apostrophe keeps it text, as Excel users expect.
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        text = "'" + text
    return text


def write_csv_stream(data: WorkshopData, stream: IO[bytes], lang: str) -> int:
    """Write the plan as CSV; returns the number of action rows."""
    text = io.StringIO(newline="")
    # Excel reads the list separator from the regional settings: ';' in Italy, ',' in English.
    writer = csv.writer(text, delimiter=";" if lang == "it" else ",", lineterminator="\r\n",
                        quoting=csv.QUOTE_MINIMAL)
    writer.writerow([tr(column.title, lang) for column in COLUMNS])
    rows = plan_rows(data)
    for action in rows:
        values = _values(data, action, lang)
        writer.writerow([_csv_text(value, column.kind, lang)
                         for value, column in zip(values, COLUMNS, strict=True)])
    # The BOM is how Excel knows the file is UTF-8 (accents, €) rather than the ANSI code page.
    stream.write(text.getvalue().encode("utf-8-sig"))
    return len(rows)


def _xlsx_text(value: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    if len(value) > XLSX_CELL_LIMIT:
        value = value[:XLSX_CELL_LIMIT - 1] + "…"
    return value


def _print_setup(sheet: Worksheet, area: str) -> None:
    """Landscape, one page wide (as many pages tall as needed), header row on every page.

    fitToWidth alone is ignored: spreadsheets apply the fit only when the sheet's
    pageSetUpPr.fitToPage flag is set, and fitToHeight=0 means "no limit" on the height."""
    from openpyxl.worksheet.properties import PageSetupProperties

    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_title_rows = "1:1"
    sheet.print_area = area
    sheet.print_options.gridLines = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.oddFooter.center.text = "&P / &N"


def write_xlsx_stream(data: WorkshopData, stream: IO[bytes], lang: str) -> int:
    # Imported here: openpyxl costs a tenth of a second that a PDF-only export should not pay.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = tr("Action plan", lang)[:31]
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="1D4E89")
    for index, column in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=index, value=tr(column.title, lang))
        cell.font, cell.fill = header_font, header_fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    date_format = excel_date_format(lang)
    overdue_font = Font(bold=True, color="B42318")
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    rows = plan_rows(data)
    for row, action in enumerate(rows, start=2):
        for index, (value, column) in enumerate(zip(_values(data, action, lang), COLUMNS,
                                                    strict=True), start=1):
            if column.kind == "bool":
                value = yes_no(bool(value), lang)
            if isinstance(value, str):
                value = _xlsx_text(value)
            cell = sheet.cell(row=row, column=index, value=value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # typed text, never a formula
            cell.alignment = wrap if column.kind == "long" else top
            if column.kind == "date" and value is not None:
                cell.number_format = date_format
            if column.kind == "bool" and action.is_overdue(data.today):
                cell.font = overdue_font
    sheet.row_dimensions[1].height = 30  # two lines: "Opened in meeting" wraps, never clipped
    last = get_column_letter(len(COLUMNS))
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{last}{max(len(rows) + 1, 2)}"
    _print_setup(sheet, f"A1:{last}{len(rows) + 1}")
    book.properties.title = tr("Action plan", lang)
    book.properties.creator = "CX Workshop"
    book.save(stream)
    return len(rows)
