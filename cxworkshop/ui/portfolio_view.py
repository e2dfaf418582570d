"""File > Portfolio…: every workshop of the consultant's folders in one sortable, filterable table.

The index (cxworkshop.portfolio) is refreshed in a worker thread, so 2,000 files never block
the window: a progress bar counts the files read, and the table fills when the refresh ends.
A row opens its workshop in the main window; a second tab sums up each client; a third lists
the files that cannot be read, with the reason (never skipped, never changed).
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cxworkshop.portfolio import (
    ClientSummary,
    Entry,
    Portfolio,
    PortfolioIndex,
    RefreshStats,
    by_client,
)
from cxworkshop.ui.portfolio_models import (
    OVERDUE,
    PATH_ROLE,
    ClientModel,
    PortfolioFilter,
    PortfolioModel,
)
from cxworkshop.ui.translations import current_language

if TYPE_CHECKING:
    from cxworkshop.ui.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex
FOLDERS_KEY = "portfolio/folders"


def saved_folders(settings: QSettings | None = None) -> list[Path]:
    settings = settings if settings is not None else QSettings()
    value = settings.value(FOLDERS_KEY, [])
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [Path(str(p)) for p in items if str(p)]


def save_folders(folders: Sequence[Path], settings: QSettings | None = None) -> None:
    settings = settings if settings is not None else QSettings()
    settings.setValue(FOLDERS_KEY, [str(p) for p in folders])
    settings.sync()


class IndexWorker(QThread):
    """Refreshes the index off the GUI thread; its own index connection, made and closed here."""

    progressed = Signal(int, int)  # files read, files to read
    finished_entries = Signal(object, object)  # Portfolio, RefreshStats
    failed = Signal(str)

    def __init__(self, folders: Sequence[Path], files: Sequence[Path], index_path: Path | None,
                 today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folders, self.files, self.index_path, self.today = list(folders), list(files), index_path, today
        self.cancel = threading.Event()
        self._last = 0.0

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        # A signal per file would flood the GUI thread with 2,000 repaints; ten a second is plenty.
        if done in (0, total) or now - self._last > 0.1:
            self._last = now
            self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            with PortfolioIndex(self.index_path) as index:
                stats = index.refresh(self.folders, self.files, self.today, self._progress, self.cancel)
                portfolio = index.portfolio(self.folders, self.files, self.today)
        except Exception as exc:  # a disk error on the index: say it, the files are untouched
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.finished_entries.emit(portfolio, stats)


class PortfolioWindow(QDialog):
    """The portfolio: folders, filters, the workshops, the clients, the unreadable files."""

    open_requested = Signal(Path)
    refreshed = Signal(object)  # RefreshStats, once the table shows the new rows and the thread ended

    def __init__(self, folders: Sequence[Path] | None = None, recent: Sequence[Path] = (),
                 index_path: Path | None = None, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Portfolio"))
        self.setObjectName("portfolio-window")
        self._explicit = folders is not None
        self.folders = list(folders) if folders is not None else saved_folders()
        self.recent = list(recent)
        self.index_path = index_path
        self.today = today
        self.portfolio = Portfolio([], [], today())
        self.worker: IndexWorker | None = None
        self._stats: RefreshStats | None = None  # of the refresh just shown, until its thread ends
        self._again = False

        self.model = PortfolioModel(self)
        self.proxy = PortfolioFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("portfolio-table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(OVERDUE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Workshops of the portfolio"))
        self.table.verticalHeader().hide()
        # Fixed row heights and column widths: measuring 2,000 rows' contents would stall the paint.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for column, width in zip(range(10), (165, 200, 95, 95, 50, 50, 50, 60, 130, 110), strict=True):
            # Wide enough for the title in either language (plus the sort arrow), measured once.
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            header.resizeSection(column, max(width, metrics.horizontalAdvance(title) + 20))
        header.setStretchLastSection(True)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)

        self.clients = QTableView()
        self.clients.setObjectName("portfolio-clients")
        self.clients.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clients.setAlternatingRowColors(True)
        self.clients.verticalHeader().hide()
        self.clients.horizontalHeader().setStretchLastSection(True)
        self.client_model = ClientModel(self)
        self.clients.setModel(self.client_model)
        client_header = self.clients.horizontalHeader()
        for column in range(self.client_model.columnCount()):
            title = self.client_model.headerData(column, Qt.Orientation.Horizontal)
            client_header.resizeSection(column, max(260 if column == 0 else 90,
                                                    metrics.horizontalAdvance(title) + 20))
        self.clients.activated.connect(self._filter_to_client)
        self.clients.doubleClicked.connect(self._filter_to_client)

        self.problems = QListWidget()
        self.problems.setObjectName("portfolio-problems")
        self.problems.setWordWrap(True)
        self.problems.setSpacing(4)
        self.problems.setAlternatingRowColors(True)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("Workshops"))
        self.tabs.addTab(self.clients, self.tr("By client"))
        self.tabs.addTab(self.problems, self.tr("Cannot be read"))

        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        add = QPushButton(self.tr("Add folder…"))
        add.clicked.connect(self.add_folder_dialog)
        forget = QPushButton(self.tr("Forget folders"))
        forget.clicked.connect(self.forget_folders)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        folders_row = QHBoxLayout()
        folders_row.addWidget(self.folder_label, 1)
        folders_row.addWidget(add)
        folders_row.addWidget(forget)
        folders_row.addWidget(self.refresh_button)

        self.client_filter = QComboBox()
        self.client_filter.setAccessibleName(self.tr("Client"))
        self.client_filter.setMinimumWidth(220)
        self.client_filter.currentIndexChanged.connect(self._client_chosen)
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.overdue_only.toggled.connect(self.proxy.set_overdue_only)
        self.overdue_only.toggled.connect(lambda _on: self._update_count())
        self.open_button = QPushButton(self.tr("Open workshop"))
        self.open_button.clicked.connect(self.open_current)
        self.export_button = QPushButton(self.tr("Export report…"))
        self.export_button.clicked.connect(self.export_dialog)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Client:")))
        filters.addWidget(self.client_filter)
        filters.addWidget(self.overdue_only)
        filters.addStretch(1)
        filters.addWidget(self.open_button)
        filters.addWidget(self.export_button)

        self.progress = QProgressBar()
        self.progress.setObjectName("portfolio-progress")
        self.progress.setTextVisible(True)
        self.status = QLabel()
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.progress)

        layout = QVBoxLayout(self)
        layout.addLayout(folders_row)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(status_row)
        # Enter opens the workshop of the current row, never a button's dialog.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.resize(1180, 640)
        app = QCoreApplication.instance()
        if app is not None:  # never leave the thread running while Qt tears the window down
            app.aboutToQuit.connect(self.stop)
        self._show_folders()
        self._fill_clients([])

    # --- folders -------------------------------------------------------------------------------

    def _show_folders(self) -> None:
        if self.folders:
            names = ", ".join(str(folder) for folder in self.folders)
            self.folder_label.setText(self.tr("Folders: %1").replace("%1", names))
        else:
            self.folder_label.setText(self.tr("No folder chosen yet: add the folders where you keep "
                                              "your workshops. Recent workshops are always included."))

    def add_folder(self, folder: Path) -> None:
        folder = folder.absolute()
        if folder not in self.folders:
            self.folders.append(folder)
            if not self._explicit:
                save_folders(self.folders)
        self._show_folders()
        self.refresh()

    def add_folder_dialog(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of workshops"))
        if chosen:
            self.add_folder(Path(chosen))

    def forget_folders(self) -> None:
        """The folders leave the portfolio; their files and the index's rows stay as they are."""
        self.folders = []
        if not self._explicit:
            save_folders(self.folders)
        self._show_folders()
        self.refresh()

    # --- refreshing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Refresh in the worker thread; a refresh asked for meanwhile runs right after it."""
        if self.worker is not None:
            self._again = True
            return
        self._again = False
        # Reading 2,000 workshops allocates enough for Python to run full garbage collections,
        # each scanning every object of the application (~150 ms with the GIL held: the window
        # would stutter). Objects alive now are long-lived; frozen, those collections skip them.
        gc.freeze()
        self.progress.setRange(0, 0)  # busy until the worker knows how many files to read
        self.progress.show()
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Looking for workshops…"))
        self.worker = IndexWorker(self.folders, self.recent, self.index_path, self.today(), self)
        self.worker.progressed.connect(self._on_progress)
        self.worker.finished_entries.connect(self._on_entries)
        self.worker.failed.connect(self._on_failed)
        self.worker.finished.connect(self._on_worker_done)
        self.worker.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done if total else 1)
        if total:
            self.status.setText(self.tr("Reading %1 of %2 changed workshops…")
                                .replace("%1", str(done)).replace("%2", str(total)))

    def _on_entries(self, portfolio: Portfolio, stats: RefreshStats) -> None:
        self.portfolio = portfolio
        self.model.set_entries(portfolio.entries)
        self._fill_clients(by_client(portfolio.entries))
        self._fill_problems(portfolio.problems)
        self._update_count(stats)
        self._stats = stats

    def _on_failed(self, detail: str) -> None:
        self.status.setText(self.tr("The portfolio index could not be updated (%1); your workshop "
                                    "files were not changed.").replace("%1", detail))

    def _on_worker_done(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        self.progress.hide()
        self.refresh_button.setEnabled(True)
        stats, self._stats = self._stats, None
        if stats is not None:
            self.refreshed.emit(stats)
        if self._again:
            self.refresh()

    def _update_count(self, stats: RefreshStats | None = None) -> None:
        readable = self.model.rowCount()
        shown = self.proxy.rowCount()
        problems = len(self.portfolio.entries) - readable
        text = self.tr("%n workshops shown of %1;", "", shown).replace("%1", str(readable)) \
            + " " + self.tr("%n cannot be read.", "", problems)
        if stats is not None:
            text += " " + self.tr("%n files read now.", "", stats.read)
        self.status.setText(text)
        self.tabs.setTabText(2, self.tr("Cannot be read (%1)").replace("%1", str(problems)))

    def _fill_clients(self, summaries: list[ClientSummary]) -> None:
        self.client_model.set_summaries(summaries)
        current = self.proxy.client
        self.client_filter.blockSignals(True)
        self.client_filter.clear()
        self.client_filter.addItem(self.tr("All clients"), None)
        for summary in sorted(summaries, key=lambda c: c.client.casefold()):
            self.client_filter.addItem(summary.client or self.tr("(no client)"), summary.client)
        found = self.client_filter.findData(current) if current is not None else 0
        self.client_filter.setCurrentIndex(max(found, 0))
        self.client_filter.blockSignals(False)
        if found < 0:
            self.proxy.set_client(None)

    def _fill_problems(self, problems: list[Entry]) -> None:
        self.problems.clear()
        lang = current_language()
        for entry in problems:
            assert entry.problem is not None
            item = QListWidgetItem(f"{entry.path}\n{entry.problem.message(entry.path.name, lang)}")
            item.setData(PATH_ROLE, str(entry.path))
            self.problems.addItem(item)

    # --- filters and opening -------------------------------------------------------------------

    def _client_chosen(self, _index: int) -> None:
        self.proxy.set_client(self.client_filter.currentData())
        self._update_count()

    def set_client(self, client: str | None) -> None:
        self.client_filter.setCurrentIndex(max(self.client_filter.findData(client), 0)
                                           if client is not None else 0)

    def _filter_to_client(self, index: QModelIndex) -> None:
        self.set_client(self.client_model.summaries[index.row()].client)
        self.tabs.setCurrentIndex(0)

    def _open_index(self, index: QModelIndex) -> None:
        path = index.data(PATH_ROLE)
        if path:
            self.open_requested.emit(Path(path))

    def open_current(self) -> None:
        self._open_index(self.table.currentIndex())

    def export_dialog(self) -> None:
        """PDF, XLSX or CSV by the chosen name's suffix (the same files as `cxworkshop portfolio`)."""
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the portfolio report"),
                                              str(Path.home() / "portfolio.pdf"),
                                              self.tr("PDF report (*.pdf);;Excel workbook (*.xlsx);;"
                                                      "CSV table (*.csv)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, target: Path) -> Path | None:
        lang = current_language()
        suffix = target.suffix.lower()
        try:
            if suffix == ".xlsx":
                from cxworkshop.portfolio.report_tables import write_xlsx

                written = write_xlsx(self.portfolio, target, lang)
            elif suffix == ".csv":
                from cxworkshop.portfolio.report_tables import write_csv

                written = write_csv(self.portfolio, target, lang)
            else:
                from cxworkshop.portfolio.report_pdf import write_pdf

                written = write_pdf(self.portfolio, target.with_suffix(".pdf"), lang)
        except OSError as exc:
            self.status.setText(self.tr("The report could not be written (%1).")
                                .replace("%1", exc.strerror or str(exc)))
            return None
        self.status.setText(self.tr("Report written: %1").replace("%1", str(written)))
        return written

    def stop(self) -> None:
        """Cancel a refresh under way and wait for it (what was read so far stays indexed)."""
        self._again = False
        if self.worker is not None:
            self.worker.cancel.set()
            self.worker.wait()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        self.stop()
        super().closeEvent(event)


def show_portfolio(window: MainWindow) -> PortfolioWindow:
    """File > Portfolio…: one portfolio window per main window, refreshed each time it is shown."""
    from cxworkshop.ui.recent_files import recent_entries

    found = window.findChild(PortfolioWindow)
    portfolio = found if found is not None else PortfolioWindow(parent=window)
    if found is None:
        portfolio.open_requested.connect(lambda path: _open_from(window, path))
    portfolio.recent = [entry.path for entry in recent_entries() if entry.exists]
    portfolio.show()
    portfolio.activateWindow()  # window managers raise the window they activate
    portfolio.refresh()
    return portfolio


def _open_from(window: MainWindow, path: Path) -> None:
    if window.open_path(path):
        window.activateWindow()
