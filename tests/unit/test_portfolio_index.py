"""The portfolio's index (issue 20): built from the files, updated by file key, never writing a file."""

from __future__ import annotations

import os
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from cxworkshop.portfolio import PortfolioIndex, by_client, index_path
from cxworkshop.store.lock import WorkshopLock
from tests.conftest import sha256
from tests.unit.portfolio_files import TODAY, make, touch


@pytest.fixture
def folder(tmp_path: Path, demo_template: Path) -> Path:
    root = tmp_path / "clients"
    make(demo_template, root / "aurora" / "kickoff.cxw", "Caffè Aurora", "Kick-off", overdue=2, unowned=1)
    make(demo_template, root / "aurora" / "series.cxw", "Caffè Aurora", "Series", follow_up_done=3,
         planned_in=10)
    make(demo_template, root / "banca" / "onboarding.cxw", "Banca Verde", "Onboarding")
    return root


def _by_title(index: PortfolioIndex, folder: Path, today=TODAY) -> dict:
    return {e.title: e for e in index.entries([folder], today=today)}


def test_first_build_reads_every_workshop_and_its_figures(folder: Path) -> None:
    with PortfolioIndex() as index:
        stats = index.refresh([folder], today=TODAY)
        rows = _by_title(index, folder)
    assert index.path == index_path() and index.path.is_file()  # in the user's data folder
    assert (stats.files, stats.read, stats.problems) == (3, 3, 0)
    kickoff, series, onboarding = rows["Kick-off"], rows["Series"], rows["Onboarding"]
    assert kickoff.client == "Caffè Aurora" and kickoff.summary is not None
    assert (kickoff.open, kickoff.overdue, kickoff.unowned) == (9, 2, 1)
    assert kickoff.summary.last_meeting == TODAY - timedelta(days=30)
    assert kickoff.next_follow_up == TODAY + timedelta(days=20)  # no meeting planned: the next due date
    assert series.summary is not None and series.summary.actions_done == 3 and series.open == 6
    assert series.summary.last_meeting == TODAY - timedelta(days=1)
    assert series.next_follow_up == TODAY + timedelta(days=10)  # the planned meeting
    assert series.summary.progress_done == 3  # since the previous meeting
    assert onboarding.summary is not None and onboarding.summary.progress_done is None
    clients = by_client(list(rows.values()))
    assert [(c.client, c.workshops, c.overdue, c.done) for c in clients] == [
        ("Caffè Aurora", 2, 2, 3), ("Banca Verde", 1, 0, 0)]


def test_overdue_follows_the_day_without_reading_again(folder: Path) -> None:
    with PortfolioIndex() as index:
        index.refresh([folder], today=TODAY)
        later = TODAY + timedelta(days=25)  # every action of Onboarding is due by then
        stats = index.refresh([folder], today=later)
        rows = _by_title(index, folder, later)
    assert stats.read == 1  # only Series, whose planned meeting day has come
    assert rows["Onboarding"].overdue == 9 and rows["Kick-off"].overdue == 9


def test_incremental_update_change_add_delete_rename(folder: Path, demo_template: Path) -> None:
    with PortfolioIndex() as index:
        index.refresh([folder], today=TODAY)
        assert index.refresh([folder], today=TODAY).read == 0  # nothing changed: nothing read

        changed = folder / "banca" / "onboarding.cxw"
        conn = sqlite3.connect(changed)
        conn.execute("UPDATE workshop SET client = 'Banca Verde Spa'")
        conn.commit()
        conn.close()
        touch(changed)
        stats = index.refresh([folder], today=TODAY)
        assert stats.read_paths == [changed]
        assert _by_title(index, folder)["Onboarding"].client == "Banca Verde Spa"

        added = make(demo_template, folder / "banca" / "mutui.cxw", "Banca Verde Spa", "Mutui", overdue=4)
        stats = index.refresh([folder], today=TODAY)
        assert stats.read_paths == [added] and _by_title(index, folder)["Mutui"].overdue == 4

        (folder / "aurora" / "kickoff.cxw").unlink()
        stats = index.refresh([folder], today=TODAY)
        assert (stats.read, stats.removed) == (0, 1) and "Kick-off" not in _by_title(index, folder)

        moved = folder / "banca" / "archive" / "mutui-2026.cxw"
        moved.parent.mkdir()
        os.rename(added, moved)
        stats = index.refresh([folder], today=TODAY)
        assert (stats.read, stats.renamed, stats.removed) == (0, 1, 0)  # moved, not read again
        assert _by_title(index, folder)["Mutui"].path == moved
        assert sorted(e.title for e in index.entries([folder], today=TODAY)) == ["Mutui", "Onboarding", "Series"]


def test_refresh_never_writes_a_workshop(folder: Path) -> None:
    files = sorted(folder.rglob("*"))
    before = {path: sha256(path) for path in files if path.is_file()}
    times = {path: path.stat().st_mtime_ns for path in before}
    with PortfolioIndex() as index:
        index.refresh([folder], today=TODAY)
    assert sorted(folder.rglob("*")) == files  # no journal, lock or copy left next to them
    assert {path: sha256(path) for path in before} == before
    assert {path: path.stat().st_mtime_ns for path in before} == times


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()


