"""Workshop files for the portfolio tests: copies of the demo, made different with sqlite3."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import date, timedelta
from itertools import count
from pathlib import Path

TODAY = date.today()
_STAMP = count(1)


def touch(path: Path) -> None:
    """A distinct modification time, whatever the file system's clock resolution."""
    moment = 1_800_000_000 + next(_STAMP) * 7
    os.utime(path, ns=(moment * 10**9, moment * 10**9))


def make(template: Path, path: Path, client: str, title: str, overdue: int = 0, unowned: int = 0,
         follow_up_done: int | None = None, planned_in: int | None = None) -> Path:
    """A copy of `template` for `client`: `overdue` actions due last week, `unowned` actions with
    no owner, a follow-up meeting yesterday closing `follow_up_done` actions, a meeting planned
    `planned_in` days ahead."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        conn.execute("UPDATE workshop SET client = ?, title = ?", (client, title))
        # The demo's kick-off is its last meeting; these engagements start with it (the demo's
        # interviews before it, issue 17, would count as a first meeting).
        kickoff = conn.execute("SELECT max(number) FROM meeting").fetchone()[0]
        conn.execute("DELETE FROM meeting WHERE number < ?", (kickoff,))
        conn.execute("UPDATE meeting SET held_on = ? WHERE number = ?",
                     ((TODAY - timedelta(days=30)).isoformat(), kickoff))
        ids = [row[0] for row in conn.execute("SELECT id FROM action_item ORDER BY id")]
        conn.execute("UPDATE action_item SET due_on = ?", ((TODAY + timedelta(days=20)).isoformat(),))
        for action in ids[:overdue]:
            conn.execute("UPDATE action_item SET due_on = ? WHERE id = ?",
                         ((TODAY - timedelta(days=7)).isoformat(), action))
        for action in ids[len(ids) - unowned:] if unowned else []:
            conn.execute("UPDATE action_item SET owner_id = NULL WHERE id = ?", (action,))
        if follow_up_done is not None:
            conn.execute("INSERT INTO meeting (number, held_on, title, notes) VALUES (?, ?, 'Follow-up', '')",
                         (kickoff + 1, (TODAY - timedelta(days=1)).isoformat()))
            meeting = conn.execute("SELECT id FROM meeting WHERE number = ?", (kickoff + 1,)).fetchone()[0]
            for action in ids[overdue:overdue + follow_up_done]:
                conn.execute("UPDATE action_item SET status = 'done', closed_in_id = ? WHERE id = ?",
                             (meeting, action))
                conn.execute("INSERT INTO status_change (action_id, meeting_id, old_status, new_status, note, "
                             "changed_at) VALUES (?, ?, 'open', 'done', '', ?)",
                             (action, meeting, f"{TODAY - timedelta(days=1)} 10:00:00"))
        if planned_in is not None:
            conn.execute("INSERT INTO meeting (number, held_on, title, notes) VALUES (?, ?, 'Next', '')",
                         (kickoff + 2, (TODAY + timedelta(days=planned_in)).isoformat()))
        conn.execute("COMMIT")
    finally:
        conn.close()
    touch(path)
    return path


def action_count(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM action_item").fetchone()[0]
    finally:
        conn.close()
