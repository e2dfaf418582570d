"""The page machinery shared by every PDF: page templates, header and footer, "Page 3 of 12".

The total page count is only known at the end, so pages are kept until save() and then
decorated; the cover page carries no header or footer. Progress is reported per flowable.
Every page is of one paper (A4 by default, A3 or US Letter): portrait for text, landscape for
maps. The document says what it is (title, subject, author, keywords, language, the real
date) and carries an outline (pdf_outline) bound to pages as they are written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from cxworkshop.export.fonts import BOLD, REGULAR, register_fonts
from cxworkshop.export.pdf_style import (
    DEFAULT_PAPER,
    HEADER_SPACE,
    MARGIN,
    MUTED,
    RULE,
    paper_landscape,
    paper_portrait,
)
from cxworkshop.export.text import Wrapper

Progress = Callable[[int, int], None]

COVER, PORTRAIT, LANDSCAPE = "cover", "portrait", "landscape"
TEMPLATES = (COVER, PORTRAIT, LANDSCAPE)
PDF_LANGUAGES = {"it": "it-IT", "en": "en-GB"}

# reportlab's charts (graphics.Drawing) start every drawing by setting this font: ours, or
# each chart would put an unused, unembedded Helvetica in the file (pdffonts lists it).
STATE_DEFAULTS["fontName"] = REGULAR
FOOTER_LOGO_HEIGHT = 14.0


def page_size(template: str, paper: str = DEFAULT_PAPER) -> tuple[float, float]:
    """The size of a page of `template` on `paper` ("a4", "a3", "letter")."""
    return paper_landscape(paper) if template == LANDSCAPE else paper_portrait(paper)


def frame_size(template: str, paper: str = DEFAULT_PAPER) -> tuple[float, float]:
    """Width and height available to flowables on a page of `template`."""
    width, height = page_size(template, paper)
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
    logo: str | None = None  # a checked PNG/JPEG (export.options.logo_problem), drawn small


def _logo_width(logo: str | None, height: float) -> float:
    if logo is None:
        return 0.0
    width, tall = ImageReader(logo).getSize()
    return height * width / max(tall, 1)


def _canvas_class(decor: Decor) -> type[Canvas]:
    small = Wrapper(REGULAR, 8)
    bold = Wrapper(BOLD, 8)
    logo_width = min(_logo_width(decor.logo, FOOTER_LOGO_HEIGHT), 80.0)

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any):
            # The page preamble sets a font: ours, so no unused Helvetica lands in the file.
            kwargs["initialFontName"] = REGULAR
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []
            self._has_outline = False
            self._outline_level = -1

        def addOutlineEntry(self, title: str, key: str, level: int = 0,  # noqa: N802
                            closed: bool | None = None) -> None:
            # An entry may go one level deeper than the one before, never more (reportlab
            # refuses): an entry whose parent section printed nothing moves up a level.
            level = max(0, min(level, self._outline_level + 1))
            self._outline_level = level
            self._has_outline = True
            super().addOutlineEntry(title, key, level, closed)

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def bookmarkPage(self, key: str, *args: Any, **kwargs: Any) -> Any:  # noqa: N802
            # Pages reach the document only in save(), so its page counter still says page 1:
            # point the bookmark at the page being drawn (the page named "Page<n>" later).
            counter = self._doc.pageCounter
            self._doc.pageCounter = self._pageNumber
            try:
                return super().bookmarkPage(key, *args, **kwargs)
            finally:
                self._doc.pageCounter = counter

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                if not (decor.has_cover and number == 1):
                    self._decorate(number, total)
                Canvas.showPage(self)
            if self._has_outline:
                self.showOutline()  # the reader opens with the bookmarks shown
            Canvas.save(self)

        def _decorate(self, number: int, total: int) -> None:
            width, height = self._pagesize
            top = height - MARGIN - HEADER_SPACE * 0.45
            bottom = MARGIN + HEADER_SPACE * 0.25
            self.saveState()
            self.setFillColor(MUTED)
            half = (width - 2 * MARGIN) / 2 - 12
            right = small.fit(decor.header_right, half)
            # The title takes what the (short) date leaves, not a fixed half of the line.
            self.setFont(BOLD, 8)
            self.drawString(MARGIN, top, bold.fit(decor.header_left,
                                                  width - 2 * MARGIN - small.width(right) - 24))
            self.setFont(REGULAR, 8)
            self.drawRightString(width - MARGIN, top, right)
            left = MARGIN
            if decor.logo is not None and logo_width:
                self.drawImage(decor.logo, MARGIN, bottom - 4, width=logo_width,
                               height=FOOTER_LOGO_HEIGHT, preserveAspectRatio=True, mask="auto")
                left += logo_width + 6
            label = decor.page_label(number, total)
            room = width - MARGIN - left - small.width(label) - 24
            self.drawString(left, bottom, small.fit(decor.footer_left, room))
            self.drawRightString(width - MARGIN, bottom, label)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, top - 4, width - MARGIN, top - 4)
            self.line(MARGIN, bottom + 10, width - MARGIN, bottom + 10)
            self.restoreState()

    return NumberedCanvas


class ReportDoc(BaseDocTemplate):
    """Portrait and landscape pages of one paper, and an undecorated cover."""

    def __init__(self, target: str | IO[bytes], decor: Decor, title: str, author: str,
                 progress: Progress | None = None, first: str = COVER, *,
                 paper: str = DEFAULT_PAPER, subject: str = "", keywords: list[str] | None = None,
                 lang: str | None = None):
        register_fonts()  # the canvas starts each page in our font
        # No `invariant`: it stamps every file 1 January 2000; the real export time is wanted.
        super().__init__(target, pagesize=paper_portrait(paper), leftMargin=MARGIN,
                         rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN, title=title,
                         author=author, subject=subject, keywords=keywords or [],
                         creator="CX Workshop",
                         lang=PDF_LANGUAGES.get(lang, lang) if lang else None)
        self._decor = decor
        self._progress = progress
        self._done = 0
        self._total = 1
        templates = []
        # The first template added dresses the first page: the cover, or straight to work.
        order = [first, *(name for name in TEMPLATES if name != first)]
        for name in order:
            size = page_size(name, paper)
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
