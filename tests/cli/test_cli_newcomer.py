"""What a newcomer meets first on the command line: typos, no display, missing folders."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import sha256


def cli(*args: str, env: dict[str, str] | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cxworkshop.cli", *args], capture_output=True,
                          text=True, timeout=120, env=env, cwd=cwd)


def test_an_unknown_verb_is_a_usage_error_with_a_hint(tmp_path: Path) -> None:
    done = cli("chek", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "did you mean check?" in done.stderr
    done = cli("frobnicate", cwd=tmp_path)
    assert done.returncode == 2 and "unknown command 'frobnicate'" in done.stderr
    assert not (tmp_path / "frobnicate").exists()


def test_the_hint_speaks_italian(tmp_path: Path) -> None:
    env = dict(os.environ, CXWORKSHOP_LANG="it")
    done = cli("expor", env=env, cwd=tmp_path)
    assert done.returncode == 2 and "forse intendevi export?" in done.stderr


def test_no_display_is_one_line_not_an_abort(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["XDG_CONFIG_HOME"] = str(tmp_path)
    done = cli(env=env, cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and "no display found" in done.stderr
    assert "Traceback" not in done.stderr


def test_export_refuses_a_missing_folder(tmp_path: Path, demo_file: Path) -> None:
    before = sha256(demo_file)
    missing = tmp_path / "nonexistent-dir"
    for option, target in (("--pdf", missing / "out.pdf"), ("--csv", missing / "a.csv"),
                           ("--per-owner", missing / "sub" / "owners")):
        done = cli("export", str(demo_file), option, str(target))
        assert done.returncode == 3, (option, done.stderr)
        assert "does not exist" in done.stderr and done.stderr.count("\n") == 1
        assert not missing.exists()
    # A new per-owner folder inside an existing one is fine.
    done = cli("export", str(demo_file), "--per-owner", str(tmp_path / "owners"))
    assert done.returncode == 0, done.stderr
    assert any((tmp_path / "owners").glob("*.pdf"))
    assert sha256(demo_file) == before


def test_export_names_a_folder_given_for_a_file_and_a_file_given_for_a_folder(
        tmp_path: Path, demo_file: Path) -> None:
    """`--pdf FOLDER` failed on the temporary file's name with the system's English reason
    ("Is a directory"); `--eml FILE` said the (existing) file "does not exist"."""
    folder = tmp_path / "out"
    folder.mkdir()
    plain = tmp_path / "plan.csv"
    plain.write_text("x")
    env = dict(os.environ, CXWORKSHOP_LANG="it")
    done = cli("export", str(demo_file), "--pdf", str(folder), env=env)
    assert done.returncode == 3 and done.stderr.count("\n") == 1, done.stderr
    assert f"{folder} è una cartella" in done.stderr and ".part" not in done.stderr
    done = cli("export", str(demo_file), "--eml", str(plain), env=env)
    assert done.returncode == 3 and f"{plain} è un file, non una cartella" in done.stderr
    assert plain.read_text() == "x" and not any(folder.iterdir())
