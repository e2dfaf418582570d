"""Version-1 files upgrade on open after a verified backup; backups rotate; copies are complete."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from cxworkshop.appinfo import SCHEMA_VERSION
from cxworkshop.document import WorkshopDocument
from cxworkshop.model.records import ActionItem, Card
from cxworkshop.store import BACKUP_POLICY, check_workshop, list_backups, open_workshop
from cxworkshop.store.migrations import MIGRATIONS
from cxworkshop.store.schema import expected_columns
from tests.conftest import sha256
from tests.unit.random_edits import dump

FIXTURE = Path(__file__).parent.parent / "fixtures" / "workshop_v1.cxw"


def dump_v1(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY id').fetchall() for t in tables}
    finally:
        conn.close()


def check_version(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def _columns(path: Path) -> dict[str, set[str]]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
        return {t: {r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')} for t in tables}
    finally:
        conn.close()


def test_version_1_fixture_upgrades_after_a_verified_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.cxw"
    shutil.copyfile(FIXTURE, path)
    original = dump_v1(path)
    doc = WorkshopDocument.open(path)
    try:
        backups = list_backups(path)
        assert len(backups) == 1 and dump_v1(backups[0]) == original, "the backup holds the v1 content"
        assert check_version(backups[0]) == 1
        cards = doc.rows(Card)
        assert [c.text for c in cards] == ["Vetrina del negozio", "Attesa di 3 settimane per le lenti"]
        action = doc.rows(ActionItem)[0]
        assert action.owner_id == 2 and action.impact is None
        # The new columns work: an edit through the document uses them.
        doc.set_card(cards[0].id, colour="#ffcc00")
        doc.set_action(action.id, impact=4, effort=2)
        doc.add_persona(1, "Cliente over 60")
    finally:
        doc.close()
    assert check_workshop(path).version == SCHEMA_VERSION
    actual = _columns(path)
    for table, columns in expected_columns(SCHEMA_VERSION).items():
        assert actual[table] == columns, table


def test_migration_failure_leaves_the_file_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.cxw"
    shutil.copyfile(FIXTURE, path)
    original = sha256(path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE card ADD COLUMN colour VARCHAR")
        raise RuntimeError("power cut in the middle of the upgrade")

    monkeypatch.setitem(MIGRATIONS, 2, broken)
    with pytest.raises(RuntimeError):
        open_workshop(path)
    assert sha256(path) == original
    assert not any(p.name.startswith(".~lock") for p in tmp_path.iterdir())


def test_read_only_open_of_old_file_upgrades_only_in_memory(tmp_path: Path) -> None:
    path = tmp_path / "old.cxw"
    shutil.copyfile(FIXTURE, path)
    original = sha256(path)
    doc = WorkshopDocument.open(path, read_only=True)
    assert len(doc.rows(Card)) == 2
    doc.close()
    assert sha256(path) == original and not list_backups(path)


def test_backups_rotate_and_are_complete(demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BACKUP_POLICY, "keep", 3)
    monkeypatch.setattr(BACKUP_POLICY, "interval_seconds", 0.0)
    doc = WorkshopDocument.open(demo_file)
    try:
        card = doc.rows(Card)[0]
        for number in range(6):
            doc.set_card_text(card.id, f"version {number}")
    finally:
        doc.close()
    backups = list_backups(demo_file)
    assert len(backups) == 3
    assert all(not str(b).startswith(str(demo_file.parent)) for b in backups), "never next to the document"
    newest = sqlite3.connect(backups[0])
    assert newest.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert newest.execute("SELECT text FROM card WHERE id = ?", (card.id,)).fetchone()[0] == "version 5"


def test_first_edit_of_a_session_backs_up_the_state_as_opened(demo_file: Path) -> None:
    original = dump(demo_file)
    doc = WorkshopDocument.open(demo_file)
    doc.set_card_text(doc.rows(Card)[0].id, "changed")
    doc.close()
    assert dump(list_backups(demo_file)[-1]) == original
    assert dump(demo_file) != original


def test_save_a_copy_is_complete_and_checked(demo_file: Path, tmp_path: Path) -> None:
    doc = WorkshopDocument.open(demo_file)
    try:
        doc.set_card_text(doc.rows(Card)[0].id, "in the copy too")
        copy = doc.save_copy(tmp_path / "copy" / "for-email.cxw")
    finally:
        doc.close()
    report = check_workshop(copy)
    assert report.counts["card"] == 95  # both maps of the demo
    assert not any(p.suffix in (".part", "-journal") for p in copy.parent.iterdir())
