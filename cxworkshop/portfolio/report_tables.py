"""The portfolio as CSV (the workshop table) and XLSX (workshops, clients, overdue actions, next
follow-ups), written atomically like every export (cxworkshop.export.atomic)."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from cxworkshop.export.atomic import atomic_write
from cxworkshop.export.dates import excel_date_format
from cxworkshop.export.tables import _xlsx_text
from cxworkshop.i18n import tr
from cxworkshop.i18n.labels import label
from cxworkshop.model.enums import ActionStatus, Priority
from cxworkshop.portfolio.entries import Portfolio, by_client, next_follow_ups
from cxworkshop.portfolio.rows import columns, ordered, row_values, text_value


def _csv_cell(value: object, lang: str) -> str:
    text = text_value(value, lang)
    # A cell Excel would run as a formula stays text (the same rule as the action plan CSV).
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_csv(portfolio: Portfolio, target: Path, lang: str) -> Path:
    def write(stream: IO[bytes]) -> None:
        text = io.StringIO(newline="")
        writer = csv.writer(text, delimiter=";" if lang == "it" else ",", lineterminator="\r\n")
        writer.writerow([title for title, _ in columns(lang)])
        for entry in ordered(portfolio.entries):
            writer.writerow([_csv_cell(v, lang) for v in row_values(entry, lang)])
        stream.write(text.getvalue().encode("utf-8-sig"))  # the BOM tells Excel it is UTF-8

    return atomic_write(target, write)


def _clean(value: Any) -> Any:
    return _xlsx_text(value) if isinstance(value, str) else value


def _sheet(book: Any, title: str, headers: list[tuple[str, float]], rows: list[list[Any]],
           lang: str, first: bool = False) -> Any:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet = book.active if first else book.create_sheet()
    sheet.title = title[:31]
    for index, (name, width) in enumerate(headers, start=1):
        cell = sheet.cell(row=1, column=index, value=name)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1D4E89")
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(index)].width = width
    date_format = excel_date_format(lang)
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=c, value=_clean(value))
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # typed text, never a formula
            if isinstance(value, datetime):
                cell.number_format = date_format + " hh:mm"
            elif isinstance(value, date):
                cell.number_format = date_format
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(len(rows) + 1, 2)}"
    return sheet


def write_xlsx(portfolio: Portfolio, target: Path, lang: str) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    spec = columns(lang)
    entries, today = portfolio.entries, portfolio.today
    _sheet(book, tr("Workshops", lang), [(t, c.width) for t, c in spec],
           [row_values(e, lang) for e in ordered(entries)], lang, first=True)
    _sheet(book, tr("Clients", lang),
           [(tr("Client", lang), 28), (tr("Workshops", lang), 11), (tr("Open actions", lang), 8),
            (tr("Overdue actions", lang), 9), (tr("Actions done", lang), 8), (tr("Without an owner", lang), 11),
            (tr("Last meeting", lang), 13), (tr("Next follow-up", lang), 14)],
           [[c.client, c.workshops, c.open, c.overdue, c.done, c.unowned, c.last_meeting,
             c.next_follow_up] for c in by_client(entries)], lang)
    _sheet(book, tr("Overdue actions", lang),
           [(tr("Client", lang), 24), (tr("Owner", lang), 22), (tr("Action", lang), 44),
            (tr("Due", lang), 12), (tr("Days late", lang), 10), (tr("Status", lang), 13),
            (tr("Priority", lang), 11), (tr("Workshop", lang), 32), (tr("File", lang), 40)],
           [[o.client, o.action.owner or tr("(no owner)", lang), o.action.title, o.action.due_on,
             (today - o.action.due_on).days if o.action.due_on else None,
             label(ActionStatus, o.action.status, lang), label(Priority, o.action.priority, lang),
             o.workshop, str(o.path)] for o in portfolio.overdue], lang)
    _sheet(book, tr("Next follow-ups", lang),
           [(tr("Date", lang), 13), (tr("Client", lang), 24), (tr("Workshop", lang), 36),
            (tr("File", lang), 40)],
           [[day, e.client, e.title, str(e.path)] for day, e in next_follow_ups(entries)], lang)
    book.properties.title = tr("Portfolio", lang)
    book.properties.creator = "CX Workshop"
    return atomic_write(target, book.save)
