"""Build the one-folder bundle with PyInstaller and smoke-test the frozen binary (slow).

`python -m pytest -m slow tests/packaging` runs it; CI runs the same through
packaging/ci_smoke.sh. Skipped when PyInstaller is not installed (`pip install -e ".[packaging]"`).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_bundle_builds_and_its_smoke_run_passes() -> None:
    pytest.importorskip("PyInstaller")
    if not sys.platform.startswith("linux"):
        pytest.skip("the smoke run is written for the Linux bundle")
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], cwd=ROOT, check=True)
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "smoke.py")], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 failed" in result.stdout.splitlines()[-1]
