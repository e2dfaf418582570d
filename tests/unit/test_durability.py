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
