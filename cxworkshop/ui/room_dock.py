"""Plan > Room: the facilitator's side of room mode (issue 19), as a dock.

Before the room opens: the network interface to serve on (loopback by default) and whether
anonymous participants may join. While it is open: the join URL and its QR code, the activity
(silent writing in a chosen or free cell, dot voting in the laptop's open round, emotion per
stage), the ready-check, the devices (remove one), the inbox (reveal all or the selected ones,
discard), the emotion distribution per stage (set the stage's emotion from it), and End room.
The server stops when the room ends, the workshop closes or the application quits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cxworkshop.document import EditRejected, WorkshopDocument
from cxworkshop.model.records import Stage
from cxworkshop.room.interfaces import LOOPBACK, addresses
from cxworkshop.room.protocol import EMOTIONS, Activity, Kind
from cxworkshop.ui.preferences import Settings

if TYPE_CHECKING:  # the server (aiohttp) and the QR code load when a room opens, not at start-up
    from cxworkshop.room.bridge import RoomBridge
    from cxworkshop.ui.room_projector import JoinCodeWindow

REFRESH_MS = 150  # the dock's lists follow the room at most this often


def interfaces() -> list[tuple[str, str]]:
    """(interface name, address) the laptop can serve on: loopback (no name) first."""
    return [("", LOOPBACK), *addresses()]


def _narrow(combo: QComboBox) -> QComboBox:
    """A combo box that does not widen the dock to its longest stage or lane name."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