def test_unreadable_files_are_listed_with_the_reason_and_left_unchanged(
        folder: Path, demo_template: Path) -> None:
    bad = folder / "bad"
    bad.mkdir()
    damaged = bad / "cut.cxw"
    damaged.write_bytes(demo_template.read_bytes()[:50_000])
    newer = make(demo_template, bad / "newer.cxw", "Futuro", "Newer")
    _newer(newer)
    foreign = bad / "notes.cxw"
    foreign.write_text("minutes of the meeting", encoding="utf-8")
    locked = make(demo_template, bad / "locked.cxw", "Bloccato", "Locked")
    hashes = {path: sha256(path) for path in (damaged, newer, foreign, locked)}
    writer = sqlite3.connect(locked, isolation_level=None, timeout=0)
    writer.execute("BEGIN EXCLUSIVE")  # another program is writing it right now
    try:
        with PortfolioIndex() as index:
            stats = index.refresh([folder], today=TODAY)
            entries = {e.path: e for e in index.entries([folder], today=TODAY)}
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    reasons = {path.name: entries[path].problem.reason for path in hashes if entries[path].problem}
    assert reasons == {"cut.cxw": "damaged", "newer.cxw": "newer_version", "notes.cxw": "not_a_workshop",
                       "locked.cxw": "locked"}
    assert stats.problems == 4 and len(entries) == 7
    message = entries[newer].problem.message(newer.name, "it")
    assert "versione più recente" in message and "newer.cxw" in message
    assert "another program is writing" in entries[locked].problem.message(locked.name, "en")
    assert {path: sha256(path) for path in hashes} == hashes
    # A lock passes: the next refresh reads the file again although it did not change.
    with PortfolioIndex() as index:
        again = index.refresh([folder], today=TODAY)
        assert again.read_paths == [locked]
        assert next(e for e in index.entries([folder], today=TODAY) if e.path == locked).summary is not None


def test_a_workshop_open_for_editing_elsewhere_is_still_read(folder: Path) -> None:
    path = folder / "banca" / "onboarding.cxw"
    lock = WorkshopLock(path)
    lock.acquire()  # as another CX Workshop window holding it open
    try:
        with PortfolioIndex() as index:
            index.refresh([folder], today=TODAY)
            assert _by_title(index, folder)["Onboarding"].problem is None
    finally:
        lock.release()


def test_a_damaged_index_is_rebuilt_from_the_files(folder: Path) -> None:
    with PortfolioIndex() as index:
        index.refresh([folder], today=TODAY)
    index_path().write_bytes(b"not a database at all" * 100)
    with PortfolioIndex() as index:
        stats = index.refresh([folder], today=TODAY)
        assert stats.read == 3 and len(index.entries([folder], today=TODAY)) == 3


def test_scope_is_the_chosen_folders_and_files(folder: Path, demo_template: Path, tmp_path: Path) -> None:
    single = make(demo_template, tmp_path / "elsewhere" / "solo.cxw", "Solo", "Solo")
    with PortfolioIndex() as index:
        index.refresh([folder / "aurora"], [single], today=TODAY)
        assert sorted(e.title for e in index.entries([folder / "aurora"], [single], today=TODAY)) == [
            "Kick-off", "Series", "Solo"]
        index.refresh([folder / "banca"], today=TODAY)  # another folder leaves the first one's rows alone
        assert [e.title for e in index.entries([folder / "banca"], today=TODAY)] == ["Onboarding"]
        assert index.refresh([folder / "aurora"], [single], today=TODAY).read == 0


def test_an_older_file_is_read_through_a_private_upgrade_and_left_as_it_was(tmp_path: Path) -> None:
    import shutil

    old = tmp_path / "old" / "v1.cxw"
    old.parent.mkdir()
    shutil.copy(Path(__file__).resolve().parents[1] / "fixtures" / "workshop_v1.cxw", old)
    before = sha256(old)
    with PortfolioIndex() as index:
        index.refresh([old.parent], today=TODAY)
        [entry] = index.entries([old.parent], today=TODAY)
    assert entry.problem is None and entry.summary is not None and entry.title
    conn = sqlite3.connect(f"file:{old}?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    assert sha256(old) == before


def _interrupted_copy(source: Path, target: Path) -> None:
    """`target` as a crash in the middle of a write leaves it: the file and its hot journal."""
    import shutil

    work = target.with_name("work.tmp")
    shutil.copyfile(source, work)
    conn = sqlite3.connect(work, isolation_level=None)
    conn.execute("PRAGMA cache_size = 10")  # pages reach the file before the commit
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE card SET text = text || ?", ("x" * 3000,))
    shutil.copyfile(work, target)
    shutil.copyfile(work.with_name(work.name + "-journal"), target.with_name(target.name + "-journal"))
    conn.execute("ROLLBACK")
    conn.close()
    work.unlink()


def test_an_interrupted_write_is_listed_and_its_journal_left_alone(tmp_path: Path, demo_template: Path) -> None:
    from cxworkshop.store.journal import hot_journal

    folder = tmp_path / "crash"
    folder.mkdir()
    victim = folder / "crashed.cxw"
    _interrupted_copy(demo_template, victim)
    journal = victim.with_name(victim.name + "-journal")
    assert hot_journal(victim) is not None, "the set-up must leave a hot journal"
    before = (sha256(victim), sha256(journal))
    with PortfolioIndex() as index:
        index.refresh([folder], today=TODAY)
        [entry] = index.entries([folder], today=TODAY)
    assert entry.problem is not None and entry.problem.reason == "journal_mismatch"
    assert "interrupted" in entry.problem.message(victim.name, "en")
    assert (sha256(victim), sha256(journal)) == before  # not rolled back: that is a write
