"""The inspector dock: kind, channel, emotion, colour and text of the selected cards, or the
name, kind and size of the selected stage or lane. Each change is one document edit; a
change to several cards at once is one undo step (a macro on the document's stack).
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cxworkshop.board import evidence_mark, icons, labels
from cxworkshop.board.card_item import CardItem
from cxworkshop.board.grid_items import LaneHeaderItem, StageHeaderItem
from cxworkshop.board.palette import face_icon
from cxworkshop.board.scene import BoardScene
from cxworkshop.document import ChangeSet
from cxworkshop.model import (
    EMOTION_MAX,
    EMOTION_MIN,
    CardKind,
    Channel,
    Evidence,
    EvidenceSource,
    LaneKind,
)


class InspectorWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene: BoardScene | None = None
        self._text_card: int | None = None
        self._header: StageHeaderItem | LaneHeaderItem | None = None
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(400)
        self._text_timer.timeout.connect(self._commit_text)
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.pages = QStackedWidget()
        self.empty = QLabel(self.tr("Select a card, a stage or a lane to see its details here."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self._card_page())
        self.pages.addWidget(self._axis_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.pages)
        layout.addStretch(1)

    # --- pages -------------------------------------------------------------------------

    def _card_page(self) -> QWidget:
        page = QWidget()
        self.kind = QComboBox()
        for kind in CardKind:
            self.kind.addItem(icons.card_icon(kind), labels.card_kind(kind), kind.value)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("(none)"), None)
        for value in Channel:
            self.channel.addItem(labels.channel(value), value.value)
        self.emotion = QComboBox()
        self.emotion.addItem(self.tr("(none)"), None)
        for score in range(EMOTION_MAX, EMOTION_MIN - 1, -1):
            self.emotion.addItem(face_icon(score), f"{score:+d}  {labels.emotion(score)}", score)
        self.evidence = QComboBox()
        self.evidence.addItem(self.tr("(not marked)"), None)
        for evidence in Evidence:
            self.evidence.addItem(evidence_mark.evidence_label(evidence), evidence.value)
        self.evidence_source = QComboBox()
        self.evidence_source.addItem(self.tr("(source not given)"), None)
        for source in EvidenceSource:
            self.evidence_source.addItem(evidence_mark.source_label(source), source.value)
        self.colour = QPushButton(self.tr("Choose…"))
        self.default_colour = QPushButton(self.tr("Default"))
        colours = QHBoxLayout()
        colours.addWidget(self.colour)
        colours.addWidget(self.default_colour)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(120)
        for widget, name in ((self.kind, self.tr("Kind")), (self.channel, self.tr("Channel")),
                             (self.emotion, self.tr("Emotion")), (self.evidence, self.tr("Evidence")),
                             (self.evidence_source, self.tr("Source")), (self.colour, self.tr("Colour")),
                             (self.text, self.tr("Text"))):
            widget.setAccessibleName(name)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Emotion"), self.emotion)
        form.addRow(self.tr("Evidence"), self.evidence)
        form.addRow(self.tr("Source"), self.evidence_source)
        form.addRow(self.tr("Colour"), colours)
        form.addRow(self.tr("Text"), self.text)
        self.kind.activated.connect(lambda: self._set_cards(kind=self.kind.currentData()))
        self.channel.activated.connect(lambda: self._set_cards(channel=self.channel.currentData()))
        self.emotion.activated.connect(lambda: self._set_cards(emotion=self.emotion.currentData()))
        self.evidence.activated.connect(self._set_evidence)
        self.evidence_source.activated.connect(self._set_evidence)
        self.colour.clicked.connect(self._choose_colour)
        self.default_colour.clicked.connect(lambda: self._set_cards(colour=None))
        self.text.textChanged.connect(self._text_timer.start)
        return page

    def _axis_page(self) -> QWidget:
        page = QWidget()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.lane_kind = QComboBox()
        self.lane_kind.setAccessibleName(self.tr("Lane kind"))
        for kind in LaneKind:
            self.lane_kind.addItem(icons.lane_icon(kind), labels.lane_kind(kind), kind.value)
        self.extent = QSpinBox()
        self.extent.setRange(90, 2000)
        self.extent.setSingleStep(20)
        self.extent.setSuffix(" px")
        self.extent.setAccessibleName(self.tr("Size"))
        self.extent.setKeyboardTracking(False)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Name"), self.name)
        self.lane_kind_label = QLabel(self.tr("Lane kind"))
        form.addRow(self.lane_kind_label, self.lane_kind)
        self.extent_label = QLabel(self.tr("Width"))
        form.addRow(self.extent_label, self.extent)
        self.name.editingFinished.connect(self._rename)
        self.lane_kind.activated.connect(self._set_lane_kind)
        self.extent.valueChanged.connect(self._resize)
        return page

    # --- following the board -----------------------------------------------------------

    def set_scene(self, scene: BoardScene | None) -> None:
        if self.scene is not None:
            self.scene.selectionChanged.disconnect(self.refresh)
            self.scene.document.changed.disconnect(self._on_changed)
        self.scene = scene
        if scene is not None:
            scene.selectionChanged.connect(self.refresh)
            scene.document.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("card") or changes.touches("stage") or changes.touches("lane"):
            self.refresh()

    def refresh(self) -> None:
        if self._text_timer.isActive():
            self._text_timer.stop()
            self._commit_text()
        scene = self.scene
        if scene is not None and not shiboken6.isValid(scene):  # torn down at exit
            self.scene = scene = None
        cards = scene.selected_cards() if scene else []
        header = scene.selected_header() if scene else None
        if cards:
            self._show_cards(cards)
        elif scene is not None and isinstance(header, StageHeaderItem | LaneHeaderItem):
            self._show_header(scene, header)
        else:
            self.title.setText(self.tr("Inspector"))
            self.pages.setCurrentIndex(0)

    def _show_cards(self, cards: list[CardItem]) -> None:
        first = cards[0].data_
        self.title.setText(labels.card_kind(first.kind) if len(cards) == 1
                           else self.tr("%n cards", "", len(cards)))
        blockers = [QSignalBlocker(w) for w in (self.kind, self.channel, self.emotion, self.evidence,
                                                self.evidence_source, self.text)]
        self.kind.setCurrentIndex(self.kind.findData(first.kind))
        self.channel.setCurrentIndex(max(0, self.channel.findData(first.channel)))
        self.emotion.setCurrentIndex(max(0, self.emotion.findData(first.emotion)))
        self.evidence.setCurrentIndex(max(0, self.evidence.findData(first.evidence)))
        self.evidence_source.setCurrentIndex(max(0, self.evidence_source.findData(first.evidence_source)))
        self.evidence_source.setEnabled(first.evidence == Evidence.OBSERVED)
        self.colour.setStyleSheet(f"background: {first.colour};" if first.colour else "")
        self.text.setEnabled(len(cards) == 1)
        if len(cards) == 1 and self.text.toPlainText() != first.text and not self.text.hasFocus():
            self.text.setPlainText(first.text)
        elif len(cards) > 1:
            self.text.setPlainText("")
        del blockers
        self._text_card = first.id if len(cards) == 1 else None
        self.pages.setCurrentIndex(1)

    def _show_header(self, scene: BoardScene, header: StageHeaderItem | LaneHeaderItem) -> None:
        is_stage = isinstance(header, StageHeaderItem)
        self.title.setText(self.tr("Stage") if is_stage else self.tr("Lane"))
        blockers = [QSignalBlocker(w) for w in (self.name, self.lane_kind, self.extent)]
        if not self.name.hasFocus():
            self.name.setText(header.name)
        self.lane_kind.setVisible(not is_stage)
        self.lane_kind_label.setVisible(not is_stage)
        self.extent_label.setText(self.tr("Width") if is_stage else self.tr("Minimum height"))
        if isinstance(header, LaneHeaderItem):
            self.lane_kind.setCurrentIndex(self.lane_kind.findData(header.kind))
            self.extent.setValue(round(scene.lanes[header.row_id].height))
        else:
            self.extent.setValue(round(scene.stages[header.row_id].width))
        del blockers
        self._header = header
        self.pages.setCurrentIndex(2)

    # --- edits -------------------------------------------------------------------------

    def _set_cards(self, **values: Any) -> None:
        scene = self.scene
        if scene is not None and not shiboken6.isValid(scene):  # torn down at exit
            self.scene = scene = None
        if scene is None:
            return
        cards = scene.selected_cards()
        if not cards:
            return
        ids = [c.card_id for c in cards]
        document = scene.document
        stack = document.undo_stack
        if len(ids) > 1:
            stack.beginMacro(self.tr("Edit cards"))
        try:
            for card_id in ids:
                scene.attempt(document.set_card, card_id, **values)
        finally:
            if len(ids) > 1:
                stack.endMacro()
        scene.select_cards(ids)

    def _set_evidence(self) -> None:
        """Observed (with its source), assumed or unmarked, for every selected card in one step."""
        scene = self.scene
        if scene is None or not shiboken6.isValid(scene):
            return
        ids = [card.card_id for card in scene.selected_cards()]
        if ids:
            scene.attempt(scene.document.set_card_evidence, ids, self.evidence.currentData(),
                          self.evidence_source.currentData())
            scene.select_cards(ids)

    def _choose_colour(self) -> None:
        cards = self.scene.selected_cards() if self.scene else []
        start = QColor(cards[0].data_.colour or "#ffffff") if cards else QColor("#ffffff")
        colour = QColorDialog.getColor(start, self, self.tr("Card colour"))
        if colour.isValid():
            self._set_cards(colour=colour.name())

    def _commit_text(self) -> None:
        card_id = self._text_card
        if self.scene is None or card_id is None or card_id not in self.scene.cards:
            return
        text = self.text.toPlainText()
        if self.scene.cards[card_id].data_.text != text:
            self.scene.attempt(self.scene.document.set_card_text, card_id, text)

    def _rename(self) -> None:
        header, scene = self._header, self.scene
        text = self.name.text().strip()
        if scene is None or header is None or not text or text == header.name:
            return
        if isinstance(header, StageHeaderItem):
            scene.change_structure(scene.document.rename_stage, header.row_id, text)
        else:
            scene.change_structure(scene.document.set_lane, header.row_id, name=text)

    def _set_lane_kind(self) -> None:
        header, scene = self._header, self.scene
        if scene is not None and isinstance(header, LaneHeaderItem):
            scene.change_structure(scene.document.set_lane, header.row_id,
                                   kind=self.lane_kind.currentData())

    def _resize(self, value: int) -> None:
        header, scene = self._header, self.scene
        if scene is None:
            return
        if isinstance(header, StageHeaderItem):
            scene.change_structure(scene.document.resize_stage, header.row_id, value)
        elif isinstance(header, LaneHeaderItem):
            scene.change_structure(scene.document.set_lane, header.row_id, height=value)
