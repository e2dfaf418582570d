"""Plain read-only records of every table: the same names and fields as the SQLModel tables.

The board, the window and the exports read workshops as records built straight from
sqlite3 rows, so showing a board never imports the ORM. Writing still goes through the
SQLModel tables (cxworkshop.model.tables) inside WorkshopDocument's transactions.

These classes are the one plain statement of the schema's columns: model.columns derives its
column lists from them, and tests/unit/test_columns_spec.py checks them against the tables.
Classes are in the tables' dependency order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from typing import Any, ClassVar, Self, get_args, get_type_hints


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _datetime(value: Any) -> datetime | None:
    # Timestamps are written in UTC (model.tables._now) and SQLite keeps them without an
    # offset; giving the UTC back here spares every reader a guess about the time zone.
    if not isinstance(value, str):
        return value
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


_CONVERT: dict[type, Callable[[Any], Any]] = {date: _date, datetime: _datetime, bool: _bool}


@dataclass(frozen=True, slots=True)
class Record:
    """Base of all records. `table` names the SQL table; `columns()` lists its columns in order."""

    table: ClassVar[str] = ""

    @classmethod
    def columns(cls) -> tuple[str, ...]:
        return _columns(cls)

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> Self:
        values = list(row)
        for index, convert in _converters(cls):
            values[index] = convert(values[index])
        return cls(*values)


@dataclass(frozen=True, slots=True)
class JourneyMap(Record):
    table: ClassVar[str] = "journey_map"
    id: int
    name: str
    kind: str
    position: int


@dataclass(frozen=True, slots=True)
class Meeting(Record):
    table: ClassVar[str] = "meeting"
    id: int
    number: int
    held_on: date
    title: str
    notes: str


@dataclass(frozen=True, slots=True)
class Participant(Record):
    table: ClassVar[str] = "participant"
    id: int
    name: str
    role: str
    department: str
    email: str
    is_department: bool
    is_facilitator: bool


@dataclass(frozen=True, slots=True)
class Workshop(Record):
    table: ClassVar[str] = "workshop"
    id: int
    title: str
    client: str
    place: str
    facilitator: str
    language: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Lane(Record):
    table: ClassVar[str] = "lane"
    id: int
    map_id: int
    position: int
    name: str
    kind: str
    height: float


@dataclass(frozen=True, slots=True)
class Persona(Record):
    table: ClassVar[str] = "persona"
    id: int
    map_id: int
    position: int
    name: str
    description: str
    goals: str
    frustrations: str


@dataclass(frozen=True, slots=True)
class Stage(Record):
    table: ClassVar[str] = "stage"
    id: int
    map_id: int
    position: int
    name: str
    width: float


@dataclass(frozen=True, slots=True)
class VotingRound(Record):
    table: ClassVar[str] = "voting_round"
    id: int
    map_id: int
    meeting_id: int | None
    title: str
    dots_per_participant: int
    votable_kinds: str
    is_open: bool
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Card(Record):
    table: ClassVar[str] = "card"
    id: int
    stage_id: int
    lane_id: int
    position: int
    kind: str
    text: str
    emotion: int | None
    channel: str | None
    colour: str | None
    meeting_id: int | None
    evidence: str | None = None
    evidence_source: str | None = None


@dataclass(frozen=True, slots=True)
class ActionItem(Record):
    table: ClassVar[str] = "action_item"
    id: int
    title: str
    detail: str
    owner_id: int | None
    due_on: date | None
    priority: str
    impact: int | None
    effort: int | None
    status: str
    card_id: int | None
    stage_id: int | None
    opened_in_id: int | None
    closed_in_id: int | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Vote(Record):
    table: ClassVar[str] = "vote"
    id: int
    round_id: int
    participant_id: int
    card_id: int


@dataclass(frozen=True, slots=True)
class StatusChange(Record):
    table: ClassVar[str] = "status_change"
    id: int
    action_id: int
    meeting_id: int | None
    old_status: str | None
    new_status: str
    old_due_on: date | None
    new_due_on: date | None
    note: str
    changed_at: datetime


@dataclass(frozen=True, slots=True)
class ChannelOwner(Record):
    table: ClassVar[str] = "channel_owner"
    id: int
    channel: str | None
    name: str
    owner_id: int | None
    deputy_id: int | None
    competences: str
    procedure: str
    scope: str
    response_time: str


@dataclass(frozen=True, slots=True)
class Measure(Record):
    table: ClassVar[str] = "measure"
    id: int
    name: str
    kind: str
    unit: str
    stage_id: int | None
    card_id: int | None
    owner_id: int | None
    baseline: float | None
    target: float | None
    position: int


@dataclass(frozen=True, slots=True)
class Measurement(Record):
    table: ClassVar[str] = "measurement"
    id: int
    measure_id: int
    taken_on: date
    value: float
    meeting_id: int | None
    note: str


@dataclass(frozen=True, slots=True)
class MeasureAction(Record):
    table: ClassVar[str] = "measure_action"
    id: int
    measure_id: int
    action_id: int


RECORDS: dict[str, type[Record]] = {cls.table: cls for cls in (
    JourneyMap, Meeting, Participant, Workshop, ChannelOwner, Lane, Persona, Stage, VotingRound, Card,
    ActionItem, Measure, Vote, MeasureAction, Measurement, StatusChange)}


def column_types(cls: type[Record]) -> tuple[tuple[str, type], ...]:
    """(column, python type) in order, the type without its `| None`."""
    hints = get_type_hints(cls)
    result = []
    for field in fields(cls):
        kind = hints[field.name]
        args = [a for a in get_args(kind) or (kind,) if a is not type(None)]
        result.append((field.name, args[0]))
    return tuple(result)


_COLUMNS: dict[type[Record], tuple[str, ...]] = {}
_CONVERTERS: dict[type[Record], tuple[tuple[int, Callable[[Any], Any]], ...]] = {}


def _columns(cls: type[Record]) -> tuple[str, ...]:
    # read_records asks on every read: computed once per class.
    found = _COLUMNS.get(cls)
    if found is None:
        found = _COLUMNS[cls] = tuple(field.name for field in fields(cls))
    return found


def _converters(cls: type[Record]) -> tuple[tuple[int, Callable[[Any], Any]], ...]:
    found = _CONVERTERS.get(cls)
    if found is None:
        found = tuple((index, _CONVERT[kind]) for index, (_, kind) in enumerate(column_types(cls))
                      if kind in _CONVERT)
        _CONVERTERS[cls] = found
    return found
