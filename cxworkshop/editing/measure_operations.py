"""The results tracker's edits: measures, their dated measurements, and the actions linked to
them, in plain sqlite3.

Each runs inside the one transaction WorkshopDocument opens for an edit (one undo step), checks
its input and raises EditRejected with a translated sentence, so nothing is written. The edit
boundary (cxworkshop.editing.boundary) then checks every value written once more: text lengths,
finite values within MEASURE_VALUE_MAX, and MEASURES_MAX / MEASUREMENTS_MAX. No Qt, no ORM.
"""

from __future__ import annotations

import math
import sqlite3
from datetime import date, datetime
from typing import Final

from cxworkshop.editing.errors import EditRejected
from cxworkshop.editing.ordering import next_position
from cxworkshop.i18n import tr
from cxworkshop.model import limits
from cxworkshop.model.enums import CardKind, MeasureKind


class Unchanged:
    """The value of a keyword that was not given: the column keeps what it holds."""

    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Final = Unchanged()


# --- checks ---------------------------------------------------------------------------------

def _name(name: object) -> str:
    if not isinstance(name, str) or not name.strip():
        raise EditRejected(tr("A measure needs a name; nothing was changed."))
    return name.strip()


def _kind(kind: object) -> str:
    try:
        return MeasureKind(str(kind)).value
    except ValueError as exc:
        raise EditRejected(tr("“{kind}” is not a kind of measure; nothing was changed.",
                              kind=kind)) from exc


def _unit(kind: str, unit: object) -> str:
    if not isinstance(unit, str):
        raise EditRejected(tr("A unit is a short text; nothing was changed."))
    if kind == MeasureKind.CUSTOM and not unit.strip():
        raise EditRejected(tr("A custom measure needs a unit (for example “days” or “€”); nothing "
                              "was changed."))
    return unit.strip()


def _number(value: object, optional: bool) -> float | None:
    """A finite value (baseline, target, measurement); None only where it may be empty."""
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise EditRejected(tr("{value} is not a valid measurement value; nothing was changed.",
                              value=value))
    number = float(value)
    if not (math.isfinite(number) and abs(number) <= limits.MEASURE_VALUE_MAX):
        raise EditRejected(tr("{value} is not a valid measurement value; nothing was changed.",
                              value=value))
    return number


def _exists(conn: sqlite3.Connection, table: str, row_id: int) -> bool:
    return conn.execute(f'SELECT 1 FROM "{table}" WHERE id = ?', (row_id,)).fetchone() is not None


def _check_measure(conn: sqlite3.Connection, measure_id: int) -> None:
    if not _exists(conn, "measure", measure_id):
        raise EditRejected(tr("This measure no longer exists; nothing was changed."))


def _owner(conn: sqlite3.Connection, owner_id: int | None) -> int | None:
    if owner_id is not None and not _exists(conn, "participant", owner_id):
        raise EditRejected(tr("This participant no longer exists; nothing was changed."))
    return owner_id


def _place(conn: sqlite3.Connection, stage_id: int | None, card_id: int | None
           ) -> tuple[int | None, int | None]:
    """A measure belongs to a stage or to a touchpoint card, not both."""
    if stage_id is not None and card_id is not None:
        raise EditRejected(tr("A measure belongs to a stage or to a touchpoint, not both; nothing "
                              "was changed."))
    if stage_id is not None and not _exists(conn, "stage", stage_id):
        raise EditRejected(tr("This stage no longer exists; nothing was changed."))
    if card_id is not None:
        row = conn.execute("SELECT kind FROM card WHERE id = ?", (card_id,)).fetchone()
        if row is None:
            raise EditRejected(tr("This card no longer exists; nothing was changed."))
        if row[0] != CardKind.TOUCHPOINT:
            raise EditRejected(tr("A measure can belong to a touchpoint card only; nothing was "
                                  "changed."))
    return stage_id, card_id


def _day(value: object) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise EditRejected(tr("A measurement needs the date it was taken; nothing was changed."))
    if value > date.today():
        # A value not yet read: a slip of the year would stay the "latest" value for good.
        raise EditRejected(tr("A measurement cannot be dated after today; nothing was changed."))
    return value


