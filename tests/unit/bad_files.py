"""Makers of the bad inputs listed in the foundation issue, each from a good demo file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from cxworkshop.store.errors import Reason

PNG_1x1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def zero_bytes(tmp: Path, good: Path) -> Path:
    path = tmp / "empty.cxw"
    path.write_bytes(b"")
    return path


def random_bytes(tmp: Path, good: Path) -> Path:
    path = tmp / "noise.cxw"
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(65536)))
    return path


def png_renamed(tmp: Path, good: Path) -> Path:
    path = tmp / "photo.cxw"
    path.write_bytes(PNG_1x1)
    return path


def truncated(tmp: Path, good: Path) -> Path:
    path = tmp / "truncated.cxw"
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def flipped_bytes(tmp: Path, good: Path) -> Path:
    """Invert the b-tree page headers of every page after the first, as a damaged copy would."""
    path = tmp / "flipped.cxw"
    data = bytearray(good.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for start in range(page, len(data), page):
        for offset in range(8):
            data[start + offset] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


def other_application(tmp: Path, good: Path) -> Path:
    path = tmp / "invoices.cxw"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoice VALUES (1, 99.5)")
    conn.commit()
    conn.close()
    return path


def newer_version(tmp: Path, good: Path) -> Path:
    path = tmp / "from-the-future.cxw"
    path.write_bytes(good.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    return path


def extra_trigger(tmp: Path, good: Path) -> Path:
    path = tmp / "trigger.cxw"
    path.write_bytes(good.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER wipe AFTER UPDATE ON card BEGIN DELETE FROM action_item; END")
    conn.commit()
    conn.close()
    return path


def extra_view(tmp: Path, good: Path) -> Path:
    path = tmp / "view.cxw"
    path.write_bytes(good.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("CREATE VIEW everything AS SELECT * FROM card")
    conn.commit()
    conn.close()
    return path


def missing(tmp: Path, good: Path) -> Path:
    return tmp / "no-such-folder" / "nothing.cxw"


BAD_FILES: dict[str, tuple[Callable[[Path, Path], Path], Reason, str]] = {
    "zero-byte file": (zero_bytes, Reason.NOT_A_WORKSHOP, "empty"),
    "random bytes": (random_bytes, Reason.NOT_A_WORKSHOP, "not a CX Workshop file"),
    "PNG renamed .cxw": (png_renamed, Reason.NOT_A_WORKSHOP, "PNG image"),
    "truncated workshop": (truncated, Reason.DAMAGED, "cut off"),
    "flipped bytes": (flipped_bytes, Reason.DAMAGED, "damaged"),
    "another application's database": (other_application, Reason.NOT_A_WORKSHOP, "another application"),
    "newer schema version": (newer_version, Reason.NEWER_VERSION, "newer CX Workshop"),
    "tampered schema: trigger": (extra_trigger, Reason.TAMPERED, "trigger wipe"),
    "tampered schema: view": (extra_view, Reason.TAMPERED, "view everything"),
    "path that does not exist": (missing, Reason.MISSING, "does not exist"),
}
