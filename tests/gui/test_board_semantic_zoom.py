"""The board never shows blank cards (issue 12): at fit the cards show their first words at a
legible size, vote dots and action badges stay visible, and stage and lane headers stay in
view (pinned) while the board scrolls."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from cxworkshop.board.scene import BoardScene
from cxworkshop.board.view import BoardView
from cxworkshop.document import WorkshopDocument
from tests.gui.conftest import view_point

WORDS = ["Consegna in ritardo di tre giorni", "Nessuno risponde al telefono",
         "Il modulo chiede dati già dati", "Preventivo chiaro e veloce"]


@pytest.fixture
def board(qtbot, sme_file: Path):
    document = WorkshopDocument.open(sme_file)
    scene = BoardScene(document)
    view = BoardView(scene)
    qtbot.addWidget(view)
    view.resize(1280, 640)
    view.show()
    qtbot.waitExposed(view)
    for stage_index, stage_id in enumerate(scene.layout.stage_ids):
        for lane_index, lane_id in enumerate(scene.layout.lane_ids[:4]):
            text = WORDS[(stage_index + lane_index) % len(WORDS)]
            scene.add_card_at((stage_id, lane_id), {"kind": "pain_point", "text": text},
                              edit_text=False)
    scene.clearSelection()
    yield scene, view
    view.close()
    document.close()


def card_image(view: BoardView, scene: BoardScene, card_id: int) -> QImage:
    QApplication.processEvents()
    item = scene.cards[card_id]
    rect = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    return view.viewport().grab(rect).toImage()


def ink_pixels(view: BoardView, scene: BoardScene, card_id: int) -> int:
    """Dark pixels inside the card, away from its kind stripe and outline: the letters."""
    item = scene.cards[card_id]
    inner = QRectF(item.scenePos() + QPointF(14, 6), item.scenePos()
                   + QPointF(item.width() - 6, item.height() - 6))
    rect = view.mapFromScene(inner).boundingRect()
    QApplication.processEvents()
    image = view.viewport().grab(rect).toImage()
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if QColor(image.pixel(x, y)).lightnessF() < 0.35)


def first_card(scene: BoardScene) -> int:
    cell = (scene.layout.stage_ids[0], scene.layout.lane_ids[0])
    return scene.cells[cell][0].card_id


def test_at_fit_every_card_shows_its_first_words_at_a_legible_size(board):
    scene, view = board
    view.fit()
    zoom = view.zoom()
    assert zoom * 20 < 9, "the normal card text would be unreadable at this zoom"
    assert ink_pixels(view, scene, first_card(scene)) > 150  # letters, not a blank bar
    from cxworkshop.board import summary

    px = summary.summary_px(zoom)
    assert px is not None and px * zoom >= summary.SUMMARY_MIN_PX
    for item in scene.cards.values():
        shown = item.summary_at(px)
        assert shown.lines, item.data_.text
        first_word = item.data_.text.split()[0]
        assert shown.lines[0][1].startswith(first_word[:3])


def test_words_show_in_the_overview_where_a_card_is_wide_enough(board):
    scene, view = board
    view.set_zoom(0.2)
    assert scene.overview.active and scene.cards[first_card(scene)].width() * 0.2 > 40
    card = first_card(scene)
    view.ensureVisible(scene.cards[card].sceneBoundingRect())
    assert ink_pixels(view, scene, card) > 40


def test_a_summary_never_cuts_a_word_without_an_ellipsis():
    from cxworkshop.board import summary

    text = "Incomprensibilissimamente lunga parola e poi altre parole ancora fino alla fine"
    shown = summary.build(text, 236, 140, 40, [], face=False)
    assert len(shown.lines) >= 2
    words = set(text.split())
    for _origin, line in shown.lines:
        assert line.endswith("…") or set(line.split()) <= words, line
    assert shown.lines[-1][1].endswith("…")  # words were left out, and it says so


def test_vote_dots_and_badges_are_visible_and_legible_at_fit(board):
    scene, view = board
    view.fit()
    card = first_card(scene)
    plain = card_image(view, scene, card)
    scene.set_vote_tally({card: 3})
    scene.set_badges({card: ("MR", 2)})
    marked = card_image(view, scene, card)
    white = QColor(scene.palette_.badge_fill).rgb()  # the badge's pill, on a pink card
    assert sum(1 for x in range(marked.width()) for y in range(marked.height())
               if marked.pixel(x, y) == white) > 30
    from cxworkshop.board import summary

    px = summary.summary_px(view.zoom())
    shown = scene.cards[card].summary_at(px)
    assert [m.text for m in shown.marks] in (["3", "MR 2"], ["3", "M"])
    for mark in shown.marks:
        assert mark.rect.height() * view.zoom() >= summary.SUMMARY_MIN_PX
        assert mark.rect.right() <= scene.cards[card].width()
    scene.set_vote_tally({})
    scene.set_badges({})
    assert card_image(view, scene, card) == plain


def test_an_unowned_action_keeps_its_question_mark_when_the_badge_shortens():
    from cxworkshop.board import marks, summary

    badge = marks.badge_mark(("?", 1), 200)
    tally = marks.tally_mark(12)
    shown = summary.build("Testo", 150, 64, 60, [tally, badge], face=False)
    assert shown.marks[-1].text == "?"


def test_header_names_stay_legible_at_fit(board):
    from cxworkshop.board import summary
    from cxworkshop.board.grid_items import legible_px

    _scene, view = board
    view.fit()
    zoom = view.zoom()
    assert legible_px(22, zoom, 1000) * zoom >= summary.SUMMARY_MIN_PX
    assert legible_px(22, 1.0, 1000) == 22  # at full size, the normal size


# --- sticky headers -----------------------------------------------------------------------

def scrolled(view: BoardView, zoom: float = 1.0, right: bool = False) -> None:
    view.set_zoom(zoom)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum() // 2 if right else 0)
    QApplication.processEvents()


def test_stage_headers_stay_at_the_top_while_scrolling_down(board, qtbot):
    scene, view = board
    scrolled(view)
    visible = view.visible_scene_rect()
    stage_id = scene.layout.stage_ids[1]
    assert scene.stage_items[stage_id].sceneBoundingRect().bottom() < visible.top()  # off screen
    pinned = view.pinned_headers()
    where = dict((h.row_id, r) for h, r in pinned.stages)[stage_id]
    assert where.top() == pytest.approx(visible.top())
    # What the user sees at the top of the column is the header's dark fill ...
    point = view_point(view, QPointF(where.center().x(), where.top() + 4))
    image = view.viewport().grab().toImage()
    assert QColor(image.pixel(point)) == scene.palette_.header_fill
    # ... and a click there selects the stage, so Alt+arrows can move it.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view_point(view, where.center() + QPointF(30, 0)))
    assert scene.selected_header() is scene.stage_items[stage_id]
    assert scene.selected_cards() == []


def test_lane_headers_stay_at_the_left_while_scrolling_right(board, qtbot):
    scene, view = board
    scrolled(view, right=True)
    visible = view.visible_scene_rect()
    pinned = view.pinned_headers()
    assert pinned.lanes and all(r.left() == pytest.approx(visible.left()) for _h, r in pinned.lanes)
    assert not pinned.corner.isEmpty()  # both bands pinned: the corner is covered
    lane, where = pinned.lanes[-1]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view_point(view, where.center()))
    assert scene.selected_header() is lane


def test_nothing_is_pinned_when_the_headers_are_in_view(board):
    _scene, view = board
    view.fit()
    assert not view.pinned_headers().active()
    view.show_top_left(1.0)
    assert not view.pinned_headers().active()


def test_marks_appear_at_once_in_the_overview_too(board):
    scene, view = board
    view.set_zoom(0.2)
    assert scene.overview.active
    card = first_card(scene)
    view.ensureVisible(scene.cards[card].sceneBoundingRect())
    plain = card_image(view, scene, card)
    scene.set_vote_tally({card: 4})
    assert card_image(view, scene, card) != plain
    scene.set_vote_tally({})
    assert card_image(view, scene, card) == plain


def test_a_dense_board_fits_its_width_on_the_second_ctrl_0(board, qtbot):
    scene, view = board
    cell = (scene.layout.stage_ids[0], scene.layout.lane_ids[0])
    for n in range(60):  # a tall board: one cell holds sixty cards
        scene.add_card_at(cell, {"kind": "note", "text": f"Idea numero {n}"}, edit_text=False)
    scene.clearSelection()
    view.fit_cycle()  # what the window's Ctrl+0 calls
    whole = view.zoom()
    card = scene.cards[first_card(scene)]
    assert card.width() * whole < 34  # the whole board: cards are colour only ...
    assert "Ctrl+0" in view.dense_fit_hint()  # ... and the view says what to do
    view.fit_cycle()
    assert view.zoom() > 2 * whole and card.width() * view.zoom() >= 34
    assert view.dense_fit_hint() == ""
    visible = view.visible_scene_rect()
    assert visible.left() <= scene.layout.grid.left() and visible.right() >= scene.layout.grid.right()
    assert ink_pixels(view, scene, card.card_id) > 100  # words again
    view.fit_cycle()
    assert view.zoom() < 1.1 * whole  # back to the whole board
    visible = view.visible_scene_rect().adjusted(-2, -2, 2, 2)
    assert visible.contains(scene.layout.board_rect())


def test_a_board_that_fits_legibly_always_fits_whole(board):
    _scene, view = board
    view.fit_cycle()
    whole = view.zoom()
    assert view.dense_fit_hint() == ""
    view.fit_cycle()
    assert view.zoom() == pytest.approx(whole)


def test_ctrl_0_in_the_window_reaches_the_width_fit(window, qtbot):
    scene, view = window.scene, window.view
    cell = (scene.layout.stage_ids[0], scene.layout.lane_ids[0])
    for n in range(80):
        scene.add_card_at(cell, {"kind": "note", "text": f"Idea {n}"}, edit_text=False)
    scene.clearSelection()
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    whole = view.zoom()
    assert view.dense_fit_hint()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() > 2 * whole and view.dense_fit_hint() == ""
