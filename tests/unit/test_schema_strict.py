"""Issue 13 item 8: a file must define every table and index exactly as CX Workshop does.

Names alone are not enough: a hidden generated column, an expression index under a known
name, a changed CHECK or an ON DELETE rule turned from SET NULL into CASCADE are refused, by
the window's open and by `check`, without changing the file. Quoting and whitespace do not
matter, and a file upgraded from version 1 compares equal to a fresh one."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from cxworkshop.store import (
    Reason,
    WorkshopFileError,
    check_workshop,
    create_workshop,
    open_workshop,
)
from tests.conftest import sha256

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _rewrite_sql(path: Path, name: str, old: str, new: str) -> None:
    """Change the stored CREATE statement of `name` the way a tool with writable_schema can."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        sql = conn.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (name,)).fetchone()[0]
        assert old in sql, sql
        version = conn.execute("PRAGMA schema_version").fetchone()[0]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_schema SET sql = ? WHERE name = ?", (sql.replace(old, new), name))
        conn.execute(f"PRAGMA schema_version = {version + 1}")
        conn.execute("PRAGMA writable_schema = OFF")
    finally:
        conn.close()


def _run(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


TAMPERINGS = [
    ("hidden generated column",
     lambda p: _run(p, "ALTER TABLE card ADD COLUMN shadow TEXT GENERATED ALWAYS AS (upper(text)) VIRTUAL")),
    ("expression index under a known name",
     lambda p: _run(p, "DROP INDEX ix_card_stage_id",
                    "CREATE INDEX ix_card_stage_id ON card (stage_id, length(text || text))")),
    ("partial index under a known name",
     lambda p: _run(p, "DROP INDEX ix_stage_map_id", "CREATE INDEX ix_stage_map_id ON stage (map_id) WHERE width > 0")),
    ("changed CHECK", lambda p: _rewrite_sql(p, "stage", "CHECK (width > 0)",
                                             "CHECK (width > 0 AND length(zeroblob(1000)) > 0)")),
    ("SET NULL turned into CASCADE", lambda p: _rewrite_sql(
        p, "action_item", "REFERENCES participant (id) ON DELETE SET NULL", "REFERENCES participant (id) ON DELETE CASCADE")),
    ("NOT NULL dropped", lambda p: _rewrite_sql(p, "card", "text VARCHAR NOT NULL", "text VARCHAR")),
]


@pytest.mark.parametrize("label, tamper", TAMPERINGS, ids=[t[0] for t in TAMPERINGS])
def test_tampered_definition_is_refused_by_open_and_check(demo_file: Path, label, tamper) -> None:
    tamper(demo_file)
    before = sha256(demo_file)
    for read_only in (False, True):
        with pytest.raises(WorkshopFileError) as refused:
            open_workshop(demo_file, read_only=read_only).close()
        assert refused.value.reason is Reason.TAMPERED, refused.value.message()
    with pytest.raises(WorkshopFileError) as checked:
        check_workshop(demo_file)
    assert checked.value.reason is Reason.TAMPERED
    assert sha256(demo_file) == before


def test_quotes_case_and_whitespace_do_not_matter(demo_file: Path) -> None:
    _rewrite_sql(demo_file, "stage", "CREATE TABLE stage (", 'create   TABLE "stage"(')
    _rewrite_sql(demo_file, "stage", "\n\t", "   ")
    _rewrite_sql(demo_file, "ix_stage_map_id", "ON stage (map_id)", "on [stage]( `map_id` )")
    open_workshop(demo_file).close()
    check_workshop(demo_file)


def test_file_upgraded_from_v1_has_exactly_the_fresh_schema(tmp_path: Path) -> None:
    old = tmp_path / "old.cxw"
    shutil.copy(FIXTURES / "workshop_v1.cxw", old)
    check_workshop(old)  # needs an upgrade, but is ours
    open_workshop(old).close()  # upgrades it
    fresh = create_workshop(tmp_path / "fresh.cxw")
    from cxworkshop.store.schema import _normalised_schema, definition_differences, reference_schema

    upgraded_conn, fresh_conn = sqlite3.connect(old), sqlite3.connect(fresh)
    try:
        assert definition_differences(upgraded_conn) == []
        assert _normalised_schema(upgraded_conn) == _normalised_schema(fresh_conn) == reference_schema()
    finally:
        upgraded_conn.close()
        fresh_conn.close()
    check_workshop(old)


def test_v1_file_with_a_changed_check_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    old = tmp_path / "old.cxw"
    shutil.copy(FIXTURES / "workshop_v1.cxw", old)
    _rewrite_sql(old, "stage", "CHECK (width > 0)", "CHECK (width > -1)")
    before = sha256(old)
    for read_only in (True, False):
        with pytest.raises(WorkshopFileError) as refused:
            open_workshop(old, read_only=read_only).close()
        assert refused.value.reason is Reason.TAMPERED
    with pytest.raises(WorkshopFileError) as checked:
        check_workshop(old)
    assert checked.value.reason is Reason.TAMPERED
    assert sha256(old) == before


def test_reference_is_the_live_schema() -> None:
    """schema_reference.py is regenerated whenever the SQLModel tables change."""
    from cxworkshop.store.schema import _normalised_of, ddl_statements, reference_schema

    assert _normalised_of(tuple(ddl_statements())) == reference_schema()
