"""Exact undo for any edit: temporary triggers record the old values of every row change.

This is SQLite's documented undo/redo technique, with one change: the triggers log the old
values themselves (any type, byte for byte) instead of SQL text built with quote(), which
cuts text at a NUL and turns a REAL of Inf into a bare token. The inverse statements are
run with these values as bound parameters. The triggers live in the connection's temp
schema, never in the file. An edit runs in one transaction; its logged row changes,
applied in reverse order, restore the previous state exactly (cascaded deletes and SET NULL
included, since SQLite fires triggers for foreign-key actions), and applying them logs the
changes that redo the edit. Undo is thus as durable as any edit.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from sys import intern
from typing import Any

from cxworkshop.model.columns import COLUMNS

# The log has one value slot per column of the widest table (c0, c1, ...).
_SLOTS = max(len(columns) for columns in COLUMNS.values())


@dataclass(frozen=True, slots=True)  # tens of thousands live on a long session's undo stack
class RowChange:
    table: str
    row_id: int
    op: str  # "insert", "update" or "delete": what happened to the row
    columns: tuple[str, ...] = ()  # the columns whose old values the inverse restores
    values: tuple[Any, ...] = ()  # those old values, exactly as SQLite held them


def install(conn: sqlite3.Connection) -> None:
    slots = ", ".join(f"c{i}" for i in range(_SLOTS))
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS undolog"
                 f"(seq INTEGER PRIMARY KEY, tbl TEXT, rid INTEGER, op TEXT, mask INTEGER, {slots})")
    for table in COLUMNS:
        columns = [row[1] for row in conn.execute(f'PRAGMA main.table_info("{table}")')]
        if columns:
            for statement in _triggers(table, columns):
                conn.execute(statement)


def _triggers(table: str, columns: list[str]) -> list[str]:
    if len(columns) > _SLOTS:
        raise ValueError(f"table {table} has more columns than the undo log holds")
    quoted = [f'"{c}"' for c in columns]
    slots = ", ".join(f"c{i}" for i in range(len(columns)))
    old = ", ".join(f"old.{q}" for q in quoted)
    # Only the columns this UPDATE changed are restored (bit i of mask: column i changed):
    # replayed newest first, the others already hold their old values, so the inverse is as
    # exact and a reorder restores positions, not whole rows.
    changed = " | ".join(f"(CASE WHEN old.{q} IS NOT new.{q} THEN {1 << i} ELSE 0 END)"
                         for i, q in enumerate(quoted))
    full = (1 << len(columns)) - 1
    log = "INSERT INTO undolog(tbl, rid, op, mask"
    return [
        f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_insert AFTER INSERT ON main.\"{table}\" "
        f"BEGIN {log}) VALUES('{table}', new.rowid, 'insert', 0); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_update AFTER UPDATE ON main.\"{table}\" "
        f"BEGIN {log}, {slots}) VALUES('{table}', old.rowid, 'update', {changed}, {old}); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_delete BEFORE DELETE ON main.\"{table}\" "
        f"BEGIN {log}, {slots}) VALUES('{table}', old.rowid, 'delete', {full}, {old}); END",
    ]


def take(conn: sqlite3.Connection) -> list[RowChange]:
    """The row changes logged so far in this transaction, oldest first; clears the log."""
    slots = ", ".join(f"c{i}" for i in range(_SLOTS))
    rows = conn.execute(f"SELECT tbl, rid, op, mask, {slots} FROM temp.undolog ORDER BY seq").fetchall()
    conn.execute("DELETE FROM temp.undolog")
    names: dict[str, tuple[str, ...]] = {}
    changes: list[RowChange] = []
    for table, row_id, op, mask, *old in rows:
        if table not in names:
            names[table] = tuple(intern(row[1]) for row in conn.execute(f'PRAGMA main.table_info("{table}")'))
        kept = [i for i in range(len(names[table])) if mask >> i & 1]
        # One copy of each table name, op and column tuple for the whole stack, not one per row.
        changes.append(RowChange(intern(table), row_id, intern(op), _shared(tuple(names[table][i] for i in kept)),
                                 tuple(old[i] for i in kept)))
    return changes


_COLUMN_SETS: dict[tuple[str, ...], tuple[str, ...]] = {}


def _shared(columns: tuple[str, ...]) -> tuple[str, ...]:
    return _COLUMN_SETS.setdefault(columns, columns)


def clear(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM temp.undolog")


def inverse(change: RowChange) -> tuple[str, tuple[Any, ...]]:
    """The statement and its parameters that undo `change` (names come from the schema)."""
    table = f'"{change.table}"'
    if change.op == "insert":
        return f"DELETE FROM {table} WHERE rowid = ?", (change.row_id,)
    if change.op == "delete":
        names = ", ".join(f'"{c}"' for c in change.columns)
        marks = ", ".join("?" for _ in change.columns)
        return (f"INSERT INTO {table}(rowid, {names}) VALUES(?, {marks})",
                (change.row_id, *change.values))
    # An update that changed nothing still logs itself, so that its redo is an update too.
    assignments = ", ".join(f'"{c}" = ?' for c in change.columns) or "rowid = rowid"
    return f"UPDATE {table} SET {assignments} WHERE rowid = ?", (*change.values, change.row_id)


def apply_inverse(conn: sqlite3.Connection, changes: list[RowChange]) -> None:
    """Run the inverse of `changes` (newest first). Call inside a transaction."""
    # Restored children may come back before their parent row; check keys at commit instead.
    conn.execute("PRAGMA defer_foreign_keys = ON")
    for change in reversed(changes):
        conn.execute(*inverse(change))
