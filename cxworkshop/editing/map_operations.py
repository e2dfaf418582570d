"""Journey maps as a whole: add, duplicate (as a future state), move and delete, in plain sqlite3.

A workshop holds several maps (journey_map.kind: current or future), shown one at a time.
These run inside the one transaction WorkshopDocument opens for an edit, so each is one undo
step; the edit boundary (cxworkshop.editing.boundary) then refuses more maps than MAPS_MAX or
more cards in a map than CARDS_PER_MAP_MAX. A copy takes every column of the source rows but
their ids and owners, so columns added by later schemas (a card's evidence) come along too.
No Qt, no ORM here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from functools import cache

from cxworkshop.editing.errors import EditRejected
from cxworkshop.editing.ordering import apply_order, insert_at, next_position, ordered_ids
from cxworkshop.i18n import tr
from cxworkshop.model import limits
from cxworkshop.model.enums import MapKind

# What a map holds, and the column tying each to its owner: copied in this order.
_OWNED = (("stage", "map_id"), ("lane", "map_id"), ("persona", "map_id"))


def _columns(conn: sqlite3.Connection, table: str) -> tuple[str, ...]:
    return tuple(row[1] for row in conn.execute(f'PRAGMA main.table_info("{table}")'))


@cache
def _copyable(columns: tuple[str, ...], skip: frozenset[str]) -> tuple[str, ...]:
    return tuple(c for c in columns if c not in skip)


def map_ids(conn: sqlite3.Connection) -> list[int]:
    """Every map, in tab order."""
    return ordered_ids(conn, "journey_map")


def _check_map(conn: sqlite3.Connection, map_id: int) -> str:
    row = conn.execute("SELECT name FROM journey_map WHERE id = ?", (map_id,)).fetchone()
    if row is None:
        raise EditRejected(tr("This journey map no longer exists; nothing was changed."))
    return str(row[0])


def _check_name(name: str) -> str:
    if not isinstance(name, str) or not name.strip():
        raise EditRejected(tr("A journey map needs a name; nothing was changed."))
    return name.strip()


def _check_kind(kind: str) -> str:
    try:
        return MapKind(kind).value
    except ValueError as exc:
        raise EditRejected(tr("A journey map is either a current or a future state; nothing "
                              "was changed.")) from exc


def _check_room(conn: sqlite3.Connection) -> None:
    if len(map_ids(conn)) >= limits.MAPS_MAX:
        raise EditRejected(tr("A workshop can hold at most {limit} journey maps; nothing was "
                              "changed.", limit=limits.MAPS_MAX))


def _insert_map(conn: sqlite3.Connection, name: str, kind: str, index: int | None) -> int:
    """A new empty map, last or at `index` among the maps."""
    _check_room(conn)
    position = next_position(conn, "journey_map")
    cursor = conn.execute("INSERT INTO journey_map(name, kind, position) VALUES (?, ?, ?)",
                          (_check_name(name), _check_kind(kind), position))
    map_id = int(cursor.lastrowid or 0)
    if index is not None and index < position:
        apply_order(conn, "journey_map", insert_at(map_ids(conn), map_id, index))
    return map_id


def _copy_owned(conn: sqlite3.Connection, table: str, owner: str, source: int,
                target: int) -> dict[int, int]:
    """Copy the rows of `table` owned by `source` to `target`; old id -> new id."""
    columns = _copyable(_columns(conn, table), frozenset({"id", owner}))
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * (len(columns) + 1))
    copies: dict[int, int] = {}
    for row in conn.execute(f'SELECT id, {names} FROM "{table}" WHERE "{owner}" = ? '
                            "ORDER BY position, id", (source,)).fetchall():
        cursor = conn.execute(f'INSERT INTO "{table}"("{owner}", {names}) VALUES ({marks})',
                              (target, *row[1:]))
        copies[int(row[0])] = int(cursor.lastrowid or 0)
    return copies


def _copy_cards(conn: sqlite3.Connection, stages: dict[int, int], lanes: dict[int, int]) -> int:
    """Copy the cards of the stages `stages` maps into the new stages and lanes."""
    columns = _copyable(_columns(conn, "card"), frozenset({"id", "stage_id", "lane_id"}))
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * (len(columns) + 2))
    insert = f"INSERT INTO card(stage_id, lane_id, {names}) VALUES ({marks})"
    copied = 0
    for old_stage, new_stage in stages.items():
        rows = conn.execute(f"SELECT lane_id, {names} FROM card WHERE stage_id = ? "
                            "ORDER BY lane_id, position, id", (old_stage,)).fetchall()
        conn.executemany(insert, [(new_stage, lanes[row[0]], *row[1:]) for row in rows
                                  if row[0] in lanes])
        copied += len(rows)
    return copied


def duplicate_map(conn: sqlite3.Connection, source_id: int, name: str,
                  kind: str = MapKind.FUTURE.value, with_cards: bool = True) -> int:
    """A copy of map `source_id` right after it: its stages, lanes and personas, and (with
    `with_cards`) every card with its text, kind, emotion, channel, colour and evidence."""
    _check_map(conn, source_id)
    index = map_ids(conn).index(source_id) + 1
    target = _insert_map(conn, name, kind, index)
    stages = _copy_owned(conn, "stage", "map_id", source_id, target)
    lanes = _copy_owned(conn, "lane", "map_id", source_id, target)
    if with_cards:
        _copy_owned(conn, "persona", "map_id", source_id, target)
        _copy_cards(conn, stages, lanes)
    return target


def new_map(conn: sqlite3.Connection, name: str, kind: str = MapKind.CURRENT.value,
            like: int | None = None) -> int:
    """A new map after the others: with the stages and lanes of map `like` (no cards, no
    personas), so it can be filled at once; empty when there is no map to take them from."""
    if like is None:
        return _insert_map(conn, name, kind, None)
    _check_map(conn, like)
    target = _insert_map(conn, name, kind, None)
    _copy_owned(conn, "stage", "map_id", like, target)
    _copy_owned(conn, "lane", "map_id", like, target)
    return target


def move_map(conn: sqlite3.Connection, map_id: int, index: int) -> int:
    """Put map `map_id` at `index` among the maps (positions stay unique at every step)."""
    _check_map(conn, map_id)
    apply_order(conn, "journey_map", insert_at(map_ids(conn), map_id, index))
    return map_id


def delete_map(conn: sqlite3.Connection, map_id: int) -> int:
    """Delete a map with everything on it (the foreign keys cascade; undo restores it all).
    The last map of a workshop stays: a workshop always shows a map."""
    _check_map(conn, map_id)
    if len(map_ids(conn)) <= 1:
        raise EditRejected(tr("A workshop needs at least one journey map; the only map cannot "
                              "be deleted."))
    conn.execute("DELETE FROM journey_map WHERE id = ?", (map_id,))
    return map_id


def rename_map(conn: sqlite3.Connection, map_id: int, name: str) -> int:
    _check_map(conn, map_id)
    conn.execute("UPDATE journey_map SET name = ? WHERE id = ?", (_check_name(name), map_id))
    return map_id


def future_name(name: str, lang: str, taken: Iterable[str] = ()) -> str:
    """The name a future-state copy of map `name` gets: "<name> — future" ("— futuro"), with
    " 2", " 3"… when a map in `taken` already has it (two tabs of one name cannot be told apart)."""
    if name.strip().casefold() in {tr("Current state", lang).casefold(), "current state"}:
        base = tr("Future state", lang)
    else:
        base = f"{name} — {tr('future', lang)}"
    used = {t.strip().casefold() for t in taken}
    candidate, number = base[:limits.NAME_MAX], 1
    while candidate.casefold() in used:
        number += 1
        tail = f" {number}"
        candidate = base[:limits.NAME_MAX - len(tail)] + tail
    return candidate
