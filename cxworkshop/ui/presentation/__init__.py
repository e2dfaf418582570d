"""Presentation mode: slides built for the output size, not a scaled copy of the board.

content      what the slides show, read from the document (records)
frame        type sizes and margins for an output size; the slide base and its key
text_flow    whole-word wrapping with an ellipsis wherever text is shortened
cards        one card at projector size (measure and paint)
stage_slide  a stage: its non-empty lanes as bands of reflowed cards, continued if needed
overview_slide, votes_slide, plan_slide   the other slides
deck         the slides in order; where F5 resumes
footer       the footer: where we are, lock, timer, votes, keys
palette      light and dark projector palettes (text contrast at least 7:1)
render       painting a slide on screen or into an image
window       the full-screen window and its keys
"""

from cxworkshop.ui.presentation.frame import SlideFrame, SlideKey, SlideKind
from cxworkshop.ui.presentation.palette import PALETTES, ProjectorPalette, contrast_ratio
from cxworkshop.ui.presentation.window import PresentationWindow

__all__ = ["PALETTES", "PresentationWindow", "ProjectorPalette", "SlideFrame", "SlideKey",
           "SlideKind", "contrast_ratio"]
