"""Progress figures of an action plan, computed from plain lists of model rows.

Owns the arithmetic behind the plan's progress panel, the follow-up review, the board's
action badges and the dot-voting tally, so the window and the PDF export report the same
numbers. Pure functions, no Qt and no session: callers pass the rows they have already read
(ActionItem, Participant, Meeting, StatusChange, Vote) and today's date.

Definitions (shared with cxworkshop.export):
- an action is *open* while its status is open or in progress; done and dropped close it;
- an action is *overdue* when it is open and its due date is before today;
- the changes *since the previous meeting* are the status changes recorded in the latest
  meeting, plus those recorded outside any meeting after the previous meeting's date.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Protocol

from cxworkshop.model.enums import ActionStatus, Priority

OPEN_STATUSES = frozenset({ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value})
UNOWNED_INITIALS = "?"  # the badge of a card whose action has no owner: flagged, not hidden

PRIORITY_RANK: dict[str, int] = {Priority.URGENT.value: 0, Priority.HIGH.value: 1,
                                 Priority.MEDIUM.value: 2, Priority.LOW.value: 3}


class RowReader(Protocol):
    """Anything that reads rows like WorkshopDocument.rows (kept duck-typed: model is the bottom layer)."""

    def rows(self, model: type, **filters: Any) -> list[Any]: ...


def is_open(action: Any) -> bool:
    return action.status in OPEN_STATUSES


def is_overdue(action: Any, today: date) -> bool:
    return is_open(action) and action.due_on is not None and action.due_on < today


def initials(name: str) -> str:
    """'Marco Rinaldi' -> 'MR'; 'Customer care' -> 'CC'; one word -> its first two letters."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    if not words:
        return UNOWNED_INITIALS
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[-1][0]).upper()


# --- progress per owner ------------------------------------------------------------------

@dataclass(frozen=True)
class Progress:
    """Counts for one owner (owner_id None: the actions nobody owns) or for the whole plan."""

    owner_id: int | None
    name: str
    total: int = 0
    done: int = 0
    open: int = 0  # open or in progress
    in_progress: int = 0
    overdue: int = 0
    dropped: int = 0

    @property
    def done_share(self) -> float:
        """Done over the actions still meant to happen (dropped ones do not count)."""
        relevant = self.total - self.dropped
        return self.done / relevant if relevant else 0.0


def _count(owner_id: int | None, name: str, actions: Iterable[Any], today: date) -> Progress:
    statuses: Counter[str] = Counter()
    overdue = total = 0
    for action in actions:
        total += 1
        statuses[action.status] += 1
        overdue += is_overdue(action, today)
    return Progress(owner_id, name, total=total, done=statuses[ActionStatus.DONE.value],
                    open=statuses[ActionStatus.OPEN.value] + statuses[ActionStatus.IN_PROGRESS.value],
                    in_progress=statuses[ActionStatus.IN_PROGRESS.value], overdue=overdue,
                    dropped=statuses[ActionStatus.DROPPED.value])


def overall_progress(actions: Sequence[Any], today: date, name: str = "") -> Progress:
    return _count(None, name, actions, today)


def progress_by_owner(actions: Sequence[Any], participants: Sequence[Any], today: date,
                      unowned_name: str = "") -> list[Progress]:
    """One entry per participant who owns at least one action, in participant order, then
    one for the unowned actions if there are any (owner_id None, named `unowned_name`)."""
    by_owner: dict[int | None, list[Any]] = {}
    for action in actions:
        by_owner.setdefault(action.owner_id, []).append(action)
    result = [_count(p.id, p.name, by_owner[p.id], today) for p in participants if p.id in by_owner]
    known = {p.id for p in participants}
    # An owner id with no participant row cannot happen with foreign keys on; count it as unowned.
    orphans = [a for owner, acts in by_owner.items() if owner is not None and owner not in known
               for a in acts]
    unowned = by_owner.get(None, []) + orphans
    if unowned:
        result.append(_count(None, unowned_name, unowned, today))
    return result


# --- meetings and history ----------------------------------------------------------------

def latest_and_previous(meetings: Sequence[Any]) -> tuple[Any | None, Any | None]:
    ordered = sorted(meetings, key=lambda m: m.number)
    latest = ordered[-1] if ordered else None
    previous = ordered[-2] if len(ordered) > 1 else None
    return latest, previous


