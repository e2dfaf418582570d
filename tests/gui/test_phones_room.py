"""Room mode from the window (issue 19): Plan > Room opens the dock, the room serves on loopback,
phones write, vote and rate, nothing reaches the file before the reveal, the reveal lands as
ordinary undoable cards and dots, and the server stops with the room, the workshop and the app.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtWidgets import QMenu

from bench.room_load import Phone, join_all, simulate
from cxworkshop.model.records import Card, Lane, Participant, Stage, Vote
from cxworkshop.room.protocol import Activity
from cxworkshop.ui.translations import install_translators
from tests.gui.conftest import open_window


def _rows(path: Path, sql: str, *args: object) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def _refused(url: str) -> bool:
    import http.client

    parts = urlsplit(url)
    try:
        http.client.HTTPConnection(parts.hostname, parts.port, timeout=3).request("GET", parts.path)
    except ConnectionRefusedError:
        return True
    return False


@pytest.fixture
def room_window(qtbot, demo_file: Path):
    win = open_window(qtbot, demo_file)
    yield win
    win.close()


def test_plan_room_opens_the_dock_and_serves_on_loopback(qtbot, qapp, room_window, demo_file: Path) -> None:
    install_translators(qapp, "en")  # the English catalogue gives "1 card", not Qt's bare "1 cards"
    win = room_window
    menu = win.findChild(QMenu, "plan-menu")
    assert win.room_ui.action in menu.actions() and win.room_ui.action.isEnabled()
    win.room_ui.action.trigger()
    panel = win.room_ui.panel
    assert win.room_ui.dock.isVisible()
    assert panel.interface.itemData(0) == "127.0.0.1"  # loopback is the default
    url = panel.open_room()
    assert url is not None and url.startswith("http://127.0.0.1:")
    assert panel.url_label.text() == url and not panel.qr_label.pixmap().isNull()
    document = win.document
    first = document.first_map()
    stages = document.rows(Stage, map_id=first.id)
    lanes = document.rows(Lane, map_id=first.id)
    pains = next(lane for lane in lanes if lane.kind == "pain_points")
    people = [p for p in document.rows(Participant) if not p.is_department]
    cards_before = len(document.rows(Card))

    # Silent writing in a cell the facilitator chose.
    panel.stage_choice.setCurrentIndex(panel.stage_choice.findData(stages[1].id))
    panel.lane_choice.setCurrentIndex(panel.lane_choice.findData(pains.id))
    panel.open_writing()
    anna, anonymous = Phone(url), Phone(url)
    anna.join(people[0].id)
    anonymous.join(None)
    assert anna.request("POST", "api/card", {"text": "Queue at the desk", "stage_id": 0, "lane_id": 0})[0] == 201
    assert anonymous.request("POST", "api/card", {"text": "<b>Boss</b> never listens",
                                                  "stage_id": 0, "lane_id": 0})[0] == 201
    qtbot.waitUntil(lambda: panel.inbox.count() == 2, timeout=3000)
    assert panel.devices.count() == 2
    assert len(document.rows(Card)) == cards_before  # nothing in the file before the reveal
    assert _rows(demo_file, "SELECT count(*) FROM card")[0][0] == cards_before

    # One by one, then all.
    panel.inbox.item(0).setSelected(True)
    panel.reveal(panel._selected(panel.inbox))
    assert panel.message.text().startswith("Revealed: 1 card,"), panel.message.text()
    panel.reveal_all_button.click()
    written = _rows(demo_file, "SELECT text, kind, stage_id, lane_id FROM card WHERE id > "
                    "(SELECT max(id) - 2 FROM card) ORDER BY id")
    assert written == [(f"Queue at the desk\n— {people[0].name}", "pain_point", stages[1].id, pains.id),
                       ("<b>Boss</b> never listens", "pain_point", stages[1].id, pains.id)]
    win.undo()  # the reveal is an ordinary, undoable edit
    assert _rows(demo_file, "SELECT count(*) FROM card")[0][0] == cards_before + 1
    win.redo()
    qtbot.waitUntil(lambda: all(c["revealed"] for c in anna.request("GET", "api/state")[1]["cards"]))

    # Dot voting in the laptop's round: the same budget and kinds.
    panel.open_voting()
    assert "Start a voting round first" in panel.message.text()
    round_id = document.start_round(first.id, 2, title="Phones", votable_kinds=["pain_point"])
    panel.open_voting()
    assert panel.bridge.room.activity == Activity.VOTING
    view = anna.request("GET", "api/state")[1]
    assert view["dots_left"] == 2 and {c["kind"] for c in view["votable"]} == {"pain_point"}
    target = next(c["id"] for c in view["votable"] if c["text"] == "<b>Boss</b> never listens")
    assert anna.request("POST", "api/dot", {"card_id": target})[0] == 201
    assert anna.request("POST", "api/dot", {"card_id": target})[0] == 201
    assert anna.request("POST", "api/dot", {"card_id": target})[0] == 409
    qtbot.waitUntil(lambda: panel.inbox.count() == 2 and "Dot on" in panel.inbox.item(0).text())
    # Who placed a dot stays hidden until the reveal.
    assert [panel.inbox.item(i).text() for i in range(2)] == ["Dot on: <b>Boss</b> never listens"] * 2
    assert document.rows(Vote, round_id=round_id) == []
    panel.reveal(None)
    assert [(v.participant_id, v.card_id) for v in document.rows(Vote, round_id=round_id)] == \
        [(people[0].id, target)] * 2

    # Emotion per stage: the distribution, and the stage's emotion set from it.
    panel.emotion_button.click()
    anna.request("POST", "api/rate", {"stage_id": stages[0].id, "score": -2})
    anonymous.request("POST", "api/rate", {"stage_id": stages[0].id, "score": -1})
    qtbot.waitUntil(lambda: "-2: 1" in panel.ratings.item(0).text())
    assert "-1: 1" in panel.ratings.item(0).text()
    panel.ratings.item(0).setSelected(True)
    panel.set_stage_emotion()
    emotion = _rows(demo_file, "SELECT kind, emotion, stage_id FROM card ORDER BY id DESC LIMIT 1")
    assert emotion == [("emotion", -2, stages[0].id)]  # the average -1.5 rounds to -2

    # Revealed contributions are ordinary content: the PDF report shows them.
    from pypdf import PdfReader

    from cxworkshop.export.api import write_pdf

    pdf = demo_file.parent / "room.pdf"
    write_pdf(demo_file, pdf, lang="en", allow_unowned=True)
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Queue at the desk" in text and "never listens" in text

    # Remove a device, then end the room: the phones are refused, the address is free.
    panel.devices.item(1).setSelected(True)
    panel.remove_device()
    assert anonymous.request("GET", "api/state")[0] == 403
    panel.end_button.click()
    assert _refused(url) and panel.bridge is None


def test_closing_the_workshop_or_quitting_stops_the_room(qtbot, room_window) -> None:
    win = room_window
    win.room_ui.show()
    url = win.room_ui.panel.open_room()
    assert url is not None and not _refused(url)
    win.close_document()
    assert _refused(url)
    assert not win.room_ui.action.isEnabled()


def test_the_inbox_survives_40_phones_at_once(qtbot, room_window) -> None:
    """The load test's smaller sibling, without timing: every card arrives, none is lost."""
    win = room_window
    panel = win.room_ui.panel
    url = panel.open_room()
    document = win.document
    first = document.first_map()
    stage = document.rows(Stage, map_id=first.id)[0]
    lane = document.rows(Lane, map_id=first.id)[0]
    people = [document.add_participant(f"Phone {n}") for n in range(40)]
    panel.open_activity(Activity.WRITING, stage.id, lane.id)
    phones = join_all(url, people)
    result = simulate(phones, stage.id, lane.id, 3, [], 0, deadline=60)
    for phone in phones:
        phone.close()
    assert result.errors == [] and result.accepted == 120
    before = len(document.rows(Card))
    outcome = panel.bridge.reveal(None)
    assert len(outcome.cards) == 120 and len(document.rows(Card)) == before + 120
    texts = {c.text.split("\n")[0] for c in document.rows(Card, stage_id=stage.id, lane_id=lane.id)}
    assert {f"phone {i} card {n}" for i in range(40) for n in range(3)} <= texts
    panel.end_room()


def test_the_join_code_goes_on_the_projector_and_esc_brings_the_window_back(qtbot, room_window) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    panel = room_window.room_ui.panel
    assert panel.show_on_projector() is None  # no room, no code
    url = panel.open_room()
    projector = panel.show_on_projector()
    qtbot.waitExposed(projector)
    assert projector.isFullScreen() and projector.url == url
    image = projector.grab().toImage()
    # Black modules on white: both inks are on the slide, nothing pale.
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert {"#000000", "#ffffff"} <= colours
    assert projector.code.format() != QImage.Format.Format_Invalid and projector.code.width() >= 25
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.projector is None)
    panel.show_on_projector()
    panel.end_room()  # ending the room takes the code off the projector too
    assert panel.projector is None
