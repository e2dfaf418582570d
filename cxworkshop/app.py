"""QApplication set-up (names, style, translators) and the window's entry points."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from cxworkshop import appinfo


def configure_application(app: QApplication) -> None:
    app.setApplicationName(appinfo.APP_NAME)
    app.setApplicationDisplayName(appinfo.APP_NAME)
    app.setOrganizationName(appinfo.ORGANISATION)
    app.setOrganizationDomain(appinfo.ORGANISATION_DOMAIN)
    app.setApplicationVersion(appinfo.VERSION)
    app.setDesktopFileName(appinfo.DESKTOP_ID)
    app.setStyle("Fusion")
    _install_translators(app)


def _install_translators(app: QApplication) -> None:
    # The .qm files come with a later issue; loading is already wired so they just appear.
    from importlib import resources

    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from cxworkshop.i18n import user_language

    locale = QLocale(user_language())
    translators = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    try:
        folder = resources.files("cxworkshop") / "resources" / "i18n"
        ours = QTranslator(app)
        if folder.is_dir() and ours.load(locale, "cxworkshop", "_", str(folder)):
            translators.append(ours)
    except (ModuleNotFoundError, OSError):
        pass
    for translator in translators:
        app.installTranslator(translator)


def run_window(path: Path | None) -> int:
    """The window: the welcome screen, or `path` opened on the board."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    from cxworkshop.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if path is not None:
        window.open_path(Path(path))
    return app.exec()


def main() -> int:
    """The GUI script: `cxworkshop-gui [FILE.cxw]`."""
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    return run_window(Path(args[0]) if args else None)


if __name__ == "__main__":
    raise SystemExit(main())
