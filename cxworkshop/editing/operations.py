"""The edit operations of a workshop, as plain functions on one SQLModel session.

Each runs inside the transaction WorkshopDocument opens for it, validates its input
(raising EditRejected with a sentence for the user) and returns the id it created or
touched. No Qt here: the durability tests and the command line use them directly too.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from typing import Any

from sqlmodel import Session, SQLModel, select

from cxworkshop.editing import card_edits, ordering
from cxworkshop.editing.errors import EditRejected
from cxworkshop.editing.ordering import insert_at
from cxworkshop.i18n import tr
from cxworkshop.model import (
    EMOTION_MAX,
    EMOTION_MIN,
    ActionItem,
    ActionStatus,
    Card,
    CardKind,
    Channel,
    ChannelOwner,
    Evidence,
    EvidenceSource,
    JourneyMap,
    Lane,
    LaneKind,
    Language,
    MapKind,
    Meeting,
    Participant,
    Persona,
    Priority,
    Stage,
    StatusChange,
    Vote,
    VotingRound,
    Workshop,
)

_ENUM_FIELDS: dict[str, type] = {
    "kind": object, "channel": Channel, "priority": Priority, "status": ActionStatus,
    "language": Language, "evidence": Evidence, "evidence_source": EvidenceSource,
}
_EDITABLE: dict[type[SQLModel], set[str]] = {
    Workshop: {"title", "client", "place", "facilitator", "language"},
    Meeting: {"held_on", "title", "notes"},
    Participant: {"name", "role", "department", "email", "is_department", "is_facilitator"},
    JourneyMap: {"name", "kind"},
    Persona: {"name", "description", "goals", "frustrations"},
    Stage: {"name", "width"},
    Lane: {"name", "kind", "height"},
    Card: {"text", "kind", "emotion", "channel", "colour", "evidence", "evidence_source"},
    ActionItem: {"title", "detail", "owner_id", "due_on", "priority", "impact", "effort",
                 "card_id", "stage_id"},
    VotingRound: {"title", "dots_per_participant", "votable_kinds", "is_open"},
    ChannelOwner: {"name", "owner_id", "deputy_id", "competences", "procedure", "scope", "response_time"},
}
_KIND_ENUM: dict[type[SQLModel], type] = {Card: CardKind, Lane: LaneKind, JourneyMap: MapKind}


def connection(session: Session) -> sqlite3.Connection:
    """The session's own sqlite3 connection, inside its transaction, after a flush: the set-based
    SQL of ordering and card_edits runs there, in the same transaction as the ORM's changes."""
    session.flush()
    return session.connection().connection.driver_connection  # type: ignore[return-value]


def _table(model: type[SQLModel]) -> str:
    return str(model.__tablename__)


def ordered_ids(session: Session, model: type[SQLModel], **scope: Any) -> list[int]:
    return ordering.ordered_ids(connection(session), _table(model), **scope)


def apply_order(session: Session, model: type[SQLModel], ids: list[int]) -> None:
    """Positions 0..n-1 for `ids` (rows already in their scope), in two statements."""
    scope = {"map_id": _get(session, model, ids[0]).map_id} \
        if ids and model is not JourneyMap else {}
    ordering.apply_order(connection(session), _table(model), ids, **scope)
    session.expire_all()  # the ORM's copies of the moved rows are stale now


def _get(session: Session, model: type[SQLModel], row_id: int) -> Any:
    row = session.get(model, row_id)
    if row is None:
        raise EditRejected(f"{model.__name__} {row_id} does not exist")
    return row


def _validate(model: type[SQLModel], name: str, value: Any) -> Any:
    if name not in _EDITABLE.get(model, set()):
        raise EditRejected(f"{model.__name__}.{name} cannot be edited")
    enum = _KIND_ENUM.get(model) if name == "kind" else _ENUM_FIELDS.get(name)
    if enum is not None and value is not None:
        try:
            value = enum(value).value
        except ValueError as exc:
            raise EditRejected(f"{value!r} is not a valid {name}") from exc
    if name == "emotion" and value is not None and not EMOTION_MIN <= int(value) <= EMOTION_MAX:
        raise EditRejected(tr("emotion must be between {low} and {high}", low=EMOTION_MIN,
                              high=EMOTION_MAX))
    if name in ("impact", "effort") and value is not None and not 1 <= int(value) <= 5:
        raise EditRejected(f"{name} must be between 1 and 5")
    if name == "colour" and value is not None and not (
            len(value) == 7 and value[0] == "#" and all(c in "0123456789abcdefABCDEF" for c in value[1:])):
        raise EditRejected("colour must look like #RRGGBB")
    if name in ("name", "title") and isinstance(value, str) and not value.strip():
        raise EditRejected(f"{name} cannot be empty")
    if name in ("width", "height") and not float(value) > 0:  # NaN too: SQLite would store NULL
        raise EditRejected(f"{name} must be positive")
    if name == "dots_per_participant" and int(value) < 1:
        raise EditRejected("each participant needs at least one dot")
    return value


