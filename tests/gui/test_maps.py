"""Several journey maps in the window (issue 18): tabs, the Board menu's map commands with undo,
the file checked on disk (reopened), every view of one map on the chosen map, the compare
overlay and the side-by-side "today | tomorrow" slides, read by OCR at half size."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from cxworkshop.document import WorkshopDocument
from cxworkshop.model.records import Card, Stage, VotingRound
from cxworkshop.ui.plan.voting import StartRoundDialog
from cxworkshop.ui.presentation import SlideKind
from cxworkshop.ui.presentation.compare_slide import CompareSlide
from cxworkshop.ui.presentation.footer import FooterState
from cxworkshop.ui.presentation.palette import LIGHT
from cxworkshop.ui.presentation.render import slide_image
from tests.gui.conftest import open_window


def _disk(path: Path, sql: str, *params):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _maps_on_disk(path: Path) -> list[tuple[int, str, str]]:
    return _disk(path, "SELECT id, name, kind FROM journey_map ORDER BY position, id")


def _tab_texts(window) -> list[str]:
    tabs = window.maps.tabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def _stage_names(window) -> list[str]:
    return [window.scene.stages[i].name for i in window.scene.layout.stage_ids]


@pytest.fixture
def window(qtbot, demo_file: Path):
    # The demo as one current-state map (the demo may ship a future map of its own).
    document = WorkshopDocument.open(demo_file)
    for journey in document.maps()[1:]:
        document.delete_map(journey.id)
    document.close()
    win = open_window(qtbot, demo_file)
    yield win
    win.close()


def _future(window) -> int:
    """Board > Duplicate as future state, then one stage of the future renamed."""
    window.maps.act_future.trigger()
    future = window.scene.map_id
    first = window.document.rows(Stage, map_id=future)[0]
    window.document.rename_stage(first.id, "Scoperta ridisegnata")
    return future


def test_duplicate_switch_rename_move_delete_and_undo(qtbot, window, monkeypatch) -> None:
    path = window.document.path
    [(current, current_name, _)] = _maps_on_disk(path)
    assert window.maps.tabs.count() == 1 and window.maps.tabs.isVisible()
    cards_before = len(window.scene.cards)
    assert window.maps.act_future in window.menuBar().actions()[3].menu().actions()

    window.maps.act_future.trigger()
    future = window.scene.map_id
    assert future != current
    assert _maps_on_disk(path) == [(current, current_name, "current"),
                                   (future, "Situazione futura", "future")]
    assert window.maps.tabs.count() == 2 and window.maps.tabs.currentIndex() == 1
    assert len(window.scene.cards) == cards_before  # the copy's cards on the board
    assert {item.data_.stage_id for item in window.scene.cards.values()} <= {
        s.id for s in window.document.rows(Stage, map_id=future)}

    # Ctrl+PgUp / Ctrl+PgDown switch maps.
    qtbot.keyClick(window.view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.scene.map_id == current and window.maps.tabs.currentIndex() == 0
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.scene.map_id == future

    monkeypatch.setattr(window.maps, "ask_name", lambda _title, _name: "Domani")
    window.maps.act_rename.trigger()
    assert ("Domani" in _tab_texts(window)[1])
    window.maps.act_left.trigger()
    assert [m[0] for m in _maps_on_disk(path)] == [future, current]
    assert window.maps.tabs.currentIndex() == 0 and window.scene.map_id == future
    assert not window.maps.act_left.isEnabled() and window.maps.act_right.isEnabled()

    monkeypatch.setattr(window.maps, "confirm_delete", lambda _journey: True)
    window.maps.act_delete.trigger()
    assert [m[0] for m in _maps_on_disk(path)] == [current]
    assert window.scene.map_id == current and window.maps.tabs.count() == 1
    window.act_undo.trigger()  # the deleted map comes back, with its cards
    assert [m[0] for m in _maps_on_disk(path)] == [future, current]
    window.act_undo.trigger()  # move
    window.act_undo.trigger()  # rename
    assert _maps_on_disk(path)[1] == (future, "Situazione futura", "future")
    window.maps.choose(future)
    window.act_undo.trigger()  # the duplicate itself: the window goes back to a map that exists
    assert _maps_on_disk(path) == [(current, current_name, "current")]
    assert window.scene.map_id == current and window.maps.tabs.count() == 1
    assert len(window.scene.cards) == cards_before
    window.act_redo.trigger()
    assert window.maps.tabs.count() == 2

    # The file holds it all: read on its own, the two maps are there with the same cards.
    counts = _disk(path, "SELECT journey_map.kind, count(card.id) FROM journey_map "
                         "JOIN stage ON stage.map_id = journey_map.id "
                         "JOIN card ON card.stage_id = stage.id "
                         "GROUP BY journey_map.id ORDER BY journey_map.position")
    assert counts == [("current", cards_before), ("future", cards_before)]


def test_new_map_has_the_stages_and_lanes_and_no_cards(window, monkeypatch) -> None:
    stages = _stage_names(window)
    monkeypatch.setattr(window.maps, "ask_new_map", lambda: ("Percorso del dipendente", "current"))
    window.maps.act_new.trigger()
    assert _stage_names(window) == stages and not window.scene.cards
    assert "Percorso del dipendente" in _tab_texts(window)[-1]
    window.act_undo.trigger()
    assert window.maps.tabs.count() == 1 and window.scene.cards


def test_the_only_map_cannot_be_deleted_and_bad_names_are_refused(window, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    before = _maps_on_disk(window.document.path)
    assert not window.maps.act_delete.isEnabled()
    window.maps.delete_map()
    monkeypatch.setattr(window.maps, "ask_name", lambda _title, _name: "   ")
    window.maps.rename_map()
    assert len(shown) == 2 and "only map" in shown[0] and "name" in shown[1]
    assert _maps_on_disk(window.document.path) == before


def test_the_chosen_map_is_remembered_per_file(qtbot, window) -> None:
    future = _future(window)
    path = window.document.path
    window.close()
    again = open_window(qtbot, path)
    try:
        assert again.scene.map_id == future
        assert "Scoperta ridisegnata" in _stage_names(again)
    finally:
        again.close()


def test_presentation_voting_and_room_follow_the_chosen_map(qtbot, window) -> None:
    future = _future(window)
    presenter = window.present()
    assert presenter is not None
    qtbot.waitExposed(presenter)
    presenter.resize(1280, 720)
    titles = [s.title for s in presenter.slides if s.key.kind == SlideKind.STAGE]
    assert "Scoperta ridisegnata" in titles
    window.maps.step(-1)  # the presentation follows a switch made while presenting
    assert "Scoperta ridisegnata" not in [s.title for s in presenter.slides]
    window.maps.step(+1)
    presenter.close()
    qtbot.wait(10)

    panel = window.plan.voting
    assert panel is not None and panel.map_id == future
    dialog = StartRoundDialog(1)
    panel.ask_round = lambda _number: dialog
    round_id = panel.start_round_interactive()
    assert window.document.row(VotingRound, round_id).map_id == future
    assert window.room_ui.panel.map_id == future
    # The action plan's stage filter: the shown map's stages first, every map's stage named.
    stage_filter = window.plan.action_plan_dock.stage_filter
    filtered = [stage_filter.itemData(i) for i in range(stage_filter.count())][2:]
    future_stages = [s.id for s in window.document.rows(Stage, map_id=future)]
    assert filtered[:len(future_stages)] == future_stages
    assert "Scoperta ridisegnata" in stage_filter.itemText(2)
    window.plan.action_plan_dock.set_filter(stage=future_stages[0])
    assert window.plan.action_plan_dock.stage_filter.currentData() == future_stages[0]
    room = window.room_ui.panel
    assert room.open_room() is not None  # the phones see the chosen map's stages
    try:
        assert "Scoperta ridisegnata" in [s.name for s in room.bridge.room.board.stages]
        window.maps.step(-1)
        assert "Scoperta ridisegnata" not in [s.name for s in room.bridge.room.board.stages]
    finally:
        room.end_room()
    shown = panel.current_round()  # the other map's own round (the demo's), not the new one
    assert panel.map_id != future and (shown is None or shown.map_id == panel.map_id)
    assert round_id not in [panel.round_combo.itemData(i) for i in range(panel.round_combo.count())]


def test_compare_overlay_shows_the_current_curve_on_the_future_board(window) -> None:
    current = window.scene.map_id
    current_curve = [round(avg, 3) for _p, avg in window.scene.curve_points()]
    future = _future(window)
    for stage in window.document.rows(Stage, map_id=future):
        for card in window.document.rows(Card, stage_id=stage.id):
            if card.kind == "emotion":
                window.document.set_card(card.id, emotion=2)
    assert not window.scene.compare_points()
    assert window.maps.act_compare.isEnabled()
    window.maps.act_compare.trigger()
    assert window.maps.act_compare.isChecked()
    overlay = [round(avg, 3) for _p, avg in window.scene.compare_points()]
    assert overlay == current_curve and overlay, "the current curve, stage by stage"
    assert {round(avg, 3) for _p, avg in window.scene.curve_points()} == {2.0}
    # Drawn in the emotions lane, at this board's stage centres.
    xs = sorted(p.x() for p, _a in window.scene.compare_points())
    assert xs == sorted(p.x() for p, _a in window.scene.curve_points())
    window.maps.choose(current)  # on the current map, the future's curve is the dashed one
    assert {round(avg, 3) for _p, avg in window.scene.compare_points()} == {2.0}
    window.maps.act_compare.trigger()
    assert not window.scene.compare_points()


def _ocr_words(image, rect: QRectF) -> set[str]:
    from tests.gui.test_room_ocr import words

    part = image.copy(rect.toRect()).scaled(round(rect.width() / 2), round(rect.height() / 2),
                                            Qt.AspectRatioMode.IgnoreAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation)
    folder = Path(QApplication.instance().property("ocr_dir") or "/tmp")
    png = folder / f"half-{id(part)}.png"
    assert part.save(str(png))
    result = subprocess.run(["tesseract", str(png), "-", "-l", "ita+eng", "--psm", "3"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return set(words(result.stdout))


def test_c_shows_today_and_tomorrow_side_by_side(qtbot, window, tmp_path: Path) -> None:
    from tests.gui.test_room_ocr import words

    future = _future(window)
    stage = window.document.rows(Stage, map_id=future)[0]
    card = next(c for c in window.document.rows(Card, stage_id=stage.id) if c.kind != "emotion")
    window.document.set_card_text(card.id, "Domani risponde subito una persona competente")
    presenter = window.present()
    qtbot.waitExposed(presenter)
    presenter.resize(1280, 720)
    assert "C" in presenter.footer_state().hints
    presenter.go_to_stage(0)
    qtbot.keyClick(presenter.view, Qt.Key.Key_C)
    slide = presenter.current_slide()
    assert isinstance(slide, CompareSlide) and slide.key.stage_id == stage.id
    left, right = slide.halves
    assert left.cards and right.cards
    assert right.rect.left() > left.rect.right()
    for compare_slide in [s for s in presenter.slides if isinstance(s, CompareSlide)]:
        for half in compare_slide.halves:  # inside its half, nothing overlaps
            for card in half.cards:
                assert half.rect.adjusted(-1, -1, 1, 1).contains(card.rect), compare_slide.title
                assert not any(card is not other and card.rect.intersects(
                    other.rect.adjusted(1, 1, -1, -1)) for other in half.cards)
    # Card text as large as on the stage slides.
    assert slide.measure.frame.card_font().pixelSize() == presenter.frame().card_font().pixelSize()
    today = " ".join(" ".join(c.lines) for c in left.cards)
    tomorrow = " ".join(" ".join(c.lines) for c in right.cards)
    assert "Domani risponde subito" in tomorrow and "Domani risponde subito" not in today
    qtbot.keyClick(presenter.view, Qt.Key.Key_C)  # again: back to the stage
    assert presenter.current_slide().key.kind == SlideKind.STAGE
    presenter.close()
    qtbot.wait(10)
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract is not installed: the OCR half of this test needs it")
    QApplication.instance().setProperty("ocr_dir", str(tmp_path))
    image = slide_image(slide, LIGHT, FooterState(slide.title, "1"))
    assert (image.width(), image.height()) == (1280, 720)
    for half, text in ((left, today), (right, tomorrow)):
        wanted = words(text)
        found = _ocr_words(image, half.rect.adjusted(-4, -4, 4, 4))
        share = sum(w in found for w in wanted) / len(wanted)
        assert share >= 0.8, (share, wanted, found)


def test_the_keyboard_help_lists_the_map_keys(window) -> None:
    from PySide6.QtGui import QKeySequence

    from cxworkshop.ui.shortcuts_help import ShortcutsDialog

    dialog = ShortcutsDialog(window, window)
    rows = [(dialog.tree.topLevelItem(i).text(0), dialog.tree.topLevelItem(i).text(1))
            for i in range(dialog.tree.topLevelItemCount())]
    dialog.deleteLater()
    next_keys = QKeySequence("Ctrl+PgDown").toString(QKeySequence.SequenceFormat.NativeText)
    assert ("Next map", next_keys) in rows
    assert any(keys == "C" and "tomorrow" in what.lower() for what, keys in
               [(r[1], r[0]) for r in rows])
    assert any("Ctrl+PgDown" in keys for keys, _what in rows)


def test_switching_maps_keeps_the_text_being_typed(qtbot, window) -> None:
    future = _future(window)
    card_id = next(iter(window.scene.cards))
    window.scene.select_cards([card_id])
    window.act_edit_text.trigger()
    assert window.scene.editor is not None
    window.scene.editor.setPlainText("Typed before the switch")
    qtbot.keyClick(window.view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.scene.map_id != future and window.scene.editor is None
    assert window.document.row(Card, card_id).text == "Typed before the switch"
