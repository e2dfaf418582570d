"""Colours, sizes and fonts of the board: one place to tune legibility for a projector.

Scene units are pixels at 100% zoom. Card text is 20 px (about 15 pt at 96 dpi) so it
stays readable from the back of a meeting room; colours are strong on light fills.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

from cxworkshop.model import DEFAULT_LANE_FOR_CARD, CardKind, LaneKind

LANE_HEADER_WIDTH = 230.0
STAGE_HEADER_HEIGHT = 70.0
PERSONA_STRIP_HEIGHT = 170.0
GRID_GAP = 8.0
CARD_MARGIN = 12.0
CARD_GAP = 10.0
CARD_PADDING = 10.0
CARD_ICON = 24.0
CARD_MIN_HEIGHT = 64.0
CARD_TEXT_PX = 20
HEADER_TEXT_PX = 22
EMOTION_FACE = 44.0
MIN_STAGE_WIDTH = 160.0
MIN_LANE_HEIGHT = 90.0

INK = QColor("#17202a")
INK_SOFT = QColor("#4a5563")
PAPER = QColor("#ffffff")
BOARD_BACKGROUND = QColor("#f2f4f7")
GRID_LINE = QColor("#c9cfd8")
SELECTION = QColor("#0b57d0")
CURRENT_CELL = QColor("#0b57d0")
HEADER_FILL = QColor("#263445")
HEADER_TEXT = QColor("#ffffff")
CURVE = QColor("#0d3b66")

# (strong, light) per lane kind: the strong colour marks headers, icons and card edges,
# the light one fills lanes and cards; every kind also has its own icon (board.icons).
LANE_COLOURS: dict[LaneKind, tuple[str, str]] = {
    LaneKind.CUSTOMER_ACTIONS: ("#1d5fc9", "#dce8fd"),
    LaneKind.TOUCHPOINTS: ("#0b7a7c", "#d3f0f0"),
    LaneKind.THOUGHTS: ("#6d3fb0", "#ebe2f8"),
    LaneKind.EMOTIONS: ("#a86b00", "#fff0c7"),
    LaneKind.PAIN_POINTS: ("#b3261e", "#fcdcda"),
    LaneKind.MOMENTS_OF_TRUTH: ("#a0165a", "#fadbe9"),
    LaneKind.OPPORTUNITIES: ("#23702a", "#d9f0da"),
    LaneKind.BACKSTAGE: ("#3c4f5c", "#e0e6ea"),
    LaneKind.SUPPORT_PROCESSES: ("#6a4636", "#eee3dd"),
    LaneKind.CUSTOM: ("#56606e", "#eceff3"),
}

CARD_COLOURS: dict[CardKind, tuple[str, str]] = {
    kind: LANE_COLOURS[lane] for kind, lane in DEFAULT_LANE_FOR_CARD.items()
}
CARD_COLOURS[CardKind.QUOTE] = ("#5b3c88", "#f6effc")
CARD_COLOURS[CardKind.NOTE] = ("#8a6d00", "#fff6a8")


def lane_colours(kind: str) -> tuple[QColor, QColor]:
    strong, light = LANE_COLOURS.get(_lane_kind(kind), LANE_COLOURS[LaneKind.CUSTOM])
    return QColor(strong), QColor(light)


def card_colours(kind: str, custom: str | None = None) -> tuple[QColor, QColor]:
    try:
        strong, light = CARD_COLOURS[CardKind(kind)]
    except ValueError:
        strong, light = CARD_COLOURS[CardKind.NOTE]
    return QColor(strong), QColor(custom) if custom else QColor(light)


def text_colour_on(fill: QColor) -> QColor:
    # Relative luminance decides: dark ink on light paper, white on dark custom colours.
    luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF()
    return INK if luminance > 0.5 else PAPER


def font(pixel_size: int, bold: bool = False) -> QFont:
    result = QFont()
    result.setPixelSize(pixel_size)
    result.setBold(bold)
    return result


def _lane_kind(kind: str) -> LaneKind:
    try:
        return LaneKind(kind)
    except ValueError:
        return LaneKind.CUSTOM
