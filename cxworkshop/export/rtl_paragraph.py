"""A Paragraph of user text whose right-to-left lines are wrapped by us, from their right end.

reportlab wraps a line left to right; a right-to-left line arrives already in visual order
(export/rtl.py), so its words that are read first sit at its right end, and reportlab's wrap
would put the end of the sentence on the first printed line. Here such a line is wrapped with
text.Wrapper (which takes lines from the right) for the width the table gives, and a
paragraph of right-to-left lines only is aligned right. Other text wraps as before.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from cxworkshop.export.rtl import reads_right_to_left
from cxworkshop.export.text import Wrapper, markup


class PrintedParagraph(Paragraph):
    """`text` is printable text (from Printable), not markup: it is escaped here."""

    def __init__(self, text: str | None, style: ParagraphStyle | None = None,
                 *args: Any, **kwargs: Any) -> None:
        # reportlab calls the class again with text=None and frags= when splitting across pages.
        self._printed = text
        self._wrapped_for: float | None = None
        lines = (text or "").split("\n")
        self._rtl = text is not None and any(reads_right_to_left(line) for line in lines)
        if self._rtl and style is not None and all(
                reads_right_to_left(line) for line in lines if line.strip()):
            style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        super().__init__(markup(text) if text is not None else None, style, *args, **kwargs)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._rtl and self._printed is not None and availWidth != self._wrapped_for:
            room = availWidth - self.style.leftIndent - self.style.rightIndent
            wrapper = Wrapper(self.style.fontName, self.style.fontSize)
            lines: list[str] = []
            for line in self._printed.split("\n"):
                lines += wrapper.wrap(line, room) if reads_right_to_left(line) else [line]
            # Parsed again with our line breaks; the width is remembered so this runs once.
            Paragraph.__init__(self, "<br/>".join(markup(line) for line in lines), self.style)
            self._wrapped_for = availWidth
        return super().wrap(availWidth, availHeight)
