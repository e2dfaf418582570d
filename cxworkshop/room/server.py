"""The room's HTTP/WebSocket server (aiohttp), in its own thread with its own asyncio loop.

Every route lives under /r/{token}/: the page, its script and style, a small JSON API and one
WebSocket per phone that pushes the phone's view whenever the room changes. Anything else is
404, a wrong token 403; there is no static directory, so no listing. Every answer carries a
strict Content-Security-Policy. The server only reads and changes the Room (state.py); the
facilitator's side applies what it reveals. It binds only between start() and stop().
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from importlib import resources
from typing import Any

from aiohttp import WSMsgType, web

from cxworkshop.room.page_texts import say, texts
from cxworkshop.room.protocol import BODY_MAX, CSP, SECURITY_HEADERS, WS_MESSAGE_MAX
from cxworkshop.room.state import Room, RoomError

SESSION_HEADER = "X-Room-Session"
PUSH_DELAY = 0.05  # seconds: a burst of changes becomes one push per phone
_FILES = {"": ("room.html", "text/html"), "room.js": ("room.js", "text/javascript"),
          "room.css": ("room.css", "text/css")}


class RoomServerError(Exception):
    """The server could not start (address not available, port taken)."""


def _resource(name: str) -> bytes:
    return resources.files("cxworkshop").joinpath("resources/room/" + name).read_bytes()


def join_url(host: str, port: int, token: str) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/r/{token}/"


class RoomServer:
    def __init__(self, room: Room, host: str = "127.0.0.1", port: int = 0):
        self.room = room
        self.host = host
        self.port = port
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._sockets: dict[str, set[web.WebSocketResponse]] = {}
        self._push_scheduled = False
        self._files = {path: (_resource(name), kind) for path, (name, kind) in _FILES.items()}
        room.subscribe(self._room_changed)

    # --- life cycle (called from the facilitator's thread) ----------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def url(self) -> str:
        return join_url(self.host, self.port, self.room.token)

    def start(self) -> str:
        """Bind and serve; the join URL, or RoomServerError with the reason."""
        started = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._open())
            except BaseException as exc:  # reported to start(), which raises it on its own thread
                failure.append(exc)
                started.set()
                loop.close()
                return
            started.set()
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(self._close())
                loop.close()

        self._thread = threading.Thread(target=run, name="cxworkshop-room", daemon=True)
        self._thread.start()
        started.wait(15)
        if failure:
            self._thread.join(5)
            self._thread = None
            raise RoomServerError(str(failure[0])) from failure[0]
        return self.url

    def stop(self) -> None:
        """Say goodbye to every phone, close every connection and release the address."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        with contextlib.suppress(RuntimeError):  # the loop already stopped
            loop.call_soon_threadsafe(loop.stop)
        thread.join(15)
        self._thread = None
        self._loop = None

    async def _open(self) -> None:
        app = web.Application(client_max_size=BODY_MAX, middlewares=[self._guard])
        app.router.add_get("/r/{token}/", self._page)
        app.router.add_get("/r/{token}/{file:room\\.(?:js|css)}", self._page)
        app.router.add_get("/r/{token}/api/info", self._info)
        app.router.add_post("/r/{token}/api/join", self._join)
        app.router.add_get("/r/{token}/api/state", self._state)
        app.router.add_post("/r/{token}/api/card", self._card)
        app.router.add_post("/r/{token}/api/dot", self._dot)
        app.router.add_post("/r/{token}/api/undot", self._undot)
        app.router.add_post("/r/{token}/api/rate", self._rate)
        app.router.add_post("/r/{token}/api/ready", self._ready)
        app.router.add_get("/r/{token}/ws", self._socket)
        # Ending the room must not keep the window waiting on a phone's half-sent request.
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=2.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, reuse_address=True)
        await site.start()
        address = self._runner.addresses[0]
        self.port = int(address[1])

    async def _close(self) -> None:
        for sockets in list(self._sockets.values()):
            for socket in list(sockets):
                with contextlib.suppress(Exception):
                    await socket.send_json({"type": "ended"})
                    await socket.close()
        self._sockets.clear()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # --- pushing views ------------------------------------------------------------------------

    def _room_changed(self) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(self._schedule_push)

    def _schedule_push(self) -> None:
        if not self._push_scheduled:
            self._push_scheduled = True
            asyncio.get_running_loop().call_later(PUSH_DELAY, lambda: asyncio.ensure_future(self._push()))

    async def _push(self) -> None:
        self._push_scheduled = False
        for session, sockets in list(self._sockets.items()):
            try:
                message: dict[str, Any] = {"type": "view", "view": self.room.view(session)}
            except RoomError as exc:
                message = {"type": "gone", "error": say(exc.text, self.room.board.language)}
            for socket in list(sockets):
                with contextlib.suppress(Exception):
                    await socket.send_json(message)
                if message["type"] == "gone":
                    with contextlib.suppress(Exception):
                        await socket.close()

    # --- the guard: token, security headers, sizes ---------------------------------------------

    @web.middleware
    async def _guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
        lang = self.room.board.language
        try:
            token = request.match_info.get("token")
            if token is None:
                raise web.HTTPNotFound()
            self.room.check_token(token)
            if request.content_length is not None and request.content_length > BODY_MAX:
                raise RoomError(413, "The request is too large.")
            response = await handler(request)
        except RoomError as exc:
            response = web.json_response({"error": say(exc.text, lang)}, status=exc.status)
        except web.HTTPRequestEntityTooLarge:
            response = web.json_response({"error": say("The request is too large.", lang)}, status=413)
        except web.HTTPException as exc:
            response = web.Response(status=exc.status, text=exc.reason, content_type="text/plain")
        if not response.prepared:
            response.headers.update(SECURITY_HEADERS)
            response.headers["Content-Security-Policy"] = self._csp()
        return response

    def _csp(self) -> str:
        # 'self' covers the WebSocket in current browsers; the explicit ws: origin covers the rest.
        host = f"[{self.host}]" if ":" in self.host else self.host
        return CSP.replace("connect-src 'self'", f"connect-src 'self' ws://{host}:{self.port}")

    async def _body(self, request: web.Request) -> dict[str, Any]:
        raw = await request.read()
        if len(raw) > BODY_MAX:
            raise RoomError(413, "The request is too large.")
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise RoomError(400, "The request is not valid.") from exc
        if not isinstance(body, dict):
            raise RoomError(400, "The request is not valid.")
        return body

    def _session(self, request: web.Request) -> str:
        session = request.headers.get(SESSION_HEADER, "")
        self.room.device(session)  # 403 for an unknown or removed phone, 429 beyond its rate
        return session

    # --- handlers ---------------------------------------------------------------------------

    async def _page(self, request: web.Request) -> web.Response:
        body, kind = self._files[request.match_info.get("file", "")]
        return web.Response(body=body, content_type=kind, charset="utf-8")

    async def _info(self, request: web.Request) -> web.Response:
        board = self.room.board
        return web.json_response({
            "title": board.title, "language": board.language, "texts": texts(board.language),
            "participants": [{"id": p.id, "name": p.name} for p in board.participants],
            "allow_anonymous": self.room.allow_anonymous,
        })

    async def _join(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        participant = body.get("participant_id")
        if participant is not None and (isinstance(participant, bool) or not isinstance(participant, int)):
            raise RoomError(400, "Pick your name from the list.")
        device = self.room.join(participant)
        return web.json_response({"session": device.session, "view": self.room.view(device.session)},
                                 status=201)

    async def _state(self, request: web.Request) -> web.Response:
        return web.json_response(self.room.view(self._session(request)))

    async def _card(self, request: web.Request) -> web.Response:
        session = self._session(request)
        body = await self._body(request)
        text = body.get("text")
        if not isinstance(text, str):
            raise RoomError(400, "Write something first.")
        item = self.room.write_card(session, text, _int(body.get("stage_id")), _int(body.get("lane_id")))
        return web.json_response({"id": item.id}, status=201)

    async def _dot(self, request: web.Request) -> web.Response:
        session = self._session(request)
        card = _int((await self._body(request)).get("card_id"))
        if card is None:
            raise RoomError(400, "This card is not part of the vote.")
        item = self.room.place_dot(session, card)
        return web.json_response({"id": item.id}, status=201)

    async def _undot(self, request: web.Request) -> web.Response:
        session = self._session(request)
        card = _int((await self._body(request)).get("card_id"))
        if card is None:
            raise RoomError(400, "This card is not part of the vote.")
        self.room.remove_dot(session, card)
        return web.json_response({})

    async def _rate(self, request: web.Request) -> web.Response:
        session = self._session(request)
        body = await self._body(request)
        stage, score = _int(body.get("stage_id")), body.get("score")
        if stage is None or not isinstance(score, int):
            raise RoomError(400, "A rating goes from -2 to +2.")
        self.room.rate(session, stage, score)
        return web.json_response({})

    async def _ready(self, request: web.Request) -> web.Response:
        session = self._session(request)
        self.room.set_ready(session, (await self._body(request)).get("ready") is True)
        return web.json_response({})

    async def _socket(self, request: web.Request) -> web.StreamResponse:
        session = request.query.get("s", "")
        self.room.device(session)
        socket = web.WebSocketResponse(heartbeat=20, max_msg_size=WS_MESSAGE_MAX)
        socket.headers.update(SECURITY_HEADERS)
        socket.headers["Content-Security-Policy"] = self._csp()
        await socket.prepare(request)
        self._sockets.setdefault(session, set()).add(socket)
        try:
            await socket.send_json({"type": "view", "view": self.room.view(session)})
            async for message in socket:
                if message.type != WSMsgType.TEXT:
                    break  # the page sends only text pings; anything else ends the connection
        except RoomError:
            pass
        finally:
            sockets = self._sockets.get(session)
            if sockets is not None:
                sockets.discard(socket)
                if not sockets:
                    self._sockets.pop(session, None)
        return socket


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


__all__ = ["CSP", "RoomServer", "RoomServerError", "join_url"]
