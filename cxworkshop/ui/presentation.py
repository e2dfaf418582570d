"""Presentation mode: the board full screen on the chosen screen, for a projector in a lit room.

A separate top-level window over the board's own BoardScene (so every edit shows at once in
both windows): no menus, docks or tool bars; a high-contrast palette; a bar along the bottom
with the stage, the facilitator lock, the timer and hints in large type; the voting tally on
the right while a round is open. Keys (a presenter remote sends Page Up / Page Down):

    Right, Page Down, Space   next stage          Left, Page Up, Backspace   previous stage
    Home, End                 first, last stage   Up, Down                   scroll the lanes
    Z, Enter                  zoom to the stage   O                          the whole board
    L                         facilitator lock    Ctrl+Plus, Ctrl+Minus      larger, smaller
    Esc                       leave

Three framings: "stages" fits the current stage's column to the screen height with its
neighbours dimmed; "zoom" shows one stage with card text at about a thirtieth of the screen
height (legible from the back of a meeting room), lane names pinned to the left edge; "board"
fits everything. The facilitator lock stops stages and lanes being moved, resized, renamed or
deleted while participants add cards.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cxworkshop.board import style
from cxworkshop.board.grid_items import LaneHeaderItem, StageHeaderItem
from cxworkshop.board.scene import BoardScene
from cxworkshop.board.view import BoardView
from cxworkshop.document import WorkshopDocument

# Card text height, as a fraction of the screen height, in the one-stage zoom.
ZOOM_TEXT_FRACTION = 1 / 30


@dataclass(frozen=True)
class ProjectorPalette:
    background: QColor
    dim: QColor  # laid over the stages that are not the current one
    accent: QColor  # the outline of the current stage
    bar: QColor
    bar_text: QColor
    bar_soft: QColor


PALETTES: dict[str, ProjectorPalette] = {
    # Lit rooms wash dark backgrounds out to grey: white paper and black type survive best.
    "projector_light": ProjectorPalette(QColor("#ffffff"), QColor(255, 255, 255, 165),
                                        QColor("#000000"), QColor("#000000"), QColor("#ffffff"),
                                        QColor("#d0d0d0")),
    "projector_dark": ProjectorPalette(QColor("#05070a"), QColor(5, 7, 10, 180),
                                       QColor("#ffd400"), QColor("#000000"), QColor("#ffffff"),
                                       QColor("#c8c8c8")),
    "board": ProjectorPalette(style.BOARD_BACKGROUND, QColor(242, 244, 247, 160),
                              style.SELECTION, style.HEADER_FILL, QColor("#ffffff"),
                              QColor("#c9d3df")),
}


class Framing(Enum):
    STAGES = "stages"
    ZOOM = "zoom"
    BOARD = "board"


class PresentationView(BoardView):
    """The board as projected: its own framing, spotlight, pinned lane names and vote dots."""

    def __init__(self, scene: BoardScene, presenter: PresentationWindow) -> None:
        super().__init__(scene)
        self.presenter = presenter
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setAccessibleName(self.tr("Journey board, presentation"))

    # --- painting ------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, self.presenter.palette_.background)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        presenter = self.presenter
        layout = self.board.layout
        stage_id = presenter.current_stage_id()
        if stage_id is not None and stage_id in layout.stage_x:
            column = presenter.stage_column(stage_id)
            for other in layout.stage_ids:
                if other != stage_id:
                    painter.fillRect(presenter.stage_column(other), presenter.palette_.dim)
            pen = QPen(presenter.palette_.accent, 6 / max(self.zoom(), 0.01))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(column.adjusted(-3, -3, 3, 3))
        painter.save()
        painter.resetTransform()
        self._draw_votes(painter)
        self._draw_pinned_lanes(painter)
        painter.restore()

    def _draw_pinned_lanes(self, painter: QPainter) -> None:
        layout = self.board.layout
        header_right = self.mapFromScene(QPointF(style.LANE_HEADER_WIDTH, 0)).x()
        if header_right > 0 or not layout.lane_ids:
            return  # the lane headers themselves are on screen
        height = self.viewport().height()
        font = QFont()
        font.setPixelSize(max(14, round(height / 42)))
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        for lane_id in layout.lane_ids:
            y, h = layout.lane_y[lane_id]
            top = self.mapFromScene(QPointF(0, y)).y()
            bottom = self.mapFromScene(QPointF(0, y + h)).y()
            if bottom < 0 or top > height:
                continue
            lane = self.board.lanes.get(lane_id)
            if lane is None:
                continue
            strong, _light = style.lane_colours(lane.kind)
            text = metrics.elidedText(lane.name, Qt.TextElideMode.ElideRight,
                                      round(self.viewport().width() * 0.22))
            box = QRectF(0, max(top, 0) + 6, metrics.horizontalAdvance(text) + 24,
                         metrics.height() + 12)
            if box.bottom() > bottom - 4:
                continue
            painter.fillRect(box, strong)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(box.adjusted(12, 0, -12, 0), Qt.AlignmentFlag.AlignVCenter, text)

    def _draw_votes(self, painter: QPainter) -> None:
        tally = self.presenter.tally
        if not tally:
            return
        size = max(22.0, self.viewport().height() / 26)
        font = QFont()
        font.setPixelSize(round(size * 0.62))
        font.setBold(True)
        painter.setFont(font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for card_id, dots in tally.items():
            item = self.board.cards.get(card_id)
            if item is None or dots <= 0:
                continue
            corner = self.mapFromScene(item.sceneBoundingRect().topRight())
            badge = QRectF(corner.x() - size * 0.8, corner.y() - size * 0.35, size * 1.3, size)
            painter.setPen(QPen(QColor("#ffffff"), 2))
            painter.setBrush(QColor("#000000"))
            painter.drawRoundedRect(badge, size / 2, size / 2)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, f"● {dots}")

    # --- input ---------------------------------------------------------------------------

    def _header_at(self, event: QMouseEvent) -> bool:
        item = self.itemAt(event.position().toPoint())
        while item is not None and not isinstance(item, StageHeaderItem | LaneHeaderItem):
            item = item.parentItem()
        return item is not None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.presenter.locked and self._header_at(event):
            event.accept()  # the facilitator lock: headers do not move, resize or rename
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.presenter.locked and self._header_at(event):
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.board.editor is None and self.presenter.handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.presenter.reframe()


class PresentationWindow(QWidget):
    """Full-screen presentation of one board; `closed` is emitted when it is left."""

    closed = Signal()
    stage_changed = Signal(int)  # index of the current stage

    def __init__(self, scene: BoardScene, document: WorkshopDocument | None = None,
                 palette: str = "projector_light", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("presentation")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setWindowTitle(self.tr("Presentation"))
        self.scene = scene
        self.document = document or scene.document
        self.palette_name = palette if palette in PALETTES else "projector_light"
        self.palette_ = PALETTES[self.palette_name]
        self.framing = Framing.STAGES
        self.locked = False
        self.tally: dict[int, int] = {}
        self.type_scale = 1.0
        self._stage_index = 0
        self._scroll_top: float | None = None
        self._timer_source = None
        self._voting_source = None

        self.view = PresentationView(scene, self)
        self.bar = QFrame()
        self.bar.setObjectName("presentation-bar")
        self.stage_label = QLabel()
        self.stage_label.setObjectName("presentation-stage")
        self.lock_label = QLabel()
        self.timer_label = QLabel()
        self.timer_label.setObjectName("presentation-timer")
        self.hint_label = QLabel(self.tr("← → stages · Z zoom · O whole board · L lock · Esc leave"))
        for label in (self.stage_label, self.hint_label):
            # Long names and small screens: elide by clipping rather than widen the window.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar_layout = QHBoxLayout(self.bar)
        bar_layout.addWidget(self.stage_label, 1)
        bar_layout.addWidget(self.lock_label)
        bar_layout.addSpacing(24)
        bar_layout.addWidget(self.timer_label)
        bar_layout.addSpacing(24)
        bar_layout.addWidget(self.hint_label, 1)
        self.tally_panel = QLabel()
        self.tally_panel.setObjectName("presentation-tally")
        self.tally_panel.setWordWrap(True)
        self.tally_panel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.tally_panel.hide()
        centre = QHBoxLayout()
        centre.setContentsMargins(0, 0, 0, 0)
        centre.setSpacing(0)
        centre.addWidget(self.view, 1)
        centre.addWidget(self.tally_panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(centre, 1)
        layout.addWidget(self.bar)
        leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        leave.setContext(Qt.ShortcutContext.WindowShortcut)
        leave.activated.connect(self._escape)
        self.timer_label.hide()
        scene.layout_changed.connect(self._on_layout_changed)
        self.apply_palette(self.palette_name)
        self._update_bar()

    # --- showing and leaving -------------------------------------------------------------

    def present(self, screen_name: str = "") -> None:
        """Full screen on the screen called `screen_name` (default: the parent's, or the first)."""
        screens = QGuiApplication.screens()
        screen = next((s for s in screens if s.name() == screen_name and screen_name), None)
        if screen is None and self.parentWidget() is not None:
            screen = self.parentWidget().screen()
        screen = screen or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        if hasattr(self.scene, "set_palette"):
            self.scene.set_palette(self.palette_name)
        self.showFullScreen()
        self.activateWindow()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._restyle()
        self.go_to_stage(self._stage_index)

    def leave(self) -> None:
        self.close()

    def _escape(self) -> None:
        if self.scene.editor is not None:
            self.scene.finish_editing()
            return
        self.leave()

    def closeEvent(self, event) -> None:
        self.scene.finish_editing()
        if hasattr(self.scene, "set_palette"):
            self.scene.set_palette("board")
        if hasattr(self.scene, "set_structure_locked"):
            self.scene.set_structure_locked(False)
        super().closeEvent(event)
        self.closed.emit()

    # --- palette and type ----------------------------------------------------------------

    def apply_palette(self, name: str) -> None:
        self.palette_name = name if name in PALETTES else "projector_light"
        self.palette_ = PALETTES[self.palette_name]
        if hasattr(self.scene, "set_palette") and self.isVisible():
            self.scene.set_palette(self.palette_name)
        self._restyle()

    def _restyle(self) -> None:
        p = self.palette_
        height = max(360, self.height() if self.isVisible() else 1080)
        big = max(16, round(height / 28))
        small = max(12, round(height / 52))
        palette = self.bar.palette()
        palette.setColor(QPalette.ColorRole.Window, p.bar)
        palette.setColor(QPalette.ColorRole.WindowText, p.bar_text)
        for widget in (self.bar, self.tally_panel):
            widget.setAutoFillBackground(True)
            widget.setPalette(palette)
        self.bar.setStyleSheet(
            f"QLabel {{ color: {p.bar_text.name()}; }}"
            f"QLabel#presentation-stage {{ font-size: {big}px; font-weight: bold; }}"
            f"QLabel#presentation-timer {{ font-size: {big}px; font-weight: bold; }}")
        for label in (self.lock_label,):
            label.setStyleSheet(f"font-size: {small + 4}px; font-weight: bold;")
        self.hint_label.setStyleSheet(f"color: {p.bar_soft.name()}; font-size: {small}px;")
        self.tally_panel.setStyleSheet(
            f"color: {p.bar_text.name()}; font-size: {small + 6}px; padding: 18px;")
        self.tally_panel.setFixedWidth(round(max(300, self.width() * 0.22)))
        self.bar.layout().setContentsMargins(round(big * 0.8), round(big * 0.3),
                                             round(big * 0.8), round(big * 0.3))
        self.view.viewport().update()

    # --- stages and framing --------------------------------------------------------------

    def stage_ids(self) -> list[int]:
        return list(self.scene.layout.stage_ids)

    def stage_count(self) -> int:
        return len(self.scene.layout.stage_ids)

    def current_stage_index(self) -> int:
        return self._stage_index

    def current_stage_id(self) -> int | None:
        ids = self.stage_ids()
        return ids[self._stage_index] if 0 <= self._stage_index < len(ids) else None

    def stage_column(self, stage_id: int) -> QRectF:
        """The stage's header and its cells, in scene coordinates."""
        layout = self.scene.layout
        x, width = layout.stage_x[stage_id]
        top = layout.stage_header_rect(stage_id).top()
        return QRectF(x, top, width, layout.grid.bottom() - top)

    def go_to_stage(self, index: int) -> None:
        count = self.stage_count()
        self._stage_index = max(0, min(index, count - 1)) if count else 0
        self._scroll_top = None
        stage_id = self.current_stage_id()
        if stage_id is not None:
            lanes = self.scene.layout.lane_ids
            cell = self.scene.current_cell
            lane_id = cell[1] if cell and cell[1] in lanes else (lanes[0] if lanes else None)
            if lane_id is not None:
                self.scene.set_current_cell((stage_id, lane_id))
        self.reframe()
        self._update_bar()
        self.stage_changed.emit(self._stage_index)

    def next_stage(self) -> None:
        self.go_to_stage(self._stage_index + 1)

    def previous_stage(self) -> None:
        self.go_to_stage(self._stage_index - 1)

    def set_framing(self, framing: Framing) -> None:
        self.framing = framing
        self._scroll_top = None
        self.reframe()
        self._update_bar()

    def toggle_stage_zoom(self) -> None:
        self.set_framing(Framing.STAGES if self.framing == Framing.ZOOM else Framing.ZOOM)

    def show_whole_board(self) -> None:
        self.set_framing(Framing.STAGES if self.framing == Framing.BOARD else Framing.BOARD)

    def zoom_scale(self) -> float:
        """The scale of the one-stage zoom: card text at ZOOM_TEXT_FRACTION of the screen."""
        view = self.view.viewport().rect()
        scale = view.height() * ZOOM_TEXT_FRACTION / style.CARD_TEXT_PX * self.type_scale
        stage_id = self.current_stage_id()
        if stage_id is not None:
            width = self.scene.layout.stage_x[stage_id][1]
            scale = min(scale, view.width() * 0.7 / max(width, 1.0))
        return scale

    def reframe(self) -> None:
        """Frame the view for the current stage and framing (after a move, resize or edit)."""
        view = self.view.viewport().rect()
        if view.width() < 10 or view.height() < 10:
            return
        layout = self.scene.layout
        board = layout.board_rect()
        margin = max(view.width(), view.height()) * 4
        self.view.setSceneRect(board.adjusted(-margin, -margin, margin, margin))
        stage_id = self.current_stage_id()
        if self.framing == Framing.BOARD or stage_id is None:
            scale = 0.97 * min(view.width() / max(board.width(), 1.0),
                               view.height() / max(board.height(), 1.0))
            self._set_scale(scale)
            self.view.centerOn(board.center())
        elif self.framing == Framing.STAGES:
            column = self.stage_column(stage_id)
            scale = min(0.95 * view.height() / max(column.height(), 1.0),
                        0.9 * view.width() / max(column.width(), 1.0))
            self._set_scale(scale * self.type_scale)
            self.view.centerOn(column.center())
        else:
            column = self.stage_column(stage_id)
            scale = self.zoom_scale()
            self._set_scale(scale)
            visible = view.height() / scale
            top = self._scroll_top if self._scroll_top is not None else column.top() - 12
            top = max(column.top() - 12, min(top, column.bottom() + 12 - visible))
            self._scroll_top = top
            self.view.centerOn(QPointF(column.center().x(), top + visible / 2))
        self.view.viewport().update()

    def _set_scale(self, scale: float) -> None:
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.view.resetTransform()
        self.view.scale(scale, scale)
        self.view.zoom_changed.emit(self.view.zoom())

    def scroll_lanes(self, direction: int) -> None:
        """Up or down by one lane in the zoom (in the other framings, into the zoom first)."""
        if self.framing != Framing.ZOOM:
            self.set_framing(Framing.ZOOM)
            if direction < 0:
                return
        layout = self.scene.layout
        top = self._scroll_top if self._scroll_top is not None else 0.0
        tops = [layout.lane_y[i][0] - 12 for i in layout.lane_ids]
        if direction > 0:
            following = [t for t in tops if t > top + 1]
            self._scroll_top = following[0] if following else top
        else:
            before = [t for t in tops if t < top - 1]
            stage_id = self.current_stage_id()
            head = self.stage_column(stage_id).top() - 12 if stage_id is not None else top
            self._scroll_top = before[-1] if len(before) > 1 else head
        self.reframe()

    def change_type_size(self, factor: float) -> None:
        self.type_scale = max(0.5, min(2.5, self.type_scale * factor))
        self.reframe()

    # --- the facilitator lock ------------------------------------------------------------

    def set_locked(self, locked: bool) -> None:
        self.locked = bool(locked)
        if hasattr(self.scene, "set_structure_locked"):
            self.scene.set_structure_locked(self.locked)
        self._update_bar()

    def toggle_lock(self) -> None:
        self.set_locked(not self.locked)

    # --- timer and voting ----------------------------------------------------------------

    def attach_timer(self, timer) -> None:
        """Show a running timer in the bar: a TimerWidget (ui.plan.timer), whose `is_running`
        is a property, with its `remaining_changed` and `finished` signals."""
        self._timer_source = timer
        timer.remaining_changed.connect(self.show_timer)
        if hasattr(timer, "finished"):
            timer.finished.connect(lambda: self.show_timer(0))
        if timer.is_running:
            self.show_timer(timer.remaining_seconds())

    def show_timer(self, seconds: int | None) -> None:
        """Show `seconds` left in the bar; None hides the timer."""
        timer = self._timer_source
        running = timer is None or timer.is_running
        if seconds is None or (not running and seconds != 0):
            self.timer_label.hide()
            return
        minutes, secs = divmod(max(0, int(seconds)), 60)
        self.timer_label.setText(self.tr("Time %1").replace("%1", f"{minutes:02d}:{secs:02d}")
                                 if seconds > 0 else self.tr("Time is up"))
        self.timer_label.setAccessibleName(self.timer_label.text())
        self.timer_label.show()

    def attach_voting(self, panel) -> None:
        """Show the tally of a voting panel (cxworkshop.ui.plan.voting.VotingPanel or alike)."""
        self._voting_source = panel
        panel.tally_changed.connect(lambda tally: self.show_tally(
            tally if panel.voting_active else None))
        panel.voting_active_changed.connect(lambda active: self.show_tally(
            panel.tally() if active else None))
        self.show_tally(panel.tally() if panel.voting_active else None)

    def show_tally(self, tally: dict[int, int] | None) -> None:
        """Dots per card id on the cards and the ranking on the right; None hides both."""
        self.tally = {k: v for k, v in (tally or {}).items() if v > 0}
        if tally is None:
            self.tally_panel.hide()
        else:
            ranking = sorted(self.tally.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
            lines = [f"<p style='font-size:130%'><b>{self.tr('Votes')}</b></p>"]
            for place, (card_id, dots) in enumerate(ranking, start=1):
                item = self.scene.cards.get(card_id)
                text = item.data_.text if item is not None else "?"
                text = (text[:60] + "…") if len(text) > 60 else text
                lines.append(f"<p><b>{place}. ● {dots}</b><br>{_escape(text)}</p>")
            if not ranking:
                lines.append(f"<p>{self.tr('No votes yet')}</p>")
            self.tally_panel.setText("".join(lines))
            self.tally_panel.show()
        self.view.viewport().update()

    # --- keys and the bar ----------------------------------------------------------------

    def handle_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        K = Qt.Key
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (ctrl and key == K.Key_Equal):
            self.change_type_size(1.15)
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            self.change_type_size(1 / 1.15)
        elif mods & ~Qt.KeyboardModifier.KeypadModifier & ~Qt.KeyboardModifier.ShiftModifier:
            return False
        elif key in (K.Key_Right, K.Key_PageDown, K.Key_Space):
            self.next_stage()
        elif key in (K.Key_Left, K.Key_PageUp, K.Key_Backspace):
            self.previous_stage()
        elif key == K.Key_Home:
            self.go_to_stage(0)
        elif key == K.Key_End:
            self.go_to_stage(self.stage_count() - 1)
        elif key == K.Key_Down:
            self.scroll_lanes(1)
        elif key == K.Key_Up:
            self.scroll_lanes(-1)
        elif key in (K.Key_Z, K.Key_Return, K.Key_Enter) and not self.scene.selected_cards():
            self.toggle_stage_zoom()
        elif key == K.Key_O:
            self.show_whole_board()
        elif key == K.Key_L:
            self.toggle_lock()
        elif key == K.Key_Escape:
            self._escape()
        elif key in (K.Key_Delete, K.Key_F2) and self.locked and self.scene.selected_header():
            pass  # the lock: stages and lanes are not deleted or renamed
        else:
            return False
        return True

    def _on_layout_changed(self) -> None:
        if self._stage_index >= self.stage_count():
            self._stage_index = max(0, self.stage_count() - 1)
        if self.isVisible():
            QTimer.singleShot(0, self._refresh_after_edit)

    def _refresh_after_edit(self) -> None:
        self.reframe()
        self._update_bar()

    def _update_bar(self) -> None:
        stage_id = self.current_stage_id()
        if stage_id is None:
            self.stage_label.setText(self.tr("No stages yet"))
        else:
            name = self.scene.stages[stage_id].name if stage_id in self.scene.stages else ""
            where = self.tr("Stage %1 of %2").replace("%1", str(self._stage_index + 1)).replace(
                "%2", str(self.stage_count()))
            self.stage_label.setText(f"{where} · {name}" if self.framing != Framing.BOARD
                                     else self.tr("The whole journey"))
        self.stage_label.setAccessibleName(self.stage_label.text())
        self.view.setAccessibleDescription(self.stage_label.text())
        self.lock_label.setText(self.tr("Stages and lanes locked") if self.locked else "")
        self.lock_label.setVisible(self.locked)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.hint_label.setText(
                self.tr("← → stages · Z zoom · O whole board · L lock · Esc leave"))
            self.setWindowTitle(self.tr("Presentation"))
            self._update_bar()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._restyle()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
