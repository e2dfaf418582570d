"""Room mode's protocol (issue 19) with a real HTTP client on 127.0.0.1: no Qt, no document.

The server runs in its own thread as in the window; phones are http.client connections and
an aiohttp WebSocket, exactly what a phone's browser sends.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import aiohttp
import pytest

from bench.room_load import Phone
from cxworkshop.model.limits import CARD_TEXT_MAX
from cxworkshop.room.page_texts import ITALIAN, PAGE
from cxworkshop.room.protocol import Activity
from cxworkshop.room.server import RoomServer
from cxworkshop.room.state import Board, Named, Room, VotableCard

BOARD = Board("Onboarding", "en", (Named(1, "Anna"), Named(2, "Bruno")),
              (Named(10, "Discover"), Named(11, "Buy")), (Named(20, "Pain points"), Named(21, "Ideas")),
              round_id=5, dots=2, votable=(VotableCard(30, "Long queue", "pain_point", "Buy"),
                                           VotableCard(31, "No parking", "pain_point", "Discover")),
              dots_on_file={2: 1})
XSS = '<img src=x onerror="alert(1)"><script>alert(2)</script>&amp;'


@pytest.fixture
def served() -> Iterator[tuple[Room, RoomServer, str]]:
    room = Room(BOARD)
    server = RoomServer(room, "127.0.0.1", 0)
    url = server.start()
    yield room, server, url
    server.stop()


def raw(url: str, method: str, path: str, body: bytes | None = None,
        headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def test_the_join_url_carries_a_long_random_token_and_binds_loopback(served) -> None:
    room, server, url = served
    assert url.startswith(f"http://127.0.0.1:{server.port}/r/")
    assert len(room.token) >= 32 and room.token in url  # 24 random bytes: 192 bits
    assert Room(BOARD).token != room.token


def test_page_is_served_with_a_strict_policy_and_nothing_else_is(served) -> None:
    _room, _server, url = served
    path = urlsplit(url).path
    status, headers, body = raw(url, "GET", path)
    assert status == 200 and b"<script src=\"room.js\"" in body
    policy = headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert headers["X-Content-Type-Options"] == "nosniff" and headers["Referrer-Policy"] == "no-referrer"
    assert raw(url, "GET", path + "room.js")[0] == 200
    for other in ("/", "/r/", path + "..%2f", path + "static/", path + "api/", "/etc/passwd", path + "room.py"):
        assert raw(url, "GET", other)[0] == 404, other
    # No inline script or style anywhere in the page: the policy would block it anyway.
    assert b"<script>" not in body and b"style=" not in body and b"onclick" not in body


def test_wrong_token_is_403_everywhere(served) -> None:
    _room, _server, url = served
    base = urlsplit(url).path
    wrong = base.replace("/r/", "/r/x")
    for path in ("", "room.js", "api/info", "api/state", "ws"):
        assert raw(url, "GET", wrong + path)[0] == 403
    status, headers, _ = raw(url, "POST", wrong + "api/join", b'{"participant_id": 1}')
    assert status == 403 and "Content-Security-Policy" in headers


def test_join_write_vote_rate_and_ready(served) -> None:
    room, _server, url = served
    phone = Phone(url)
    view = phone.join(1)
    assert view["name"] == "Anna" and view["activity"] == "idle"
    assert phone.request("POST", "api/card", {"text": "x", "stage_id": 10, "lane_id": 20})[0] == 409
    room.open_activity(Activity.WRITING)
    status, _ = phone.request("POST", "api/card", {"text": "Queue too long", "stage_id": 11, "lane_id": 20})
    assert status == 201
    assert phone.request("POST", "api/card", {"text": "x", "stage_id": 99, "lane_id": 20})[0] == 400
    [item] = room.pending()
    assert (item.text, item.stage_id, item.lane_id, item.author) == ("Queue too long", 11, 20, "Anna")
    # The facilitator fixes the cell: what the phone asks for is ignored.
    room.open_activity(Activity.WRITING, 10, 21)
    phone.request("POST", "api/card", {"text": "Fixed cell", "stage_id": 11, "lane_id": 20})
    assert (room.pending()[-1].stage_id, room.pending()[-1].lane_id) == (10, 21)

    room.open_activity(Activity.VOTING)
    view = phone.request("GET", "api/state")[1]
    assert view["dots_left"] == 2 and [c["id"] for c in view["votable"]] == [30, 31]
    assert phone.request("POST", "api/dot", {"card_id": 30})[0] == 201
    assert phone.request("POST", "api/dot", {"card_id": 99})[0] == 400
    assert phone.request("POST", "api/dot", {"card_id": 30})[0] == 201
    assert phone.request("POST", "api/dot", {"card_id": 31})[0] == 409  # budget spent
    assert phone.request("POST", "api/undot", {"card_id": 30})[0] == 200
    assert phone.request("GET", "api/state")[1]["my_dots"] == {"30": 1}
    bruno = Phone(url)
    bruno.join(2)
    assert bruno.request("GET", "api/state")[1]["dots_left"] == 1  # one dot already on the laptop

    room.open_activity(Activity.EMOTION)
    assert phone.request("POST", "api/rate", {"stage_id": 10, "score": -2})[0] == 200
    assert phone.request("POST", "api/rate", {"stage_id": 10, "score": 1})[0] == 200  # changes it
    assert bruno.request("POST", "api/rate", {"stage_id": 10, "score": 1})[0] == 200
    assert phone.request("POST", "api/rate", {"stage_id": 10, "score": 3})[0] == 400
    assert phone.request("POST", "api/rate", {"stage_id": 10, "score": True})[0] == 400
    assert room.ratings()[10] == {-2: 0, -1: 0, 0: 0, 1: 2, 2: 0}

    assert phone.request("POST", "api/ready", {"ready": True})[0] == 200
    assert room.ready_count() == (1, 2)
    assert bruno.request("GET", "api/state")[1]["ready_count"] == 1
    room.open_activity(Activity.IDLE)
    assert room.ready_count() == (0, 2)  # a new activity: the ready-check starts again


def test_nothing_is_revealed_until_the_facilitator_says_so(served) -> None:
    room, _server, url = served
    phone = Phone(url)
    phone.join(None)
    room.open_activity(Activity.WRITING)
    for n in range(3):
        phone.request("POST", "api/card", {"text": f"card {n}", "stage_id": 10, "lane_id": 20})
    cards = phone.request("GET", "api/state")[1]["cards"]
    assert [c["revealed"] for c in cards] == [False, False, False]
    first = room.pending()[0].id
    assert [item.text for item in room.reveal([first])] == ["card 0"]
    assert len(room.pending()) == 2
    room.discard([room.pending()[0].id])
    assert [item.text for item in room.reveal()] == ["card 2"]
    cards = phone.request("GET", "api/state")[1]["cards"]
    assert sorted((c["text"], c["revealed"]) for c in cards) == [("card 0", True), ("card 2", True)]


def test_anonymous_phones_write_but_cannot_vote_and_can_be_refused(served) -> None:
    room, _server, url = served
    phone = Phone(url)
    assert phone.join(None)["anonymous"] is True
    room.open_activity(Activity.VOTING)
    assert phone.request("POST", "api/dot", {"card_id": 30})[0] == 403
    room.allow_anonymous = False
    assert Phone(url).request("POST", "api/join", {"participant_id": None})[0] == 400
    assert Phone(url).request("POST", "api/join", {"participant_id": 77})[0] == 400


def test_xss_strings_are_stored_and_sent_back_literally(served) -> None:
    room, _server, url = served
    phone = Phone(url)
    phone.join(1)
    room.open_activity(Activity.WRITING)
    assert phone.request("POST", "api/card", {"text": XSS, "stage_id": 10, "lane_id": 20})[0] == 201
    assert room.pending()[0].text == XSS
    status, headers, body = raw(url, "GET", urlsplit(url).path + "api/state",
                                headers={"X-Room-Session": phone.session})
    assert headers["Content-Type"].startswith("application/json")
    assert json.loads(body)["cards"][0]["text"] == XSS
    # The page puts every text in with textContent, never as HTML.
    script = raw(url, "GET", urlsplit(url).path + "room.js")[2].decode()
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "eval(" not in script


def test_oversize_is_413_and_the_card_limit_is_the_boards(served) -> None:
    room, _server, url = served
    phone = Phone(url)
    phone.join(1)
    room.open_activity(Activity.WRITING)
    longest = "é" * CARD_TEXT_MAX
    assert phone.request("POST", "api/card", {"text": longest, "stage_id": 10, "lane_id": 20})[0] == 201
    too_long = "a" * (CARD_TEXT_MAX + 1)
    assert phone.request("POST", "api/card", {"text": too_long, "stage_id": 10, "lane_id": 20})[0] == 413
    huge = json.dumps({"text": "a" * 200_000, "stage_id": 10, "lane_id": 20}).encode()
    status, _, body = raw(url, "POST", urlsplit(url).path + "api/card", huge,
                          {"X-Room-Session": phone.session, "Content-Type": "application/json"})
    assert status == 413 and b"too large" in body
    assert len(room.pending()) == 1


def test_flooding_is_429_and_the_phone_recovers(served) -> None:
    room, _server, url = served
    phone = Phone(url)
    phone.join(1)
    statuses = [phone.request("GET", "api/state")[0] for _ in range(40)]
    assert statuses[0] == 200 and 429 in statuses
    time.sleep(0.5)  # the allowance refills at 10 requests a second
    assert phone.request("GET", "api/state")[0] == 200
    # Another phone is not slowed down by the first one's flood.
    other = Phone(url)
    other.join(2)
    assert other.request("GET", "api/state")[0] == 200


def test_devices_per_room_are_limited(served) -> None:
    room, _server, url = served
    room.devices_max = 3
    for _ in range(3):
        Phone(url).join(None)
    status, payload = Phone(url).request("POST", "api/join", {"participant_id": None})
    assert status == 429 and "full" in payload["error"]


def test_a_removed_device_is_refused_and_told(served) -> None:
    room, _server, url = served
    phone = Phone(url)
    phone.join(1)
    room.open_activity(Activity.WRITING)
    phone.request("POST", "api/card", {"text": "kept", "stage_id": 10, "lane_id": 20})
    assert room.remove_device(phone.session)
    status, payload = phone.request("GET", "api/state")
    assert status == 403 and "removed" in payload["error"]
    assert phone.request("POST", "api/card", {"text": "x", "stage_id": 10, "lane_id": 20})[0] == 403
    assert [item.text for item in room.pending()] == ["kept"]  # the facilitator still decides


def test_websocket_pushes_changes_and_a_reconnect_gets_the_same_session(served) -> None:
    room, _server, url = served
    phone = Phone(url)
    phone.join(2)
    ws_url = url.replace("http://", "ws://") + "ws?s=" + phone.session

    async def until(socket, wanted) -> dict:
        # An earlier change (the join itself) may still be pushed first: skip to the one we want.
        while True:
            message = await socket.receive_json(timeout=5)
            if wanted(message):
                return message

    async def listen() -> list[dict]:
        seen: list[dict] = []
        async with aiohttp.ClientSession() as client:
            async with client.ws_connect(ws_url) as socket:
                seen.append(await socket.receive_json(timeout=5))
                room.open_activity(Activity.EMOTION)
                seen.append(await until(socket, lambda m: m["view"]["activity"] == "emotion"))
            # The phone slept: a new connection, the same session, the same view.
            async with client.ws_connect(ws_url) as socket:
                seen.append(await socket.receive_json(timeout=5))
                room.remove_device(phone.session)
                seen.append(await until(socket, lambda m: m["type"] == "gone"))
        return seen

    first, changed, again, gone = asyncio.run(listen())
    assert first["view"]["activity"] == "idle" and changed["view"]["activity"] == "emotion"
    assert again["view"]["name"] == "Bruno" and again["view"]["activity"] == "emotion"
    assert gone["type"] == "gone"


def test_wrong_session_on_the_websocket_is_refused(served) -> None:
    _room, _server, url = served
    status, _, _ = raw(url, "GET", urlsplit(url).path + "ws?s=nobody", headers=
                       {"Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13",
                        "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="})
    assert status == 403


def test_room_closed_means_connection_refused(served) -> None:
    room, server, url = served
    phone = Phone(url)
    phone.join(1)
    server.stop()
    with pytest.raises(ConnectionRefusedError):
        raw(url, "GET", urlsplit(url).path)


def test_the_page_speaks_the_workshops_language(served) -> None:
    room, _server, url = served
    room.set_board(Board("Onboarding", "it", BOARD.participants, BOARD.stages, BOARD.lanes))
    info = Phone(url).request("GET", "api/info")[1]
    assert info["texts"]["send"] == "Invia" and info["language"] == "it"
    status, payload = Phone(url).request("POST", "api/join", {"participant_id": 99})
    assert status == 400 and payload["error"] == "Scegli il tuo nome dall'elenco."


def test_every_page_text_has_italian() -> None:
    import ast
    from pathlib import Path

    import cxworkshop.room.state as state

    refusals = {node.args[1].value for node in ast.walk(ast.parse(Path(state.__file__).read_text()))
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "RoomError"
                and isinstance(node.args[1], ast.Constant)}
    missing = [text for text in [*PAGE.values(), *refusals] if text not in ITALIAN]
    assert not missing and len(refusals) > 10


def test_the_interface_list_is_the_kernels_and_never_loopback() -> None:
    import ipaddress

    from cxworkshop.room.interfaces import addresses

    found = addresses()
    for _name, address in found:
        parsed = ipaddress.IPv4Address(address)
        assert not parsed.is_loopback
    assert len({address for _name, address in found}) == len(found)


def test_qr_codes_are_made_locally_as_png_and_text() -> None:
    from cxworkshop.room.qr import qr_png, qr_text

    url = "http://127.0.0.1:8080/r/" + "x" * 32 + "/"
    png = qr_png(url)
    assert png.startswith(b"\x89PNG") and len(png) > 200
    assert "█" in qr_text(url) or "▀" in qr_text(url)
