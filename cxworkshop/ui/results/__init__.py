"""The results tracker in the window (issue 17): Plan > Results (Ctrl+Shift+K) shows the
"Results" dock — the measures, each one's trend, its dated measurements and linked actions.

    results = ResultsUi(window, plan_menu, before_action, today, beside)  # menu entry, shortcut
    results.set_document(document_or_None)                 # with every workshop opened or closed

The follow-up dialog enters measurements through MeasurementsDialog (ui/results/entry.py); the
board's stage badges are the board's own (board/measure_badges.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

from cxworkshop.document import WorkshopDocument
from cxworkshop.ui.results.panel import ResultsPanel

SHORTCUT = "Ctrl+Shift+K"  # K for KPI: Ctrl+Shift+R (room) and Ctrl+Shift+M (meeting) are taken


class ResultsDock(QDockWidget):
    def __init__(self, document: WorkshopDocument, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Results"), parent)
        self.setObjectName("plan-results")
        self.panel = ResultsPanel(document, today)
        self.setWidget(self.panel)


class ResultsUi(QObject):
    """The "Results" entry of the Plan menu and the dock it shows, for the open workshop."""

    def __init__(self, window: QMainWindow, menu: QMenu, before: QAction | None,
                 today: Callable[[], date] = date.today,
                 beside: Callable[[], QDockWidget | None] = lambda: None) -> None:
        super().__init__(window)
        self.window = window
        self.beside = beside  # the dock the Results dock opens as a tab of (the action plan)
        self.today = today
        self.dock: ResultsDock | None = None
        self.act_results = QAction(self.tr("Res&ults…"), window)
        self.act_results.setShortcut(QKeySequence(SHORTCUT))
        tip = self.tr("Measures per stage or touchpoint: baseline, measurements, target")
        self.act_results.setToolTip(tip)
        self.act_results.setStatusTip(tip)
        self.act_results.triggered.connect(lambda _checked=False: self.show_results())
        self.act_results.setEnabled(False)
        if before is not None:
            menu.insertAction(before, self.act_results)
        else:
            menu.addAction(self.act_results)
        window.addAction(self.act_results)  # works while the menu bar is hidden too

    def set_document(self, document: WorkshopDocument | None) -> None:
        shown = self.dock is not None and self.dock.isVisible()
        if self.dock is not None:
            self.dock.panel.detach()
            self.window.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        self.act_results.setEnabled(document is not None)
        if document is None:
            return
        self.dock = ResultsDock(document, self.today, self.window)
        self.dock.panel.message.connect(lambda text: self.window.statusBar().showMessage(text, 8000))
        self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        # A tab of the action plan's group from the start: side by side, the measures' tables
        # would make the window wider than a 1024-pixel screen.
        beside = self.beside()
        if beside is not None and not beside.isFloating() and \
                self.window.dockWidgetArea(beside) == Qt.DockWidgetArea.BottomDockWidgetArea:
            self.window.tabifyDockWidget(beside, self.dock)
        self.dock.setVisible(shown)

    def show_results(self) -> ResultsDock | None:
        """Plan > Results: the dock, raised, with the measures table focused."""
        dock = self.dock
        if dock is None:
            return None
        first_time = not dock.isVisible()
        if first_time:
            # A tab beside the action plan: the tables need the window's full width.
            beside = self.beside()
            if beside is not None and not beside.isFloating():
                self.window.tabifyDockWidget(beside, dock)
        dock.show()
        dock.raise_()
        dock.panel.ensure_fresh()
        if first_time:
            self.window.resizeDocks([dock], [int(self.window.height() * 0.5)],
                                    Qt.Orientation.Vertical)
        dock.panel.table.setFocus()
        return dock


__all__ = ["SHORTCUT", "ResultsDock", "ResultsUi"]
