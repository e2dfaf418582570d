"""Every bad file gets its dialog and way out; no exception ever reaches the event loop."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cxworkshop.document import Reason, WorkshopDocument
from cxworkshop.ui import open_errors
from cxworkshop.ui.open_errors import Choice, OpenErrorDialog, open_with_dialogs
from tests.conftest import sha256
from tests.gui.test_room_support import no_exception_reaches_the_loop
from tests.unit.bad_files import BAD_FILES


@pytest.fixture
def answer(monkeypatch):
    """Replace the modal exec(): record each dialog and take the way out in `answer.choice`."""

    class Answer:
        choice = Choice.CLOSE
        shown: list[OpenErrorDialog] = []

    def fake_exec(dialog: OpenErrorDialog) -> int:
        Answer.shown.append(dialog)
        assert dialog.text() and dialog.informativeText()
        if Answer.choice in dialog.choices():
            dialog.choose(Answer.choice)
        return 0

    Answer.shown = []
    monkeypatch.setattr(OpenErrorDialog, "exec", fake_exec)
    monkeypatch.setattr(open_errors, "show_message", lambda *a: pytest.fail(f"second error {a}"))
    return Answer


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_every_bad_file_opens_its_dialog(qtbot, name: str, demo_file: Path, tmp_path: Path,
                                        answer):
    make, reason, _words = BAD_FILES[name]
    path = make(tmp_path, demo_file)
    before = sha256(path) if path.exists() else None
    with no_exception_reaches_the_loop():
        assert open_with_dialogs(None, path) is None
    assert len(answer.shown) == 1
    dialog = answer.shown[0]
    assert dialog.error.reason == reason
    assert path.name in dialog.informativeText()
    if before is not None:
        assert sha256(path) == before, "a bad file was modified"


def test_damaged_file_offers_the_latest_backup_as_a_new_copy(qtbot, demo_file: Path,
                                                             tmp_path: Path, answer):
    document = WorkshopDocument.open(demo_file)
    stage = document.first_map()
    document.set_workshop(title="Backed up")  # the first edit of a session makes a backup
    document.close()
    assert stage is not None
    damaged_bytes = bytearray(demo_file.read_bytes())
    page = int.from_bytes(damaged_bytes[16:18], "big")
    for start in range(page, len(damaged_bytes), page):
        for offset in range(8):
            damaged_bytes[start + offset] ^= 0xFF
    demo_file.write_bytes(bytes(damaged_bytes))
    before = sha256(demo_file)
    answer.choice = Choice.BACKUP
    with no_exception_reaches_the_loop():
        document = open_with_dialogs(None, demo_file)
    assert answer.shown[0].error.reason == Reason.DAMAGED
    assert Choice.BACKUP in answer.shown[0].choices()
    assert document is not None and not document.read_only
    assert document.path != demo_file and document.path.parent == demo_file.parent
    document.close()
    assert sha256(demo_file) == before


def test_locked_file_says_so_and_offers_read_only_or_a_copy(qtbot, demo_file: Path, answer):
    holder = WorkshopDocument.open(demo_file)
    try:
        answer.choice = Choice.READ_ONLY
        with no_exception_reaches_the_loop():
            document = open_with_dialogs(None, demo_file)
        assert answer.shown[0].error.reason == Reason.LOCKED
        assert set(answer.shown[0].choices()) == {Choice.READ_ONLY, Choice.OPEN_COPY}
        assert document is not None and document.read_only
        document.close()
        answer.choice = Choice.OPEN_COPY
        copy = open_with_dialogs(None, demo_file)
        assert copy is not None and not copy.read_only and copy.path != demo_file
        copy.close()
    finally:
        holder.close()


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_file_offers_read_only_and_save_a_copy(qtbot, demo_file: Path, tmp_path: Path,
                                                         answer, monkeypatch):
    demo_file.chmod(0o444)
    target = tmp_path / "mine.cxw"
    monkeypatch.setattr(open_errors, "ask_copy_path", lambda parent, original: target)
    answer.choice = Choice.SAVE_COPY
    document = open_with_dialogs(None, demo_file)
    assert answer.shown[0].error.reason == Reason.READ_ONLY
    assert document is not None and document.path == target
    document.close()


def test_dialog_is_translated_in_italian(qtbot, tmp_path: Path, demo_file: Path, answer, qapp):
    from cxworkshop.ui.translations import install_translators

    install_translators(qapp, "it")
    try:
        path = BAD_FILES["newer schema version"][0](tmp_path, demo_file)
        open_with_dialogs(None, path)
        dialog = answer.shown[0]
        assert "CX Workshop più recente" in dialog.text()
        assert "Aggiorna" in dialog.informativeText()
    finally:
        install_translators(qapp, "en")
