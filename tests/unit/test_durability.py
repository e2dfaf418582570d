"""Kill a child mid-edit with SIGKILL: every edit it reported is on disk, and the file is intact.

The parent replays the same seeded edits on a copy of the starting file: the killed file
must equal the state after the reported edits, or after one more (the edit that had
committed but whose number was not yet printed).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from cxworkshop.document import WorkshopDocument
from tests.unit.random_edits import EditStream, dump

CHILD = Path(__file__).with_name("durability_child.py")


def _run_and_kill(path: Path, seed: int, max_seconds: float) -> int:
    """Start the child, kill it after a random delay, return how many edits it reported."""
    child = subprocess.Popen([sys.executable, str(CHILD), str(path), str(seed), "1000"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=os.environ.copy())
    assert child.stdout.readline().strip() == "ready", child.stderr.read()
    time.sleep(random.Random(seed).uniform(0.0, max_seconds))
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    reported = [line for line in out.split() if line.isdigit()]
    return len(reported)


def _expected_states(start: Path, seed: int, count: int, scratch: Path) -> list[dict]:
    """The file's content after `count` edits and after `count + 1` edits."""
    replay = scratch / "replay.cxw"
    shutil.copyfile(start, replay)
    doc = WorkshopDocument.open(replay)
    try:
        stream = EditStream(seed)
        stream.apply(doc, count)
        after_reported = dump(replay, timestamps=False)
        stream.apply(doc, 1)
        return [after_reported, dump(replay, timestamps=False)]
    finally:
        doc.close()


