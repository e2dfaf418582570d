"""The follow-up agenda (issue 17, point 4): its content for a crafted workshop with two
meetings, as data, as text, as a PDF (read back with pdftotext), and `cxworkshop agenda`."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from datetime import date
from pathlib import Path

import pytest

from cxworkshop.cli import main
from cxworkshop.editing.files import new_workshop
from cxworkshop.export.agenda import agenda_text, load_agenda
from cxworkshop.export.pdf_agenda import write_agenda

TODAY = date(2026, 11, 20)
MEETING_1, MEETING_2 = date(2026, 10, 1), date(2026, 11, 1)

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")


def _crafted(path: Path) -> Path:
    """Two meetings; Anna's inbox action moved twice (once at meeting 2, once after it) and now
    overdue; Bruno's prices done at meeting 2; Bruno's call-backs dated once at meeting 1 (a
    first date, not a move); a welcome e-mail added after meeting 2 with no owner; two measures,
    one last measured before meeting 2; a card recorded at meeting 2."""
    new_workshop(path, "sme", "en", title="Crafted", client="Client")
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        conn.execute("DELETE FROM action_item")
        conn.execute("DELETE FROM meeting")
        stage, lane = conn.execute("SELECT stage.id, lane.id FROM stage, lane "
                                   "WHERE stage.map_id = lane.map_id LIMIT 1").fetchone()
        conn.execute("INSERT INTO card (stage_id, lane_id, position, kind, text) "
                     "VALUES (?, ?, 99, 'pain_point', 'Complaint e-mails nobody answers')",
                     (stage, lane))
        card = conn.execute("SELECT max(id) FROM card").fetchone()[0]
        people = {}
        for name in ("Anna Rossi", "Bruno Verdi"):
            conn.execute("INSERT INTO participant (name, role, department, email, is_department, "
                         "is_facilitator) VALUES (?, '', '', '', 0, 0)", (name,))
            people[name] = conn.execute("SELECT max(id) FROM participant").fetchone()[0]
        meetings = []
        for number, held in ((1, MEETING_1), (2, MEETING_2)):
            conn.execute("INSERT INTO meeting (number, held_on, title, notes) VALUES (?, ?, ?, '')",
                         (number, held.isoformat(), f"Meeting {number}"))
            meetings.append(conn.execute("SELECT max(id) FROM meeting").fetchone()[0])
        m1, m2 = meetings
        conn.execute("INSERT INTO card (stage_id, lane_id, position, kind, text, meeting_id) "
                     "VALUES (?, ?, 100, 'opportunity', 'A named inbox owner', ?)", (stage, lane, m2))

        def action(title: str, owner: str | None, due: str | None, status: str, created: str,
                   card_id: int | None = None) -> int:
            conn.execute("INSERT INTO action_item (title, detail, owner_id, due_on, priority, status, "
                         "card_id, opened_in_id, created_at) VALUES (?, '', ?, ?, 'high', ?, ?, ?, ?)",
                         (title, people.get(owner or ""), due, status, card_id, m1, created))
            return conn.execute("SELECT max(id) FROM action_item").fetchone()[0]

        def change(action_id: int, meeting: int | None, old: str, new: str, old_due: str | None,
                   new_due: str | None, at: str, note: str = "") -> None:
            conn.execute("INSERT INTO status_change (action_id, meeting_id, old_status, new_status, "
                         "old_due_on, new_due_on, note, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (action_id, meeting, old, new, old_due, new_due, note, at))

        inbox = action("Fix the complaint inbox", "Anna Rossi", "2026-11-10", "in_progress",
                       "2026-10-01 10:00:00", card)
        change(inbox, m2, "open", "in_progress", "2026-10-20", "2026-11-05", "2026-11-01 10:00:00",
               "Supplier late")
        change(inbox, None, "in_progress", "in_progress", "2026-11-05", "2026-11-10",
               "2026-11-06 09:00:00", "Moved again")
        prices = action("Publish the prices", "Bruno Verdi", "2026-12-15", "done",
                        "2026-10-01 10:00:00")
        change(prices, m2, "open", "done", "2026-12-15", "2026-12-15", "2026-11-01 10:05:00")
        calls = action("Call every lead back", "Bruno Verdi", "2026-12-01", "open",
                       "2026-10-01 10:00:00")
        change(calls, m1, "open", "open", None, "2026-12-01", "2026-10-01 11:00:00")
        action("Welcome e-mail", None, None, "open", "2026-11-10 15:00:00")
        for position, (name, taken) in enumerate((("Net promoter score", "2026-10-15"),
                                                  ("Complaints per month", "2026-11-02"),
                                                  ("Churn", MEETING_2.isoformat()))):
            conn.execute("INSERT INTO measure (name, kind, unit, owner_id, position) "
                         "VALUES (?, 'custom', '', ?, ?)", (name, people["Anna Rossi"], position))
            measure = conn.execute("SELECT max(id) FROM measure").fetchone()[0]
            conn.execute("INSERT INTO measurement (measure_id, taken_on, value, note) "
                         "VALUES (?, ?, 7, '')", (measure, taken))
        conn.execute("COMMIT")
    finally:
        conn.close()
    return path


@pytest.fixture
def crafted(tmp_path: Path) -> Path:
    return _crafted(tmp_path / "crafted.cxw")


def test_agenda_content(crafted: Path) -> None:
    agenda = load_agenda(crafted, TODAY)
    assert agenda.last_meeting is not None and agenda.last_meeting.number == 2
    assert agenda.next_number == 3
    groups = [(owner.name if owner else None, [i.action.title for i in items])
              for owner, items in agenda.groups]
    assert groups == [("Anna Rossi", ["Fix the complaint inbox"]),
                      ("Bruno Verdi", ["Call every lead back"]),
                      (None, ["Welcome e-mail"])]
    assert [(i.action.title, i.carried_over) for i in agenda.carried] == [
        ("Fix the complaint inbox", 2)]
    assert [i.action.title for i in agenda.overdue] == ["Fix the complaint inbox"]
    assert [(a.title, s.new_status) for a, s in agenda.at_last] == [
        ("Fix the complaint inbox", "in_progress"), ("Publish the prices", "done")]
    assert [(a.title, s.note) for a, s in agenda.since] == [("Fix the complaint inbox", "Moved again")]
    assert [a.title for a in agenda.new_actions] == ["Welcome e-mail"]
    assert [c.text for c in agenda.new_cards] == ["A named inbox owner"]
    assert agenda.measures_known
    # Read at the last meeting (Churn) is due again at this one; read after it is up to date.
    assert [(m.name, m.owner, m.latest_on) for m in agenda.measures] == [
        ("Net promoter score", "Anna Rossi", date(2026, 10, 15)), ("Churn", "Anna Rossi", MEETING_2)]
    inbox = agenda.groups[0][1][0]
    assert inbox.action.card is not None
    assert inbox.action.card.text == "Complaint e-mails nobody answers"


def test_agenda_text_in_both_languages(crafted: Path) -> None:
    agenda = load_agenda(crafted, TODAY)
    english = agenda_text(agenda, "en")
    assert "Agenda of follow-up meeting 3" in english
    assert "carried over 2 times" in english
    assert "from the card “Complaint e-mails nobody answers”" in english
    assert "Net promoter score (Anna Rossi) — last measured 15 Oct 2026" in english
    assert "Complaints per month" not in english  # measured after meeting 2: up to date
    italian = agenda_text(agenda, "it")
    assert "Ordine del giorno dell'incontro di verifica 3" in italian
    assert "rinviata 2 volte" in italian
    assert "carried over" not in italian


def _pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                            text=True, check=True)
    return " ".join(result.stdout.split())


@needs_pdftotext
def test_agenda_pdf(crafted: Path, tmp_path: Path) -> None:
    out, _glyphs = write_agenda(crafted, tmp_path / "agenda.pdf", lang="en", today=TODAY)
    text = _pdf_text(out)
    for expected in ("Agenda of follow-up meeting 3", "1. Open actions by owner", "Anna Rossi",
                     "Card: “Complaint e-mails nobody answers”",
                     "2. What changed since the last meeting", "Recorded at the last meeting:",
                     "Publish the prices: Open → Done", "Changed after it:", "Moved again",
                     "New actions:", "Welcome e-mail", "New cards:", "A named inbox owner",
                     "3. Overdue", "4. Carried over",
                     "carried over 2 times", "5. Measures to update", "Net promoter score"):
        assert expected in text, expected
    # Done actions are not on the agenda's open list; the measure measured since is not due.
    opening = text.split("2. What changed")[0]
    assert "Publish the prices" not in opening
    assert "Complaints per month" not in text


@needs_pdftotext
def test_cli_agenda(crafted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "agenda.pdf"
    assert main(["agenda", str(crafted), str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "Agenda of follow-up meeting 3" in _pdf_text(out)
    assert str(out) in capsys.readouterr().out


def test_cli_agenda_refuses_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    not_a_workshop = tmp_path / "notes.cxw"
    not_a_workshop.write_text("shopping list\n", encoding="utf-8")
    out = tmp_path / "agenda.pdf"
    assert main(["agenda", str(not_a_workshop), str(out)]) == 3
    error = capsys.readouterr().err
    assert error.startswith("cxworkshop: error: ") and "not a CX Workshop file" in error
    assert "Traceback" not in error
    assert not out.exists()
    assert main(["agenda", str(tmp_path / "missing.cxw"), str(out)]) == 3
    assert "does not exist" in capsys.readouterr().err
    assert main(["agenda", str(not_a_workshop), str(tmp_path / "no-folder" / "a.pdf")]) == 3
    assert "does not exist" in capsys.readouterr().err
    assert main(["agenda", str(not_a_workshop)]) == 2  # usage: OUT is required
    assert main(["agenda", str(not_a_workshop), str(tmp_path)]) == 3  # a folder, not a file
    assert "folder" in capsys.readouterr().err


def test_cli_agenda_warns_about_characters_the_font_lacks(
        crafted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(crafted)
    with conn:
        conn.execute("UPDATE action_item SET title = title || ' \u0F00' "
                     "WHERE title = 'Call every lead back'")
    conn.close()
    assert main(["agenda", str(crafted), str(tmp_path / "agenda.pdf")]) == 0
    assert "warning" in capsys.readouterr().err


@needs_pdftotext
def test_agenda_pdf_dates_a_review_by_its_meeting(crafted: Path, tmp_path: Path) -> None:
    """A review typed in two days after meeting 2 happened at meeting 2: "When" says its date,
    not the day it was typed in."""
    conn = sqlite3.connect(crafted, isolation_level=None)
    try:
        conn.execute("UPDATE status_change SET changed_at = '2026-11-03 10:05:00' "
                     "WHERE meeting_id = (SELECT id FROM meeting WHERE number = 2)")
    finally:
        conn.close()
    out, _glyphs = write_agenda(crafted, tmp_path / "agenda.pdf", lang="en", today=TODAY)
    changes = _pdf_text(out).split("Recorded at the last meeting:")[1].split("Changed after it:")[0]
    assert "Publish the prices: Open → Done Bruno Verdi 1 Nov 2026" in changes
    assert "3 Nov 2026" not in changes
