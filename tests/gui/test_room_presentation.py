"""Presentation mode: enters and leaves, navigates stages, hides chrome, locks the structure."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMenuBar, QToolBar

from cxworkshop.board.grid_items import StageHeaderItem
from cxworkshop.board.scene import BoardScene
from cxworkshop.document import WorkshopDocument
from cxworkshop.ui.presentation import Framing, PresentationWindow
from tests.gui.test_room_support import no_exception_reaches_the_loop


def _present(qtbot, path: Path, read_only: bool = False) -> PresentationWindow:
    document = WorkshopDocument.open(path, read_only=read_only)
    scene = BoardScene(document)
    window = PresentationWindow(scene, document)
    qtbot.addWidget(window)
    window.present()
    qtbot.waitExposed(window)
    return window


def test_enters_full_screen_without_chrome_and_escape_leaves(qtbot, demo_file: Path):
    with no_exception_reaches_the_loop():
        window = _present(qtbot, demo_file)
        # The offscreen platform drops the full-screen state; the geometry shows it was asked.
        assert window.isFullScreen() or window.geometry() == window.screen().geometry()
        assert not window.findChildren(QMenuBar)
        assert not window.findChildren(QToolBar)
        assert not window.findChildren(QDockWidget)
        assert window.current_stage_index() == 0
        with qtbot.waitSignal(window.closed, timeout=2000):
            qtbot.keyClick(window.view, Qt.Key.Key_Escape)
        assert not window.isVisible()
        window.document.close()


def test_arrows_and_presenter_remote_keys_move_stage_by_stage(qtbot, demo_file: Path):
    with no_exception_reaches_the_loop():
        window = _present(qtbot, demo_file)
        count = window.stage_count()
        assert count == 7
        for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            qtbot.keyClick(window.view, key)
        assert window.current_stage_index() == 3
        centre = window.view.mapToScene(window.view.viewport().rect().center())
        assert window.stage_column(window.current_stage_id()).contains(centre)
        assert window.stage_label.text().startswith("Stage 4 of 7")
        qtbot.keyClick(window.view, Qt.Key.Key_PageUp)
        qtbot.keyClick(window.view, Qt.Key.Key_Left)
        assert window.current_stage_index() == 1
        qtbot.keyClick(window.view, Qt.Key.Key_End)
        assert window.current_stage_index() == count - 1
        qtbot.keyClick(window.view, Qt.Key.Key_PageDown)  # stays on the last stage
        assert window.current_stage_index() == count - 1
        qtbot.keyClick(window.view, Qt.Key.Key_Home)
        assert window.current_stage_index() == 0
        window.close()
        window.document.close()


def test_zoom_to_one_stage_makes_type_large_and_whole_board_fits(qtbot, demo_file: Path):
    with no_exception_reaches_the_loop():
        window = _present(qtbot, demo_file)
        window.resize(1280, 720)
        window.go_to_stage(2)
        stages_zoom = window.view.zoom()
        qtbot.keyClick(window.view, Qt.Key.Key_Z)
        assert window.framing == Framing.ZOOM
        zoomed = window.view.zoom()
        assert zoomed > stages_zoom
        # Card text (20 scene px) at least a thirty-fifth of the screen height.
        assert 20 * zoomed >= window.view.viewport().height() / 35
        top = window.view.mapToScene(0, 0).y()
        qtbot.keyClick(window.view, Qt.Key.Key_Down)
        assert window.view.mapToScene(0, 0).y() > top
        qtbot.keyClick(window.view, Qt.Key.Key_O)
        assert window.framing == Framing.BOARD
        board = window.scene.layout.board_rect()
        visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
        assert visible.contains(board.adjusted(5, 5, -5, -5))
        window.close()
        window.document.close()


def test_facilitator_lock_keeps_stages_in_place(qtbot, demo_file: Path):
    with no_exception_reaches_the_loop():
        window = _present(qtbot, demo_file)
        window.set_framing(Framing.BOARD)
        qtbot.keyClick(window.view, Qt.Key.Key_L)
        assert window.locked and window.lock_label.isVisible()
        scene = window.scene
        first = scene.layout.stage_ids[0]
        header: StageHeaderItem = scene.stage_items[first]
        start = window.view.mapFromScene(header.sceneBoundingRect().center())
        end = window.view.mapFromScene(scene.stage_items[scene.layout.stage_ids[3]]
                                       .sceneBoundingRect().center())
        qtbot.mousePress(window.view.viewport(), Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(window.view.viewport(), end)
        qtbot.mouseRelease(window.view.viewport(), Qt.MouseButton.LeftButton, pos=end)
        assert scene.layout.stage_ids[0] == first
        qtbot.keyClick(window.view, Qt.Key.Key_L)
        assert not window.locked
        window.close()
        window.document.close()


def test_timer_and_tally_show_only_while_running(qtbot, demo_file: Path):
    from PySide6.QtCore import QObject, Signal

    class FakeTimer(QObject):
        remaining_changed = Signal(int)
        finished = Signal()
        is_running = True  # a property on the real TimerWidget

        def remaining_seconds(self) -> int:
            return 300

    window = _present(qtbot, demo_file)
    timer = FakeTimer()
    window.attach_timer(timer)
    assert window.timer_label.isVisible() and "05:00" in window.timer_label.text()
    timer.is_running = False
    timer.remaining_changed.emit(120)
    assert not window.timer_label.isVisible()
    card = next(iter(window.scene.cards))
    window.show_tally({card: 3})
    assert window.tally_panel.isVisible() and "3" in window.tally_panel.text()
    window.show_tally(None)
    assert not window.tally_panel.isVisible()
    window.close()
    window.document.close()
