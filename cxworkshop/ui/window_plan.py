"""The wires between the action plan (PlanUi) and the board scene of the open workshop.

Plan → board: action badges on cards, the voting tally, and whether a voting round is taking
clicks. Board → plan: a click on a card while voting places or takes back a dot, and a card's
context menu offers "Create an action from this card" next to the window's card actions.
The scene and the voting panel are rebuilt with each workshop, so `attach(scene)` is called
after PlanUi.set_document(document), and `detach()` before the scene goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QMenu

from cxworkshop.board.scene import BoardScene
from cxworkshop.ui.plan import PlanUi

if TYPE_CHECKING:
    from cxworkshop.ui.main_window import MainWindow


class CardMenu(QMenu):
    """The context menu of the selected cards on the board."""


class PlanWiring(QObject):
    def __init__(self, window: MainWindow, plan: PlanUi) -> None:
        super().__init__(window)
        self.window = window
        self.plan = plan
        self.scene: BoardScene | None = None
        plan.badges_changed.connect(self.show_badges)

    def attach(self, scene: BoardScene) -> None:
        self.scene = scene
        scene.card_vote_requested.connect(self.vote)
        scene.card_unvote_requested.connect(self.unvote)
        scene.card_menu_requested.connect(self.show_card_menu)
        # The board's lock stops moves on the value/effort matrix too.
        scene.structure_lock_changed.connect(self.plan.set_board_locked)
        self.plan.set_board_locked(scene.structure_locked)
        # The action table takes its own Delete and F2 (ActionPlanView.event), so they never
        # compete with the board's Edit > Delete and Edit text.
        voting = self.plan.voting
        if voting is not None:
            voting.tally_changed.connect(self.show_tally)
            voting.voting_active_changed.connect(self.set_voting_mode)
            self.show_tally(voting.tally())
            self.set_voting_mode(voting.voting_active)
        self.show_badges(self.plan.badges())

    def detach(self) -> None:
        self.scene = None

    def _live_scene(self) -> BoardScene | None:
        """The attached scene, unless Qt already deleted it (at exit, say)."""
        scene = self.scene
        return scene if scene is not None and shiboken6.isValid(scene) else None

    # --- plan → board ------------------------------------------------------------------

    def show_badges(self, badges: dict[int, tuple[str, int]]) -> None:
        if (scene := self._live_scene()) is not None:
            scene.set_badges(badges)

    def show_tally(self, tally: dict[int, int]) -> None:
        if (scene := self._live_scene()) is not None:
            scene.set_vote_tally(dict(tally))

    def set_voting_mode(self, active: bool) -> None:
        if (scene := self._live_scene()) is not None:
            scene.set_voting_mode(bool(active))

    # --- board → plan ------------------------------------------------------------------

    def vote(self, card_id: int) -> bool:
        voting = self.plan.voting
        return voting.vote_on_card(card_id) if voting is not None else False

    def unvote(self, card_id: int) -> bool:
        voting = self.plan.voting
        return voting.unvote_card(card_id) if voting is not None else False

    def card_menu(self, card_ids: list[int]) -> QMenu:
        """The context menu of the selected cards (the caller shows and deletes it)."""
        w = self.window
        menu = CardMenu(w)
        menu.setObjectName("card-menu")
        if len(card_ids) == 1:
            menu.addAction(self.plan.card_menu_action(card_ids[0], menu))
            menu.addSeparator()
        menu.addActions([w.act_edit_text, w.act_duplicate, w.act_delete])
        return menu

    def show_card_menu(self, card_ids: list[int], position: QPoint) -> None:
        menu = self.card_menu(list(card_ids))
        menu.exec(position)
        menu.deleteLater()
