"""Projector palettes: the colours of every slide, chosen for a lit meeting room.

Every text colour is paired with the fill it is drawn on, so the contrast (WCAG 2 relative
luminance ratio) can be checked from the palette alone: text must reach 7:1 (AAA). Nothing
pale on white: secondary text is dark grey at worst, and kind colours appear as stripes and
frames, never as the colour of small text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor

from cxworkshop.board import style
from cxworkshop.model import CardKind

AAA = 7.0


@dataclass(frozen=True)
class ProjectorPalette:
    name: str
    dark: bool
    background: QColor
    ink: QColor  # titles, card text, lane names
    ink_soft: QColor  # secondary text (counts, stage · lane under a ranked card)
    card: QColor  # card paper
    band: QColor  # the strip behind a lane's cards
    footer: QColor
    footer_ink: QColor
    badge: QColor  # vote dots and owner badges
    badge_ink: QColor
    alert: QColor  # "time is up", the lock
    alert_ink: QColor
    stripes: dict[str, QColor] = field(default_factory=dict)  # kind -> stripe (no text on it)

    def stripe(self, kind: str) -> QColor:
        return QColor(self.stripes.get(kind, self.ink))

    def text_pairs(self) -> dict[str, tuple[QColor, QColor]]:
        """Every (text, fill) pair the slides draw text with, by role."""
        return {
            "title": (self.ink, self.background),
            "secondary": (self.ink_soft, self.background),
            "card": (self.ink, self.card),
            "card secondary": (self.ink_soft, self.card),
            "lane": (self.ink, self.band),
            "footer": (self.footer_ink, self.footer),
            "badge": (self.badge_ink, self.badge),
            "alert": (self.alert_ink, self.alert),
        }


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast_ratio(a: QColor, b: QColor) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _stripes(dark: bool) -> dict[str, QColor]:
    board = style.palette("projector_dark" if dark else "projector_light")
    return {kind.value: board.card_colours(kind.value)[0] for kind in CardKind}


LIGHT = ProjectorPalette(
    name="projector_light", dark=False, background=QColor("#ffffff"), ink=QColor("#000000"),
    ink_soft=QColor("#333333"), card=QColor("#ffffff"), band=QColor("#f1f3f5"),
    footer=QColor("#000000"), footer_ink=QColor("#ffffff"), badge=QColor("#000000"),
    badge_ink=QColor("#ffffff"), alert=QColor("#ffd400"), alert_ink=QColor("#000000"),
    stripes=_stripes(False))

DARK = ProjectorPalette(
    name="projector_dark", dark=True, background=QColor("#05070a"), ink=QColor("#ffffff"),
    ink_soft=QColor("#d6dbe1"), card=QColor("#161b22"), band=QColor("#0d1117"),
    footer=QColor("#000000"), footer_ink=QColor("#ffffff"), badge=QColor("#ffd400"),
    badge_ink=QColor("#000000"), alert=QColor("#ffd400"), alert_ink=QColor("#000000"),
    stripes=_stripes(True))

PALETTES: dict[str, ProjectorPalette] = {"projector_light": LIGHT, "projector_dark": DARK,
                                         # The board's own look is a light room's look here.
                                         "board": LIGHT}


def palette(name: str) -> ProjectorPalette:
    return PALETTES.get(name, LIGHT)
