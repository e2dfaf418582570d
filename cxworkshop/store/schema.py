"""Create the current schema and recognise a file's schema as ours (or refuse it).

A workshop file may hold only the tables and indexes CX Workshop creates. Any trigger,
view or unknown table means the file was altered by something else: such a file could
run foreign logic on our writes, so it is refused before anything is written.
"""

from __future__ import annotations

import sqlite3

from cxworkshop.appinfo import APPLICATION_ID, SCHEMA_VERSION
from cxworkshop.model.columns import COLUMNS, INDEXES

# Tables that only exist from a given schema version on; every other table exists since 1.
_ADDED_IN: dict[str, int] = {"persona": 2}
# Columns added by a later version: (table, column) -> version.
COLUMNS_ADDED_IN: dict[tuple[str, str], int] = {
    ("card", "colour"): 2,
    ("action_item", "impact"): 2,
    ("action_item", "effort"): 2,
}


def ddl_statements(tables: list[str] | None = None) -> list[str]:
    """CREATE TABLE and CREATE INDEX statements of the current schema, in dependency order."""
    # The ORM is imported here, not at module level: only creating and upgrading files need it.
    from sqlalchemy.dialects import sqlite as sqlite_dialect
    from sqlalchemy.schema import CreateIndex, CreateTable
    from sqlmodel import SQLModel

    import cxworkshop.model.tables  # noqa: F401  (registers the tables on SQLModel.metadata)

    dialect = sqlite_dialect.dialect()
    statements: list[str] = []
    for table in SQLModel.metadata.sorted_tables:
        if tables is not None and table.name not in tables:
            continue
        statements.append(str(CreateTable(table).compile(dialect=dialect)).strip())
        for index in sorted(table.indexes, key=lambda ix: ix.name or ""):
            statements.append(str(CreateIndex(index).compile(dialect=dialect)).strip())
    return statements


def create_schema(conn: sqlite3.Connection) -> None:
    """Create every table in an empty database and stamp it as ours. The caller commits."""
    for statement in ddl_statements():
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def expected_columns(version: int) -> dict[str, set[str]]:
    return {
        table: {name for name, _ in columns if COLUMNS_ADDED_IN.get((table, name), 1) <= version}
        for table, columns in COLUMNS.items() if _ADDED_IN.get(table, 1) <= version
    }


def schema_problems(conn: sqlite3.Connection, version: int) -> tuple[list[str], list[str]]:
    """Return (foreign objects, structural differences) of the file's schema against `version`."""
    foreign: list[str] = []
    rows = conn.execute("SELECT type, name, tbl_name FROM sqlite_schema").fetchall()
    expected = expected_columns(version)
    known_indexes = INDEXES
    present_tables: set[str] = set()
    for kind, name, table in rows:
        if kind == "table" and name in expected:
            present_tables.add(name)
        elif kind == "table" and name == "sqlite_sequence" or kind == "index" and table in expected and (
                name in known_indexes or name.startswith("sqlite_autoindex_")):
            continue
        else:
            foreign.append(f"{kind} {name}")
    differences: list[str] = []
    for table, columns in expected.items():
        if table not in present_tables:
            differences.append(f"missing table {table}")
            continue
        actual = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
        if actual != columns:
            differences.append(f"table {table} has columns {sorted(actual ^ columns)} unexpectedly")
    return foreign, differences
