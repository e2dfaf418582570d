"""View > Journey vs internal processes (Ctrl+Shift+B): flag what the customer meets with no
internal process behind it, and internal work that supports no touchpoint.

The rule (cxworkshop.model.process_gaps) is per stage and is the same in `check` and the PDF.
While the view is on, flagged cards get a dashed warning frame and a tooltip that says why,
and the status bar gives the counts; it follows every edit and every switch of map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from cxworkshop.board.scene import BoardScene
from cxworkshop.document import ChangeSet, WorkshopDocument
from cxworkshop.model.process_gaps import ProcessGaps, process_gaps
from cxworkshop.model.records import Card

if TYPE_CHECKING:
    from cxworkshop.ui.main_window import MainWindow


class ProcessGapsView(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.scene: BoardScene | None = None
        self.act_show = QAction(self.tr("&Journey vs internal processes"), window)
        self.act_show.setCheckable(True)
        self.act_show.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.act_show.setToolTip(self.tr("Flag touchpoints with no internal process behind them in "
                                         "their stage, and processes that support no touchpoint"))
        self.act_show.toggled.connect(lambda _on: self.refresh(announce=True))
        self._said = ""  # the counts last put in the status bar

    def attach(self, document: WorkshopDocument, scene: BoardScene) -> None:
        self.scene = scene
        document.changed.connect(self._changed)
        # Another map, other counts: say them, or the last map's stay in the status bar.
        scene.map_changed.connect(lambda _map_id: self.refresh(announce=True))
        self.refresh()

    def _live_scene(self) -> BoardScene | None:
        scene = self.scene
        return scene if scene is not None and shiboken6.isValid(scene) else None

    def _changed(self, changes: ChangeSet) -> None:
        if self.act_show.isChecked() and (changes.touches("card") or changes.touches("lane")
                                          or changes.touches("stage")):
            self.refresh()

    def gaps(self) -> ProcessGaps[Card] | None:
        """The gaps of the map on the board, or None without a board."""
        scene = self._live_scene()
        if scene is None:
            return None
        return process_gaps(scene.stages.values(), scene.lanes.values(),
                            [item.data_ for item in scene.cards.values()])

    def refresh(self, announce: bool = False) -> None:
        scene = self._live_scene()
        if scene is None:
            return
        notes: dict[int, str] = {}
        gaps = self.gaps() if self.act_show.isChecked() else None
        if gaps is not None:
            unsupported = self.tr("No internal process behind this touchpoint in its stage")
            unused = self.tr("This internal process supports no touchpoint in its stage")
            notes = {card.id: unsupported for card in gaps.unsupported}
            notes.update({card.id: unused for card in gaps.unused_processes})
        for card_id, item in scene.cards.items():
            item.set_gap_note(notes.get(card_id, ""))
        said = self.summary(gaps) if gaps is not None else ""
        # New counts are said even when they fall to zero: stale ones would mislead the room.
        if said and (announce or notes or said != self._said):
            self.window.statusBar().showMessage(said, 10000)
        self._said = said

    def summary(self, gaps: ProcessGaps[Card]) -> str:
        touchpoints = self.tr("%n touchpoint(s) with no internal process", "", len(gaps.unsupported))
        processes = self.tr("%n internal process(es) supporting no touchpoint", "",
                            len(gaps.unused_processes))
        return self.tr("Journey vs internal processes: %1; %2.").replace("%1", touchpoints).replace(
            "%2", processes)
