"""The README opens with the two set-up commands, and CI runs the same test command."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _first_block() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("```sh\n") + len("```sh\n")
    return [line for line in text[start:text.index("```", start)].splitlines() if line.strip()]


def test_readme_opens_with_exactly_two_commands() -> None:
    assert _first_block() == ["bash packaging/from-source.sh app",
                              "bash packaging/from-source.sh test"]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f"{_first_block()[1]} -q" in ci


def test_the_setup_script_is_valid_bash_and_refuses_unknown_modes() -> None:
    script = ROOT / "packaging" / "from-source.sh"
    assert subprocess.run(["bash", "-n", str(script)], timeout=30).returncode == 0
    done = subprocess.run(["bash", str(script), "frobnicate"], capture_output=True, text=True,
                          timeout=30)
    assert done.returncode == 2 and "usage" in done.stderr
