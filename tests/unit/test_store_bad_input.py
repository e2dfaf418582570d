"""Every bad input gets exit code 3, one clear line, no traceback, and the file is not changed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cxworkshop.cli import main
from cxworkshop.document import WorkshopDocument
from cxworkshop.store import Reason, WorkshopFileError, open_workshop
from tests.conftest import sha256
from tests.unit.bad_files import BAD_FILES


def _fingerprint(path: Path) -> str | None:
    return sha256(path) if path.exists() else None


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_check_refuses_bad_file_with_one_line(case: str, tmp_path: Path, demo_template: Path, capsys) -> None:
    make, reason, words = BAD_FILES[case]
    path = make(tmp_path, demo_template)
    before = _fingerprint(path)
    assert main(["check", str(path)]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("cxworkshop: error: "), err
    assert words in err
    assert "Traceback" not in err
    assert _fingerprint(path) == before


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_opening_bad_file_for_editing_changes_nothing(case: str, tmp_path: Path, demo_template: Path) -> None:
    make, reason, _ = BAD_FILES[case]
    path = make(tmp_path, demo_template)
    before = _fingerprint(path)
    with pytest.raises(WorkshopFileError) as caught:
        WorkshopDocument.open(path)
    assert caught.value.reason is reason
    assert _fingerprint(path) == before
    siblings = path.parent.iterdir() if path.parent.exists() else []
    leftovers = {p.name for p in siblings} - {path.name}
    assert not [name for name in leftovers if name.startswith(".~lock")], "a refused file leaves no lock"


def test_messages_are_translated_to_italian(tmp_path: Path, demo_template: Path, capsys,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CXWORKSHOP_LANG", "it")
    path = BAD_FILES["PNG renamed .cxw"][0](tmp_path, demo_template)
    assert main(["check", str(path)]) == 3
    assert capsys.readouterr().err.strip() == (
        "cxworkshop: errore: photo.cxw: questo è un'immagine PNG, non un file di CX Workshop.")


def test_subprocess_cli_never_hangs_or_prints_a_traceback(tmp_path: Path, demo_template: Path) -> None:
    path = BAD_FILES["flipped bytes"][0](tmp_path, demo_template)
    done = subprocess.run([sys.executable, "-m", "cxworkshop.cli", "check", str(path)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 3
    assert done.stderr.startswith("cxworkshop: error:") and "Traceback" not in done.stderr


HOLDER = textwrap.dedent("""
    import sys, time
    from cxworkshop.document import WorkshopDocument
    doc = WorkshopDocument.open(sys.argv[1])
    print("ready", flush=True)
    time.sleep(60)
""")


def test_file_open_in_another_process_is_refused_then_freed_after_a_crash(demo_file: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(demo_file)], stdout=subprocess.PIPE,
                              text=True, env=os.environ.copy())
    try:
        assert holder.stdout.readline().strip() == "ready"
        before = sha256(demo_file)
        done = subprocess.run([sys.executable, "-m", "cxworkshop.cli", "check", str(demo_file)],
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 3
        assert "already open in CX Workshop (process" in done.stderr
        with pytest.raises(WorkshopFileError) as caught:
            open_workshop(demo_file)
        assert caught.value.reason is Reason.LOCKED
        assert sha256(demo_file) == before
    finally:
        holder.kill()  # a crash: SIGKILL, no clean-up of the lock file
        holder.wait()
    # The lock file is still there, but the OS released the lock: a stale lock never blocks.
    assert any(p.name.startswith(".~lock") for p in demo_file.parent.iterdir())
    reopened = open_workshop(demo_file)
    reopened.close()


def test_second_window_in_same_process_is_refused(demo_file: Path) -> None:
    first = open_workshop(demo_file)
    try:
        with pytest.raises(WorkshopFileError) as caught:
            open_workshop(demo_file)
        assert caught.value.reason is Reason.LOCKED
    finally:
        first.close()
    open_workshop(demo_file).close()


def _make_read_only(folder: Path) -> None:
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return
    # root ignores permissions; a read-only bind mount stops even root.
    for command in (["mount", "--bind", str(folder), str(folder)],
                    ["mount", "-o", "remount,bind,ro", str(folder)]):
        if subprocess.run(command, capture_output=True).returncode != 0:
            pytest.skip("cannot make a read-only folder here (root without mount rights)")


def _undo_read_only(folder: Path) -> None:
    if os.geteuid() != 0:
        folder.chmod(0o755)
    else:
        subprocess.run(["umount", str(folder)], capture_output=True)


def test_file_in_read_only_folder(tmp_path: Path, demo_template: Path, capsys) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    path = folder / "workshop.cxw"
    path.write_bytes(demo_template.read_bytes())
    before = sha256(path)
    _make_read_only(folder)
    try:
        assert main(["check", str(path)]) == 3
        err = capsys.readouterr().err
        assert "read-only" in err and err.count("\n") == 1
        with pytest.raises(WorkshopFileError) as caught:
            WorkshopDocument.open(path)
        assert caught.value.reason is Reason.READ_ONLY
        # It can still be looked at, read-only, without any write.
        viewer = WorkshopDocument.open(path, read_only=True)
        assert viewer.workshop().client == "Caffè Aurora Srl"
        viewer.close()
    finally:
        _undo_read_only(folder)
    assert sha256(path) == before


INTERRUPT = textwrap.dedent("""
    import os, sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA cache_size = 1")  # spill to the file mid-transaction, as a big edit does
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE card SET text = text || ' half-written half-written half-written'")
    os._exit(9)  # power cut: no commit, no rollback
""")


def test_write_interrupted_by_a_crash_is_rolled_back_for_readers(demo_file: Path, capsys) -> None:
    from tests.unit.random_edits import dump

    committed = dump(demo_file)
    subprocess.run([sys.executable, "-c", INTERRUPT, str(demo_file)], timeout=60)
    journal = demo_file.with_name(demo_file.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0, "the crash left a hot journal"
    assert main(["check", str(demo_file)]) == 0, capsys.readouterr().err
    assert dump(demo_file) == committed
    viewer = WorkshopDocument.open(demo_file, read_only=True)
    viewer.close()
