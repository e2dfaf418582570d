"""Editing on the board itself: a card's text and a stage's or lane's name, typed in place.

One layer of BoardScene (cxworkshop.board.scene), over BoardMirror. Card text is saved while typing (on pauses)
through the board's typed edit call; the change notification re-stacks the card's cell, so
ending an edit lays out nothing twice.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor

from cxworkshop.board import style
from cxworkshop.board.card_item import CardItem, text_font
from cxworkshop.board.editor import InlineEditor
from cxworkshop.board.grid_items import LaneHeaderItem, StageHeaderItem, _HeaderItem
from cxworkshop.board.mirror import BoardMirror


class BoardEditing(BoardMirror):
    """The in-place editors of cards and headers."""

    # --- editing in place -----------------------------------------------------------------

    def start_edit_card(self, item: CardItem) -> None:
        if self.read_only or self.voting_mode:
            return
        self.finish_editing()
        rect = item.text_rect()
        fill = self.palette_.card_colours(item.data_.kind, item.data_.colour)[1]
        editor = InlineEditor(item, item.data_.text, text_font(), rect.width(),
                              self.palette_.text_on(fill), fill, live=True)
        editor.setPos(rect.topLeft() - QPointF(4, 4))
        card_id = item.card_id
        editor.text_live.connect(lambda text: self._save_card_text(card_id, text))
        editor.finished.connect(lambda text: self._end_card_edit(card_id, text))
        editor.document().contentsChanged.connect(
            lambda: self._grow_card(card_id, editor.boundingRect().height() - 8))
        self._open_editor(editor, item)

    def _grow_card(self, card_id: int, text_height: float) -> None:
        item = self.cards.get(card_id)
        if item is not None:
            old = item.height()
            item.set_preview_height(text_height)
            if item.height() != old:
                self.restack({item.cell})

    def start_rename(self, header: _HeaderItem) -> None:
        if self.read_only or self.voting_mode:
            return
        if self._structure_locked:
            self.edit_rejected.emit(self._locked_message())
            return
        self.finish_editing()
        rect = header.rect()
        width = rect.width() - (58 if isinstance(header, LaneHeaderItem) else 54)
        editor = InlineEditor(header, header.name, style.font(style.HEADER_TEXT_PX, bold=True),
                              width, style.INK, QColor("#ffffff"), live=False)
        editor.setPos(rect.left() + (54 if isinstance(header, LaneHeaderItem) else 40), rect.top() + 8)
        editor.finished.connect(lambda text: self._end_rename(header, text))
        cursor = editor.textCursor()
        cursor.select(cursor.SelectionType.Document)
        editor.setTextCursor(cursor)  # typing replaces the old name
        self._open_editor(editor, header)

    def _open_editor(self, editor: InlineEditor, target: CardItem | _HeaderItem) -> None:
        target.editing = True
        target.update()
        self.editor, self._editing_target = editor, target
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editing_changed.emit(True)

    def _save_card_text(self, card_id: int, text: str) -> None:
        item = self.cards.get(card_id)
        if item is not None and item.data_.text != text:
            self.attempt(self.document.set_card_text, card_id, text)

    def _end_card_edit(self, card_id: int, text: str) -> None:
        self._close_editor()
        item = self.cards.get(card_id)
        if item is not None and item.data_.text != text:
            self._save_card_text(card_id, text)  # its change notification re-stacks the cell
        elif item is not None:
            item.set_preview_height(None)  # back to the height of the saved text
            self.restack({item.cell})

    def _end_rename(self, header: _HeaderItem, text: str) -> None:
        self._close_editor()
        text = text.strip()
        if text and text != header.name:
            if isinstance(header, StageHeaderItem):
                self.change_structure(self.document.rename_stage, header.row_id, text)
            else:
                self.change_structure(self.document.set_lane, header.row_id, name=text)

