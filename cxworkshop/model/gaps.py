"""Gap checks: what the plan and the channel register leave without someone in charge (issue 17).

Pure functions over records (no Qt, no session); the window's register dock, `cxworkshop check`
and the PDF report run the same checks. Gaps are advice, not damage: nothing refuses to open,
edit or export because of them. The six checks, precisely:

- CHANNEL_WITHOUT_OWNER: a line of the register (a channel used on cards, or one added by
  hand) with no owner.
- TOUCHPOINT_WITHOUT_PROCEDURE: a touchpoint card with a channel whose register line has no
  procedure (empty or blank). A touchpoint without a channel is not counted: it names no channel.
- PAIN_POINT_WITHOUT_ACTION: a pain-point card that no action is linked to (no action whose
  card is this card, whatever its status: a dropped action is a decision taken about it).
- ACTION_WITHOUT_DUE_DATE: an open action (open or in progress) with no due date; done and
  dropped actions need none.
- MOMENT_WITHOUT_OWNER: a moment-of-truth card that no action *with an owner* is linked to
  (an action linked to it with nobody in charge does not count).
- HANDOFF_BETWEEN_DEPARTMENTS: a stage whose touchpoint and backstage cards use channels owned
  by two or more different departments (the owner's department: a department-participant is
  its own department, a person belongs to the department written on them; owners with no
  department written, and channels without an owner, are left out; names compared ignoring case
  and surrounding spaces). The customer is handed from one department to another inside one
  step of the journey, where things get lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from cxworkshop.model.channel_register import ChannelKey, department_of, register_lines
from cxworkshop.model.enums import CardKind
from cxworkshop.model.progress import OPEN_STATUSES
from cxworkshop.model.records import ActionItem, Card, ChannelOwner, Participant, Stage


class GapKind(StrEnum):
    CHANNEL_WITHOUT_OWNER = "channel_without_owner"
    TOUCHPOINT_WITHOUT_PROCEDURE = "touchpoint_without_procedure"
    PAIN_POINT_WITHOUT_ACTION = "pain_point_without_action"
    ACTION_WITHOUT_DUE_DATE = "action_without_due_date"
    MOMENT_WITHOUT_OWNER = "moment_without_owner"
    HANDOFF_BETWEEN_DEPARTMENTS = "handoff_between_departments"


@dataclass(frozen=True, slots=True)
class Gap:
    """One gap and what it is about: a channel, cards, an action or a stage.

    `subject` is the words to show for it: a card's text, an action's title, a hand-added
    channel's name or a stage's name ("" for a Channel value, whose label is translated)."""

    kind: GapKind
    subject: str = ""
    channel: ChannelKey | None = None
    card_ids: tuple[int, ...] = ()
    action_id: int | None = None
    stage_id: int | None = None
    departments: tuple[str, ...] = ()


@dataclass(frozen=True)
class GapInput:
    """The records the checks read (cards of every map)."""

    cards: Sequence[Card]
    stages: Sequence[Stage]
    actions: Sequence[ActionItem]
    register: Sequence[ChannelOwner]
    participants: Sequence[Participant]


class RowReader(Protocol):
    def rows(self, model: type, **filters: Any) -> list[Any]: ...


def read_input(reader: RowReader) -> GapInput:
    """The records from anything that reads like WorkshopDocument.rows."""
    return GapInput(reader.rows(Card), reader.rows(Stage), reader.rows(ActionItem),
                    reader.rows(ChannelOwner), reader.rows(Participant))


def channels_without_owner(cards: Iterable[Card], register: Iterable[ChannelOwner]) -> list[Gap]:
    return [Gap(GapKind.CHANNEL_WITHOUT_OWNER, line.name, line.key)
            for line in register_lines(cards, register) if line.owner_id is None]


def touchpoints_without_procedure(cards: Iterable[Card], register: Iterable[ChannelOwner]) -> list[Gap]:
    described = {row.channel for row in register if row.channel is not None and row.procedure.strip()}
    return [Gap(GapKind.TOUCHPOINT_WITHOUT_PROCEDURE, card.text, ChannelKey(channel=card.channel),
                card_ids=(card.id,), stage_id=card.stage_id)
            for card in cards
            if card.kind == CardKind.TOUCHPOINT and card.channel and card.channel not in described]


def pain_points_without_action(cards: Iterable[Card], actions: Iterable[ActionItem]) -> list[Gap]:
    acted_on = {action.card_id for action in actions if action.card_id is not None}
    return [Gap(GapKind.PAIN_POINT_WITHOUT_ACTION, card.text, card_ids=(card.id,), stage_id=card.stage_id)
            for card in cards if card.kind == CardKind.PAIN_POINT and card.id not in acted_on]


def actions_without_due_date(actions: Iterable[ActionItem]) -> list[Gap]:
    return [Gap(GapKind.ACTION_WITHOUT_DUE_DATE, action.title, action_id=action.id)
            for action in actions if action.status in OPEN_STATUSES and action.due_on is None]


def moments_without_owner(cards: Iterable[Card], actions: Iterable[ActionItem]) -> list[Gap]:
    owned = {action.card_id for action in actions
             if action.card_id is not None and action.owner_id is not None}
    return [Gap(GapKind.MOMENT_WITHOUT_OWNER, card.text, card_ids=(card.id,), stage_id=card.stage_id)
            for card in cards if card.kind == CardKind.MOMENT_OF_TRUTH and card.id not in owned]


_HANDOFF_KINDS = frozenset({CardKind.TOUCHPOINT.value, CardKind.BACKSTAGE.value})


def handoffs_between_departments(cards: Iterable[Card], stages: Iterable[Stage],
                                 register: Iterable[ChannelOwner],
                                 participants: Iterable[Participant]) -> list[Gap]:
    people = {person.id: person for person in participants}
    department_of_channel: dict[str, str] = {}
    for row in register:
        owner = people.get(row.owner_id) if row.owner_id is not None else None
        department = department_of(owner) if owner is not None else ""
        if row.channel is not None and department:
            department_of_channel[row.channel] = department
    found: dict[int, dict[str, str]] = {}  # stage -> casefolded department -> as written first
    involved: dict[int, list[int]] = {}
    for card in cards:
        department = department_of_channel.get(card.channel or "", "")
        if card.kind not in _HANDOFF_KINDS or not department:
            continue
        found.setdefault(card.stage_id, {}).setdefault(department.casefold(), department)
        involved.setdefault(card.stage_id, []).append(card.id)
    gaps = []
    for stage in stages:
        departments = found.get(stage.id, {})
        if len(departments) >= 2:
            gaps.append(Gap(GapKind.HANDOFF_BETWEEN_DEPARTMENTS, stage.name,
                            card_ids=tuple(involved[stage.id]), stage_id=stage.id,
                            departments=tuple(sorted(departments.values(), key=str.casefold))))
    return gaps


def find_gaps(data: GapInput) -> list[Gap]:
    """Every gap, grouped by kind in GapKind's order; cards in the journey's order."""
    place = {stage.id: (stage.map_id, stage.position) for stage in data.stages}
    cards = sorted(data.cards, key=lambda card: (place.get(card.stage_id, (0, 0)), card.lane_id,
                                                 card.position))
    stages = sorted(data.stages, key=lambda stage: place[stage.id])
    return [*channels_without_owner(cards, data.register),
            *touchpoints_without_procedure(cards, data.register),
            *pain_points_without_action(cards, data.actions),
            *actions_without_due_date(data.actions),
            *moments_without_owner(cards, data.actions),
            *handoffs_between_departments(cards, stages, data.register, data.participants)]


def count_by_kind(gaps: Iterable[Gap]) -> dict[GapKind, int]:
    """How many gaps of each kind, every kind present (0 included), in GapKind's order."""
    counts = dict.fromkeys(GapKind, 0)
    for gap in gaps:
        counts[gap.kind] += 1
    return counts
