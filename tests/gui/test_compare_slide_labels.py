"""The side-by-side slides' lane labels stay inside their column (issue 18 review): a long lane
name ("What the customer will do") was drawn over the label of the column to its right."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF

from cxworkshop.ui.presentation.compare_slide import build_compare_slides
from cxworkshop.ui.presentation.content import (
    BandContent,
    CardContent,
    CompareContent,
    ComparePair,
    StageContent,
)
from cxworkshop.ui.presentation.frame import SlideFrame


def _stage(stage_id: int, lanes: list[str]) -> StageContent:
    bands = tuple(BandContent(i, name, "touchpoint", (CardContent(stage_id * 100 + i, "touchpoint",
                                                                   "Sito web", None),))
                  for i, name in enumerate(lanes))
    return StageContent(stage_id, 1, "Scoperta", bands, None)


def test_lane_labels_fit_their_column(qapp) -> None:
    frame = SlideFrame(1280, 720)
    long_names = ["What the customer will do, step by step", "Touchpoints and channels used today",
                  "Expected emotions", "Internal processes needed to deliver it"]
    content = CompareContent("Current state", "Future state",
                             (ComparePair(_stage(1, long_names), _stage(2, long_names)),))
    [slide] = build_compare_slides(frame, content)
    font = frame.small_font()
    metrics = QFontMetricsF(font)
    for half in slide.halves:
        lefts = sorted({card.rect.left() for card in half.cards})
        assert len(lefts) > 1  # two columns: labels side by side
        width = half.cards[0].rect.width()
        for label in half.labels:
            shown = label.shown(font)
            assert metrics.horizontalAdvance(shown) <= width + 0.5, shown
            assert shown.rstrip("…")  # elided, never emptied
            assert label.text in long_names  # the whole name for the room's phones and checks
        assert any(label.shown(font).endswith("…") for label in half.labels)
