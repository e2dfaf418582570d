"""The look of every PDF export: page sizes, margins, colours, paragraph styles, card colours.

One place decides how the report looks so the full report and the per-owner plans match.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A3, A4, LETTER, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from cxworkshop.export.fonts import BOLD, REGULAR, register_fonts
from cxworkshop.model.enums import CardKind

# The paper a report is printed on (`--page-size`, the export dialog): portrait pages for text,
# landscape pages of the same paper for the maps.
PAPERS: dict[str, tuple[float, float]] = {"a4": A4, "a3": A3, "letter": LETTER}
DEFAULT_PAPER = "a4"


def paper_portrait(paper: str) -> tuple[float, float]:
    return portrait(PAPERS.get(paper, A4))


def paper_landscape(paper: str) -> tuple[float, float]:
    return landscape(PAPERS.get(paper, A4))

MARGIN = 15 * mm
HEADER_SPACE = 11 * mm  # between the page edge and the frame, holding header or footer text

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
RULE = colors.HexColor("#cbd2d9")
ACCENT = colors.HexColor("#1d4e89")
ACCENT_LIGHT = colors.HexColor("#e6eef7")
ZEBRA = colors.HexColor("#f5f7fa")
OVERDUE = colors.HexColor("#b42318")
OVERDUE_LIGHT = colors.HexColor("#fdecea")
DONE = colors.HexColor("#2f7d32")

# Pastel sticky-note colours by kind, dark enough to tell apart on a laser print in grey.
CARD_FILL: dict[str, str] = {
    CardKind.CUSTOMER_ACTION: "#dbeafe",
    CardKind.TOUCHPOINT: "#e0e7ff",
    CardKind.THOUGHT: "#f3e8ff",
    CardKind.EMOTION: "#fef9c3",
    CardKind.PAIN_POINT: "#fee2e2",
    CardKind.MOMENT_OF_TRUTH: "#ffedd5",
    CardKind.OPPORTUNITY: "#dcfce7",
    CardKind.BACKSTAGE: "#e5e7eb",
    CardKind.QUOTE: "#fae8ff",
    CardKind.NOTE: "#fefce8",
}
CARD_EDGE: dict[str, str] = {
    CardKind.CUSTOMER_ACTION: "#2563eb",
    CardKind.TOUCHPOINT: "#4f46e5",
    CardKind.THOUGHT: "#9333ea",
    CardKind.EMOTION: "#ca8a04",
    CardKind.PAIN_POINT: "#dc2626",
    CardKind.MOMENT_OF_TRUTH: "#ea580c",
    CardKind.OPPORTUNITY: "#16a34a",
    CardKind.BACKSTAGE: "#4b5563",
    CardKind.QUOTE: "#c026d3",
    CardKind.NOTE: "#a16207",
}


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h2_tight: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_muted: ParagraphStyle
    cover_label: ParagraphStyle
    cover_value: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=10, leading=13.5, textColor=INK,
                          alignment=TA_LEFT, splitLongWords=1)
    return Styles(
        title=ParagraphStyle("title", base, fontName=BOLD, fontSize=26, leading=32,
                             textColor=ACCENT, spaceAfter=6),
        subtitle=ParagraphStyle("subtitle", base, fontSize=15, leading=20, textColor=MUTED,
                                spaceAfter=18),
        h1=ParagraphStyle("h1", base, fontName=BOLD, fontSize=16, leading=20, textColor=ACCENT,
                          spaceBefore=4, spaceAfter=8, keepWithNext=1),
        h2=ParagraphStyle("h2", base, fontName=BOLD, fontSize=12, leading=15, spaceBefore=10,
                          spaceAfter=4, keepWithNext=1),
        h2_tight=ParagraphStyle("h2_tight", base, fontName=BOLD, fontSize=12, leading=15,
                                spaceBefore=0, spaceAfter=2),
        h3=ParagraphStyle("h3", base, fontName=BOLD, fontSize=10, leading=13, spaceBefore=6,
                          spaceAfter=3, textColor=ACCENT, keepWithNext=1),
        body=base,
        small=ParagraphStyle("small", base, fontSize=8.5, leading=11, textColor=MUTED),
        cell=ParagraphStyle("cell", base, fontSize=8.5, leading=10.8),
        cell_bold=ParagraphStyle("cell_bold", base, fontName=BOLD, fontSize=8.5, leading=10.8),
        cell_muted=ParagraphStyle("cell_muted", base, fontSize=7.5, leading=9.5, textColor=MUTED),
        cover_label=ParagraphStyle("cover_label", base, fontSize=9, leading=12, textColor=MUTED),
        cover_value=ParagraphStyle("cover_value", base, fontSize=11.5, leading=15),
    )
