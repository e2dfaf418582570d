"""Read records (cxworkshop.model.records) straight from sqlite3: the fast path for every view."""

from __future__ import annotations

import sqlite3
from typing import Any, TypeVar

from cxworkshop.model.records import Record

R = TypeVar("R", bound=Record)


def read_records(conn: sqlite3.Connection, record: type[R], **filters: Any) -> list[R]:
    """Rows of `record`'s table matching `filters` (None matches NULL), by position then id."""
    columns = ", ".join(f'"{name}"' for name in record.columns())
    clauses, params = [], []
    for name, value in filters.items():
        if name not in record.columns():  # names come from code, values are always bound
            raise ValueError(f"{record.table} has no column {name!r}")
        if value is None:
            clauses.append(f'"{name}" IS NULL')
        else:
            clauses.append(f'"{name}" = ?')
            params.append(value)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    order = '"position", "id"' if "position" in record.columns() else '"id"'
    rows = conn.execute(f'SELECT {columns} FROM "{record.table}"{where} ORDER BY {order}', params)
    return [record.from_row(row) for row in rows]


def count_rows(conn: sqlite3.Connection, tables: tuple[str, ...]) -> dict[str, int]:
    """How many rows each table holds (names come from code, never from input)."""
    return {table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}


def read_record(conn: sqlite3.Connection, record: type[R], row_id: int) -> R | None:
    found = read_records(conn, record, id=row_id)
    return found[0] if found else None
