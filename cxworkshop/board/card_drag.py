"""Cards dragged out of the board: the drag data other widgets (the action plan) accept.

CARD_IDS_MIME is a UTF-8 JSON list of card ids, e.g. b"[12, 40]" (the same string as
cxworkshop.ui.plan.mime, which the board may not import). A second format names the board
the drag came from, so a drag dropped back on that same board moves the cards there, and
ids are never applied to another workshop's board.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QMimeData, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

from cxworkshop.board import style

CARD_IDS_MIME = "application/x-cxworkshop-card-ids"
BOARD_SOURCE_MIME = "application/x-cxworkshop-board-source"


def card_ids_mime(card_ids: list[int], text: str = "", source: str = "") -> QMimeData:
    """The QMimeData of a card drag: ids (JSON, UTF-8), plain text, and the source board."""
    mime = QMimeData()
    mime.setData(CARD_IDS_MIME, json.dumps([int(i) for i in card_ids]).encode("utf-8"))
    if text:
        mime.setText(text)
    if source:
        mime.setData(BOARD_SOURCE_MIME, source.encode("utf-8"))
    return mime


def card_ids_from_drop(mime: QMimeData | None, source: str) -> list[int]:
    """The ids of a card drag that came from the board called `source`, else []."""
    if mime is None or not mime.hasFormat(CARD_IDS_MIME) or not mime.hasFormat(BOARD_SOURCE_MIME):
        return []
    if bytes(mime.data(BOARD_SOURCE_MIME).data()).decode("utf-8", "replace") != source:
        return []
    try:
        ids = json.loads(bytes(mime.data(CARD_IDS_MIME).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(ids, list):
        return []
    return [i for i in ids if isinstance(i, int) and not isinstance(i, bool)]


def drag_pixmap(texts: list[str]) -> QPixmap:
    """A small label under the pointer: the first card's text, or how many cards."""
    if len(texts) == 1:
        label = texts[0].strip().splitlines()[0] if texts[0].strip() else ""
        label = label or QCoreApplication.translate("CardDrag", "1 card")
    else:
        label = QCoreApplication.translate("CardDrag", "%1 cards").replace("%1", str(len(texts)))
    pixmap = QPixmap(260, 40)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#0b57d0"))
    painter.setBrush(QColor("#fff6a8"))
    painter.drawRoundedRect(QRectF(1, 1, 258, 38), 6, 6)
    painter.setFont(style.font(16, bold=True))
    painter.setPen(style.INK)
    rect = QRectF(12, 0, 236, 40)
    text = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, int(rect.width()))
    painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
    painter.end()
    return pixmap
