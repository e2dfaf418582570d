"""BoardActions: what the menus, toolbar and keys do to the board's selection and current cell.

Each action is one document edit (one undo step): add a note, delete, cut, paste, duplicate,
move to a neighbouring cell, add or delete stages and lanes. Navigation changes only the
selection and the current cell, never the file.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication

from cxworkshop.board.card_item import new_card_fields
from cxworkshop.board.grid_items import LaneHeaderItem, StageHeaderItem
from cxworkshop.board.scene import BoardScene
from cxworkshop.model import CardKind, LaneKind

CARDS_MIME = "application/x-cxworkshop-cards"


class BoardActions:
    def __init__(self, scene: BoardScene) -> None:
        self.scene = scene

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("BoardActions", text)

    # --- moving around -----------------------------------------------------------------

    def _first_cell(self) -> tuple[int, int] | None:
        layout = self.scene.layout
        if not layout.stage_ids or not layout.lane_ids:
            return None
        return layout.stage_ids[0], layout.lane_ids[0]

    def navigate(self, dx: int, dy: int) -> None:
        """Arrows: left/right to the next stage; up/down through the cards, then the next lane."""
        scene, layout = self.scene, self.scene.layout
        cell = scene.current_cell
        if cell is None:
            cell = self._first_cell()
            if cell is not None:
                self._select_in(cell, 0)
            return
        stages, lanes = layout.stage_ids, layout.lane_ids
        si, li = stages.index(cell[0]), lanes.index(cell[1])
        if dx:
            si = max(0, min(len(stages) - 1, si + dx))
            self._select_in((stages[si], lanes[li]), 0)
            return
        stack = scene.cells.get(cell, [])
        selected = [i for i in scene.selected_cards() if i.cell == cell]
        at = stack.index(selected[0 if dy < 0 else -1]) if selected else None
        if at is not None and 0 <= at + dy < len(stack):
            self._select_in(cell, at + dy)
        elif at is None and dy > 0 and stack:
            self._select_in(cell, 0)
        else:
            li = max(0, min(len(lanes) - 1, li + dy))
            if lanes[li] != cell[1]:
                target = (stages[si], lanes[li])
                self._select_in(target, 0 if dy > 0 else len(scene.cells.get(target, [])) - 1)

    def _select_in(self, cell: tuple[int, int], index: int) -> None:
        stack = self.scene.cells.get(cell, [])
        self.scene.clearSelection()
        if stack:
            stack[max(0, min(index, len(stack) - 1))].setSelected(True)
        self.scene.set_current_cell(cell)

    def move_selection(self, dx: int, dy: int) -> None:
        """Alt+arrows: move the selected cards to the neighbouring cell (one undo step)."""
        items = self.scene.selected_cards()
        if not items:
            return
        layout = self.scene.layout
        stage, lane = items[0].cell
        si = layout.stage_ids.index(stage) + dx
        li = layout.lane_ids.index(lane) + dy
        if 0 <= si < len(layout.stage_ids) and 0 <= li < len(layout.lane_ids):
            target = (layout.stage_ids[si], layout.lane_ids[li])
            ids = [i.card_id for i in items]
            if self.scene.attempt(self.scene.document.move_cards, ids, target[0], target[1]) is not None:
                self.scene.select_cards(ids)

    # --- cards ------------------------------------------------------------------------

    def edit_selected(self) -> None:
        items = self.scene.selected_cards()
        if items:
            self.scene.start_edit_card(items[0])
            return
        header = self.scene.selected_header()
        if header is not None:
            self.scene.start_rename(header)

    def add_note(self, kind: str = CardKind.NOTE.value) -> int | None:
        cell = self.scene.current_cell or self._first_cell()
        if cell is None:
            return None
        return self.scene.add_card_at(cell, {"kind": kind})

    def add_entry(self, entry: dict) -> int | None:
        """A palette entry activated from the keyboard: into the current cell, or a new stage."""
        if entry.get("kind") == "stage":
            return self.add_stage()
        cell = self.scene.current_cell or self._first_cell()
        return None if cell is None else self.scene.add_card_at(cell, entry)

    def delete_selection(self) -> None:
        items = self.scene.selected_cards()
        scene = self.scene
        if items:
            scene.attempt(scene.document.delete_cards, [i.card_id for i in items])
            return
        header = scene.selected_header()
        if isinstance(header, StageHeaderItem):
            scene.change_structure(scene.document.delete_stage, header.row_id)
        elif isinstance(header, LaneHeaderItem):
            scene.change_structure(scene.document.delete_lane, header.row_id)

    def select_all(self) -> None:
        for item in self.scene.cards.values():
            item.setSelected(True)

    def copy(self) -> bool:
        items = self.scene.selected_cards()
        if not items:
            return False
        mime = QMimeData()
        mime.setData(CARDS_MIME, json.dumps([new_card_fields(i.data_) for i in items]).encode())
        mime.setText("\n".join(i.data_.text for i in items))
        QGuiApplication.clipboard().setMimeData(mime)
        return True

    def cut(self) -> None:
        if self.copy():
            self.delete_selection()

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        cell = self.scene.current_cell or self._first_cell()
        if mime is None or cell is None:
            return
        if mime.hasFormat(CARDS_MIME):
            cards = json.loads(bytes(mime.data(CARDS_MIME).data()).decode())
        elif mime.hasText() and mime.text().strip():
            cards = [{"kind": CardKind.NOTE.value, "text": mime.text().strip()}]
        else:
            return
        new = [{**card, "stage_id": cell[0], "lane_id": cell[1]} for card in cards]
        ids = self.scene.attempt(self.scene.document.add_cards, new)
        if ids:
            self.scene.select_cards(ids)

    def duplicate(self) -> None:
        items = self.scene.selected_cards()
        if not items:
            return
        new = []
        for item in items:
            data = item.data_
            new.append({**new_card_fields(data), "stage_id": data.stage_id, "lane_id": data.lane_id,
                        "index": self.scene.cells[item.cell].index(item) + 1})
        ids = self.scene.attempt(self.scene.document.add_cards, new)
        if ids:
            self.scene.select_cards(ids)

    # --- stages and lanes --------------------------------------------------------------

    def _current_index(self, axis: int) -> int | None:
        cell = self.scene.current_cell
        header = self.scene.selected_header()
        layout = self.scene.layout
        if axis == 0:
            if isinstance(header, StageHeaderItem):
                return layout.stage_ids.index(header.row_id)
            return layout.stage_ids.index(cell[0]) if cell else None
        if isinstance(header, LaneHeaderItem):
            return layout.lane_ids.index(header.row_id)
        return layout.lane_ids.index(cell[1]) if cell else None

    def add_stage(self) -> int | None:
        scene = self.scene
        if scene.map_id is None:
            return None
        index = self._current_index(0)
        stage_id = scene.change_structure(scene.document.add_stage, scene.map_id, self.tr("New stage"),
                                          None if index is None else index + 1)
        if stage_id is not None:
            scene.clearSelection()
            scene.start_rename(scene.stage_items[stage_id])
        return stage_id

    def add_lane(self, kind: str = LaneKind.CUSTOM.value, name: str | None = None) -> int | None:
        scene = self.scene
        if scene.map_id is None:
            return None
        from cxworkshop.board import labels

        index = self._current_index(1)
        lane_id = scene.change_structure(scene.document.add_lane, scene.map_id,
                                         name or labels.lane_kind(kind), kind,
                                         None if index is None else index + 1)
        if lane_id is not None:
            scene.clearSelection()
            scene.start_rename(scene.lane_items[lane_id])
        return lane_id

    def delete_stage(self) -> None:
        index = self._current_index(0)
        if index is not None:
            self.scene.change_structure(self.scene.document.delete_stage, self.scene.layout.stage_ids[index])

    def delete_lane(self) -> None:
        index = self._current_index(1)
        if index is not None:
            self.scene.change_structure(self.scene.document.delete_lane, self.scene.layout.lane_ids[index])

    def rename(self) -> None:
        header = self.scene.selected_header()
        if header is None and self.scene.current_cell is not None:
            header = self.scene.stage_items.get(self.scene.current_cell[0])
        if header is not None:
            self.scene.start_rename(header)
