"""The SQLModel tables of one workshop file (DESIGN.md section 3).

Consistency lives in the schema, not only in the code: foreign keys with explicit
ON DELETE rules, CHECK constraints for every enum and range, and UNIQUE positions so
stages, lanes and the cards of a cell always have one well-defined order.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from cxworkshop.model.enums import (
    EMOTION_MAX,
    EMOTION_MIN,
    ActionStatus,
    CardKind,
    Channel,
    Evidence,
    EvidenceSource,
    LaneKind,
    Language,
    MapKind,
    MeasureKind,
    Priority,
)


def _now() -> datetime:
    # Timestamps are stored in UTC so files moved across time zones stay consistent.
    return datetime.now(UTC)


def _one_of(column: str, enum: type[StrEnum], nullable: bool = False) -> CheckConstraint:
    values = ", ".join(f"'{member.value}'" for member in enum)
    test = f"{column} IN ({values})"
    if nullable:
        test = f"{column} IS NULL OR {test}"
    return CheckConstraint(test, name=f"ck_{column}_valid")


def _fk(target: str, on_delete: str, nullable: bool) -> Column:
    # sa_column keeps the ON DELETE rule in the DDL, where SQLite enforces it.
    return Column(Integer, ForeignKey(target, ondelete=on_delete), nullable=nullable, index=True)


class Workshop(SQLModel, table=True):
    """The one row that names the engagement; a file holds exactly one workshop."""

    __table_args__ = (_one_of("language", Language), CheckConstraint("id = 1", name="ck_single"))
    id: int | None = Field(default=None, primary_key=True)
    title: str = ""
    client: str = ""
    place: str = ""
    facilitator: str = ""
    language: str = Language.IT.value
    created_at: datetime = Field(default_factory=_now)


class Meeting(SQLModel, table=True):
    """One session of the engagement; actions are opened and reviewed in meetings."""

    __table_args__ = (UniqueConstraint("number", name="uq_meeting_number"),)
    id: int | None = Field(default=None, primary_key=True)
    number: int = Field(ge=1)
    held_on: date
    title: str = ""
    notes: str = ""


class Participant(SQLModel, table=True):
    """A person in the room, or a whole department, who can own actions."""

    id: int | None = Field(default=None, primary_key=True)
    name: str
    role: str = ""
    department: str = ""
    email: str = ""
    is_department: bool = False
    is_facilitator: bool = False


class JourneyMap(SQLModel, table=True):
    """A board: current state, future state, or another variant of the journey."""

    __tablename__ = "journey_map"
    __table_args__ = (_one_of("kind", MapKind), UniqueConstraint("position", name="uq_map_position"))
    id: int | None = Field(default=None, primary_key=True)
    name: str
    kind: str = MapKind.CURRENT.value
    position: int = 0


class Persona(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("map_id", "position", name="uq_persona_position"),)
    id: int | None = Field(default=None, primary_key=True)
    map_id: int = Field(sa_column=_fk("journey_map.id", "CASCADE", nullable=False))
    position: int = 0
    name: str
    description: str = ""
    goals: str = ""
    frustrations: str = ""


class Stage(SQLModel, table=True):
    """A column of the board: discovery, purchase, onboarding, ..."""

    __table_args__ = (
        UniqueConstraint("map_id", "position", name="uq_stage_position"),
        CheckConstraint("width > 0", name="ck_stage_width"),
    )
    id: int | None = Field(default=None, primary_key=True)
    map_id: int = Field(sa_column=_fk("journey_map.id", "CASCADE", nullable=False))
    position: int
    name: str
    width: float = 260.0


class Lane(SQLModel, table=True):
    """A row of the board: customer actions, touchpoints, emotions, pain points, ..."""

    __table_args__ = (
        UniqueConstraint("map_id", "position", name="uq_lane_position"),
        _one_of("kind", LaneKind),
        CheckConstraint("height > 0", name="ck_lane_height"),
    )
    id: int | None = Field(default=None, primary_key=True)
    map_id: int = Field(sa_column=_fk("journey_map.id", "CASCADE", nullable=False))
    position: int
    name: str
    kind: str = LaneKind.CUSTOM.value
    height: float = 150.0


class Card(SQLModel, table=True):
    """A sticky note in one cell (stage x lane), ordered within the cell by position."""

    __table_args__ = (
        UniqueConstraint("stage_id", "lane_id", "position", name="uq_card_position"),
        _one_of("kind", CardKind),
        _one_of("channel", Channel, nullable=True),
        CheckConstraint(
            f"emotion IS NULL OR (emotion BETWEEN {EMOTION_MIN} AND {EMOTION_MAX})",
            name="ck_card_emotion",
        ),
        CheckConstraint("colour IS NULL OR length(colour) = 7", name="ck_card_colour"),
        _one_of("evidence", Evidence, nullable=True),
        _one_of("evidence_source", EvidenceSource, nullable=True),
    )
    id: int | None = Field(default=None, primary_key=True)
    stage_id: int = Field(sa_column=_fk("stage.id", "CASCADE", nullable=False))
    lane_id: int = Field(sa_column=_fk("lane.id", "CASCADE", nullable=False))
    position: int = 0
    kind: str = CardKind.NOTE.value
    text: str = ""
    emotion: int | None = None
    channel: str | None = None
    colour: str | None = None
    meeting_id: int | None = Field(default=None, sa_column=_fk("meeting.id", "SET NULL", True))
    # Version 3: observed (with a source) or assumed; NULL is "not said". Last, as ALTER adds them.
    evidence: str | None = None
    evidence_source: str | None = None


class ActionItem(SQLModel, table=True):
    """What someone will do before the next meeting. An owner of NULL is flagged everywhere."""

    __tablename__ = "action_item"
    __table_args__ = (
        _one_of("priority", Priority),
        _one_of("status", ActionStatus),
        CheckConstraint("impact IS NULL OR impact BETWEEN 1 AND 5", name="ck_action_impact"),
        CheckConstraint("effort IS NULL OR effort BETWEEN 1 AND 5", name="ck_action_effort"),
    )
    id: int | None = Field(default=None, primary_key=True)
    title: str
    detail: str = ""
    owner_id: int | None = Field(default=None, sa_column=_fk("participant.id", "SET NULL", True))
    due_on: date | None = None
    priority: str = Priority.MEDIUM.value
    impact: int | None = None
    effort: int | None = None
    status: str = ActionStatus.OPEN.value
    card_id: int | None = Field(default=None, sa_column=_fk("card.id", "SET NULL", True))
    stage_id: int | None = Field(default=None, sa_column=_fk("stage.id", "SET NULL", True))
    opened_in_id: int | None = Field(default=None, sa_column=_fk("meeting.id", "SET NULL", True))
    closed_in_id: int | None = Field(default=None, sa_column=_fk("meeting.id", "SET NULL", True))
    created_at: datetime = Field(default_factory=_now)


class StatusChange(SQLModel, table=True):
    """One step in an action's history, recorded in the meeting where it was reviewed."""

    __tablename__ = "status_change"
    __table_args__ = (
        _one_of("old_status", ActionStatus, nullable=True),
        _one_of("new_status", ActionStatus),
    )
    id: int | None = Field(default=None, primary_key=True)
    action_id: int = Field(sa_column=_fk("action_item.id", "CASCADE", nullable=False))
    meeting_id: int | None = Field(default=None, sa_column=_fk("meeting.id", "SET NULL", True))
    old_status: str | None = None
    new_status: str
    old_due_on: date | None = None
    new_due_on: date | None = None
    note: str = ""
    changed_at: datetime = Field(default_factory=_now)


