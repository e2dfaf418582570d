"""Shared set-up of the headless renders: the offscreen platform when there is no display."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType
    from PySide6.QtWidgets import QApplication


def ensure_application() -> QApplication:
    """The running QApplication, or a new one (offscreen when no display is available)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") \
            and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    previous = None

    def quiet(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        # The offscreen platform's notice about window hints is noise on a command line.
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(message + "\n")

    app = QApplication.instance()
    if app is None:
        previous = qInstallMessageHandler(quiet)
    running = QApplication.instance()
    if isinstance(running, QApplication):
        return running
    from cxworkshop.app import configure_application

    app = QApplication([sys.argv[0] if sys.argv else "cxworkshop"])
    configure_application(app)
    return app


def fail(message: str) -> int:
    print(f"cxworkshop: error: {message}", file=sys.stderr)
    return 3
