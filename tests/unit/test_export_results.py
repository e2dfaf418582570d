"""The report's "Results" section (issue 17): per measure baseline → latest → target, a small
trend chart, and the completed actions linked to it; in English and Italian."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Line, PolyLine

from cxworkshop.document import WorkshopDocument, new_workshop
from cxworkshop.export import load, write_pdf
from cxworkshop.export.context import ExportContext
from cxworkshop.export.pdf_results import results_story, series_of, trend_drawing
from cxworkshop.model.records import ActionItem, Measure, Meeting

TODAY = date.today()


def _pages(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


@pytest.fixture
def demo_done(demo_file: Path) -> Path:
    """The demo with one action linked to its first measure completed at the kick-off."""
    doc = WorkshopDocument.open(demo_file)
    try:
        measure = doc.rows(Measure)[0]
        linked = doc.rows(ActionItem)[0]  # the demo links the first action to the first measure
        meeting = max(doc.rows(Meeting), key=lambda m: m.number).id  # the kick-off
        doc.set_action_status(linked.id, "done", meeting, "Owner named")
        assert measure.name
    finally:
        doc.close()
    return demo_file


def test_results_section_in_the_report(demo_done: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    write_pdf(demo_done, out, lang="en", allow_unowned=True)
    pages = _pages(out)
    found = [i for i, text in enumerate(pages) if "What moved in the numbers" in text]
    assert found, "the Results section is in the report"
    text = " ".join(pages[found[0]:found[0] + 3])
    # The demo's four measures (Italian names: the demo is in Italian), baseline → latest → target.
    for name in ("NPS assistenza", "Reclami al numero verde", "Tempo di richiamata dei contatti",
                 "Abbandono al rinnovo"):
        assert name in text
    assert "Baseline 12 → latest 26 → target 35 (points)" in text
    assert "Baseline 120 → latest 30 → target 24 (hours)" in text
    assert "Baseline 18 → latest 14.5 → target 10 (%)" in text
    data = load(demo_done)
    done = next(a for a in data.actions if a.status == "done")
    assert "1 completed action linked to it:" in text and done.title in text
    assert "completed in meeting 2" in text
    assert "No linked action is completed yet." in text  # the other measures
    # The outline names the section.
    reader = PdfReader(out)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Results" in titles


def test_results_section_in_italian(demo_done: Path, tmp_path: Path) -> None:
    out = tmp_path / "rapporto.pdf"
    write_pdf(demo_done, out, lang="it", allow_unowned=True)
    text = " ".join(_pages(out))
    assert "Che cosa si è mosso nei numeri" in text
    assert "Partenza 12 → ultimo valore 26 → obiettivo 35 (punti)" in text
    assert "Partenza 18 → ultimo valore 14,5 → obiettivo 10 (%)" in text
    assert "1 azione completata collegata:" in text


def test_no_measure_no_section(tmp_path: Path) -> None:
    path = new_workshop(tmp_path / "plain.cxw", "sme", "en")
    ctx = ExportContext.of(load(path), "en")
    assert results_story(ctx, 500) == []


def test_the_chart_draws_each_value_and_both_dashed_lines(demo_file: Path) -> None:
    ctx = ExportContext.of(load(demo_file), "en")
    first = series_of(ctx)[0]
    drawing = trend_drawing(ctx, first, 400)
    lines = [shape for shape in drawing.contents if isinstance(shape, PolyLine)]
    assert len(lines) == 1 and len(lines[0].points) == 2 * len(first.points) == 6
    xs, ys = lines[0].points[0::2], lines[0].points[1::2]
    assert xs == sorted(xs) and ys[0] < ys[1] < ys[2]  # by date, and rising (14, 19, 26)
    dashed = [s for s in drawing.contents if isinstance(s, Line) and s.strokeDashArray]
    assert len(dashed) == 2  # baseline and target


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils")
def test_results_page_renders(demo_done: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    write_pdf(demo_done, out, lang="en", allow_unowned=True)
    page = next(i for i, text in enumerate(_pages(out)) if "What moved in the numbers" in text) + 1
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", str(page), "-l", str(page), str(out),
                    str(tmp_path / "results")], check=True)
    assert list(tmp_path.glob("results*.png"))


def test_open_linked_actions_are_not_more_when_none_is_done(demo_file: Path, tmp_path: Path) -> None:
    """Without a completed action to list first, the open ones are not "more"."""
    out = tmp_path / "report.pdf"
    write_pdf(demo_file, out, lang="en", allow_unowned=True)
    text = " ".join(_pages(out))
    assert "No linked action is completed yet." in text
    assert "2 linked actions are still open." in text and "more linked actions" not in text
