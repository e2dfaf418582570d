"""`cxworkshop room FILE.cxw` (issue 19): a headless room on loopback that prints the join URL,
takes the facilitator's commands on standard input and writes only what is revealed."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

from bench.room_load import Phone

ROOT = Path(__file__).resolve().parents[2]


def _start(path: Path, *options: str) -> subprocess.Popen:
    env = {**os.environ, "CXWORKSHOP_LANG": "en", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "cxworkshop.cli", "room", str(path), *options],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT, env=env)


def _say(process: subprocess.Popen, line: str) -> str:
    """Send one command and read up to its status line."""
    process.stdin.write(line + "\n")
    process.stdin.flush()
    lines = []
    while True:
        out = process.stdout.readline()
        assert out, "the room stopped"
        lines.append(out)
        if out.startswith("Activity:"):
            return "".join(lines)


def _count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def test_headless_room_serves_reveals_and_ends(demo_file: Path) -> None:
    before = _count(demo_file, "SELECT count(*) FROM card")
    process = _start(demo_file)
    try:
        first = process.stdout.readline()
        assert first.startswith("Room open: http://127.0.0.1:")
        url = first.split(": ", 1)[1].strip()
        assert "▀" in process.stdout.readline() + process.stdout.readline()  # the QR code
        assert "writing" in _say(process, "write 2 5")
        phone = Phone(url)
        phone.join(None)
        assert phone.request("POST", "api/card", {"text": "From the CLI room", "stage_id": 0,
                                                  "lane_id": 0})[0] == 201
        assert phone.request("POST", "api/card", {"text": "Never revealed", "stage_id": 0,
                                                  "lane_id": 0})[0] == 201
        assert "waiting in the inbox: 2" in _say(process, "status")
        assert _count(demo_file, "SELECT count(*) FROM card") == before  # nothing before the reveal
        assert "Revealed: 2 cards" in _say(process, "reveal")
        assert _count(demo_file, "SELECT count(*) FROM card WHERE text = 'From the CLI room'") == 1
        phone.request("POST", "api/card", {"text": "Left in the inbox", "stage_id": 0, "lane_id": 0})
        out, _err = process.communicate("end\n", timeout=30)
        assert process.returncode == 0
        assert "1 contribution was not revealed" in out
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
    assert _count(demo_file, "SELECT count(*) FROM card WHERE text = 'Left in the inbox'") == 0
    # The room is gone with the command: the port refuses connections.
    try:
        phone.request("GET", "api/state")
        raise AssertionError("the room still answers")
    except (ConnectionRefusedError, ConnectionResetError, OSError):
        pass


def test_a_port_in_use_is_one_line_and_exit_1(demo_file: Path) -> None:
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    try:
        process = _start(demo_file, "--port", str(taken.getsockname()[1]))
        out, err = process.communicate("", timeout=60)
    finally:
        taken.close()
    assert process.returncode == 1
    assert err.startswith("cxworkshop: error: the room could not start on 127.0.0.1") and err.count("\n") == 1
    assert "Traceback" not in err


def test_a_bad_port_is_a_usage_error(demo_file: Path) -> None:
    process = _start(demo_file, "--port", "70000")
    _out, err = process.communicate("", timeout=60)
    assert process.returncode == 2 and "port must be between 0 and 65535" in err