def latest_meeting_on_or_before(conn: sqlite3.Connection, day: date) -> int | None:
    """The meeting a measurement of `day` belongs to by default (the same rule as
    cxworkshop.model.measures.meeting_on_or_before)."""
    row = conn.execute("SELECT id FROM meeting WHERE held_on <= ? ORDER BY held_on DESC, "
                       "number DESC LIMIT 1", (day.isoformat(),)).fetchone()
    return int(row[0]) if row else None


def _meeting(conn: sqlite3.Connection, meeting_id: int | None) -> int | None:
    if meeting_id is not None and not _exists(conn, "meeting", meeting_id):
        raise EditRejected(tr("This meeting no longer exists; nothing was changed."))
    return meeting_id


def _note(note: object) -> str:
    if not isinstance(note, str):
        raise EditRejected(tr("A note is a text; nothing was changed."))
    return note.strip()


# --- measures -------------------------------------------------------------------------------

def add_measure(conn: sqlite3.Connection, name: str, kind: str = MeasureKind.CUSTOM.value,
                unit: str = "", stage_id: int | None = None, card_id: int | None = None,
                owner_id: int | None = None, baseline: float | None = None,
                target: float | None = None) -> int:
    """A new measure after the others; an empty unit reads as the kind's default."""
    if conn.execute("SELECT count(*) FROM measure").fetchone()[0] >= limits.MEASURES_MAX:
        raise EditRejected(tr("A workshop can hold at most {limit} measures; nothing was changed.",
                              limit=limits.MEASURES_MAX))
    kind = _kind(kind)
    stage_id, card_id = _place(conn, stage_id, card_id)
    cursor = conn.execute(
        "INSERT INTO measure(name, kind, unit, stage_id, card_id, owner_id, baseline, target, "
        "position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (_name(name), kind, _unit(kind, unit), stage_id, card_id, _owner(conn, owner_id),
         _number(baseline, True), _number(target, True), next_position(conn, "measure")))
    return int(cursor.lastrowid or 0)


def set_measure(conn: sqlite3.Connection, measure_id: int, *,
                name: str | Unchanged = UNCHANGED, kind: str | Unchanged = UNCHANGED,
                unit: str | Unchanged = UNCHANGED, stage_id: int | None | Unchanged = UNCHANGED,
                card_id: int | None | Unchanged = UNCHANGED,
                owner_id: int | None | Unchanged = UNCHANGED,
                baseline: float | None | Unchanged = UNCHANGED,
                target: float | None | Unchanged = UNCHANGED) -> int:
    """Change the given fields of a measure. Giving a stage clears the touchpoint and the other
    way round (a measure belongs to one of them)."""
    _check_measure(conn, measure_id)
    old_kind, old_unit, old_stage, old_card = conn.execute(
        "SELECT kind, unit, stage_id, card_id FROM measure WHERE id = ?", (measure_id,)).fetchone()
    values: dict[str, object] = {}
    if not isinstance(name, Unchanged):
        values["name"] = _name(name)
    new_kind = old_kind if isinstance(kind, Unchanged) else _kind(kind)
    new_unit = old_unit if isinstance(unit, Unchanged) else unit
    if not isinstance(kind, Unchanged) or not isinstance(unit, Unchanged):
        values["kind"], values["unit"] = new_kind, _unit(new_kind, new_unit)
    if not isinstance(stage_id, Unchanged) or not isinstance(card_id, Unchanged):
        new_stage = old_stage if isinstance(stage_id, Unchanged) else stage_id
        new_card = old_card if isinstance(card_id, Unchanged) else card_id
        if not isinstance(stage_id, Unchanged) and stage_id is not None:
            new_card = None if isinstance(card_id, Unchanged) else new_card
        if not isinstance(card_id, Unchanged) and card_id is not None:
            new_stage = None if isinstance(stage_id, Unchanged) else new_stage
        values["stage_id"], values["card_id"] = _place(conn, new_stage, new_card)
    if not isinstance(owner_id, Unchanged):
        values["owner_id"] = _owner(conn, owner_id)
    if not isinstance(baseline, Unchanged):
        values["baseline"] = _number(baseline, True)
    if not isinstance(target, Unchanged):
        values["target"] = _number(target, True)
    _update(conn, "measure", measure_id, values)
    return measure_id


