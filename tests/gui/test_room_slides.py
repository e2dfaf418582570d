"""Slides laid out for the output: type size, reflow, continuation, palettes, what each shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFontMetricsF

from cxworkshop.board.scene import BoardScene
from cxworkshop.document import WorkshopDocument
from cxworkshop.model.records import ActionItem, Lane, Participant, Stage
from cxworkshop.ui.presentation import PALETTES, SlideFrame, SlideKind, contrast_ratio
from cxworkshop.ui.presentation.cards import MAX_LINES
from cxworkshop.ui.presentation.content import read_deck
from cxworkshop.ui.presentation.deck import build_deck
from cxworkshop.ui.presentation.footer import FooterState
from cxworkshop.ui.presentation.palette import relative_luminance
from cxworkshop.ui.presentation.render import slide_image
from cxworkshop.ui.presentation.stage_slide import StageSlide
from cxworkshop.ui.presentation.text_flow import ELLIPSIS, wrap

LONG = ("Il cliente chiama il numero verde tre volte perché nessuno richiama e alla fine "
        "scrive una lettera al direttore commerciale chiedendo la disdetta del contratto ") * 4


def _deck(path: Path, width: int = 1280, height: int = 720):
    document = WorkshopDocument.open(path, read_only=True)
    content = read_deck(document, document.first_map().id)
    document.close()
    return content, build_deck(content, SlideFrame(width, height))


def _stage_slides(slides) -> list[StageSlide]:
    return [s for s in slides if isinstance(s, StageSlide)]


@pytest.mark.parametrize("name", ["projector_light", "projector_dark"])
def test_every_text_colour_reaches_seven_to_one(name: str):
    palette = PALETTES[name]
    for role, (ink, fill) in palette.text_pairs().items():
        assert contrast_ratio(ink, fill) >= 7.0, (name, role)
    if not palette.dark:  # never pale grey on white
        assert relative_luminance(palette.ink_soft) < 0.05


def test_contrast_ratio_is_the_wcag_formula():
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(("width", "height", "pixels"), [(1280, 720, 26), (1920, 1080, 39),
                                                          (1024, 768, 20)])
def test_card_text_is_at_projector_size(qapp, demo_file: Path, width, height, pixels):
    frame = SlideFrame(width, height)
    assert frame.card_font().pixelSize() >= pixels
    _content, slides = _deck(demo_file, width, height)
    for slide in _stage_slides(slides):
        assert slide.measure.frame.card_font().pixelSize() == frame.card_font().pixelSize()
        body = frame.body
        cards = slide.cards()
        for card in cards:
            assert body.adjusted(-1, -1, 1, 1).contains(card.rect), slide.title
        for a in cards:  # nothing overlaps
            for b in cards:
                if a is not b:
                    assert not a.rect.intersects(b.rect.adjusted(1, 1, -1, -1)), slide.title


def test_the_demo_keeps_one_slide_per_stage_at_720p(qapp, demo_file: Path):
    content, slides = _deck(demo_file)
    stages = _stage_slides(slides)
    assert [s.stage.name for s in stages] == [s.name for s in content.stages]
    kinds = [s.key.kind for s in slides]
    assert kinds[0] == SlideKind.OVERVIEW and kinds[-1] == SlideKind.PLAN
    assert SlideKind.VOTES in kinds


def test_long_texts_wrap_by_whole_words_and_say_when_shortened(qapp):
    frame = SlideFrame(1280, 720)
    metrics = QFontMetricsF(frame.card_font())
    lines = wrap(LONG, metrics, 400, MAX_LINES)
    assert len(lines) == MAX_LINES and lines[-1].endswith(ELLIPSIS)
    source = set(LONG.split())
    for line in lines:
        assert metrics.horizontalAdvance(line) <= 400
        for word in line.removesuffix(ELLIPSIS).split():
            assert word in source  # never a word cut in two
    whole = wrap("Breve testo", metrics, 400, MAX_LINES)
    assert whole == ["Breve testo"]
    word = wrap("Precipitevolissimevolmente" * 3, metrics, 200)
    assert word[0].endswith(ELLIPSIS) and metrics.horizontalAdvance(word[0]) <= 200


def test_a_crowded_stage_continues_on_more_slides_at_the_same_size(qapp, sme_file: Path):
    document = WorkshopDocument.open(sme_file)
    map_id = document.first_map().id
    stage = document.rows(Stage, map_id=map_id)[0]
    lanes = document.rows(Lane, map_id=map_id)
    document.add_cards([{"stage_id": stage.id, "lane_id": lanes[1].id, "kind": "touchpoint",
                         "text": f"Scheda {n}: {LONG[: 60 + 7 * n]}"} for n in range(24)])
    document.add_card(stage.id, lanes[4].id, "pain_point", "Il dolore")
    document.close()
    content, slides = _deck(sme_file)
    parts = [s for s in _stage_slides(slides) if s.stage.id == stage.id]
    assert len(parts) >= 3
    assert parts[0].title.endswith(f"(1/{len(parts)})")
    shown = [c.card.id for s in parts for c in s.cards()]
    wanted = [c.id for b in content.stages[0].bands for c in b.cards]
    assert shown == wanted  # every card once, in board order
    # Empty lanes are left out: only the two lanes with cards appear as bands.
    assert {b.band.lane_id for s in parts for b in s.bands} == {lanes[1].id, lanes[4].id}
    # Other stages have no cards: one slide saying so.
    other = [s for s in _stage_slides(slides) if s.stage.id != stage.id]
    assert all(not s.bands for s in other) and len(other) == len(content.stages) - 1


def test_stage_emotion_is_the_boards_average(qapp, demo_file: Path):
    document = WorkshopDocument.open(demo_file, read_only=True)
    scene = BoardScene(document)
    board = [average for _point, average in scene.curve_points()]
    content = read_deck(document, scene.map_id)
    document.close()
    slides = [s.emotion for s in content.stages if s.emotion is not None]
    assert slides == pytest.approx(board) and len(slides) == 7


def test_overview_votes_and_plan_show_what_the_room_needs(qapp, demo_file: Path):
    content, slides = _deck(demo_file)
    overview = slides[0]
    texts = " ".join(overview.texts())
    for stage in content.stages:
        assert stage.name.split()[0] in texts
        assert f"{stage.card_count} cards" in texts
    top = content.ranking()[0]
    assert top.card.text in texts
    votes = [s for s in slides if s.key.kind == SlideKind.VOTES]
    ranked = [r.ranked.card.votes for s in votes for r in s.rows]
    assert ranked == sorted(ranked, reverse=True) and sum(ranked) == content.dots > 0
    plan = " ".join(t for s in slides if s.key.kind == SlideKind.PLAN for t in s.texts())
    document = WorkshopDocument.open(demo_file, read_only=True)
    people = {p.id: p.name for p in document.rows(Participant)}
    for action in document.rows(ActionItem):
        assert action.title in plan
        if action.owner_id is not None:
            assert people[action.owner_id] in plan
    document.close()


def test_owner_and_vote_badges_are_on_the_cards(qapp, demo_file: Path):
    _content, slides = _deck(demo_file)
    cards = [c.card for s in _stage_slides(slides) for c in s.cards()]
    assert any(c.owners for c in cards) and any(c.votes for c in cards)
    frame = SlideFrame(1280, 720)
    assert frame.small_font().pixelSize() >= 20  # badges readable too


@pytest.mark.parametrize("name", ["projector_light", "projector_dark"])
def test_slides_render_in_both_palettes(qapp, demo_file: Path, name: str):
    _content, slides = _deck(demo_file)
    palette = PALETTES[name]
    for slide in slides:
        image = slide_image(slide, palette, FooterState(slide.title, "1/1"))
        assert image.width() == 1280 and image.height() == 720
        assert image.pixelColor(2, 2) == palette.background


def test_every_slide_speaks_italian(qtbot, qapp, demo_file: Path):
    """Any text a slide shows the same in both languages must come from the workshop file."""
    import re

    from cxworkshop.model.records import Card, JourneyMap, VotingRound, Workshop
    from cxworkshop.ui.presentation import PresentationWindow
    from cxworkshop.ui.translations import install_translators

    document = WorkshopDocument.open(demo_file, read_only=True)
    data = sorted({t for model, field in ((Stage, "name"), (Lane, "name"), (Card, "text"),
                                          (Participant, "name"), (ActionItem, "title"),
                                          (JourneyMap, "name"), (VotingRound, "title"),
                                          (Workshop, "title"))
                   for r in document.rows(model) if (t := getattr(r, field))}, key=len,
                  reverse=True)
    scene = BoardScene(document)
    texts: dict[str, list[list[str]]] = {}
    try:
        for language in ("en", "it"):
            install_translators(qapp, language)
            window = PresentationWindow(scene, document)
            qtbot.addWidget(window)
            window.resize(1280, 720)
            window.show()
            window.set_locked(True)
            texts[language] = []
            for index in range(window.slide_count()):
                window.go_to(index)
                texts[language].append(window.slide_texts())
            window.set_locked(False)
            window.close()
    finally:
        install_translators(qapp, "en")
        document.close()
    data_words = {w for known in data for w in re.findall(r"[^\W\d_]{3,}", known)}
    english = [t for slide in texts["en"] for t in slide]
    italian = [t for slide in texts["it"] for t in slide]
    assert len(english) == len(italian)
    left_english = []
    for en, it in zip(english, italian, strict=True):
        if en != it or not en:
            continue
        rest = en
        for known in data:
            rest = rest.replace(known, " ")
        # Wrapped or shortened texts keep whole words of the file's texts.
        if any(w not in data_words for w in re.findall(r"[^\W\d_]{3,}", rest)):
            left_english.append(en)
    assert left_english == []
