"""Exact undo for any edit: temporary triggers record the inverse SQL of every row change.

This is SQLite's documented undo/redo technique. The triggers live in the connection's
temp schema, never in the file. An edit runs in one transaction; the statements its row
changes logged, applied in reverse order, restore the previous state exactly (cascaded
deletes and SET NULL included, since SQLite fires triggers for foreign-key actions), and
applying them logs the statements that redo the edit. Undo is thus as durable as any edit.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from sys import intern

from cxworkshop.model.columns import COLUMNS


@dataclass(frozen=True, slots=True)  # tens of thousands live on a long session's undo stack
class RowChange:
    table: str
    row_id: int
    op: str  # "insert", "update" or "delete": what happened to the row
    inverse_sql: str


def install(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS undolog"
                 "(seq INTEGER PRIMARY KEY, tbl TEXT, rid INTEGER, op TEXT, sql TEXT)")
    for table in COLUMNS:
        columns = [row[1] for row in conn.execute(f'PRAGMA main.table_info("{table}")')]
        if columns:
            for statement in _triggers(table, columns):
                conn.execute(statement)


def _triggers(table: str, columns: list[str]) -> list[str]:
    quoted = [f'"{c}"' for c in columns]
    restore = "||','||".join(f"quote(old.{q})" for q in quoted)
    # Only the columns this UPDATE changed: replayed newest first, the others already hold
    # their old values, so the inverse is as exact and a reorder logs positions, not whole rows.
    changed = "||".join(f"CASE WHEN old.{q} IS NOT new.{q} THEN ',{q}='||quote(old.{q}) "
                        f"ELSE '' END" for q in quoted)
    assignments = f"coalesce(nullif(substr({changed}, 2), ''), 'rowid=rowid')"
    log = "INSERT INTO undolog(tbl, rid, op, sql) VALUES"
    return [
        f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_insert AFTER INSERT ON main.\"{table}\" "
        f"BEGIN {log}('{table}', new.rowid, 'insert', "
        f"'DELETE FROM \"{table}\" WHERE rowid='||new.rowid); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_update AFTER UPDATE ON main.\"{table}\" "
        f"BEGIN {log}('{table}', old.rowid, 'update', "
        f"'UPDATE \"{table}\" SET '||{assignments}||' WHERE rowid='||old.rowid); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_delete BEFORE DELETE ON main.\"{table}\" "
        f"BEGIN {log}('{table}', old.rowid, 'delete', "
        f"'INSERT INTO \"{table}\"(rowid,{','.join(quoted)}) VALUES('||old.rowid||','||{restore}||')'); END",
    ]


def take(conn: sqlite3.Connection) -> list[RowChange]:
    """The row changes logged so far in this transaction, oldest first; clears the log."""
    rows = conn.execute("SELECT tbl, rid, op, sql FROM temp.undolog ORDER BY seq").fetchall()
    conn.execute("DELETE FROM temp.undolog")
    # One copy of each table name and op for the whole stack, not one per logged row.
    return [RowChange(intern(table), row_id, intern(op), sql) for table, row_id, op, sql in rows]


def clear(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM temp.undolog")


def apply_inverse(conn: sqlite3.Connection, changes: list[RowChange]) -> None:
    """Run the inverse of `changes` (newest first). Call inside a transaction."""
    # Restored children may come back before their parent row; check keys at commit instead.
    conn.execute("PRAGMA defer_foreign_keys = ON")
    for change in reversed(changes):
        conn.execute(change.inverse_sql)
