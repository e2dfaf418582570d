"""QApplication set-up (names, style, translators, backup policy) and the window's entry points."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cxworkshop import appinfo


def configure_application(app: QApplication) -> None:
    """Names (QSettings needs them first), style, the user's language and backup policy."""
    from cxworkshop.editing import recovery
    from cxworkshop.ui.fonts import register_bundled_fonts
    from cxworkshop.ui.preferences import Settings
    from cxworkshop.ui.translations import install_translators

    app.setApplicationName(appinfo.APP_NAME)
    app.setApplicationDisplayName(appinfo.APP_NAME)
    app.setOrganizationName(appinfo.ORGANISATION)
    app.setOrganizationDomain(appinfo.ORGANISATION_DOMAIN)
    app.setApplicationVersion(appinfo.VERSION)
    app.setDesktopFileName(appinfo.DESKTOP_ID)
    app.setStyle("Fusion")
    register_bundled_fonts()  # letters, not empty boxes, on a machine without fonts
    # CXWORKSHOP_LANG (scripts, screenshots) wins over the preference, as for the command line.
    explicit = os.environ.get("CXWORKSHOP_LANG", "")[:2]
    install_translators(app, explicit if explicit in ("it", "en") else None)
    settings = Settings()
    recovery.apply_backup_policy(settings.backup_folder(), settings.backups_to_keep())
    icon = resources.files("cxworkshop") / "resources" / "icons" / "cxworkshop.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    app.aboutToQuit.connect(release_clipboard)


def release_clipboard() -> None:
    """Leave what we copied on the clipboard as plain text, without our QMimeData object.

    PySide6 6.11 crashes at interpreter exit when the clipboard still owns a QMimeData made
    in Python (seen on the offscreen platform); plain text keeps the copy for other programs.
    """
    from cxworkshop.board.actions import CARDS_MIME

    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData() if clipboard is not None else None
    if mime is not None and mime.hasFormat(CARDS_MIME):
        clipboard.setText(mime.text())


def start_window(path: Path | None) -> tuple[object, QMessageBox | None]:
    """Show the window on `path`. Without one: the workshop that was open when the app last
    stopped without closing properly (with a notice saying so); else, on the very first start,
    the bundled demo, so a new user sees a real board at once; on later starts the last
    workshop, or the welcome screen when it is gone (File > Welcome screen leads there too)."""
    from cxworkshop.ui.main_window import MainWindow
    from cxworkshop.ui.preferences import Settings
    from cxworkshop.ui.recent_files import recent_entries
    from cxworkshop.ui.session_guard import SessionGuard

    window = MainWindow()
    window.show_for_the_room()
    notice = None
    settings = Settings()
    first_start = not settings.started_before()
    settings.set_started_before()
    if path is not None:
        window.open_path(Path(path))
    else:
        notice = SessionGuard().recover(window, lambda p, ro: window.open_path(p, read_only=ro))
        if notice is None and window.document is None:
            if first_start:
                window.open_demo()
            elif (last := recent_entries()[:1]) and last[0].exists:
                window.open_path(last[0].path)
    return window, notice


class AfterFirstPaint(QObject):
    """Calls `then` once, as soon as `widget` has painted for the first time."""

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # once this paint is done
        return False


def warm_up_after_first_paint(window: QWidget) -> AfterFirstPaint:
    """Load the ORM in the background once `window` is painted: the first stage, lane,
    persona or plan edit then finds it loaded (cxworkshop.document.warm_up)."""
    from cxworkshop.document.warm_up import warm_up_orm

    return AfterFirstPaint(window, warm_up_orm)


def run_window(path: Path | None) -> int:
    """The window: `path` opened on the board, or (without one) see start_window."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    configure_application(app)
    window, notice = start_window(path)  # noqa: F841 - both must live until the loop ends
    assert isinstance(window, QWidget)
    warm_up_after_first_paint(window)
    return app.exec()


def main() -> int:
    """The GUI script: `cxworkshop-gui [FILE.cxw]`."""
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    return run_window(Path(args[0]) if args else None)


if __name__ == "__main__":
    raise SystemExit(main())
