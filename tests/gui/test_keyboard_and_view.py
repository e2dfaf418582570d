"""Keyboard navigation and editing, clipboard, inspector, zoom and fit."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.gui.test_board_moves import add


def key(qtbot, window, k, mod=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.view.viewport(), k, mod)


def test_arrows_move_between_cells_and_cards(window, qtbot):
    scene = window.scene
    a, b = add(scene, 0, 0, "a"), add(scene, 0, 0, "b")
    c = add(scene, 1, 0, "c")
    scene.clearSelection()
    scene.set_current_cell(None)
    key(qtbot, window, Qt.Key.Key_Down)  # first cell, first card
    assert [i.card_id for i in scene.selected_cards()] == [a]
    key(qtbot, window, Qt.Key.Key_Down)
    assert [i.card_id for i in scene.selected_cards()] == [b]
    key(qtbot, window, Qt.Key.Key_Right)
    assert [i.card_id for i in scene.selected_cards()] == [c]
    key(qtbot, window, Qt.Key.Key_Down)  # past the last card: the next lane (empty)
    assert scene.current_cell == (scene.layout.stage_ids[1], scene.layout.lane_ids[1])
    assert scene.selected_cards() == []
    key(qtbot, window, Qt.Key.Key_Left)
    assert scene.current_cell == (scene.layout.stage_ids[0], scene.layout.lane_ids[1])
    key(qtbot, window, Qt.Key.Key_Up)
    assert [i.card_id for i in scene.selected_cards()] == [b]


def test_n_adds_a_note_enter_edits_delete_deletes_ctrl_z_undoes(window, disk, qtbot):
    scene = window.scene
    scene.set_current_cell((scene.layout.stage_ids[3], scene.layout.lane_ids[2]))
    key(qtbot, window, Qt.Key.Key_N)
    assert scene.editor is not None
    qtbot.keyClicks(window.view.viewport(), "nice")
    key(qtbot, window, Qt.Key.Key_Return)
    [card] = scene.selected_cards()
    assert disk.cards()[card.card_id].text == "nice" and card.data_.kind == "note"
    key(qtbot, window, Qt.Key.Key_Return)
    assert scene.editor is not None
    qtbot.keyClicks(window.view.viewport(), "r")
    key(qtbot, window, Qt.Key.Key_Escape)
    assert disk.cards()[card.card_id].text == "nicer"
    key(qtbot, window, Qt.Key.Key_Delete)
    assert card.card_id not in disk.cards()
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert card.card_id in disk.cards()
    key(qtbot, window, Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert card.card_id not in disk.cards()


def test_alt_arrow_moves_the_selection(window, disk, qtbot):
    scene = window.scene
    a = add(scene, 0, 0, "a")
    scene.select_cards([a])
    key(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert disk.cards()[a].stage_id == scene.layout.stage_ids[1]


def test_copy_paste_cut_duplicate(window, disk, qtbot):
    scene, actions = window.scene, window.view.actions_
    a = add(scene, 0, 0, "original")
    scene.select_cards([a])
    window.act_copy.trigger()
    scene.set_current_cell((scene.layout.stage_ids[2], scene.layout.lane_ids[2]))
    window.act_paste.trigger()
    pasted = [c for c in disk.cards().values() if c.stage_id == scene.layout.stage_ids[2]]
    assert [c.text for c in pasted] == ["original"]
    window.act_duplicate.trigger()
    assert sum(c.text == "original" for c in disk.cards().values()) == 3
    scene.select_cards([a])
    window.act_cut.trigger()
    assert a not in disk.cards()
    assert "original" in QApplication.clipboard().text()
    actions.select_all()
    assert len(scene.selected_cards()) == len(disk.cards())


def test_inspector_changes_kind_and_emotion_of_the_selection(window, disk, qtbot):
    scene, inspector = window.scene, window.inspector
    a, b = add(scene, 0, 3, "a"), add(scene, 0, 3, "b")
    scene.select_cards([a, b])
    scene.cards[a].setSelected(True)
    inspector.kind.setCurrentIndex(inspector.kind.findData("emotion"))
    inspector.kind.activated.emit(inspector.kind.currentIndex())
    count = window.document.undo_stack.count()
    inspector.emotion.setCurrentIndex(inspector.emotion.findData(-2))
    inspector.emotion.activated.emit(inspector.emotion.currentIndex())
    assert window.document.undo_stack.count() == count + 1  # two cards, one step
    assert {disk.cards()[i].emotion for i in (a, b)} == {-2}
    assert {disk.cards()[i].kind for i in (a, b)} == {"emotion"}
    [(_, average)] = [p for p in scene.curve_points() if abs(p[1] + 2) < 0.01] or [(None, None)]
    assert average == -2


def test_wheel_zooms_at_the_cursor_and_fit_shows_everything(window, qtbot):
    view, scene = window.view, window.scene
    view.set_zoom(0.5)
    at = QPoint(300, 250)
    before = view.mapToScene(at)
    event = QWheelEvent(QPointF(at), QPointF(view.viewport().mapToGlobal(at)), QPoint(0, 0),
                        QPoint(0, 240), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom() > 0.6
    after = view.mapToScene(at)
    assert abs(after.x() - before.x()) < 3 and abs(after.y() - before.y()) < 3
    key(qtbot, window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.adjusted(-2, -2, 2, 2).contains(scene.layout.board_rect())
    zoom = view.zoom()
    window.act_zoom_in.trigger()
    assert view.zoom() > zoom
    window.act_zoom_out.trigger()
    window.act_zoom_out.trigger()
    assert view.zoom() < zoom


def test_middle_drag_pans(window, qtbot):
    view = window.view
    view.set_zoom(1.0)
    bar = view.horizontalScrollBar()
    bar.setValue(bar.maximum() // 2)
    start = bar.value()
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=QPoint(400, 400))
    qtbot.mouseMove(viewport, QPoint(300, 400))
    qtbot.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=QPoint(300, 400))
    assert bar.value() == start + 100
