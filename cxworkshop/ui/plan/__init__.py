"""The action plan UI: participants, actions, follow-up meetings, progress, dot voting, timer.

Owns the cxworkshop.ui.plan sub-package and its one entry point for the main window:

    plan = install_plan_ui(main_window, document)   # docks + a "Plan" menu
    plan.set_document(other_document_or_None)       # when the window opens or closes a file

The board reaches it through plan.create_action_from_card(card_id), plan.voting.vote_on_card /
unvote_card (while plan.voting.voting_active), plan.voting.tally_changed and plan.badges_changed.
Every edit goes through WorkshopDocument and is one undo step.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

from cxworkshop.document import ChangeSet, WorkshopDocument
from cxworkshop.model.progress import action_badges_from
from cxworkshop.ui.plan.action_plan import ActionPlanDock
from cxworkshop.ui.plan.agenda import print_agenda
from cxworkshop.ui.plan.edits import PlanEdits
from cxworkshop.ui.plan.follow_up import FollowUpDialog
from cxworkshop.ui.plan.matrix import PriorityDock
from cxworkshop.ui.plan.mime import CARD_IDS_MIME, card_ids_mime
from cxworkshop.ui.plan.participants import ParticipantsDock
from cxworkshop.ui.plan.progress_panel import ProgressDock
from cxworkshop.ui.plan.timer import TimerDock, TimerWidget
from cxworkshop.ui.plan.voting import VotingDock, VotingPanel

SHORTCUTS = {
    "new_action": "Ctrl+Shift+A",
    "follow_up": "Ctrl+Shift+M",
    "voting": "Ctrl+Shift+D",  # D for dots
    "timer": "Ctrl+Shift+T",
    "action_plan": "Ctrl+Shift+P",
    "matrix": "Ctrl+Shift+X",  # X: the matrix's two axes
    "roadmap": "Ctrl+Shift+J",  # J: the journey ahead, month by month
    "agenda": "Ctrl+Shift+G",  # G: aGenda
}


class PlanUi(QObject):
    """What install_plan_ui() made: the docks, the menu, and the slots the board calls."""

    badges_changed = Signal(object)  # dict card_id -> (initials, number of actions)

    def __init__(self, window: QMainWindow, document: WorkshopDocument | None,
                 today: Callable[[], date] = date.today,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window = window
        self.today = today
        self.document: WorkshopDocument | None = None
        self.edits: PlanEdits | None = None
        self.participants_dock: ParticipantsDock | None = None
        self.action_plan_dock: ActionPlanDock | None = None
        self.progress_dock: ProgressDock | None = None
        self.voting_dock: VotingDock | None = None
        self.matrix_dock: PriorityDock | None = None
        self.board_locked = False  # the board's lock (Board > Lock stages and lanes)
        # The timer belongs to the room, not to a file: it survives opening another workshop.
        self.timer_dock = TimerDock(clock, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.timer_dock)
        self.timer_dock.hide()
        self.menu = self._make_menu()
        # Plan > Results (issue 17): its own module, entry just above "Show".
        from cxworkshop.ui.results import ResultsUi  # here: ui.results imports ui.plan's parts

        self.results = ResultsUi(window, self.menu, self.view_menu.menuAction(), today,
                                 lambda: self.action_plan_dock)
        self.set_document(document)

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        # One context ("PlanUi") for the whole menu.
        return QCoreApplication.translate("PlanUi", text, disambiguation, n)

    # --- the parts ---------------------------------------------------------------------

    @property
    def timer(self) -> TimerWidget:
        return self.timer_dock.timer

    @property
    def voting(self) -> VotingPanel | None:
        return self.voting_dock.panel if self.voting_dock is not None else None

    def docks(self) -> list[QDockWidget]:
        return [d for d in (self.participants_dock, self.action_plan_dock, self.progress_dock,
                            self.voting_dock, self.matrix_dock, self.timer_dock) if d is not None]

    # --- documents ---------------------------------------------------------------------

    def set_document(self, document: WorkshopDocument | None) -> None:
        """Show the plan of `document` (None: no workshop open; the docks go away)."""
        if self.document is not None:
            self.document.changed.disconnect(self._on_changed)
        shown = {d.objectName(): d.isVisible() for d in self.docks() if d is not self.timer_dock}
        for dock in (self.participants_dock, self.action_plan_dock, self.progress_dock,
                     self.voting_dock, self.matrix_dock):
            if dock is not None:
                self.window.removeDockWidget(dock)
                dock.deleteLater()
        self.participants_dock = self.action_plan_dock = self.matrix_dock = None
        self.progress_dock = self.voting_dock = None
        self.document = document
        for action in self._document_actions:
            action.setEnabled(document is not None)
        if document is None:
            self.results.set_document(None)
            self.edits = None
            return
        window, today = self.window, self.today
        self.edits = PlanEdits(document, today, self)
        self.edits.message.connect(self._show_message)
        self.participants_dock = ParticipantsDock(document, self.edits, window)
        self.action_plan_dock = ActionPlanDock(document, self.edits, today, window)
        self.progress_dock = ProgressDock(document, today, window)
        self.voting_dock = VotingDock(document, self.edits, today, window)
        self.matrix_dock = PriorityDock(document, self.edits, today, window)
        self.matrix_dock.matrix.set_locked(self.board_locked)
        self.matrix_dock.matrix.message.connect(self._show_message)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.action_plan_dock)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.participants_dock)
        window.tabifyDockWidget(self.action_plan_dock, self.participants_dock)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.matrix_dock)
        window.tabifyDockWidget(self.action_plan_dock, self.matrix_dock)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.progress_dock)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.voting_dock)
        window.tabifyDockWidget(self.progress_dock, self.voting_dock)
        self.action_plan_dock.raise_()
        self.progress_dock.raise_()
        for dock in (self.participants_dock, self.action_plan_dock, self.progress_dock,
                     self.voting_dock):
            if not shown.get(dock.objectName(), dock is not self.voting_dock):
                dock.hide()
        if not shown.get(self.matrix_dock.objectName(), False):
            self.matrix_dock.hide()  # on demand: Plan > Value/effort matrix
        self.voting_dock.panel.actions_created.connect(self._select_new_actions)
        self.action_plan_dock.table.addActions([self.act_new_action])
        self.results.set_document(document)  # after the action plan, whose tab group it joins
        document.changed.connect(self._on_changed)
        self._fill_view_menu()
        self.badges_changed.emit(self.badges())

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.tables() & {"action_item", "participant"}:
            self.badges_changed.emit(self.badges())

    def _show_message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    # --- the menu ----------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object], key: str | None) -> QAction:
        action = QAction(text, self.window)
        if key is not None:
            action.setShortcut(QKeySequence(SHORTCUTS[key]))
        action.setToolTip(text.replace("&", "").replace("…", ""))
        action.setStatusTip(action.toolTip())
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _make_menu(self) -> QMenu:
        self.act_new_action = self._action(self.tr("&New action"), self.new_action, "new_action")
        self.act_follow_up = self._action(self.tr("Start &follow-up meeting…"),
                                          self.start_follow_up, "follow_up")
        self.act_voting = self._action(self.tr("Start &voting round…"), self.start_voting,
                                       "voting")
        self.act_timer = self.timer_dock.toggleViewAction()
        self.act_timer.setText(self.tr("&Timer"))
        self.act_timer.setShortcut(QKeySequence(SHORTCUTS["timer"]))
        self.act_show_plan = self._action(self.tr("Show the &action plan"), self.show_action_plan,
                                          "action_plan")
        self.act_matrix = self._action(self.tr("Value/effort &matrix"), self.show_matrix, "matrix")
        self.act_roadmap = self._action(self.tr("Roa&dmap"), self.show_roadmap, "roadmap")
        self.act_agenda = self._action(self.tr("Prepare the a&genda…"), self.prepare_agenda,
                                       "agenda")
        self._document_actions = [self.act_new_action, self.act_follow_up, self.act_voting,
                                  self.act_show_plan, self.act_matrix, self.act_roadmap,
                                  self.act_agenda]
        menu = QMenu(self.tr("&Plan"), self.window)
        menu.setObjectName("plan-menu")
        menu.addActions([self.act_new_action, self.act_follow_up, self.act_voting,
                         self.act_timer])
        menu.addSeparator()
        menu.addActions([self.act_matrix, self.act_roadmap, self.act_agenda])
        menu.addSeparator()
        self.view_menu = menu.addMenu(self.tr("Show"))
        bar = self.window.menuBar()
        help_title = QCoreApplication.translate("MainWindow", "&Help")
        before = next((a for a in bar.actions() if a.text() == help_title), None)
        if before is not None:
            bar.insertMenu(before, menu)
        else:
            bar.addMenu(menu)
        # Shortcuts work even when the menu bar is hidden (presentation mode).
        self.window.addActions([self.act_new_action, self.act_follow_up, self.act_voting,
                                self.act_timer, self.act_show_plan, self.act_matrix,
                                self.act_roadmap, self.act_agenda])
        return menu

    def _fill_view_menu(self) -> None:
        self.view_menu.clear()
        self.view_menu.addAction(self.act_show_plan)
        for dock in (self.participants_dock, self.progress_dock, self.voting_dock):
            if dock is not None:
                self.view_menu.addAction(dock.toggleViewAction())

    # --- what the menu and the board call ------------------------------------------------

    def show_action_plan(self) -> None:
        if self.action_plan_dock is not None:
            self.action_plan_dock.show()
            self.action_plan_dock.raise_()
            self.action_plan_dock.table.setFocus()

    def _show_priorities(self, tab: int) -> PriorityDock | None:
        dock = self.matrix_dock
        if dock is None:
            return None
        first_time = not dock.isVisible()
        dock.show_tab(tab)
        if first_time:
            # Room to read it on a 1280x720 projector: most of the window's height.
            self.window.resizeDocks([dock], [int(self.window.height() * 0.62)],
                                    Qt.Orientation.Vertical)
        return dock

    def show_matrix(self) -> PriorityDock | None:
        """Plan > Value/effort matrix (Ctrl+Shift+X)."""
        return self._show_priorities(PriorityDock.MATRIX)

    def show_roadmap(self) -> PriorityDock | None:
        """Plan > Roadmap (Ctrl+Shift+J)."""
        return self._show_priorities(PriorityDock.ROADMAP)

    def set_board_locked(self, locked: bool) -> None:
        """The board's lock also stops moves on the matrix (the wiring calls this)."""
        self.board_locked = bool(locked)
        if self.matrix_dock is not None:
            self.matrix_dock.matrix.set_locked(self.board_locked)

    def prepare_agenda(self) -> Path | None:
        """Plan > Prepare the agenda… (Ctrl+Shift+G): the follow-up agenda as a PDF."""
        if self.document is None:
            return None
        return print_agenda(self.window, self.document.path, self.today(), self._show_message)

    def new_action(self) -> int | None:
        return self.action_plan_dock.new_action() if self.action_plan_dock else None

    def create_action_from_card(self, card_id: int) -> int | None:
        return (self.action_plan_dock.create_action_from_card(card_id)
                if self.action_plan_dock else None)

    def card_menu_action(self, card_id: int, parent: QWidget | None = None) -> QAction:
        """'Create an action from this card', for the board's card context menu."""
        action = QAction(self.tr("Create an &action from this card"), parent or self.window)
        action.triggered.connect(lambda _checked=False: self.create_action_from_card(card_id))
        action.setEnabled(self.document is not None and not self.document.read_only)
        return action

    def follow_up_dialog(self) -> FollowUpDialog | None:
        if self.document is None or self.edits is None:
            return None
        return FollowUpDialog(self.document, self.edits, self.today, self.window)

    def start_follow_up(self) -> int | None:
        dialog = self.follow_up_dialog()
        if dialog is None:
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if dialog.exec() and self.progress_dock is not None:
            self.progress_dock.show()
            self.progress_dock.raise_()
            return dialog.meeting_id
        return None

    def start_voting(self) -> int | None:
        if self.voting_dock is None:
            return None
        self.voting_dock.show()
        self.voting_dock.raise_()
        return self.voting_dock.panel.start_round_interactive()

    def badges(self) -> dict[int, tuple[str, int]]:
        """card_id -> (owner initials, number of actions) for the board's card badges."""
        return action_badges_from(self.document) if self.document is not None else {}

    def _select_new_actions(self, ids: list[int]) -> None:
        if self.action_plan_dock is not None and ids:
            self.action_plan_dock.show()
            self.action_plan_dock.raise_()
            self.action_plan_dock.select_action(ids[0])


def install_plan_ui(main_window: QMainWindow, document: WorkshopDocument | None,
                    today: Callable[[], date] = date.today,
                    clock: Callable[[], float] = time.monotonic) -> PlanUi:
    """Add the plan's docks and "Plan" menu to `main_window`; see the module docstring."""
    return PlanUi(main_window, document, today, clock)


__all__ = ["CARD_IDS_MIME", "PlanUi", "TimerWidget", "card_ids_mime", "install_plan_ui"]
