"""The drag format for "these cards" between the board and the action plan.

The board's own formats carry no card ids (CARDS_MIME in cxworkshop/board/actions.py is the
clipboard's copy of card *contents*; PALETTE_MIME is a new-card template), so dragging an
existing card onto the plan uses CARD_IDS_MIME: a UTF-8 JSON list of card ids, e.g. b"[12, 40]".
The board starts such a QDrag (with card_ids_mime()) when a card is dragged out of the view.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

CARD_IDS_MIME = "application/x-cxworkshop-card-ids"


def card_ids_mime(card_ids: list[int], text: str = "") -> QMimeData:
    mime = QMimeData()
    mime.setData(CARD_IDS_MIME, json.dumps([int(i) for i in card_ids]).encode())
    if text:
        mime.setText(text)
    return mime


def card_ids_from_mime(mime: QMimeData | None) -> list[int]:
    """The card ids a drop carries, or [] for anything else (never raises on foreign data)."""
    if mime is None or not mime.hasFormat(CARD_IDS_MIME):
        return []
    try:
        ids = json.loads(bytes(mime.data(CARD_IDS_MIME).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(ids, list):
        return []
    return [i for i in ids if isinstance(i, int) and not isinstance(i, bool)]
