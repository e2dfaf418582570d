"""The fonts every PDF export embeds, and which characters they can print.

The report must show Italian accents, the euro sign, curly quotes, Greek and Cyrillic
whatever the reader's machine has installed, so a Unicode TrueType font ships in
cxworkshop/resources/fonts (with its licence) and is embedded in every PDF.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "CXSans"
BOLD = "CXSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@dataclass(frozen=True)
class FontFamily:
    regular: str
    bold: str


def _load(name: str, filename: str) -> TTFont:
    # Read through importlib.resources so a zipped or frozen install works as well as a checkout.
    data = (resources.files("cxworkshop.resources") / "fonts" / filename).read_bytes()
    return TTFont(name, io.BytesIO(data))


@cache
def register_fonts() -> FontFamily:
    """Register the embedded fonts with reportlab once per process and return their names."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(_load(name, filename))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
    return FontFamily(REGULAR, BOLD)


@cache
def printable_codepoints() -> frozenset[int]:
    """Code points both embedded fonts have a glyph for."""
    register_fonts()
    regular = pdfmetrics.getFont(REGULAR).face.charToGlyph
    bold = pdfmetrics.getFont(BOLD).face.charToGlyph
    return frozenset(regular.keys() & bold.keys())


@cache
def char_widths(font_name: str) -> dict[int, float]:
    """Advance widths in 1/1000 em, for wrapping text on the map without a call per word."""
    register_fonts()
    return pdfmetrics.getFont(font_name).face.charWidths
