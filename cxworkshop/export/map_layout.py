"""Where every stage, lane and card of a journey map goes on paper, and how it splits into pages.

The layout is computed from the model (not from the window's scene): columns follow the
stages, and each lane grows to hold its tallest cell. Cards sit in rows shared by the whole
lane, so a page can always be cut between two rows of cards: a split never cuts a card.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from cxworkshop.export.data import CardInfo, LaneInfo, MapInfo, StageInfo
from cxworkshop.export.fonts import BOLD, REGULAR
from cxworkshop.export.text import Wrapper

CARD_FONT = 7.0
CARD_LEADING = 8.6
META_FONT = 6.0
CARD_PAD = 4.0
CARD_GAP = 5.0
COLUMN_PAD = 5.0
MAX_CARD_LINES = 8
LANE_HEADER_WIDTH = 92.0
STAGE_HEADER_HEIGHT = 30.0
HEADER_FONT = 8.0
MIN_BAND = 24.0
MIN_COLUMN, MAX_COLUMN = 112.0, 190.0


@dataclass
class Column:
    stage: StageInfo
    x: float
    width: float
    title: list[str]


@dataclass
class Band:
    """One row of cards across the whole map, the unit a page split may not cut."""

    lane_index: int
    y: float
    height: float


@dataclass
class LaneBox:
    lane: LaneInfo
    y: float
    height: float
    first_band: int
    last_band: int


@dataclass
class PlacedCard:
    card: CardInfo
    column: int
    band: int
    x: float
    y: float
    width: float
    height: float
    lines: list[str]
    meta: str
    abbreviated: bool


@dataclass
class MapLayout:
    journey: MapInfo
    columns: list[Column]
    lanes: list[LaneBox]
    bands: list[Band]
    cards: list[PlacedCard]
    width: float
    height: float

    @property
    def full_width(self) -> float:
        return LANE_HEADER_WIDTH + self.width

    @property
    def full_height(self) -> float:
        return STAGE_HEADER_HEIGHT + self.height


@dataclass
class Tile:
    """The part of a map printed on one page: a run of columns and a run of bands."""

    row: int
    col: int
    columns: range
    bands: range
    x0: float = 0.0
    x1: float = 0.0
    y0: float = 0.0
    y1: float = 0.0
    neighbours: dict[str, int] = field(default_factory=dict)  # "right"/"down" -> tile index


def layout_map(journey: MapInfo, printable: Callable[[str], str],
               meta_of: Callable[[CardInfo], str],
               on_abbreviated: Callable[[CardInfo], None] | None = None) -> MapLayout:
    """Place every card of `journey`; `meta_of` gives the small line under a card's text."""
    text_wrap = Wrapper(REGULAR, CARD_FONT)
    header_wrap = Wrapper(BOLD, HEADER_FONT)
    columns: list[Column] = []
    x = 0.0
    for stage in journey.stages:
        width = max(MIN_COLUMN, min(MAX_COLUMN, stage.width * 0.55))
        title = header_wrap.wrap(printable(stage.name), width - 2 * COLUMN_PAD, max_lines=2)
        columns.append(Column(stage, x, width, title))
        x += width
    column_of = {column.stage.id: index for index, column in enumerate(columns)}

    cells: dict[tuple[int, int], list[CardInfo]] = {}
    for card in journey.cards:  # already ordered by stage, lane and position
        cells.setdefault((card.stage_id, card.lane_id), []).append(card)

    placed: list[PlacedCard] = []
    bands: list[Band] = []
    lanes: list[LaneBox] = []
    y = 0.0
    for lane_index, lane in enumerate(journey.lanes):
        lane_top = y
        first_band = len(bands)
        per_column = [(column_of[stage.id], cells.get((stage.id, lane.id), []))
                      for stage in journey.stages]
        depth = max((len(cards) for _, cards in per_column), default=0)
        for row in range(max(depth, 1)):
            band_cards: list[PlacedCard] = []
            for column_index, cards in per_column:
                if row < len(cards):
                    band_cards.append(_place(cards[row], columns[column_index], column_index,
                                             len(bands), text_wrap, printable, meta_of,
                                             on_abbreviated))
            top_pad = CARD_GAP if row == 0 else 0.0
            height = max([card.height for card in band_cards], default=MIN_BAND - CARD_GAP)
            for placed_card in band_cards:
                placed_card.y = y + top_pad
            bands.append(Band(lane_index, y, top_pad + height + CARD_GAP))
            y += bands[-1].height
            placed.extend(band_cards)
        lanes.append(LaneBox(lane, lane_top, y - lane_top, first_band, len(bands) - 1))
    return MapLayout(journey, columns, lanes, bands, placed, x, y)


def _place(card: CardInfo, column: Column, column_index: int, band: int, wrap: Wrapper,
           printable: Callable[[str], str], meta_of: Callable[[CardInfo], str],
           on_abbreviated: Callable[[CardInfo], None] | None) -> PlacedCard:
    width = column.width - 2 * COLUMN_PAD
    text = printable(card.text)
    text_width = width - 2 * CARD_PAD - 3
    lines = wrap.wrap(text, text_width) if text else []
    # A card too long for a sticky note is cut with … here and printed whole in an appendix.
    abbreviated = len(lines) > MAX_CARD_LINES
    if abbreviated:
        lines = lines[:MAX_CARD_LINES]
        lines[-1] = wrap.fit(lines[-1] + "…", text_width)
        if on_abbreviated is not None:
            on_abbreviated(card)
    meta = meta_of(card)
    height = 2 * CARD_PAD + max(len(lines), 1) * CARD_LEADING + (META_FONT + 3 if meta else 0)
    return PlacedCard(card, column_index, band, column.x + COLUMN_PAD, 0.0, width, height,
                      lines, meta, abbreviated)


def _runs(sizes: list[float], limit: float) -> list[range]:
    """Greedy runs of consecutive items whose sizes add up to at most `limit` (at least one)."""
    runs: list[range] = []
    start, used = 0, 0.0
    for index, size in enumerate(sizes):
        if index > start and used + size > limit:
            runs.append(range(start, index))
            start, used = index, 0.0
        used += size
    runs.append(range(start, len(sizes)))
    return runs


def plan_tiles(layout: MapLayout, body_width: float, body_height: float) -> list[Tile]:
    """Split the map body into pages of `body_width` x `body_height`, row by row."""
    column_runs = _runs([column.width for column in layout.columns], body_width)
    band_runs = _runs([band.height for band in layout.bands], body_height)
    tiles: list[Tile] = []
    for row, bands in enumerate(band_runs):
        for col, columns in enumerate(column_runs):
            tile = Tile(row, col, columns, bands)
            if len(columns):
                tile.x0 = layout.columns[columns[0]].x
                last = layout.columns[columns[-1]]
                tile.x1 = last.x + last.width
            if len(bands):
                tile.y0 = layout.bands[bands[0]].y
                tile.y1 = layout.bands[bands[-1]].y + layout.bands[bands[-1]].height
            index = len(tiles)
            if col + 1 < len(column_runs):
                tile.neighbours["right"] = index + 1
            if row + 1 < len(band_runs):
                tile.neighbours["down"] = index + len(column_runs)
            tiles.append(tile)
    return tiles

