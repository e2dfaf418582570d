"""The journey map drawn as vectors on the canvas, fitted to one page or split across several.

Thousands of small labels are drawn here, so text goes straight to canvas text objects
(wrapped by text.Wrapper) instead of a Paragraph per card: literal, and fast.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from cxworkshop.export.context import ExportContext
from cxworkshop.export.data import CardInfo, MapInfo
from cxworkshop.export.fonts import BOLD, REGULAR
from cxworkshop.export.labels import label
from cxworkshop.export.map_layout import (
    CARD_FONT,
    CARD_LEADING,
    CARD_PAD,
    COLUMN_PAD,
    HEADER_FONT,
    LANE_HEADER_WIDTH,
    META_FONT,
    STAGE_HEADER_HEIGHT,
    MapLayout,
    PlacedCard,
    Tile,
    layout_map,
    plan_tiles,
)
from cxworkshop.export.pdf_doc import A3, LANDSCAPE, frame_size
from cxworkshop.export.pdf_style import (
    ACCENT,
    ACCENT_LIGHT,
    CARD_EDGE,
    CARD_FILL,
    INK,
    MUTED,
    RULE,
    ZEBRA,
)
from cxworkshop.export.text import Wrapper
from cxworkshop.model.enums import LaneKind, MapKind

TITLE_HEIGHT = 24.0
MIN_SCALE = 0.85  # below this the 7 pt card text gets too small to read on paper
MAX_SCALE = 1.3
WHITE = colors.white


def _hex(value: str, cache: dict[str, colors.Color] = {}) -> colors.Color:  # noqa: B006
    # One Color object per hex string: thousands of cards share a dozen colours.
    colour = cache.get(value)
    if colour is None:
        try:
            colour = colors.HexColor(value)
        except ValueError:
            colour = colors.HexColor("#fefce8")
        cache[value] = colour
    return colour


def choose_pages(layout: MapLayout) -> tuple[str, float, list[Tile]]:
    """Page template, scale and tiles: one A4 or A3 landscape page if legible, else A4 tiles."""
    for template in (LANDSCAPE, A3):
        width, height = frame_size(template)
        height -= TITLE_HEIGHT
        scale = min(width / layout.full_width, height / layout.full_height, MAX_SCALE)
        if scale >= MIN_SCALE:
            return template, scale, plan_tiles(layout, layout.width, layout.height)
    width, height = frame_size(LANDSCAPE)
    body_w = width - LANE_HEADER_WIDTH - 14  # room for the continuation arrow on the right
    body_h = height - TITLE_HEIGHT - STAGE_HEADER_HEIGHT - 12
    return LANDSCAPE, 1.0, plan_tiles(layout, body_w, body_h)


class MapTile(Flowable):
    """One page of a journey map: headers repeated, the visible cards, continuation marks."""

    def __init__(self, ctx: ExportContext, layout: MapLayout, tiles: list[Tile], index: int,
                 scale: float, by_band: dict[int, list[PlacedCard]]):
        super().__init__()
        self.ctx, self.layout, self.tiles, self.index = ctx, layout, tiles, index
        self.tile = tiles[index]
        self.scale = scale
        self.by_band = by_band

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, available_height
        if len(self.tiles) == 1:
            # A map on one page takes only the height it needs, leaving room for its curve.
            self.height = min(available_height, self.used_height())
        return self.width, self.height

    def used_height(self) -> float:
        return TITLE_HEIGHT + self.layout.full_height * self.scale + 14

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        self._title(canvas)
        canvas.translate(0, self.height - TITLE_HEIGHT)
        canvas.scale(self.scale, self.scale)
        self._lanes(canvas)
        self._stages(canvas)
        self._cards(canvas)
        self._continuations(canvas)
        canvas.restoreState()

    # --- pieces ---------------------------------------------------------------------------

    def _title(self, canvas: Any) -> None:
        ctx, journey = self.ctx, self.layout.journey
        kind = label(MapKind, journey.kind, ctx.lang)
        same = not kind or kind.casefold() in journey.name.casefold()
        title = ctx.text(journey.name if same else f"{journey.name} — {kind}")
        count = len(self.tiles)
        part = ctx.tr("Part {part} of {count}", part=self.index + 1, count=count) if count > 1 else ""
        # The sheet thumbnail only helps while it stays readable; beyond that the text says it.
        rows = self.tiles[-1].row + 1
        grid_w = self._index_grid(canvas) if count > 1 and rows <= 6 else 0.0
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 8.5)
        canvas.drawRightString(self.width - grid_w - (8 if grid_w else 0), self.height - 13, part)
        canvas.setFillColor(ACCENT)
        canvas.setFont(BOLD, 12)
        room = self.width - grid_w - Wrapper(REGULAR, 8.5).width(part) - 30
        canvas.drawString(0, self.height - 14, Wrapper(BOLD, 12).fit(title, room))

    def _index_grid(self, canvas: Any) -> float:
        # A thumbnail of the whole map's pages, this one filled: how the sheets fit together.
        rows = self.tiles[-1].row + 1
        cols = self.tiles[-1].col + 1
        cell = min(8.0, 18.0 / rows)
        width = cols * cell
        left, top = self.width - width, self.height - 3
        canvas.setLineWidth(0.4)
        canvas.setStrokeColor(MUTED)
        for tile in self.tiles:
            canvas.setFillColor(ACCENT if tile is self.tile else WHITE)
            canvas.rect(left + tile.col * cell, top - (tile.row + 1) * cell, cell, cell,
                        stroke=1, fill=1)
        return width

    def _bx(self, x: float) -> float:
        return LANE_HEADER_WIDTH + x - self.tile.x0

    def _by(self, y: float) -> float:
        return -(STAGE_HEADER_HEIGHT + y - self.tile.y0)

    def _body_width(self) -> float:
        return self.tile.x1 - self.tile.x0

    def _lanes(self, canvas: Any) -> None:
        tile, layout = self.tile, self.layout
        header = Wrapper(BOLD, HEADER_FONT)
        body_w = self._body_width()
        canvas.setLineWidth(0.5)
        for index, box in enumerate(layout.lanes):
            top, bottom = max(box.y, tile.y0), min(box.y + box.height, tile.y1)
            if bottom <= top:
                continue
            y_top, height = self._by(top), bottom - top
            canvas.setFillColor(ZEBRA if index % 2 else WHITE)
            canvas.rect(LANE_HEADER_WIDTH, y_top - height, body_w, height, stroke=0, fill=1)
            canvas.setFillColor(ACCENT_LIGHT)
            canvas.rect(0, y_top - height, LANE_HEADER_WIDTH - 2, height, stroke=0, fill=1)
            name = self.ctx.text(box.lane.name) or self.ctx.label(LaneKind, box.lane.kind)
            if box.y < tile.y0:
                name = self.ctx.tr("{name} (continued)", name=name)
            max_lines = max(1, int((height - 8) // (HEADER_FONT + 2)))
            lines = header.wrap(name, LANE_HEADER_WIDTH - 12, max_lines=max_lines)
            text = canvas.beginText(6, y_top - 6 - HEADER_FONT)
            text.setFont(BOLD, HEADER_FONT, HEADER_FONT + 2)
            text.setFillColor(ACCENT)
            for line in lines:
                text.textLine(line)
            canvas.drawText(text)
            canvas.setStrokeColor(RULE)
            canvas.line(0, y_top - height, LANE_HEADER_WIDTH + body_w, y_top - height)
        # Column separators over the lane stripes.
        top, bottom = self._by(tile.y0), self._by(tile.y1)
        for column_index in tile.columns[1:]:
            x = self._bx(layout.columns[column_index].x)
            canvas.line(x, top, x, bottom)

    def _stages(self, canvas: Any) -> None:
        layout = self.layout
        canvas.setFillColor(ACCENT)
        canvas.rect(LANE_HEADER_WIDTH, -STAGE_HEADER_HEIGHT + 2, self._body_width(),
                    STAGE_HEADER_HEIGHT - 2, stroke=0, fill=1)
        canvas.setStrokeColor(WHITE)
        canvas.setLineWidth(1)
        for column_index in self.tile.columns:
            column = layout.columns[column_index]
            x = self._bx(column.x)
            if column_index != self.tile.columns[0]:
                canvas.line(x, -STAGE_HEADER_HEIGHT + 2, x, 0)
            text = canvas.beginText(x + COLUMN_PAD, -6 - HEADER_FONT
                                    if len(column.title) > 1 else -11 - HEADER_FONT)
            text.setFont(BOLD, HEADER_FONT + 0.5, HEADER_FONT + 2)
            text.setFillColor(WHITE)
            for line in column.title:
                text.textLine(line)
            canvas.drawText(text)

    def _cards(self, canvas: Any) -> None:
        # Drawn in batches (all notes of one colour, then all text, then all small print) so
        # colours are set a few times per page instead of five times per card: on a
        # 2,000-card board this halves the page content and the time spent writing it.
        columns = self.tile.columns
        visible = [card for band in self.tile.bands for card in self.by_band.get(band, ())
                   if card.column in columns]
        by_look: dict[tuple[str, str], list[PlacedCard]] = {}
        for placed in visible:
            kind = placed.card.kind
            look = (placed.card.colour or CARD_FILL.get(kind, "#fefce8"),
                    CARD_EDGE.get(kind, "#a16207"))
            by_look.setdefault(look, []).append(placed)
        canvas.setLineWidth(0.4)
        for (fill, edge), cards in by_look.items():
            canvas.setFillColor(_hex(fill))
            canvas.setStrokeColor(_hex(edge))
            for placed in cards:
                canvas.rect(self._bx(placed.x), self._by(placed.y) - placed.height, placed.width,
                            placed.height, stroke=1, fill=1)
            canvas.setFillColor(_hex(edge))
            for placed in cards:
                canvas.rect(self._bx(placed.x), self._by(placed.y) - placed.height, 2.6,
                            placed.height, stroke=0, fill=1)
        text = canvas.beginText()
        text.setFont(REGULAR, CARD_FONT, CARD_LEADING)
        text.setFillColor(INK)
        for placed in visible:
            if placed.lines:
                text.setTextOrigin(self._bx(placed.x) + CARD_PAD + 2.5,
                                   self._by(placed.y) - CARD_PAD - CARD_FONT + 0.6)
                for line in placed.lines:
                    text.textLine(line)
        text.setFont(REGULAR, META_FONT, CARD_LEADING)
        text.setFillColor(MUTED)
        for placed in visible:
            if placed.meta:
                text.setTextOrigin(self._bx(placed.x) + CARD_PAD + 2.5,
                                   self._by(placed.y) - placed.height + CARD_PAD + 1)
                text.textLine(placed.meta)
        canvas.drawText(text)

    def _continuations(self, canvas: Any) -> None:
        # Marks at the cut edges say where the map goes on: reassembling sheets needs no guessing.
        tile, ctx = self.tile, self.ctx
        page = self.canv.getPageNumber()
        right = LANE_HEADER_WIDTH + self._body_width()
        bottom = self._by(tile.y1)
        canvas.setFont(BOLD, 7)
        canvas.setDash(3, 2)
        canvas.setStrokeColor(ACCENT)
        canvas.setFillColor(ACCENT)
        canvas.setLineWidth(0.8)
        if "right" in tile.neighbours:
            target = page + tile.neighbours["right"] - self.index
            canvas.line(right + 1.5, 0, right + 1.5, bottom)
            canvas.saveState()
            canvas.translate(right + 9, (bottom) / 2)
            canvas.rotate(-90)
            canvas.drawCentredString(0, 0, ctx.tr("continues on page {page}", page=target) + " →")
            canvas.restoreState()
        if "down" in tile.neighbours:
            target = page + tile.neighbours["down"] - self.index
            canvas.line(0, bottom - 1.5, right, bottom - 1.5)
            canvas.drawCentredString(right / 2, bottom - 10,
                                     "↓ " + ctx.tr("continues on page {page}", page=target))
        canvas.setDash()


def map_story(ctx: ExportContext, layout: MapLayout) -> tuple[list[Flowable], float]:
    """Flowables for one map (a page template switch, one tile per page) and the height
    left free under the last tile."""
    template, scale, tiles = choose_pages(layout)
    by_band: dict[int, list[PlacedCard]] = {}
    for card in layout.cards:
        by_band.setdefault(card.band, []).append(card)
    story: list[Flowable] = []
    for index in range(len(tiles)):
        story += [NextPageTemplate(template), PageBreak(),
                  MapTile(ctx, layout, tiles, index, scale, by_band)]
    free = 0.0
    if len(tiles) == 1:
        free = frame_size(template)[1] - story[-1].used_height()
    return story, free


def layout_for(ctx: ExportContext, journey: MapInfo) -> MapLayout:
    """Lay out `journey`, numbering its shortened cards for the appendix."""

    def number(card: CardInfo) -> None:
        ctx.abbreviated.setdefault(card.id, len(ctx.abbreviated) + 1)

    return layout_map(journey, ctx.text, ctx.card_meta, number)
