"""Making text printable: characters the embedded font lacks become a visible mark.

Right-to-left lines are shaped and reordered here too (export/rtl.py): every Paragraph and
canvas string passes through `Printable`, so this is the one place text becomes printable.
A missing glyph must never vanish silently (an emoji in a pain point would otherwise print
as nothing): it is replaced by U+FFFD and collected so the caller can warn about it once.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from cxworkshop.export.fonts import printable_codepoints
from cxworkshop.export.rtl import visual

REPLACEMENT = "\ufffd"

# Joiners, variation selectors and skin-tone modifiers only make sense next to the emoji
# they modify; when that emoji is replaced they are dropped instead of adding more marks.
_MODIFIERS = frozenset([0x200D, 0xFE0E, 0xFE0F, *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)])


@dataclass
class GlyphReport:
    """Characters replaced during one export, for a single warning at the end."""

    missing: dict[str, int] = field(default_factory=dict)

    def note(self, char: str) -> None:
        self.missing[char] = self.missing.get(char, 0) + 1

    @property
    def count(self) -> int:
        return sum(self.missing.values())

    def describe(self, limit: int = 8) -> str:
        shown = [f"{char} (U+{ord(char):04X})" for char in list(self.missing)[:limit]]
        if len(self.missing) > limit:
            shown.append("…")
        return ", ".join(shown)


class Printable:
    """Turns arbitrary user text into text the embedded font can print, remembering losses."""

    def __init__(self, report: GlyphReport | None = None):
        self.report = report if report is not None else GlyphReport()
        self._known = printable_codepoints()
        self._cache: dict[str, str] = {}

    def __call__(self, text: str | None) -> str:
        if not text:
            return ""
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        result = self._convert(text)
        if len(text) < 200:
            self._cache[text] = result
        return result

    def _convert(self, text: str) -> str:
        text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
        # Arabic and Hebrew: shaped and in visual order, since the PDF draws left to right.
        text = visual(text)
        known = self._known
        if all(ord(char) in known or char == "\n" for char in text):
            return text
        out: list[str] = []
        replaced_last = False
        for char in text:
            code = ord(char)
            if char == "\n" or code in known:
                out.append(char)
                replaced_last = False
            elif char == "\t":
                out.append("    ")
                replaced_last = False
            elif code in _MODIFIERS and (replaced_last or code in (0xFE0E, 0xFE0F, 0x200D)):
                continue  # part of a sequence already marked, or invisible anyway
            elif unicodedata.category(char) in ("Cc", "Cf"):
                continue  # control and format characters have no visible form to lose
            else:
                self.report.note(char)
                out.append(REPLACEMENT)
                replaced_last = True
        return "".join(out)
