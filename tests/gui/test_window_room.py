"""The window on a projector laptop (issue 12): it fits 1024x600 with every dock open, the
tool bar keeps Presentation and Export in sight, geometry and docks come back next time, the
room layout gives the board the screen, the facilitator lock shows and guards, a deleted
stage offers Undo in the status bar, Ctrl+N and the welcome screen leave nothing behind, and
a start without a file opens the demo first, then the last workshop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDockWidget, QToolBar

from cxworkshop.document import new_workshop
from cxworkshop.model.records import Card, Stage
from cxworkshop.ui.main_window import MainWindow
from cxworkshop.ui.preferences import Settings
from cxworkshop.ui.translations import install_translators
from tests.gui.conftest import Disk, open_window


@pytest.fixture
def demo_window(qtbot, demo_file: Path):
    window = open_window(qtbot, demo_file)
    yield window
    window.close()


@pytest.fixture
def italian(qapp):
    install_translators(qapp, "it")
    yield
    install_translators(qapp, "en")


def _docks(window: MainWindow) -> list[QDockWidget]:
    return [d for d in window.findChildren(QDockWidget) if d.parent() is window]


def _visible_docks(window: MainWindow) -> set[str]:
    return {d.objectName() for d in _docks(window) if d.isVisible()}


def _toolbar(window: MainWindow) -> QToolBar:
    return window.findChild(QToolBar, "main-toolbar")


# --- the window fits ---------------------------------------------------------------------

@pytest.mark.parametrize("language", ["en", "it"])
def test_every_dock_open_still_fits_1024x600(qtbot, qapp, demo_file: Path, language: str):
    install_translators(qapp, language)
    try:
        window = open_window(qtbot, demo_file)
        for dock in _docks(window):
            dock.show()
        QApplication.processEvents()
        assert len(_visible_docks(window)) >= 8  # palette, inspector, history and the plan's
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert hint.width() <= 1024 and hint.height() <= 600, hint
        window.resize(1024, 600)
        QApplication.processEvents()
        assert window.size() == QSize(1024, 600)
        assert window.statusBar().geometry().bottom() < 600  # on screen, not cut off
        window.close()
    finally:
        install_translators(qapp, "en")


def test_presentation_and_export_never_go_into_the_overflow(qtbot, italian, demo_file: Path):
    window = open_window(qtbot, demo_file)
    window.resize(1024, 600)
    # The longest undo text the board makes: it must not push the buttons after it away.
    card = window.document.rows(Card)[0]
    window.document.set_card_text(card.id, card.text + " (modificato)")
    QApplication.processEvents()
    bar = _toolbar(window)
    undo = bar.widgetForAction(window.act_undo)
    assert len(window.act_undo.text()) > 12 and undo.width() < 60  # an icon, a fixed width
    for action in (window.act_present, window.act_export):
        button = bar.widgetForAction(action)
        assert button.isVisible() and button.geometry().right() <= bar.width(), action.text()
    window.close()


# --- geometry and docks are remembered ----------------------------------------------------

def test_a_first_start_is_maximised_then_geometry_and_docks_come_back(qtbot, demo_file: Path):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show_for_the_room()
    qtbot.waitExposed(first)
    assert first.isMaximized()  # never 1440x900 on a 1280x720 screen
    first.showNormal()
    first.resize(790, 620)  # the offscreen screen is 800x800
    assert first.open_path(demo_file)
    first.palette_dock.hide()
    first.history_dock.show()
    first.plan.action_plan_dock.hide()
    QApplication.processEvents()
    expected_docks = _visible_docks(first)
    first.close()
    assert Settings().window_geometry() is not None and Settings().window_state() is not None

    second = MainWindow()
    qtbot.addWidget(second)
    second.show_for_the_room()
    qtbot.waitExposed(second)
    assert not second.isMaximized() and second.size() == QSize(790, 620)
    assert second.open_path(demo_file)
    QApplication.processEvents()
    assert _visible_docks(second) == expected_docks
    assert "palette" not in expected_docks and "history" in expected_docks
    second.close()


# --- room layout ---------------------------------------------------------------------------

def test_room_layout_gives_the_board_the_window_and_toggles_back(demo_window, qtbot):
    window = demo_window
    QApplication.processEvents()
    before = _visible_docks(window)
    board_width = window.view.width()
    assert before and _toolbar(window).isVisible()
    assert window.act_room.shortcut().toString() == "Ctrl+Shift+R"
    assert window.act_room in next(a.menu() for a in window.menuBar().actions()
                                   if a.text() == "&View").actions()
    window.act_room.trigger()
    QApplication.processEvents()
    assert window.room_layout and window.act_room.isChecked()
    assert _visible_docks(window) == set() and not _toolbar(window).isVisible()
    assert window.view.width() > board_width and window.view.width() >= window.width() - 10
    window.act_room.trigger()
    QApplication.processEvents()
    assert not window.room_layout and not window.act_room.isChecked()
    assert _visible_docks(window) == before and _toolbar(window).isVisible()


def test_closing_in_room_layout_remembers_the_docks_not_the_empty_room(qtbot, demo_file: Path):
    window = open_window(qtbot, demo_file)
    QApplication.processEvents()
    before = _visible_docks(window)
    window.act_room.trigger()
    window.close()
    again = open_window(qtbot, demo_file)
    QApplication.processEvents()
    assert _visible_docks(again) == before and _toolbar(again).isVisible()
    again.close()


# --- the facilitator lock -----------------------------------------------------------------

def test_the_lock_shows_in_the_window_and_refuses_structure_edits(demo_window, qtbot):
    window, scene = demo_window, demo_window.scene
    stages = Disk(window.document.path).stages()
    assert window.act_lock.shortcut().toString() == "Ctrl+Shift+L"
    assert not window.lock_indicator.isVisible()
    window.act_lock.trigger()
    assert scene.structure_locked and window.act_lock.isChecked()
    assert window.lock_indicator.isVisible()
    assert not window.act_add_stage.isEnabled() and not window.act_delete_stage.isEnabled()
    # The keys and menus the action guards are refused too, with the reason in the status bar.
    window.view.actions_.add_stage()
    window.view.actions_.delete_stage()
    assert Disk(window.document.path).stages() == stages
    assert "locked" in window.statusBar().currentMessage()
    window.lock_indicator.click()  # the padlock unlocks
    assert not scene.structure_locked and not window.lock_indicator.isVisible()
    assert window.act_add_stage.isEnabled()


def test_a_lock_set_elsewhere_on_the_board_shows_in_the_window(demo_window):
    # The presentation locks the same scene (L): the window's padlock and menu follow it.
    demo_window.scene.set_structure_locked(True)
    assert demo_window.lock_indicator.isVisible() and demo_window.act_lock.isChecked()
    demo_window.scene.set_structure_locked(False)
    assert not demo_window.lock_indicator.isVisible() and not demo_window.act_lock.isChecked()


def test_leaving_the_presentation_keeps_the_lock(demo_window, qtbot):
    window = demo_window
    window.act_lock.trigger()
    presenter = window.present()
    assert presenter is not None
    presenter.close()
    qtbot.waitUntil(lambda: window.presenter is None)
    assert window.scene.structure_locked and window.lock_indicator.isVisible()


# --- deleting a stage: a notice with Undo, no modal question ---------------------------------

def test_deleting_a_stage_with_cards_offers_undo_in_the_status_bar(demo_window, qtbot):
    window = demo_window
    disk = Disk(window.document.path)
    stage = window.document.rows(Stage)[0]
    cards = len(window.document.rows(Card, stage_id=stage.id))
    assert cards > 0
    window.scene.set_current_cell((stage.id, window.scene.layout.lane_ids[0]))
    window.act_delete_stage.trigger()
    assert QApplication.activeModalWidget() is None  # nothing asked first
    qtbot.waitUntil(lambda: window.undo_notice.isVisible())
    text = window.undo_notice.label.text()
    assert stage.name in text and str(cards) in text
    assert stage.id not in disk.stage_ids()  # (the future map has a stage of the same name)
    window.undo_notice.button.click()
    assert stage.id in disk.stage_ids()
    assert len(window.document.rows(Card, stage_id=stage.id)) == cards
    assert not window.undo_notice.isVisible()


def test_undoing_an_added_stage_shows_no_notice(demo_window, qtbot):
    window = demo_window
    window.act_add_stage.trigger()
    window.scene.finish_editing()
    window.act_undo.trigger()  # the new stage goes away: that is not a deletion to undo
    qtbot.wait(20)
    assert not window.undo_notice.isVisible()


def test_the_notice_goes_when_something_else_is_done(demo_window, qtbot):
    window = demo_window
    lane_id = window.scene.layout.lane_ids[0]
    window.scene.set_current_cell((window.scene.layout.stage_ids[0], lane_id))
    window.act_delete_lane.trigger()
    qtbot.waitUntil(lambda: window.undo_notice.isVisible())
    window.act_undo.trigger()
    assert not window.undo_notice.isVisible()


# --- Ctrl+N and the welcome screen --------------------------------------------------------

@pytest.mark.parametrize("action", ["act_new", "act_welcome"])
def test_new_and_welcome_leave_nothing_of_the_workshop_behind(demo_window, action: str):
    window = demo_window
    window.plan.show_action_plan()
    QApplication.processEvents()
    assert window.plan.action_plan_dock.isVisible()
    getattr(window, action).trigger()
    QApplication.processEvents()
    assert window.pages.currentWidget() is window.welcome
    assert window.document is None and window.plan.action_plan_dock is None
    assert {d.objectName() for d in _docks(window) if d.isVisible()} == set()
    assert not window.act_present.isEnabled()


# --- starting without a file ------------------------------------------------------------

def test_first_start_opens_the_demo_later_starts_the_last_workshop(qtbot, tmp_path: Path):
    from cxworkshop.app import start_window

    window, notice = start_window(None)
    qtbot.addWidget(window)
    assert notice is None and window.document is not None
    assert window.document.workshop().client == "Caffè Aurora Srl"  # the bundled demo
    own = new_workshop(tmp_path / "mine.cxw", template="sme", lang="en", title="Mine")
    assert window.open_path(own)
    window.close()

    again, _ = start_window(None)
    qtbot.addWidget(again)
    assert again.document is not None and again.document.path == own.absolute()
    again.close()

    own.unlink()  # gone since: the welcome screen, not an error and not the demo
    third, _ = start_window(None)
    qtbot.addWidget(third)
    assert third.document is None and third.pages.currentWidget() is third.welcome
    third.close()


def test_the_notice_still_comes_once_the_undo_history_is_full(demo_window, qtbot):
    # Issue 15: the undo history is bounded (WorkshopDocument.UNDO_LIMIT); at the limit a new
    # step drops the oldest and the stack's index stays put, which is still a step forward.
    window = demo_window
    stack = window.document.undo_stack
    stack.clear()
    stack.setUndoLimit(3)  # as full as 2,000 steps, in three
    card = window.document.rows(Card)[0]
    for colour in ("#ffe08a", "#c8f0d0", "#ffe08a", "#c8f0d0"):
        window.scene.attempt(window.document.set_card, card.id, colour=colour)
    assert stack.count() == 3 and stack.index() == 3
    stage = window.document.rows(Stage)[0]
    window.scene.set_current_cell((stage.id, window.scene.layout.lane_ids[0]))
    window.act_delete_stage.trigger()
    qtbot.waitUntil(lambda: window.undo_notice.isVisible())
    assert stage.name in window.undo_notice.label.text()
