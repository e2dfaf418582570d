"""BoardScene: one journey map as a canvas, kept in step with the document.

The final class of three layers, split by role (see cxworkshop.board.mirror for the whole
picture and the window's hooks): mirror <- inline_editing <- interactions.
"""

from __future__ import annotations

from cxworkshop.board.interactions import BoardInteractions
from cxworkshop.board.mirror import CURVE_BAND

__all__ = ["CURVE_BAND", "BoardScene"]


class BoardScene(BoardInteractions):
    """The board of one journey map: mirror, in-place editing and interactions, in one scene."""
