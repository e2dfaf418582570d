"""PySide6 6.12.0 on Python 3.11 aborts after a few thousand void-returning calls ("deallocating None").

pyproject pins PySide6-Essentials below 6.12; this test is the gate for lifting that cap.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CALLS = 200_000

SCRIPT = textwrap.dedent(f"""
    from PySide6.QtWidgets import QApplication, QGraphicsRectItem
    app = QApplication([])
    item = QGraphicsRectItem(0, 0, 10, 10)
    for i in range({CALLS}):
        item.setPos(i % 100, i % 37)
        item.setZValue(i % 5)
    print("done", item.pos().x())
""")


def test_many_void_calls_do_not_abort_the_interpreter() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("done")
