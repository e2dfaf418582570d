"""Issue 13 item 9: no text or count makes an export, a screenshot or the layout hang.

A map with 120 stages sent the PDF's emotion chart into an endless loop (a negative wrap
width); a 10 MB word took minutes (quadratic word splitting, and reportlab re-wrapping a huge
table cell on every page). Each runs in a subprocess with a timeout."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cxworkshop.export.fonts import REGULAR
from cxworkshop.export.text import ELLIPSIS, Wrapper, markup
from cxworkshop.model import limits


def _cli(*args: str, timeout: float) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CXWORKSHOP_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "cxworkshop.cli", *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


def test_wrapping_is_linear_and_never_loops() -> None:
    wrap = Wrapper(REGULAR, 8)
    started = time.perf_counter()
    lines = wrap.wrap("x" * 1_000_000, 100)
    assert time.perf_counter() - started < 5
    assert "".join(lines) == "x" * 1_000_000 and all(wrap.width(line) <= 100 for line in lines)
    started = time.perf_counter()
    assert len(wrap.wrap("y" * 5_000_000, 100, max_lines=2)) == 2
    assert time.perf_counter() - started < 5
    assert wrap.wrap("words that fit", 1000) == ["words that fit"]


def test_negative_or_zero_width_terminates() -> None:
    # The old wrapper looped forever on a width below zero (a column narrower than its margin).
    script = ("from cxworkshop.export.fonts import REGULAR\nfrom cxworkshop.export.text import Wrapper\n"
              "w = Wrapper(REGULAR, 7.5)\nprint(w.wrap('Stage 117', -3.2, max_lines=2), w.wrap('ab cd', 0))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['S', 't…'] ['a', 'b', 'c', 'd']"


def test_markup_cuts_text_beyond_the_longest_an_edit_writes() -> None:
    assert markup("R&D < 5%\nok") == "R&amp;D &lt; 5%<br/>ok"
    cut = markup("z" * (limits.LONG_TEXT_MAX * 5))
    assert cut == "z" * limits.LONG_TEXT_MAX + ELLIPSIS


def _with_stages(demo_file: Path, count: int) -> Path:
    conn = sqlite3.connect(demo_file, isolation_level=None)
    try:
        map_id = conn.execute("SELECT id FROM journey_map ORDER BY position LIMIT 1").fetchone()[0]
        last = conn.execute("SELECT max(position) FROM stage WHERE map_id = ?", (map_id,)).fetchone()[0]
        for number in range(count):
            conn.execute("INSERT INTO stage(map_id, position, name, width) VALUES(?, ?, ?, 200)",
                         (map_id, last + 1 + number, f"Stage {number}"))
    finally:
        conn.close()
    return demo_file


def test_pdf_of_a_map_with_120_stages_is_written(demo_file: Path, tmp_path: Path) -> None:
    path = _with_stages(demo_file, 120)
    done = _cli("export", str(path), "--pdf", str(tmp_path / "report.pdf"), timeout=240)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "report.pdf").read_bytes()[:4] == b"%PDF"


def _with_text(demo_file: Path, sql: str, text: str) -> Path:
    conn = sqlite3.connect(demo_file, isolation_level=None)
    try:
        assert conn.execute(sql, (text,)).rowcount == 1
    finally:
        conn.close()
    return demo_file


@pytest.mark.parametrize("command", ["pdf", "screenshot", "check"])
def test_a_10_mb_word_is_refused_at_once(demo_file: Path, tmp_path: Path, command: str) -> None:
    path = _with_text(demo_file, "UPDATE card SET text = ? WHERE id = (SELECT min(id) FROM card)", "x" * 10_000_000)
    args = {"pdf": ["export", str(path), "--pdf", str(tmp_path / "r.pdf")],
            "screenshot": ["screenshot", str(path), str(tmp_path / "s.png"), "--size", "640x400"],
            "check": ["check", str(path)]}[command]
    started = time.perf_counter()
    done = _cli(*args, timeout=120)
    assert done.returncode == 3, (done.stdout, done.stderr)
    assert "damaged" in done.stderr and "card.text" in done.stderr
    assert time.perf_counter() - started < 60


def test_long_texts_within_the_read_limit_export_quickly(demo_file: Path, tmp_path: Path) -> None:
    """The longest texts a file may hold (an older version had no limit) still export in seconds."""
    path = _with_text(demo_file, "UPDATE card SET text = ? WHERE id = (SELECT min(id) FROM card)",
                      "w" * limits.text_read_max("card", "text"))
    _with_text(path, "UPDATE action_item SET detail = ? WHERE id = (SELECT min(id) FROM action_item)",
               "d" * limits.text_read_max("action_item", "detail"))
    started = time.perf_counter()
    done = _cli("export", str(path), "--pdf", str(tmp_path / "r.pdf"), timeout=120)
    assert done.returncode == 0, done.stderr
    assert time.perf_counter() - started < 15
