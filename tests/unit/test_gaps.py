"""Gap checks (issue 17): each check finds its gap on a crafted workshop and stays quiet when the
gap is closed; `cxworkshop check` prints the counts (exit code unchanged), translated."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from cxworkshop.model.channel_register import ChannelKey
from cxworkshop.model.gaps import (
    GapInput,
    GapKind,
    actions_without_due_date,
    channels_without_owner,
    count_by_kind,
    find_gaps,
    handoffs_between_departments,
    moments_without_owner,
    pain_points_without_action,
    touchpoints_without_procedure,
)
from cxworkshop.model.records import ActionItem, Card, ChannelOwner, Participant, Stage

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def card(card_id: int, kind: str, channel: str | None = None, stage_id: int = 1, text: str = "") -> Card:
    return Card(card_id, stage_id, 1, card_id, kind, text or f"card {card_id}", None, channel, None, None)


def action(action_id: int, card_id: int | None = None, owner_id: int | None = None,
           due_on: date | None = date(2027, 1, 1), status: str = "open") -> ActionItem:
    return ActionItem(action_id, f"action {action_id}", "", owner_id, due_on, "medium", None, None,
                      status, card_id, None, None, None, NOW)


def register(row_id: int, channel: str | None, owner_id: int | None = None, procedure: str = "",
             name: str = "") -> ChannelOwner:
    return ChannelOwner(row_id, channel, name, owner_id, None, "", procedure, "", "")


def person(person_id: int, name: str, department: str = "", is_department: bool = False) -> Participant:
    return Participant(person_id, name, "", department, "", is_department, False)


STAGES = [Stage(1, 1, 0, "Order", 260.0), Stage(2, 1, 1, "Support", 260.0)]


# --- one positive and one negative case per check ------------------------------------------

def test_a_channel_without_an_owner():
    cards = [card(1, "touchpoint", "email"), card(2, "touchpoint", "phone")]
    rows = [register(1, "phone", owner_id=7), register(2, None, name="PEC")]
    gaps = channels_without_owner(cards, rows)
    # email (on a card, no row yet) and PEC (by hand, no owner); phone has one.
    assert [(g.channel, g.subject) for g in gaps] == [
        (ChannelKey(channel="email"), ""), (ChannelKey(register_id=2), "PEC")]
    owned = [register(1, "phone", 7), register(2, None, 7, name="PEC"), register(3, "email", 7)]
    assert channels_without_owner(cards, owned) == []


def test_a_touchpoint_whose_channel_has_no_procedure():
    cards = [card(1, "touchpoint", "email", text="Complaint e-mail"), card(2, "touchpoint", "phone"),
             card(3, "touchpoint"), card(4, "pain_point", "email")]
    rows = [register(1, "phone", procedure="Answer in three rings"), register(2, "email", procedure="  ")]
    gaps = touchpoints_without_procedure(cards, rows)
    # Only the e-mail touchpoint: a blank procedure is none; no channel, or not a touchpoint: not counted.
    assert [(g.card_ids, g.subject) for g in gaps] == [((1,), "Complaint e-mail")]
    rows[1] = register(2, "email", procedure="Reply within 24 hours")
    assert touchpoints_without_procedure(cards, rows) == []


def test_a_pain_point_without_an_action():
    cards = [card(1, "pain_point"), card(2, "pain_point"), card(3, "opportunity")]
    gaps = pain_points_without_action(cards, [action(1, card_id=1)])
    assert [g.card_ids for g in gaps] == [(2,)]
    assert pain_points_without_action(cards, [action(1, card_id=1), action(2, card_id=2, status="dropped")]) == []


def test_an_open_action_without_a_due_date():
    actions = [action(1, due_on=None), action(2, due_on=None, status="in_progress"),
               action(3, due_on=None, status="done"), action(4, due_on=None, status="dropped"), action(5)]
    assert [g.action_id for g in actions_without_due_date(actions)] == [1, 2]
    assert actions_without_due_date([action(3, due_on=None, status="done"), action(5)]) == []


def test_a_moment_of_truth_without_an_owner():
    cards = [card(1, "moment_of_truth"), card(2, "moment_of_truth"), card(3, "pain_point")]
    # Card 1 has an action but nobody owns it: still a gap. Card 2 has none at all.
    gaps = moments_without_owner(cards, [action(1, card_id=1)])
    assert [g.card_ids for g in gaps] == [(1,), (2,)]
    owned = [action(1, card_id=1), action(2, card_id=1, owner_id=5), action(3, card_id=2, owner_id=6)]
    assert moments_without_owner(cards, owned) == []


def test_a_hand_off_between_departments_inside_one_stage():
    people = [person(1, "Laura", "Sales"), person(2, "Paolo", "Customer care"),
              person(3, "Customer Care ", is_department=True), person(4, "Nobody in particular")]
    rows = [register(1, "phone", 1), register(2, "email", 2), register(3, "chat", 3),
            register(4, "website", 4)]
    cards = [card(1, "touchpoint", "phone", stage_id=1), card(2, "backstage", "email", stage_id=1),
             card(3, "touchpoint", "email", stage_id=2), card(4, "touchpoint", "chat", stage_id=2),
             card(5, "touchpoint", "website", stage_id=2), card(6, "pain_point", "phone", stage_id=2)]
    gaps = handoffs_between_departments(cards, STAGES, rows, people)
    # Stage 1: Sales (phone) then Customer care (e-mail, backstage). Stage 2: "Customer care" and
    # the department "Customer Care " are one department; the owner with none is left out, and
    # a pain point is neither a touchpoint nor backstage.
    assert [(g.stage_id, g.subject, g.departments, g.card_ids) for g in gaps] == [
        (1, "Order", ("Customer care", "Sales"), (1, 2))]
    one_department = [register(1, "phone", 2), register(2, "email", 2)]
    assert handoffs_between_departments(cards, STAGES, one_department, people) == []


def test_find_gaps_groups_them_by_kind_and_counts_every_kind():
    data = GapInput(cards=[card(1, "pain_point"), card(2, "touchpoint", "email")], stages=STAGES,
                    actions=[action(1, due_on=None)], register=[], participants=[])
    gaps = find_gaps(data)
    assert [g.kind for g in gaps] == [GapKind.CHANNEL_WITHOUT_OWNER, GapKind.TOUCHPOINT_WITHOUT_PROCEDURE,
                                      GapKind.PAIN_POINT_WITHOUT_ACTION, GapKind.ACTION_WITHOUT_DUE_DATE]
    counts = count_by_kind(gaps)
    assert list(counts) == list(GapKind)
    assert counts[GapKind.MOMENT_WITHOUT_OWNER] == 0 and counts[GapKind.CHANNEL_WITHOUT_OWNER] == 1


# --- the demo and `cxworkshop check` -------------------------------------------------------

def test_the_demo_register_leaves_two_channels_without_an_owner(demo_file: Path):
    from cxworkshop.document import WorkshopDocument
    from cxworkshop.model.gaps import read_input

    doc = WorkshopDocument.open(demo_file, read_only=True)
    try:
        lines = doc.register_lines()
        gaps = find_gaps(read_input(doc))
    finally:
        doc.close()
    assert len(lines) >= 8 and all(line.row is not None for line in lines)
    assert sum(1 for line in lines if line.owner_id is None) == 2
    assert all(line.procedure for line in lines if line.owner_id is not None)
    counts = count_by_kind(gaps)
    assert counts[GapKind.CHANNEL_WITHOUT_OWNER] == 2
    assert counts[GapKind.HANDOFF_BETWEEN_DEPARTMENTS] >= 1


@pytest.mark.parametrize("lang", ["en", "it"])
def test_check_prints_the_gap_counts_translated_and_exits_zero(demo_file: Path, capsys, monkeypatch, lang):
    from cxworkshop.cli import main

    monkeypatch.setenv("CXWORKSHOP_LANG", lang)
    assert main(["check", str(demo_file)]) == 0
    out = capsys.readouterr().out
    if lang == "en":
        assert "Gaps (advice, the file is fine):" in out
        assert "2 channels without an owner" in out
        assert "stage with a hand-off between departments" in out or "stages with a hand-off" in out
    else:
        assert "Lacune (consigli, il file è in ordine):" in out
        assert "2 canali senza responsabile" in out
        assert "senza responsabile" in out and "channels without" not in out


def test_check_says_when_there_are_no_gaps(tmp_path: Path, capsys):
    from cxworkshop.cli import main
    from cxworkshop.document import new_workshop

    path = new_workshop(tmp_path / "empty.cxw", template="sme", lang="en", title="Empty")
    assert main(["check", str(path)]) == 0
    assert "Gaps: none" in capsys.readouterr().out


# --- the PDF: the register page and the gaps --------------------------------------------------

def _pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def test_the_report_prints_the_register_and_the_gaps(tmp_path: Path):
    from cxworkshop.document import WorkshopDocument, new_demo
    from cxworkshop.export import write_pdf

    demo_file = new_demo(tmp_path / "demo-en.cxw", lang="en")
    # A channel added by hand whose name would be markup if it were not escaped.
    doc = WorkshopDocument.open(demo_file)
    try:
        doc.add_channel("Fax <b>& co")
    finally:
        doc.close()
    out = tmp_path / "report.pdf"
    write_pdf(demo_file, out, lang="en")
    pages = _pages(out)
    register = [n for n, text in enumerate(pages) if "Channel ownership register" in text]
    assert register, "a page holds the register"
    text = " ".join(pages[register[0]:register[0] + 3])
    for words in ("Channel Owner Competences Scope Procedure Response time", "Paolo Conti",
                  "Deputy: Marco Rinaldi", "Without an owner", "Google reviews", "Fax <b>& co",
                  "Every complaint email is answered within 24 hours",
                  "Gaps", "3 channels without an owner", "7 moments of truth without an owner",
                  "Hand-offs between departments inside one stage"):
        assert words in text, words
    # The hand-off lists the departments of the stage (Communication and Customer care own
    # the website and the phone of the "Contact" stage).
    assert "Communication → Customer care" in text


def test_the_italian_report_names_the_register_in_italian(demo_file: Path, tmp_path: Path):
    from cxworkshop.export import write_pdf

    out = tmp_path / "report.pdf"
    write_pdf(demo_file, out, lang="it")
    text = " ".join(_pages(out))
    for words in ("Registro dei canali", "Responsabile", "Sostituto:", "Procedura", "Lacune",
                  "2 canali senza responsabile", "Passaggi tra reparti dentro una stessa fase"):
        assert words in text, words
    assert "Channel ownership register" not in text and "without an owner" not in text


def test_check_finds_the_gaps_of_an_older_file_without_changing_it(tmp_path: Path, capsys):
    import shutil

    from cxworkshop.cli import main
    from tests.conftest import sha256

    path = tmp_path / "old.cxw"
    shutil.copyfile(Path(__file__).parents[1] / "fixtures" / "workshop_v1.cxw", path)
    before = sha256(path)
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Needs upgrade on open: yes" in out and "1 channel without an owner" in out
    assert sha256(path) == before
