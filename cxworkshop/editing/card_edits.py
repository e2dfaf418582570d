"""The everyday card edits in plain sqlite3: add, change, move and delete cards.

These are the edits a room makes all the time, so they never wait for the ORM (importing
SQLAlchemy costs most of a second): WorkshopDocument runs them on its own connection inside
one transaction, and the undo-log triggers record them exactly as they record ORM edits.
The SQLModel operations (cxworkshop.editing.operations) call the same functions on their
session's connection, so there is one implementation of each rule. No Qt, no ORM here.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable
from typing import Any

from cxworkshop.editing.boundary import unstorable_text
from cxworkshop.editing.errors import EditRejected
from cxworkshop.editing.ordering import apply_order, insert_at, next_position, ordered_ids
from cxworkshop.i18n import tr
from cxworkshop.model.enums import (
    EMOTION_MAX,
    EMOTION_MIN,
    CardKind,
    Channel,
    Evidence,
    EvidenceSource,
)

EDITABLE = ("text", "kind", "emotion", "channel", "colour", "evidence", "evidence_source")
_ENUMS: dict[str, type[CardKind] | type[Channel] | type[Evidence] | type[EvidenceSource]] = {
    "kind": CardKind, "channel": Channel, "evidence": Evidence, "evidence_source": EvidenceSource}


def check_card_value(name: str, value: Any) -> Any:
    """`value` as stored for the card field `name`, or EditRejected with the reason."""
    if name not in EDITABLE:
        raise EditRejected(f"Card.{name} cannot be edited")
    if value is None:
        if name in ("text", "kind"):
            raise EditRejected(f"{name} cannot be empty")
        return None
    if name == "text":
        # Storable and within its limit: the edit boundary (cxworkshop.editing.boundary)
        # checks every value written, on this path as on the ORM's.
        if not isinstance(value, str):
            raise unstorable_text()
        return value
    enum = _ENUMS.get(name)
    if enum is not None:
        try:
            return enum(value).value
        except ValueError as exc:
            raise EditRejected(f"{value!r} is not a valid {name}") from exc
    if name == "emotion":
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) \
                or value != int(value) or not EMOTION_MIN <= int(value) <= EMOTION_MAX:
            raise EditRejected(tr("emotion must be between {low} and {high}", low=EMOTION_MIN,
                                  high=EMOTION_MAX))
        return int(value)
    if not (isinstance(value, str) and len(value) == 7 and value[0] == "#"
            and all(c in "0123456789abcdefABCDEF" for c in value[1:])):
        raise EditRejected("colour must look like #RRGGBB")
    return value


def _existing(conn: sqlite3.Connection, card_ids: Iterable[int]) -> dict[int, tuple[int, int]]:
    """The cell of each card, or EditRejected naming a card that does not exist."""
    ids = list(dict.fromkeys(card_ids))
    cells: dict[int, tuple[int, int]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for row_id, stage_id, lane_id in conn.execute(
                f"SELECT id, stage_id, lane_id FROM card WHERE id IN ({marks})", chunk):
            cells[row_id] = (stage_id, lane_id)
    missing = [card_id for card_id in ids if card_id not in cells]
    if missing:
        raise EditRejected(f"Card {missing[0]} does not exist")
    return cells


def check_cell(conn: sqlite3.Connection, stage_id: int, lane_id: int) -> None:
    stage = conn.execute("SELECT map_id FROM stage WHERE id = ?", (stage_id,)).fetchone()
    if stage is None:
        raise EditRejected(f"Stage {stage_id} does not exist")
    lane = conn.execute("SELECT map_id FROM lane WHERE id = ?", (lane_id,)).fetchone()
    if lane is None:
        raise EditRejected(f"Lane {lane_id} does not exist")
    if stage[0] != lane[0]:
        raise EditRejected("the stage and the lane belong to different journey maps")


def add_card(conn: sqlite3.Connection, stage_id: int, lane_id: int, kind: str = CardKind.NOTE.value,
             text: str = "", emotion: int | None = None, channel: str | None = None,
             colour: str | None = None, index: int | None = None, meeting_id: int | None = None,
             evidence: str | None = None, evidence_source: str | None = None) -> int:
    """A new card in a cell, last or at `index`; an emotion card starts neutral."""
    check_cell(conn, stage_id, lane_id)
    kind = check_card_value("kind", kind)
    emotion = check_card_value("emotion", emotion)
    if kind == CardKind.EMOTION.value and emotion is None:
        emotion = 0
    position = next_position(conn, "card", stage_id=stage_id, lane_id=lane_id)
    cursor = conn.execute(
        "INSERT INTO card(stage_id, lane_id, position, kind, text, emotion, channel, colour, meeting_id,"
        " evidence, evidence_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (stage_id, lane_id, position, kind, check_card_value("text", text), emotion,
         check_card_value("channel", channel), check_card_value("colour", colour), meeting_id,
         *evidence_values(evidence, evidence_source)))
    card_id = int(cursor.lastrowid or 0)
    if index is not None and index < position:
        cell = ordered_ids(conn, "card", stage_id=stage_id, lane_id=lane_id)
        apply_order(conn, "card", insert_at(cell, card_id, index), stage_id=stage_id, lane_id=lane_id)
    return card_id


def add_cards(conn: sqlite3.Connection, cards: list[dict[str, Any]]) -> list[int]:
    """Paste or duplicate several cards in one step."""
    return [add_card(conn, **card) for card in cards]


def evidence_values(evidence: str | None, source: str | None) -> tuple[str | None, str | None]:
    """(evidence, source) as stored: a source belongs to an observation only."""
    evidence = check_card_value("evidence", evidence)
    source = check_card_value("evidence_source", source)
    return evidence, source if evidence == Evidence.OBSERVED.value else None


def set_evidence(conn: sqlite3.Connection, card_ids: list[int], evidence: str | None,
                 source: str | None = None) -> list[int]:
    """Mark cards observed (with where it was seen), assumed, or neither: one step for all."""
    ids = list(dict.fromkeys(card_ids))
    _existing(conn, ids)
    stored = evidence_values(evidence, source)
    conn.executemany("UPDATE card SET evidence = ?, evidence_source = ? WHERE id = ?",
                     [(*stored, card_id) for card_id in ids])
    return ids


def set_card(conn: sqlite3.Connection, card_id: int, **values: Any) -> int:
    """Change some of a card's text, kind, emotion, channel or colour."""
    _existing(conn, [card_id])
    checked = {name: check_card_value(name, value) for name, value in values.items()}
    if checked:
        assign = ", ".join(f'"{name}" = ?' for name in checked)
        conn.execute(f"UPDATE card SET {assign} WHERE id = ?", (*checked.values(), card_id))
    return card_id


def move_cards(conn: sqlite3.Connection, card_ids: list[int], stage_id: int, lane_id: int,
               index: int | None = None) -> list[int]:
    """Move cards (in the given order) into a cell at `index` (None: last); the cells they
    leave keep their order with a gap, so only the target cell is renumbered."""
    check_cell(conn, stage_id, lane_id)
    ids = list(dict.fromkeys(card_ids))
    _existing(conn, ids)
    moving = set(ids)
    target = [cid for cid in ordered_ids(conn, "card", stage_id=stage_id, lane_id=lane_id)
              if cid not in moving]
    index = len(target) if index is None else max(0, min(index, len(target)))
    apply_order(conn, "card", target[:index] + ids + target[index:], stage_id=stage_id, lane_id=lane_id)
    return ids


def delete_cards(conn: sqlite3.Connection, card_ids: list[int]) -> list[int]:
    """Delete cards; votes go with them and actions keep their stage (the schema's rules)."""
    ids = list(dict.fromkeys(card_ids))
    _existing(conn, ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        conn.execute(f"DELETE FROM card WHERE id IN ({','.join('?' * len(chunk))})", chunk)
    return ids
