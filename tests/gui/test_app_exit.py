"""Quitting after a copy exits cleanly and leaves the copied text for other programs."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    from PySide6.QtCore import QMimeData, QTimer
    from PySide6.QtWidgets import QApplication
    from cxworkshop.app import configure_application
    from cxworkshop.board.actions import CARDS_MIME

    app = QApplication([])
    configure_application(app)
    mime = QMimeData()
    mime.setData(CARDS_MIME, b'[{"kind": "note", "text": "Richiamare entro 24 ore"}]')
    mime.setText("Richiamare entro 24 ore")
    QApplication.clipboard().setMimeData(mime)
    QTimer.singleShot(0, app.quit)
    app.exec()
    clip = QApplication.clipboard().mimeData()
    print(clip.text(), clip.hasFormat(CARDS_MIME))
""")


def test_quit_after_copy_exits_cleanly(tmp_path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, (done.returncode, done.stderr[-1500:])
    assert done.stdout.strip() == "Richiamare entro 24 ore False"
