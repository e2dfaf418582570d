"""The bundled DejaVu Sans for the window, the screenshots and the PNG poster.

A machine without fonts (a minimal container, a fresh server) makes Qt draw every letter as
an empty box, while everything still exits 0. The same DejaVu Sans the PDFs embed is shipped
under cxworkshop/resources/fonts; when the system offers no family of its own, it is
registered with Qt at start-up and becomes the application font. With system fonts nothing
is read (the two files are 1.4 MB: reading and registering them cost every start-up ~20 ms).
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

FAMILY = "DejaVu Sans"
FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def register_bundled_fonts() -> list[str]:
    """Register the bundled fonts and make them the application font when the system has none.

    Returns the families Qt loaded from the bundled files (empty if the system has fonts, so
    none were needed, or if none could be read)."""
    if _system_has_fonts():
        return []
    loaded: list[str] = []
    folder = resources.files("cxworkshop") / "resources" / "fonts"
    for name in FILES:
        data = (folder / name).read_bytes()
        font_id = QFontDatabase.addApplicationFontFromData(data)
        if font_id >= 0:
            loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    if loaded:
        font = QFont(FAMILY)
        font.setPointSizeF(QGuiApplication.font().pointSizeF())
        QGuiApplication.setFont(font)
    return loaded


def _system_has_fonts() -> bool:
    # The default font resolves to a real family only when fontconfig found a font; its
    # aliases ("Sans Serif", ...) are listed even on a machine without any.
    return bool(QFontInfo(QFont()).family())
