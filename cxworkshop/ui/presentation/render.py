"""Painting a slide with its footer, on screen or into an image (screenshots, the OCR test)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter

from cxworkshop.ui.presentation.content import DeckContent
from cxworkshop.ui.presentation.deck import build_deck
from cxworkshop.ui.presentation.footer import FooterState, draw_footer
from cxworkshop.ui.presentation.frame import Slide, SlideFrame
from cxworkshop.ui.presentation.palette import ProjectorPalette


def paint_slide(painter: QPainter, slide: Slide, palette: ProjectorPalette,
                footer: FooterState) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    slide.draw(painter, palette)
    draw_footer(painter, slide.frame, palette, footer)
    painter.restore()


def slide_image(slide: Slide, palette: ProjectorPalette, footer: FooterState) -> QImage:
    frame = slide.frame
    image = QImage(round(frame.width), round(frame.height), QImage.Format.Format_RGB32)
    image.fill(QColor(palette.background))
    painter = QPainter(image)
    paint_slide(painter, slide, palette, footer)
    painter.end()
    return image


def deck_images(content: DeckContent, width: int, height: int,
                palette: ProjectorPalette) -> list[tuple[Slide, QImage]]:
    """Every slide of `content` at `width`x`height`, with a plain footer."""
    slides = build_deck(content, SlideFrame(width, height))
    return [(slide, slide_image(slide, palette, FooterState(slide.title, f"{i + 1}/{len(slides)}")))
            for i, slide in enumerate(slides)]
