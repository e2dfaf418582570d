"""Colours, sizes and fonts of the board: one place to tune legibility for a projector.

Scene units are pixels at 100% zoom. Card text is 20 px (about 15 pt at 96 dpi) so it
stays readable from the back of a meeting room; colours are strong on light fills. The
module constants are the normal look; PALETTES holds one style table per look (the board,
and two high-contrast ones for projectors), which BoardScene.set_palette hands to its items.
"""

from __future__ import annotations

from dataclasses import dataclass

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


# --- palettes: one style table per look; the scene hands the active one to its items ----------

# Bright, saturated kind colours that stay distinct on a near-black projected board.
_DARK_STRONG: dict[LaneKind, str] = {
    LaneKind.CUSTOMER_ACTIONS: "#5aa9ff",
    LaneKind.TOUCHPOINTS: "#22e0d0",
    LaneKind.THOUGHTS: "#c49bff",
    LaneKind.EMOTIONS: "#ffd23f",
    LaneKind.PAIN_POINTS: "#ff6259",
    LaneKind.MOMENTS_OF_TRUTH: "#ff6fb5",
    LaneKind.OPPORTUNITIES: "#63e06a",
    LaneKind.BACKSTAGE: "#a9c4d6",
    LaneKind.SUPPORT_PROCESSES: "#e0aa82",
    LaneKind.CUSTOM: "#d0d6de",
}
_DARK_CARD_STRONG: dict[CardKind, str] = {
    kind: _DARK_STRONG[lane] for kind, lane in DEFAULT_LANE_FOR_CARD.items()
}
_DARK_CARD_STRONG[CardKind.QUOTE] = "#d6b4ff"
_DARK_CARD_STRONG[CardKind.NOTE] = "#fff176"


@dataclass(frozen=True)
class BoardPalette:
    """Every colour, line width and header size the board's items paint with."""

    name: str
    dark: bool
    background: QColor
    ink: QColor  # text on paper
    ink_soft: QColor
    paper: QColor  # persona cards
    grid_line: QColor
    grid_line_width: float
    grid_border: QColor
    border_width: float  # grid frame and card outlines
    card_border_width: float
    selection: QColor
    current_cell: QColor
    header_fill: QColor
    header_text: QColor
    header_soft: QColor  # the stage icon and the resize grip
    header_px: int
    lane_header_text: QColor
    curve: QColor
    curve_halo: QColor
    badge_fill: QColor
    badge_ink: QColor
    tally_fill: QColor
    tally_ink: QColor
    warning_fill: QColor
    warning_ink: QColor

    def lane_colours(self, kind: str) -> tuple[QColor, QColor]:
        """(strong, fill) of a lane: header colour and band colour."""
        if self.name == "board":
            return lane_colours(kind)
        lane = _lane_kind(kind)
        if self.dark:
            strong = QColor(_DARK_STRONG[lane])
            return strong, _mix(strong, self.background, 0.13)
        return lane_colours(kind)[0], QColor("#ffffff")

    def card_colours(self, kind: str, custom: str | None = None) -> tuple[QColor, QColor]:
        """(strong, fill) of a card; a custom colour fills it (dark: marks its stripe)."""
        if self.name == "board":
            return card_colours(kind, custom)
        if self.dark:
            try:
                strong = QColor(_DARK_CARD_STRONG[CardKind(kind)])
            except ValueError:
                strong = QColor(_DARK_CARD_STRONG[CardKind.NOTE])
            return strong, QColor("#161b22")
        strong = card_colours(kind)[0]
        return strong, QColor(custom) if custom else QColor("#ffffff")

    def text_on(self, fill: QColor) -> QColor:
        luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF()
        return QColor(self.ink) if luminance > 0.5 else QColor("#f5f7fa")

    def card_label(self, strong: QColor) -> QColor:
        return strong.lighter(105) if self.dark else strong.darker(120)


def _mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    s = share_of_a
    return QColor.fromRgbF(a.redF() * s + b.redF() * (1 - s), a.greenF() * s + b.greenF() * (1 - s),
                           a.blueF() * s + b.blueF() * (1 - s))


BOARD = BoardPalette(
    name="board", dark=False, background=BOARD_BACKGROUND, ink=INK, ink_soft=INK_SOFT, paper=PAPER,
    grid_line=GRID_LINE, grid_line_width=2.0, grid_border=QColor("#8792a2"), border_width=2.0,
    card_border_width=1.5, selection=SELECTION, current_cell=CURRENT_CELL, header_fill=HEADER_FILL,
    header_text=HEADER_TEXT, header_soft=QColor("#9fb3c8"), header_px=HEADER_TEXT_PX,
    lane_header_text=HEADER_TEXT, curve=CURVE, curve_halo=QColor(255, 255, 255, 200),
    badge_fill=QColor("#ffffff"), badge_ink=INK, tally_fill=QColor("#17202a"),
    tally_ink=QColor("#ffffff"), warning_fill=QColor("#ffd000"), warning_ink=QColor("#000000"))

PALETTES: dict[str, BoardPalette] = {
    "board": BOARD,
    # A lit room washes colour out: white paper, black type and heavy lines survive best.
    "projector_light": BoardPalette(
        name="projector_light", dark=False, background=QColor("#ffffff"), ink=QColor("#000000"),
        ink_soft=QColor("#202020"), paper=QColor("#ffffff"), grid_line=QColor("#303030"),
        grid_line_width=3.0, grid_border=QColor("#000000"), border_width=4.0,
        card_border_width=3.0, selection=QColor("#0040ff"), current_cell=QColor("#0040ff"),
        header_fill=QColor("#000000"), header_text=QColor("#ffffff"),
        header_soft=QColor("#d0d0d0"), header_px=25, lane_header_text=QColor("#ffffff"),
        curve=QColor("#000000"), curve_halo=QColor(255, 255, 255, 230),
        badge_fill=QColor("#ffffff"), badge_ink=QColor("#000000"), tally_fill=QColor("#000000"),
        tally_ink=QColor("#ffffff"), warning_fill=QColor("#ffd000"),
        warning_ink=QColor("#000000")),
    # A dark room: a near-black board, light type, bright kind colours and bold outlines.
    "projector_dark": BoardPalette(
        name="projector_dark", dark=True, background=QColor("#05070a"), ink=QColor("#000000"),
        ink_soft=QColor("#c8ced6"), paper=QColor("#161b22"), grid_line=QColor("#59636f"),
        grid_line_width=2.5, grid_border=QColor("#e6e6e6"), border_width=4.0,
        card_border_width=3.0, selection=QColor("#ffd400"), current_cell=QColor("#ffd400"),
        header_fill=QColor("#262e39"), header_text=QColor("#ffffff"),
        header_soft=QColor("#b8c6d4"), header_px=25, lane_header_text=QColor("#000000"),
        curve=QColor("#ffffff"), curve_halo=QColor(0, 0, 0, 220),
        badge_fill=QColor("#000000"), badge_ink=QColor("#ffffff"), tally_fill=QColor("#ffffff"),
        tally_ink=QColor("#000000"), warning_fill=QColor("#ffd000"),
        warning_ink=QColor("#000000")),
}


def palette(name: str) -> BoardPalette:
    """The palette called `name` ("board", "projector_light", "projector_dark"); else "board"."""
    return PALETTES.get(name, BOARD)
