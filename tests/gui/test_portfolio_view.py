"""File > Portfolio… (issue 20): the table of every workshop, sorted, filtered, opened from a row,
filled by a worker thread while the window keeps running."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence

from cxworkshop.ui.portfolio_models import CLIENT, NEXT_FOLLOW_UP, OVERDUE, TITLE
from cxworkshop.ui.portfolio_view import PortfolioWindow, saved_folders
from tests.conftest import sha256
from tests.gui.test_room_translations import untranslated
from tests.unit.portfolio_files import make


@pytest.fixture
def folder(tmp_path: Path, demo_template: Path) -> Path:
    root = tmp_path / "clients"
    make(demo_template, root / "a.cxw", "Caffè Aurora", "Kick-off", overdue=1)
    make(demo_template, root / "b.cxw", "Banca Verde", "Onboarding", overdue=4, unowned=2)
    make(demo_template, root / "c.cxw", "Zeta Ottica", "Rinnovi")
    make(demo_template, root / "d.cxw", "Banca Verde", "Mutui", overdue=2, planned_in=2)
    (root / "cut.cxw").write_bytes(demo_template.read_bytes()[:40_000])
    return root


def shown(window: PortfolioWindow, qtbot, folder: Path) -> PortfolioWindow:
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.refreshed, timeout=20_000):
        window.refresh()
    return window


def column(window: PortfolioWindow, number: int) -> list[str]:
    proxy = window.proxy
    return [proxy.index(row, number).data() for row in range(proxy.rowCount())]


def click_header(qtbot, window: PortfolioWindow, number: int) -> None:
    header = window.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(number) + 8, header.height() // 2))


def test_rows_sorting_and_filters(qtbot, folder: Path, tmp_path: Path) -> None:
    window = shown(PortfolioWindow([folder], index_path=tmp_path / "index.sqlite"), qtbot, folder)
    assert window.model.rowCount() == 4
    assert column(window, OVERDUE) == ["4", "2", "1", "0"]  # most overdue first, out of the box
    click_header(qtbot, window, CLIENT)
    assert column(window, CLIENT) == ["Banca Verde", "Banca Verde", "Caffè Aurora", "Zeta Ottica"]
    assert column(window, TITLE)[:2] == ["Mutui", "Onboarding"]  # ties by title
    click_header(qtbot, window, CLIENT)
    assert column(window, CLIENT)[0] == "Zeta Ottica"
    window.table.sortByColumn(NEXT_FOLLOW_UP, Qt.SortOrder.AscendingOrder)
    assert column(window, TITLE)[0] == "Mutui"  # the meeting planned in two days

    window.set_client("Banca Verde")
    assert sorted(column(window, TITLE)) == ["Mutui", "Onboarding"]
    window.set_client(None)
    window.overdue_only.setChecked(True)
    assert sorted(column(window, TITLE)) == ["Kick-off", "Mutui", "Onboarding"]
    assert "3 workshops shown of 4; 1 cannot be read" in window.status.text()

    clients = window.client_model
    assert [clients.index(r, 0).data() for r in range(clients.rowCount())] == [
        "Banca Verde", "Caffè Aurora", "Zeta Ottica"]
    assert clients.index(0, 3).data() == 6  # overdue actions of Banca Verde's two workshops
    assert window.tabs.tabText(2) == "Cannot be read (1)"
    item = window.problems.item(0)
    assert "cut.cxw" in item.text() and "damaged" in item.text()
    window.close()


def test_opening_a_workshop_from_a_row(qtbot, folder: Path, tmp_path: Path) -> None:
    window = shown(PortfolioWindow([folder], index_path=tmp_path / "index.sqlite"), qtbot, folder)
    click_header(qtbot, window, CLIENT)
    window.table.setFocus()
    window.table.setCurrentIndex(window.proxy.index(2, 0))
    with qtbot.waitSignal(window.open_requested) as opened:
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert opened.args == [folder / "a.cxw"]  # Caffè Aurora, third by client
    rect = window.table.visualRect(window.proxy.index(0, TITLE))
    with qtbot.waitSignal(window.open_requested) as opened:
        # A double click as a mouse makes it: a click, then the second press.
        qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args[0].name in ("b.cxw", "d.cxw")
    window.close()


def test_the_window_keeps_running_while_indexing(qtbot, tmp_path: Path, demo_template: Path) -> None:
    root = tmp_path / "many"
    for number in range(60):
        make(demo_template, root / f"w{number:02d}.cxw", f"Client {number % 7}", f"Workshop {number}")
    window = PortfolioWindow([root], index_path=tmp_path / "index.sqlite")
    qtbot.addWidget(window)
    window.show()
    seen: list[int] = []
    window.progress.valueChanged.connect(seen.append)
    ticks, clock, longest = [0], QElapsedTimer(), [0]
    timer = QTimer()
    timer.setInterval(2)

    def tick() -> None:
        ticks[0] += 1
        longest[0] = max(longest[0], clock.restart())

    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    with qtbot.waitSignal(window.refreshed, timeout=30_000):
        window.refresh()
        assert window.worker is not None and window.worker.isRunning()  # off the GUI thread
        assert window.progress.isVisible()
    timer.stop()
    assert window.model.rowCount() == 60
    assert ticks[0] > 3  # the event loop ran while the files were read
    assert seen and seen[-1] == 60 and window.progress.maximum() == 60
    assert not window.progress.isVisible()
    window.close()


def test_from_the_file_menu_to_an_open_workshop(qtbot, folder: Path) -> None:
    from cxworkshop.ui.main_window import MainWindow

    hashes = {path: sha256(path) for path in folder.glob("*.cxw")}
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    action = win.act_portfolio
    assert action in win.menuBar().actions()[0].menu().actions()
    assert action.shortcut() == QKeySequence("Ctrl+Shift+O")
    action.trigger()
    window = win.findChild(PortfolioWindow)
    assert window is not None and window.isVisible()
    qtbot.waitUntil(lambda: window.worker is None, timeout=20_000)
    with qtbot.waitSignal(window.refreshed, timeout=20_000):
        window.add_folder(folder)
    assert saved_folders() == [folder]  # remembered for next time
    assert window.model.rowCount() == 4
    assert {path: sha256(path) for path in hashes} == hashes  # reading changed nothing
    row = column(window, TITLE).index("Rinnovi")
    window.table.setCurrentIndex(window.proxy.index(row, 0))
    window.open_current()
    assert win.document is not None and win.document.path == folder / "c.cxw"
    window.close()
    win.close()


def test_the_welcome_screen_leads_to_the_portfolio(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton

    from cxworkshop.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    button = win.welcome.findChild(QPushButton, "portfolio-button")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window = win.findChild(PortfolioWindow)
    assert window is not None and window.isVisible()
    qtbot.waitUntil(lambda: window.worker is None, timeout=20_000)
    window.close()
    win.close()


def test_the_portfolio_is_italian(qtbot, qapp, folder: Path, tmp_path: Path) -> None:
    from cxworkshop.ui.translations import install_translators

    def build() -> PortfolioWindow:
        window = PortfolioWindow([folder], index_path=tmp_path / "index.sqlite")
        qtbot.addWidget(window)
        return window

    assert untranslated(qapp, build) == []
    install_translators(qapp, "it")
    try:
        window = build()
        model = window.model
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert headers[:4] == ["Cliente", "Workshop", "Ultimo incontro", "Prossimo follow-up"]
        assert window.tabs.tabText(1) == "Per cliente"
    finally:
        install_translators(qapp, "en")
