"""Issue 15: the ORM loads in the background once the window has painted, so the first stage,
lane, persona or plan edit does not stall the window for its import (about 0.5 s)."""

from __future__ import annotations

import subprocess
import sys


def test_the_window_loads_the_orm_after_its_first_paint_in_the_background(demo_file) -> None:
    # A fresh interpreter: this test process has imported SQLAlchemy long ago.
    script = (
        "import sys, threading\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(['x', '-platform', 'offscreen'])\n"
        "from cxworkshop.app import warm_up_after_first_paint\n"
        "from cxworkshop.document import WorkshopDocument\n"
        "from cxworkshop.ui.main_window import MainWindow\n"
        "window = MainWindow()\n"
        f"window.set_document(WorkshopDocument.open({str(demo_file)!r}))\n"
        "warm_up_after_first_paint(window)\n"
        "print('before paint:', 'sqlalchemy' in sys.modules)\n"
        "window.show()\n"
        "for _ in range(50):\n"
        "    app.processEvents()\n"
        "    warming = [t for t in threading.enumerate() if t.name == 'cxworkshop-orm-warm-up']\n"
        "    if warming:\n"
        "        break\n"
        "print('thread:', bool(warming), 'main:', warming[0] is not threading.main_thread())\n"
        "warming[0].join(60)\n"
        "print('after:', all(m in sys.modules for m in ('sqlalchemy', 'sqlmodel', "
        "'cxworkshop.model.tables', 'cxworkshop.editing.operations')))\n"
        "scene = window.scene\n"
        "lane = scene.layout.lane_ids[0]\n"
        "scene.change_structure(window.document.set_lane, lane, name='Renamed')\n"
        "print('renamed:', scene.lanes[lane].name)\n"
        "window.document.close()\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["before paint: False", "thread: True main: True",
                                       "after: True", "renamed: Renamed"]
