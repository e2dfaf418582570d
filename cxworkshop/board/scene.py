"""BoardScene: one journey map as a canvas, kept in step with the document.

Split by role, in three layers: cxworkshop.board.mirror mirrors the document (built in one
batch, then refreshed from each `changed` ChangeSet: only the cards it names are re-read, and
only their cells re-stacked); cxworkshop.board.inline_editing edits text in place; and
cxworkshop.board.interactions turns the mouse into edits (drags, drops, headers, voting,
menus). Every edit is a typed call on
the document through `attempt` (or `change_structure` for stages and lanes), made on this
board's behalf: its change notification names the board as initiator, and is the one layout
the edit causes.

Hooks for the window (none of them reads the file): set_badges / set_vote_tally put action
badges and vote dots on cards (only the changed cards repaint); set_voting_mode turns clicks
into card_vote_requested / card_unvote_requested; a right-click outside voting asks for a
menu with card_menu_requested; set_palette restyles every item; set_structure_locked stops
any change to stages and lanes (cards still move). Dragging cards out of the view hands them
to other widgets as CARD_IDS_MIME (see board.card_drag and BoardView).
"""

from __future__ import annotations

from cxworkshop.board.interactions import BoardInteractions
from cxworkshop.board.mirror import CURVE_BAND

__all__ = ["CURVE_BAND", "BoardScene"]


class BoardScene(BoardInteractions):
    """The board of one journey map: mirror, in-place editing and interactions, in one scene."""
