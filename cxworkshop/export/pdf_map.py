"""The journey maps drawn as vectors on the report's landscape pages.

Each map is laid out for the landscape side of the report's paper (A4 by default, A3 or
letter) at the largest text size (7 pt at least) that fits it on one page; a bigger map gets an
overview page and then its pages, each a run of stages, with "continues on page N" links and an
outline entry per run of stages. Thousands of small labels are drawn here, so text goes straight
to canvas text objects (wrapped by text.Wrapper) instead of a Paragraph per card: literal, and
fast. Each card's small print (emotion, channel, votes) follows its text in the same text
object, at the same size, so text extraction and screen readers keep them together.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from cxworkshop.export.context import ExportContext
from cxworkshop.export.data import LaneInfo, MapInfo
from cxworkshop.export.fonts import BOLD, REGULAR
from cxworkshop.export.map_layout import (
    META_GAP,
    MIN_FONT,
    SIZES,
    TITLE_HEIGHT,
    MapLayout,
    Metrics,
    PlacedCard,
    Tile,
    lane_name_width,
    layout_map,
    plan_tiles,
)
from cxworkshop.export.map_overview import MapOverview, map_key, stage_span
from cxworkshop.export.pdf_doc import LANDSCAPE, frame_size
from cxworkshop.export.pdf_emotion import draw_curve
from cxworkshop.export.pdf_outline import Bookmark
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
from cxworkshop.i18n.labels import label
from cxworkshop.model.enums import LaneKind, MapKind

WHITE = colors.white
ARROW_ROOM = 14.0
BOTTOM_ROOM = 2.0  # under the map's last lane  # right of a page's body: the rotated "continues on page N" link


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


def lane_title(ctx: ExportContext, lane: LaneInfo) -> str:
    return ctx.text(lane.name) or ctx.label(LaneKind, lane.kind)


def map_title(ctx: ExportContext, journey: MapInfo) -> str:
    kind = label(MapKind, journey.kind, ctx.lang)
    same = not kind or kind.casefold() in journey.name.casefold()
    return ctx.text(journey.name if same else f"{journey.name} — {kind}")


class MapTile(Flowable):
    """One page of a journey map: headers repeated, the visible cards, continuation links."""

    def __init__(self, ctx: ExportContext, layout: MapLayout, tiles: list[Tile], index: int,
                 by_band: dict[int, list[PlacedCard]]):
        super().__init__()
        self.ctx, self.layout, self.tiles, self.index = ctx, layout, tiles, index
        self.tile = tiles[index]
        self.m = layout.metrics
        self.by_band = by_band

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = min(available_height, TITLE_HEIGHT + self.m.stage_header
                          + self.tile.body_height
                          + (12 if "down" in self.tile.neighbours else BOTTOM_ROOM))
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.bookmarkPage(map_key(self.layout.journey, self.index))
        canvas.saveState()
        self._title(canvas)
        canvas.translate(0, self.height - TITLE_HEIGHT)
        self._lanes(canvas)
        self._stages(canvas)
        self._curves(canvas)
        self._cards(canvas)
        self._continuations(canvas)
        canvas.restoreState()

    # --- coordinates: x from the left of the lane names, y downwards from the stage row ----

    def _bx(self, x: float) -> float:
        return self.m.lane_header + x - self.tile.x0

    def _band_top(self, band: int) -> float:
        return -(self.m.stage_header + self.tile.top[band])

    def _body_width(self) -> float:
        return self.tile.x1 - self.tile.x0

    # --- pieces ----------------------------------------------------------------------------

    def _title(self, canvas: Any) -> None:
        ctx = self.ctx
        count = len(self.tiles)
        part = ""
        if count > 1 or len(self.layout.groups) > 1:
            part = ctx.tr("Part {part} of {count}", part=self.index + 1, count=count)
            where = self._where()
            part += f" · {where}" if where else ""
        small = Wrapper(REGULAR, MIN_FONT + 0.5)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, MIN_FONT + 0.5)
        part = small.fit(part, self.width * 0.45)
        canvas.drawRightString(self.width, self.height - 12, part)
        canvas.setFillColor(ACCENT)
        canvas.setFont(BOLD, 12)
        room = self.width - small.width(part) - 20
        title = Wrapper(BOLD, 12).fit(map_title(ctx, self.layout.journey), room)
        canvas.drawString(0, self.height - 13, title)
        if any(self.layout.bands[band].curve for band in self.tile.bands):
            # What the line in the emotions lane means, once per page, next to the title.
            left = Wrapper(BOLD, 12).width(title) + 14
            legend = small.fit(ctx.tr("Emotion curve: average emotion of the cards in each "
                                      "stage, from −2 (frustrated) to +2 (delighted)"),
                               max(self.width - left - small.width(part) - 14, 0))
            canvas.setFont(REGULAR, MIN_FONT + 0.5)
            canvas.setFillColor(MUTED)
            canvas.drawString(left, self.height - 12, legend)

    def _where(self) -> str:
        """What this page holds: its stages when they take several page widths, else its lanes."""
        layout = self.layout
        if len(layout.groups) > 1:
            return stage_span(self.ctx, layout, self.tile.columns)
        lanes = [lane for lane, _ in self._lane_runs() if lane >= 0]
        if not lanes:
            return ""
        names = [lane_title(self.ctx, layout.lanes[lane].lane) for lane in (lanes[0], lanes[-1])]
        return names[0] if len(lanes) == 1 else f"{names[0]} – {names[1]}"

    def _lane_runs(self) -> list[tuple[int, list[int]]]:
        runs: list[tuple[int, list[int]]] = []
        for band in self.tile.bands:
            lane = self.layout.bands[band].lane_index
            if runs and runs[-1][0] == lane:
                runs[-1][1].append(band)
            else:
                runs.append((lane, [band]))
        return runs

    def _lanes(self, canvas: Any) -> None:
        m, tile, ctx = self.m, self.tile, self.ctx
        header = Wrapper(BOLD, m.header_font)
        body_w = self._body_width()
        canvas.setLineWidth(0.5)
        for lane_index, bands in self._lane_runs():
            y_top = self._band_top(bands[0])
            height = sum(tile.height[band] for band in bands)
            canvas.setFillColor(ZEBRA if lane_index % 2 else WHITE)
            canvas.rect(m.lane_header, y_top - height, body_w, height, stroke=0, fill=1)
            canvas.setFillColor(ACCENT_LIGHT)
            canvas.rect(0, y_top - height, m.lane_header - 2, height, stroke=0, fill=1)
            if lane_index < 0:
                name = ctx.tr("Emotion curve")
            else:
                name = lane_title(ctx, self.layout.lanes[lane_index].lane)
                if lane_index in tile.continued_lanes:
                    name = ctx.tr("{name} (continued)", name=name)
            max_lines = max(1, int((height - 6) / (m.header_font + 2) + 0.01))
            lines = header.wrap(name, lane_name_width(m), max_lines=max_lines)
            text = canvas.beginText(5, y_top - 4 - m.header_font)
            text.setFont(BOLD, m.header_font, m.header_font + 2)
            text.setFillColor(ACCENT)
            for line in lines:
                text.textLine(line)
            canvas.drawText(text)
            canvas.setStrokeColor(RULE)
            canvas.line(0, y_top - height, m.lane_header + body_w, y_top - height)
        # Column separators over the lane stripes.
        top = -m.stage_header
        bottom = top - tile.body_height
        for column_index in tile.columns[1:]:
            x = self._bx(self.layout.columns[column_index].x)
            canvas.line(x, top, x, bottom)

    def _stages(self, canvas: Any) -> None:
        m, layout = self.m, self.layout
        canvas.setFillColor(ACCENT)
        canvas.rect(m.lane_header, -m.stage_header + 2, self._body_width(), m.stage_header - 2,
                    stroke=0, fill=1)
        canvas.setStrokeColor(WHITE)
        canvas.setLineWidth(1)
        size = m.header_font + 0.5
        for column_index in self.tile.columns:
            column = layout.columns[column_index]
            x = self._bx(column.x)
            if column_index != self.tile.columns[0]:
                canvas.line(x, -m.stage_header + 2, x, 0)
            lines = len(column.title)
            first = -(m.stage_header - (lines - 1) * (size + 1)) / 2 - size * 0.35
            text = canvas.beginText(x + m.column_pad, first + 1)
            text.setFont(BOLD, size, size + 1)
            text.setFillColor(WHITE)
            for line in column.title:
                text.textLine(line)
            canvas.drawText(text)

    def _curves(self, canvas: Any) -> None:
        m, layout, tile = self.m, self.layout, self.tile
        points = [(self._bx(column.x + column.width / 2), layout.averages[index][0])
                  for index, column in enumerate(layout.columns)]
        for band in tile.bands:
            if not layout.bands[band].curve:
                continue
            top = self._band_top(band)
            height = tile.height[band]
            draw_curve(canvas, self.ctx.lang, points, m.lane_header, top - height,
                       self._body_width(), height, m.font)

    def _cards(self, canvas: Any) -> None:
        # Notes are filled in batches of one colour (colours are set a few times per page, not
        # five times per card); the text goes card by card, each card's small print right
        # after its text, in one text object.
        m, tile = self.m, self.tile
        columns = tile.columns
        visible = [(band, card) for band in tile.bands for card in self.by_band.get(band, ())
                   if card.column in columns]
        by_look: dict[tuple[str, str], list[tuple[float, PlacedCard]]] = {}
        for band, placed in visible:
            kind = placed.card.kind
            look = (placed.card.colour or CARD_FILL.get(kind, "#fefce8"),
                    CARD_EDGE.get(kind, "#a16207"))
            top = self._band_top(band) - (placed.y - self.layout.bands[band].y)
            by_look.setdefault(look, []).append((top, placed))
        canvas.setLineWidth(0.4)
        for (fill, edge), cards in by_look.items():
            canvas.setFillColor(_hex(fill))
            canvas.setStrokeColor(_hex(edge))
            for top, placed in cards:
                canvas.rect(self._bx(placed.x), top - placed.height, placed.width,
                            placed.height, stroke=1, fill=1)
            canvas.setFillColor(_hex(edge))
            for top, placed in cards:
                canvas.rect(self._bx(placed.x), top - placed.height, 2.6, placed.height,
                            stroke=0, fill=1)
        text = canvas.beginText()
        text.setFont(REGULAR, m.font, m.leading)
        for band, placed in visible:
            top = self._band_top(band) - (placed.y - self.layout.bands[band].y)
            text.setTextOrigin(self._bx(placed.x) + m.pad + 2.5, top - m.pad - m.font + 0.6)
            text.setFillColor(INK)
            lines = placed.lines or [""]
            for line in lines[:-1] if placed.inline else lines:
                text.textLine(line)
            if placed.inline:
                text.textOut(lines[-1] + META_GAP)
            text.setFillColor(MUTED)
            for line in placed.meta:
                text.textLine(line)
        canvas.drawText(text)

    def _link(self, canvas: Any, target: int, rect: tuple[float, float, float, float]) -> None:
        canvas.linkRect("", map_key(self.layout.journey, target), rect, relative=1,
                        thickness=0)

    def _continuations(self, canvas: Any) -> None:
        # Marks at the cut edges say where the map goes on, as links: reassembling sheets or
        # reading on screen needs no guessing.
        tile, ctx = self.tile, self.ctx
        page = canvas.getPageNumber()
        right = self.m.lane_header + self._body_width()
        bottom = -self.m.stage_header - tile.body_height
        canvas.setFont(BOLD, MIN_FONT)
        canvas.setDash(3, 2)
        canvas.setStrokeColor(ACCENT)
        canvas.setFillColor(ACCENT)
        canvas.setLineWidth(0.8)
        words = Wrapper(BOLD, MIN_FONT)
        if "right" in tile.neighbours:
            target = tile.neighbours["right"]
            label_text = ctx.tr("continues on page {page}", page=page + target - self.index)
            label_text += " →"
            half = words.width(label_text) / 2
            middle = bottom / 2
            canvas.line(right + 1.5, 0, right + 1.5, bottom)
            canvas.saveState()
            canvas.translate(right + 5, middle)
            canvas.rotate(-90)
            canvas.drawCentredString(0, -MIN_FONT, label_text)
            canvas.restoreState()
            self._link(canvas, target, (right, middle - half, right + ARROW_ROOM, middle + half))
        if "down" in tile.neighbours:
            target = tile.neighbours["down"]
            label_text = "↓ " + ctx.tr("continues on page {page}", page=page + target - self.index)
            half = words.width(label_text) / 2
            canvas.line(0, bottom - 1.5, right, bottom - 1.5)
            canvas.drawCentredString(right / 2, bottom - 10, label_text)
            self._link(canvas, target, (right / 2 - half, bottom - 12, right / 2 + half,
                                        bottom - 2))
        canvas.setDash()


def fit_layout(ctx: ExportContext, journey: MapInfo, frame: tuple[float, float]) -> MapLayout:
    """The map laid out at the largest text size that fits it on one page of `frame`,
    else at the smallest (then it runs over several pages); shortened cards are numbered."""
    width, height = frame
    room = height - TITLE_HEIGHT - BOTTOM_ROOM
    depth: dict[tuple[int, int], int] = {}
    for card in journey.cards:
        depth[(card.lane_id, card.stage_id)] = depth.get((card.lane_id, card.stage_id), 0) + 1
    rows = sum(max([depth.get((lane.id, stage.id), 0) for stage in journey.stages] + [1])
               for lane in journey.lanes)
    chosen = MIN_FONT
    for size in SIZES[:-1]:
        m = Metrics.at(size)
        # Cheap refusals first: too many stages for the width, or too many rows of cards.
        if len(journey.stages) * m.min_column > width - m.lane_header:
            continue
        if m.stage_header + rows * (2 * m.pad + m.leading + m.gap) > room:
            continue
        trial = replace(ctx, abbreviated=dict(ctx.abbreviated))
        layout = layout_map(journey, trial.text, trial.card_meta, width, size, trial.abbreviate,
                            partial(lane_title, ctx))
        if len(layout.groups) == 1 and layout.full_height <= room:
            chosen = size
            break
    return layout_map(journey, ctx.text, ctx.card_meta, width, chosen, ctx.abbreviate,
                      partial(lane_title, ctx))


def map_story(ctx: ExportContext, journey: MapInfo, frame: tuple[float, float],
              outline_level: int = 1) -> list[Flowable]:
    """One map: an outline entry, the overview page of a big map, then one tile per page."""
    layout = fit_layout(ctx, journey, frame)
    m = layout.metrics
    tiles = plan_tiles(layout, frame[1] - TITLE_HEIGHT - BOTTOM_ROOM - m.stage_header)
    by_band: dict[int, list[PlacedCard]] = {}
    for card in layout.cards:
        by_band.setdefault(card.band, []).append(card)
    story: list[Flowable] = [NextPageTemplate(LANDSCAPE), PageBreak(),
                             Bookmark(map_title(ctx, journey), outline_level)]
    several = len(tiles) > 1 or len(layout.groups) > 1
    if several:
        story += [MapOverview(ctx, layout, tiles), NextPageTemplate(LANDSCAPE), PageBreak()]
    # Outline of a big map: each run of stages (when there are several), and beneath it the
    # page where each lane starts.
    lane_level = outline_level + (2 if len(layout.groups) > 1 else 1)
    for index, tile in enumerate(tiles):
        if index:
            story += [NextPageTemplate(LANDSCAPE), PageBreak()]
        if len(layout.groups) > 1 and tile.part == 0:
            story.append(Bookmark(stage_span(ctx, layout, tile.columns), outline_level + 1))
        if several:
            starting = dict.fromkeys(layout.bands[band].lane_index for band in tile.bands)
            story += [Bookmark(lane_title(ctx, layout.lanes[lane].lane), lane_level)
                      for lane in starting if lane >= 0 and lane not in tile.continued_lanes]
        story.append(MapTile(ctx, layout, tiles, index, by_band))
    return story


def maps_story(ctx: ExportContext, outline_level: int = 1) -> list[Flowable]:
    """Every map of the workshop on the landscape pages of the report's paper (ctx.paper)."""
    frame = frame_size(LANDSCAPE, ctx.paper)
    story: list[Flowable] = []
    for journey in ctx.data.maps:
        if journey.stages and journey.lanes:
            story += map_story(ctx, journey, frame, outline_level)
    return story
