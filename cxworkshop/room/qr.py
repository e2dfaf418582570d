"""The join URL as a QR code, made locally with segno (pure Python, no network, no dependency)."""

from __future__ import annotations

import io

import segno


def qr_png(url: str, scale: int = 8) -> bytes:
    """A PNG of the code, black on white with the standard quiet zone, for the dock and projector."""
    code = segno.make(url, error="m", micro=False)
    out = io.BytesIO()
    code.save(out, kind="png", scale=scale, border=4, dark="#000000", light="#ffffff")
    return out.getvalue()


def qr_text(url: str) -> str:
    """The code drawn with block characters, for the headless command's terminal."""
    code = segno.make(url, error="m", micro=False)
    out = io.StringIO()
    code.terminal(out=out, compact=True, border=2)
    return out.getvalue()
