"""The channel register dock (issue 17) in the real window: reachable from View and its key,
edited in place (owner from the participants, text inline, the procedure in a wide multi-line
editor), every edit on disk and undoable; touchpoint cards show their channel's owner; the
gap list counts the gaps and a double-click goes to the card or the channel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit

from cxworkshop.model.channel_register import ChannelKey
from cxworkshop.model.gaps import GapKind
from cxworkshop.model.records import Card, ChannelOwner, Participant
from cxworkshop.ui.channel_register import (
    DEPUTY,
    OWNER,
    PROCEDURE,
    RESPONSE_TIME,
    SHORTCUT,
    RegisterPanel,
)
from tests.gui.conftest import Disk, open_window


@pytest.fixture
def demo_window(qtbot, demo_file: Path):
    window = open_window(qtbot, demo_file)
    yield window
    window.close()


def _press(widget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A real key press, then the queued commit or close it causes (Enter commits queued)."""
    QTest.keyClick(widget, key, modifier)
    QApplication.processEvents()


def _editor(panel: RegisterPanel, kind: type):
    """The open in-place editor of the table (an old one may linger until deleted)."""
    QApplication.processEvents()
    found = [w for w in panel.table.viewport().findChildren(kind) if w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def _open_register(window) -> RegisterPanel:
    ui = window.register_ui
    assert not ui.dock.isVisible()
    ui.act_toggle.trigger()
    # Raised over the action plan, and made taller, once shown.
    deadline = 40
    while (ui.dock.visibleRegion().isEmpty() or ui.dock.height() < 240) and deadline:
        QTest.qWait(25)
        deadline -= 1
    assert ui.dock.isVisible() and not ui.dock.visibleRegion().isEmpty()
    assert ui.dock.height() >= 240
    panel = ui.panel
    assert panel is not None
    return panel


def _row(panel: RegisterPanel, channel: str) -> int:
    row = panel.model.row_of(ChannelKey(channel=channel))
    assert row >= 0
    return row


def _register_row(path: Path, channel: str) -> ChannelOwner:
    return next(r for r in Disk(path)._read(ChannelOwner) if r.channel == channel)


def test_the_register_is_in_the_view_menu_with_its_own_key(demo_window):
    view = next(a.menu() for a in demo_window.menuBar().actions() if a.text() == "&View")
    assert demo_window.register_ui.act_toggle in view.actions()
    assert demo_window.register_ui.act_toggle.shortcut().toString() == SHORTCUT
    panel = _open_register(demo_window)
    channels = [panel.model.line(n).channel for n in range(panel.model.rowCount())]
    assert {"phone", "email", "website", "social", "letter"} <= set(channels)
    assert panel.model.index(_row(panel, "letter"), OWNER).data() == "No owner"


def test_the_owner_is_picked_in_place_saved_and_undone(qtbot, demo_window, demo_file: Path):
    panel = _open_register(demo_window)
    people = {p.name: p.id for p in Disk(demo_file)._read(Participant)}
    index = panel.model.index(_row(panel, "letter"), OWNER)
    panel.table.setCurrentIndex(index)
    panel.table.edit(index)
    combo = _editor(panel, QComboBox)
    assert combo is not None and combo.findText("Sara Gallo") >= 0
    combo.setCurrentIndex(combo.findText("Sara Gallo"))
    _press(combo, Qt.Key.Key_Return)
    assert _register_row(demo_file, "letter").owner_id == people["Sara Gallo"]
    assert index.data() == "Sara Gallo"
    # The board's renewal-letter card now names its owner.
    letter = next(item for item in demo_window.scene.cards.values() if item.data_.channel == "letter")
    assert letter.label_text().endswith("→ Sara G.")
    demo_window.undo()
    assert _register_row(demo_file, "letter").owner_id is None
    assert "→" not in letter.label_text()
    # The deputy column offers the same people.
    deputy = panel.model.index(_row(panel, "letter"), DEPUTY)
    panel.table.setCurrentIndex(deputy)
    panel.table.edit(deputy)
    combo = _editor(panel, QComboBox)
    combo.setCurrentIndex(combo.findText("Paolo Conti"))
    _press(combo, Qt.Key.Key_Return)
    assert _register_row(demo_file, "letter").deputy_id == people["Paolo Conti"]


def test_text_inline_and_the_procedure_in_a_wide_editor(qtbot, demo_window, demo_file: Path):
    panel = _open_register(demo_window)
    row = _row(panel, "social")
    response = panel.model.index(row, RESPONSE_TIME)
    panel.table.setCurrentIndex(response)
    panel.table.edit(response)
    line = _editor(panel, QLineEdit)
    assert line is not None
    line.selectAll()
    QTest.keyClicks(line, "4 working hours")
    _press(line, Qt.Key.Key_Return)
    assert _register_row(demo_file, "social").response_time == "4 working hours"
    procedure = panel.model.index(row, PROCEDURE)
    panel.table.setCurrentIndex(procedure)
    panel.table.edit(procedure)
    editor = _editor(panel, QPlainTextEdit)
    assert editor.objectName() == "procedure-editor"
    assert editor is not None
    assert editor.width() >= min(420, panel.table.viewport().width())
    assert editor.height() > panel.table.rowHeight(row) * 3
    QTest.keyClicks(editor, "Davide answers within 4 hours")
    _press(editor, Qt.Key.Key_Return)  # a new line, not the end of the edit
    QTest.keyClicks(editor, "Complaints go to customer care")
    assert _register_row(demo_file, "social").procedure == ""
    _press(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _register_row(demo_file, "social").procedure == (
        "Davide answers within 4 hours\nComplaints go to customer care")
    assert procedure.data() == "Davide answers within 4 hours / Complaints go to customer care"
    demo_window.undo()
    assert _register_row(demo_file, "social").procedure == ""


def test_a_channel_is_added_by_hand_and_removed(qtbot, demo_window, demo_file: Path):
    panel = _open_register(demo_window)
    before = panel.model.rowCount()
    QTest.keyClicks(panel.add_line, "Trade fair stand")
    _press(panel.add_line, Qt.Key.Key_Return)
    assert panel.model.rowCount() == before + 1
    assert [r.name for r in Disk(demo_file)._read(ChannelOwner) if r.channel is None][-1] == "Trade fair stand"
    assert panel.selected_line().name == "Trade fair stand"
    assert panel.remove_button.isEnabled()
    panel.remove_button.click()
    assert panel.model.rowCount() == before
    # A channel the cards use cannot be removed: the button says so by being off.
    panel.select_line(ChannelKey(channel="phone"))
    assert not panel.remove_button.isEnabled()
    QTest.keyClicks(panel.add_line, "Trade fair stand")
    _press(panel.add_line, Qt.Key.Key_Return)
    QTest.keyClicks(panel.add_line, "trade fair stand")
    _press(panel.add_line, Qt.Key.Key_Return)  # already there: refused, said in words
    assert "already has a channel" in panel.hint.text()


def test_touchpoint_cards_show_their_channels_owner(demo_window, demo_file: Path):
    scene = demo_window.scene
    phone = [item for item in scene.cards.values() if item.data_.channel == "phone"]
    social = next(item for item in scene.cards.values() if item.data_.channel == "social")
    assert phone and all(item.label_text().endswith("→ Paolo C.") for item in phone)
    assert "channel owner Paolo Conti" in phone[0].toolTip()
    assert "→" not in social.label_text()  # deliberately without an owner in the demo
    # A participant renamed: every phone card follows, from one read of the register.
    paolo = next(p.id for p in Disk(demo_file)._read(Participant) if p.name == "Paolo Conti")
    demo_window.document.set_participant(paolo, name="Paolo Verdi")
    assert all(item.label_text().endswith("→ Paolo V.") for item in phone)
    # A card moved to another channel shows that channel's owner.
    demo_window.document.set_card(phone[0].card_id, channel="social")
    assert "→" not in phone[0].label_text()


def test_the_gap_list_counts_and_goes_to_the_card_or_channel(qtbot, demo_window, demo_file: Path):
    panel = _open_register(demo_window)
    qtbot.waitUntil(lambda: bool(panel.gaps.gap_items()))
    groups = panel.gaps.group_titles()
    assert "Channels without an owner (2)" in groups
    assert any(text.startswith("Hand-offs between departments inside one stage (") for text in groups)
    items = panel.gaps.gap_items()
    channel_gap = next(i for i in items if i.data(0, Qt.ItemDataRole.UserRole + 1).kind
                       == GapKind.CHANNEL_WITHOUT_OWNER)
    panel.gaps.tree.itemActivated.emit(channel_gap, 0)
    line = panel.selected_line()
    assert line is not None and line.owner_id is None
    moment = next(i for i in items if i.data(0, Qt.ItemDataRole.UserRole + 1).kind
                  == GapKind.MOMENT_WITHOUT_OWNER)
    gap = moment.data(0, Qt.ItemDataRole.UserRole + 1)
    panel.gaps.tree.itemActivated.emit(moment, 0)
    assert [item.card_id for item in demo_window.scene.selected_cards()] == list(gap.card_ids)
    # Giving the channel an owner closes its gap: the list follows the edit.
    demo_window.document.set_channel_entry(line.key, owner_id=Disk(demo_file)._read(Participant)[0].id)
    qtbot.waitUntil(lambda: "Channels without an owner (1)" in panel.gaps.group_titles())
    assert Disk(demo_file)._read(Card)  # the file is still whole


def test_closing_the_workshop_with_a_refresh_queued_reads_nothing(qtbot, demo_window):
    _open_register(demo_window)
    demo_window.document.add_channel("Kiosk")  # queues a refresh of the gap list
    demo_window.close_document()
    QTest.qWait(50)  # the queued refresh would read a closed file (an error in the event loop)
    ui = demo_window.register_ui
    assert ui.panel is None and not ui.act_toggle.isEnabled()


def test_edits_made_while_the_dock_is_hidden_show_when_it_opens(qtbot, demo_window):
    demo_window.document.add_channel("Kiosk")  # the dock is hidden: nothing is read yet
    action_id = demo_window.document.add_action("Train the kiosk staff")  # no due date
    panel = _open_register(demo_window)
    assert [panel.model.line(n).name for n in range(panel.model.rowCount())][-1] == "Kiosk"
    qtbot.waitUntil(lambda: "Open actions without a due date (1)" in panel.gaps.group_titles())
    # A double-click on the action's gap selects it in the action plan.
    item = next(i for i in panel.gaps.gap_items()
                if i.data(0, Qt.ItemDataRole.UserRole + 1).kind == GapKind.ACTION_WITHOUT_DUE_DATE)
    panel.gaps.tree.itemActivated.emit(item, 0)
    plan = demo_window.plan.action_plan_dock
    assert plan.isVisible() and plan.selected_action_ids() == [action_id]
