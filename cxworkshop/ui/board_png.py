"""`cxworkshop export --png`: the whole board scene (not the window) rendered to one PNG."""

from __future__ import annotations

from pathlib import Path

from cxworkshop.ui.headless import ensure_application, fail

MAX_SIDE = 12000  # pixels: a huge board is scaled down rather than refused


def run_board_png(path: Path, out: Path) -> int:
    app = ensure_application()
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter

    from cxworkshop.board.scene import BoardScene
    from cxworkshop.document import WorkshopDocument, WorkshopFileError

    try:
        document = WorkshopDocument.open(path, read_only=True)
    except WorkshopFileError as error:
        return fail(error.message())
    try:
        scene = BoardScene(document)
        source = scene.layout.board_rect()
        scale = min(1.0, MAX_SIDE / max(source.width(), source.height(), 1.0))
        scene.overview.set_active(scale < 0.22)
        image = QImage(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(scene.backgroundBrush().color())
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, QRectF(image.rect()), source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()
        # The stub wants bytes for the format; the binding takes only str.
        if not image.save(str(out), "PNG"):  # type: ignore[call-overload]
            return fail(f"{out}: the image could not be written")
    finally:
        document.close()
        app.processEvents()
    return 0