def _update(conn: sqlite3.Connection, table: str, row_id: int, values: dict[str, object]) -> None:
    # Only the columns whose value differs: an edit that changes nothing leaves no undo step.
    current = conn.execute(f'SELECT {", ".join(values) or "id"} FROM "{table}" WHERE id = ?',
                           (row_id,)).fetchone()
    changed = {column: value for (column, value), old in zip(values.items(), current, strict=False)
               if old != value or type(old) is not type(value)}
    if changed:
        assign = ", ".join(f'"{column}" = ?' for column in changed)
        conn.execute(f'UPDATE "{table}" SET {assign} WHERE id = ?', (*changed.values(), row_id))


def delete_measure(conn: sqlite3.Connection, measure_id: int) -> int:
    """The measure with its measurements and links (the foreign keys cascade; undo restores all)."""
    _check_measure(conn, measure_id)
    conn.execute("DELETE FROM measure WHERE id = ?", (measure_id,))
    return measure_id


# --- measurements ---------------------------------------------------------------------------

def add_measurement(conn: sqlite3.Connection, measure_id: int, taken_on: date, value: float,
                    meeting_id: int | None | Unchanged = UNCHANGED, note: str = "") -> int:
    """A dated value of a measure. Without a meeting given, it belongs to the latest meeting
    held on or before `taken_on` (None: no meeting then)."""
    _check_measure(conn, measure_id)
    if conn.execute("SELECT count(*) FROM measurement").fetchone()[0] >= limits.MEASUREMENTS_MAX:
        raise EditRejected(tr("A workshop can hold at most {limit} measurements; nothing was "
                              "changed.", limit=limits.MEASUREMENTS_MAX))
    day = _day(taken_on)
    number = _number(value, False)
    meeting = (latest_meeting_on_or_before(conn, day) if isinstance(meeting_id, Unchanged)
               else _meeting(conn, meeting_id))
    cursor = conn.execute(
        "INSERT INTO measurement(measure_id, taken_on, value, meeting_id, note) VALUES (?, ?, ?, ?, ?)",
        (measure_id, day.isoformat(), number, meeting, _note(note)))
    return int(cursor.lastrowid or 0)


def set_measurement(conn: sqlite3.Connection, measurement_id: int, *,
                    taken_on: date | Unchanged = UNCHANGED,
                    value: float | Unchanged = UNCHANGED,
                    meeting_id: int | None | Unchanged = UNCHANGED,
                    note: str | Unchanged = UNCHANGED) -> int:
    """Change a measurement. A new date without a meeting given moves it to that date's meeting."""
    if not _exists(conn, "measurement", measurement_id):
        raise EditRejected(tr("This measurement no longer exists; nothing was changed."))
    values: dict[str, object] = {}
    if not isinstance(taken_on, Unchanged):
        day = _day(taken_on)
        values["taken_on"] = day.isoformat()
        if isinstance(meeting_id, Unchanged):
            values["meeting_id"] = latest_meeting_on_or_before(conn, day)
    if not isinstance(value, Unchanged):
        values["value"] = _number(value, False)
    if not isinstance(meeting_id, Unchanged):
        values["meeting_id"] = _meeting(conn, meeting_id)
    if not isinstance(note, Unchanged):
        values["note"] = _note(note)
    _update(conn, "measurement", measurement_id, values)
    return measurement_id


def delete_measurement(conn: sqlite3.Connection, measurement_id: int) -> int:
    if not _exists(conn, "measurement", measurement_id):
        raise EditRejected(tr("This measurement no longer exists; nothing was changed."))
    conn.execute("DELETE FROM measurement WHERE id = ?", (measurement_id,))
    return measurement_id


# --- actions linked to a measure ------------------------------------------------------------

def link_action(conn: sqlite3.Connection, measure_id: int, action_id: int) -> int:
    """Say that action `action_id` is meant to move the measure; linking twice changes nothing."""
    _check_measure(conn, measure_id)
    if not _exists(conn, "action_item", action_id):
        raise EditRejected(tr("This action no longer exists; nothing was changed."))
    row = conn.execute("SELECT id FROM measure_action WHERE measure_id = ? AND action_id = ?",
                       (measure_id, action_id)).fetchone()
    if row is not None:
        return int(row[0])
    cursor = conn.execute("INSERT INTO measure_action(measure_id, action_id) VALUES (?, ?)",
                          (measure_id, action_id))
    return int(cursor.lastrowid or 0)


def unlink_action(conn: sqlite3.Connection, measure_id: int, action_id: int) -> int:
    _check_measure(conn, measure_id)
    conn.execute("DELETE FROM measure_action WHERE measure_id = ? AND action_id = ?",
                 (measure_id, action_id))
    return measure_id

