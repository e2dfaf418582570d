"""MainWindow: the welcome screen, then the board with its palette and inspector docks,
toolbar and menus (File, Edit, View, Board, Help). There is no Save: the title shows when
the last change reached the file.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QUndoView,
    QWidget,
)

from cxworkshop.appinfo import APP_NAME, FILE_EXTENSION, VERSION
from cxworkshop.board import icons, labels
from cxworkshop.board.palette import PaletteWidget
from cxworkshop.board.scene import BoardScene
from cxworkshop.board.view import BoardView
from cxworkshop.document import (
    WorkshopDocument,
    WorkshopFileError,
    bundled_demo_path,
    new_workshop,
)
from cxworkshop.model import CardKind, LaneKind
from cxworkshop.ui.errors import show_error, show_open_error
from cxworkshop.ui.inspector import InspectorWidget
from cxworkshop.ui.persona_dialog import PersonaDialog
from cxworkshop.ui.recent import recent_files, remember
from cxworkshop.ui.welcome import WelcomePage

FILE_FILTER = "CX Workshop (*.cxw)"


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: WorkshopDocument | None = None
        self.scene: BoardScene | None = None
        self.view: BoardView | None = None
        self.pages = QStackedWidget()
        self.welcome = WelcomePage()
        self.pages.addWidget(self.welcome)
        self.setCentralWidget(self.pages)
        self.welcome.create_requested.connect(self.create_from_template)
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.open_path_requested.connect(self.open_path)
        self.welcome.demo_requested.connect(self.open_demo)
        self.palette = PaletteWidget()
        self.inspector = InspectorWidget()
        self.history = QUndoView()
        self.history.setEmptyLabel(self.tr("<opened>"))
        self.palette_dock = self._dock(self.tr("Palette"), "palette", self.palette,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.inspector_dock = self._dock(self.tr("Inspector"), "inspector", self.inspector,
                                         Qt.DockWidgetArea.RightDockWidgetArea)
        self.history_dock = self._dock(self.tr("History"), "history", self.history,
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.history_dock.hide()
        self.palette.entry_activated.connect(self._add_entry)
        self.zoom_label = QLabel()
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._update_actions()
        self.resize(1440, 900)
        self.show_welcome()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close_document)

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # --- actions -----------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, tip: str | None = None, icon=None,
                board: bool = True) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(icon)
        action.setToolTip(tip or text.replace("&", "").replace("…", ""))
        action.setStatusTip(action.toolTip())
        action.triggered.connect(slot)
        action.setProperty("board", board)
        return action

    def _on_board(self, name: str):
        return lambda *_: self._board_call(name)

    def _board_call(self, name: str, *args):
        if self.view is None:
            return None
        return getattr(self.view.actions_, name)(*args)

    def _make_actions(self) -> None:
        SK = QKeySequence.StandardKey
        a = self._action
        self.act_new = a(self.tr("&New workshop…"), self.show_welcome, SK.New, board=False)
        self.act_open = a(self.tr("&Open…"), self.open_dialog, SK.Open, board=False)
        self.act_demo = a(self.tr("Open the &demo workshop"), self.open_demo, board=False)
        self.act_copy_file = a(self.tr("Save a &copy as…"), self.save_copy, SK.SaveAs)
        self.act_close = a(self.tr("&Close workshop"), self.close_document, SK.Close)
        self.act_quit = a(self.tr("&Quit"), self.close, SK.Quit, board=False)
        self.act_undo = a(self.tr("&Undo"), self._undo, SK.Undo, icon=icons.tool_icon("undo"))
        self.act_redo = a(self.tr("&Redo"), self._redo, self._redo_keys(), icon=icons.tool_icon("redo"))
        self.act_cut = a(self.tr("Cu&t"), self._on_board("cut"), SK.Cut)
        self.act_copy = a(self.tr("&Copy"), self._on_board("copy"), SK.Copy)
        self.act_paste = a(self.tr("&Paste"), self._on_board("paste"), SK.Paste)
        self.act_duplicate = a(self.tr("D&uplicate"), self._on_board("duplicate"), "Ctrl+D")
        self.act_delete = a(self.tr("&Delete"), self._on_board("delete_selection"), SK.Delete)
        self.act_edit_text = a(self.tr("&Edit text"), self._on_board("edit_selected"), "F2")
        self.act_select_all = a(self.tr("Select &all cards"), self._on_board("select_all"), SK.SelectAll)
        self.act_history = self.history_dock.toggleViewAction()
        self.act_history.setText(self.tr("&History"))
        self.act_history.setShortcut(QKeySequence("Ctrl+H"))
        self.act_zoom_in = a(self.tr("Zoom &in"), lambda: self.view and self.view.zoom_in(),
                             [QKeySequence(SK.ZoomIn), QKeySequence("Ctrl+=")],
                             icon=icons.tool_icon("zoom_in"))
        self.act_zoom_out = a(self.tr("Zoom &out"), lambda: self.view and self.view.zoom_out(), SK.ZoomOut,
                              icon=icons.tool_icon("zoom_out"))
        self.act_fit = a(self.tr("&Fit the board"), lambda: self.view and self.view.fit(), "Ctrl+0",
                         icon=icons.tool_icon("fit"))
        self.act_actual = a(self.tr("&Actual size"), lambda: self.view and self.view.actual_size(), "Ctrl+1")
        self.act_full = a(self.tr("F&ull screen"), self._toggle_full_screen, SK.FullScreen, board=False)
        self.act_add_stage = a(self.tr("Add &stage"), self._on_board("add_stage"), "Ctrl+Shift+S",
                               icon=icons.stage_icon())
        self.act_add_note = a(self.tr("Add &note"), self._on_board("add_note"), "N",
                              icon=icons.card_icon(CardKind.NOTE))
        self.act_add_note.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_rename = a(self.tr("&Rename stage or lane"), self._on_board("rename"))
        self.act_delete_stage = a(self.tr("Delete s&tage (with its cards)"), self._on_board("delete_stage"))
        self.act_delete_lane = a(self.tr("Delete &lane (with its cards)"), self._on_board("delete_lane"))
        self.act_add_persona = a(self.tr("Add &persona…"), lambda: self.edit_persona(None))
        self.act_shortcuts = a(self.tr("&Keyboard shortcuts"), self.show_shortcuts, SK.HelpContents,
                               board=False)
        self.act_about = a(self.tr("&About CX Workshop"), self.show_about, board=False)
        self.lane_actions = []
        for kind in LaneKind:
            action = a(labels.lane_kind(kind), lambda _=False, k=kind.value: self._board_call("add_lane", k),
                       icon=icons.lane_icon(kind))
            self.lane_actions.append(action)
        self.board_actions = [act for act in self.findChildren(QAction) if act.property("board")]

    @staticmethod
    def _redo_keys() -> list[QKeySequence]:
        keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        wanted = QKeySequence("Ctrl+Shift+Z")
        return keys if wanted in keys else [*keys, wanted]

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addActions([self.act_new, self.act_open])
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addActions([self.act_demo, self.act_copy_file])
        file.addSeparator()
        file.addActions([self.act_close, self.act_quit])
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.act_undo, self.act_redo])
        edit.addSeparator()
        edit.addActions([self.act_cut, self.act_copy, self.act_paste, self.act_duplicate,
                         self.act_delete])
        edit.addSeparator()
        edit.addActions([self.act_edit_text, self.act_select_all])
        edit.addSeparator()
        edit.addAction(self.act_history)
        view = bar.addMenu(self.tr("&View"))
        view.addActions([self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_actual])
        view.addSeparator()
        view.addActions([self.palette_dock.toggleViewAction(), self.inspector_dock.toggleViewAction(),
                         self.act_full])
        board = bar.addMenu(self.tr("&Board"))
        board.addActions([self.act_add_stage, self.act_add_note])
        lanes = board.addMenu(self.tr("Add &lane"))
        lanes.addActions(self.lane_actions)
        board.addAction(self.act_add_persona)
        board.addSeparator()
        board.addActions([self.act_rename, self.act_delete_stage, self.act_delete_lane])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.act_shortcuts, self.act_about])

    def _make_toolbar(self) -> None:
        bar = self.addToolBar(self.tr("Board"))
        bar.setObjectName("main-toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.act_undo, self.act_redo, None, self.act_add_stage, self.act_add_note,
                       None, self.act_zoom_out, self.act_zoom_in, self.act_fit, None,
                       self.act_history):
            if action is None:
                bar.addSeparator()
                continue
            bar.addAction(action)
            button = bar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.toolTip())

    def _update_actions(self) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.act_undo):
            return  # signals of a document torn down with the window at exit
        has_board = self.scene is not None
        editable = has_board and not self.scene.read_only
        editing = has_board and self.scene.editor is not None
        for action in self.board_actions:
            action.setEnabled(has_board)
        for action in (self.act_cut, self.act_paste, self.act_duplicate, self.act_delete,
                       self.act_add_stage, self.act_add_note, self.act_rename, self.act_delete_stage,
                       self.act_delete_lane, self.act_add_persona, *self.lane_actions):
            action.setEnabled(editable and not editing)
        for action in (self.act_edit_text, self.act_select_all, self.act_copy, self.act_undo,
                       self.act_redo):
            action.setEnabled(has_board and not editing)
        if has_board and not editing:
            stack = self.document.undo_stack
            self.act_undo.setEnabled(editable and stack.canUndo())
            self.act_redo.setEnabled(editable and stack.canRedo())
            self.act_undo.setText(self.tr("&Undo %1").replace("%1", stack.undoText()).strip())
            self.act_redo.setText(self.tr("&Redo %1").replace("%1", stack.redoText()).strip())

    def _undo(self) -> None:
        if self.document is not None:
            self.scene.finish_editing()
            self.document.undo_stack.undo()

    def _redo(self) -> None:
        if self.document is not None:
            self.scene.finish_editing()
            self.document.undo_stack.redo()

    # --- documents ---------------------------------------------------------------------

    def open_path(self, path: Path, read_only: bool = False) -> bool:
        try:
            document = WorkshopDocument.open(path, read_only=read_only)
        except WorkshopFileError as error:
            if show_open_error(self, error) and not read_only:
                return self.open_path(path, read_only=True)
            return False
        self.set_document(document)
        if not read_only:
            remember(document.path)
        return True

    def set_document(self, document: WorkshopDocument) -> None:
        self.close_document()
        self.document = document
        document.setParent(self)
        self.scene = BoardScene(document)
        self.view = BoardView(self.scene)
        self.view.addAction(self.act_add_note)
        self.pages.addWidget(self.view)
        self.pages.setCurrentWidget(self.view)
        self.history.setStack(document.undo_stack)
        self.inspector.set_scene(self.scene)
        document.saved.connect(lambda _when: self.update_title())
        document.changed.connect(self._on_changed)
        document.failed.connect(lambda message: show_error(self, self.tr("Not saved"), message))
        document.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self.scene.edit_rejected.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.scene.editing_changed.connect(lambda _e: self._update_actions())
        self.scene.persona_activated.connect(self.edit_persona)
        self.view.zoom_changed.connect(
            lambda z: self.zoom_label.setText(self.tr("Zoom %1%").replace("%1", str(round(z * 100)))))
        for dock in (self.palette_dock, self.inspector_dock):
            dock.show()
        self.resizeDocks([self.palette_dock, self.inspector_dock], [220, 270],
                         Qt.Orientation.Horizontal)
        self.update_title()
        self._update_actions()
        self.view.setFocus()
        self.view.fit()

    def _on_changed(self, changes) -> None:
        if changes.touches("workshop"):
            self.update_title()

    def close_document(self) -> None:
        if self.document is None:
            return
        self.scene.finish_editing()
        self.inspector.set_scene(None)
        self.history.setStack(None)
        self.pages.removeWidget(self.view)
        self.view.deleteLater()
        self.scene.deleteLater()
        self.document.close()
        self.document.deleteLater()
        self.document, self.scene, self.view = None, None, None
        self.show_welcome()

    def show_welcome(self) -> None:
        if self.document is not None:
            self.pages.setCurrentWidget(self.welcome)
        self.welcome.refresh()
        self.pages.setCurrentWidget(self.welcome)
        for dock in (self.palette_dock, self.inspector_dock, self.history_dock):
            dock.hide()
        self.update_title()
        self._update_actions()

    def update_title(self) -> None:
        doc = self.document
        if doc is None or self.pages.currentWidget() is self.welcome:
            self.setWindowTitle(APP_NAME)
            self.saved_label.setText("")
            return
        title = doc.workshop().title or doc.path.stem
        if doc.read_only:
            state = self.tr("read-only")
        else:
            when = doc.last_saved or datetime.fromtimestamp(doc.path.stat().st_mtime)
            state = self.tr("saved %1").replace("%1", when.strftime("%H:%M"))
        self.saved_label.setText(state)
        self.setWindowTitle(f"{title} — {doc.path.name} — {state}")

    def create_from_template(self, template: str, lang: str, title: str, client: str,
                             path: Path | None = None) -> bool:
        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            name, _ = QFileDialog.getSaveFileName(self, self.tr("New workshop"),
                                                  str(Path(folder) / (title or "workshop")),
                                                  FILE_FILTER)
            if not name:
                return False
            path = Path(name)
        if path.suffix.lower() != FILE_EXTENSION:
            path = path.with_name(path.name + FILE_EXTENSION)
        try:
            new_workshop(path, template=template, lang=lang, title=title, client=client)
        except WorkshopFileError as error:
            show_error(self, self.tr("The workshop cannot be created"), error.message())
            return False
        return self.open_path(path)

    def open_dialog(self) -> None:
        folder = str(recent_files()[0].parent) if recent_files() else ""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open workshop"), folder, FILE_FILTER)
        if name:
            self.open_path(Path(name))

    def open_demo(self) -> None:
        lang = "it" if QSettings().value("demo_lang", "it") == "it" else "en"
        try:
            path = bundled_demo_path(lang)
        except WorkshopFileError as error:
            show_error(self, self.tr("The demo cannot be created"), error.message())
            return
        self.open_path(path)

    def save_copy(self) -> None:
        if self.document is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"),
                                              str(self.document.path.with_name(
                                                  self.document.path.stem + "-copy.cxw")), FILE_FILTER)
        if name:
            try:
                self.document.save_copy(Path(name))
            except WorkshopFileError as error:
                show_error(self, self.tr("The copy was not saved"), error.message())

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in recent_files():
            self.recent_menu.addAction(path.name, lambda p=path: self.open_path(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    # --- board helpers -----------------------------------------------------------------

    def _add_entry(self, entry: dict) -> None:
        if self.view is not None:
            self.view.actions_.add_entry(entry)
            self.view.setFocus()

    def edit_persona(self, persona) -> None:
        if self.scene is None or self.scene.read_only or self.scene.map_id is None:
            return
        dialog = PersonaDialog(self, persona)
        result = dialog.exec()
        if result == PersonaDialog.DELETE and persona is not None:
            self.scene.edit("delete_persona", persona.id)
        elif result and dialog.values()["name"]:
            values = dialog.values()
            if persona is None:
                self.scene.edit("add_persona", self.scene.map_id, values.pop("name"), **values)
            else:
                self.scene.edit("set_persona", persona.id, **values)

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def show_shortcuts(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), self.tr(
            "<table cellpadding=3>"
            "<tr><td><b>Arrows</b></td><td>move between cells and cards</td></tr>"
            "<tr><td><b>Alt+Arrows</b></td><td>move the selected cards to the next cell</td></tr>"
            "<tr><td><b>N</b></td><td>add a note in the current cell</td></tr>"
            "<tr><td><b>Enter / F2</b></td><td>edit the selected card's text "
            "(Shift+Enter: new line; Enter or Esc: done)</td></tr>"
            "<tr><td><b>Delete</b></td><td>delete the selected cards</td></tr>"
            "<tr><td><b>Ctrl+Z / Ctrl+Shift+Z</b></td><td>undo / redo</td></tr>"
            "<tr><td><b>Ctrl+X / C / V / D</b></td><td>cut / copy / paste / duplicate</td></tr>"
            "<tr><td><b>Wheel, Ctrl +/-</b></td><td>zoom; <b>Ctrl+0</b> fit the board</td></tr>"
            "<tr><td><b>Space+drag, middle drag</b></td><td>pan</td></tr></table>"))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About CX Workshop"),
                          f"<b>{APP_NAME}</b> {VERSION}<br>" + self.tr(
                              "Customer-journey workshops on one laptop, offline. Every change is "
                              "saved as you make it."))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_document()
        super().closeEvent(event)
