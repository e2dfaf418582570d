"""The window when the workshop file is attacked (issue 13): a replaced file, a foreign journal."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from cxworkshop.document import Reason, WorkshopDocument, new_workshop
from cxworkshop.model.records import Card, Stage
from cxworkshop.ui import open_errors
from cxworkshop.ui.open_errors import Choice, OpenErrorDialog, open_with_dialogs
from tests.conftest import sha256
from tests.unit.test_durability import _crash, _is_hot, _journal


def _box(name: str) -> QMessageBox | None:
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
    return found[0] if found else None


def test_a_file_renamed_over_stops_editing_and_offers_a_copy(qtbot, window, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    document = window.document
    path = document.path
    stage = document.rows(Stage)[0]
    window.scene.attempt(document.rename_stage, stage.id, "Before the sync")
    other = new_workshop(tmp_path / "incoming.cxw", "sme", "en", title="Another client")
    os.replace(other, path)  # a sync client puts its version in place
    rejected: list[str] = []
    window.scene.edit_rejected.connect(rejected.append)
    assert window.scene.attempt(document.rename_stage, stage.id, "After") is None
    assert rejected and "replaced" in rejected[0]
    qtbot.waitUntil(lambda: _box("file-lost") is not None, timeout=3000)
    box = _box("file-lost")
    assert "replaced" in box.informativeText()
    target = tmp_path / "rescued.cxw"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    save = next(b for b in box.buttons() if b.text() == "Save a copy…")
    save.click()
    rescued = WorkshopDocument.open(target, read_only=True)
    try:
        assert rescued.row(Stage, stage.id).name == "Before the sync"
    finally:
        rescued.close()


def test_a_journal_of_another_copy_offers_open_as_it_is(qtbot, demo_file: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    for seed in range(1, 8):
        _crash("--grow", demo_file, seed)
        if _is_hot(demo_file):
            break
    assert _is_hot(demo_file)
    other = new_workshop(tmp_path / "other.cxw", "sme", "en", title="Another client")
    shutil.copyfile(other, demo_file)
    journal_hash = sha256(_journal(demo_file))
    shown: list[OpenErrorDialog] = []

    def fake_exec(dialog: OpenErrorDialog) -> int:
        shown.append(dialog)
        dialog.choose(Choice.AS_IT_IS)
        return 0

    monkeypatch.setattr(OpenErrorDialog, "exec", fake_exec)
    monkeypatch.setattr(open_errors, "show_message", lambda *a: pytest.fail(f"second error {a}"))
    document = open_with_dialogs(None, demo_file)
    assert shown[0].error.reason == Reason.JOURNAL_MISMATCH
    assert Choice.AS_IT_IS in shown[0].choices()
    assert document is not None
    reference = WorkshopDocument.open(other, read_only=True)
    try:
        assert [c.text for c in document.rows(Card)] == [c.text for c in reference.rows(Card)]
    finally:
        document.close()
        reference.close()
    kept = [p for p in demo_file.parent.iterdir() if ".cxw-journal.set-aside-" in p.name]
    assert len(kept) == 1 and sha256(kept[0]) == journal_hash
