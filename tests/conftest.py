"""Shared test set-up: headless Qt, a private data folder per test, English messages by default."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

# Before any Qt import: tests never need a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"  # even under Xvfb or a desktop session
os.environ["CXWORKSHOP_LANG"] = "en"


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups and the bundled demo go to a fresh folder, never the developer's own."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("CXWORKSHOP_DATA_DIR", str(folder))
    monkeypatch.setenv("CXWORKSHOP_LANG", "en")
    return folder


@pytest.fixture(scope="session", autouse=True)
def _qt_test_mode() -> None:
    try:
        from PySide6.QtCore import QStandardPaths
    except ImportError:  # the Qt-free suites still run
        return
    QStandardPaths.setTestModeEnabled(True)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo workshop made once per run; copy it (demo_file) before changing it."""
    from cxworkshop.document import new_demo

    return new_demo(tmp_path_factory.mktemp("template") / "demo.cxw")


@pytest.fixture
def demo_file(tmp_path: Path, demo_template: Path) -> Path:
    target = tmp_path / "demo.cxw"
    target.write_bytes(demo_template.read_bytes())
    return target
