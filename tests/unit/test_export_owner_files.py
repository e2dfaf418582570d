"""Per-owner PDFs and e-mail drafts (issue 16.3), and the CSV/XLSX formats (16.5, 16.9).

The owner's files say which meeting they speak for (never "the workshop date" for a follow-up),
carry each action's context, the next meeting and the facilitator's contact; the draft is
signed (or the export warns), a comma in a name never makes two recipients, and an accented
attachment name survives the stdlib parser and munpack.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from datetime import date, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlmodel import Session

from cxworkshop.export import write_csv, write_eml, write_per_owner, write_xlsx
from cxworkshop.export.owner_info import CONTACT_MISSING
from cxworkshop.i18n import tr
from cxworkshop.model import (
    ActionItem,
    Card,
    JourneyMap,
    Lane,
    Meeting,
    Participant,
    Stage,
    Workshop,
)
from cxworkshop.store import create_workshop

TODAY = date(2026, 12, 8)


def owner_workshop(path: Path, *, lang: str = "en", facilitator: tuple[str, str] | None =
                   ("Giulia Ferri", "giulia.ferri@example.it"), owner: tuple[str, str] =
                   ("Marco Rinaldi", "marco.rinaldi@example.it"), follow_up: bool = False,
                   next_meeting: bool = True) -> Path:
    """One owner with two actions (one overdue, linked to a pain point), one facilitator."""

    def fill(session: Session) -> None:
        session.add(Workshop(id=1, title="Office coffee", client="Caffè Aurora Srl",
                             place="Bergamo", facilitator=facilitator[0] if facilitator else "",
                             language=lang))
        meetings = [Meeting(number=1, held_on=TODAY - timedelta(days=30), title="Kick-off")]
        if follow_up:
            meetings.append(Meeting(number=2, held_on=TODAY - timedelta(days=2), title="Review"))
        if next_meeting:
            meetings.append(Meeting(number=len(meetings) + 1, held_on=date(2027, 1, 19),
                                    title="Second review"))
        journey = JourneyMap(name="Current state")
        session.add_all([*meetings, journey])
        people = [Participant(name=owner[0], role="Sales", department="Sales", email=owner[1])]
        if facilitator:
            people.append(Participant(name=facilitator[0], role="Consultant", department="",
                                      email=facilitator[1], is_facilitator=True))
        session.add_all(people)
        session.flush()
        stage = Stage(map_id=journey.id, position=0, name="Consideration")
        lane = Lane(map_id=journey.id, position=0, name="Pain points", kind="pain_points")
        session.add_all([stage, lane])
        session.flush()
        card = Card(stage_id=stage.id, lane_id=lane.id, position=0, kind="pain_point",
                    text="Nobody knows whose lead it is", meeting_id=meetings[0].id)
        session.add(card)
        session.flush()
        session.add(ActionItem(title="Assign leads automatically", detail="Round robin in the CRM",
                               owner_id=people[0].id, due_on=TODAY - timedelta(days=3),
                               priority="high", status="open", impact=4, effort=2,
                               card_id=card.id, stage_id=stage.id, opened_in_id=meetings[0].id))
        session.add(ActionItem(title="Call back within 24 hours", detail="", owner_id=people[0].id,
                               due_on=TODAY + timedelta(days=20), priority="medium",
                               status="open", opened_in_id=meetings[0].id))

    return create_workshop(path, populate=fill)


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def body(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    return part.get_content().replace("\r\n", "\n").rstrip()


def parsed(path: Path) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    assert isinstance(message, EmailMessage)
    return message


def test_owner_pdf_names_the_meeting_context_next_meeting_and_contact(tmp_path: Path) -> None:
    path = owner_workshop(tmp_path / "w.cxw", follow_up=True)
    result = write_per_owner(path, tmp_path / "owners", today=TODAY)
    text = pdf_text(tmp_path / "owners" / "Marco Rinaldi.pdf")
    # The latest meeting held, by name and date, never "the workshop" of a follow-up's date.
    assert "Situation after the meeting “Review” on 6 December 2026." in text
    assert "From the workshop" not in text
    assert "Impact 4/5 · effort 2/5" in text
    assert "From the card “Nobody knows whose lead it is” (Pain point, Consideration)" in text
    assert "Round robin in the CRM" in text
    assert "Next meeting: 19 January 2027, “Second review”." in text
    assert "Giulia Ferri · giulia.ferri@example.it" in text
    assert result.warnings() == []


def test_owner_pdf_of_the_workshop_day_and_no_next_meeting(tmp_path: Path) -> None:
    path = owner_workshop(tmp_path / "w.cxw", next_meeting=False)
    write_per_owner(path, tmp_path / "owners", today=TODAY)
    text = pdf_text(tmp_path / "owners" / "Marco Rinaldi.pdf")
    assert "Situation after the meeting “Kick-off” on 8 November 2026." in text
    assert "No next meeting is planned yet." in text


def test_owner_pdf_metadata_has_a_title_author_and_subject(tmp_path: Path) -> None:
    path = owner_workshop(tmp_path / "w.cxw", follow_up=True)
    write_per_owner(path, tmp_path / "owners", today=TODAY)
    meta = PdfReader(tmp_path / "owners" / "Marco Rinaldi.pdf").metadata
    assert meta.title == "Actions for Marco Rinaldi" and meta.author
    assert meta.subject.startswith("Customer journey workshop · ")  # was empty


def test_draft_is_signed_with_context_and_next_meeting(tmp_path: Path) -> None:
    path = owner_workshop(tmp_path / "w.cxw")
    result = write_eml(path, tmp_path / "mail", today=TODAY)
    message = parsed(tmp_path / "mail" / "Marco Rinaldi.eml")
    text = body(message)
    assert text.endswith("Kind regards,\nGiulia Ferri\ngiulia.ferri@example.it")
    assert "Impact 4/5 · effort 2/5" in text and "Nobody knows whose lead it is" in text
    assert "Next meeting: 19 January 2027" in text
    assert str(message["From"]) == "Giulia Ferri <giulia.ferri@example.it>"
    assert result.warnings() == []


def test_without_a_facilitator_preferences_sign_or_the_export_warns(tmp_path: Path) -> None:
    path = owner_workshop(tmp_path / "w.cxw", facilitator=None)
    result = write_eml(path, tmp_path / "bare", today=TODAY)
    assert result.warnings() == [tr(CONTACT_MISSING, "en")]
    assert "Preferenze" in result.warnings("it")[0]
    assert body(parsed(tmp_path / "bare" / "Marco Rinaldi.eml")).endswith("Kind regards,")  # nothing to sign with: hence the warning
    signed = write_eml(path, tmp_path / "signed", today=TODAY, facilitator_name="Anna Verdi",
                       facilitator_email="anna@studio.example")
    assert signed.warnings() == []
    message = parsed(tmp_path / "signed" / "Marco Rinaldi.eml")
    assert body(message).endswith("Anna Verdi\nanna@studio.example")
    assert message["From"].addresses[0].addr_spec == "anna@studio.example"
    pdfs = write_per_owner(path, tmp_path / "pdf", today=TODAY, facilitator_name="Anna Verdi",
                           facilitator_email="anna@studio.example")
    assert pdfs.warnings() == []
    assert "Anna Verdi · anna@studio.example" in pdf_text(tmp_path / "pdf" / "Marco Rinaldi.pdf")


def test_a_comma_in_a_name_or_address_never_makes_two_recipients(tmp_path: Path) -> None:
    path = owner_workshop(tmp_path / "w.cxw", owner=("Rossi, Mario", "mario.rossi@example.it"))
    write_eml(path, tmp_path / "mail", today=TODAY)
    [draft] = (tmp_path / "mail").glob("*.eml")
    to = parsed(draft)["To"]
    assert len(to.addresses) == 1
    assert to.addresses[0].display_name == "Rossi, Mario"
    assert to.addresses[0].addr_spec == "mario.rossi@example.it"
    assert b'"Rossi, Mario" <mario.rossi@example.it>' in draft.read_bytes()

    bad = owner_workshop(tmp_path / "bad.cxw", owner=("Mario", "mario@example.it,boss@example.it"))
    result = write_eml(bad, tmp_path / "bad", today=TODAY)
    message = parsed(tmp_path / "bad" / "Mario.eml")
    assert message["To"] is None  # not a usable address: left for the user to fill in
    # ... and said, so the draft is not sent to nobody (it was silent).
    [warning] = result.warnings("en")
    assert warning.startswith("The e-mail draft for “Mario” has no recipient")
    assert "“Mario” non ha destinatario" in result.warnings("it")[0]


def test_accented_attachment_names_survive_parsers_and_munpack(tmp_path: Path) -> None:
    path = owner_workshop(tmp_path / "w.cxw", owner=("Niccolò Bianchi", "n.bianchi@example.it"))
    write_eml(path, tmp_path / "mail", today=TODAY)
    draft = tmp_path / "mail" / "Niccolò Bianchi.eml"
    names = [part.get_filename() for part in parsed(draft).iter_attachments()]
    assert names == ["Niccolò Bianchi.pdf", "Niccolò Bianchi.ics"]
    raw = draft.read_bytes()
    assert b"filename*=utf-8''Niccol%C3%B2%20Bianchi.pdf" in raw  # RFC 2231
    assert b'name="Niccolo Bianchi.pdf"' in raw  # the fallback older unpackers read
    munpack = shutil.which("munpack")
    if munpack is None:
        pytest.skip("munpack (Debian package mpack) is not installed")
    out = tmp_path / "unpacked"
    out.mkdir()
    subprocess.run([munpack, "-q", "-C", str(out), str(draft)], check=True, capture_output=True)
    saved = sorted(p.name for p in out.iterdir() if p.suffix in (".pdf", ".ics"))
    # munpack writes spaces as X; what matters is that it keeps the name, not "part1".
    assert saved == ["NiccoloXBianchi.ics", "NiccoloXBianchi.pdf"]
    assert (out / "NiccoloXBianchi.pdf").read_bytes()[:5] == b"%PDF-"


def test_english_csv_writes_iso_dates_italian_keeps_excel_format(tmp_path: Path) -> None:
    english = owner_workshop(tmp_path / "en.cxw", lang="en")
    write_csv(english, tmp_path / "en.csv", today=TODAY)
    rows = list(csv.reader(io.StringIO((tmp_path / "en.csv").read_text("utf-8-sig"), newline="")))
    due = {row[rows[0].index("Action")]: row[rows[0].index("Due")] for row in rows[1:]}
    assert due["Assign leads automatically"] == "2026-12-05"
    assert {row[rows[0].index("Overdue")] for row in rows[1:]} == {"Yes", "No"}

    italian = owner_workshop(tmp_path / "it.cxw", lang="it")
    write_csv(italian, tmp_path / "it.csv", today=TODAY)
    rows = list(csv.reader(io.StringIO((tmp_path / "it.csv").read_text("utf-8-sig"), newline=""),
                           delimiter=";"))
    due = {row[rows[0].index("Azione")]: row[rows[0].index("Scadenza")] for row in rows[1:]}
    assert due["Assign leads automatically"] == "05/12/2026"
    assert {row[rows[0].index("In ritardo")] for row in rows[1:]} == {"Sì", "No"}


@pytest.mark.parametrize(("lang", "words"), [("en", {"Yes", "No"}), ("it", {"Sì", "No"})])
def test_xlsx_prints_one_page_wide_and_says_yes_or_no(tmp_path: Path, lang: str,
                                                      words: set[str]) -> None:
    path = owner_workshop(tmp_path / "w.cxw", lang=lang)
    write_xlsx(path, tmp_path / "plan.xlsx", today=TODAY)
    sheet = load_workbook(tmp_path / "plan.xlsx").active
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True  # without it fitToWidth is ignored
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.print_area.endswith("!$A$1:$R$3")  # the header and both actions, all columns
    header = [cell.value for cell in sheet[1]]
    column = header.index("Overdue" if lang == "en" else "In ritardo") + 1
    assert {sheet.cell(row=row, column=column).value for row in (2, 3)} == words


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_prints_the_xlsx_one_page_wide_with_the_header_on_each_page(
        tmp_path: Path) -> None:
    from tests.unit.test_export_data import make_workshop

    path = make_workshop(tmp_path / "w.cxw", cards=20, actions=250)
    out = tmp_path / "plan.xlsx"
    write_xlsx(path, out, today=TODAY)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=300)
    pages = PdfReader(tmp_path / "plan.pdf").pages
    assert len(pages) >= 2
    for page in pages:
        assert page.mediabox.width > page.mediabox.height  # landscape
        text = page.extract_text()
        # Every page has the first and the last columns (one page wide) and the header row.
        assert "Responsabile" in text and "In ritardo" in text and "Chiusa" in text
    assert f"2 / {len(pages)}" in pages[1].extract_text()  # the footer's page / pages
