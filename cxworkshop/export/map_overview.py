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

    def _tile_of(self, column: int, lane_index: int) -> int:
        """The first page showing `lane_index` in the run of stages holding `column`."""
        in_group = [index for index, tile in enumerate(self.tiles) if column in tile.columns]
        for index in in_group:
            if any(self.layout.bands[band].lane_index == lane_index
                   for band in self.tiles[index].bands):
                return index
        return in_group[0]

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
        header = HEADER_ROWS * (font + 1.5) + 6
        canvas.setFillColor(ACCENT)
        canvas.rect(LANE_NAMES, top - header, width * count, header, stroke=0, fill=1)
        text = canvas.beginText()
        text.setFont(BOLD, font, font + 1.5)
        text.setFillColor(colors.white)
        for index, column in enumerate(columns):
            lines = names.wrap(ctx.text(column.stage.name), max(width - 4, 1),
                               max_lines=HEADER_ROWS)
            text.setTextOrigin(LANE_NAMES + index * width + 2, top - 3 - font)
            for line in lines:
                text.textLine(line)
        canvas.drawText(text)
        y = top - header
        # Which pages print which stages: one link per run of stages.
        canvas.setFont(REGULAR, font)
        for group in layout.groups:
            first = next(i for i, tile in enumerate(self.tiles) if tile.columns == group)
            last = max(i for i, tile in enumerate(self.tiles) if tile.columns == group)
            left, span = LANE_NAMES + group[0] * width, len(group) * width
            canvas.setFillColor(ACCENT_LIGHT)
            canvas.setStrokeColor(colors.white)
            canvas.rect(left, y - PAGES_ROW, span, PAGES_ROW, stroke=1, fill=1)
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
        row = min(26.0, rows_room / max(len(lanes), 1))
        if curve:
            canvas.setFillColor(ACCENT_LIGHT)
            canvas.rect(0, y - CURVE, LANE_NAMES - 2, CURVE, stroke=0, fill=1)
            self._lane_name(canvas, ctx.tr("Emotion curve"), y, CURVE, font)
            points = [(LANE_NAMES + (i + 0.5) * width, layout.averages[i][0])
                      for i in range(count)]
            draw_curve(canvas, ctx.lang, points, LANE_NAMES, y - CURVE, width * count, CURVE,
                       font, scale_x=LANE_NAMES - 5)
            y -= CURVE
        cells: dict[tuple[int, int], int] = {}
        for card in journey.cards:
            cells[(card.stage_id, card.lane_id)] = cells.get((card.stage_id, card.lane_id), 0) + 1
        for lane_index, box in enumerate(lanes):
            canvas.setFillColor(ZEBRA if lane_index % 2 else colors.white)
            canvas.rect(LANE_NAMES, y - row, width * count, row, stroke=0, fill=1)
            canvas.setFillColor(ACCENT_LIGHT)
            canvas.rect(0, y - row, LANE_NAMES - 2, row, stroke=0, fill=1)
            name = ctx.text(box.lane.name) or ctx.label(LaneKind, box.lane.kind)
            self._lane_name(canvas, name, y, row, font)
            canvas.setFont(BOLD, font + 0.5)
            for index, column in enumerate(columns):
                number = cells.get((column.stage.id, box.lane.id), 0)
                if not number:
                    continue
                left = LANE_NAMES + index * width
                canvas.setFillColor(INK)
                canvas.drawCentredString(left + width / 2, y - row / 2 - font * 0.35, str(number))
                canvas.linkRect("", map_key(journey, self._tile_of(index, lane_index)),
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
        lines = Wrapper(BOLD, font).wrap(name, LANE_NAMES - 10 - 3 * font,
                                         max_lines=max(1, int((height - 2) // (font + 1.5))))
        text = canvas.beginText(4, y - 2 - font)
        text.setFont(BOLD, font, font + 1.5)
        text.setFillColor(ACCENT)
        for line in lines:
            text.textLine(line)
        canvas.drawText(text)
