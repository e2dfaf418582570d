"""Several journey maps in the window: a tab per map above the board, and the map commands.

The tabs show each map's name with a discreet "current" or "future" mark; the Board menu's
map commands (new, rename, move left/right, delete, duplicate as future state, next and
previous map) are typed calls on the document, one undo step each. The chosen map drives
every view that shows one map: the board, the presentation, the voting panel and the room.
It is remembered per file (QSettings), and when it disappears (an undo of "Duplicate as
future state", say) the tabs fall back to the map beside it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from cxworkshop.document import ChangeSet, EditRejected, WorkshopDocument
from cxworkshop.model import MapKind
from cxworkshop.model.limits import NAME_MAX
from cxworkshop.model.map_compare import counterpart
from cxworkshop.model.records import JourneyMap

if TYPE_CHECKING:
    from cxworkshop.board.scene import BoardScene
    from cxworkshop.board.view import BoardView
    from cxworkshop.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapTabs", text)


def kind_mark(kind: str) -> str:
    return _tr("future") if kind == MapKind.FUTURE else _tr("current")


def _settings_key(document: WorkshopDocument) -> str:
    digest = hashlib.sha1(str(document.path.resolve()).encode("utf-8", "surrogatepass"))
    return f"maps/chosen-{digest.hexdigest()[:16]}"


class NewMapDialog(QDialog):
    """File a name and a kind for a new map."""

    def __init__(self, parent: QWidget | None, name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("New journey map"))
        self.name = QLineEdit(name)
        self.name.setMaxLength(NAME_MAX)
        self.name.setAccessibleName(_tr("Name of the map"))
        self.kind = QComboBox()
        self.kind.addItem(_tr("Current state"), MapKind.CURRENT.value)
        self.kind.addItem(_tr("Future state"), MapKind.FUTURE.value)
        self.kind.setAccessibleName(_tr("Kind of map"))
        form = QFormLayout()
        form.addRow(_tr("&Name:"), self.name)
        form.addRow(_tr("&Kind:"), self.kind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class MapTabs(QTabBar):
    """One tab per journey map; the tab's data is the map's id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map-tabs")
        self.setAccessibleName(_tr("Journey maps"))
        self.setDocumentMode(True)
        self.setExpanding(False)
        self.setUsesScrollButtons(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+PgUp/PgDown switch; the board keeps the keys

    def show_maps(self, maps: list[JourneyMap], chosen: int | None) -> None:
        self.blockSignals(True)
        while self.count():
            self.removeTab(0)
        for journey in maps:
            mark = kind_mark(journey.kind)
            # The mark only where the name does not say it already ("Future state").
            same = mark.casefold() in journey.name.casefold() or (
                journey.kind == MapKind.FUTURE and _tr("Future state").casefold() in journey.name.casefold()) or (
                journey.kind == MapKind.CURRENT and _tr("Current state").casefold() in journey.name.casefold())
            index = self.addTab(journey.name if same else f"{journey.name}  ·  {mark}")
            self.setTabData(index, journey.id)
            self.setTabToolTip(index, _tr("%1 (%2): Ctrl+PgDown / Ctrl+PgUp switch maps")
                               .replace("%1", journey.name).replace("%2", kind_mark(journey.kind)))
        ids = [m.id for m in maps]
        if chosen in ids:
            self.setCurrentIndex(ids.index(chosen))
        self.blockSignals(False)

    def map_ids(self) -> list[int]:
        return [int(self.tabData(i)) for i in range(self.count())]


class MapCommands(QObject):
    """The window's map tabs and map commands; `attach` with each workshop's document and board."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document: WorkshopDocument | None = None
        self.scene: BoardScene | None = None
        self.tabs = MapTabs()
        self.tabs.currentChanged.connect(self._tab_chosen)
        self.tabs.tabBarDoubleClicked.connect(lambda _i: self.rename_map())
        self._pending_compare = False

        def a(text: str, slot: Callable[[], object], shortcut: str | None = None) -> QAction:
            action = QAction(text, window)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(text.replace("&", "").replace("…", ""))
            action.setStatusTip(action.toolTip())
            action.triggered.connect(lambda _checked=False: slot())
            return action

        self.act_new = a(_tr("Ne&w map…"), self.new_map)
        self.act_rename = a(_tr("Rena&me map…"), self.rename_map)
        self.act_left = a(_tr("Move map l&eft"), lambda: self.move_map(-1))
        self.act_right = a(_tr("Move map ri&ght"), lambda: self.move_map(+1))
        self.act_delete = a(_tr("Delete m&ap…"), self.delete_map)
        self.act_future = a(_tr("Duplicate as &future state"), self.duplicate_as_future)
        self.act_next = a(_tr("Ne&xt map"), lambda: self.step(+1), "Ctrl+PgDown")
        self.act_previous = a(_tr("Pre&vious map"), lambda: self.step(-1), "Ctrl+PgUp")
        self.act_compare = a(_tr("&Compare with the other state"), self.apply_compare)
        self.act_compare.setCheckable(True)
        self.act_compare.setToolTip(_tr("Show the other map's emotion curve (current or future "
                                        "state) dashed on this board"))
        self.edit_actions = [self.act_new, self.act_rename, self.act_left, self.act_right,
                             self.act_delete, self.act_future]
        self.actions = [*self.edit_actions, self.act_next, self.act_previous, self.act_compare]
        self.update_actions()

    # --- the page with the tabs over the board ----------------------------------------------

    def page_for(self, view: BoardView) -> QWidget:
        """The board's page in the window: the map tabs, then the board."""
        page = QWidget()
        page.setObjectName("board-page")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs)
        layout.addWidget(view, 1)
        return page

    def attach(self, document: WorkshopDocument | None, scene: BoardScene | None) -> None:
        if self.document is not None:
            try:
                self.document.changed.disconnect(self._on_changed)
            except (RuntimeError, TypeError):
                pass
        if self.tabs.parent() is not None and document is None:
            self.tabs.setParent(None)  # keep the tab bar when the page goes with its workshop
        self.document, self.scene = document, scene
        if document is None or scene is None:
            self.act_compare.setChecked(False)
            self.update_actions()
            return
        document.changed.connect(self._on_changed)
        remembered = QSettings().value(_settings_key(document))
        ids = [m.id for m in document.maps()]
        try:
            wanted = int(remembered) if remembered is not None else None
        except (TypeError, ValueError):
            wanted = None
        if wanted in ids and wanted != scene.map_id:
            scene.set_map(wanted)
        self.act_compare.setChecked(False)
        self._refresh_tabs()
        self._announce()

    # --- choosing a map -------------------------------------------------------------------

    @property
    def map_id(self) -> int | None:
        return self.scene.map_id if self.scene is not None else None

    def choose(self, map_id: int) -> None:
        """Show map `map_id` in every view of one map."""
        scene = self.scene
        if scene is None or map_id == scene.map_id:
            return
        scene.finish_editing()  # the text being typed is kept, not dropped with the board
        scene.set_map(map_id)
        self._refresh_tabs()
        self._announce()
        view = self.window.view
        if view is not None:
            view.fit()
            view.setFocus()

    def step(self, delta: int) -> None:
        ids = self.tabs.map_ids()
        if len(ids) < 2 or self.map_id not in ids:
            return
        self.choose(ids[(ids.index(self.map_id) + delta) % len(ids)])

    def _tab_chosen(self, index: int) -> None:
        if index >= 0:
            self.choose(int(self.tabs.tabData(index)))

    def _announce(self) -> None:
        """Tell the other views of one map, and remember the choice for this file."""
        document, map_id, w = self.document, self.map_id, self.window
        if document is None:
            return
        if map_id is not None:
            QSettings().setValue(_settings_key(document), map_id)
        if w.presenter is not None:
            w.presenter.set_map(map_id)
        voting = w.plan.voting
        if voting is not None:
            voting.set_map(map_id)
        if w.plan.action_plan_dock is not None:
            w.plan.action_plan_dock.set_map(map_id)
        w.room_ui.panel.set_map(map_id)
        self.apply_compare()
        self.update_actions()

    def _refresh_tabs(self) -> None:
        if self.document is not None:
            self.tabs.show_maps(self.document.maps(), self.map_id)
            self.tabs.setVisible(True)

    def _on_changed(self, changes: ChangeSet) -> None:
        if not changes.touches("journey_map") or self.document is None or self.scene is None:
            return
        maps = self.document.maps()
        ids = [m.id for m in maps]
        if self.map_id not in ids and ids:
            # The map shown is gone (deleted, or its creation undone): the one before it.
            old = self.tabs.map_ids()
            at = old.index(self.map_id) if self.map_id in old else 0
            survivors = [i for i in old[:at] if i in ids]
            self.scene.set_map(survivors[-1] if survivors else ids[0])
            self._refresh_tabs()
            self._announce()
            return
        self._refresh_tabs()
        self.apply_compare()
        self.update_actions()

    def update_actions(self) -> None:
        document = self.document
        editable = document is not None and not document.read_only and self.scene is not None
        ids = self.tabs.map_ids() if document is not None else []
        at = ids.index(self.map_id) if self.map_id in ids else -1
        for action in self.edit_actions:
            action.setEnabled(editable)
        self.act_left.setEnabled(editable and at > 0)
        self.act_right.setEnabled(editable and 0 <= at < len(ids) - 1)
        self.act_delete.setEnabled(editable and len(ids) > 1)
        for action in (self.act_next, self.act_previous):
            action.setEnabled(len(ids) > 1)
        self.act_compare.setEnabled(self.other_map() is not None)

    # --- the commands ---------------------------------------------------------------------

    def _attempt(self, edit: Callable[..., int], *args: Any) -> int | None:
        """One map edit; a refusal is shown in the status bar, never raised."""
        if self.scene is None or self.document is None:
            return None
        self.scene.finish_editing()
        try:
            return edit(*args)
        except EditRejected as exc:
            self.window.statusBar().showMessage(str(exc), 8000)
            QMessageBox.information(self.window, _tr("Journey maps"), str(exc))
            return None

    def ask_new_map(self) -> tuple[str, str] | None:
        dialog = NewMapDialog(self.window, _tr("New map"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.name.text(), str(dialog.kind.currentData())

    def ask_name(self, title: str, name: str) -> str | None:
        text, ok = QInputDialog.getText(self.window, title, _tr("Name of the map:"),
                                        QLineEdit.EchoMode.Normal, name)
        return text if ok else None

    def confirm_delete(self, journey: JourneyMap) -> bool:
        answer = QMessageBox.question(
            self.window, _tr("Delete map"),
            _tr("Delete the map “%1” with all its stages, lanes and cards? Undo brings it back.")
            .replace("%1", journey.name))
        return answer == QMessageBox.StandardButton.Yes

    def new_map(self) -> int | None:
        """Board > New map…: a map with the shown map's stages and lanes, and no cards."""
        if self.document is None:
            return None
        asked = self.ask_new_map()
        if asked is None:
            return None
        new_id = self._attempt(self.document.new_map, asked[0], asked[1], self.map_id)
        if new_id is not None:
            self.choose(new_id)
        return new_id

    def duplicate_as_future(self) -> int | None:
        """Board > Duplicate as future state: the shown map, copied, as a map of kind future."""
        from cxworkshop.editing.map_operations import future_name

        document, map_id = self.document, self.map_id
        if document is None or map_id is None:
            return None
        journey = document.row(JourneyMap, map_id)
        if journey is None:
            return None
        lang = document.workshop().language or "it"
        new_id = self._attempt(document.duplicate_map_as_future, map_id,
                               future_name(journey.name, lang, [m.name for m in document.maps()]))
        if new_id is not None:
            self.choose(new_id)
        return new_id

    def rename_map(self) -> None:
        document, map_id = self.document, self.map_id
        if document is None or map_id is None or document.read_only:
            return
        journey = document.row(JourneyMap, map_id)
        if journey is None:
            return
        name = self.ask_name(_tr("Rename map"), journey.name)
        if name is not None and name != journey.name:
            self._attempt(document.rename_map, map_id, name)

    def move_map(self, delta: int) -> None:
        ids = self.tabs.map_ids()
        if self.document is None or self.map_id not in ids:
            return
        index = ids.index(self.map_id) + delta
        if 0 <= index < len(ids):
            self._attempt(self.document.move_map, self.map_id, index)

    def delete_map(self) -> None:
        document, map_id = self.document, self.map_id
        if document is None or map_id is None:
            return
        journey = document.row(JourneyMap, map_id)
        if journey is None:
            return
        if len(document.maps()) <= 1:
            self._attempt(document.delete_map, map_id)  # refused, with the sentence why
            return
        if self.confirm_delete(journey):
            self._attempt(document.delete_map, map_id)

    # --- compare --------------------------------------------------------------------------

    def other_map(self) -> JourneyMap | None:
        if self.document is None or self.map_id is None:
            return None
        other = counterpart(self.document.maps(), self.map_id)
        return other if isinstance(other, JourneyMap) else None

    def apply_compare(self) -> None:
        """View > Compare with the other state: on, the other map's curve shows dashed."""
        if self.scene is None:
            return
        other = self.other_map() if self.act_compare.isChecked() else None
        self.scene.set_compare(other.id if other is not None else None)
