"""The portfolio as rows of plain values, in one column order for the CSV, XLSX, PDF and terminal.

Unreadable files are rows too, with the reason in the last column: a report never drops a
file silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from cxworkshop.i18n import tr
from cxworkshop.portfolio.entries import Entry, progress_text


@dataclass(frozen=True)
class Column:
    title: str  # English; translated where shown
    width: float  # Excel character units
    kind: str = "text"  # text, date, datetime, int


def columns(lang: str | None = None) -> list[tuple[str, Column]]:
    """(translated title, column) of the workshop table."""
    spec = [Column(tr("Client", lang), 24), Column(tr("Workshop", lang), 36),
            Column(tr("Last meeting", lang), 13, "date"), Column(tr("Next follow-up", lang), 14, "date"),
            Column(tr("Open actions", lang), 8, "int"), Column(tr("Overdue actions", lang), 9, "int"),
            Column(tr("Actions done", lang), 8, "int"), Column(tr("Without an owner", lang), 11, "int"),
            Column(tr("Since the previous meeting", lang), 26),
            Column(tr("Last change", lang), 17, "datetime"), Column(tr("File", lang), 40),
            Column(tr("Cannot be read", lang), 50)]
    return [(column.title, column) for column in spec]


def row_values(entry: Entry, lang: str | None = None) -> list[object]:
    """The values of one workshop row, in the order of `columns()`."""
    if entry.summary is None:
        assert entry.problem is not None
        return ["", entry.path.stem, None, None, None, None, None, None, "", entry.modified,
                str(entry.path), entry.problem.message(entry.path.name, lang)]
    s = entry.summary
    return [s.client, s.title, s.last_meeting, entry.next_follow_up, entry.open, entry.overdue,
            s.actions_done, entry.unowned, progress_text(s, lang), entry.modified, str(entry.path), ""]


def ordered(entries: Sequence[Entry]) -> list[Entry]:
    """Readable workshops by client and title, then the files that cannot be read."""
    return sorted(entries, key=lambda e: (e.summary is None, e.client.casefold(), e.title.casefold(),
                                          str(e.path)))


def text_value(value: object, lang: str | None) -> str:
    from cxworkshop.export.dates import short_date

    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{short_date(value, lang or 'en')} {value:%H:%M}"
    if isinstance(value, date):
        return short_date(value, lang or "en")
    return str(value)
