"""Room mode (issue 19): participants write, vote and rate from their own phones, on the room's
own network, with no cloud. Qt-free: the protocol and room state (state.py), the HTTP/WebSocket
server running in its own thread (server.py), the phone page's texts (page_texts.py) and the
QR code (qr.py); bridge.py is the one QtCore module, the thin bridge that applies what the
facilitator reveals through WorkshopDocument. Contributions wait in the inbox until then.
"""
