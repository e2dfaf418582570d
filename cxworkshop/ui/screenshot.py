"""`cxworkshop screenshot`: the main window with the board as a user sees it, as one PNG."""

from __future__ import annotations

from pathlib import Path

from cxworkshop.ui.headless import ensure_application, fail


def run_screenshot(path: Path, out: Path, size: tuple[int, int] = (1920, 1080)) -> int:
    app = ensure_application()
    from PySide6.QtCore import Qt

    from cxworkshop.document import WorkshopDocument, WorkshopFileError
    from cxworkshop.ui.main_window import MainWindow

    try:
        document = WorkshopDocument.open(path, read_only=True)
    except WorkshopFileError as error:
        return fail(error.message())
    window = MainWindow()
    try:
        window.set_document(document)
        window.resize(*size)
        window.show()
        app.processEvents()
        if window.view is not None:
            window.view.fit()
        app.processEvents()
        image = window.grab().toImage()
        if (image.width(), image.height()) != size:
            image = image.scaled(size[0], size[1], Qt.AspectRatioMode.IgnoreAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        # The stub wants bytes for the format; the binding takes only str.
        if not image.save(str(out), "PNG"):  # type: ignore[call-overload]
            return fail(f"{out}: the image could not be written")
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    return 0
