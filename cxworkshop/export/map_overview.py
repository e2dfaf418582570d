"""The overview page in front of a map too big for one page: the whole journey, small.

Stages across, lanes down, the number of cards in each cell and the emotion curve; every cell
and every run of stages is a link to the page that prints it.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

from cxworkshop.export.context import ExportContext
from cxworkshop.export.data import MapInfo
from cxworkshop.export.fonts import BOLD, REGULAR
from cxworkshop.export.map_layout import MIN_FONT, TITLE_HEIGHT, MapLayout, Tile
from cxworkshop.export.pdf_emotion import draw_curve
from cxworkshop.export.pdf_style import ACCENT, ACCENT_LIGHT, INK, MUTED, RULE, ZEBRA
from cxworkshop.export.text import Wrapper
from cxworkshop.model.enums import LaneKind

LANE_NAMES = 86.0
HEADER_ROWS = 3  # lines of a stage name
CURVE = 60.0
PAGES_ROW = 14.0
NARROW = 48.0  # narrower stages get upright names and no values by the curve's points
UPRIGHT_HEADER = 70.0


def map_key(journey: MapInfo, tile: int | None) -> str:
    """The bookmark name of a map's page (`None`: its overview)."""
    return f"cx-map-{journey.id}-{'overview' if tile is None else tile}"


def stage_span(ctx: ExportContext, layout: MapLayout, columns: range) -> str:
    first = ctx.text(layout.columns[columns[0]].stage.name)
    if len(columns) == 1:
        return first
    return f"{first} – {ctx.text(layout.columns[columns[-1]].stage.name)}"


