"""Issue 15: a card is built knowing only its height; its text is laid out when it first
paints. The height it is built with must be the one the painted text takes, line for line."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from cxworkshop.board.card_item import CardItem, layout_text, text_font, text_height
from cxworkshop.model.records import Card

TEXTS = ["", "one line", "two\nparagraphs", "a\n\n\nb\n", "word " * 60, "x" * 400,
         "https://example.com/" + "path" * 60 + " end", "emoji 😀 and text " * 6,
         "日本語のテキストを折り返す" * 8, "مرحبا بالعالم " * 8, "tab\tand  double  spaces " * 5]


@pytest.mark.parametrize("width", [120.0, 210.0, 480.0])
def test_the_height_a_card_is_built_with_is_the_height_its_text_paints(qapp, width: float) -> None:
    font = text_font()
    for text in TEXTS:
        assert text_height(text, font, width) == layout_text(text, font, width)[1], text


def test_a_card_lays_out_its_text_on_its_first_paint(qapp) -> None:
    card = Card(id=1, stage_id=1, lane_id=1, position=0, kind="note", text="word " * 40,
                emotion=None, channel=None, colour=None, meeting_id=None)
    item = CardItem(card, 236.0)
    height = item.height()
    image = QImage(300, 600, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    item.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    layouts = item._text_layouts()
    lines = sum(layout.lineCount() for layout in layouts)
    assert lines > 3 and height == item.height()
    last = layouts[-1].lineAt(layouts[-1].lineCount() - 1)
    assert item.text_rect().top() + last.rect().bottom() <= item.height()  # inside the card
