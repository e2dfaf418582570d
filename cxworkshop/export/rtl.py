"""Right-to-left text (Arabic, Hebrew) made printable by a PDF canvas that only draws left to right.

reportlab places glyphs in the order it is given them, one code point per glyph, so Arabic
would print as isolated letters from left to right. Each line is therefore shaped
(arabic-reshaper picks the joined presentation forms: initial, medial, final, lam-alef) and put
in visual order by the Unicode bidirectional algorithm (python-bidi), per line, with the
line's base direction taken from its first strong character (a Latin first word keeps the
line left to right). The bundled DejaVu Sans has the presentation forms and Hebrew.

Which visual lines read right to left is remembered, so the map's own word wrap (text.Wrapper)
can break them from the right, where their first words are.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_RTL_LINES: dict[str, bool] = {}
_REMEMBERED = 20000  # lines; a huge workshop must not grow this without bound


def has_rtl(text: str) -> bool:
    return _RTL_CHARS.search(text) is not None


def base_is_rtl(line: str) -> bool:
    """The paragraph direction of UAX #9 (rules P2, P3): the first strong character decides."""
    for char in line:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


@lru_cache(maxsize=4096)
def _shaped(line: str, rtl: bool) -> str:
    import arabic_reshaper
    from bidi import get_display

    return get_display(arabic_reshaper.reshape(line), base_dir="R" if rtl else "L")


def _visual_line(line: str) -> str:
    rtl = base_is_rtl(line)
    shown = _shaped(line, rtl)
    if rtl:
        if len(_RTL_LINES) >= _REMEMBERED:
            _RTL_LINES.clear()
        _RTL_LINES[shown] = True
    return shown


def visual(text: str) -> str:
    """`text` shaped and in visual order, line by line; text without RTL letters is unchanged."""
    if not has_rtl(text):
        return text
    return "\n".join(_visual_line(line) if has_rtl(line) else line for line in text.split("\n"))


def reads_right_to_left(visual_line: str) -> bool:
    """Whether `visual_line` (an output of `visual`) is a right-to-left paragraph."""
    return _RTL_LINES.get(visual_line, False)
