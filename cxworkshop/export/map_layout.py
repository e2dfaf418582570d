"""Where every stage, lane and card of a journey map goes on paper, and how it splits into pages.

The layout is computed from the model (not from the window's scene) for the page it will be
printed on, at the printed size (no scaling afterwards, so the sizes chosen here are the sizes
on paper): stages share the page width, and each lane grows to hold its tallest cell. Cards
sit in rows ("bands") shared by the whole lane, so a page can always be cut between two rows:
a split never cuts a card. The emotion curve is a band of its own at the top of the emotions
lane (as on the board), or under the stage headers when the map has no emotions lane.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from cxworkshop.export.data import CardInfo, LaneInfo, MapInfo, StageInfo
from cxworkshop.export.fonts import BOLD, REGULAR
from cxworkshop.export.pdf_emotion import has_emotions, stage_averages
from cxworkshop.export.text import Wrapper
from cxworkshop.model.enums import LaneKind

MIN_FONT = 7.0  # nothing on a map page is printed smaller (legible on paper)
MAX_CARD_LINES = 8
MAX_META_LINES = 2
META_GAP = "   "
TITLE_HEIGHT = 20.0  # the map's name above the headers


@dataclass(frozen=True)
class Metrics:
    """Every size of a map drawing, derived from the card text size."""

    font: float  # card text and the card's small print (one size: readers keep them together)
    leading: float
    header_font: float
    lane_header: float  # width of the lane names' column
    stage_header: float  # height of the stage names' row
    pad: float  # inside a card
    gap: float  # between cards
    column_pad: float
    curve: float  # height of the emotion curve band
    min_column: float
    min_band: float  # height of an empty lane

    @classmethod
    def at(cls, font: float) -> Metrics:
        f = font / MIN_FONT
        return cls(font=font, leading=font * 1.18, header_font=font + 0.5, lane_header=72 * f,
                   stage_header=26 * f, pad=2.6 * f, gap=3.6 * f, column_pad=3.2 * f, curve=42 * f,
                   min_column=86 * f, min_band=18 * f)


# Card text sizes tried from the largest down: the largest that fits the map on one page wins.
SIZES = (11.0, 10.0, 9.0, 8.5, 8.0, 7.5, MIN_FONT)


@dataclass
class Column:
    stage: StageInfo
    x: float
    width: float
    title: list[str]
    group: int  # which run of columns shares a page width


@dataclass
class Band:
    """One row across the whole map (a row of cards, or the curve), never cut by a page."""

    lane_index: int  # -1: the curve band above every lane
    y: float
    height: float
    pad: float  # space above its cards (the first row of a lane)
    curve: bool = False


@dataclass
class LaneBox:
    lane: LaneInfo
    y: float
    height: float
    first_band: int
    last_band: int
    name_height: float = 0.0  # what its whole name needs


@dataclass
class PlacedCard:
    card: CardInfo
    column: int
    band: int
    x: float
    y: float  # from the top of the map body, at the top of the card
    width: float
    height: float
    lines: list[str]
    meta: list[str]
    abbreviated: bool
    inline: bool = False  # the one meta line follows the last text line on the same line


@dataclass
class MapLayout:
    journey: MapInfo
    metrics: Metrics
    columns: list[Column]
    lanes: list[LaneBox]
    bands: list[Band]
    cards: list[PlacedCard]
    width: float
    height: float
    averages: list[tuple[float | None, int]]  # per stage: mean emotion, emotion cards

    @property
    def full_width(self) -> float:
        return self.metrics.lane_header + self.width

    @property
    def full_height(self) -> float:
        return self.metrics.stage_header + self.height

    @property
    def groups(self) -> list[range]:
        """Runs of columns printed side by side on one page width."""
        runs: list[range] = []
        start = 0
        for index in range(1, len(self.columns) + 1):
            if index == len(self.columns) or self.columns[index].group != self.columns[start].group:
                runs.append(range(start, index))
                start = index
        return runs


@dataclass
class Tile:
    """The part of a map printed on one page: a run of columns and some bands."""

    group: int
    part: int  # 0, 1, ... within its group (pages going down)
    columns: range
    bands: list[int]
    top: dict[int, float]  # band -> y of its top on this page, from the top of the body
    height: dict[int, float]  # band -> its height on this page (only this page's cards count)
    x0: float = 0.0
    x1: float = 0.0
    neighbours: dict[str, int] = field(default_factory=dict)  # "right"/"down" -> tile index
    continued_lanes: set[int] = field(default_factory=set)  # lanes begun on an earlier page

    @property
    def body_height(self) -> float:
        return sum(self.height.values())


def layout_map(journey: MapInfo, printable: Callable[[str], str],
               meta_of: Callable[[CardInfo], str], width: float, font: float = MIN_FONT,
               on_abbreviated: Callable[[CardInfo], object] | None = None,
               lane_title: Callable[[LaneInfo], str] | None = None) -> MapLayout:
    """Place every card of `journey` for a page `width` wide (lane names included).

    `meta_of` gives the card's small print (emotion, channel, votes), printed right under its
    text; `on_abbreviated` is told of each card cut short (before `meta_of` is asked);
    `lane_title` names a lane (each lane is made tall enough for its whole name)."""
    m = Metrics.at(font)
    text_wrap = Wrapper(REGULAR, m.font)
    header_wrap = Wrapper(BOLD, m.header_font)
    body = width - m.lane_header
    count = max(len(journey.stages), 1)
    per_page = max(1, min(count, int(body // m.min_column)))
    pages = -(-count // per_page)
    per_page = -(-count // pages)  # balanced: 7 stages on two pages are 4 + 3, not 6 + 1
    column_width = body / per_page
    columns: list[Column] = []
    for index, stage in enumerate(journey.stages):
        title = header_wrap.wrap(printable(stage.name), column_width - 2 * m.column_pad,
                                 max_lines=2)
        columns.append(Column(stage, index * column_width, column_width, title,
                              index // per_page))
    column_of = {column.stage.id: index for index, column in enumerate(columns)}

    cells: dict[tuple[int, int], list[CardInfo]] = {}
    for card in journey.cards:  # already ordered by stage, lane and position
        cells.setdefault((card.stage_id, card.lane_id), []).append(card)

    averages = stage_averages(journey)
    curve_lane = -1
    if has_emotions(journey) and journey.stages:
        curve_lane = next((index for index, lane in enumerate(journey.lanes)
                           if lane.kind == LaneKind.EMOTIONS), -1)
    placed: list[PlacedCard] = []
    bands: list[Band] = []
    lanes: list[LaneBox] = []
    y = 0.0
    if has_emotions(journey) and journey.stages and curve_lane < 0:
        bands.append(Band(-1, y, m.curve, 0.0, curve=True))
        y += m.curve
    for lane_index, lane in enumerate(journey.lanes):
        lane_top = y
        first_band = len(bands)
        if lane_index == curve_lane:
            bands.append(Band(lane_index, y, m.curve, 0.0, curve=True))
            y += m.curve
        per_column = [(column_of[stage.id], cells.get((stage.id, lane.id), []))
                      for stage in journey.stages]
        depth = max((len(cards) for _, cards in per_column), default=0)
        for row in range(max(depth, 1)):
            band_cards = [_place(cards[row], columns[column_index], column_index, len(bands), m,
                                 text_wrap, printable, meta_of, on_abbreviated)
                          for column_index, cards in per_column if row < len(cards)]
            top_pad = m.gap if row == 0 else 0.0
            height = max([card.height for card in band_cards], default=m.min_band - m.gap)
            for placed_card in band_cards:
                placed_card.y = y + top_pad
            bands.append(Band(lane_index, y, top_pad + height + m.gap, top_pad))
            y += bands[-1].height
            placed.extend(band_cards)
        name = lane_title(lane) if lane_title is not None else printable(lane.name)
        needed = len(header_wrap.wrap(name, lane_name_width(m))) * (m.header_font + 2) + 6
        if y - lane_top < needed:  # a short lane still shows its whole name
            bands[-1].height += needed - (y - lane_top)
            y = lane_top + needed
        lanes.append(LaneBox(lane, lane_top, y - lane_top, first_band, len(bands) - 1, needed))
    return MapLayout(journey, m, columns, lanes, bands, placed, len(columns) * column_width, y,
                     averages)


def _place(card: CardInfo, column: Column, column_index: int, band: int, m: Metrics,
           wrap: Wrapper, printable: Callable[[str], str], meta_of: Callable[[CardInfo], str],
           on_abbreviated: Callable[[CardInfo], object] | None) -> PlacedCard:
    width = column.width - 2 * m.column_pad
    text = printable(card.text)
    text_width = card_text_width(width, m)
    lines = wrap.wrap(text, text_width) if text else []
    # A card too long for a sticky note is cut with … here and printed whole in an appendix.
    abbreviated = len(lines) > MAX_CARD_LINES
    if abbreviated:
        lines = lines[:MAX_CARD_LINES]
        lines[-1] = wrap.fit(lines[-1] + "…", text_width)
        if on_abbreviated is not None:
            on_abbreviated(card)
    meta_text = meta_of(card)
    # The small print goes after the text on its last line when it fits there, else under it.
    inline = bool(lines and meta_text
                  and wrap.width(lines[-1] + META_GAP + meta_text) <= text_width)
    meta = [meta_text] if inline else (
        wrap.wrap(meta_text, text_width, max_lines=MAX_META_LINES) if meta_text else [])
    rows = max(len(lines), 1) + (0 if inline else len(meta))
    return PlacedCard(card, column_index, band, column.x + m.column_pad, 0.0, width,
                      2 * m.pad + rows * m.leading, lines, meta, abbreviated, inline)


def lane_name_width(m: Metrics) -> float:
    return m.lane_header - 8


def card_text_width(card_width: float, m: Metrics) -> float:
    return card_width - 2 * m.pad - 3  # 3: the coloured edge on the left


def _has_content(layout: MapLayout, band: Band, columns: range,
                 cards: dict[int, list[PlacedCard]], index: int) -> bool:
    if band.curve:
        return any(layout.averages[column][0] is not None for column in columns)
    return any(card.column in columns for card in cards.get(index, ()))


def plan_tiles(layout: MapLayout, body_height: float, link_room: float = 14.0) -> list[Tile]:
    """Split the map into pages whose body (under the stage headers) is `body_height` tall,
    less `link_room` for "continues on page N" when the map takes several pages.

    A map that fits keeps every lane, empty ones too. A bigger one is cut into runs of stages
    (one page wide) and, down each run, into pages of whole bands; a band with nothing in that
    run's stages is left out there, so no page is ever blank."""
    groups = layout.groups
    if len(groups) == 1 and layout.height <= body_height:
        bands = list(range(len(layout.bands)))
        tile = Tile(0, 0, groups[0], bands, {i: layout.bands[i].y for i in bands},
                    {i: layout.bands[i].height for i in bands})
        tile.x1 = layout.width
        return [tile]
    body_height -= link_room
    by_band: dict[int, list[PlacedCard]] = {}
    for card in layout.cards:
        by_band.setdefault(card.band, []).append(card)
    m = layout.metrics
    tiles: list[Tile] = []
    firsts: list[int] = []  # index of each group's first tile
    # A wide map without a single card still shows its empty grid on its first page.
    blank = not layout.cards and all(value is None for value, _ in layout.averages)
    for group, columns in enumerate(groups):
        kept: list[tuple[int, float]] = []
        lane_height = 0.0
        for index, band in enumerate(layout.bands):
            if blank and group == 0:
                kept.append((index, band.height))
                continue
            if not _has_content(layout, band, columns, by_band, index):
                continue
            if band.curve:
                height = band.height
            else:
                tallest = max(card.height for card in by_band[index] if card.column in columns)
                height = band.pad + tallest + m.gap
            if kept and layout.bands[kept[-1][0]].lane_index != band.lane_index:
                lane_height = 0.0
            lane_height += height
            box = layout.lanes[band.lane_index] if band.lane_index >= 0 else None
            if box is not None and index == box.last_band and lane_height < box.name_height:
                height += box.name_height - lane_height  # room for the lane's whole name
            kept.append((index, height))
        firsts.append(len(tiles))
        seen_lanes: set[int] = set()
        page: list[tuple[int, float]] = []
        used = 0.0
        for item in [*kept, None]:
            if item is None or (page and used + item[1] > body_height):
                if page:
                    tiles.append(_tile(layout, group, len(tiles) - firsts[-1], columns, page,
                                       seen_lanes))
                page, used = [], 0.0
            if item is not None:
                page.append(item)
                used += item[1]
    # Runs of stages with nothing at all in them print no page: the next run that has one.
    printed = [group for group in range(len(groups)) if firsts[group] < len(tiles)
               and tiles[firsts[group]].group == group]
    for index, tile in enumerate(tiles):
        if index + 1 < len(tiles) and tiles[index + 1].group == tile.group:
            tile.neighbours["down"] = index + 1
        after = printed.index(tile.group) + 1
        if after < len(printed):
            start = firsts[printed[after]]
            end = firsts[printed[after + 1]] if after + 1 < len(printed) else len(tiles)
            # The page of the next run of stages that shows the same rows (or the nearest).
            first_band = tile.bands[0]
            tile.neighbours["right"] = next(
                (other for other in range(start, end) if tiles[other].bands[-1] >= first_band),
                end - 1)
    return tiles


def _tile(layout: MapLayout, group: int, part: int, columns: range,
          page: list[tuple[int, float]], seen_lanes: set[int]) -> Tile:
    top: dict[int, float] = {}
    height: dict[int, float] = {}
    y = 0.0
    for index, size in page:
        top[index], height[index] = y, size
        y += size
    lanes = {layout.bands[index].lane_index for index, _ in page}
    tile = Tile(group, part, columns, [index for index, _ in page], top, height,
                continued_lanes=lanes & seen_lanes)
    seen_lanes.update(lanes)
    tile.x0 = layout.columns[columns[0]].x
    tile.x1 = layout.columns[columns[-1]].x + layout.columns[columns[-1]].width
    return tile