def _kill_cycle(tmp_path: Path, demo_template: Path, seed: int, max_seconds: float) -> int:
    start = tmp_path / f"start-{seed}.cxw"
    shutil.copyfile(demo_template, start)
    victim = tmp_path / f"victim-{seed}.cxw"
    shutil.copyfile(start, victim)
    reported = _run_and_kill(victim, seed, max_seconds)
    # Reopening for editing rolls back any half-written transaction from its journal.
    WorkshopDocument.open(victim).close()
    conn = sqlite3.connect(victim)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    # Replays run on tmpfs when there is one: fsync there costs nothing, the logic is the same.
    scratch = Path(tempfile.mkdtemp(dir="/dev/shm" if os.path.isdir("/dev/shm") else tmp_path))
    try:
        expected = _expected_states(start, seed, reported, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    assert dump(victim, timestamps=False) in expected, f"seed {seed}: edit lost after {reported} reported edits"
    return reported


def test_sigkill_loses_no_reported_edit(tmp_path: Path, demo_template: Path) -> None:
    reported = [_kill_cycle(tmp_path, demo_template, seed, max_seconds=0.5) for seed in range(20)]
    assert sum(reported) > 20, f"the children made too few edits to mean anything: {reported}"


@pytest.mark.slow
def test_sigkill_loses_no_reported_edit_long(tmp_path: Path, demo_template: Path) -> None:
    for seed in range(100, 200):
        _kill_cycle(tmp_path, demo_template, seed, max_seconds=4.0)


# --- crashes in the middle of a write: a hot journal is left next to the file --------------
#
# The child is killed (SIGKILL) from inside SQLite at a seeded instruction count, with a page
# cache small enough that pages reach the file before the commit. With `page_one_written`
# the test then writes page 1 as the commit writes it first (new change counter, page count
# or version): the state of a kill right after that write, which the header check used to
# call "cut off while being copied" or "not a CX Workshop file" before the rollback.

def _crash(mode: str, path: Path, seed: int) -> int:
    child = subprocess.run([sys.executable, str(CHILD), mode, str(path), str(seed)],
                           capture_output=True, text=True, timeout=120, env=os.environ.copy())
    assert "ready" in child.stdout, child.stderr
    assert child.returncode in (0, -signal.SIGKILL), child.stderr
    return len([line for line in child.stdout.split() if line.isdigit()])


def _write_page_one(path: Path, rng: random.Random, version: int | None = None, grow: bool = True) -> None:
    """Page 1 as an interrupted commit leaves it: counter + 1, valid-for, a larger page count."""
    import struct

    with open(path, "r+b") as handle:
        raw = bytearray(handle.read(100))
        page_size = struct.unpack(">H", raw[16:18])[0]
        counter = struct.unpack(">I", raw[24:28])[0] + 1
        pages = -(-os.path.getsize(path) // page_size) + (rng.randint(1, 20) if grow else 0)
        raw[24:32] = struct.pack(">II", counter, pages)
        raw[92:96] = struct.pack(">I", counter)
        if version is not None:
            raw[40:44] = struct.pack(">I", struct.unpack(">I", raw[40:44])[0] + 1)  # schema cookie
            raw[60:64] = struct.pack(">i", version)
        handle.seek(0)
        handle.write(raw)


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _is_hot(path: Path) -> bool:
    # SQLite writes the journal's magic number only when it syncs the journal, just before
    # its first write to the file: before that the file is untouched and the journal is cold.
    journal = _journal(path)
    return journal.exists() and journal.read_bytes()[:8] == bytes.fromhex("d9d505f920a163d7")


def _journals_page_one(path: Path) -> bool:
    """Whether the hot journal holds page 1: SQLite journals page 1 before it writes it, so only
    then can a crash have left page 1 torn (what _write_page_one makes). Writing page 1 when it
    is not journaled makes a state no crash can leave, and a file SQLite itself calls damaged."""
    import struct

    journal = _journal(path).read_bytes()
    magic = journal[:8]
    start = 0
    # Each sync of the journal inside one transaction starts a new header, sector-aligned.
    while journal[start:start + 8] == magic:
        records, _, _, sector, page_size = struct.unpack(">IIIII", journal[start + 8:start + 28])
        offset = start + sector
        for _ in range(records):
            if struct.unpack(">I", journal[offset:offset + 4])[0] == 1:
                return True
            offset += page_size + 8
        start = -(-offset // sector) * sector
    return False


def _cards(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM card").fetchone()[0]
    finally:
        conn.close()


def _growing_commit_trial(tmp_path: Path, demo_template: Path, seed: int,
                          page_one: bool) -> tuple[bool, bool]:
    victim = tmp_path / f"grow-{seed}.cxw"
    shutil.copyfile(demo_template, victim)
    before = _cards(victim)
    reported = _crash("--grow", victim, seed)
    hot = _is_hot(victim)
    torn = hot and page_one and _journals_page_one(victim)
    if torn:
        _write_page_one(victim, random.Random(seed))
    # The process that may write rolls the journal back first: no "damaged", nothing lost.
    WorkshopDocument.open(victim).close()
    assert not _journal(victim).exists()
    conn = sqlite3.connect(victim)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert _cards(victim) in (before + 60 * reported, before + 60 * (reported + 1)), seed
    return hot, torn


def _trials(trial, seeds: range) -> tuple[int, int]:
    """Run `trial(seed, page_one)` for each seed; every other hot journal that holds page 1 gets
    page 1 written. `trial` returns (hot journal, page 1 written). Returns the two counts."""
    hot = with_page_one = 0
    for seed in seeds:
        page_one = with_page_one <= hot // 2
        was_hot, torn = trial(seed, page_one)
        hot += was_hot
        with_page_one += torn
    return hot, with_page_one


def test_kill_during_growing_commit_is_rolled_back_not_called_damaged(tmp_path: Path, demo_template: Path) -> None:
    hot, page_one = _trials(lambda seed, one: _growing_commit_trial(tmp_path, demo_template, seed, one), range(1, 5))
    assert hot >= 2 and page_one >= 1, "the kills must leave hot journals to mean anything"


@pytest.mark.slow
def test_kill_during_growing_commit_long(tmp_path: Path, demo_template: Path) -> None:
    hot, page_one = _trials(lambda seed, one: _growing_commit_trial(tmp_path, demo_template, seed, one),
                            range(100, 132))
    assert hot >= 20 and page_one >= 10


V1_FIXTURE = Path(__file__).parent.parent / "fixtures" / "workshop_v1.cxw"


def _upgrade_trial(tmp_path: Path, seed: int, page_one: bool) -> tuple[bool, bool]:
    from cxworkshop.appinfo import SCHEMA_VERSION
    from cxworkshop.store import open_workshop

    victim = tmp_path / f"upgrade-{seed}.cxw"
    shutil.copyfile(V1_FIXTURE, victim)
    before = _cards(victim)
    _crash("--upgrade", victim, seed)
    hot = _is_hot(victim)
    torn = hot and page_one and _journals_page_one(victim)
    if torn:
        _write_page_one(victim, random.Random(seed), version=SCHEMA_VERSION, grow=False)
    file = open_workshop(victim)  # rolls back, then upgrades (again) after a backup
    try:
        assert file.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert file.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        file.close()
    assert _cards(victim) == before
    return hot, torn


def test_kill_during_upgrade_is_rolled_back_and_upgraded(tmp_path: Path) -> None:
    hot, page_one = _trials(lambda seed, one: _upgrade_trial(tmp_path, seed, one), range(1, 5))
    assert hot >= 2 and page_one >= 1


@pytest.mark.slow
def test_kill_during_upgrade_long(tmp_path: Path) -> None:
    hot, page_one = _trials(lambda seed, one: _upgrade_trial(tmp_path, seed, one), range(100, 132))
    assert hot >= 20 and page_one >= 10


def _stale_journal_trial(tmp_path: Path, demo_template: Path, other: Path, seed: int) -> bool:
    """A crash's journal, then another workshop put in the file's place: never mixed."""
    from cxworkshop.store import WorkshopFileError, check_workshop
    from tests.conftest import sha256
    from tests.unit.random_edits import dump

    victim = tmp_path / f"stale-{seed}.cxw"
    shutil.copyfile(demo_template, victim)
    _crash("--grow", victim, seed)
    journal = _journal(victim)
    if not _is_hot(victim):
        return False
    if seed % 2:
        shutil.copyfile(other, victim)  # in place, as `cp` and some sync clients do
    else:
        incoming = tmp_path / f".incoming-{seed}.cxw"
        shutil.copyfile(other, incoming)
        os.replace(incoming, victim)  # a new file renamed over, as other sync clients do
    hashes = (sha256(victim), sha256(journal))
    for attempt in (lambda: check_workshop(victim), lambda: WorkshopDocument.open(victim),
                    lambda: WorkshopDocument.open(victim, read_only=True)):
        with pytest.raises(WorkshopFileError) as refused:
            attempt()
        assert refused.value.reason == "journal_mismatch", refused.value.message()
        assert (sha256(victim), sha256(journal)) == hashes, "file and journal untouched"
    # "Open as it is": the journal is set aside (kept), the file is the other workshop, unmixed.
    from cxworkshop.store.workshop_file import set_journal_aside

    kept = set_journal_aside(victim)
    assert kept is not None and kept.exists() and sha256(kept) == hashes[1]
    WorkshopDocument.open(victim).close()
    assert dump(victim, timestamps=False) == dump(other, timestamps=False)
    return True


def test_stale_journal_is_never_rolled_into_another_copy(tmp_path: Path, demo_template: Path) -> None:
    from cxworkshop.document import new_workshop

    other = new_workshop(tmp_path / "other.cxw", "sme", "en", title="Another client")
    assert sum(_stale_journal_trial(tmp_path, demo_template, other, seed) for seed in range(1, 5)) >= 2


@pytest.mark.slow
def test_stale_journal_is_never_rolled_into_another_copy_long(tmp_path: Path, demo_template: Path) -> None:
    from cxworkshop.document import new_workshop

    other = new_workshop(tmp_path / "other.cxw", "sme", "en", title="Another client")
    assert sum(_stale_journal_trial(tmp_path, demo_template, other, seed) for seed in range(100, 132)) >= 20
