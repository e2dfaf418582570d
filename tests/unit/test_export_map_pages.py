"""The map pages of the PDF report (issue 16): landscape pages of the report's paper, text 7 pt
or larger, the emotion curve on the map, big boards with an overview, no blank page, linked
continuations and outline entries, and each card's small print read right after its text."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from cxworkshop.editing.files import new_demo
from cxworkshop.export import load, write_pdf
from cxworkshop.export.context import ExportContext
from cxworkshop.export.data import CardInfo, WorkshopData
from cxworkshop.export.map_layout import MIN_FONT, plan_tiles
from cxworkshop.export.options import ReportOptions
from cxworkshop.export.pdf_doc import LANDSCAPE, frame_size
from cxworkshop.export.pdf_emotion import number, stage_averages
from cxworkshop.export.pdf_map import fit_layout
from tests.unit.test_export_data import TODAY, make_workshop

A4_LANDSCAPE, A3_LANDSCAPE, LETTER_LANDSCAPE = (842, 595), (1191, 842), (792, 612)


def _sizes(reader: PdfReader) -> list[tuple[int, int]]:
    return [(round(float(page.mediabox.width)), round(float(page.mediabox.height)))
            for page in reader.pages]


def _squash(text: str) -> str:
    return "".join(text.split())


def _pdftotext(path: Path, page: int) -> str:
    assert shutil.which("pdftotext"), "poppler-utils (pdftotext) is needed by these tests"
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
                          check=True, capture_output=True, text=True).stdout


def _font_sizes(page) -> list[tuple[float, str]]:
    """(printed size, text) of every piece of text on `page`, with its matrices applied."""
    found: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text.strip():
            return
        a, b, c, d = tm[:4]
        aa, bb, cc, dd = cm[:4]
        # The vertical axis of tm x cm: how tall a glyph of `size` is on the page.
        vertical = (c * aa + d * cc, c * bb + d * dd)
        found.append((size * math.hypot(*vertical), text))

    page.extract_text(visitor_text=visit)
    return found


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, WorkshopData, PdfReader]:
    folder = tmp_path_factory.mktemp("demo")
    source = new_demo(folder / "demo.cxw", "en")
    data = load(source, today=TODAY)
    out = folder / "demo.pdf"
    write_pdf(data, out)
    return out, data, PdfReader(out)


def _outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(level, title, page index) of every outline entry, in order."""
    flat: list[tuple[int, str, int]] = []

    def walk(items: list, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                flat.append((level, item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    return flat


def _map_pages(reader: PdfReader, data: WorkshopData) -> list[int]:
    """The pages of the first map: from its outline entry to the next entry at its level."""
    outline = _outline(reader)
    at = next(i for i, (level, title, _) in enumerate(outline)
              if level == 1 and title == data.maps[0].name)
    level, _, first = outline[at]
    end = next((page for depth, _, page in outline[at + 1:] if depth <= level),
               len(reader.pages))
    return list(range(first, end))


def test_demo_map_is_one_a4_landscape_page(demo) -> None:
    _, data, reader = demo
    sizes = _sizes(reader)
    assert set(sizes) == {(595, 842), A4_LANDSCAPE}  # no A3 page any more
    maps = _map_pages(reader, data)
    assert len(maps) == 1  # the demo map fits one page, curve included: no separate curve page
    text = reader.pages[maps[0]].extract_text()
    assert data.maps[0].name in text


def test_map_text_is_at_least_7_pt(demo) -> None:
    _, data, reader = demo
    page = reader.pages[_map_pages(reader, data)[0]]
    sizes = _font_sizes(page)
    assert len(sizes) > 100
    small = [(round(size, 2), text) for size, text in sizes if size < MIN_FONT - 0.01]
    assert not small
    # And the layout chose no smaller size for any map of a big board either.
    assert fit_layout(_ctx(demo[1]), demo[1].maps[0], frame_size(LANDSCAPE)).metrics.font >= 7


def _ctx(data: WorkshopData) -> ExportContext:
    return ExportContext.of(data)


def test_emotion_curve_is_drawn_on_the_map_page(demo) -> None:
    _, data, reader = demo
    journey = data.maps[0]
    text = reader.pages[_map_pages(reader, data)[0]].extract_text()
    labels = [number(value, "en") for value, _ in stage_averages(journey) if value is not None]
    assert len(labels) == len(journey.stages)
    # Every stage's average is written on the map page, in stage order.
    positions, start = [], 0
    for label in labels:
        start = text.index(label, start)
        positions.append(start)
        start += len(label)
    assert positions == sorted(positions)
    assert "Emotion curve" in text
    whole = "\n".join(page.extract_text() for page in reader.pages)
    assert "Emotion curve: " + journey.name not in whole  # the page of its own is gone


def _cards_with_meta(data: WorkshopData, ctx: ExportContext) -> list[tuple[CardInfo, str]]:
    return [(card, ctx.card_meta(card)) for card in data.maps[0].cards if ctx.card_meta(card)]


def test_each_cards_small_print_follows_its_text(demo) -> None:
    out, data, reader = demo
    page = _map_pages(reader, data)[0] + 1
    text = " ".join(_pdftotext(out, page).split())
    ctx = _ctx(data)
    checked = 0
    for card, meta in _cards_with_meta(data, ctx):
        body = " ".join(card.text.split())
        at = text.find(body)
        assert at >= 0, card.text
        after = _squash(text[at + len(body):])
        # The meta (emotion, channel, votes) comes next, before any other card's text.
        assert after.startswith(_squash(meta)), (card.text, meta, after[:60])
        checked += 1
    assert checked >= 25


def test_paper_option_sizes_the_map_pages(tmp_path: Path) -> None:
    source = new_demo(tmp_path / "demo.cxw", "en")
    data = load(source, today=TODAY)
    for paper, landscape in (("a3", A3_LANDSCAPE), ("letter", LETTER_LANDSCAPE)):
        out = tmp_path / f"{paper}.pdf"
        write_pdf(source, out, today=TODAY, options=ReportOptions(paper=paper))
        reader = PdfReader(out)
        sizes = _sizes(reader)
        maps = _map_pages(reader, data)
        assert len(maps) == 1 and sizes[maps[0]] == landscape
        assert all(size in (landscape, landscape[::-1]) for size in sizes)
        assert min(size for size, _ in _font_sizes(reader.pages[maps[0]])) >= MIN_FONT - 0.01
    # On A3 the same map gets larger text than on letter.
    a3 = fit_layout(_ctx(data), data.maps[0], frame_size(LANDSCAPE, "a3")).metrics.font
    letter = fit_layout(_ctx(data), data.maps[0], frame_size(LANDSCAPE, "letter")).metrics.font
    assert a3 > letter >= MIN_FONT


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, WorkshopData, PdfReader]:
    folder = tmp_path_factory.mktemp("board")
    source = new_demo(folder / "board.cxw", "it", cards=2000, actions=60)
    data = load(source, today=TODAY)
    out = folder / "board.pdf"
    write_pdf(data, out)
    return out, data, PdfReader(out)


def _tile_pages(reader: PdfReader) -> list[tuple[int, str]]:
    pages = [(index, page.extract_text()) for index, page in enumerate(reader.pages)
             if page.mediabox.width > page.mediabox.height]
    return [(index, text) for index, text in pages if re.search(r"Parte \d+ di \d+", text)]


def test_big_board_has_an_overview_and_no_blank_page(board) -> None:
    _, data, reader = board
    journey = data.maps[0]
    maps = _map_pages(reader, data)
    tiles = _tile_pages(reader)
    assert len(tiles) > 5
    overview = reader.pages[maps[0]].extract_text()
    assert f"{journey.name}: la mappa intera" in overview
    assert tiles[0][0] == maps[0] + 1  # the overview comes first, then the pages
    # Each cell: its number of cards, then the pages that print them.
    cells = re.findall(r"(\d+)\s*pagin[ae] (\d+)(?:–(\d+))?", overview)
    assert sum(int(count) for count, _, _ in cells) == len(journey.cards)
    tile_pages = {index + 1 for index, _ in _tile_pages(reader)}
    assert all(int(first) in tile_pages for _, first, _ in cells)
    # Every page of the map prints cards: the first line of at least one card.
    ctx = _ctx(data)
    layout = fit_layout(ctx, journey, frame_size(LANDSCAPE))
    firsts = {_squash(card.lines[0]) for card in layout.cards if card.lines}
    for index, text in tiles:
        squashed = _squash(text)
        assert any(first in squashed for first in firsts), f"blank map page {index + 1}"


def test_tiles_never_blank_on_a_wide_board(tmp_path: Path) -> None:
    # 21 stages: runs of stages side by side, cards bunched in a few cells, a run of empty stages.
    data = load(make_workshop(tmp_path / "w.cxw", cards=400, actions=10), today=TODAY)
    journey = data.maps[0]
    extra = [replace(journey.stages[0], id=9000 + n, position=100 + n, name=f"Fase extra {n}")
             for n in range(13)]
    journey.stages += extra
    journey.cards += [replace(card, id=90000 + n, stage_id=extra[0].id)
                      for n, card in enumerate(journey.cards[:120])]
    ctx = _ctx(data)
    frame = frame_size(LANDSCAPE)
    layout = fit_layout(ctx, journey, frame)
    tiles = plan_tiles(layout, frame[1] - 60)
    assert len(layout.groups) > 1
    for tile in tiles:
        assert any(card.band in tile.bands and card.column in tile.columns
                   for card in layout.cards), tile
    out = tmp_path / "wide.pdf"
    write_pdf(data, out)
    reader = PdfReader(out)
    _assert_links_land_on_their_pages(reader)
    # The outline: the map, each run of stages beneath it, the lanes beneath each run.
    flat = _outline(reader)
    at = next(i for i, (_, title, _) in enumerate(flat) if title == journey.name)
    runs = [title for depth, title, _ in flat[at + 1:] if depth == flat[at][0] + 1]
    assert runs[0] == f"{journey.stages[0].name} – {journey.stages[layout.groups[0][-1]].name}"
    assert flat[at + 2][0] == flat[at][0] + 2


def _page_index(reader: PdfReader, destination) -> int:
    target = destination[0].get_object() if isinstance(destination, list) else destination
    return next(index for index, page in enumerate(reader.pages)
                if page.indirect_reference.idnum == target.indirect_reference.idnum)


def _assert_links_land_on_their_pages(reader: PdfReader) -> int:
    checked = 0
    for index, text in _tile_pages(reader):
        page = reader.pages[index]
        links = [annot.get_object() for annot in page.get("/Annots", [])]
        links = [link for link in links if link.get("/Subtype") == "/Link"]
        said = [int(n) for n in re.findall(r"continua a pagina (\d+)", text)]
        assert len(links) == len(said)
        for link in links:
            destination = link.get("/Dest")
            assert destination is not None  # an internal destination, not a URI
            assert _page_index(reader, destination) + 1 in said
            checked += 1
    assert checked
    return checked


def test_continuations_are_internal_links(board) -> None:
    _, _, reader = board
    assert _assert_links_land_on_their_pages(reader) >= 5


def test_big_board_pages_are_legible(board) -> None:
    _, data, reader = board
    pages = _map_pages(reader, data)
    assert all(_sizes(reader)[page] == A4_LANDSCAPE for page in pages)
    for page in pages:  # the overview and every page of the map
        assert min(size for size, _ in _font_sizes(reader.pages[page])) >= MIN_FONT - 0.01


def test_outline_has_the_map_and_where_each_lane_starts(board) -> None:
    _, data, reader = board
    flat = _outline(reader)
    journey = data.maps[0]
    at = next(i for i, (_, title, _) in enumerate(flat) if title == journey.name)
    level, _, page = flat[at]
    overview = reader.pages[page].extract_text()
    assert level == 1 and f"{journey.name}: la mappa intera" in overview
    # One run of stages (7 stages fit the width): beneath the map, the page each lane starts on.
    beneath = [(title, page) for depth, title, page in flat[at + 1:at + 1 + len(journey.lanes)]
               if depth == level + 1]
    assert [title for title, _ in beneath] == [lane.name for lane in journey.lanes]
    pages = [page for _, page in beneath]
    assert pages == sorted(pages) and pages[0] == _tile_pages(reader)[0][0]
    for (title, page) in beneath:
        assert _squash(title) in _squash(reader.pages[page].extract_text())


def test_shortened_cards_are_printed_whole_in_the_appendix(tmp_path: Path) -> None:
    data = load(new_demo(tmp_path / "demo.cxw", "en"), today=TODAY)
    journey = data.maps[0]
    long_text = "A very long note pasted from an interview transcript, " * 12 + "THE END."
    journey.cards[3] = replace(journey.cards[3], text=long_text)
    out = tmp_path / "long.pdf"
    write_pdf(data, out)
    reader = PdfReader(out)
    map_text = "".join(reader.pages[index].extract_text() for index in _map_pages(reader, data))
    assert "→ *1" in map_text and "THE END." not in map_text
    whole = _squash("".join(page.extract_text() for page in reader.pages))
    assert _squash(long_text) in whole


def test_a_wide_map_without_cards_still_prints_its_grid(tmp_path: Path) -> None:
    data = load(make_workshop(tmp_path / "e.cxw", cards=0, actions=0), today=TODAY)
    journey = data.maps[0]
    journey.stages += [replace(journey.stages[0], id=9000 + n, position=100 + n,
                               name=f"Fase extra {n}") for n in range(14)]
    out = tmp_path / "empty.pdf"
    write_pdf(data, out)
    reader = PdfReader(out)
    pages = _map_pages(reader, data)
    assert len(pages) == 2  # the overview, then the first run of stages with every lane
    grid = _squash(reader.pages[pages[1]].extract_text())
    assert all(_squash(lane.name) in grid for lane in journey.lanes)  # whole names, none cut