def _place_new(session: Session, model: type[SQLModel], ids: list[int], row: Any,
               index: int | None) -> None:
    """Put a just-inserted row at `index` among `ids`; appending needs no reordering."""
    if index is None or index >= len(ids):
        row.position = len(ids)  # positions are dense, so the end is free
        session.add(row)
        session.flush()
    else:
        apply_order(session, model, insert_at(ids, row.id, index))


def set_fields(session: Session, model: type[SQLModel], row_id: int, **values: Any) -> int:
    """Change some fields of one row: the generic edit behind every 'set'/'edit' in the UI."""
    row = _get(session, model, row_id)
    for name, value in values.items():
        setattr(row, name, _validate(model, name, value))
    session.add(row)
    return row_id


def set_workshop(session: Session, **values: Any) -> int:
    return set_fields(session, Workshop, 1, **values)


# --- journey maps, stages, lanes, personas -------------------------------------------------

def add_map(session: Session, name: str, kind: str = MapKind.CURRENT.value) -> int:
    position = len(ordered_ids(session, JourneyMap))
    row = JourneyMap(name=_validate(JourneyMap, "name", name), kind=MapKind(kind).value, position=position)
    session.add(row)
    session.flush()
    return row.id


def add_stage(session: Session, map_id: int, name: str, index: int | None = None,
              width: float = 260.0) -> int:
    _get(session, JourneyMap, map_id)
    ids = ordered_ids(session, Stage, map_id=map_id)
    row = Stage(map_id=map_id, name=_validate(Stage, "name", name), position=-1 - len(ids), width=width)
    session.add(row)
    session.flush()
    _place_new(session, Stage, ids, row, index)
    return row.id


def add_lane(session: Session, map_id: int, name: str, kind: str = LaneKind.CUSTOM.value,
             index: int | None = None, height: float = 150.0) -> int:
    _get(session, JourneyMap, map_id)
    ids = ordered_ids(session, Lane, map_id=map_id)
    row = Lane(map_id=map_id, name=_validate(Lane, "name", name), kind=LaneKind(kind).value,
               position=-1 - len(ids), height=height)
    session.add(row)
    session.flush()
    _place_new(session, Lane, ids, row, index)
    return row.id


def _move_in_map(session: Session, model: type[SQLModel], row_id: int, index: int) -> int:
    row = _get(session, model, row_id)
    apply_order(session, model, insert_at(ordered_ids(session, model, map_id=row.map_id), row_id, index))
    return row_id


def _delete_in_map(session: Session, model: type[SQLModel], row_id: int) -> int:
    """Delete a stage, lane or persona and close the gap in the order (cards cascade with it)."""
    row = _get(session, model, row_id)
    map_id = row.map_id
    session.delete(row)
    session.flush()
    apply_order(session, model, ordered_ids(session, model, map_id=map_id))
    return row_id


def move_stage(session: Session, stage_id: int, index: int) -> int:
    return _move_in_map(session, Stage, stage_id, index)


def move_lane(session: Session, lane_id: int, index: int) -> int:
    return _move_in_map(session, Lane, lane_id, index)


def delete_stage(session: Session, stage_id: int) -> int:
    """Delete a stage with all its cards (the foreign keys cascade; undo restores them all)."""
    return _delete_in_map(session, Stage, stage_id)


def delete_lane(session: Session, lane_id: int) -> int:
    return _delete_in_map(session, Lane, lane_id)


def add_persona(session: Session, map_id: int, name: str, description: str = "", goals: str = "",
                frustrations: str = "") -> int:
    _get(session, JourneyMap, map_id)
    position = len(ordered_ids(session, Persona, map_id=map_id))
    row = Persona(map_id=map_id, position=position, name=_validate(Persona, "name", name),
                  description=description, goals=goals, frustrations=frustrations)
    session.add(row)
    session.flush()
    return row.id


def delete_persona(session: Session, persona_id: int) -> int:
    return _delete_in_map(session, Persona, persona_id)


# --- cards ---------------------------------------------------------------------------------

def add_card(session: Session, stage_id: int, lane_id: int, kind: str = CardKind.NOTE.value,
             text: str = "", emotion: int | None = None, channel: str | None = None,
             colour: str | None = None, index: int | None = None, meeting_id: int | None = None,
             evidence: str | None = None, evidence_source: str | None = None) -> int:
    """The card edits are plain SQL (cxworkshop.editing.card_edits), here on the session's connection."""
    card_id = card_edits.add_card(connection(session), stage_id, lane_id, kind, text, emotion, channel,
                                  colour, index, meeting_id, evidence, evidence_source)
    session.expire_all()
    return card_id


def add_cards(session: Session, cards: list[dict[str, Any]]) -> list[int]:
    """Paste or duplicate several cards in one step."""
    ids = card_edits.add_cards(connection(session), cards)
    session.expire_all()
    return ids


def move_cards(session: Session, card_ids: list[int], stage_id: int, lane_id: int,
               index: int | None = None) -> list[int]:
    """Move cards (in the given order) into a cell at `index`; one transaction, one undo step."""
    ids = card_edits.move_cards(connection(session), card_ids, stage_id, lane_id, index)
    session.expire_all()
    return ids


