"""The value/effort matrix and the roadmap (issue 17, point 3): placement per quadrant, roadmap
grouping, carried-over counts, and both PDF pages read back with pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from reportlab.platypus import NextPageTemplate

from cxworkshop.demo_content import ACTIONS, RATINGS
from cxworkshop.export.api import write_pdf
from cxworkshop.export.context import ExportContext
from cxworkshop.export.data import load_workshop
from cxworkshop.export.pdf_doc import PORTRAIT, Decor, ReportDoc
from cxworkshop.export.pdf_matrix import matrix_pages
from cxworkshop.model.matrix import (
    PlanItem,
    Quadrant,
    by_quadrant,
    carried_over,
    quadrant,
    roadmap,
    unrated,
)
from cxworkshop.model.records import StatusChange

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")


@pytest.mark.parametrize(("impact", "effort", "expected"), [
    (5, 1, Quadrant.QUICK_WIN), (3, 2, Quadrant.QUICK_WIN), (3, 3, Quadrant.BIG_BET),
    (5, 5, Quadrant.BIG_BET), (2, 2, Quadrant.FILL_IN), (1, 1, Quadrant.FILL_IN),
    (2, 3, Quadrant.MONEY_PIT), (1, 5, Quadrant.MONEY_PIT), (None, 3, None), (4, None, None)])
def test_quadrant_of_each_rating(impact: int | None, effort: int | None,
                                 expected: Quadrant | None) -> None:
    assert quadrant(impact, effort) is expected


def _item(number: int, owner: str = "", due: date | None = None, status: str = "open",
          impact: int | None = 3, effort: int | None = 3) -> PlanItem:
    return PlanItem(number, f"Action {number}", number if owner else None, owner, due, status,
                    impact, effort)


def test_quadrants_and_unrated() -> None:
    items = [_item(1, impact=5, effort=1), _item(2, impact=4, effort=5), _item(3, impact=1, effort=1),
             _item(4, impact=2, effort=4), _item(5, impact=None), _item(6, impact=4, effort=2)]
    groups = by_quadrant(items)
    assert [i.id for i in groups[Quadrant.QUICK_WIN]] == [1, 6]  # highest impact first
    assert [i.id for i in groups[Quadrant.BIG_BET]] == [2]
    assert [i.id for i in groups[Quadrant.FILL_IN]] == [3]
    assert [i.id for i in groups[Quadrant.MONEY_PIT]] == [4]
    assert [i.id for i in unrated(items)] == [5]


def test_roadmap_rows_are_owners_and_columns_months() -> None:
    items = [_item(1, "Bruno", date(2026, 12, 3)), _item(2, "Anna", date(2027, 2, 10)),
             _item(3, "Anna", date(2026, 11, 28)), _item(4, "", date(2026, 12, 20)),
             _item(5, "Anna", None), _item(6, "Bruno", date(2026, 10, 1), status="done")]
    plan = roadmap(items)
    # From the earliest *open* due date (the done action of October does not count).
    assert plan.months == [date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1), date(2027, 2, 1)]
    assert [owner for owner, _ in plan.rows] == ["Anna", "Bruno", ""]  # nobody last
    anna = dict(plan.rows)["Anna"]
    assert [[i.id for i in column] for column in anna] == [[3], [], [], [2]]
    assert [[i.id for i in column] for column in dict(plan.rows)[""]] == [[], [4], [], []]
    assert [i.id for i in plan.undated] == [5]
    capped = roadmap([_item(1, "A", date(2026, 1, 5)), _item(2, "A", date(2028, 1, 5))],
                     max_months=12)
    assert len(capped.months) == 12 and [i.id for i in capped.rows[0][1][-1]] == [2]
    assert roadmap([_item(1, "A", None)]).is_empty


def _step(action_id: int, old: date | None, new: date | None) -> StatusChange:
    return StatusChange(0, action_id, None, "open", "open", old, new, "", datetime.now(UTC))


def test_carried_over_counts_moves_of_a_due_date() -> None:
    steps = [_step(1, date(2026, 1, 1), date(2026, 2, 1)), _step(1, date(2026, 2, 1), date(2026, 3, 1)),
             _step(1, date(2026, 3, 1), date(2026, 3, 1)),  # a status change alone
             _step(2, None, date(2026, 5, 1))]  # a first date is not a move
    assert carried_over(steps) == {1: 2}


def _pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    """The text in drawing order (-raw): each quadrant's chips follow its heading."""
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    result = subprocess.run(["pdftotext", "-raw", *pages, str(path), "-"], capture_output=True,
                            text=True, check=True)
    return " ".join(result.stdout.split())


