"""BoardView: looking at the board: zoom at the cursor, fit, pan, and the board's keys.

Wheel zooms at the cursor; Ctrl+0 fits; Ctrl+plus/minus zoom around the centre; space-drag
or middle-drag pans. Arrows, N, Enter and Delete act on the current cell and selection
(through BoardActions) unless a card is being edited in place; Alt+arrows move the selected
cards, or the selected stage (Left/Right) or lane (Up/Down) header (board.header_keys).
Scrolled in, stage and lane headers are drawn pinned to the view's edges (board.sticky); a
click on a pinned header selects it. At small zooms the cards paint their summaries
(board.summary), so fit-to-view shows words, never blank bars.

While the scene is in voting mode the pointer is a dot; Enter or + on the selected cards asks
for a dot, - or Delete takes one back (nothing is deleted while voting). A card drag whose
pointer leaves the viewport becomes a QDrag carrying CARD_IDS_MIME (board.card_drag), for
the action plan; the in-board move is cancelled and the cards go back home. The context
menu key asks the scene for the selected cards' menu. The accessible description follows
the current cell and card.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QCursor,
    QDrag,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGraphicsView, QStyleOptionGraphicsItem, QWidget
from shiboken6 import isValid

from cxworkshop.board import describe, header_keys, sticky, style, summary
from cxworkshop.board.actions import BoardActions
from cxworkshop.board.card_drag import card_ids_mime, drag_pixmap
from cxworkshop.board.overview import OVERVIEW_ZOOM
from cxworkshop.board.scene import BoardScene

MIN_ZOOM = 0.03
MAX_ZOOM = 4.0
STEP = 1.25


def vote_cursor() -> QCursor:
    """A round dot with a white ring: the pointer places dots, it does not select."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#ffffff"), 3))
    painter.setBrush(QColor("#c2185b"))
    painter.drawEllipse(QRectF(5, 5, 22, 22))
    painter.setPen(QPen(QColor("#000000"), 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(3, 3, 26, 26))
    painter.end()
    return QCursor(pixmap, 16, 16)


class BoardView(QGraphicsView):
    zoom_changed = Signal(float)
    cards_dragged_out = Signal(list)  # card ids handed to a QDrag (after it ended)

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.board = scene
        self.actions_ = BoardActions(scene)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Journey board"))
        self._pan_from: QPoint | None = None
        self._space = False
        self._pressed_inside = False  # a drag can only leave the view if it began inside
        self._dragged_out = False  # the release after a drag-out has nothing left to do
        self._pinned_shown = False  # sticky headers were drawn in the last frame
        self._pinned_press = False  # the last press landed on a pinned header
        self._fitted: str | None = None  # "whole" or "width" after fit(), until the zoom changes
        self._fit_zoom = 0.0  # the zoom the last whole-board fit chose
        self.zoom_changed.connect(lambda z: scene.overview.set_active(z < OVERVIEW_ZOOM))
        scene.voting_mode_changed.connect(self._show_voting_mode)
        scene.selectionChanged.connect(self.update_accessible_description)
        scene.current_cell_changed.connect(self.update_accessible_description)
        scene.layout_changed.connect(self.update_accessible_description)
        self._show_voting_mode(scene.voting_mode)
        self.update_accessible_description()

    # --- voting and accessibility ----------------------------------------------------------

    def _show_voting_mode(self, active: bool) -> None:
        if active:
            self.viewport().setCursor(vote_cursor())
        else:
            self.viewport().unsetCursor()
        self.update_accessible_description()

    def update_accessible_description(self, *_args) -> None:
        if not isValid(self) or not isValid(self.board):
            return  # the scene clears its selection while it is being destroyed
        text = describe.board_description(self.board)
        if self.board.voting_mode:
            text = self.tr("Voting: click a card to give it a dot. ") + text
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)

    # --- zoom --------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, at: QPointF | None = None) -> None:
        """Zoom to `factor`, keeping the scene point under viewport position `at` (or the centre)."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self._fitted = None
        at = at if at is not None else QPointF(self.viewport().rect().center())
        before = self.mapToScene(at.toPoint())
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.scale(factor / self.zoom(), factor / self.zoom())
        moved = self.mapFromScene(before) - at.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / STEP)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def whole_board_zoom(self) -> float:
        rect = self.board.layout.board_rect()
        view = self.viewport().rect()
        # A little under the exact fit, so that no scroll bar appears and eats the margin.
        factor = 0.98 * min(view.width() / max(1.0, rect.width()), view.height() / max(1.0, rect.height()))
        return min(1.0, factor)

    def width_zoom(self) -> float:
        """The zoom at which every stage fits across the view (the board then scrolls down)."""
        rect = self.board.layout.board_rect()
        room = self.viewport().width() - self.verticalScrollBar().sizeHint().width()
        return min(1.0, 0.98 * room / max(1.0, rect.width()))

    def _narrowest_card(self) -> float:
        widths = [w for _x, w in self.board.layout.stage_x.values()]
        return self.board._card_width(min(widths, default=260.0))

    def fit(self) -> None:
        """The whole board in the view."""
        self._set_scale(self.whole_board_zoom())
        self.centerOn(self.board.layout.board_rect().center())
        self._fitted, self._fit_zoom = "whole", self.zoom()
        self.zoom_changed.emit(self.zoom())

    def fit_width(self) -> None:
        """Every stage across the view, from the top (the board then scrolls down)."""
        self._set_scale(self.width_zoom())
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self._fitted = "width"
        self.zoom_changed.emit(self.zoom())

    def fit_cycle(self) -> None:
        """Ctrl+0: the whole board. When its cards are then too narrow for a single word (a
        dense board, tall with stacked cards), pressing it again fits the stages' width, with
        words on the cards and the stage names pinned; once more, the whole board."""
        if self.dense_fit_hint():
            self.fit_width()
        else:
            self.fit()

    def _set_scale(self, factor: float) -> None:
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.resetTransform()
        self.scale(factor, factor)

    def show_top_left(self, zoom: float = 1.0) -> None:
        self.set_zoom(zoom)
        rect = self.board.layout.board_rect()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self.ensureVisible(rect.left(), rect.top(), 1, 1, 0, 0)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y() or event.angleDelta().x()
        if delta:
            self.set_zoom(self.zoom() * (1.0015 ** delta), event.position())
        event.accept()

    # --- sticky headers ------------------------------------------------------------------

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def pinned_headers(self) -> sticky.Pinned:
        """The stage and lane headers drawn pinned to the top and left edges right now."""
        return sticky.pinned(self.board.layout, self.visible_scene_rect(),
                             self.board.stage_items, self.board.lane_items)

    def dense_fit_hint(self) -> str:
        """At the whole-board fit of a board too dense for words, what Ctrl+0 does next."""
        if self._fitted != "whole" or self.zoom() != self._fit_zoom \
                or summary.legible(self._narrowest_card(), self.zoom()) \
                or self.width_zoom() <= self.zoom() * 1.2:
            return ""
        return self.tr("Cards too small to read: press Ctrl+0 again to fit the stages' width")

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawForeground(painter, rect)
        hint = self.dense_fit_hint()
        if hint:
            self._paint_hint(painter, hint)
        pinned = self.pinned_headers()
        self._pinned_shown = pinned.active()
        if not self._pinned_shown:
            return
        option = QStyleOptionGraphicsItem()
        pal = self.board.palette_
        for header, where in pinned.headers():
            painter.save()
            painter.translate(where.topLeft())
            header.paint(painter, option, None)
            painter.restore()
        if pinned.stages:  # a rule under the band: cards scroll under it, not into it
            band = QRectF(pinned.stages[0][1].left(), pinned.stages[0][1].bottom(),
                          pinned.stages[-1][1].right() - pinned.stages[0][1].left(), 0)
            painter.setPen(QPen(pal.grid_border, 0))
            painter.drawLine(band.topLeft(), band.topRight())
        if not pinned.corner.isEmpty():
            painter.fillRect(pinned.corner, pal.header_fill)

    def _paint_hint(self, painter: QPainter, text: str) -> None:
        painter.save()
        painter.resetTransform()  # viewport pixels: the same size at any zoom
        painter.setFont(style.font(15, bold=True))
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(text) + 28
        height = metrics.height() + 12
        box = QRectF((self.viewport().width() - width) / 2, self.viewport().height() - height - 10,
                     width, height)  # at the bottom: the stage names are at the top
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(23, 32, 42, 230))
        painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        # Scrolling moves the old pixels; pinned headers must be drawn again where they stay.
        if self._pinned_shown or self.pinned_headers().active():
            self.viewport().update()

    def _pinned_header_at(self, event: QMouseEvent):
        if self.board.editor is not None:
            return None
        return self.pinned_headers().header_at(self.mapToScene(event.position().toPoint()))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        header = self._pinned_header_at(event)
        if header is not None and not self.board.voting_mode:
            self.board.start_rename(header)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    # --- panning -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_inside = self.viewport().rect().contains(event.position().toPoint())
        self._dragged_out = False
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        header = self._pinned_header_at(event)
        if header is not None:  # the pinned header, not the card scrolled under it
            if event.button() == Qt.MouseButton.LeftButton and not self.board.voting_mode:
                self.board.clearSelection()
                header.setSelected(True)
            self._pinned_press = True
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position().toPoint() - self._pan_from
            self._pan_from = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        if (event.buttons() & Qt.MouseButton.LeftButton and self._pressed_inside
                and self.board.dragging_cards()
                and not self.viewport().rect().contains(event.position().toPoint())):
            self.drag_cards_out(event)
            return
        super().mouseMoveEvent(event)

    # --- dragging cards out of the board -----------------------------------------------

    def drag_cards_out(self, event: QMouseEvent) -> list[int]:
        """The card drag left the view: cancel the move and start a QDrag of the card ids."""
        ids = self.board.abandon_card_drag()
        # A release through the normal path lets the scene and the grabbed item end their
        # drag state, so the next press starts clean (the QDrag swallows the real release).
        release = QMouseEvent(QEvent.Type.MouseButtonRelease, event.position(),
                              event.globalPosition(), Qt.MouseButton.LeftButton,
                              Qt.MouseButton.NoButton, event.modifiers())
        QApplication.sendEvent(self.viewport(), release)
        self._dragged_out = True
        if not ids:
            return []
        texts = [self.board.cards[i].data_.text for i in ids if i in self.board.cards]
        drag = QDrag(self.viewport())
        drag.setMimeData(card_ids_mime(ids, "\n\n".join(texts), self.board.drag_source()))
        drag.setPixmap(drag_pixmap(texts))
        drag.setHotSpot(QPoint(-12, -12))
        self.exec_drag(drag)
        self.cards_dragged_out.emit(ids)
        return ids

    def exec_drag(self, drag: QDrag) -> Qt.DropAction:
        """Run the drag (a separate method so tests can stand in for the platform's loop)."""
        return drag.exec(Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
                         | Qt.DropAction.LinkAction, Qt.DropAction.CopyAction)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        cards = self.board.selected_cards()
        if event.reason() == QContextMenuEvent.Reason.Mouse or not cards:
            super().contextMenuEvent(event)
            return
        # The menu key or Shift+F10: the menu of the selected cards, next to the first one.
        if self.board.voting_mode:
            event.accept()
            return
        corner = self.mapFromScene(cards[0].sceneBoundingRect().topLeft()) + QPoint(24, 24)
        self.board.request_card_menu(cards[0], self.viewport().mapToGlobal(corner))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pinned_press:  # the press selected a pinned header: nothing else to end
            self._pinned_press = False
            event.accept()
            return
        if self._dragged_out:
            self._dragged_out = False
            event.accept()
            return
        if self._pan_from is not None:
            self._pan_from = None
            if self._space:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self._show_voting_mode(self.board.voting_mode)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # --- keys --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.board.editor is not None:
            super().keyPressEvent(event)
            return
        key, mods = event.key(), event.modifiers()
        plain = not (mods & ~Qt.KeyboardModifier.KeypadModifier)
        if self.board.voting_mode and self._vote_key(key):
            event.accept()
            return
        moves: dict[int, tuple[int, int]] = {
            Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1)}
        if key in moves and plain:
            self.actions_.navigate(*moves[key])
            self._reveal_current()
        elif key in moves and mods == Qt.KeyboardModifier.AltModifier:
            header = self.board.selected_header() if not self.board.selected_cards() else None
            if header is not None:
                step = header_keys.header_for_key(header, key)
                if step is not None and header_keys.move_header(self.board, header, step):
                    self.ensureVisible(header.sceneBoundingRect(), 40, 40)
            else:
                self.actions_.move_selection(*moves[key])
                self._reveal_current()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and plain:
            self.actions_.edit_selected()
        elif key == Qt.Key.Key_N and plain:
            self.actions_.add_note()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and plain:
            self.actions_.delete_selection()
        elif key == Qt.Key.Key_Space and plain and not event.isAutoRepeat():
            self._space = True
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            super().keyPressEvent(event)

    def _vote_key(self, key: int) -> bool:
        K = Qt.Key
        if key in (K.Key_Return, K.Key_Enter, K.Key_Plus, K.Key_Equal):
            signal = self.board.card_vote_requested
        elif key in (K.Key_Minus, K.Key_Delete, K.Key_Backspace):
            signal = self.board.card_unvote_requested
        else:
            return False
        for item in self.board.selected_cards():
            signal.emit(item.card_id)
        return True

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space:
            self._space = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self._show_voting_mode(self.board.voting_mode)
            return
        super().keyReleaseEvent(event)

    def _reveal_current(self) -> None:
        cell = self.board.current_cell
        if cell is not None and cell[0] in self.board.layout.stage_x:
            selected = self.board.selected_cards()
            target = selected[0].sceneBoundingRect() if selected else self.board.layout.cell_rect(*cell)
            self.ensureVisible(target, 40, 40)
