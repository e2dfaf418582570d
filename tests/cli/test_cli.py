"""The command line: verbs, exit codes, one-line errors (DESIGN.md section 4)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cxworkshop.appinfo import VERSION
from cxworkshop.cli import main
from tests.conftest import sha256


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cxworkshop.cli", *args], capture_output=True, text=True,
                          timeout=120)


def test_version() -> None:
    done = cli("--version")
    assert done.returncode == 0 and VERSION in done.stdout


@pytest.mark.parametrize(("template", "lang", "first_stage", "lanes"), [
    ("sme", "it", "Scoperta", 8), ("sme", "en", "Discovery", 8),
    ("blueprint", "en", "Discovery", 6), ("empty", "it", "Fase 1", 1)])
def test_new_from_each_template(tmp_path: Path, template: str, lang: str, first_stage: str, lanes: int,
                                capsys) -> None:
    path = tmp_path / "w.cxw"
    assert main(["new", str(path), "--template", template, "--lang", lang, "--title", "Kick-off",
                 "--client", "Ottica Rossi"]) == 0
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT name FROM stage ORDER BY position").fetchone()[0] == first_stage
    assert conn.execute("SELECT count(*) FROM lane").fetchone()[0] == lanes
    assert conn.execute("SELECT title, client, language FROM workshop").fetchone() == (
        "Kick-off", "Ottica Rossi", lang)
    conn.close()


def test_new_refuses_to_overwrite(tmp_path: Path, capsys) -> None:
    path = tmp_path / "w.cxw"
    assert main(["new", str(path)]) == 0
    before = sha256(path)
    assert main(["new", str(path)]) == 3
    assert "already exists" in capsys.readouterr().err
    assert sha256(path) == before


def test_demo_is_a_realistic_workshop(tmp_path: Path) -> None:
    path = tmp_path / "demo.cxw"
    done = cli("demo", str(path), "--lang", "it")
    assert done.returncode == 0, done.stderr
    conn = sqlite3.connect(path)
    kinds = {row[0] for row in conn.execute("SELECT DISTINCT kind FROM card")}
    assert {"touchpoint", "emotion", "pain_point", "opportunity", "moment_of_truth", "backstage"} <= kinds
    assert conn.execute("SELECT count(*) FROM participant").fetchone()[0] in range(6, 11)
    assert len({row[0] for row in conn.execute("SELECT DISTINCT department FROM participant")}) >= 5
    assert conn.execute("SELECT count(*) FROM action_item WHERE owner_id IS NULL").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM card WHERE channel IS NOT NULL").fetchone()[0] >= 10
    conn.close()


def test_demo_scales_for_benchmarks(tmp_path: Path, capsys) -> None:
    path = tmp_path / "big.cxw"
    assert main(["demo", str(path), "--cards", "700", "--actions", "40", "--lang", "en"]) == 0
    assert "700 cards, 40 actions" in capsys.readouterr().out
    assert main(["demo", str(tmp_path / "x.cxw"), "--cards", "10001"]) == 2  # up to 10,000


def test_check_reports_and_changes_nothing(demo_file: Path) -> None:
    before = sha256(demo_file)
    done = cli("check", str(demo_file))
    assert done.returncode == 0, done.stderr
    assert "Integrity: ok" in done.stdout and "cards: 95" in done.stdout
    assert "9 open, 0 done, 0 without an owner" in done.stdout
    assert sha256(demo_file) == before


@pytest.mark.parametrize("args", [["frobnicate", "x"], ["check"], ["demo", "x.cxw", "--cards", "many"],
                                  ["screenshot", "a.cxw", "b.png", "--size", "huge"], ["export", "a.cxw"]])
def test_usage_errors_exit_2_with_one_line(args: list[str], capsys) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("cxworkshop: error: ")


def test_main_py_runs_the_same_command_line(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, str(root / "main.py"), "--version"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0 and VERSION in done.stdout


def test_headless_verbs_start_without_orm_or_qt() -> None:
    # Building the parser runs for every verb; `export` must not import Qt (DESIGN.md 4) and
    # `screenshot` must not pay for the ORM before its first paint.
    script = ("import sys\nfrom cxworkshop.cli import build_parser\nbuild_parser()\n"
              "print(sorted(m for m in ('sqlmodel', 'sqlalchemy', 'pydantic', 'PySide6') "
              "if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