def _render_pages(data, out: Path, lang: str = "en") -> Path:
    ctx = ExportContext.of(data, lang)
    decor = Decor("header", "date", "footer", ctx.page_label, has_cover=False)
    doc = ReportDoc(str(out), decor, "matrix", "test", first=PORTRAIT)
    doc.render([NextPageTemplate(PORTRAIT), *matrix_pages(ctx)])
    return out


@needs_pdftotext
def test_matrix_page_places_the_demo_in_its_quadrants(demo_file: Path, tmp_path: Path) -> None:
    data = load_workshop(demo_file)
    out = _render_pages(data, tmp_path / "matrix.pdf")
    matrix = _pdf_text(out, 2, 2)  # page 1 is the portrait page the story starts on
    expected = {q: sum(1 for r in RATINGS if quadrant(*r) is q) for q in Quadrant}
    assert "Value and effort" in matrix
    headings = [(q, f"{name} ({expected[q]})") for name, q in (
        ("Quick wins", Quadrant.QUICK_WIN), ("Big bets", Quadrant.BIG_BET),
        ("Fill-ins", Quadrant.FILL_IN), ("Money pits", Quadrant.MONEY_PIT))]
    starts = [matrix.index(heading) for _, heading in headings]  # drawn in this order
    assert starts == sorted(starts)
    bounds = {q: (start, end) for (q, _), start, end in
              zip(headings, starts, [*starts[1:], len(matrix)], strict=True)}
    language = 0 if data.language == "it" else 1
    for (titles, *_rest), (impact, effort) in zip(ACTIONS, RATINGS, strict=True):
        chip = f"{impact}/{effort} {titles[language]}"
        low, high = bounds[quadrant(impact, effort)]
        assert low < matrix.index(chip) < high, chip  # in its own quadrant's box
    assert "Not yet rated" not in matrix
    roadmap_page = _pdf_text(out, 3, 3)
    assert "Roadmap" in roadmap_page and "Paolo Conti" in roadmap_page
    assert ACTIONS[0][0][language] in roadmap_page


@needs_pdftotext
def test_unrated_and_overdue_are_marked(demo_file: Path, tmp_path: Path) -> None:
    data = load_workshop(demo_file)
    first = data.actions[0]
    data.actions[0] = replace(first, impact=None)
    later = replace(data, today=date(2099, 1, 1))  # every open action is overdue by then
    out = _render_pages(later, tmp_path / "matrix.pdf", lang="it")
    text = _pdf_text(out)
    assert "Non ancora valutata (1):" in text and first.title in text
    assert "Vittorie rapide" in text and "Tabella di marcia" in text
    assert "⚠" in _pdf_text(out, 3, 3)


@needs_pdftotext
def test_the_report_has_the_matrix_and_the_roadmap(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    write_pdf(demo_file, out, lang="en")
    text = _pdf_text(out)
    assert "Value and effort" in text and "Quick wins (3)" in text
    assert "Roadmap" in text


def test_no_pages_without_actions(demo_file: Path) -> None:
    data = replace(load_workshop(demo_file), actions=[])
    assert matrix_pages(ExportContext.of(data, "en")) == []
    done = load_workshop(demo_file)
    done.actions = [replace(a, status="done") for a in done.actions]
    titles = [getattr(f, "text", "") for f in matrix_pages(ExportContext.of(done, "en"))]
    assert "Value and effort" in titles and "Roadmap" not in titles


def test_a_crowded_roadmap_cell_lists_twelve_and_counts_the_rest(tmp_path: Path) -> None:
    """200 actions: each owner-month cell lists at most 12 and says how many more there are."""
    from pypdf import PdfReader

    from cxworkshop.document import new_demo
    from cxworkshop.export import write_pdf

    source = new_demo(tmp_path / "many.cxw", "en", cards=60, actions=200)
    out = tmp_path / "report.pdf"
    write_pdf(source, out, lang="en", allow_unowned=True)
    pages = [page.extract_text() or "" for page in PdfReader(out).pages]
    roadmap = [text for text in pages if "Open actions by owner and month" in text
               or ("Roadmap" in text and "more" in text)]
    assert roadmap and any("more" in text for text in roadmap)
    assert len(roadmap) <= 2  # an overview, not one row per action over pages
