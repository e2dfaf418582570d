"""The channel ownership register (issue 17): every edit is durable (the file reopened says
so), one undo step, and bad input changes nothing; the register lists the channels on cards
and those added by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxworkshop.document import EditRejected, WorkshopDocument, new_workshop
from cxworkshop.model.channel_register import ChannelKey, owner_names, register_lines
from cxworkshop.model.records import Card, ChannelOwner, Lane, Stage
from tests.conftest import sha256


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return new_workshop(tmp_path / "register.cxw", template="sme", lang="en", title="Register")


@pytest.fixture
def doc(path: Path):
    document = WorkshopDocument.open(path)
    stage, lane = document.rows(Stage)[0], document.rows(Lane)[0]
    document.add_card(stage.id, lane.id, "touchpoint", "Complaint e-mail", channel="email")
    document.add_card(stage.id, lane.id, "touchpoint", "Call centre", channel="phone")
    document.add_card(stage.id, lane.id, "touchpoint", "Reply e-mail", channel="email")
    document.undo_stack.clear()
    yield document
    document.close()


def _reopened(path: Path) -> list[ChannelOwner]:
    other = WorkshopDocument.open(path, read_only=True)
    try:
        return other.rows(ChannelOwner)
    finally:
        other.close()


def test_the_register_lists_the_channels_on_cards_before_any_edit(doc: WorkshopDocument) -> None:
    lines = doc.register_lines()
    # Channel order (phone before email), with how many cards use each; no rows yet.
    assert [(line.channel, line.cards, line.row) for line in lines] == [("phone", 1, None), ("email", 2, None)]
    assert doc.rows(ChannelOwner) == []


def test_a_channel_on_cards_gets_its_row_on_the_first_edit_in_one_undo_step(
        doc: WorkshopDocument, path: Path) -> None:
    anna = doc.add_participant("Anna Rossi", department="Customer care")
    doc.undo_stack.clear()
    row_id = doc.set_channel_entry(ChannelKey(channel="email"), owner_id=anna,
                                   procedure="Answer every complaint within 24 hours; escalate to the owner.")
    assert doc.undo_stack.count() == 1
    (row,) = _reopened(path)
    assert (row.id, row.channel, row.owner_id) == (row_id, "email", anna)
    assert row.procedure.startswith("Answer every complaint")
    # The same line, by its channel, edits the same row (no second row).
    doc.set_channel_entry(ChannelKey(channel="email"), deputy_id=anna, scope="  Complaints  ",
                          competences="Refunds up to 200 €", response_time="24 hours")
    (row,) = _reopened(path)
    assert (row.deputy_id, row.scope, row.competences, row.response_time) == (
        anna, "Complaints", "Refunds up to 200 €", "24 hours")
    line = next(line for line in doc.register_lines() if line.channel == "email")
    assert line.owner_id == anna and line.cards == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert _reopened(path) == []  # undoing the first edit removes the row it made
    doc.undo_stack.redo()
    assert [r.owner_id for r in _reopened(path)] == [anna]


def test_owner_names_map_each_channel_to_its_owner(doc: WorkshopDocument) -> None:
    from cxworkshop.model.records import Participant

    anna = doc.add_participant("Anna Rossi")
    doc.set_channel_entry(ChannelKey(channel="phone"), owner_id=anna)
    doc.set_channel_entry(ChannelKey(channel="email"), scope="all mail")  # no owner: not shown
    assert owner_names(doc.rows(ChannelOwner), doc.rows(Participant)) == {"phone": "Anna Rossi"}


def test_a_channel_added_by_hand_is_durable_undoable_and_removable(doc: WorkshopDocument, path: Path) -> None:
    row_id = doc.add_channel("  Google reviews ")
    assert [(r.channel, r.name) for r in _reopened(path)] == [(None, "Google reviews")]
    assert register_lines(doc.rows(Card), doc.rows(ChannelOwner))[-1].name == "Google reviews"
    doc.set_channel_entry(ChannelKey(register_id=row_id), name="Reviews", response_time="2 days")
    assert [(r.name, r.response_time) for r in _reopened(path)] == [("Reviews", "2 days")]
    doc.remove_channel(row_id)
    assert _reopened(path) == []
    doc.undo_stack.undo()
    assert [r.name for r in _reopened(path)] == ["Reviews"]
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert _reopened(path) == []


def test_bad_register_edits_change_nothing(doc: WorkshopDocument, path: Path) -> None:
    row_id = doc.add_channel("PEC")
    doc.set_channel_entry(ChannelKey(channel="phone"), scope="calls")
    phone = next(r for r in doc.rows(ChannelOwner) if r.channel == "phone")
    before, steps = sha256(path), doc.undo_stack.count()
    bad = [
        lambda: doc.add_channel("   "),
        lambda: doc.add_channel("pec"),  # already there, in any case
        lambda: doc.set_channel_entry(ChannelKey(channel="pigeon"), scope="x"),
        lambda: doc.set_channel_entry(ChannelKey(channel="phone"), owner_id=999),
        lambda: doc.set_channel_entry(ChannelKey(channel="phone"), colour="#ff0000"),
        lambda: doc.set_channel_entry(ChannelKey(channel="phone"), name="Telephone"),  # not by hand
        lambda: doc.set_channel_entry(ChannelKey(register_id=row_id), name=""),
        lambda: doc.set_channel_entry(ChannelKey(register_id=999), scope="x"),
        lambda: doc.set_channel_entry(ChannelKey(channel="phone"), procedure="x" * 100_000),
        lambda: doc.set_channel_entry(ChannelKey(channel="phone"), procedure="a\x00b"),
        lambda: doc.remove_channel(phone.id),  # cards use it
        lambda: doc.remove_channel(999),
    ]
    for edit in bad:
        with pytest.raises(EditRejected):
            edit()
    assert sha256(path) == before and doc.undo_stack.count() == steps


def test_a_channel_no_card_uses_any_more_can_leave_the_register(doc: WorkshopDocument, path: Path) -> None:
    doc.set_channel_entry(ChannelKey(channel="phone"), scope="calls")
    phone = next(r for r in doc.rows(ChannelOwner) if r.channel == "phone")
    call = next(c for c in doc.rows(Card) if c.channel == "phone")
    doc.delete_cards([call.id])
    assert [line.cards for line in doc.register_lines() if line.channel == "phone"] == [0]
    doc.remove_channel(phone.id)
    assert [line.channel for line in doc.register_lines()] == ["email"]
    assert _reopened(path) == []


def test_removing_an_owner_from_the_workshop_leaves_the_channel_without_one(doc: WorkshopDocument) -> None:
    anna = doc.add_participant("Anna Rossi")
    doc.set_channel_entry(ChannelKey(channel="email"), owner_id=anna, deputy_id=anna)
    doc.remove_participant(anna)
    (row,) = doc.rows(ChannelOwner)
    assert (row.owner_id, row.deputy_id) == (None, None)


@pytest.mark.parametrize("name", ["Email", " e-MAIL ".replace("-", ""), "whatsapp", "Telefono",
                                  "Sito web", "event"])
def test_a_channel_of_the_list_cannot_be_added_by_hand(doc: WorkshopDocument, path: Path,
                                                       name: str) -> None:
    """A line by hand named like a channel of the list (English or Italian label, or its value)
    would be a second line for it, never tied to the cards, and a false 'without an owner' gap."""
    row_id = doc.add_channel("PEC")
    before, steps = sha256(path), doc.undo_stack.count()
    with pytest.raises(EditRejected) as refused:
        doc.add_channel(name)
    assert "channels of the list" in str(refused.value)
    with pytest.raises(EditRejected):
        doc.set_channel_entry(ChannelKey(register_id=row_id), name=name)  # nor renamed to one
    assert sha256(path) == before and doc.undo_stack.count() == steps


def test_channel_names_read_the_same_in_the_window_and_the_pdf() -> None:
    """The register dock (Qt catalogue) and the PDF register and `check` (gettext catalogue) name
    each channel alike in Italian: "Social media" in the window was "Social" in the PDF."""
    import xml.etree.ElementTree as ElementTree
    from importlib import resources

    from cxworkshop.i18n.labels import label
    from cxworkshop.model.enums import Channel

    ts = resources.files("cxworkshop") / "resources" / "i18n" / "cxworkshop_it.ts"
    root = ElementTree.fromstring(ts.read_bytes())
    window = {message.findtext("source"): message.findtext("translation")
              for context in root.iter("context") if context.findtext("name") == "Channel"
              for message in context.iter("message")}
    compared = 0
    for channel in Channel:
        english = label(Channel, channel, "en")
        if english in window:
            assert label(Channel, channel, "it") == window[english], channel
            compared += 1
    assert compared >= 10
