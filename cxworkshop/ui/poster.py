"""The board as a poster (PNG): what the client pins on the wall, not a screenshot of the window.

A title band (workshop, client, map, date), the map without the window's handles or selection,
and a legend (card kinds with their colours, the emotion faces), all in the WORKSHOP's
language (the app's translators are switched for the time of the render). The board is drawn
at a scale that keeps card text at least MIN_TEXT_PX pixels high; a board too big for one
image of MAX_SIDE pixels a side is split into numbered tiles along stage and lane boundaries,
each with the lane names and stage names repeated. Files are written atomically.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication, QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cxworkshop.board import emotion, evidence_mark, icons, labels, style
from cxworkshop.board.grid_items import PersonaStripItem
from cxworkshop.document import WorkshopDocument
from cxworkshop.export.atomic import atomic_write
from cxworkshop.export.dates import long_date
from cxworkshop.model import CardKind, Evidence
from cxworkshop.model.records import Card, JourneyMap, Meeting

CARD_TEXT_PX = style.CARD_TEXT_PX  # scene units
MIN_TEXT_PX = 15  # card text on the poster never smaller than this, in pixels
MAX_SIDE = 8000  # pixels a side per image (a 8000² image is 256 MB in memory); beyond: tiles
TITLE_BAND = 150.0  # scene units
MARGIN = 30.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("BoardPoster", text)


@contextmanager
def workshop_language(language: str) -> Iterator[None]:
    """The app's translators in `language` for the duration (labels made meanwhile use it)."""
    from cxworkshop.ui.translations import LANGUAGES, current_language, install_translators

    app = QCoreApplication.instance()
    before = current_language()
    if app is None or language not in LANGUAGES or language == before:
        yield
        return
    install_translators(app, language)
    try:
        yield
    finally:
        install_translators(app, before)


class PosterStageHeader(QGraphicsItem):
    """A stage's name on the poster: the whole name wrapped, no grip, no column icon."""

    def __init__(self, rect: QRectF, name: str, palette: style.BoardPalette) -> None:
        super().__init__()
        self._rect, self.name, self.palette = rect, name, palette
        self.setPos(rect.topLeft())
        self.setZValue(5)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return QRectF(0, 0, self._rect.width(), self._rect.height())

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        r = self.boundingRect().adjusted(2, 0, -2, 0)
        p.fillRect(r, self.palette.header_fill)
        p.setPen(self.palette.header_text)
        size = self.palette.header_px
        box = r.adjusted(12, 4, -12, -4)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        while size > 12:  # shrink a long name until it fits the header, never cut it
            p.setFont(style.font(size, bold=True))
            if p.fontMetrics().boundingRect(box.toRect(), flags, self.name).height() <= box.height():
                break
            size -= 1
        p.drawText(box, flags, self.name)


@dataclass(frozen=True)
class Tile:
    """One image: a run of stages (scene x from x0 to x1) and of lanes (y0 to y1)."""

    x0: float
    x1: float
    y0: float
    y1: float
    first_row: bool
    number: int = 1
    total: int = 1


def _runs(spans: list[tuple[float, float]], room: float) -> list[tuple[float, float]]:
    """Consecutive spans (start, size) grouped into runs (start, end) no longer than `room`.

    A single span longer than `room` (a lane holding hundreds of cards) is cut into equal
    pieces, so no image ever grows past MAX_SIDE."""
    runs: list[tuple[float, float]] = []
    for start, size in spans:
        if runs and start + size - runs[-1][0] <= room:
            runs[-1] = (runs[-1][0], start + size)
        elif size <= room:
            runs.append((start, start + size))
        else:
            pieces = math.ceil(size / room)
            step = size / pieces
            runs += [(start + n * step, start + (n + 1) * step) for n in range(pieces)]
    return runs


