"""The layer contracts hold, and they would catch Qt creeping into the Qt-free core."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT = Path(sys.executable).with_name("lint-imports")


def _lint(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(LINT)], cwd=folder, capture_output=True, text=True, timeout=300)


def test_a_qt_import_in_the_core_breaks_a_contract(tmp_path: Path) -> None:
    probe = tmp_path / "probe"
    shutil.copytree(ROOT / "cxworkshop", probe / "cxworkshop",
                    ignore=shutil.ignore_patterns("__pycache__", "resources"))
    shutil.copy(ROOT / "pyproject.toml", probe)
    with (probe / "cxworkshop" / "export" / "dates.py").open("a", encoding="utf-8") as module:
        module.write("\nfrom PySide6.QtCore import QDate  # noqa\n")
    done = _lint(probe)
    assert done.returncode != 0
    assert "never imports Qt" in done.stdout and "BROKEN" in done.stdout
