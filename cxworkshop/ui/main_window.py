"""MainWindow: the welcome screen, then the board with its palette, inspector and plan docks,
tool bar and menus (built in window_menus). It owns the open document's life cycle: opening
(with the dialogs of open_errors), the crash marker (session_guard), the recent list, and
handing the document to the board, the plan and the presentation. There is no Save: the
title shows when the last change reached the file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QLocale, QSize, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QUndoView,
    QWidget,
)

from cxworkshop.appinfo import APP_NAME, FILE_EXTENSION
from cxworkshop.board.actions import BoardActions
from cxworkshop.board.palette import PaletteWidget
from cxworkshop.board.scene import BoardScene
from cxworkshop.board.view import BoardView
from cxworkshop.document import (
    ChangeSet,
    WorkshopDocument,
    WorkshopFileError,
    bundled_demo_path,
    new_workshop,
    recovery,
)
from cxworkshop.model.records import Lane, Persona, Stage
from cxworkshop.ui import window_menus
from cxworkshop.ui.about import show_about
from cxworkshop.ui.channel_register import install_register_ui
from cxworkshop.ui.errors import show_error
from cxworkshop.ui.file_notices import connect_file_notices
from cxworkshop.ui.inspector import InspectorWidget
from cxworkshop.ui.map_tabs import MapCommands
from cxworkshop.ui.open_errors import open_with_dialogs
from cxworkshop.ui.persona_dialog import PersonaDialog
from cxworkshop.ui.plan import install_plan_ui
from cxworkshop.ui.preferences import PreferencesDialog, Settings
from cxworkshop.ui.presentation import PresentationWindow
from cxworkshop.ui.process_view import ProcessGapsView
from cxworkshop.ui.recent_files import fill_recent_menu, last_folder, remember
from cxworkshop.ui.room_dock import install_room_ui
from cxworkshop.ui.session_guard import SessionGuard
from cxworkshop.ui.shortcuts_help import show_shortcuts
from cxworkshop.ui.status_notices import LockIndicator, UndoNotice
from cxworkshop.ui.welcome import WelcomePage
from cxworkshop.ui.window_plan import PlanWiring

FILE_FILTER = "CX Workshop (*.cxw)"


class MainWindow(QMainWindow):
    # The window's commands, made by window_menus.make_actions (declared here so a typo in a
    # name is a type error, and "go to definition" finds them).
    act_new: QAction
    act_welcome: QAction
    act_open: QAction
    act_demo: QAction
    act_portfolio: QAction
    act_copy_file: QAction
    act_export: QAction
    act_send: QAction
    act_close: QAction
    act_quit: QAction
    act_undo: QAction
    act_redo: QAction
    act_cut: QAction
    act_copy: QAction
    act_paste: QAction
    act_duplicate: QAction
    act_delete: QAction
    act_edit_text: QAction
    act_select_all: QAction
    act_preferences: QAction
    act_history: QAction
    act_zoom_in: QAction
    act_zoom_out: QAction
    act_fit: QAction
    act_actual: QAction
    act_present: QAction
    act_full: QAction
    act_room: QAction
    act_add_stage: QAction
    act_add_note: QAction
    act_rename: QAction
    act_delete_stage: QAction
    act_delete_lane: QAction
    act_lock: QAction
    act_add_persona: QAction
    act_shortcuts: QAction
    act_about: QAction
    lane_actions: list[QAction]
    board_actions: list[QAction]  # the commands that need an open board
    recent_menu: QMenu  # File > Open recent, made by window_menus.make_menus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: WorkshopDocument | None = None
        self.scene: BoardScene | None = None
        self.view: BoardView | None = None
        self.presenter: PresentationWindow | None = None
        self.board_page: QWidget | None = None
        self.guard = SessionGuard()
        self.pages = QStackedWidget()
        self.welcome = WelcomePage()
        self.pages.addWidget(self.welcome)
        self.setCentralWidget(self.pages)
        self.welcome.create_requested.connect(self.create_from_template)
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.open_path_requested.connect(self.open_path)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.portfolio_requested.connect(lambda: self.act_portfolio.trigger())
        # Not `self.palette`: that would hide QWidget.palette().
        self.board_palette = PaletteWidget()
        self.inspector = InspectorWidget()
        self.history = QUndoView()
        self.history.setEmptyLabel(self.tr("<opened>"))
        self.palette_dock = self._dock(self.tr("Palette"), "palette", self.board_palette,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.inspector_dock = self._dock(self.tr("Inspector"), "inspector", self.inspector,
                                         Qt.DockWidgetArea.RightDockWidgetArea)
        self.history_dock = self._dock(self.tr("History"), "history", self.history,
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.history_dock.hide()
        # The right-hand docks run down to the status bar and the action plan stays under the
        # board: the window's minimum height is then the taller of the two, not their sum.
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.board_palette.entry_activated.connect(self._add_entry)
        self.zoom_label = QLabel()
        self.saved_label = QLabel()
        self.undo_notice = UndoNotice()
        self.lock_indicator = LockIndicator()
        self.lock_indicator.clicked.connect(self.toggle_structure_lock)
        status = self.statusBar()
        status.addWidget(self.undo_notice, 1)
        status.addPermanentWidget(self.lock_indicator)
        status.addPermanentWidget(self.saved_label)
        status.addPermanentWidget(self.zoom_label)
        # Room layout: the dock layout to go back to (None while the docks are shown).
        self._room_state: QByteArray | None = None
        self._structure_names: dict[tuple[str, int], str] = {}
        self._stack_index = 0
        self._stack_step = 0
        self._notice_index = -1
        # Size and lay out before the menus arrive: a menu bar still at its default 100 px
        # folds them into an overflow menu that lingers until the window is shown.
        self.menuBar()
        self.resize(self._first_size())
        layout = self.layout()
        if layout is not None:
            layout.activate()
        window_menus.make_actions(self)
        self.maps = MapCommands(self)  # the map tabs and the Board menu's map commands
        self.processes = ProcessGapsView(self)  # View > Journey vs internal processes
        window_menus.make_menus(self)
        window_menus.make_toolbar(self)
        self.plan = install_plan_ui(self, None)
        self.room_ui = install_room_ui(self)  # Plan > Room: phones in the room (issue 19)
        self.register_ui = install_register_ui(self)  # View > Channel register (issue 17)
        self.plan_wiring = PlanWiring(self, self.plan)
        self._update_actions()
        self.show_welcome()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close_document)

    def _first_size(self) -> QSize:
        """1440x900, or less: never larger than the screen's free area (a 1280x720 projector
        laptop with a task bar has about 1280x680)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        wanted = QSize(1440, 900)
        return wanted if screen is None else wanted.boundedTo(screen.availableGeometry().size())

    def show_for_the_room(self) -> None:
        """Show the window where it was last time, else maximised on the screen it is on."""
        geometry = Settings().window_geometry()
        if geometry is not None and self.restoreGeometry(geometry):
            self.show()
        else:
            self.showMaximized()

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # --- actions -----------------------------------------------------------------------

    def with_board(self, command: Callable[[BoardActions], object]) -> Callable[[], None]:
        """A slot that runs `command` (say BoardActions.cut) on the open board, if any."""
        def run() -> None:
            if self.view is not None:
                command(self.view.actions_)
        return run

    def with_view(self, command: Callable[[BoardView], object]) -> Callable[[], None]:
        """A slot that runs `command` (say BoardView.zoom_in) on the open board's view."""
        def run() -> None:
            if self.view is not None:
                command(self.view)
        return run

    def _update_actions(self) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.act_undo):
            return  # signals of a document torn down with the window at exit
        scene, document = self.scene, self.document
        has_board = scene is not None
        editable = scene is not None and not scene.read_only
        editing = scene is not None and scene.editor is not None
        for action in (*self.board_actions, self.act_history):
            action.setEnabled(has_board)
        for action in (self.act_cut, self.act_paste, self.act_duplicate, self.act_delete,
                       self.act_add_stage, self.act_add_note, self.act_rename, self.act_delete_stage,
                       self.act_delete_lane, self.act_add_persona, *self.lane_actions):
            action.setEnabled(editable and not editing)
        locked = scene is not None and scene.structure_locked
        for action in (self.act_add_stage, self.act_rename, self.act_delete_stage,
                       self.act_delete_lane, *self.lane_actions):
            action.setEnabled(action.isEnabled() and not locked)
        self.act_lock.setChecked(locked)
        self.lock_indicator.setVisible(locked)
        self.act_room.setChecked(self._room_state is not None)
        for action in (self.act_edit_text, self.act_select_all, self.act_copy, self.act_undo,
                       self.act_redo):
            action.setEnabled(has_board and not editing)
        if document is not None and has_board and not editing:
            stack = document.undo_stack
            self.act_undo.setEnabled(editable and stack.canUndo())
            self.act_redo.setEnabled(editable and stack.canRedo())
            self.act_undo.setText(self.tr("&Undo %1").replace("%1", stack.undoText()).strip())
            self.act_redo.setText(self.tr("&Redo %1").replace("%1", stack.redoText()).strip())
            for action in (self.act_undo, self.act_redo):  # icon-only on the tool bar
                action.setToolTip(action.text().replace("&", ""))

    def _finish_editing(self) -> None:
        """Commit an open in-place editor before a command that reads or changes the file."""
        if self.scene is not None:
            self.scene.finish_editing()

    def undo(self) -> None:
        if self.document is not None:
            self._finish_editing()
            self.document.undo_stack.undo()

    def redo(self) -> None:
        if self.document is not None:
            self._finish_editing()
            self.document.undo_stack.redo()

    # --- documents ---------------------------------------------------------------------

    def open_path(self, path: Path, read_only: bool = False) -> bool:
        """Open `path`; a refused file gets its dialog and ways out (open_errors)."""
        document = open_with_dialogs(self, Path(path), read_only)
        if document is None:
            return False
        self.set_document(document)
        remember(document.path)
        return True

    def set_document(self, document: WorkshopDocument) -> None:
        self.close_document()
        self.document = document
        document.setParent(self)
        self.scene = scene = BoardScene(document)
        self.view = view = BoardView(scene)
        view.addAction(self.act_add_note)
        self.board_page = page = self.maps.page_for(view)  # the map tabs over the board
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self.history.setStack(document.undo_stack)
        self.inspector.set_scene(scene)
        document.saved.connect(lambda _when: self.update_title())
        document.changed.connect(self._on_changed)
        self._remember_structure_names()
        self._stack_index, self._stack_step = document.undo_stack.index(), 0
        document.undo_stack.indexChanged.connect(self._on_stack_index)
        document.failed.connect(lambda message: show_error(self, self.tr("Not saved"), message))
        connect_file_notices(self, document, self.save_copy)  # file replaced under us; backup failed
        document.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        scene.edit_rejected.connect(lambda message: self.statusBar().showMessage(message, 8000))
        scene.editing_changed.connect(lambda _e: self._update_actions())
        scene.persona_activated.connect(self.edit_persona)
        scene.structure_lock_changed.connect(lambda _locked: self._update_actions())
        view.zoom_changed.connect(
            lambda z: self.zoom_label.setText(self.tr("Zoom %1%").replace("%1", str(round(z * 100)))))
        for dock in (self.palette_dock, self.inspector_dock):
            dock.show()
        self.resizeDocks([self.palette_dock, self.inspector_dock], [220, 270],
                         Qt.Orientation.Horizontal)
        self.guard.begin(document.path, document.read_only)
        self.update_title()
        self._update_actions()
        view.setFocus()
        view.fit()
        self.plan.set_document(document)
        self.room_ui.set_document(document)
        self.register_ui.set_document(document)
        self.plan_wiring.attach(scene)
        self.maps.attach(document, scene)  # the map remembered for this file, in every view
        self.processes.attach(document, scene)
        self._arrange_plan_docks()
        state = Settings().window_state()
        if state is not None:
            self.restoreState(state)

    def _arrange_plan_docks(self) -> None:
        # One tab group on the right (inspector, progress, voting, timer, history) instead of
        # a column of docks: stacked, they forced a window taller than a 1280x720 screen.
        plan = self.plan
        right = [d for d in (plan.progress_dock, plan.voting_dock, plan.timer_dock,
                             self.history_dock) if d is not None]
        for dock in right:
            if self.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea:
                self.tabifyDockWidget(self.inspector_dock, dock)
        self.inspector_dock.raise_()
        # A low action plan, so a 1280x720 projector still leaves the board most of the screen.
        if plan.action_plan_dock is not None:
            self.resizeDocks([plan.action_plan_dock], [max(150, self.height() // 5)],
                             Qt.Orientation.Vertical)

    def _save_layout(self) -> None:
        """Remember the docks as the user arranged them (not the room layout's empty one)."""
        Settings().set_window_state(self._room_state if self._room_state is not None
                                    else self.saveState())

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("workshop"):
            self.update_title()
        deleted = [(table, row_id) for table in ("stage", "lane")
                   for row_id in changes.deleted.get(table, ())]
        if deleted:
            cards = len(changes.deleted.get("card", ()))
            text = self._deleted_text(deleted, cards)
            # Decided once the undo stack has moved: a new edit or a redo gets the notice,
            # an undo (of "Add stage", say) does not.
            QTimer.singleShot(0, self, lambda: self._notice_if_forward(text))
        if changes.touches("stage") or changes.touches("lane"):
            self._remember_structure_names()

    # --- deleting stages and lanes: a notice with Undo, no modal question -----------------

    def _remember_structure_names(self) -> None:
        doc = self.document
        if doc is None:
            return
        self._structure_names = {
            **{("stage", s.id): s.name for s in doc.rows(Stage)},
            **{("lane", lane.id): lane.name for lane in doc.rows(Lane)},
        }

    def _deleted_text(self, deleted: list[tuple[str, int]], cards: int) -> str:
        table, row_id = deleted[0]
        name = self._structure_names.get((table, row_id), "")
        if table == "stage":
            text = (self.tr("Stage “%1” deleted, with %n card(s).", "", cards) if cards
                    else self.tr("Stage “%1” deleted."))
        else:
            text = (self.tr("Lane “%1” deleted, with %n card(s).", "", cards) if cards
                    else self.tr("Lane “%1” deleted."))
        return text.replace("%1", name)

    def _on_stack_index(self, index: int) -> None:
        stack = self.document.undo_stack if self.document is not None else None
        # At the undo limit a new step drops the oldest one: the index stays where it was.
        full = stack is not None and index == self._stack_index == stack.undoLimit() == stack.count()
        self._stack_step = 1 if full else index - self._stack_index
        self._stack_index = index
        if self.undo_notice.isVisible() and index != self._notice_index:
            self.undo_notice.dismiss()  # another edit or an undo: the notice is out of date

    def _notice_if_forward(self, text: str) -> None:
        if self.document is None or self._stack_step <= 0:
            return
        self._notice_index = self.document.undo_stack.index()
        self.statusBar().clearMessage()
        self.undo_notice.show_notice(text, self.undo)

    def close_document(self) -> None:
        document, scene, view = self.document, self.scene, self.view
        if document is None or scene is None or view is None:
            return
        if self.presenter is not None:
            self.presenter.close()
        self.undo_notice.dismiss()
        self._save_layout()
        if self._room_state is not None:
            self.restoreState(self._room_state)
            self._room_state = None
        scene.finish_editing()
        self.plan_wiring.detach()
        self.room_ui.set_document(None)  # stops the room's server first
        self.register_ui.set_document(None)
        self.plan.set_document(None)
        self.inspector.set_scene(None)
        self.maps.attach(None, None)  # the tab bar leaves the page before it goes
        # Qt takes nullptr (no stack); the PySide6 stub does not say Optional.
        self.history.setStack(None)  # type: ignore[arg-type]
        page, self.board_page = self.board_page, None
        if page is not None:
            self.pages.removeWidget(page)
            page.deleteLater()
        view.deleteLater()
        scene.deleteLater()
        document.close()
        document.deleteLater()
        self.document, self.scene, self.view = None, None, None
        self.zoom_label.clear()  # no board, no zoom to report
        self.guard.end()
        self.show_welcome()

    def new_workshop(self) -> None:
        """File > New workshop (Ctrl+N): the open one is closed (every change is already
        saved), so nothing of it (plan, progress, docks) stays behind the welcome screen."""
        self.welcome_screen()
        self.welcome.templates.setFocus()

    def welcome_screen(self) -> None:
        """File > Welcome screen: close the workshop and show the welcome screen."""
        if self.document is None:
            self.show_welcome()
        else:
            self.close_document()  # which ends on show_welcome()

    def show_welcome(self) -> None:
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
        folder = last_folder()
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open workshop"),
                                              str(folder) if folder else "", FILE_FILTER)
        if name:
            self.open_path(Path(name))

    def open_demo(self) -> None:
        # The demo speaks the window's language (the translators follow the same choice).
        lang = "it" if QLocale().language() == QLocale.Language.Italian else "en"
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

    def fill_recent(self) -> None:
        fill_recent_menu(self.recent_menu, self.open_path)

    # --- board helpers -----------------------------------------------------------------

    def _add_entry(self, entry: dict[str, str]) -> None:
        if self.view is not None:
            self.view.actions_.add_entry(entry)
            self.view.setFocus()

    def edit_persona(self, persona: Persona | None) -> None:
        scene = self.scene
        if scene is None or scene.read_only or scene.map_id is None:
            return
        dialog = PersonaDialog(self, persona)
        result = dialog.exec()
        if result == PersonaDialog.DELETE and persona is not None:
            scene.attempt(scene.document.delete_persona, persona.id)
        elif result and dialog.values()["name"]:
            values = dialog.values()
            if persona is None:
                scene.attempt(scene.document.add_persona, scene.map_id, values.pop("name"), **values)
            else:
                scene.attempt(scene.document.set_persona, persona.id, **values)

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def toggle_room_layout(self) -> None:
        """View > Room layout (Ctrl+Shift+R): docks and tool bar away, the board fills the
        window; the same command puts every dock back where it was."""
        if self._room_state is not None:
            state, self._room_state = self._room_state, None
            self.restoreState(state)
        elif self.view is not None:
            self._room_state = self.saveState()
            for dock in self.findChildren(QDockWidget):
                if dock.parent() is self:
                    dock.hide()
            for bar in self.findChildren(QToolBar):
                bar.hide()
            self.statusBar().showMessage(
                self.tr("Room layout: Ctrl+Shift+R brings the docks back."), 8000)
            QTimer.singleShot(0, self, self._fit_board)
        self._update_actions()

    def _fit_board(self) -> None:
        if self.view is not None:
            self.view.fit()

    @property
    def room_layout(self) -> bool:
        return self._room_state is not None

    def toggle_structure_lock(self) -> None:
        """Board > Lock stages and lanes (Ctrl+Shift+L): the facilitator lock of the session.
        It belongs to the open board, so presenting and leaving the presentation keep it."""
        if self.scene is not None:
            self.scene.set_structure_locked(not self.scene.structure_locked)
        self._update_actions()

    # --- the room ----------------------------------------------------------------------

    def present(self) -> PresentationWindow | None:
        """View > Presentation (F5): the board full screen on the chosen screen."""
        if self.scene is None:
            return None
        if self.presenter is not None:
            self.presenter.raise_()
            self.presenter.activateWindow()
            return self.presenter
        settings = Settings()
        presenter = PresentationWindow(self.scene, self.document,
                                       settings.presentation_palette(), self)
        presenter.closed.connect(self._presentation_closed)
        presenter.attach_timer(self.plan.timer)
        if self.plan.voting is not None:
            presenter.attach_voting(self.plan.voting)
        self.presenter = presenter
        presenter.present(settings.presentation_screen())
        return presenter

    def _presentation_closed(self) -> None:
        presenter, self.presenter = self.presenter, None
        if presenter is not None:
            presenter.deleteLater()
        if self.view is not None:
            self.view.setFocus()

    def show_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self)
        dialog.backups_changed.connect(self._apply_backup_policy)
        dialog.exec()
        dialog.deleteLater()
        return dialog

    @staticmethod
    def _apply_backup_policy() -> None:
        settings = Settings()
        recovery.apply_backup_policy(settings.backup_folder(), settings.backups_to_keep())

    def show_shortcuts(self) -> None:
        show_shortcuts(self)

    def show_about(self) -> None:
        show_about(self)

    def export_dialog(self) -> None:
        """File > Export…"""
        if self.document is None:
            return
        from cxworkshop.ui.export_dialog import export_workshop

        self._finish_editing()
        # The poster shows the map on the board (issue 18: the chosen map in every view).
        outcome = export_workshop(self, self.document, self.scene.map_id if self.scene else None)
        if outcome is not None and outcome.cancelled:
            self.statusBar().showMessage(self.tr("Export cancelled"), 8000)

    def send_outcomes(self) -> None:
        """File > Send outcomes…"""
        if self.document is None:
            return
        from cxworkshop.ui.send_outcomes import send_outcomes

        self._finish_editing()
        outcome = send_outcomes(self, self.document)
        if outcome is not None and outcome.cancelled:
            self.statusBar().showMessage(self.tr("Export cancelled"), 8000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_document()
        Settings().set_window_geometry(self.saveGeometry())
        super().closeEvent(event)