class VotingRound(SQLModel, table=True):
    """A dot-voting round: which card kinds are votable and how many dots each person has."""

    __tablename__ = "voting_round"
    __table_args__ = (CheckConstraint("dots_per_participant >= 1", name="ck_round_dots"),)
    id: int | None = Field(default=None, primary_key=True)
    map_id: int = Field(sa_column=_fk("journey_map.id", "CASCADE", nullable=False))
    meeting_id: int | None = Field(default=None, sa_column=_fk("meeting.id", "SET NULL", True))
    title: str = ""
    dots_per_participant: int = 3
    # Comma-separated CardKind values; empty means every kind is votable.
    votable_kinds: str = ""
    is_open: bool = True
    created_at: datetime = Field(default_factory=_now)


class Vote(SQLModel, table=True):
    """One dot placed by one participant on one card."""

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(sa_column=_fk("voting_round.id", "CASCADE", nullable=False))
    participant_id: int = Field(sa_column=_fk("participant.id", "CASCADE", nullable=False))
    card_id: int = Field(sa_column=_fk("card.id", "CASCADE", nullable=False))


class ChannelOwner(SQLModel, table=True):
    """One line of the channel register: who answers for a channel, how, and how fast.

    `channel` is a Channel value for the channels touchpoint cards use; a channel added by hand
    has no such value and is known by its `name`.
    """

    __tablename__ = "channel_owner"
    __table_args__ = (
        _one_of("channel", Channel, nullable=True),
        UniqueConstraint("channel", name="uq_channel_owner_channel"),
        CheckConstraint("channel IS NOT NULL OR length(name) > 0", name="ck_channel_owner_named"),
    )
    id: int | None = Field(default=None, primary_key=True)
    channel: str | None = None
    name: str = ""
    owner_id: int | None = Field(default=None, sa_column=_fk("participant.id", "SET NULL", True))
    deputy_id: int | None = Field(default=None, sa_column=_fk("participant.id", "SET NULL", True))
    competences: str = ""
    procedure: str = ""
    scope: str = ""
    response_time: str = ""


