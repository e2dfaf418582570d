"""The portfolio's rows and the per-client summary: plain data shared by the window, CLI and report.

Definitions (with model.progress): an action is open while open or in progress, overdue when
open and due before today, without an owner when open and nobody owns it. The *next
follow-up* is the next meeting dated after today if one is planned, else the earliest due
date of an open action from today on. The *last change* is the file's modification time.
Counts that depend on the day are worked out by the index for the `today` it is asked about.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from cxworkshop.portfolio.reader import FileKey, OpenAction, Problem, Summary


@dataclass(slots=True)
class Entry:
    """One workshop file of the portfolio: its figures on `today`, or why they are unread."""

    file: str  # the absolute path (a string: a Path per row is made only when asked for)
    key: FileKey
    summary: Summary | None
    problem: Problem | None
    today: date
    open: int = 0
    overdue: int = 0
    unowned: int = 0  # open actions nobody owns
    next_due: date | None = None  # the earliest due date of an open action from today on

    @property
    def path(self) -> Path:
        return Path(self.file)

    @property
    def modified(self) -> datetime:
        return datetime.fromtimestamp(self.key.mtime_ns / 1e9)

    @property
    def client(self) -> str:
        return self.summary.client if self.summary else ""

    @property
    def title(self) -> str:
        return self.summary.title if self.summary else self.path.stem

    @property
    def next_follow_up(self) -> date | None:
        if self.summary is not None and self.summary.next_meeting is not None \
                and self.summary.next_meeting > self.today:
            return self.summary.next_meeting
        return self.next_due


@dataclass(frozen=True)
class OverdueAction:
    client: str
    workshop: str
    path: Path
    action: OpenAction


@dataclass(frozen=True)
class Portfolio:
    """Everything a report shows: the rows and the overdue actions, on one day."""

    entries: list[Entry]
    overdue: list[OverdueAction]
    today: date

    @property
    def readable(self) -> list[Entry]:
        return [e for e in self.entries if e.summary is not None]

    @property
    def problems(self) -> list[Entry]:
        return [e for e in self.entries if e.summary is None]


@dataclass(frozen=True)
class ClientSummary:
    client: str
    workshops: int
    open: int
    overdue: int
    done: int
    unowned: int
    next_follow_up: date | None
    last_meeting: date | None


def by_client(entries: Sequence[Entry]) -> list[ClientSummary]:
    """One line per client (readable files only), most overdue first, then by name."""
    groups: dict[str, list[Entry]] = {}
    for entry in entries:
        if entry.summary is not None:
            groups.setdefault(entry.client.strip(), []).append(entry)
    result = []
    for client, group in groups.items():
        follow = [d for e in group if (d := e.next_follow_up) is not None]
        last = [e.summary.last_meeting for e in group if e.summary and e.summary.last_meeting]
        result.append(ClientSummary(
            client, len(group), sum(e.open for e in group), sum(e.overdue for e in group),
            sum(e.summary.actions_done for e in group if e.summary), sum(e.unowned for e in group),
            min(follow) if follow else None, max(last) if last else None))
    return sorted(result, key=lambda c: (-c.overdue, c.client.casefold()))


def sort_overdue(found: Sequence[OverdueAction], today: date) -> list[OverdueAction]:
    """By client, then owner (unowned last), then the oldest due date first."""
    return sorted(found, key=lambda o: (o.client.casefold(), o.action.owner is None,
                                        (o.action.owner or "").casefold(), o.action.due_on or today))


def next_follow_ups(entries: Sequence[Entry]) -> list[tuple[date, Entry]]:
    """(date, workshop) of every coming follow-up, in date order."""
    dated = [(day, e) for e in entries if (day := e.next_follow_up) is not None]
    return sorted(dated, key=lambda item: (item[0], item[1].client.casefold(), item[1].title.casefold()))


def progress_text(summary: Summary, lang: str | None = None) -> str:
    """'2 done, 1 started, 3 new' since the previous meeting; '' when there was none."""
    from cxworkshop.i18n import ntr, tr

    if summary.progress_done is None:
        return ""
    parts = []
    if summary.progress_done:
        parts.append(ntr("{n} done", "{n} done", summary.progress_done, lang))
    if summary.progress_started:
        parts.append(ntr("{n} started", "{n} started", summary.progress_started, lang))
    if summary.progress_opened:
        parts.append(ntr("{n} new", "{n} new", summary.progress_opened, lang))
    return ", ".join(parts) or tr("no change", lang)


def totals_text(workshops: int, clients: int, overdue: int, problems: int, lang: str) -> str:
    """'3 workshops, 1 client, 2 overdue actions, 0 files that cannot be read'."""
    from cxworkshop.i18n import ntr, tr

    return tr("{workshops}, {clients}, {overdue}, {problems}", lang,
              workshops=ntr("{n} workshop", "{n} workshops", workshops, lang),
              clients=ntr("{n} client", "{n} clients", clients, lang),
              overdue=ntr("{n} overdue action", "{n} overdue actions", overdue, lang),
              problems=ntr("{n} file that cannot be read", "{n} files that cannot be read",
                           problems, lang))
