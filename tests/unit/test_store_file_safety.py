"""The workshop file under attack (issue 13): journals, replaced files, locks, pipes, disk, backups, permissions.

Each test names the case of the issue it covers; each fails on the code before the fix.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cxworkshop.document import EditRejected, WorkshopDocument, new_workshop, recovery
from cxworkshop.model.records import Card, Lane, Stage
from cxworkshop.store import (
    BACKUP_POLICY,
    Reason,
    WorkshopFileError,
    check_workshop,
    list_backups,
    open_workshop,
)
from cxworkshop.store.lock import lock_path_for
from tests.conftest import sha256
from tests.unit.random_edits import dump
from tests.unit.test_durability import _crash, _is_hot, _journal


def _first_cell(doc: WorkshopDocument) -> tuple[int, int]:
    return doc.rows(Stage)[0].id, doc.rows(Lane)[0].id


# --- 1. a hot journal: `check` changes nothing; opening rolls back only this file's journal ----

def test_check_reads_a_crashed_file_without_rolling_its_journal_back(demo_file: Path) -> None:
    for seed in range(1, 8):
        _crash("--grow", demo_file, seed)
        if _is_hot(demo_file):
            break
    assert _is_hot(demo_file), "no kill left a hot journal"
    before = (sha256(demo_file), sha256(_journal(demo_file)))
    report = check_workshop(demo_file)
    assert report.interrupted_write
    assert (sha256(demo_file), sha256(_journal(demo_file))) == before, "check never writes"
    done = subprocess.run([sys.executable, "-m", "cxworkshop.cli", "check", str(demo_file)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Interrupted write: yes" in done.stdout
    assert (sha256(demo_file), sha256(_journal(demo_file))) == before
    # The window's open (the process that may write) rolls it back, and says the same counts.
    WorkshopDocument.open(demo_file).close()
    assert not _journal(demo_file).exists()
    assert check_workshop(demo_file).counts == report.counts


def test_a_journal_without_a_write_record_is_not_applied(demo_file: Path, tmp_path: Path) -> None:
    for seed in range(1, 8):
        _crash("--grow", demo_file, seed)
        if _is_hot(demo_file):
            break
    lock_path_for(demo_file).unlink()  # e.g. a sync client that carried the journal, not the lock
    with pytest.raises(WorkshopFileError) as refused:
        open_workshop(demo_file)
    assert refused.value.reason == Reason.JOURNAL_MISMATCH
    assert "set aside" in refused.value.message()
    assert "messo da parte" in refused.value.message("it")


# --- 4. the open file overwritten, renamed over or deleted while open ----------------------

@pytest.fixture
def other_file(tmp_path: Path) -> Path:
    return new_workshop(tmp_path / "other.cxw", "sme", "en", title="Another client")


def test_a_file_overwritten_in_place_stops_editing(demo_file: Path, other_file: Path) -> None:
    doc = WorkshopDocument.open(demo_file)
    lost: list[str] = []
    doc.file_lost.connect(lost.append)
    try:
        stage, lane = _first_cell(doc)
        doc.add_card(stage, lane, "note", "mine")
        time.sleep(0.01)
        shutil.copyfile(other_file, demo_file)  # `cp other.cxw open.cxw`, as some sync clients do
        replaced = sha256(demo_file)
        with pytest.raises(EditRejected) as refused:
            doc.add_card(stage, lane, "note", "would land in the other workshop")
        assert "overwrote" in str(refused.value)
        with pytest.raises(EditRejected):
            doc.rename_stage(stage, "again")
        doc.undo_stack.undo()  # undo must not write old values into the other workshop's rows
        assert sha256(demo_file) == replaced
        assert len(lost) == 1
    finally:
        doc.close()
    assert dump(demo_file, timestamps=False) == dump(other_file, timestamps=False)


@pytest.mark.parametrize("how", ["renamed over", "deleted"])
def test_a_file_renamed_over_or_deleted_stops_editing_and_a_copy_keeps_the_work(
        demo_file: Path, other_file: Path, tmp_path: Path, how: str) -> None:
    doc = WorkshopDocument.open(demo_file)
    lost: list[str] = []
    doc.file_lost.connect(lost.append)
    try:
        stage, lane = _first_cell(doc)
        card = doc.add_card(stage, lane, "note", "the last change before")
        if how == "deleted":
            demo_file.unlink()
        else:
            incoming = tmp_path / "incoming.cxw"
            shutil.copyfile(other_file, incoming)
            os.replace(incoming, demo_file)
        with pytest.raises(EditRejected) as refused:
            doc.add_card(stage, lane, "note", "after")
        assert "Save a copy" in str(refused.value) or "save a copy" in str(refused.value)
        assert lost and "deleted, moved or replaced" in lost[0]
        copy = doc.save_copy(tmp_path / "rescued.cxw")
    finally:
        doc.close()
    rescued = WorkshopDocument.open(copy, read_only=True)
    try:
        assert rescued.row(Card, card).text == "the last change before"
    finally:
        rescued.close()


def test_our_own_edits_never_look_like_a_replaced_file(demo_file: Path) -> None:
    doc = WorkshopDocument.open(demo_file)
    try:
        stage, lane = _first_cell(doc)
        for number in range(5):
            card = doc.add_card(stage, lane, "note", f"card {number}")
            doc.undo_stack.undo()
            doc.undo_stack.redo()
            doc.set_card_text(card, f"text {number}")
        assert doc.lost is None
    finally:
        doc.close()


# --- 5. the lock sidecar never follows a link, never truncates a file it did not create -----

def test_a_planted_lock_symlink_is_refused_and_its_target_untouched(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "authorized_keys"
    target.write_text("ssh-ed25519 AAAA precious\n")
    link = lock_path_for(demo_file)
    link.symlink_to(target)
    with pytest.raises(WorkshopFileError) as refused:
        open_workshop(demo_file)
    assert "not a lock of CX Workshop" in refused.value.message()
    assert target.read_text() == "ssh-ed25519 AAAA precious\n"
    assert link.is_symlink(), "the planted link is left for the user to see"


def test_a_hard_link_or_a_foreign_file_as_lock_is_refused_untouched(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("not ours")
    os.link(target, lock_path_for(demo_file))
    with pytest.raises(WorkshopFileError):
        open_workshop(demo_file)
    assert target.read_text() == "not ours"
    lock_path_for(demo_file).unlink()
    lock_path_for(demo_file).write_text("someone else's text")
    with pytest.raises(WorkshopFileError):
        open_workshop(demo_file)
    assert lock_path_for(demo_file).read_text() == "someone else's text"


def test_a_stale_lock_of_ours_is_taken_over(demo_file: Path) -> None:
    open_workshop(demo_file).close()
    lock_path_for(demo_file).write_text('{"pid": 1, "host": "gone", "since": "2020-01-01 10:00"}')
    open_workshop(demo_file).close()
    assert not lock_path_for(demo_file).exists()


# --- 7. a FIFO or device is refused without reading; a closed output pipe is quiet ---------

def test_check_refuses_a_fifo_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "trap.cxw"
    os.mkfifo(fifo)
    done = subprocess.run([sys.executable, "-m", "cxworkshop.cli", "check", str(fifo)],
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 3
    assert "not a regular file" in done.stderr
    with pytest.raises(WorkshopFileError):
        open_workshop(fifo)


def test_check_into_a_closed_pipe_ends_quietly(demo_file: Path) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # `| head` that has already gone
    try:
        done = subprocess.run([sys.executable, "-m", "cxworkshop.cli", "check", str(demo_file)],
                              stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=60)
    finally:
        os.close(write_end)
    assert done.stderr == ""
    assert done.returncode == 0


# --- 10. a full disk while taking the lock; a failed backup is a warning, not a lost edit ----

def test_a_full_disk_while_locking_gives_a_message_and_leaks_no_lock(demo_file: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    real_write, real_pwrite = os.write, os.pwrite

    def is_lock(fd: int) -> bool:
        return os.readlink(f"/proc/self/fd/{fd}").endswith("#")

    def full_write(fd: int, data: bytes) -> int:
        if is_lock(fd):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    def full_pwrite(fd: int, data: bytes, offset: int) -> int:
        if is_lock(fd):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_pwrite(fd, data, offset)

    monkeypatch.setattr(os, "write", full_write)
    monkeypatch.setattr(os, "pwrite", full_pwrite)
    with pytest.raises(WorkshopFileError) as refused:
        open_workshop(demo_file)
    assert refused.value.reason == Reason.DISK_FULL
    monkeypatch.undo()
    open_workshop(demo_file).close()  # not "already open": nothing leaked


def test_a_failed_backup_is_a_warning_and_the_edit_is_saved(demo_file: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup folder should be")
    BACKUP_POLICY.folder = blocker
    doc = WorkshopDocument.open(demo_file)
    failed: list[str] = []
    warned: list[str] = []
    doc.failed.connect(failed.append)
    doc.backup_failed.connect(warned.append)
    try:
        stage, lane = _first_cell(doc)
        card = doc.add_card(stage, lane, "note", "saved anyway")
    finally:
        doc.close()
        BACKUP_POLICY.folder = None
    assert failed == []
    assert warned and "only the backup is missing" in warned[0]
    conn = sqlite3.connect(demo_file)
    assert conn.execute("SELECT text FROM card WHERE id = ?", (card,)).fetchone() == ("saved anyway",)
    conn.close()


# --- 11. backups follow the workshop, not its path; partial files of killed copies go -------

def _edit_once(path: Path) -> None:
    doc = WorkshopDocument.open(path)
    try:
        stage, lane = _first_cell(doc)
        doc.add_card(stage, lane, "note", "an edit makes the session's first backup")
    finally:
        doc.close()


def test_backups_survive_a_rename_and_a_move(demo_file: Path, tmp_path: Path) -> None:
    _edit_once(demo_file)
    assert len(list_backups(demo_file)) == 1
    moved = tmp_path / "elsewhere" / "Renamed workshop.cxw"
    moved.parent.mkdir()
    demo_file.rename(moved)
    assert len(list_backups(moved)) == 1
    _edit_once(moved)
    assert len(list_backups(moved)) == 2


def test_backups_of_a_damaged_file_are_still_found(demo_file: Path) -> None:
    _edit_once(demo_file)
    with open(demo_file, "r+b") as handle:  # the workshop row's page is gone
        handle.truncate(4096)
    assert recovery.latest_backup(demo_file) is not None


def test_partial_files_of_killed_backups_and_exports_are_cleaned(demo_file: Path, tmp_path: Path) -> None:
    from cxworkshop.export.atomic import atomic_write_bytes

    _edit_once(demo_file)
    folder = list_backups(demo_file)[0].parent
    old = time.time() - 7200
    leftovers = [folder / ".20250101-100000-000000.cxw.part",  # older versions' name
                 folder / ".20250101-100001-000000.cxw.4194303-ab12cd34.part",  # a dead writer's
                 folder / ".20250101-100001-000000.cxw.4194303-ab12cd34.part-journal"]
    target = tmp_path / "report.pdf"
    leftovers += [tmp_path / ".report.pdf.k2j3h4.part", tmp_path / ".report.pdf.4194303-x1.part"]
    for part in leftovers:
        part.write_bytes(b"half a copy")
        os.utime(part, (old, old))
    live = tmp_path / f".report.pdf.{os.getpid()}-live.part"
    live.write_bytes(b"a copy being written now")
    _edit_once(demo_file)
    atomic_write_bytes(target, b"%PDF-1.4")
    assert [part for part in leftovers if part.exists()] == []
    assert live.exists(), "a running writer's partial file is left alone"


# --- 12. permissions follow the workshop; no invisible characters in names we make ----------

def test_private_workshop_gets_private_lock_backups_and_copies(demo_file: Path, tmp_path: Path) -> None:
    os.chmod(demo_file, 0o600)
    doc = WorkshopDocument.open(demo_file)
    try:
        assert stat.S_IMODE(lock_path_for(demo_file).stat().st_mode) == 0o600
        stage, lane = _first_cell(doc)
        doc.add_card(stage, lane, "note", "private")
        copy = doc.save_copy(tmp_path / "copy.cxw")
    finally:
        doc.close()
    backup = list_backups(demo_file)[0]
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    restored = recovery.copy_for_editing(backup, original=demo_file, label="backup")
    assert stat.S_IMODE(restored.stat().st_mode) == 0o600


def test_names_we_make_carry_no_bidi_or_zero_width_characters(tmp_path: Path) -> None:
    from cxworkshop.export.filenames import safe_stem, unique_stems
    from cxworkshop.paths import free_path

    spoof = "Anna\u202efdp.exe"
    assert safe_stem(spoof) == "Annafdp.exe"
    assert unique_stems(["Bo\u200bb", "Bob"]) == ["Bob", "Bob (2)"]
    assert free_path(tmp_path, "Work\u2066shop\u200d", ".cxw").name == "Workshop.cxw"
    original = tmp_path / "Cliente\u202eslx.cxw"
    shutil.copyfile(new_workshop(tmp_path / "w.cxw", "sme", "en"), original)
    copy = recovery.copy_for_editing(original, label="copy")
    assert "\u202e" not in copy.name
