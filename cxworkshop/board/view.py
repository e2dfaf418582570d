"""BoardView: looking at the board: zoom at the cursor, fit, pan, and the board's keys.

Wheel zooms at the cursor; Ctrl+0 fits; Ctrl+plus/minus zoom around the centre; space-drag
or middle-drag pans. Arrows, N, Enter and Delete act on the current cell and selection
(through BoardActions) unless a card is being edited in place.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from cxworkshop.board.actions import BoardActions
from cxworkshop.board.overview import OVERVIEW_ZOOM
from cxworkshop.board.scene import BoardScene

MIN_ZOOM = 0.03
MAX_ZOOM = 4.0
STEP = 1.25


class BoardView(QGraphicsView):
    zoom_changed = Signal(float)

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
        self.zoom_changed.connect(lambda z: scene.overview.set_active(z < OVERVIEW_ZOOM))

    # --- zoom --------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, at: QPointF | None = None) -> None:
        """Zoom to `factor`, keeping the scene point under viewport position `at` (or the centre)."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
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

    def fit(self) -> None:
        rect = self.board.layout.board_rect()
        view = self.viewport().rect()
        # A little under the exact fit, so that no scroll bar appears and eats the margin.
        factor = 0.98 * min(view.width() / max(1.0, rect.width()), view.height() / max(1.0, rect.height()))
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.resetTransform()
        self.scale(min(1.0, factor), min(1.0, factor))
        self.centerOn(rect.center())
        self.zoom_changed.emit(self.zoom())

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

    # --- panning -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
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
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space
                                      else Qt.CursorShape.ArrowCursor)
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
        moves = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
                 Qt.Key.Key_Down: (0, 1)}
        if key in moves and plain:
            self.actions_.navigate(*moves[key])
            self._reveal_current()
        elif key in moves and mods == Qt.KeyboardModifier.AltModifier:
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

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space:
            self._space = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            return
        super().keyReleaseEvent(event)

    def _reveal_current(self) -> None:
        cell = self.board.current_cell
        if cell is not None and cell[0] in self.board.layout.stage_x:
            selected = self.board.selected_cards()
            target = selected[0].sceneBoundingRect() if selected else self.board.layout.cell_rect(*cell)
            self.ensureVisible(target, 40, 40)
