"""Create the current schema and recognise a file's schema as ours (or refuse it).

A workshop file may hold only the tables and indexes CX Workshop creates. Any trigger,
view or unknown table means the file was altered by something else: such a file could
run foreign logic on our writes, so it is refused before anything is written. A file of
the current version must also define every table and index exactly as CX Workshop does:
its schema SQL, normalised (case, quotes, whitespace, and where a CHECK is written), is
compared with that of a fresh in-memory database made from the reference DDL, so a hidden
generated column, an expression index, a changed CHECK or ON DELETE rule is refused too.

The reference DDL (cxworkshop/store/schema_reference.py) is generated from the SQLModel
tables by `python -m cxworkshop.store.schema_reference`: opening a file then needs no ORM.
create_schema() compares it with the live tables on every file it creates, so a schema
change without regenerating it fails at once (and tests/unit/test_schema_strict.py).
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache

from cxworkshop.appinfo import APPLICATION_ID, SCHEMA_VERSION
from cxworkshop.model.columns import COLUMNS, INDEXES

# Tables that only exist from a given schema version on; every other table exists since 1.
_ADDED_IN: dict[str, int] = {
    "persona": 2, "channel_owner": 3, "measure": 3, "measurement": 3, "measure_action": 3}
# Columns added by a later version: (table, column) -> version.
COLUMNS_ADDED_IN: dict[tuple[str, str], int] = {
    ("card", "colour"): 2,
    ("action_item", "impact"): 2,
    ("action_item", "effort"): 2,
    ("card", "evidence"): 3,
    ("card", "evidence_source"): 3,
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
    statements = ddl_statements()
    if _normalised_of(tuple(statements)) != reference_schema():
        raise RuntimeError("cxworkshop/store/schema_reference.py differs from the SQLModel tables: "
                           "run `python -m cxworkshop.store.schema_reference`")
    for statement in statements:
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
    if version == SCHEMA_VERSION:
        foreign.extend(definition_differences(conn))
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
        # table_xinfo: hidden and generated columns count as columns too.
        actual = {row[1] for row in conn.execute(f'PRAGMA table_xinfo("{table}")')}
        if actual != columns:
            differences.append(f"table {table} has columns {sorted(actual ^ columns)} unexpectedly")
    return foreign, differences


# --- the exact comparison of schema SQL ----------------------------------------------------

_TOKEN = re.compile(r"""\s+|--[^\n]*|/\*.*?(?:\*/|$)|('(?:[^']|'')*')|"((?:[^"]|"")*)"|\[([^\]]*)\]|`((?:[^`]|``)*)`"""
                    r"|([A-Za-z_][A-Za-z0-9_$]*)|(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)|(<=|>=|!=|<>|==|\|\||<<|>>|.)",
                    re.DOTALL)
_TABLE_CONSTRAINT = {"constraint", "primary", "unique", "check", "foreign"}


def _tokens(sql: str) -> list[str]:
    """SQL as tokens: keywords and identifiers lowercased and unquoted, literals kept as written."""
    tokens: list[str] = []
    for match in _TOKEN.finditer(sql):
        literal, dquoted, bracketed, backticked, word, number, other = match.groups()
        if literal is not None:
            tokens.append(literal)
        elif dquoted is not None:
            tokens.append(dquoted.replace('""', '"').lower())
        elif bracketed is not None:
            tokens.append(bracketed.lower())
        elif backticked is not None:
            tokens.append(backticked.replace("``", "`").lower())
        elif word is not None:
            tokens.append(word.lower())
        elif number is not None or other is not None:
            tokens.append(number if number is not None else other)
    return tokens


def _split(tokens: list[str]) -> list[list[str]]:
    """The comma-separated items at the top level of a parenthesised list of tokens."""
    items: list[list[str]] = [[]]
    depth = 0
    for token in tokens:
        depth += token == "("
        depth -= token == ")"
        if token == "," and depth == 0:
            items.append([])
        else:
            items[-1].append(token)
    return items


def _take_checks(column: list[str]) -> tuple[list[str], list[list[str]]]:
    """A column definition without its CHECKs, and those CHECKs as table constraints.

    ALTER TABLE ADD COLUMN writes a CHECK inside the column, CREATE TABLE as a table
    constraint; both mean the same, so a migrated file compares equal to a fresh one.
    """
    kept: list[str] = []
    checks: list[list[str]] = []
    index = 0
    while index < len(column):
        start = index
        if column[index] == "constraint" and index + 2 < len(column) and column[index + 2] == "check":
            index += 2
        if column[index] == "check" and index + 1 < len(column) and column[index + 1] == "(":
            depth, end = 0, index + 1
            for end in range(index + 1, len(column)):
                depth += column[end] == "("
                depth -= column[end] == ")"
                if depth == 0:
                    break
            checks.append(column[start:end + 1])
            index = end + 1
            continue
        kept.extend(column[start:index + 1])
        index += 1
    return kept, checks


def normalise(sql: str | None) -> tuple[str, ...]:
    """A canonical form of one CREATE statement: equal for statements that mean the same."""
    if sql is None:
        return ()
    tokens = _tokens(sql)
    if tokens[:2] != ["create", "table"] or "(" not in tokens:
        return (" ".join(tokens),)
    opening = tokens.index("(")
    closing = len(tokens) - 1 - tokens[::-1].index(")")
    items: list[str] = []
    for item in _split(tokens[opening + 1:closing]):
        if item and item[0] not in _TABLE_CONSTRAINT:
            item, checks = _take_checks(item)
            items.extend(" ".join(check) for check in checks)
        items.append(" ".join(item))
    head = " ".join(tokens[:opening])
    tail = " ".join(tokens[closing + 1:])
    return (head, *sorted(items), tail)


def _normalised_schema(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[str, ...]]:
    rows = conn.execute("SELECT type, name, sql FROM sqlite_schema").fetchall()
    return {(kind, name.lower()): normalise(sql) for kind, name, sql in rows}


def _normalised_of(statements: tuple[str, ...]) -> dict[tuple[str, str], tuple[str, ...]]:
    memory = sqlite3.connect(":memory:")
    try:
        for statement in statements:
            memory.execute(statement)
        return _normalised_schema(memory)
    finally:
        memory.close()


@cache
def reference_schema() -> dict[tuple[str, str], tuple[str, ...]]:
    """The normalised schema of a fresh file of the current version, made in memory."""
    from cxworkshop.store.schema_reference import REFERENCE_DDL

    return _normalised_of(REFERENCE_DDL)


def definition_differences(conn: sqlite3.Connection) -> list[str]:
    """Every table or index whose definition is not exactly the current schema's."""
    reference = reference_schema()
    differences: list[str] = []
    for (kind, name), normalised in sorted(_normalised_schema(conn).items()):
        if name == "sqlite_sequence":
            continue
        if (kind, name) not in reference:
            differences.append(f"{kind} {name}")
        elif reference[(kind, name)] != normalised:
            differences.append(f"{kind} {name} (changed definition)")
    return differences
