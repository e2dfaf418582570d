"""The limits and the vocabulary of the room protocol, shared by the server, the state and tests."""

from __future__ import annotations

from enum import StrEnum

from cxworkshop.model.enums import EMOTION_MAX, EMOTION_MIN
from cxworkshop.model.limits import CARD_TEXT_MAX

TOKEN_BYTES = 24  # 192 bits in the join URL (the issue asks for at least 128)
SESSION_BYTES = 24  # each phone's own session after joining
DEVICES_MAX = 60  # phones in one room; the 61st is answered 429
# A request body: one card of the board's largest text, every character in its longest JSON
# form (an escaped surrogate pair, 12 bytes), plus room for the JSON around it: about 60 KB.
# Beyond this the answer is 413 before the body is read; a longer text is 413 after it.
BODY_MAX = 12 * CARD_TEXT_MAX + 1024
RATE_PER_SECOND = 10.0  # requests per device per second, sustained
RATE_BURST = 20.0  # a short burst is fine (a page load makes a few requests at once)
CARDS_PER_DEVICE_MAX = 200  # pending cards of one phone: a flood is refused, not stored
WS_MESSAGE_MAX = 1024  # the page sends nothing but pings over the WebSocket
EMOTIONS = tuple(range(EMOTION_MIN, EMOTION_MAX + 1))
CARD_TEXT_LIMIT = CARD_TEXT_MAX


class Activity(StrEnum):
    IDLE = "idle"
    WRITING = "writing"
    VOTING = "voting"
    EMOTION = "emotion"


class Kind(StrEnum):
    """What a contribution in the inbox is."""

    CARD = "card"
    DOT = "dot"


CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
       "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # the token is in the URL: never send it elsewhere
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Resource-Policy": "same-origin",
}