def local_date(moment: datetime) -> date:
    """The day `moment` fell on here; a moment without a zone is UTC, as the file stores it."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone().date()


def changed_since_previous(change: Any, latest: Any, previous: Any) -> bool:
    """Recorded in the latest meeting, or outside any meeting after the previous one was held."""
    return change.meeting_id == latest.id or (
        change.meeting_id is None and local_date(change.changed_at) > previous.held_on)


def changes_since_previous(meetings: Sequence[Any], changes: Sequence[Any]) -> list[Any]:
    """The status changes made since the previous meeting, oldest first (see module docstring)."""
    latest, previous = latest_and_previous(meetings)
    if latest is None or previous is None:
        return []
    picked = [c for c in changes if changed_since_previous(c, latest, previous)]
    return sorted(picked, key=lambda c: (c.changed_at, c.id or 0))


@dataclass(frozen=True)
class ChangeSummary:
    done: int = 0
    started: int = 0
    dropped: int = 0
    reopened: int = 0
    rescheduled: int = 0
    opened: int = 0  # actions opened in the latest meeting


def summarise_changes(changes: Sequence[Any], actions: Sequence[Any],
                      latest_meeting_id: int | None) -> ChangeSummary:
    """Counts distinct actions by what happened to them in `changes` (their final step wins)."""
    last: dict[int, Any] = {}
    first: dict[int, Any] = {}
    for change in sorted(changes, key=lambda c: (c.changed_at, c.id or 0)):
        last[change.action_id] = change
        first.setdefault(change.action_id, change)
    done = started = dropped = reopened = rescheduled = 0
    for action_id, change in last.items():
        before = first[action_id].old_status
        if change.new_status == before:
            rescheduled += first[action_id].old_due_on != change.new_due_on
        elif change.new_status == ActionStatus.DONE.value:
            done += 1
        elif change.new_status == ActionStatus.DROPPED.value:
            dropped += 1
        elif change.new_status == ActionStatus.IN_PROGRESS.value:
            started += 1
        elif before in (ActionStatus.DONE.value, ActionStatus.DROPPED.value):
            reopened += 1
    opened = sum(1 for a in actions if latest_meeting_id is not None
                 and a.opened_in_id == latest_meeting_id)
    return ChangeSummary(done, started, dropped, reopened, rescheduled, opened)


# --- the board's badges -------------------------------------------------------------------

def action_badges(actions: Sequence[Any], participants: Sequence[Any]) -> dict[int, tuple[str, int]]:
    """card_id -> (owners' initials, number of actions linked to the card).

    One owner gives 'MR'; several give the first two joined, 'MR·LB' (then '+n'); an action
    without an owner contributes '?', so an unowned action is visible on the board too.
    """
    names = {p.id: p.name for p in participants}
    owners: dict[int, list[str]] = {}
    counts: Counter[int] = Counter()
    for action in sorted(actions, key=lambda a: a.id or 0):
        if action.card_id is None:
            continue
        counts[action.card_id] += 1
        mark = initials(names[action.owner_id]) if action.owner_id in names else UNOWNED_INITIALS
        seen = owners.setdefault(action.card_id, [])
        if mark not in seen:
            seen.append(mark)
    badges = {}
    for card_id, marks in owners.items():
        text = "·".join(marks[:2]) + (f"+{len(marks) - 2}" if len(marks) > 2 else "")
        badges[card_id] = (text, counts[card_id])
    return badges


def action_badges_from(reader: RowReader) -> dict[int, tuple[str, int]]:
    """action_badges() read through a WorkshopDocument (or anything with its rows())."""
    # Records, not the SQLModel tables: reading a badge never needs the ORM.
    from cxworkshop.model.records import ActionItem, Participant

    return action_badges(reader.rows(ActionItem), reader.rows(Participant))


# --- dot voting ---------------------------------------------------------------------------

def tally(votes: Iterable[Any]) -> dict[int, int]:
    """card_id -> number of dots."""
    return dict(Counter(vote.card_id for vote in votes))


def dots_used(votes: Iterable[Any], participant_id: int) -> int:
    return sum(1 for vote in votes if vote.participant_id == participant_id)


def ranking(counts: dict[int, int]) -> list[tuple[int, int]]:
    """(card_id, dots), most dots first; ties keep the older card first so the order is stable."""
    return sorted(((card, dots) for card, dots in counts.items() if dots > 0),
                  key=lambda item: (-item[1], item[0]))


def priorities_from_ranking(ranked: Sequence[tuple[int, int]]) -> dict[int, str]:
    """card_id -> priority by quarters of the ranking: urgent, high, medium, low.

    Cards with as many dots share the better priority, so a tie never splits a priority.
    """
    result: dict[int, str] = {}
    levels = [Priority.URGENT, Priority.HIGH, Priority.MEDIUM, Priority.LOW]
    count = len(ranked)
    previous_dots, previous_level = None, 0
    for index, (card_id, dots) in enumerate(ranked):
        level = min(3, math.floor(index * 4 / count)) if count else 0
        if dots == previous_dots:
            level = previous_level
        result[card_id] = levels[level].value
        previous_dots, previous_level = dots, level
    return result