class Poster:
    """Builds the scene of one map in the workshop's language and renders it as poster tiles."""

    def __init__(self, document: WorkshopDocument, map_id: int | None = None) -> None:
        from cxworkshop.board.scene import BoardScene

        self.document = document
        self.workshop = document.workshop()
        self.scene = BoardScene(document, map_id, read_only=True)
        self.scene.clearSelection()
        self.scene.set_current_cell(None)
        self.scene.overview.set_active(False)
        self.palette = self.scene.palette_
        for stage_id, header in self.scene.stage_items.items():
            header.setVisible(False)
            self.scene.addItem(PosterStageHeader(self.scene.layout.stage_header_rect(stage_id),
                                                 header.name, self.palette))
        # No personas: no strip at all (its "double-click here to add" hint is for the window).
        self.has_personas = bool(self.scene.personas)
        for item in self.scene.items():
            if isinstance(item, PersonaStripItem) and not self.has_personas:
                item.setVisible(False)
        journey = next((m for m in document.rows(JourneyMap) if m.id == self.scene.map_id), None)
        self.map_name = journey.name if journey is not None else ""
        stage_ids = set(self.scene.stages)
        cards = [card for card in document.rows(Card) if card.stage_id in stage_ids]
        self.kinds = sorted({card.kind for card in cards},
                            key=lambda kind: list(CardKind).index(CardKind(kind))
                            if kind in CardKind._value2member_map_ else 99)
        self.evidence = {Evidence(card.evidence) for card in cards if card.evidence is not None}
        self.scale = 1.0

    def day(self) -> date:
        """The date on the poster: the latest meeting held so far, else today."""
        held = [m.held_on for m in self.document.rows(Meeting) if m.held_on <= date.today()]
        return max(held) if held else date.today()

    def tiles(self) -> list[Tile]:
        layout = self.scene.layout
        board = layout.board_rect()
        grid = layout.grid
        left = grid.left() - board.left()
        top = grid.top() - board.top()
        whole_w = board.width() + 2 * MARGIN
        whole_h = board.height() + TITLE_BAND + self.legend_height(whole_w) + 2 * MARGIN
        fit = min(1.0, MAX_SIDE / max(whole_w, whole_h))
        self.scale = max(fit, MIN_TEXT_PX / CARD_TEXT_PX)
        if fit >= MIN_TEXT_PX / CARD_TEXT_PX:
            return [Tile(grid.left(), grid.right(), grid.top(), grid.bottom(), True)]
        room = MAX_SIDE / self.scale
        width_room = room - left - 2 * MARGIN - 20
        height_room = room - top - TITLE_BAND - self.legend_height(room) - 2 * MARGIN - 20
        columns = _runs([layout.stage_x[i] for i in layout.stage_ids], width_room)
        rows = _runs([layout.lane_y[i] for i in layout.lane_ids], height_room)
        tiles = [Tile(x0, x1, y0, y1, index == 0) for index, (y0, y1) in enumerate(rows)
                 for x0, x1 in columns]
        return [Tile(t.x0, t.x1, t.y0, t.y1, t.first_row, n, len(tiles))
                for n, t in enumerate(tiles, start=1)]

    # --- the bands ---------------------------------------------------------------------

    def _legend_items(self) -> list[tuple[str, str | int]]:
        # Evidence marks (issue 18) only when the map has them: a third group of the legend.
        marks = [(evidence_mark.evidence_label(value), value) for value in Evidence
                 if value in self.evidence]
        return [*((labels.card_kind(kind), kind) for kind in self.kinds),
                *((labels.emotion(score), score) for score in range(-2, 3)), *marks]

    def legend_height(self, width: float) -> float:
        return 60.0 + 46.0 * len(self._legend_rows(width - 2 * MARGIN))

    def _legend_rows(self, width: float) -> list[list[tuple[str, str | int, float]]]:
        metrics = QFontMetricsF(style.font(20))
        rows: list[list[tuple[str, str | int, float]]] = [[]]
        used = 0.0
        for index, (text, key) in enumerate(self._legend_items()):
            item_w = 36 + metrics.horizontalAdvance(text) + 34
            new_group = index > 0 and (isinstance(key, int) and key == -2 or key == next(
                (value for value in Evidence if value in self.evidence), None))
            if rows[-1] and (used + item_w > width or new_group):
                rows.append([])
                used = 0.0
            rows[-1].append((text, key, item_w))
            used += item_w
        return rows

    def _paint_title(self, p: QPainter, width: float, tile: Tile) -> None:
        ink = self.palette.ink
        p.setPen(ink)
        title = self.workshop.title or self.document.path.stem
        if tile.total > 1:
            title += "  —  " + _tr("part %1 of %2").replace("%1", str(tile.number)).replace(
                "%2", str(tile.total))
        p.setFont(style.font(44, bold=True))
        p.drawText(QRectF(MARGIN, MARGIN, width - 2 * MARGIN, 60),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   p.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, int(width - 2 * MARGIN)))
        language = self.workshop.language or "it"
        parts = [self.workshop.client, self.map_name, long_date(self.day(), language)]
        p.setFont(style.font(26))
        p.setPen(self.palette.ink_soft)
        p.drawText(QRectF(MARGIN, MARGIN + 66, width - 2 * MARGIN, 40),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   "  ·  ".join(part for part in parts if part.strip()))

    def _paint_legend(self, p: QPainter, top: float, width: float) -> None:
        p.setPen(self.palette.ink)
        p.setFont(style.font(22, bold=True))
        p.drawText(QRectF(MARGIN, top, width, 36), Qt.AlignmentFlag.AlignVCenter, _tr("Legend"))
        y = top + 44
        for row in self._legend_rows(width - 2 * MARGIN):
            x = MARGIN
            for text, key, item_w in row:
                box = QRectF(x, y + 4, 30, 30)
                if isinstance(key, int):
                    emotion.draw_face(p, box, key)
                elif isinstance(key, Evidence):
                    strong, light = self.palette.card_colours(CardKind.NOTE)
                    p.setPen(QPen(strong, 2, evidence_mark.outline_style(key)))
                    p.setBrush(light)
                    p.drawRect(box)
                    p.save()
                    p.translate(box.topLeft())  # the glyph sits in the box's corner
                    evidence_mark.paint_glyph(p, box.width(), box.height(), key,
                                              self.palette.card_label(strong), light)
                    p.restore()
                else:
                    strong, light = self.palette.card_colours(key)
                    p.fillRect(box, light)
                    p.fillRect(QRectF(box.left(), box.top(), 6, box.height()), strong)
                    icons.paint_card_icon(p, box.adjusted(9, 4, -3, -4), key, strong)
                p.setPen(self.palette.ink)
                p.setFont(style.font(20))
                p.drawText(QRectF(x + 38, y, item_w - 38, 38), Qt.AlignmentFlag.AlignVCenter, text)
                x += item_w
            y += 46

    # --- rendering ---------------------------------------------------------------------

    def render(self, tile: Tile) -> QImage:
        layout = self.scene.layout
        board = layout.board_rect()
        grid = layout.grid
        # Personas sit above the first stages: only the first tile shows them.
        first_col = abs(tile.x0 - grid.left()) < 1
        src_top = board.top() if tile.first_row and first_col and self.has_personas else \
            grid.top() - style.GRID_GAP - style.STAGE_HEADER_HEIGHT - style.GRID_GAP / 2
        pad = 20.0  # the board's own margin, kept at its outer edges
        last_col = abs(tile.x1 - grid.right()) < 1
        last_row = abs(tile.y1 - grid.bottom()) < 1
        body_right = tile.x1 + (pad if last_col else 6)
        # The personas strip may reach past the last stage on a narrow board.
        top_right = max(board.right(), body_right) if last_col and tile.first_row else body_right
        bottom = tile.y1 + (pad if last_row else 6)
        left_w = grid.left() - board.left()
        body_w = left_w + max(body_right, top_right) - tile.x0
        body_h = (grid.top() - src_top) + (bottom - tile.y0)
        width = max(body_w + 2 * MARGIN, 900.0)
        legend = self.legend_height(width)
        height = TITLE_BAND + body_h + legend + MARGIN
        s = self.scale
        image = QImage(max(1, round(width * s)), max(1, round(height * s)), QImage.Format.Format_RGB32)
        image.fill(self.palette.background)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.scale(s, s)
        self._paint_title(p, width, tile)
        ox, oy = MARGIN, TITLE_BAND
        head_h = grid.top() - src_top
        pieces = [  # (source in the scene, where it goes on the poster)
            (QRectF(board.left(), src_top, left_w, head_h), QRectF(ox, oy, left_w, head_h)),
            (QRectF(tile.x0, src_top, top_right - tile.x0, head_h),
             QRectF(ox + left_w, oy, top_right - tile.x0, head_h)),
            (QRectF(board.left(), tile.y0, left_w, bottom - tile.y0),
             QRectF(ox, oy + head_h, left_w, bottom - tile.y0)),
            (QRectF(tile.x0, tile.y0, body_right - tile.x0, bottom - tile.y0),
             QRectF(ox + left_w, oy + head_h, body_right - tile.x0, bottom - tile.y0)),
        ]
        for source, target in pieces:
            if source.width() > 0 and source.height() > 0:
                self.scene.render(p, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
        self._name_cut_lanes(p, tile, QRectF(ox, oy + head_h, left_w, bottom - tile.y0))
        self._paint_legend(p, TITLE_BAND + body_h + 10, width)
        p.end()
        return image

    def _name_cut_lanes(self, p: QPainter, tile: Tile, column: QRectF) -> None:
        """A lane that began on an earlier tile gets its name again at the top of this one."""
        layout = self.scene.layout
        for lane_id in layout.lane_ids:
            top, height = layout.lane_y[lane_id]
            if not top < tile.y0 < top + height:
                continue
            lane = self.scene.lanes.get(lane_id)
            if lane is None:
                continue
            p.setPen(self.palette.lane_header_text)
            p.setFont(style.font(self.palette.header_px - 2, bold=True))
            p.drawText(column.adjusted(column.width() - style.LANE_HEADER_WIDTH + 12, 10, -8, -8),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                       | Qt.TextFlag.TextWordWrap, lane.name)


def tile_path(out: Path, number: int, total: int) -> Path:
    """poster.png, or poster-1.png, poster-2.png … when the board needs several tiles."""
    return out if total == 1 else out.with_name(f"{out.stem}-{number}{out.suffix or '.png'}")


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OSError("the image could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())


def write_poster(document: WorkshopDocument, out: Path, map_id: int | None = None) -> list[Path]:
    """Render the map of `document` as poster tile(s) at `out`; returns the files written."""
    app = QApplication.instance()
    language = document.workshop().language or "it"
    written: list[Path] = []
    with workshop_language(language):
        poster = Poster(document, map_id)
        try:
            tiles = poster.tiles()
            for tile in tiles:
                png = _png_bytes(poster.render(tile))

                def write(stream: IO[bytes], png: bytes = png) -> None:
                    stream.write(png)

                written.append(atomic_write(tile_path(Path(out), tile.number, tile.total), write))
        finally:
            poster.scene.clear()
            poster.scene.deleteLater()
            if app is not None:
                app.processEvents()
    return written
