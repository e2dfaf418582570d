"""The main window's actions, menus (File, Edit, View, Board, Help) and tool bar.

Built by functions over the window so main_window.py keeps only the document's life cycle.
Texts use the "MainWindow" translation context, as they did when they lived in the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QToolButton

from cxworkshop.board import icons, labels
from cxworkshop.board.actions import BoardActions
from cxworkshop.board.view import BoardView
from cxworkshop.model import CardKind, LaneKind

if TYPE_CHECKING:
    from cxworkshop.ui.main_window import MainWindow

Shortcut = QKeySequence.StandardKey | str | list[QKeySequence] | None


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _action(w: MainWindow, text: str, slot: Callable[..., object], shortcut: Shortcut = None,
            icon: QIcon | None = None, board: bool = True) -> QAction:
    action = QAction(text, w)
    if isinstance(shortcut, list):
        action.setShortcuts(shortcut)
    elif shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if icon is not None:
        action.setIcon(icon)
    action.setToolTip(text.replace("&", "").replace("…", ""))
    action.setStatusTip(action.toolTip())
    action.triggered.connect(lambda _checked=False: slot())
    action.setProperty("board", board)
    return action


def _redo_keys() -> list[QKeySequence]:
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    wanted = QKeySequence("Ctrl+Shift+Z")
    return keys if wanted in keys else [*keys, wanted]


def make_actions(w: MainWindow) -> None:
    SK = QKeySequence.StandardKey
    # Board commands are typed method references, run on the open board (if any).
    with_board, with_view = w.with_board, w.with_view

    def a(text: str, slot: Callable[[], object], shortcut: Shortcut = None,
          icon: QIcon | None = None, board: bool = True) -> QAction:
        return _action(w, text, slot, shortcut, icon, board)

    w.act_new = a(_tr("&New workshop…"), w.new_workshop, SK.New, board=False)
    w.act_welcome = a(_tr("&Welcome screen"), w.welcome_screen, board=False)
    w.act_open = a(_tr("&Open…"), w.open_dialog, SK.Open, board=False)
    w.act_demo = a(_tr("Open the &demo workshop"), w.open_demo, board=False)
    # Every engagement at a glance (issue 20); Ctrl+Shift+O: "open" among many workshops.
    w.act_portfolio = a(_tr("&Portfolio…"), lambda: _show_portfolio(w), "Ctrl+Shift+O", board=False)
    w.act_copy_file = a(_tr("Save a &copy as…"), w.save_copy, SK.SaveAs)
    w.act_export = a(_tr("&Export…"), w.export_dialog, "Ctrl+E")
    w.act_send = a(_tr("Send ou&tcomes…"), w.send_outcomes, "Ctrl+Shift+E")
    w.act_close = a(_tr("C&lose workshop"), w.close_document, SK.Close)
    w.act_quit = a(_tr("&Quit"), w.close, SK.Quit, board=False)
    w.act_undo = a(_tr("&Undo"), w.undo, SK.Undo, icon=icons.tool_icon("undo"))
    w.act_redo = a(_tr("&Redo"), w.redo, _redo_keys(), icon=icons.tool_icon("redo"))
    w.act_cut = a(_tr("Cu&t"), with_board(BoardActions.cut), SK.Cut)
    w.act_copy = a(_tr("&Copy"), with_board(BoardActions.copy), SK.Copy)
    w.act_paste = a(_tr("&Paste"), with_board(BoardActions.paste), SK.Paste)
    w.act_duplicate = a(_tr("Dup&licate"), with_board(BoardActions.duplicate), "Ctrl+D")
    w.act_delete = a(_tr("&Delete"), with_board(BoardActions.delete_selection), SK.Delete)
    w.act_edit_text = a(_tr("&Edit text"), with_board(BoardActions.edit_selected), "F2")
    w.act_select_all = a(_tr("Select &all cards"), with_board(BoardActions.select_all), SK.SelectAll)
    w.act_preferences = a(_tr("Pre&ferences…"), w.show_preferences, SK.Preferences, board=False)
    w.act_history = w.history_dock.toggleViewAction()
    w.act_history.setText(_tr("&History"))
    w.act_history.setShortcut(QKeySequence("Ctrl+H"))
    w.act_zoom_in = a(_tr("Zoom &in"), with_view(BoardView.zoom_in),
                      [QKeySequence(SK.ZoomIn), QKeySequence("Ctrl+=")],
                      icon=icons.tool_icon("zoom_in"))
    w.act_zoom_out = a(_tr("Zoom &out"), with_view(BoardView.zoom_out), SK.ZoomOut,
                       icon=icons.tool_icon("zoom_out"))
    w.act_fit = a(_tr("&Fit the board"), with_view(BoardView.fit_cycle), "Ctrl+0",
                  icon=icons.tool_icon("fit"))
    w.act_actual = a(_tr("&Actual size"), with_view(BoardView.actual_size), "Ctrl+1")
    w.act_present = a(_tr("&Presentation"), w.present, "F5", icon=icons.stage_icon())
    w.act_present.setToolTip(_tr("Present the board full screen for the room (F5)"))
    w.act_full = a(_tr("F&ull screen"), w.toggle_full_screen, SK.FullScreen, board=False)
    # The board and nothing else, for the room; the same key brings the docks back.
    w.act_room = a(_tr("&Room layout"), w.toggle_room_layout, "Ctrl+Shift+R")
    w.act_room.setCheckable(True)
    # Not Ctrl+Shift+S: that is "Save as" (Save a copy) on every desktop.
    w.act_add_stage = a(_tr("Add &stage"), with_board(BoardActions.add_stage), "Ctrl+Shift+N",
                        icon=icons.stage_icon())
    w.act_add_note = a(_tr("Add &note"), with_board(BoardActions.add_note), "N",
                       icon=icons.card_icon(CardKind.NOTE))
    w.act_add_note.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    w.act_rename = a(_tr("&Rename stage or lane"), with_board(BoardActions.rename))
    w.act_delete_stage = a(_tr("Delete s&tage (with its cards)"), with_board(BoardActions.delete_stage))
    w.act_delete_lane = a(_tr("&Delete lane (with its cards)"), with_board(BoardActions.delete_lane))
    w.act_lock = a(_tr("Loc&k stages and lanes"), w.toggle_structure_lock, "Ctrl+Shift+L")
    w.act_lock.setCheckable(True)
    w.act_add_persona = a(_tr("Add &persona…"), lambda: w.edit_persona(None))
    w.act_shortcuts = a(_tr("&Keyboard shortcuts"), w.show_shortcuts, SK.HelpContents,
                        board=False)
    w.act_about = a(_tr("&About CX Workshop"), w.show_about, board=False)
    w.lane_actions = [a(labels.lane_kind(kind), with_board(_add_lane(kind)), icon=icons.lane_icon(kind))
                      for kind in LaneKind]
    w.board_actions = [act for act in w.findChildren(QAction) if act.property("board")]


def _add_lane(kind: LaneKind) -> Callable[[BoardActions], object]:
    return lambda actions: actions.add_lane(kind.value)


def _show_portfolio(w: MainWindow) -> None:
    # Loaded when asked for, never at start-up.
    from cxworkshop.ui.portfolio_view import show_portfolio

    show_portfolio(w)


def make_menus(w: MainWindow) -> None:
    bar = w.menuBar()
    file = bar.addMenu(_tr("&File"))
    file.addActions([w.act_new, w.act_welcome, w.act_open])
    w.recent_menu = file.addMenu(_tr("Open &recent"))
    w.recent_menu.aboutToShow.connect(w.fill_recent)
    file.addActions([w.act_portfolio, w.act_demo, w.act_copy_file])
    file.addSeparator()
    file.addActions([w.act_export, w.act_send])
    file.addSeparator()
    file.addActions([w.act_close, w.act_quit])
    edit = bar.addMenu(_tr("&Edit"))
    edit.addActions([w.act_undo, w.act_redo])
    edit.addSeparator()
    edit.addActions([w.act_cut, w.act_copy, w.act_paste, w.act_duplicate, w.act_delete])
    edit.addSeparator()
    edit.addActions([w.act_edit_text, w.act_select_all])
    edit.addSeparator()
    edit.addAction(w.act_history)
    edit.addSeparator()
    edit.addAction(w.act_preferences)
    view = bar.addMenu(_tr("&View"))
    view.addActions([w.act_zoom_in, w.act_zoom_out, w.act_fit, w.act_actual])
    view.addSeparator()
    view.addActions([w.act_present, w.act_room])
    view.addSeparator()
    palette, inspector = w.palette_dock.toggleViewAction(), w.inspector_dock.toggleViewAction()
    palette.setText(_tr("Pa&lette"))
    inspector.setText(_tr("I&nspector"))
    view.addActions([palette, inspector, w.act_full])
    view.addSeparator()
    view.addAction(w.maps.act_compare)  # issue 18: the other state's curve, dashed
    view.addAction(w.processes.act_show)  # issue 18: touchpoints with no process behind them
    board = bar.addMenu(_tr("&Board"))
    # Several journey maps (issue 18): the tabs over the board and these commands.
    maps = w.maps
    board.addActions([maps.act_new, maps.act_future, maps.act_rename, maps.act_left,
                      maps.act_right, maps.act_delete])
    board.addSeparator()
    board.addActions([maps.act_next, maps.act_previous])
    board.addSeparator()
    board.addActions([w.act_add_stage, w.act_add_note])
    lanes = board.addMenu(_tr("Add &lane"))
    lanes.addActions(w.lane_actions)
    board.addAction(w.act_add_persona)
    board.addSeparator()
    board.addActions([w.act_rename, w.act_delete_stage, w.act_delete_lane])
    board.addSeparator()
    board.addAction(w.act_lock)
    help_menu = bar.addMenu(_tr("&Help"))
    help_menu.addActions([w.act_shortcuts, w.act_about])
    # Reachable while the menu bar is hidden (full screen, presentation).
    w.addActions([w.act_present, w.act_export, w.act_preferences, w.act_room,
                  w.maps.act_next, w.maps.act_previous])


def make_toolbar(w: MainWindow) -> None:
    bar = w.addToolBar(_tr("Board"))
    bar.setObjectName("main-toolbar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    icon_only = (w.act_undo, w.act_redo, w.act_zoom_out, w.act_zoom_in, w.act_fit)
    for action in (w.act_undo, w.act_redo, None, w.act_add_stage, w.act_add_note, None,
                   w.act_zoom_out, w.act_zoom_in, w.act_fit, None, w.act_history, None,
                   w.act_present, w.act_export):
        if action is None:
            bar.addSeparator()
            continue
        bar.addAction(action)
        button = bar.widgetForAction(action)
        if not isinstance(button, QToolButton):
            continue
        button.setAccessibleName(action.text().replace("&", "").replace("…", ""))
        if action in icon_only:
            # Undo's text grows with the last edit ("Undo Edit card text"): as an icon of a
            # fixed width it can never push Presentation and Export into the overflow menu.
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setFixedWidth(button.sizeHint().width())
