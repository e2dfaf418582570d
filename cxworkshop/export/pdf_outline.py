"""Bookmarks (the PDF outline): one per section, one per owner, the maps' pages beneath theirs.

A bookmark is made when its flowable is drawn, so it points at the page the heading really
landed on. pdf_doc's canvas keeps pages until the end (for "Page 3 of 12"), so it records
bookmarks per page and binds them when each page is finally written.
"""

from __future__ import annotations

from itertools import count
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph

from cxworkshop.export.text import markup

_keys = count(1)


def _mark(canvas: Any, title: str, level: int) -> None:
    key = f"cx-outline-{next(_keys)}"
    # Jump to the heading's own height on the page, keeping the reader's zoom.
    _x, top = canvas.absolutePosition(0, 0)
    canvas.bookmarkPage(key, fit="XYZ", left=0, top=top + 24)
    canvas.addOutlineEntry(title, key, level=level, closed=level > 0)


class Heading(Paragraph):
    """A section heading that is also an entry of the outline."""

    def __init__(self, text: str, style: ParagraphStyle, level: int = 0,
                 outline: str | None = None, literal: bool = True):
        # literal: `text` is printed as typed; else it is Paragraph markup built by the caller.
        super().__init__(markup(text) if literal else text, style)
        self.outline_title = outline if outline is not None else text
        self.outline_level = level

    def draw(self) -> None:
        _mark(self.canv, self.outline_title, self.outline_level)
        super().draw()


class Bookmark(Flowable):
    """An outline entry with nothing to print (e.g. the first page of a map)."""

    def __init__(self, title: str, level: int = 0):
        super().__init__()
        self.title = title
        self.level = level
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        _mark(self.canv, self.title, self.level)


def after_first_break(story: list[Flowable], *marks: Flowable) -> list[Flowable]:
    """`story` with `marks` right after its first page break (the top of its first page)."""
    for index, item in enumerate(story):
        if isinstance(item, PageBreak):
            return [*story[:index + 1], *marks, *story[index + 1:]]
    return [*marks, *story]
