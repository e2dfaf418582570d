"""The real MainWindow reaches every part wired into it: the plan docks and their link to the
board, presentation mode, preferences, help, recent files, opening errors, crash recovery."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QDockWidget

from cxworkshop.model.records import ActionItem, Card
from cxworkshop.ui import about, recent_files, shortcuts_help
from cxworkshop.ui.main_window import MainWindow
from cxworkshop.ui.open_errors import Choice, OpenErrorDialog
from cxworkshop.ui.preferences import PreferencesDialog
from cxworkshop.ui.presentation import PresentationWindow
from cxworkshop.ui.session_guard import CLEAN_EXIT, OPEN_FILE, SessionGuard
from cxworkshop.ui.window_plan import CardMenu
from tests.gui.conftest import open_window


@pytest.fixture
def demo_window(qtbot, demo_file: Path):
    window = open_window(qtbot, demo_file)
    yield window
    window.close()


def _menu_texts(window: MainWindow, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def _record(target: object, name: str, monkeypatch) -> list[tuple]:
    calls: list[tuple] = []
    monkeypatch.setattr(target, name, lambda *args: calls.append(args))  # raises if renamed
    return calls


# --- the plan --------------------------------------------------------------------------------

def test_plan_docks_follow_the_open_workshop(demo_window):
    window, plan = demo_window, demo_window.plan
    assert plan.document is window.document
    docks = {d.objectName() for d in window.findChildren(QDockWidget) if d.widget() is not None}
    assert {plan.action_plan_dock.objectName(), plan.participants_dock.objectName(),
            plan.progress_dock.objectName(), plan.voting_dock.objectName()} <= docks
    assert plan.action_plan_dock.isVisible()
    assert "&Plan" in [a.text() for a in window.menuBar().actions()]
    document = window.document
    assert window.zoom_label.text()
    window.close_document()
    assert plan.document is None and plan.action_plan_dock is None
    assert window.zoom_label.text() == ""  # the welcome screen reports no stale zoom
    assert not plan.act_new_action.isEnabled()
    assert document.parent() is window  # closed, then deleted with the window's event loop


def test_badges_tally_and_voting_mode_reach_the_scene(demo_window):
    # What the board shows, not whether a method by some name was called: a renamed scene
    # method fails here (and in mypy), it cannot leave the cards silently without badges.
    window, plan = demo_window, demo_window.plan
    scene = window.scene
    demo_badges = dict(scene.badges)
    assert len(demo_badges) == len(plan.badges()) > 0  # the demo's actions, on their cards
    plan.badges_changed.emit({1: ("GB", 2)})
    assert scene.badges == {1: ("GB", 2)}
    panel = plan.voting
    pain = next(c.id for c in window.document.rows(Card) if c.kind == "pain_point")
    panel.start_round(3, ["pain_point"], "Pains")
    assert scene.voting_mode
    assert window.plan_wiring.vote(pain)  # what the board calls on a click while voting
    assert scene.tally == {pain: 1}
    assert window.plan_wiring.unvote(pain)
    assert scene.tally == {}
    panel.close_current_round()
    assert not scene.voting_mode
    # An owner on an action changes the badges.
    action = window.document.add_action("Call the roaster", card_id=pain)
    window.document.set_action(action, owner_id=window.document.rows(ActionItem)[0].owner_id)
    assert pain in scene.badges and scene.badges != {1: ("GB", 2)}


def test_menu_commands_reach_the_open_board(demo_window):
    # The menus call the board through typed method references (MainWindow.with_board), so
    # each command here must change what the board shows.
    window, scene = demo_window, demo_window.scene
    window.act_select_all.trigger()
    assert {item.card_id for item in scene.selected_cards()} == set(scene.cards)
    window.act_actual.trigger()
    assert window.view.zoom() == pytest.approx(1.0)
    window.act_zoom_in.trigger()
    assert window.view.zoom() > 1.0
    lanes = len(scene.lanes)
    lane_action = window.lane_actions[0]
    lane_action.trigger()
    assert len(scene.lanes) == lanes + 1
    assert lane_action.text() in {lane.name for lane in scene.lanes.values()}
    window.close_document()
    window.act_select_all.trigger()  # no board: nothing to do, and no error


def test_the_board_signals_reach_the_plan(demo_window, monkeypatch):
    window, plan = demo_window, demo_window.plan
    scene = window.scene
    pain = next(c.id for c in window.document.rows(Card) if c.kind == "pain_point")
    plan.voting.start_round(3, ["pain_point"], "Pains")
    scene.card_vote_requested.emit(pain)
    assert plan.voting.tally() == {pain: 1}
    scene.card_unvote_requested.emit(pain)
    assert plan.voting.tally() == {}
    shown = []
    monkeypatch.setattr(CardMenu, "exec", lambda menu, pos=None: shown.append((menu, pos)))
    scene.card_menu_requested.emit([pain], QPoint(40, 50))
    assert shown and shown[0][1] == QPoint(40, 50)


def test_card_menu_creates_an_action_and_offers_the_card_actions(demo_window, monkeypatch):
    window = demo_window
    card = window.document.rows(Card)[0]
    menu = window.plan_wiring.card_menu([card.id])
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[0] == "Create an &action from this card"
    assert {window.act_edit_text.text(), window.act_duplicate.text(),
            window.act_delete.text()} <= set(texts)
    before = len(window.document.rows(ActionItem))
    menu.actions()[0].trigger()
    actions = window.document.rows(ActionItem)
    assert len(actions) == before + 1 and actions[-1].card_id == card.id
    window.undo()
    assert len(window.document.rows(ActionItem)) == before
    several = window.plan_wiring.card_menu([card.id, card.id + 1])
    assert "Create an &action from this card" not in [a.text() for a in several.actions()]
    shown = []
    monkeypatch.setattr(CardMenu, "exec", lambda m, pos=None: shown.append(pos))
    window.plan_wiring.show_card_menu([card.id], QPoint(10, 20))
    assert shown == [QPoint(10, 20)]


# --- the room --------------------------------------------------------------------------------

def test_f5_presents_the_board_and_escape_comes_back(demo_window, qtbot):
    window = demo_window
    assert window.act_present.shortcut().toString() == "F5"
    assert "&Presentation" in _menu_texts(window, "&View")
    toolbar = window.findChild(type(window.addToolBar("x")), "main-toolbar")
    buttons = [toolbar.widgetForAction(a) for a in toolbar.actions() if a is window.act_present]
    assert buttons and buttons[0].accessibleName() == "Presentation"
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    presenter = window.presenter
    assert isinstance(presenter, PresentationWindow)
    qtbot.waitExposed(presenter)
    assert presenter.scene is window.scene and presenter._timer_source is window.plan.timer
    assert presenter._voting_source is window.plan.voting
    with qtbot.waitSignal(presenter.closed, timeout=2000):
        qtbot.keyClick(presenter.view, Qt.Key.Key_Escape)
    assert window.presenter is None and not presenter.isVisible()


def test_voting_tally_shows_in_the_presentation(demo_window, qtbot):
    window = demo_window
    presenter = window.present()
    qtbot.waitExposed(presenter)
    pain = next(c.id for c in window.document.rows(Card) if c.kind == "pain_point")
    window.plan.voting.start_round(2, ["pain_point"], "Pains")
    window.plan.voting.vote_on_card(pain)
    assert presenter.tally == {pain: 1} and presenter.footer_state().tally.startswith("Votes: 1")
    presenter.close()


def test_preferences_open_from_the_edit_menu_and_apply_the_backup_policy(demo_window,
                                                                           monkeypatch,
                                                                           tmp_path: Path):
    from cxworkshop.editing import recovery

    applied = _record(recovery, "apply_backup_policy", monkeypatch)

    def answer(dialog: PreferencesDialog) -> int:
        dialog.backup_folder.setText(str(tmp_path / "backups"))
        dialog.keep.setValue(7)
        dialog.accept()
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", answer)
    assert "Pre&ferences…" in _menu_texts(demo_window, "&Edit")
    demo_window.act_preferences.trigger()
    assert applied == [(tmp_path / "backups", 7)]


def test_help_menu_opens_shortcuts_and_about(demo_window, monkeypatch):
    shown = []
    monkeypatch.setattr(shortcuts_help.ShortcutsDialog, "exec", lambda d: shown.append("keys"))
    monkeypatch.setattr(about.AboutDialog, "exec", lambda d: shown.append("about"))
    assert _menu_texts(demo_window, "&Help") == ["&Keyboard shortcuts", "&About CX Workshop"]
    demo_window.act_shortcuts.trigger()
    demo_window.act_about.trigger()
    assert shown == ["keys", "about"]


def test_open_recent_and_welcome_list_mark_missing_files(qtbot, tmp_path: Path, demo_file: Path):
    gone = tmp_path / "gone.cxw"
    recent_files.remember(gone)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(demo_file)  # and remembered
    window.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.recent_menu.actions() if not a.isSeparator()]
    assert texts[0] == "&1 demo" and texts[1] == "&2 gone (not found)"
    assert not window.recent_menu.actions()[1].isEnabled()
    window.close_document()
    items = [window.welcome.recent.item(i) for i in range(window.welcome.recent.count())]
    assert [i.text().split("\n")[0] for i in items] == ["demo", "gone (not found)"]
    assert items[1].flags() == Qt.ItemFlag.NoItemFlags
    opened = []
    window.welcome.open_path_requested.connect(opened.append)
    window.welcome.recent.itemActivated.emit(items[0])
    window.welcome.recent.itemActivated.emit(items[1])
    assert opened == [demo_file.absolute()]
    assert window.welcome.demo_button.isVisible() or not window.isVisible()


def test_a_bad_file_gets_the_open_error_dialog(qtbot, tmp_path: Path, monkeypatch):
    bad = tmp_path / "notes.cxw"
    bad.write_bytes(b"just some notes" * 100)
    seen = []

    def close(dialog: OpenErrorDialog) -> int:
        seen.append(dialog.error.reason.value)
        dialog.choose(Choice.CLOSE)
        return 0

    monkeypatch.setattr(OpenErrorDialog, "exec", close)
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_path(bad)
    assert seen == ["not_a_workshop"] and window.document is None
    assert window.pages.currentWidget() is window.welcome


def test_a_locked_file_opens_read_only_through_the_dialog(qtbot, demo_file: Path, monkeypatch):
    monkeypatch.setattr(OpenErrorDialog, "exec",
                        lambda dialog: dialog.choose(Choice.READ_ONLY) or 1)
    first = MainWindow()
    qtbot.addWidget(first)
    assert first.open_path(demo_file)
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.open_path(demo_file)
    assert second.document.read_only and "read-only" in second.windowTitle()
    second.close_document()
    first.close_document()


def test_the_session_marker_and_recovery_after_a_crash(qtbot, demo_file: Path):
    from cxworkshop.app import start_window

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(demo_file)
    settings = QSettings()
    assert settings.value(OPEN_FILE) == str(demo_file.absolute())
    assert settings.value(CLEAN_EXIT) in (False, "false")
    window.close_document()
    assert settings.value(CLEAN_EXIT) in (True, "true")

    SessionGuard().begin(demo_file)  # ... and the app dies here
    window, notice = start_window(None)
    qtbot.addWidget(window)
    try:
        assert window.document is not None and window.document.path == demo_file
        assert notice is not None and notice.objectName() == "recovery-notice"
        notice.close()
    finally:
        window.close()
    again, nothing = start_window(None)  # a clean exit: the last workshop, no notice
    qtbot.addWidget(again)
    try:
        assert nothing is None and again.document is not None
        assert again.document.workshop().client == "Caffè Aurora Srl"
        again.close_document()
        assert again.document is None  # and Close leads to the welcome screen
    finally:
        again.close()
