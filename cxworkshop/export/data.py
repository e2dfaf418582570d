"""A read-only snapshot of one workshop, shaped for exports.

Every export reads the file once, read-only (the file is never written), into these plain
dataclasses; the PDF, table and mail writers then work on the snapshot alone, so they are
easy to test and need no session, no Qt, and no second look at the file.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar

from cxworkshop.model.progress import OPEN_STATUSES, PRIORITY_RANK, is_overdue, local_date
from cxworkshop.model.records import (
    ActionItem,
    Card,
    ChannelOwner,
    JourneyMap,
    Lane,
    Measure,
    MeasureAction,
    Measurement,
    Meeting,
    Participant,
    Persona,
    Record,
    Stage,
    StatusChange,
    Vote,
    Workshop,
)
from cxworkshop.store import open_workshop
from cxworkshop.store.reading import read_record, read_records

R = TypeVar("R", bound=Record)



@dataclass(frozen=True)
class Person:
    id: int
    name: str
    role: str = ""
    department: str = ""
    email: str = ""
    is_department: bool = False
    is_facilitator: bool = False

    @property
    def description(self) -> str:
        return " · ".join(part for part in (self.role, self.department) if part)


# The records themselves, under the names the exports use: one statement of the fields.
MeetingInfo = Meeting
StageInfo = Stage
LaneInfo = Lane
PersonaInfo = Persona


@dataclass(frozen=True, slots=True)
class CardInfo(Card):
    """A card as the exports print it: the record, plus its number of votes."""

    votes: int = 0


@dataclass
class MapInfo:
    id: int
    name: str
    kind: str
    stages: list[StageInfo]
    lanes: list[LaneInfo]
    cards: list[CardInfo]
    personas: list[PersonaInfo] = field(default_factory=list)

    def stage(self, stage_id: int) -> StageInfo | None:
        return next((stage for stage in self.stages if stage.id == stage_id), None)


# A step of an action's status history is the record itself.
StatusStep = StatusChange


@dataclass
class ActionInfo:
    id: int
    title: str
    detail: str
    owner: Person | None
    due_on: date | None
    priority: str
    status: str
    impact: int | None
    effort: int | None
    card: CardInfo | None
    stage: StageInfo | None
    opened_in: MeetingInfo | None
    closed_in: MeetingInfo | None
    history: list[StatusStep] = field(default_factory=list)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def is_overdue(self, today: date) -> bool:
        return is_overdue(self, today)

    def sort_key(self) -> tuple:
        # Open work first, then the soonest deadline, then the most pressing priority.
        return (not self.is_open, self.due_on is None, self.due_on or date.max,
                PRIORITY_RANK.get(self.priority, 9), self.id)


@dataclass
class WorkshopData:
    """Everything an export prints, read from one workshop file."""

    path: Path
    title: str
    client: str
    place: str
    facilitator: str
    language: str
    created_at: datetime
    meetings: list[MeetingInfo]
    participants: list[Person]
    maps: list[MapInfo]
    actions: list[ActionInfo]
    today: date
    # The channel ownership register's rows (issue 17; lines: model.channel_register).
    channel_owners: list[ChannelOwner] = field(default_factory=list)
    # The results tracker (issue 17): measures, their dated values, (measure, action) links.
    measures: list[Measure] = field(default_factory=list)
    measurements: list[Measurement] = field(default_factory=list)
    measure_links: list[tuple[int, int]] = field(default_factory=list)

    @property
    def latest_meeting(self) -> MeetingInfo | None:
        return self.meetings[-1] if self.meetings else None

    @property
    def previous_meeting(self) -> MeetingInfo | None:
        return self.meetings[-2] if len(self.meetings) > 1 else None

    @property
    def report_date(self) -> date:
        """The date the report speaks for: the latest meeting, else the day the file was made."""
        latest = self.latest_meeting
        return latest.held_on if latest is not None else local_date(self.created_at)

    @property
    def display_title(self) -> str:
        return self.title or self.path.stem

    @property
    def stages(self) -> dict[int, StageInfo]:
        return {stage.id: stage for journey in self.maps for stage in journey.stages}

    @property
    def map_names(self) -> dict[int, str]:
        return {journey.id: journey.name for journey in self.maps}

    def unowned(self) -> list[ActionInfo]:
        """Open actions nobody owns: they block every export until someone takes them."""
        return [action for action in self.actions if action.owner is None and action.is_open]

    def owners(self) -> list[Person]:
        """People with at least one action, in alphabetical order."""
        seen = {action.owner.id: action.owner for action in self.actions if action.owner}
        return sorted(seen.values(), key=lambda person: (person.name.casefold(), person.id))

    def actions_of(self, owner_id: int | None) -> list[ActionInfo]:
        mine = [action for action in self.actions
                if (action.owner.id if action.owner else None) == owner_id]
        return sorted(mine, key=ActionInfo.sort_key)


def _persons(rows: Iterable[Participant]) -> list[Person]:
    return [Person(row.id, row.name, row.role, row.department, row.email, row.is_department,
                   row.is_facilitator) for row in rows]


def read_snapshot(conn: sqlite3.Connection, path: Path, today: date | None = None) -> WorkshopData:
    """Read everything the exports need in one pass, as plain records (no ORM: exports start fast)."""
    def rows(record: type[R], **filters: object) -> list[R]:
        return read_records(conn, record, **filters)

    workshop = read_record(conn, Workshop, 1) or Workshop(1, "", "", "", "", "it",
                                                                 datetime.now(UTC))
    meetings = sorted(rows(Meeting), key=lambda m: m.number)
    meeting_by_id = {meeting.id: meeting for meeting in meetings}
    people = _persons(rows(Participant))
    person_by_id = {person.id: person for person in people}
    votes = Counter(vote.card_id for vote in rows(Vote))

    maps: list[MapInfo] = []
    for journey in rows(JourneyMap):
        stages = rows(Stage, map_id=journey.id)
        lanes = rows(Lane, map_id=journey.id)
        personas = rows(Persona, map_id=journey.id)
        maps.append(MapInfo(journey.id, journey.name, journey.kind, stages, lanes, [], personas))
    map_of_stage = {stage.id: journey for journey in maps for stage in journey.stages}

    card_by_id: dict[int, CardInfo] = {}
    for row in sorted(rows(Card), key=lambda c: (c.stage_id, c.lane_id, c.position)):
        card = CardInfo(row.id, row.stage_id, row.lane_id, row.position, row.kind, row.text,
                        row.emotion, row.channel, row.colour, row.meeting_id, row.evidence,
                        row.evidence_source, votes=votes.get(row.id, 0))
        card_by_id[card.id] = card
        map_of_stage[card.stage_id].cards.append(card)

    stage_by_id = {stage.id: stage for journey in maps for stage in journey.stages}
    history: dict[int, list[StatusStep]] = {}
    for step in sorted(rows(StatusChange), key=lambda h: (h.changed_at, h.id)):
        history.setdefault(step.action_id, []).append(step)

    actions: list[ActionInfo] = []
    for item in rows(ActionItem):
        linked = card_by_id.get(item.card_id) if item.card_id is not None else None
        stage_id = item.stage_id if item.stage_id is not None else (linked.stage_id if linked else None)
        actions.append(ActionInfo(
            item.id, item.title, item.detail,
            person_by_id.get(item.owner_id) if item.owner_id is not None else None,
            item.due_on, item.priority, item.status, item.impact, item.effort, linked,
            stage_by_id.get(stage_id) if stage_id is not None else None,
            meeting_by_id.get(item.opened_in_id) if item.opened_in_id is not None else None,
            meeting_by_id.get(item.closed_in_id) if item.closed_in_id is not None else None,
            history.get(item.id, [])))

    return WorkshopData(path=path, title=workshop.title, client=workshop.client,
                        place=workshop.place, facilitator=workshop.facilitator,
                        language=workshop.language or "it", created_at=workshop.created_at,
                        meetings=meetings, participants=people, maps=maps, actions=actions,
                        today=today or date.today(), channel_owners=rows(ChannelOwner),
                        measures=rows(Measure), measurements=rows(Measurement),
                        measure_links=[(link.measure_id, link.action_id)
                                       for link in rows(MeasureAction)])


def load_workshop(path: Path | str, today: date | None = None) -> WorkshopData:
    """Open `path` read-only, snapshot it and close it. Raises store.WorkshopFileError."""
    path = Path(path)
    workshop_file = open_workshop(path, read_only=True)
    try:
        return read_snapshot(workshop_file.conn, workshop_file.path, today)
    finally:
        workshop_file.close()
