"""Literal text on the page: escaping for Paragraph and fast line wrapping for the canvas.

User text never reaches reportlab's markup parser unescaped (`R&D < 5%` and `<img src=...>`
must print as typed), and on the map, where thousands of small labels are drawn, text is
wrapped here with cached glyph widths instead of a Paragraph per label.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from cxworkshop.export.fonts import char_widths
from cxworkshop.export.rtl import reads_right_to_left
from cxworkshop.model.limits import LONG_TEXT_MAX

ELLIPSIS = "…"


def markup(text: str) -> str:
    """Paragraph markup that shows `text` literally, keeping its line breaks.

    Text beyond the longest an edit may write (model.limits) is cut with …: only a file from
    an older version or another tool holds more, and reportlab re-wraps a long cell on every
    page it is split across, so a few hundred kilobytes took minutes.
    """
    if len(text) > LONG_TEXT_MAX:
        text = text[:LONG_TEXT_MAX] + ELLIPSIS
    return escape(text).replace("\n", "<br/>")


class Wrapper:
    """Greedy word wrap in one font and size, splitting words wider than the line."""

    def __init__(self, font_name: str, size: float):
        widths = char_widths(font_name)
        self._scale = size / 1000.0
        self._widths = widths
        self._default = widths.get(ord("M"), 600)
        self._space = widths.get(32, 300) * self._scale

    def width(self, text: str) -> float:
        widths, default = self._widths, self._default
        return sum(widths.get(ord(char), default) for char in text) * self._scale

    def wrap(self, text: str, width: float, max_lines: int | None = None) -> list[str]:
        """Lines of at most `width` points; the last kept line ends with … when text is cut.

        Linear in the length of the text, and it stops once `max_lines` are exceeded: a
        10 MB word (or a column narrower than one character) cannot hang an export.
        """
        width = max(width, 1.0)  # a line holds at least one character, whatever the room
        lines: list[str] = []
        limit = None if max_lines is None else max_lines + 1
        for paragraph in text.split("\n"):
            self._wrap_paragraph(paragraph, width, lines, limit)
            if limit is not None and len(lines) >= limit:
                break
        if max_lines is not None and len(lines) > max_lines:
            lines = lines[:max_lines]
            if lines:
                lines[-1] = self.fit(lines[-1] + ELLIPSIS, width, ellipsis=True)
        return lines

    def fit(self, text: str, width: float, ellipsis: bool = True) -> str:
        """`text` cut to `width`, ending in … if anything was cut."""
        limit = width - (self.width(ELLIPSIS) if ellipsis else 0)
        kept = self._prefix(text, max(width, 0.0))
        if len(kept) == len(text):
            return text
        kept = self._prefix(text, limit)
        return kept.rstrip() + (ELLIPSIS if ellipsis else "")

    def _prefix(self, text: str, width: float, start: int = 0) -> str:
        """The longest run of `text` from `start` within `width` (at least one character)."""
        widths, default, scale = self._widths, self._default, self._scale
        used = 0.0
        for index in range(start, len(text)):
            used += widths.get(ord(text[index]), default) * scale
            if used > width:
                return text[start:max(index, start + 1)]
        return text[start:]

    def _wrap_paragraph(self, paragraph: str, width: float, lines: list[str], limit: int | None) -> None:
        if reads_right_to_left(paragraph):
            self._wrap_right_to_left(paragraph, width, lines, limit)
            return
        current = ""
        current_width = 0.0
        for word in paragraph.split():
            if limit is not None and len(lines) >= limit:
                return
            word_width = self.width(word)
            gap = self._space if current else 0.0
            if current_width + gap + word_width <= width:
                current = f"{current} {word}" if current else word
                current_width += gap + word_width
                continue
            if current:
                lines.append(current)
            # A word wider than the line (a URL, a code) is split rather than overflowing,
            # walking it once from the front (never re-measuring or copying the rest).
            start = 0
            while word_width > width and (limit is None or len(lines) < limit):
                head = self._prefix(word, width, start)
                if start + len(head) == len(word):  # one glyph wider than the line: it stays
                    break
                lines.append(head)
                start += len(head)
                word_width -= self.width(head)
            current = word[start:]
            current_width = self.width(current)
        lines.append(current)

    def _wrap_right_to_left(self, paragraph: str, width: float, lines: list[str],
                            limit: int | None) -> None:
        """A right-to-left line (already in visual order) starts at its right end: lines are
        taken from the right, each keeping its words in visual order."""
        words = paragraph.split()
        while words and (limit is None or len(lines) < limit):
            taken = [words.pop()]
            used = self.width(taken[0])
            while words and used + self._space + self.width(words[-1]) <= width:
                used += self._space + self.width(words[-1])
                taken.insert(0, words.pop())
            if used > width and len(taken) == 1:  # one word wider than the line: cut it
                taken = [self.fit(taken[0], width)]
            lines.append(" ".join(taken))
