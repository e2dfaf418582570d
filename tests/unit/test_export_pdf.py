"""The PDF report and the per-owner PDFs: content, order, literal text, fonts, size limits."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from cxworkshop.export import UnownedActionsError, load, write_pdf, write_per_owner
from cxworkshop.export.glyphs import REPLACEMENT
from tests.unit.test_export_data import HOSTILE, TODAY, UNICODE, make_workshop


def _text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def _squash(text: str) -> str:
    # Wrapping puts line breaks anywhere in a long word; compare without whitespace.
    return "".join(text.split())


@pytest.fixture(scope="module")
def italian(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], object]:
    folder = tmp_path_factory.mktemp("it")
    source = make_workshop(folder / "it.cxw", cards=90, actions=20, hostile=True)
    out = folder / "it.pdf"
    result = write_pdf(load(source, today=TODAY), out)
    return out, _text(out), result


def test_italian_report_has_every_section_in_order(italian) -> None:
    _, pages, _ = italian
    whole = "\n".join(pages)
    headings = ["Workshop sul percorso del cliente", "Situazione attuale", "Curva delle emozioni",
                "Criticità per numero di voti", "Opportunità per numero di voti",
                "Piano d'azione", "Avanzamento dall'incontro precedente"]
    positions = [whole.index(heading) for heading in headings]
    assert positions == sorted(positions)
    assert "Caffè Aurora S.r.l." in pages[0] and "Bergamo" in pages[0]
    assert "Elena Conti" in pages[0] and "23 novembre 2026" in pages[0]
    assert f"Pagina 2 di {len(pages)}" in pages[1]
    assert "Pagina 1" not in pages[0]  # the cover carries no footer
    assert "23/11/2026" in whole or "in ritardo" in whole
    assert "Giulia Bianchi" in whole and "Marco Rossi" in whole


def test_hostile_text_prints_literally(italian) -> None:
    _, pages, _ = italian
    squashed = _squash("\n".join(pages))
    for sample in HOSTILE + UNICODE:
        assert _squash(sample) in squashed, sample


def test_missing_glyphs_are_replaced_visibly_and_reported(italian) -> None:
    _, pages, result = italian
    assert REPLACEMENT in "\n".join(pages)
    assert "👍" in result.glyphs.missing
    assert result.warnings("it") and "U+1F44D" in result.warnings("it")[0]


def test_english_report(tmp_path: Path) -> None:
    source = make_workshop(tmp_path / "en.cxw", lang="en", cards=40, actions=8)
    out = tmp_path / "en.pdf"
    write_pdf(source, out, today=TODAY)
    pages = _text(out)
    whole = "\n".join(pages)
    for heading in ["Customer journey workshop", "Emotion curve", "Pain points by votes",
                    "Action plan", "Progress since the previous meeting"]:
        assert heading in whole
    assert f"Page 2 of {len(pages)}" in pages[1] and "23 November 2026" in pages[0]


def test_per_owner_files_hold_only_their_actions(tmp_path: Path) -> None:
    source = make_workshop(tmp_path / "w.cxw", cards=30, actions=15)
    data = load(source, today=TODAY)
    result = write_per_owner(data, tmp_path / "owners")
    names = sorted(path.name for path in result.files)
    assert names == sorted(f"{owner.name}.pdf" for owner in data.owners())
    for owner in data.owners():
        text = _squash("\n".join(_text(tmp_path / "owners" / f"{owner.name}.pdf")))
        mine = {action.title for action in data.actions_of(owner.id)}
        others = {action.title for action in data.actions} - mine
        assert all(_squash(title) in text for title in mine)
        assert not any(_squash(title) + "\n" in text for title in others)
        assert not any(f"Azione{title.split(':')[0].split()[-1]}:" in text
                       for title in others if title.startswith("Azione"))


def test_unowned_actions_refuse_the_export(tmp_path: Path) -> None:
    source = make_workshop(tmp_path / "w.cxw", cards=10, actions=4, unowned=2)
    with pytest.raises(UnownedActionsError) as refused:
        write_pdf(source, tmp_path / "out.pdf")
    assert len(refused.value.actions) == 2
    assert not (tmp_path / "out.pdf").exists()


def test_huge_cell_and_500_actions_lay_out(tmp_path: Path) -> None:
    source = make_workshop(tmp_path / "big.cxw", cards=40, actions=500)
    data = load(source, today=TODAY)
    data.actions[0].detail = ("parola " * 2800)[:20000]  # a 20,000-character cell
    data.actions[1].title = "x" * 3000  # one enormous word
    out = tmp_path / "big.pdf"
    write_pdf(data, out)
    pages = _text(out)
    start = next(i for i, page in enumerate(pages) if "Piano d'azione" in page)
    end = next(i for i, page in enumerate(pages) if "Avanzamento dall'incontro" in page)
    plan = pages[start:end]
    assert len(plan) > 10
    assert _squash("parola " * 50) in _squash("".join(plan))
    # The header row is repeated on every page the plan's tables run onto.
    assert all("Priorità" in page for page in plan)


def test_large_board_page_count_is_sane(tmp_path: Path) -> None:
    source = make_workshop(tmp_path / "board.cxw", cards=2000, actions=300)
    out = tmp_path / "board.pdf"
    write_pdf(source, out, today=TODAY)
    count = len(PdfReader(out).pages)
    assert 10 < count < 160


def test_progress_is_reported(tmp_path: Path) -> None:
    source = make_workshop(tmp_path / "w.cxw", cards=20, actions=5)
    calls: list[tuple[int, int]] = []
    write_pdf(source, tmp_path / "w.pdf", progress=lambda done, total: calls.append((done, total)))
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1]
    assert all(done <= total for done, total in calls)
