"""The bundled DejaVu Sans for the window, the screenshots and the PNG poster.

A machine without fonts (a minimal container, a fresh server) makes Qt draw every letter as
an empty box, while everything still exits 0. The same DejaVu Sans the PDFs embed is shipped
under cxworkshop/resources/fonts; it is registered with Qt at start-up and becomes the
application font when the system offers no family of its own.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

FAMILY = "DejaVu Sans"
FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def register_bundled_fonts() -> list[str]:
    """Register the bundled fonts; use them as the application font when the system has none.

    Returns the families Qt loaded from the bundled files (empty if none could be read)."""
    loaded: list[str] = []
    folder = resources.files("cxworkshop") / "resources" / "fonts"
    for name in FILES:
        data = (folder / name).read_bytes()
        font_id = QFontDatabase.addApplicationFontFromData(data)
        if font_id >= 0:
            loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    if loaded and not _system_has_fonts(set(loaded)):
        font = QFont(FAMILY)
        font.setPointSizeF(QGuiApplication.font().pointSizeF())
        QGuiApplication.setFont(font)
    return loaded


def _system_has_fonts(bundled: set[str]) -> bool:
    # The default family resolves to a real font only when fontconfig found one.
    return any(family not in bundled for family in QFontDatabase.families())
