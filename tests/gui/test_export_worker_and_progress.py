"""Issue 13 item 9, in the window: exports run in a worker with a working Cancel (the window
keeps repainting), and an action edit at 500 owners does not rebuild the progress table
quadratically (it took 25 s)."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog

from cxworkshop.document import WorkshopDocument
from cxworkshop.model.records import ActionItem
from cxworkshop.ui.export_run import ExportStep, run_exports
from tests.gui.conftest import open_window


@pytest.fixture
def demo_window(qtbot, demo_file: Path):
    window = open_window(qtbot, demo_file)
    yield window
    window.close()


def test_export_runs_in_a_worker_and_cancel_stops_it(qtbot, demo_window) -> None:
    seen: dict[str, object] = {"ticks": 0, "repaints": 0}

    def endless(data, progress):
        seen["thread"] = threading.get_ident()
        while True:  # a step that would never end on its own
            progress(1, 2)
            seen["ticks"] = int(seen["ticks"]) + 1
            time.sleep(0.01)

    def beat_and_cancel() -> None:
        # The GUI thread keeps running while the step works; once it has ticked a while, Cancel.
        seen["repaints"] = int(seen["repaints"]) + 1
        dialog = demo_window.findChild(QProgressDialog, "export-progress")
        if int(seen["ticks"]) >= 10 and dialog is not None:
            dialog.cancel()

    beat = QTimer()
    beat.timeout.connect(beat_and_cancel)
    beat.start(20)
    started = time.perf_counter()
    outcome = run_exports(demo_window, demo_window.document.path, [ExportStep("endless", endless)])
    beat.stop()
    assert outcome.cancelled and not outcome.files and not outcome.error
    assert time.perf_counter() - started < 10
    assert seen["thread"] != threading.get_ident()  # not the GUI thread
    assert int(seen["ticks"]) >= 10 and int(seen["repaints"]) > 5  # the window kept running


def test_an_error_in_the_worker_is_reported(qtbot, demo_window, tmp_path: Path) -> None:
    def failing(data, progress):
        raise OSError(28, "No space left on device", str(tmp_path / "r.pdf"))

    outcome = run_exports(demo_window, demo_window.document.path, [ExportStep("failing", failing)])
    assert not outcome.ok and "No space left" in outcome.error


def test_action_edit_with_500_owners_refreshes_progress_quickly(qtbot, demo_file: Path) -> None:
    from cxworkshop.ui.plan.progress_panel import ProgressPanel

    conn = sqlite3.connect(demo_file, isolation_level=None)
    conn.execute("BEGIN")
    for number in range(500):
        owner = conn.execute("INSERT INTO participant(name, role, department, email, is_department, "
                             "is_facilitator) VALUES(?, '', '', '', 0, 0)", (f"Owner {number}",)).lastrowid
        conn.execute("INSERT INTO action_item(title, detail, owner_id, priority, status, created_at) "
                     "VALUES(?, '', ?, 'medium', 'open', '2026-01-01 10:00:00.000000')", (f"Action {number}", owner))
    conn.execute("COMMIT")
    conn.close()
    document = WorkshopDocument.open(demo_file)
    try:
        panel = ProgressPanel(document)
        qtbot.addWidget(panel)
        panel.show()
        qtbot.waitExposed(panel)
        action = document.rows(ActionItem)[0]
        document.set_action(action.id, title="warm-up")  # the first edit takes the backup
        started = time.perf_counter()
        document.set_action(action.id, title="Renamed")
        qtbot.wait(1)
        assert time.perf_counter() - started < 3
        assert panel.owners.rowCount() >= 500
        assert panel.owners.horizontalHeader().sectionResizeMode(1).name == "ResizeToContents"
    finally:
        document.close()
