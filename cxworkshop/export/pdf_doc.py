"""The page machinery shared by every PDF: page templates, header and footer, "Page 3 of 12".

The total page count is only known at the end, so pages are kept until save() and then
decorated; the cover page carries no header or footer. Progress is reported per flowable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from cxworkshop.export.fonts import BOLD, REGULAR
from cxworkshop.export.pdf_style import (
    A3_LANDSCAPE,
    A4_LANDSCAPE,
    A4_PORTRAIT,
    HEADER_SPACE,
    MARGIN,
    MUTED,
    RULE,
)
from cxworkshop.export.text import Wrapper

Progress = Callable[[int, int], None]

COVER, PORTRAIT, LANDSCAPE, A3 = "cover", "portrait", "landscape", "a3"
PAGE_SIZES = {COVER: A4_PORTRAIT, PORTRAIT: A4_PORTRAIT, LANDSCAPE: A4_LANDSCAPE,
              A3: A3_LANDSCAPE}


def frame_size(template: str) -> tuple[float, float]:
    """Width and height available to flowables on a page of `template`."""
    width, height = PAGE_SIZES[template]
    if template == COVER:
        return width - 2 * MARGIN, height - 2 * MARGIN
    return width - 2 * MARGIN, height - 2 * MARGIN - 2 * HEADER_SPACE


@dataclass(frozen=True)
class Decor:
    """The texts around every page but the cover (already printable: see glyphs.Printable)."""

    header_left: str
    header_right: str
    footer_left: str
    page_label: Callable[[int, int], str]  # (page, total) -> "Pagina 3 di 12"
    has_cover: bool = True


def _canvas_class(decor: Decor) -> type[Canvas]:
    small = Wrapper(REGULAR, 8)
    bold = Wrapper(BOLD, 8)

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any):
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                if not (decor.has_cover and number == 1):
                    self._decorate(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _decorate(self, number: int, total: int) -> None:
            width, height = self._pagesize
            top = height - MARGIN - HEADER_SPACE * 0.45
            bottom = MARGIN + HEADER_SPACE * 0.25
            self.saveState()
            self.setFillColor(MUTED)
            half = (width - 2 * MARGIN) / 2 - 12
            self.setFont(BOLD, 8)
            self.drawString(MARGIN, top, bold.fit(decor.header_left, half))
            self.setFont(REGULAR, 8)
            self.drawRightString(width - MARGIN, top, small.fit(decor.header_right, half))
            self.drawString(MARGIN, bottom, small.fit(decor.footer_left, half))
            self.drawRightString(width - MARGIN, bottom, decor.page_label(number, total))
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, top - 4, width - MARGIN, top - 4)
            self.line(MARGIN, bottom + 10, width - MARGIN, bottom + 10)
            self.restoreState()

    return NumberedCanvas


class ReportDoc(BaseDocTemplate):
    """A4 portrait and landscape pages, A3 landscape for maps, and an undecorated cover."""

    def __init__(self, target: str | IO[bytes], decor: Decor, title: str, author: str,
                 progress: Progress | None = None, first: str = COVER):
        super().__init__(target, pagesize=A4_PORTRAIT, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN, bottomMargin=MARGIN, title=title, author=author,
                         creator="CX Workshop", invariant=1)
        self._decor = decor
        self._progress = progress
        self._done = 0
        self._total = 1
        templates = []
        # The first template added dresses the first page: the cover, or straight to work.
        order = [first, *(name for name in PAGE_SIZES if name != first)]
        for name in order:
            size = PAGE_SIZES[name]
            width, height = size
            inset = 0 if name == COVER else HEADER_SPACE
            frame = Frame(MARGIN, MARGIN + inset, width - 2 * MARGIN,
                          height - 2 * MARGIN - 2 * inset, leftPadding=0, rightPadding=0,
                          topPadding=0, bottomPadding=0, id=name)
            templates.append(PageTemplate(id=name, frames=[frame], pagesize=size))
        self.addPageTemplates(templates)

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 (reportlab's name)
        if self._progress is not None:
            self._done = min(self._done + 1, self._total - 1)
            self._progress(self._done, self._total)

    def render(self, story: list[Any]) -> None:
        self._total = max(len(story), 1)
        if self._progress is not None:
            self._progress(0, self._total)
        self.build(story, canvasmaker=_canvas_class(self._decor))
        if self._progress is not None:
            self._progress(self._total, self._total)
