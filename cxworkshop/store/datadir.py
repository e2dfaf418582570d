"""Where CX Workshop keeps its own files (backups) on each platform: never next to documents."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def user_data_dir() -> Path:
    """CXWORKSHOP_DATA_DIR when set (tests, portable installs), else the platform's convention."""
    override = os.environ.get("CXWORKSHOP_DATA_DIR")
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return base / "CX Workshop"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "CX Workshop"
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / "cxworkshop"
