"""`cxworkshop portfolio FOLDER... [--pdf OUT] [--xlsx OUT] [--csv OUT]` (issue 20)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cxworkshop.cli import main
from tests.conftest import sha256
from tests.unit.portfolio_files import make


@pytest.fixture
def folder(tmp_path: Path, demo_template: Path) -> Path:
    root = tmp_path / "workshops"
    make(demo_template, root / "aurora.cxw", "Caffè Aurora", "Kick-off", overdue=2, unowned=1)
    make(demo_template, root / "sub" / "banca.cxw", "Banca Verde", "Onboarding", planned_in=5)
    (root / "sub" / "photo.cxw").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    return root


def test_prints_each_workshop_the_clients_and_the_unreadable_files(folder: Path, capsys) -> None:
    hashes = {path: sha256(path) for path in folder.rglob("*.cxw")}
    assert main(["portfolio", str(folder)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Portfolio: 2 workshops, 2 clients, 2 overdue actions, 1 file that cannot be read")
    lines = out.splitlines()
    header = next(line for line in lines if line.startswith("Client"))
    assert "Next follow-up" in header and "Overdue actions" in header
    aurora = next(line for line in lines if line.startswith("Caffè Aurora"))
    assert aurora.split()[-8:-5] == ["9", "2", "0"]  # open, overdue, done
    assert "  Caffè Aurora: 1 workshop, 9 open, 2 overdue, 1 without an owner" in lines
    assert any("photo.cxw: this is a PNG image, not a CX Workshop file." in line for line in lines)
    assert lines[-1] == "Index: 3 files, 3 read now, 0 renamed, 0 removed"
    assert {path: sha256(path) for path in hashes} == hashes
    assert main(["portfolio", str(folder)]) == 0  # the second time, nothing is read again
    assert capsys.readouterr().out.splitlines()[-1] == "Index: 3 files, 0 read now, 0 renamed, 0 removed"


def test_writes_pdf_xlsx_and_csv(folder: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert main(["portfolio", str(folder), "--pdf", str(out / "p.pdf"), "--xlsx", str(out / "p.xlsx"),
                 "--csv", str(out / "p.csv"), "--lang", "it"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("Portafoglio: 2 workshop, 2 clienti, 2 azioni scadute")
    for name in ("p.pdf", "p.xlsx", "p.csv"):
        assert f"Scritto {out / name}" in printed
    assert (out / "p.pdf").read_bytes().startswith(b"%PDF-")
    assert (out / "p.xlsx").read_bytes().startswith(b"PK")
    assert "Caffè Aurora" in (out / "p.csv").read_text(encoding="utf-8-sig")


def test_a_file_named_directly_joins_the_folders(folder: Path, demo_template: Path, tmp_path: Path,
                                                 capsys) -> None:
    single = make(demo_template, tmp_path / "elsewhere" / "solo.cxw", "Solo Srl", "Solo")
    assert main(["portfolio", str(folder), str(single)]) == 0
    assert "Solo Srl" in capsys.readouterr().out


@pytest.mark.parametrize("problem", ["missing input", "missing output folder"])
def test_bad_paths_are_one_line_errors(folder: Path, tmp_path: Path, problem: str) -> None:
    args = [str(tmp_path / "nowhere")] if problem == "missing input" else [
        str(folder), "--pdf", str(tmp_path / "no" / "such" / "p.pdf")]
    done = subprocess.run([sys.executable, "-m", "cxworkshop.cli", "portfolio", *args], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 3
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("cxworkshop: error: ")
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "no").exists()


def test_usage() -> None:
    done = subprocess.run([sys.executable, "-m", "cxworkshop.cli", "portfolio"], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "FOLDER" in done.stderr
