"""Reminders without a server (issue 17.5): one iCalendar file per owner, parsed with icalendar."""

from __future__ import annotations

from datetime import date, timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from icalendar import Calendar

from cxworkshop.cli import main
from cxworkshop.export import write_eml, write_ics
from tests.unit.test_export_owner_files import TODAY, owner_workshop


def calendar(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def action_entries(cal: Calendar) -> dict[str, object]:
    """The actions' entries by summary: events for dated actions, to-dos for the others."""
    return {str(entry["SUMMARY"]): entry for entry in cal.walk()
            if entry.name in ("VEVENT", "VTODO") and str(entry["UID"]).startswith("action-")}


def meeting_events(cal: Calendar) -> list:
    return [event for event in cal.walk("VEVENT") if str(event["UID"]).startswith("meeting-")]


def test_one_calendar_per_owner_with_an_event_per_dated_open_action(tmp_path: Path) -> None:
    path = owner_workshop(tmp_path / "w.cxw")
    result = write_ics(path, tmp_path / "ics", today=TODAY)
    assert [p.name for p in result.files] == ["Marco Rinaldi.ics"]
    cal = calendar(tmp_path / "ics" / "Marco Rinaldi.ics")
    assert str(cal["VERSION"]) == "2.0" and "CX Workshop" in str(cal["PRODID"])
    entries = action_entries(cal)
    assert set(entries) == {"Assign leads automatically", "Call back within 24 hours"}
    # Events, not to-dos: Google Calendar and Outlook import events only.
    assert cal.walk("VTODO") == []
    event = entries["Assign leads automatically"]
    assert event.decoded("DTSTART") == date(2026, 12, 5)  # a whole day: the due date
    assert event.decoded("DTEND") == date(2026, 12, 6)
    assert str(event["TRANSP"]) == "TRANSPARENT" and str(event["PRIORITY"]) == "3"
    description = str(event["DESCRIPTION"])
    for expected in ("Round robin in the CRM", "Impact 4/5 · effort 2/5",
                     "From the card “Nobody knows whose lead it is” (Pain point, Consideration)",
                     "Workshop “Office coffee” with Caffè Aurora Srl.",
                     "Giulia Ferri · giulia.ferri@example.it"):
        assert expected in description
    [alarm] = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY" and alarm.decoded("TRIGGER") == timedelta(days=-1)
    [meeting] = meeting_events(cal)
    assert meeting.decoded("DTSTART") == date(2027, 1, 19)
    assert str(meeting["SUMMARY"]) == "Second review – Office coffee"
    assert str(meeting["LOCATION"]) == "Bergamo"


def test_an_action_without_a_due_date_is_a_todo(tmp_path: Path) -> None:
    from cxworkshop.document import WorkshopDocument
    from cxworkshop.model.records import ActionItem

    path = owner_workshop(tmp_path / "w.cxw")
    doc = WorkshopDocument.open(path)
    try:
        action = next(a for a in doc.rows(ActionItem) if a.title == "Call back within 24 hours")
        doc.set_action(action.id, due_on=None)
    finally:
        doc.close()
    write_ics(path, tmp_path / "ics", today=TODAY)
    cal = calendar(tmp_path / "ics" / "Marco Rinaldi.ics")
    [todo] = cal.walk("VTODO")
    assert str(todo["SUMMARY"]) == "Call back within 24 hours" and "DUE" not in todo
    assert str(todo["STATUS"]) == "NEEDS-ACTION"


def test_uids_are_stable_across_exports_and_unique(tmp_path: Path) -> None:
    path = owner_workshop(tmp_path / "w.cxw")
    write_ics(path, tmp_path / "first", today=TODAY)
    write_ics(path, tmp_path / "second", today=TODAY)
    first = [str(c["UID"]) for c in calendar(tmp_path / "first" / "Marco Rinaldi.ics").walk()
             if "UID" in c]
    second = [str(c["UID"]) for c in calendar(tmp_path / "second" / "Marco Rinaldi.ics").walk()
              if "UID" in c]
    assert first == second and len(set(first)) == 3
    other = owner_workshop(tmp_path / "other.cxw")  # another workshop: other UIDs
    write_ics(other, tmp_path / "other", today=TODAY)
    third = {str(c["UID"]) for c in calendar(tmp_path / "other" / "Marco Rinaldi.ics").walk()
             if "UID" in c}
    assert not third & set(first)


def test_no_event_without_a_planned_meeting_and_italian_text(tmp_path: Path) -> None:
    path = owner_workshop(tmp_path / "w.cxw", lang="it", next_meeting=False)
    write_ics(path, tmp_path / "ics", today=TODAY)
    cal = calendar(tmp_path / "ics" / "Marco Rinaldi.ics")
    assert meeting_events(cal) == []
    description = str(action_entries(cal)["Assign leads automatically"]["DESCRIPTION"])
    assert "Workshop “Office coffee” con Caffè Aurora Srl." in description
    assert "Impatto 4/5 · impegno 2/5" in description
    assert "Dalla scheda “Nobody knows whose lead it is”" in description


def test_the_calendar_is_attached_to_the_owner_draft(tmp_path: Path) -> None:
    path = owner_workshop(tmp_path / "w.cxw")
    write_eml(path, tmp_path / "mail", today=TODAY)
    message = BytesParser(policy=policy.default).parsebytes(
        (tmp_path / "mail" / "Marco Rinaldi.eml").read_bytes())
    [ics] = [part for part in message.iter_attachments()
             if part.get_content_type() == "text/calendar"]
    assert ics.get_filename() == "Marco Rinaldi.ics" and ics.get_param("method") == "PUBLISH"
    cal = Calendar.from_ical(ics.get_content())
    assert len(action_entries(cal)) == 2


def test_cli_export_ics(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = owner_workshop(tmp_path / "w.cxw")
    assert main(["export", str(path), "--ics", str(tmp_path / "ics")]) == 0
    assert f"Written {tmp_path / 'ics' / 'Marco Rinaldi.ics'}" in capsys.readouterr().out
    assert len(action_entries(calendar(tmp_path / "ics" / "Marco Rinaldi.ics"))) == 2