class Measure(SQLModel, table=True):
    """A result the engagement wants to move (NPS, complaints per month, ...), tied to a stage
    or a touchpoint card, with a baseline and a target."""

    __table_args__ = (_one_of("kind", MeasureKind),)
    id: int | None = Field(default=None, primary_key=True)
    name: str
    kind: str = MeasureKind.CUSTOM.value
    unit: str = ""
    stage_id: int | None = Field(default=None, sa_column=_fk("stage.id", "SET NULL", True))
    card_id: int | None = Field(default=None, sa_column=_fk("card.id", "SET NULL", True))
    owner_id: int | None = Field(default=None, sa_column=_fk("participant.id", "SET NULL", True))
    baseline: float | None = None
    target: float | None = None
    position: int = 0


class Measurement(SQLModel, table=True):
    """One dated value of a measure, usually entered at a follow-up meeting."""

    id: int | None = Field(default=None, primary_key=True)
    measure_id: int = Field(sa_column=_fk("measure.id", "CASCADE", nullable=False))
    taken_on: date
    value: float
    meeting_id: int | None = Field(default=None, sa_column=_fk("meeting.id", "SET NULL", True))
    note: str = ""


class MeasureAction(SQLModel, table=True):
    """Which actions are meant to move which measure (many to many)."""

    __tablename__ = "measure_action"
    __table_args__ = (UniqueConstraint("measure_id", "action_id", name="uq_measure_action"),)
    id: int | None = Field(default=None, primary_key=True)
    measure_id: int = Field(sa_column=_fk("measure.id", "CASCADE", nullable=False))
    action_id: int = Field(sa_column=_fk("action_item.id", "CASCADE", nullable=False))


ALL_TABLES: tuple[type[SQLModel], ...] = (
    Workshop,
    Meeting,
    Participant,
    JourneyMap,
    Persona,
    Stage,
    Lane,
    Card,
    ActionItem,
    StatusChange,
    VotingRound,
    Vote,
    ChannelOwner,
    Measure,
    Measurement,
    MeasureAction,
)
