"""Exports of a workshop with a current and a future map: the PDF shows each map and a
"Current vs future" chart with both curves; the CSV and XLSX name the map of each action."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from cxworkshop.document import WorkshopDocument
from cxworkshop.export import load, write_csv, write_pdf, write_xlsx
from cxworkshop.model.records import Card, Participant, Stage


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def two_maps(demo_file: Path) -> tuple[Path, int]:
    doc = WorkshopDocument.open(demo_file)
    doc.set_workshop(language="en")
    current = doc.maps()[0]
    doc.rename_map(current.id, "Today at Acme")
    future = doc.duplicate_map_as_future(current.id, "Tomorrow at Acme")
    for stage in doc.rows(Stage, map_id=future):
        for card in doc.rows(Card, stage_id=stage.id):
            if card.kind == "emotion":
                doc.set_card(card.id, emotion=2)
    owner = doc.rows(Participant)[0]
    first_future_stage = doc.rows(Stage, map_id=future)[0]
    doc.add_action("Redesign the welcome call", owner_id=owner.id, stage_id=first_future_stage.id)
    doc.close()
    return demo_file, future


def test_pdf_has_each_map_and_the_comparison_chart(two_maps, tmp_path: Path) -> None:
    source, _future = two_maps
    out = tmp_path / "report.pdf"
    write_pdf(load(source), out, lang="en", allow_unowned=True)
    pages = [_squash(page.extract_text() or "") for page in PdfReader(out).pages]
    maps_pages = [p for p in pages if "TodayatAcme" in p and "Currentvsfuture" not in p]
    future_pages = [p for p in pages if "TomorrowatAcme" in p and "Currentvsfuture" not in p]
    assert maps_pages and future_pages, "a section for each map"
    # Each map's pages are titled with its name and kind, its emotion curve on them.
    for title in ("TodayatAcme—Currentstate", "TomorrowatAcme—Futurestate"):
        assert any(title in p and "Emotioncurve" in p for p in pages), title
    [compare] = [p for p in pages if "Currentvsfuture" in p]
    # Both curves are named in the legend, with their kind.
    assert "TodayatAcme(Currentstate)" in compare
    assert "TomorrowatAcme(Futurestate)" in compare
    assert "+2.0" in compare  # the future's better scores are printed under the stages


def test_italian_comparison_page(two_maps, tmp_path: Path) -> None:
    source, _future = two_maps
    out = tmp_path / "report-it.pdf"
    write_pdf(load(source), out, lang="it", allow_unowned=True)
    pages = [_squash(page.extract_text() or "") for page in PdfReader(out).pages]
    assert any("Attualeefuturoaconfronto" in p for p in pages)


def test_tables_name_the_map_of_each_action(two_maps, tmp_path: Path) -> None:
    source, _future = two_maps
    out = tmp_path / "plan.csv"
    write_csv(load(source), out, lang="en", allow_unowned=True)
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    row = next(r for r in rows if r["Action"] == "Redesign the welcome call")
    assert row["Journey map"] == "Tomorrow at Acme"
    xlsx = tmp_path / "plan.xlsx"
    write_xlsx(load(source), xlsx, lang="en", allow_unowned=True)
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx).active
    header = [c.value for c in sheet[1]]
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    line = next(v for v in values if v[header.index("Action")] == "Redesign the welcome call")
    assert line[header.index("Journey map")] == "Tomorrow at Acme"