class RoomPanel(QWidget):
    """The dock's contents; `bridge` is None while no room is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: WorkshopDocument | None = None
        self.bridge: RoomBridge | None = None
        self.map_id: int | None = None  # the map the window shows: the phones see it too
        self.pages = QStackedWidget()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        # --- before the room opens
        closed = QWidget()
        self.interface = _narrow(QComboBox())
        self.interface.setAccessibleName(self.tr("Network interface"))
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("any free port"))
        self.port.setAccessibleName(self.tr("Port"))
        self.anonymous = QCheckBox(self.tr("Allow anonymous participants"))
        self.anonymous.setChecked(True)
        self.open_button = QPushButton(self.tr("Open the room"))
        self.open_button.clicked.connect(self.open_room)
        intro = QLabel(self.tr("Participants join from their phones on this network: nothing leaves "
                               "the room. Loopback is reachable from this laptop only."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Serve on"), self.interface)
        form.addRow(self.tr("Port"), self.port)
        closed_layout = QVBoxLayout(closed)
        closed_layout.addWidget(intro)
        closed_layout.addLayout(form)
        closed_layout.addWidget(self.anonymous)
        closed_layout.addWidget(self.open_button)
        closed_layout.addStretch(1)
        # --- while it is open
        opened = QWidget()
        # A read-only line, not a label: the token has no place to wrap, and it can be copied.
        self.url_label = QLineEdit()
        self.url_label.setReadOnly(True)
        self.url_label.setAccessibleName(self.tr("Join link"))
        self.qr_label = QLabel()
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setAccessibleName(self.tr("QR code of the join link"))
        self.project_button = QPushButton(self.tr("Show the code on the projector"))
        self.project_button.clicked.connect(self.show_on_projector)
        self.projector: JoinCodeWindow | None = None
        self.activity_label = QLabel()
        self.ready_label = QLabel()
        bold = self.ready_label.font()
        bold.setBold(True)
        self.ready_label.setFont(bold)
        self.stage_choice = _narrow(QComboBox())
        self.stage_choice.setAccessibleName(self.tr("Stage for silent writing"))
        self.lane_choice = _narrow(QComboBox())
        self.lane_choice.setAccessibleName(self.tr("Lane for silent writing"))
        self.writing_button = QPushButton(self.tr("Silent writing"))
        self.writing_button.clicked.connect(self.open_writing)
        self.voting_button = QPushButton(self.tr("Dot voting"))
        self.voting_button.clicked.connect(self.open_voting)
        self.emotion_button = QPushButton(self.tr("Emotion per stage"))
        self.emotion_button.clicked.connect(lambda: self.open_activity(Activity.EMOTION))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.clicked.connect(lambda: self.open_activity(Activity.IDLE))
        activities = QGroupBox(self.tr("Activity"))
        grid = QFormLayout(activities)
        grid.addRow(self.activity_label)
        grid.addRow(self.tr("Stage"), self.stage_choice)
        grid.addRow(self.tr("Lane"), self.lane_choice)
        row = QHBoxLayout()
        row.addWidget(self.writing_button)
        row.addWidget(self.voting_button)
        grid.addRow(row)
        row2 = QHBoxLayout()
        row2.addWidget(self.emotion_button)
        row2.addWidget(self.pause_button)
        grid.addRow(row2)
        grid.addRow(self.ready_label)
        self.inbox = QListWidget()
        self.inbox.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.inbox.setAccessibleName(self.tr("Inbox"))
        self.reveal_all_button = QPushButton(self.tr("Reveal all"))
        self.reveal_all_button.clicked.connect(lambda: self.reveal(None))
        self.reveal_button = QPushButton(self.tr("Reveal selected"))
        self.reveal_button.clicked.connect(lambda: self.reveal(self._selected(self.inbox)))
        self.discard_button = QPushButton(self.tr("Discard selected"))
        self.discard_button.clicked.connect(self.discard)
        inbox_box = QGroupBox(self.tr("Inbox"))
        inbox_layout = QVBoxLayout(inbox_box)
        hidden = QLabel(self.tr("Hidden from the projector and the file until you reveal it."))
        hidden.setWordWrap(True)
        inbox_layout.addWidget(hidden)
        inbox_layout.addWidget(self.inbox)
        for button in (self.reveal_all_button, self.reveal_button, self.discard_button):
            inbox_layout.addWidget(button)
        self.ratings = QListWidget()
        self.ratings.setAccessibleName(self.tr("Emotion per stage"))
        self.set_emotion_button = QPushButton(self.tr("Set the stage's emotion"))
        self.set_emotion_button.setToolTip(self.tr("An emotion card in the selected stage with the ratings' average"))
        self.set_emotion_button.clicked.connect(self.set_stage_emotion)
        ratings_box = QGroupBox(self.tr("Emotion per stage (-2 … +2)"))
        ratings_layout = QVBoxLayout(ratings_box)
        ratings_layout.addWidget(self.ratings)
        ratings_layout.addWidget(self.set_emotion_button)
        self.devices = QListWidget()
        self.devices.setAccessibleName(self.tr("Devices"))
        self.remove_button = QPushButton(self.tr("Remove device"))
        self.remove_button.clicked.connect(self.remove_device)
        devices_box = QGroupBox(self.tr("Devices"))
        devices_layout = QVBoxLayout(devices_box)
        devices_layout.addWidget(self.devices)
        devices_layout.addWidget(self.remove_button)
        self.end_button = QPushButton(self.tr("End the room"))
        self.end_button.clicked.connect(self.end_room)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        opened_layout = QVBoxLayout(opened)
        for widget in (self.url_label, self.qr_label, self.project_button, activities, inbox_box, ratings_box, devices_box,
                       self.message, self.end_button):
            opened_layout.addWidget(widget)
        self.pages.addWidget(closed)
        self.pages.addWidget(opened)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.fill_interfaces()

    # --- opening and closing ----------------------------------------------------------------

    def fill_interfaces(self) -> None:
        self.interface.clear()
        for name, address in interfaces():
            if address == LOOPBACK:
                label = self.tr("This laptop only (%1)").replace("%1", address)
            elif name:
                label = self.tr("%1 (network %2)").replace("%1", address).replace("%2", name)
            else:
                label = address
            self.interface.addItem(label, address)

    def set_map(self, map_id: int | None) -> None:
        self.map_id = map_id
        if self.bridge is not None:
            self.bridge.set_map(map_id)

    def set_document(self, document: WorkshopDocument | None) -> None:
        self.map_id = None
        self.end_room()
        self.document = document
        self.open_button.setEnabled(document is not None and not document.read_only)

    def open_room(self) -> str | None:
        """Start serving on the chosen interface; the join URL, or None with the reason shown."""
        if self.document is None or self.bridge is not None:
            return None
        from cxworkshop.room.bridge import RoomBridge
        from cxworkshop.room.qr import qr_png
        from cxworkshop.room.server import RoomServerError

        host = self.interface.currentData() or LOOPBACK
        bridge = RoomBridge(self.document, host, self.port.value(), self.anonymous.isChecked(),
                            map_id=self.map_id, parent=self)
        try:
            url = bridge.open()
        except RoomServerError as exc:
            bridge.deleteLater()
            QMessageBox.warning(self, self.tr("Room"),
                                self.tr("The room could not start on %1: %2").replace("%1", host)
                                .replace("%2", str(exc)))
            return None
        self.bridge = bridge
        # Forty phones writing at once must not redraw the lists forty times a second each.
        bridge.room_changed.connect(self._refresh_soon)
        self.url_label.setText(url)
        self.url_label.setCursorPosition(0)
        pixmap = QPixmap()
        pixmap.loadFromData(qr_png(url, scale=4), "PNG")
        self.qr_label.setPixmap(pixmap)
        self._fill_cells()
        self.pages.setCurrentIndex(1)
        self.message.clear()
        self.refresh()
        return url

    def show_on_projector(self) -> JoinCodeWindow | None:
        """The join code full screen on the presentation screen (Preferences), Esc to go back."""
        if self.bridge is None:
            return None
        if self.projector is None:
            from cxworkshop.ui.room_projector import JoinCodeWindow

            board = self.bridge.room.board
            self.projector = JoinCodeWindow(self.bridge.url, board.title, self.window())
            self.projector.closed.connect(self._projector_closed)
        self.projector.present(Settings().presentation_screen())
        return self.projector

    def _projector_closed(self) -> None:
        self.projector = None

    def end_room(self) -> None:
        """Stop the server: every phone is told the room is closed; the inbox is dropped."""
        if self.projector is not None:
            self.projector.close()
        bridge, self.bridge = self.bridge, None
        if bridge is not None:
            bridge.close()
            bridge.deleteLater()
        self.pages.setCurrentIndex(0)
        self.qr_label.clear()
        self.url_label.clear()

    # --- activities ------------------------------------------------------------------------

    def _fill_cells(self) -> None:
        if self.bridge is None:
            return
        board = self.bridge.room.board
        for combo, items in ((self.stage_choice, board.stages), (self.lane_choice, board.lanes)):
            combo.clear()
            combo.addItem(self.tr("Participants choose"), None)
            for item in items:
                combo.addItem(item.name, item.id)

    def open_writing(self) -> None:
        self.open_activity(Activity.WRITING, self.stage_choice.currentData(), self.lane_choice.currentData())

    def open_voting(self) -> None:
        if self.bridge is None:
            return
        self.bridge.room.set_board(self.bridge.room.board)
        if self.bridge.room.board.round_id is None:
            self.message.setText(self.tr("Start a voting round first (Plan > Start voting round…): the phones "
                                         "vote in the laptop's open round, with its dots and kinds of card."))
            return
        self.open_activity(Activity.VOTING)

    def open_activity(self, activity: Activity, stage_id: int | None = None, lane_id: int | None = None) -> None:
        if self.bridge is not None:
            self.message.clear()
            self.bridge.open_activity(activity, stage_id, lane_id)
            self.refresh()

    # --- what the room sent --------------------------------------------------------------

    def _refresh_soon(self) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh(self) -> None:
        bridge = self.bridge
        if bridge is None:
            return
        room = bridge.room
        names = {
            Activity.IDLE: self.tr("No activity: the phones wait."),
            Activity.WRITING: self.tr("Open: silent writing"),
            Activity.VOTING: self.tr("Open: dot voting"),
            Activity.EMOTION: self.tr("Open: emotion per stage"),
        }
        self.activity_label.setText(names[room.activity])
        ready, total = room.ready_count()
        self.ready_label.setText(self.tr("Done: %1 of %2").replace("%1", str(ready)).replace("%2", str(total)))
        board = room.board
        stages = {s.id: s.name for s in board.stages}
        lanes = {lane.id: lane.name for lane in board.lanes}
        cards = {c.id: c.text for c in board.votable}
        anonymous = self.tr("anonymous")
        self.inbox.clear()
        for item in room.pending():
            author = item.author or anonymous
            if item.kind == Kind.CARD:
                where = f"{stages.get(item.stage_id or 0, '?')} / {lanes.get(item.lane_id or 0, '?')}"
                text = f"{item.text}\n— {author} · {where}"
            else:
                # Votes stay anonymous until they are revealed.
                text = self.tr("Dot on: %1").replace("%1", cards.get(item.card_id or 0, "?"))
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.inbox.addItem(entry)
        self.ratings.clear()
        counts = room.ratings()
        for stage in board.stages:
            per = counts.get(stage.id, {})
            spread = "  ".join(f"{score:+d}: {per.get(score, 0)}" for score in EMOTIONS)
            entry = QListWidgetItem(f"{stage.name} — {spread}")
            entry.setData(Qt.ItemDataRole.UserRole, stage.id)
            self.ratings.addItem(entry)
        self.devices.clear()
        for device in room.devices():
            entry = QListWidgetItem(device.name or anonymous)
            entry.setData(Qt.ItemDataRole.UserRole, device.session)
            self.devices.addItem(entry)
        self.reveal_all_button.setEnabled(self.inbox.count() > 0)

    @staticmethod
    def _selected(widget: QListWidget) -> list:
        return [item.data(Qt.ItemDataRole.UserRole) for item in widget.selectedItems()]

    def reveal(self, ids: list[int] | None) -> None:
        if self.bridge is None or (ids is not None and not ids):
            return
        outcome = self.bridge.reveal(ids)
        text = self.tr("Revealed: %1, %2.").replace("%1", self.tr("%n cards", "", len(outcome.cards))) \
            .replace("%2", self.tr("%n dots", "", outcome.dots))
        if outcome.refused:
            text += " " + self.tr("Not written: %1").replace("%1", "; ".join(outcome.refused))
        self.message.setText(text)
        self.refresh()

    def discard(self) -> None:
        if self.bridge is not None:
            self.bridge.room.discard(self._selected(self.inbox))
            self.refresh()

    def remove_device(self) -> None:
        if self.bridge is not None:
            for session in self._selected(self.devices):
                self.bridge.room.remove_device(session)
            self.refresh()

    def set_stage_emotion(self) -> None:
        if self.bridge is None or self.document is None:
            return
        for stage_id in self._selected(self.ratings):
            try:
                card = self.bridge.set_stage_emotion(stage_id)
            except EditRejected as exc:
                self.message.setText(str(exc))
                return
            if card is None:
                stage = self.document.row(Stage, stage_id)
                self.message.setText(self.tr("No ratings yet for %1.").replace("%1", stage.name if stage else ""))


class RoomUi(QObject):
    """The dock and Plan > Room, added to the main window once; follows its document."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.panel = RoomPanel()
        self.dock = QDockWidget(self.tr("Room"), window)
        self.dock.setObjectName("room")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.action = QAction(self.tr("&Room (phones)…"), window)
        self.action.setToolTip(self.tr("Let participants write, vote and rate from their phones"))
        self.action.triggered.connect(lambda _checked=False: self.show())
        self.action.setEnabled(False)
        menu = window.findChild(QMenu, "plan-menu")
        if menu is not None:
            menu.addSeparator()
            menu.addAction(self.action)
        window.addAction(self.action)

    def show(self) -> None:
        # In the inspector's place, with the full height: the inbox needs room.
        window = self.dock.parentWidget()
        inspector = window.findChild(QDockWidget, "inspector") if window is not None else None
        if isinstance(window, QMainWindow) and inspector is not None and inspector.isVisible() \
                and not window.tabifiedDockWidgets(inspector).count(self.dock):
            window.tabifyDockWidget(inspector, self.dock)
        self.dock.show()
        self.dock.raise_()
        self.panel.fill_interfaces()

    def set_document(self, document: WorkshopDocument | None) -> None:
        self.panel.set_document(document)
        self.action.setEnabled(document is not None)
        if document is None:
            self.dock.hide()

    def close_room(self) -> None:
        self.panel.end_room()


def install_room_ui(window: QMainWindow) -> RoomUi:
    return RoomUi(window)
