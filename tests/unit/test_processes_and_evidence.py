"""Issue 18: the journey against the internal processes, evidence on cards, the new templates."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cxworkshop.document import EditRejected, WorkshopDocument, new_workshop
from cxworkshop.export.api import load, write_pdf
from cxworkshop.model import CardKind, LaneKind, MapKind
from cxworkshop.model.process_gaps import process_gaps
from cxworkshop.model.records import Card, JourneyMap, Lane, Stage
from tests.conftest import sha256


def _on_disk(path: Path, sql: str, *params):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _blueprint(tmp_path: Path) -> tuple[WorkshopDocument, dict[str, int], dict[str, int]]:
    """A service blueprint with, per stage: both (ok), a touchpoint alone, a process alone, and a
    touchpoint whose process is a plain note in the support-processes lane."""
    path = new_workshop(tmp_path / "blueprint.cxw", template="blueprint", lang="en")
    doc = WorkshopDocument.open(path)
    stages = {stage.name: stage.id for stage in doc.rows(Stage)}
    lanes = {lane.kind: lane.id for lane in doc.rows(Lane)}
    return doc, stages, lanes


def test_gaps_are_counted_stage_by_stage(tmp_path: Path) -> None:
    doc, stages, lanes = _blueprint(tmp_path)
    try:
        touch, back, support = lanes[LaneKind.TOUCHPOINTS], lanes[LaneKind.BACKSTAGE], lanes[
            LaneKind.SUPPORT_PROCESSES]
        doc.add_card(stages["Discovery"], touch, "touchpoint", "Website")
        doc.add_card(stages["Discovery"], back, "backstage", "Agency runs the ads")
        lonely = doc.add_card(stages["Consideration"], touch, "touchpoint", "Contact form")
        unused = doc.add_card(stages["Purchase"], back, "backstage", "Contract archive")
        doc.add_card(stages["Onboarding"], touch, "touchpoint", "Welcome call")
        doc.add_card(stages["Onboarding"], support, "note", "Call scripts kept by HR")
        gaps = process_gaps(doc.rows(Stage), doc.rows(Lane), doc.rows(Card))
        assert [card.id for card in gaps.unsupported] == [lonely]
        assert [card.id for card in gaps.unused_processes] == [unused]
        by_stage = {found.stage.name: found for found in gaps.stages}
        assert by_stage["Discovery"].empty and by_stage["Onboarding"].empty
        assert gaps.card_ids() == {lonely, unused}
    finally:
        doc.close()


def test_a_touchpoint_card_in_a_backstage_lane_is_a_process(tmp_path: Path) -> None:
    doc, stages, lanes = _blueprint(tmp_path)
    try:
        card = doc.add_card(stages["Use"], lanes[LaneKind.BACKSTAGE], "touchpoint", "Stock system")
        gaps = process_gaps(doc.rows(Stage), doc.rows(Lane), doc.rows(Card))
        assert [c.id for c in gaps.unused_processes] == [card] and not gaps.unsupported
    finally:
        doc.close()


def test_check_counts_the_gaps_per_map(demo_file: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "cxworkshop.cli", "check", str(demo_file)],
                         capture_output=True, text=True, env={**os.environ, "CXWORKSHOP_LANG": "en"},
                         timeout=120)
    assert out.returncode == 0, out.stderr
    lines = [line for line in out.stdout.splitlines() if line.startswith(("Journey vs", "Percorso e"))]
    assert len(lines) == 2, out.stdout  # the demo's current and future maps
    assert "0 touchpoint" in lines[0] and "1 touchpoint" in lines[1], lines
    assert "1 " in lines[1].split(";")[1], lines


def test_evidence_is_one_undoable_durable_step(demo_file: Path) -> None:
    doc = WorkshopDocument.open(demo_file)
    try:
        cards = [c.id for c in doc.rows(Card)[:3]]
        before = _on_disk(demo_file, "SELECT id, evidence, evidence_source FROM card WHERE id IN (?, ?, ?)",
                          *cards)
        doc.set_card_evidence(cards, "observed", "complaint_log")
        assert {row[1:] for row in _on_disk(demo_file, "SELECT id, evidence, evidence_source FROM card "
                                            "WHERE id IN (?, ?, ?)", *cards)} == {("observed", "complaint_log")}
        doc.set_card_evidence(cards[:1], "assumed", "survey")  # a source belongs to observations only
        assert _on_disk(demo_file, "SELECT evidence, evidence_source FROM card WHERE id = ?",
                        cards[0]) == [("assumed", None)]
        doc.undo_stack.undo()
        doc.undo_stack.undo()
        assert _on_disk(demo_file, "SELECT id, evidence, evidence_source FROM card WHERE id IN (?, ?, ?)",
                        *cards) == before
    finally:
        doc.close()


def test_bad_evidence_is_refused_and_changes_nothing(demo_file: Path) -> None:
    doc = WorkshopDocument.open(demo_file)
    try:
        card = doc.rows(Card)[0].id
        digest = sha256(demo_file)
        for evidence, source in (("rumour", None), ("observed", "tarot")):
            with pytest.raises(EditRejected):
                doc.set_card_evidence([card], evidence, source)
        assert sha256(demo_file) == digest
    finally:
        doc.close()


def test_evidence_survives_copy_and_the_exports(demo_file: Path, tmp_path: Path) -> None:
    data = load(demo_file)
    assumed = [card for journey in data.maps for card in journey.cards if card.evidence == "assumed"]
    observed = [card for journey in data.maps for card in journey.cards if card.evidence == "observed"]
    assert len(assumed) == 3 and len(observed) == 4
    assert {card.evidence_source for card in observed} == {"complaint_log", "interview", "survey", "review"}
    pdf = tmp_path / "report.pdf"
    write_pdf(demo_file, pdf, lang="en")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    section = text[text.index("Assumptions to verify\n"):]
    for card in assumed:
        assert card.text.split()[0] in section
    assert "3 cards are the room's belief" in section
    assert "4 cards are marked as observed" in section
    section = text[text.index("Journey and internal processes"):]
    future = process_gaps(data.maps[1].stages, data.maps[1].lanes, data.maps[1].cards)
    assert len(future.unsupported) == len(future.unused_processes) == 1
    for card in future.unsupported + future.unused_processes:
        assert " ".join(card.text.split()[:3]) in " ".join(section.split())


def test_the_pdf_says_so_in_italian(demo_file: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    write_pdf(demo_file, pdf, lang="it")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Ipotesi da verificare" in text and "Percorso del cliente e processi interni" in text
    assert "3 schede sono opinioni del gruppo" in text
    assert "1 punto di contatto senza un processo interno" in text


@pytest.mark.parametrize("lang", ["it", "en"])
def test_employee_and_future_templates(tmp_path: Path, lang: str) -> None:
    for template, kind, names in (
            ("employee", MapKind.CURRENT, {"it": "Processi HR e di supporto", "en": "HR and support processes"}),
            ("future", MapKind.FUTURE, {"it": "Processi interni necessari", "en": "Internal processes needed"})):
        path = new_workshop(tmp_path / f"{template}-{lang}.cxw", template=template, lang=lang)
        doc = WorkshopDocument.open(path, read_only=True)
        try:
            maps = doc.rows(JourneyMap)
            assert [journey.kind for journey in maps] == [kind.value]
            lanes = [lane.name for lane in doc.rows(Lane)]
            assert names[lang] in lanes
            assert len(doc.rows(Stage)) >= 6
        finally:
            doc.close()


def test_the_demo_has_a_better_future(demo_file: Path) -> None:
    data = load(demo_file)
    current, future = data.maps
    assert (current.kind, future.kind) == ("current", "future")

    def curve(journey) -> list[float]:
        scores: dict[int, list[int]] = {}
        for card in journey.cards:
            if card.kind == CardKind.EMOTION and card.emotion is not None:
                scores.setdefault(card.stage_id, []).append(card.emotion)
        return [sum(scores[s.id]) / len(scores[s.id]) for s in journey.stages if s.id in scores]

    today, tomorrow = curve(current), curve(future)
    assert len(today) == len(tomorrow) == 7
    assert all(b >= a for a, b in zip(today, tomorrow, strict=True)) and sum(tomorrow) > sum(today)
