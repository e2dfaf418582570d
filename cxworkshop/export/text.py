"""Literal text on the page: escaping for Paragraph and fast line wrapping for the canvas.

User text never reaches reportlab's markup parser unescaped (`R&D < 5%` and `<img src=...>`
must print as typed), and on the map, where thousands of small labels are drawn, text is
wrapped here with cached glyph widths instead of a Paragraph per label.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from cxworkshop.export.fonts import char_widths

ELLIPSIS = "…"


def markup(text: str) -> str:
    """Paragraph markup that shows `text` literally, keeping its line breaks."""
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
        """Lines of at most `width` points; the last kept line ends with … when text is cut."""
        lines: list[str] = []
        for paragraph in text.split("\n"):
            self._wrap_paragraph(paragraph, width, lines)
            if max_lines is not None and len(lines) > max_lines:
                break
        if max_lines is not None and len(lines) > max_lines:
            lines = lines[:max_lines]
            lines[-1] = self.fit(lines[-1] + ELLIPSIS, width, ellipsis=True)
        return lines

    def fit(self, text: str, width: float, ellipsis: bool = True) -> str:
        """`text` cut to `width`, ending in … if anything was cut."""
        if self.width(text) <= width:
            return text
        limit = width - (self.width(ELLIPSIS) if ellipsis else 0)
        kept = self._prefix(text, limit)
        return kept.rstrip() + (ELLIPSIS if ellipsis else "")

    def _prefix(self, text: str, width: float) -> str:
        widths, default, scale = self._widths, self._default, self._scale
        used = 0.0
        for index, char in enumerate(text):
            used += widths.get(ord(char), default) * scale
            if used > width:
                return text[:max(index, 1)]
        return text

    def _wrap_paragraph(self, paragraph: str, width: float, lines: list[str]) -> None:
        current = ""
        current_width = 0.0
        for word in paragraph.split():
            word_width = self.width(word)
            gap = self._space if current else 0.0
            if current_width + gap + word_width <= width:
                current = f"{current} {word}" if current else word
                current_width += gap + word_width
                continue
            if current:
                lines.append(current)
            # A word wider than the line (a URL, a code) is split rather than overflowing.
            while word_width > width:
                head = self._prefix(word, width)
                lines.append(head)
                word = word[len(head):]
                word_width = self.width(word)
            current, current_width = word, word_width
        lines.append(current)