def delete_cards(session: Session, card_ids: list[int]) -> list[int]:
    ids = card_edits.delete_cards(connection(session), card_ids)
    session.expire_all()
    return ids


# --- people, meetings, actions -------------------------------------------------------------

def add_participant(session: Session, name: str, role: str = "", department: str = "", email: str = "",
                    is_department: bool = False, is_facilitator: bool = False) -> int:
    row = Participant(name=_validate(Participant, "name", name), role=role, department=department,
                      email=email.strip(), is_department=is_department, is_facilitator=is_facilitator)
    session.add(row)
    session.flush()
    return row.id


def add_meeting(session: Session, held_on: date, title: str = "", notes: str = "") -> int:
    # After the next free number, not the count: a removed meeting leaves a gap, and counting
    # would give a number that is still taken (UNIQUE).
    numbers = list(session.exec(select(Meeting.number)))
    number = max(numbers, default=0) + 1
    row = Meeting(number=number, held_on=held_on, title=title, notes=notes)
    session.add(row)
    session.flush()
    return row.id


def add_action(session: Session, title: str, owner_id: int | None = None, due_on: date | None = None,
               priority: str = Priority.MEDIUM.value, detail: str = "", card_id: int | None = None,
               stage_id: int | None = None, impact: int | None = None, effort: int | None = None,
               opened_in_id: int | None = None) -> int:
    if owner_id is not None:
        _get(session, Participant, owner_id)
    if card_id is not None and stage_id is None:
        stage_id = _get(session, Card, card_id).stage_id
    row = ActionItem(title=_validate(ActionItem, "title", title), detail=detail, owner_id=owner_id,
                     due_on=due_on, priority=_validate(ActionItem, "priority", priority), card_id=card_id,
                     stage_id=stage_id, impact=_validate(ActionItem, "impact", impact),
                     effort=_validate(ActionItem, "effort", effort), opened_in_id=opened_in_id)
    session.add(row)
    session.flush()
    return row.id


def set_action_status(session: Session, action_id: int, status: str, meeting_id: int | None = None,
                      note: str = "", due_on: date | None | bool = False) -> int:
    """Change an action's status (and optionally its due date), recording the step in its history."""
    action = _get(session, ActionItem, action_id)
    try:
        new_status = ActionStatus(status).value
    except ValueError as exc:
        raise EditRejected(f"{status!r} is not a valid status") from exc
    change = StatusChange(action_id=action_id, meeting_id=meeting_id, old_status=action.status,
                          new_status=new_status, old_due_on=action.due_on, note=note,
                          changed_at=datetime.now(UTC))
    if due_on is not False:
        action.due_on = due_on
    change.new_due_on = action.due_on
    action.status = new_status
    action.closed_in_id = meeting_id if ActionStatus(new_status).is_closed else None
    session.add(action)
    session.add(change)
    session.flush()
    return action_id


def delete_row(session: Session, model: type[SQLModel], row_id: int) -> int:
    """Remove a participant, meeting, action, voting round or journey map (cascades as the schema says)."""
    session.delete(_get(session, model, row_id))
    session.flush()
    return row_id


# --- dot voting ----------------------------------------------------------------------------

def start_round(session: Session, map_id: int, dots_per_participant: int = 3, title: str = "",
                votable_kinds: list[str] | None = None, meeting_id: int | None = None) -> int:
    kinds = ",".join(CardKind(kind).value for kind in votable_kinds or [])
    row = VotingRound(map_id=map_id, meeting_id=meeting_id, title=title,
                      dots_per_participant=_validate(VotingRound, "dots_per_participant", dots_per_participant),
                      votable_kinds=kinds)
    session.add(row)
    session.flush()
    return row.id


def place_dot(session: Session, round_id: int, participant_id: int, card_id: int) -> int:
    voting = _get(session, VotingRound, round_id)
    card = _get(session, Card, card_id)
    _get(session, Participant, participant_id)
    if not voting.is_open:
        raise EditRejected("this voting round is closed")
    if voting.votable_kinds and card.kind not in voting.votable_kinds.split(","):
        raise EditRejected("this kind of card is not part of the vote")
    used = len(list(session.exec(select(Vote.id).where(Vote.round_id == round_id,
                                                       Vote.participant_id == participant_id))))
    if used >= voting.dots_per_participant:
        raise EditRejected("no dots left for this participant")
    row = Vote(round_id=round_id, participant_id=participant_id, card_id=card_id)
    session.add(row)
    session.flush()
    return row.id


def remove_dot(session: Session, round_id: int, participant_id: int, card_id: int) -> int:
    vote = session.exec(select(Vote).where(Vote.round_id == round_id, Vote.participant_id == participant_id,
                                           Vote.card_id == card_id).order_by(Vote.id.desc())).first()
    if vote is None:
        raise EditRejected("this participant has no dot on this card")
    session.delete(vote)
    session.flush()
    return vote.id