class MapOverview(Flowable):
    def __init__(self, ctx: ExportContext, layout: MapLayout, tiles: list[Tile]):
        super().__init__()
        self.ctx, self.layout, self.tiles = ctx, layout, tiles

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, available_height
        return available_width, available_height

    def _cell_tiles(self) -> dict[tuple[int, int], list[int]]:
        """(column, lane index) -> the tiles (in order) printing that cell's cards."""
        tile_of_band: dict[tuple[int, int], int] = {}  # (group, band) -> tile
        for index, tile in enumerate(self.tiles):
            for band in tile.bands:
                tile_of_band[(tile.group, band)] = index
        found: dict[tuple[int, int], set[int]] = {}
        columns = self.layout.columns
        for card in self.layout.cards:
            printed = tile_of_band.get((columns[card.column].group, card.band))
            if printed is not None:
                lane = self.layout.bands[card.band].lane_index
                found.setdefault((card.column, lane), set()).add(printed)
        return {cell: sorted(tiles) for cell, tiles in found.items()}

    def draw(self) -> None:
        canvas, ctx, layout = self.canv, self.ctx, self.layout
        journey = layout.journey
        canvas.bookmarkPage(map_key(journey, None))
        page = canvas.getPageNumber()
        columns = layout.columns
        count = len(columns)
        width = (self.width - LANE_NAMES) / max(count, 1)
        font = MIN_FONT
        names = Wrapper(BOLD, font)
        title = ctx.tr("{name}: the whole map", name=ctx.text(journey.name))
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.setFont(BOLD, 12)
        canvas.drawString(0, self.height - 13, Wrapper(BOLD, 12).fit(title, self.width))
        canvas.setFont(REGULAR, font + 0.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(0, self.height - TITLE_HEIGHT - 6, Wrapper(REGULAR, font + 0.5).fit(
            ctx.tr("The number in each cell counts its cards; click a cell or a page range to "
                   "go there."), self.width))
        top = self.height - TITLE_HEIGHT - 14
        # Narrow stages (many of them) get their names upright, reading upwards, unbroken.
        upright = width < NARROW
        header = UPRIGHT_HEADER if upright else HEADER_ROWS * (font + 1.5) + 6
        canvas.setFillColor(ACCENT)
        canvas.rect(LANE_NAMES, top - header, width * count, header, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(BOLD, font)
        text = canvas.beginText()
        text.setFont(BOLD, font, font + 1.5)
        text.setFillColor(colors.white)
        for index, column in enumerate(columns):
            name = ctx.text(column.stage.name)
            left = LANE_NAMES + index * width
            if upright:
                canvas.saveState()
                canvas.translate(left + width / 2 + font * 0.35, top - header + 4)
                canvas.rotate(90)
                canvas.drawString(0, 0, names.fit(name, header - 8))
                canvas.restoreState()
                continue
            lines = names.wrap(name, max(width - 4, 1), max_lines=HEADER_ROWS)
            text.setTextOrigin(left + 2, top - 3 - font)
            for line in lines:
                text.textLine(line)
        canvas.drawText(text)
        y = top - header
        # Which pages print which stages: one link per run of stages.
        canvas.setFont(REGULAR, font)
        for group in layout.groups:
            mine = [i for i, tile in enumerate(self.tiles) if tile.columns == group]
            left, span = LANE_NAMES + group[0] * width, len(group) * width
            canvas.setFillColor(ACCENT_LIGHT)
            canvas.setStrokeColor(colors.white)
            canvas.rect(left, y - PAGES_ROW, span, PAGES_ROW, stroke=1, fill=1)
            if not mine:  # stages without a single card print no page
                continue
            first, last = mine[0], mine[-1]
            pages = (ctx.tr("page {page}", page=page + 1 + first) if first == last else
                     ctx.tr("pages {first}–{last}", first=page + 1 + first, last=page + 1 + last))
            canvas.setFillColor(ACCENT)
            canvas.drawCentredString(left + span / 2, y - PAGES_ROW + 4,
                                     Wrapper(REGULAR, font).fit(pages, span - 2))
            canvas.linkRect("", map_key(journey, first), (left, y - PAGES_ROW, left + span, y),
                            relative=1, thickness=0)
        y -= PAGES_ROW
        lanes = layout.lanes
        curve = any(value is not None for value, _ in layout.averages)
        rows_room = y - (CURVE if curve else 0) - 4
        row = min(36.0, rows_room / max(len(lanes), 1))
        if curve:
            canvas.setFillColor(ACCENT_LIGHT)
            canvas.rect(0, y - CURVE, LANE_NAMES - 2, CURVE, stroke=0, fill=1)
            self._lane_name(canvas, ctx.tr("Emotion curve"), y, CURVE, font)
            points = [(LANE_NAMES + (i + 0.5) * width, layout.averages[i][0])
                      for i in range(count)]
            draw_curve(canvas, ctx.lang, points, LANE_NAMES, y - CURVE, width * count, CURVE,
                       font, values=not upright)
            y -= CURVE
        cells: dict[tuple[int, int], int] = {}
        for card in journey.cards:
            cells[(card.stage_id, card.lane_id)] = cells.get((card.stage_id, card.lane_id), 0) + 1
        cell_tiles = self._cell_tiles()
        small = Wrapper(REGULAR, font)
        for lane_index, box in enumerate(lanes):
            canvas.setFillColor(ZEBRA if lane_index % 2 else colors.white)
            canvas.rect(LANE_NAMES, y - row, width * count, row, stroke=0, fill=1)
            canvas.setFillColor(ACCENT_LIGHT)
            canvas.rect(0, y - row, LANE_NAMES - 2, row, stroke=0, fill=1)
            name = ctx.text(box.lane.name) or ctx.label(LaneKind, box.lane.kind)
            self._lane_name(canvas, name, y, row, font)
            for index, column in enumerate(columns):
                number = cells.get((column.stage.id, box.lane.id), 0)
                tiles = cell_tiles.get((index, lane_index))
                if not number or not tiles:
                    continue
                left = LANE_NAMES + index * width
                middle = left + width / 2
                # The count, and on paper (where links do nothing) the pages that print it.
                first, last = page + 1 + tiles[0], page + 1 + tiles[-1]
                where = (ctx.tr("page {page}", page=first) if first == last else
                         ctx.tr("pages {first}–{last}", first=first, last=last))
                if small.width(where) > width - 4:
                    where = str(first) if first == last else f"{first}–{last}"
                canvas.setFillColor(INK)
                canvas.setFont(BOLD, font + 0.5)
                canvas.drawCentredString(middle, y - row / 2 + 1, str(number))
                canvas.setFillColor(MUTED)
                canvas.setFont(REGULAR, font)
                canvas.drawCentredString(middle, y - row / 2 - font - 0.5,
                                         small.fit(where, width - 2))
                canvas.linkRect("", map_key(journey, tiles[0]),
                                (left, y - row, left + width, y), relative=1, thickness=0)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.4)
            canvas.line(0, y - row, LANE_NAMES + width * count, y - row)
            y -= row
        bottom = y
        canvas.setStrokeColor(RULE)
        for index in range(1, count):
            x = LANE_NAMES + index * width
            canvas.line(x, top - header, x, bottom)
        canvas.restoreState()

    def _lane_name(self, canvas: Any, name: str, y: float, height: float, font: float) -> None:
        lines = Wrapper(BOLD, font).wrap(name, LANE_NAMES - 10,
                                         max_lines=max(1, int((height - 2) // (font + 1.5))))
        text = canvas.beginText(4, y - 2 - font)
        text.setFont(BOLD, font, font + 1.5)
        text.setFillColor(ACCENT)
        for line in lines:
            text.textLine(line)
        canvas.drawText(text)
