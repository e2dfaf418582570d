"""Issue 13 item 6: a file holding values CX Workshop never writes (invalid UTF-8, a blob or
text where a number belongs, Inf or an absurd width, a date that is no date, a colour that is a
blob) is refused as damaged, with the backup offered: by the window's open, read-only or not,
and by `check` alike (exit 3, one sentence, no traceback, no crash)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cxworkshop.store import Reason, WorkshopFileError, check_workshop, open_workshop
from tests.conftest import sha256

# (label, SQL run on a copy of the demo, with the rows it needs already there)
BAD_VALUES = [
    ("invalid UTF-8 in card text", "UPDATE card SET text = CAST(X'41FF42' AS TEXT) WHERE id = (SELECT min(id) FROM card)"),
    ("blob in card text", "UPDATE card SET text = X'00FF' WHERE id = (SELECT min(id) FROM card)"),
    ("colour stored as a blob", "UPDATE card SET colour = X'23414243444546' WHERE id = (SELECT min(id) FROM card)"),
    ("colour that is no colour", "UPDATE card SET colour = 'zzzzzzz' WHERE id = (SELECT min(id) FROM card)"),
    ("text in a stage width", "UPDATE stage SET width = 'wide' WHERE id = (SELECT min(id) FROM stage)"),
    ("Inf stage width", "UPDATE stage SET width = 9e999 WHERE id = (SELECT min(id) FROM stage)"),
    ("width 1e15", "UPDATE stage SET width = 1e15 WHERE id = (SELECT min(id) FROM stage)"),
    ("blob lane height", "UPDATE lane SET height = X'01' WHERE id = (SELECT min(id) FROM lane)"),
    ("text in a position", "UPDATE lane SET position = 'first' WHERE id = (SELECT min(id) FROM lane)"),
    ("real in an emotion", "UPDATE card SET emotion = 1.5 WHERE emotion IS NOT NULL AND id = "
                           "(SELECT min(id) FROM card WHERE emotion IS NOT NULL)"),
    ("non-ISO due date", "UPDATE action_item SET due_on = '31/12/2026' WHERE id = (SELECT min(id) FROM action_item)"),
    ("impossible due date", "UPDATE action_item SET due_on = '2026-02-30' WHERE id = (SELECT min(id) FROM action_item)"),
    ("date as a number", "UPDATE meeting SET held_on = 20260101 WHERE id = (SELECT min(id) FROM meeting)"),
    ("broken timestamp", "UPDATE workshop SET created_at = 'yesterday'"),
    ("flag that is not 0 or 1", "UPDATE participant SET is_department = 7 WHERE id = (SELECT min(id) FROM participant)"),
    ("invalid UTF-8 in a participant name",
     "UPDATE participant SET name = CAST(X'C328' AS TEXT) WHERE id = (SELECT min(id) FROM participant)"),
]


def _crafted(demo_file: Path, sql: str) -> Path:
    conn = sqlite3.connect(demo_file, isolation_level=None)
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        assert conn.execute(sql).rowcount == 1
    finally:
        conn.close()
    return demo_file


@pytest.mark.parametrize("label, sql", BAD_VALUES, ids=[b[0] for b in BAD_VALUES])
def test_bad_value_is_refused_as_damaged_everywhere(demo_file: Path, label: str, sql: str) -> None:
    path = _crafted(demo_file, sql)
    before = sha256(path)
    for read_only in (False, True):
        with pytest.raises(WorkshopFileError) as refused:
            open_workshop(path, read_only=read_only).close()
        assert refused.value.reason is Reason.DAMAGED, refused.value.message()
        assert "damaged" in refused.value.message()
    with pytest.raises(WorkshopFileError) as checked:
        check_workshop(path)
    assert checked.value.reason is Reason.DAMAGED
    assert sha256(path) == before


def test_good_values_still_open(demo_file: Path) -> None:
    """The demo, with a NUL in a text and large but sane sizes, opens: only what we never write is refused."""
    conn = sqlite3.connect(demo_file, isolation_level=None)
    conn.execute("UPDATE card SET text = ? WHERE id = (SELECT min(id) FROM card)", ("a\x00b",))
    conn.execute("UPDATE stage SET width = 12000.5 WHERE id = (SELECT min(id) FROM stage)")
    conn.close()
    open_workshop(demo_file).close()
    check_workshop(demo_file)


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CXWORKSHOP_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "cxworkshop.cli", *args], capture_output=True, text=True,
                          timeout=120, env=env)


CRASHERS = [b for b in BAD_VALUES if b[0] in ("colour stored as a blob", "Inf stage width", "width 1e15",
                                              "invalid UTF-8 in card text", "non-ISO due date")]


@pytest.mark.parametrize("label, sql", CRASHERS, ids=[b[0] for b in CRASHERS])
def test_cli_check_screenshot_and_png_refuse_cleanly(demo_file: Path, tmp_path: Path, label: str, sql: str) -> None:
    path = _crafted(demo_file, sql)
    for args in (["check", str(path)], ["screenshot", str(path), str(tmp_path / "shot.png"), "--size", "640x400"],
                 ["export", str(path), "--png", str(tmp_path / "map.png")]):
        done = _cli(*args)
        assert done.returncode == 3, (args, done.returncode, done.stdout, done.stderr)
        assert "damaged" in done.stderr + done.stdout
        assert "Traceback" not in done.stderr and "unexpected problem" not in done.stderr
