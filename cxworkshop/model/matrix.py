"""The value/effort matrix and the roadmap, computed from plain rows (no Qt, no session).

Shared by the window's matrix and roadmap views and by the PDF (export/pdf_matrix.py), so the
projector and the printed report place every action alike.

- Impact and effort are 1-5. An action is *high impact* from 3 up and *high effort* from 3
  up, so the four quadrants are: quick wins (high impact, low effort), big bets (high, high),
  fill-ins (low, low) and money pits (low impact, high effort). An action without an impact
  or an effort is *not yet rated* and sits beside the matrix.
- The roadmap has one row per owner and one column per month, from the month of the earliest
  open due date to the month of the latest (at most ROADMAP_MONTHS columns; later ones share
  the last column). Closed actions and actions without a due date stay off it.
- An action is *carried over* once for every status change that moved its due date.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from cxworkshop.model.progress import OPEN_STATUSES, initials

SCALE = (1, 2, 3, 4, 5)
HIGH_FROM = 3  # impact or effort from 3 up counts as high
ROADMAP_MONTHS = 12


class Quadrant(Enum):
    QUICK_WIN = "quick_win"
    BIG_BET = "big_bet"
    FILL_IN = "fill_in"
    MONEY_PIT = "money_pit"


# English names; the window and the PDF translate them (Qt catalogue / i18n catalogue).
QUADRANT_NAMES = {
    Quadrant.QUICK_WIN: "Quick wins",
    Quadrant.BIG_BET: "Big bets",
    Quadrant.FILL_IN: "Fill-ins",
    Quadrant.MONEY_PIT: "Money pits",
}
QUADRANT_HINTS = {
    Quadrant.QUICK_WIN: "high impact, low effort",
    Quadrant.BIG_BET: "high impact, high effort",
    Quadrant.FILL_IN: "low impact, low effort",
    Quadrant.MONEY_PIT: "low impact, high effort",
}


def quadrant(impact: int | None, effort: int | None) -> Quadrant | None:
    """The quadrant of a rating; None while impact or effort is missing."""
    if impact is None or effort is None:
        return None
    high_impact, high_effort = impact >= HIGH_FROM, effort >= HIGH_FROM
    if high_impact:
        return Quadrant.BIG_BET if high_effort else Quadrant.QUICK_WIN
    return Quadrant.MONEY_PIT if high_effort else Quadrant.FILL_IN


def clamp(value: int) -> int:
    return max(SCALE[0], min(SCALE[-1], value))


@dataclass(frozen=True)
class PlanItem:
    """One action as the matrix and the roadmap show it, whoever read it (window or export)."""

    id: int
    title: str
    owner_id: int | None
    owner_name: str
    due_on: date | None
    status: str
    impact: int | None
    effort: int | None
    votes: int = 0
    card_text: str = ""

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def owner_initials(self) -> str:
        return initials(self.owner_name) if self.owner_name else ""

    def is_overdue(self, today: date) -> bool:
        return self.is_open and self.due_on is not None and self.due_on < today

    @property
    def quadrant(self) -> Quadrant | None:
        return quadrant(self.impact, self.effort)


def plan_items(actions: Iterable[Any], participants: Iterable[Any], votes: Iterable[Any],
               cards: Iterable[Any]) -> list[PlanItem]:
    """PlanItems from records (ActionItem, Participant, Vote, Card), in id order."""
    names = {p.id: p.name for p in participants}
    texts = {c.id: c.text for c in cards}
    tally: dict[int, int] = {}
    for vote in votes:
        tally[vote.card_id] = tally.get(vote.card_id, 0) + 1
    return [PlanItem(a.id, a.title, a.owner_id, names.get(a.owner_id, "") if a.owner_id else "",
                     a.due_on, a.status, a.impact, a.effort,
                     tally.get(a.card_id, 0) if a.card_id is not None else 0,
                     texts.get(a.card_id, "") if a.card_id is not None else "")
            for a in sorted(actions, key=lambda a: a.id)]


def by_cell(items: Iterable[PlanItem]) -> dict[tuple[int, int], list[PlanItem]]:
    """(impact, effort) -> the rated actions there, open ones first, then by id."""
    cells: dict[tuple[int, int], list[PlanItem]] = {}
    for item in items:
        if item.impact is not None and item.effort is not None:
            cells.setdefault((item.impact, item.effort), []).append(item)
    for found in cells.values():
        found.sort(key=lambda i: (not i.is_open, i.id))
    return cells


def by_quadrant(items: Iterable[PlanItem]) -> dict[Quadrant, list[PlanItem]]:
    """Every quadrant (even an empty one) -> its actions, highest impact then lowest effort first."""
    result: dict[Quadrant, list[PlanItem]] = {q: [] for q in Quadrant}
    for item in items:
        if item.quadrant is not None:
            result[item.quadrant].append(item)
    for found in result.values():
        found.sort(key=lambda i: (-(i.impact or 0), i.effort or 0, i.id))
    return result


def unrated(items: Iterable[PlanItem]) -> list[PlanItem]:
    return [item for item in items if item.quadrant is None]


# --- the roadmap -------------------------------------------------------------------------

def month_of(day: date) -> date:
    return day.replace(day=1)


def add_months(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


@dataclass
class Roadmap:
    months: list[date]  # the first day of each column's month
    rows: list[tuple[str, list[list[PlanItem]]]]  # owner name ("" = nobody), one list per month
    undated: list[PlanItem] = field(default_factory=list)  # open actions without a due date

    @property
    def is_empty(self) -> bool:
        return not self.rows


def roadmap(items: Sequence[PlanItem], max_months: int = ROADMAP_MONTHS) -> Roadmap:
    """Open actions by owner (alphabetical, nobody last) and month of their due date."""
    dated = [i for i in items if i.is_open and i.due_on is not None]
    undated = [i for i in items if i.is_open and i.due_on is None]
    if not dated:
        return Roadmap([], [], undated)
    first = month_of(min(i.due_on for i in dated if i.due_on is not None))
    last = month_of(max(i.due_on for i in dated if i.due_on is not None))
    span = (last.year - first.year) * 12 + last.month - first.month + 1
    months = [add_months(first, n) for n in range(min(span, max_months))]
    owners = sorted({i.owner_name for i in dated}, key=lambda name: (name == "", name.casefold()))
    rows = []
    for owner in owners:
        columns: list[list[PlanItem]] = [[] for _ in months]
        for item in sorted((i for i in dated if i.owner_name == owner),
                           key=lambda i: (i.due_on, i.id)):
            assert item.due_on is not None
            due = month_of(item.due_on)
            index = (due.year - first.year) * 12 + due.month - first.month
            columns[min(index, len(months) - 1)].append(item)
        rows.append((owner, columns))
    return Roadmap(months, rows, undated)


# --- history --------------------------------------------------------------------------------

def carried_over(changes: Iterable[Any]) -> dict[int, int]:
    """action_id -> how many times a status change moved its due date (a first date is not a move)."""
    counts: dict[int, int] = {}
    for change in changes:
        if change.old_due_on is not None and change.new_due_on != change.old_due_on:
            counts[change.action_id] = counts.get(change.action_id, 0) + 1
    return counts
