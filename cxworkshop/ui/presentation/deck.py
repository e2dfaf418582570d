"""The deck: every slide of one journey map for one output size, in presenting order.

Overview, then each stage (a stage that does not fit continues on further slides), then, with
a current and a future map, each stage today | tomorrow, then the voting results and the
action plan. `ResumePoints` remembers the slide last shown for each
workshop map, so F5 after Esc comes back where the room was.
"""

from __future__ import annotations

from cxworkshop.ui.presentation.compare_slide import build_compare_slides
from cxworkshop.ui.presentation.content import DeckContent
from cxworkshop.ui.presentation.frame import Slide, SlideFrame, SlideKey, SlideKind
from cxworkshop.ui.presentation.overview_slide import OverviewSlide
from cxworkshop.ui.presentation.plan_slide import build_plan_slides
from cxworkshop.ui.presentation.stage_slide import build_stage_slides
from cxworkshop.ui.presentation.votes_slide import build_votes_slides


def build_deck(content: DeckContent, frame: SlideFrame) -> list[Slide]:
    slides: list[Slide] = [OverviewSlide(frame, content)]
    for stage in content.stages:
        slides.extend(build_stage_slides(frame, stage))
    if content.compare is not None:  # C in the presentation: today | tomorrow, stage by stage
        slides.extend(build_compare_slides(frame, content.compare))
    slides.extend(build_votes_slides(frame, content))
    slides.extend(build_plan_slides(frame, content))
    return slides


def find_slide(slides: list[Slide], key: SlideKey | None) -> int | None:
    """The index of `key`'s slide; else the nearest part of the same stage or kind."""
    if key is None:
        return None
    for index, slide in enumerate(slides):
        if slide.key == key:
            return index
    same = [i for i, s in enumerate(slides)
            if s.key.kind == key.kind and s.key.stage_id == key.stage_id]
    return same[-1] if same else None


def first_of(slides: list[Slide], kind: SlideKind, stage_id: int | None = None) -> int | None:
    return next((i for i, s in enumerate(slides) if s.key.kind == kind
                 and (stage_id is None or s.key.stage_id == stage_id)), None)


class ResumePoints:
    """The slide last shown, per workshop file and map, for as long as the program runs."""

    _points: dict[str, SlideKey] = {}

    @classmethod
    def get(cls, place: str) -> SlideKey | None:
        return cls._points.get(place)

    @classmethod
    def set(cls, place: str, key: SlideKey) -> None:
        cls._points[place] = key
