"""Upgrade older workshop files to the current schema, in one transaction, after a verified backup.

Why not Alembic: a workshop file is a single SQLite database whose DDL is transactional,
so a migration is a plain function run between BEGIN and COMMIT. If any step fails, or the
result fails foreign_key_check or does not match the current schema exactly, the
transaction rolls back and the file is as it was; a verified backup exists beforehand
anyway. Changes ALTER TABLE cannot express use SQLite's documented 12-step table rebuild
inside the same transaction, which is what Alembic's batch mode does too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from cxworkshop.appinfo import SCHEMA_VERSION
from cxworkshop.store.schema import ddl_statements, schema_problems


def _to_2(conn: sqlite3.Connection) -> None:
    """Version 2: personas, card colours, and impact/effort on actions."""
    conn.execute("ALTER TABLE card ADD COLUMN colour VARCHAR "
                 "CONSTRAINT ck_card_colour CHECK (colour IS NULL OR length(colour) = 7)")
    conn.execute("ALTER TABLE action_item ADD COLUMN impact INTEGER "
                 "CONSTRAINT ck_action_impact CHECK (impact IS NULL OR impact BETWEEN 1 AND 5)")
    conn.execute("ALTER TABLE action_item ADD COLUMN effort INTEGER "
                 "CONSTRAINT ck_action_effort CHECK (effort IS NULL OR effort BETWEEN 1 AND 5)")
    for statement in ddl_statements(["persona"]):
        conn.execute(statement)


def _to_3(conn: sqlite3.Connection) -> None:
    """Version 3: evidence on cards, the channel register, measures and their measurements."""
    evidence = ("CHECK (evidence IS NULL OR evidence IN ('observed', 'assumed'))")
    sources = ("CHECK (evidence_source IS NULL OR evidence_source IN ('interview', 'complaint_log', "
               "'survey', 'review', 'analytics', 'other'))")
    conn.execute(f"ALTER TABLE card ADD COLUMN evidence VARCHAR CONSTRAINT ck_evidence_valid {evidence}")
    conn.execute("ALTER TABLE card ADD COLUMN evidence_source VARCHAR "
                 f"CONSTRAINT ck_evidence_source_valid {sources}")
    for statement in ddl_statements(["channel_owner", "measure", "measurement", "measure_action"]):
        conn.execute(statement)


# MIGRATIONS[n] turns a version n-1 file into version n.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {2: _to_2, 3: _to_3}


class MigrationFailed(Exception):
    pass


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Bring the database to SCHEMA_VERSION in one transaction, or leave it untouched."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for version in range(from_version + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[version](conn)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        foreign, differences = schema_problems(conn, SCHEMA_VERSION)
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if foreign or differences or broken:
            raise MigrationFailed(f"{foreign} {differences} {broken[:3]}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
