"""File > Export… and File > Send outcomes… from the real window: open actions without an
owner are listed and assigned in the dialog, the exports write their files with progress,
cancelling keeps the previous file, and the e-mail drafts open in the mail client."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices

from cxworkshop.model.records import ActionItem, Participant
from cxworkshop.ui import export_dialog, export_run, send_outcomes
from cxworkshop.ui.export_dialog import ExportDialog
from cxworkshop.ui.export_run import ExportProgress, ExportStep, outcome_dialog, run_exports
from cxworkshop.ui.main_window import MainWindow


@pytest.fixture
def demo_window(qtbot, demo_file: Path):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(demo_file)
    window.show()
    yield window
    window.close()


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def _unowned(window: MainWindow, title: str = "Call the coffee roaster") -> int:
    return window.document.add_action(title)


def test_unowned_actions_are_listed_and_assigned_in_the_dialog(qtbot, demo_window):
    window = demo_window
    action = _unowned(window)
    dialog = ExportDialog(window.document, window)
    qtbot.addWidget(dialog)
    assert [a.id for a in dialog.unowned] == [action]
    assert not dialog.unowned_panel.isHidden() and not dialog.ok.isEnabled()
    assert dialog.unowned_panel.title() == "One open action without an owner"
    combo = dialog.unowned_panel.combos[action]
    people = {p.id for p in window.document.rows(Participant)}
    assert combo.count() == 1 + len([p for p in window.document.rows(Participant) if p.name])
    combo.setCurrentIndex(2)
    owner = window.document.row(ActionItem, action).owner_id
    assert owner in people and owner == combo.itemData(2)
    assert dialog.unowned == [] and dialog.unowned_panel.isHidden() and dialog.ok.isEnabled()
    assert window.document.undo_stack.canUndo()  # one undo step, like any edit
    window.undo()
    assert window.document.row(ActionItem, action).owner_id is None
    dialog.set_target("pdf", None)
    dialog.set_target("xlsx", None)
    dialog.refresh_unowned()
    assert not dialog.ok.isEnabled()


def test_default_paths_are_next_to_the_workshop_and_named_after_it(qtbot, demo_window):
    dialog = ExportDialog(demo_window.document, demo_window)
    qtbot.addWidget(dialog)
    folder = demo_window.document.path.parent
    targets = dialog.targets()
    assert set(targets) == {"pdf", "xlsx"}
    assert targets["pdf"] == folder / "demo.pdf" and targets["xlsx"] == folder / "demo - actions.xlsx"
    assert dialog.rows["eml"].path.text() == str(folder / "demo - emails")


def test_every_output_is_written_with_progress(qtbot, demo_window, tmp_path: Path):
    dialog = ExportDialog(demo_window.document, demo_window)
    qtbot.addWidget(dialog)
    out = tmp_path / "out"
    for key, name in (("pdf", "report.pdf"), ("per_owner", "owners"), ("csv", "plan.csv"),
                      ("xlsx", "plan.xlsx"), ("eml", "mails")):
        dialog.set_target(key, out / name)
    calls: list[tuple[int, int]] = []

    def watched(step: ExportStep) -> ExportStep:
        return ExportStep(step.label, lambda data, progress: step.run(
            data, lambda done, total: (calls.append((done, total)), progress(done, total))))

    # The window holds the file's lock; the export reads it read-only all the same.
    outcome = run_exports(demo_window, demo_window.document.path,
                          [watched(s) for s in dialog.steps()])
    assert outcome.ok and not outcome.error
    assert (out / "report.pdf").read_bytes()[:4] == b"%PDF"
    assert len(list((out / "owners").glob("*.pdf"))) >= 2
    assert (out / "plan.csv").stat().st_size > 100 and (out / "plan.xlsx").stat().st_size > 1000
    assert len(list((out / "mails").glob("*.eml"))) == len(list((out / "owners").glob("*.pdf")))
    assert set(outcome.files) == {p for p in out.rglob("*") if p.is_file()}
    assert len(calls) > 5 and calls[-1][0] == calls[-1][1]
    box = outcome_dialog(demo_window, outcome, out)
    assert "Files written: " in box.text()
    assert [b.text() for b in box.buttons() if b.text() == "Open folder"]
    box.deleteLater()


def test_cancel_keeps_the_previous_file(qtbot, demo_window, tmp_path: Path, monkeypatch):
    from cxworkshop.export import write_pdf

    target = tmp_path / "report.pdf"
    target.write_bytes(b"the previous report")
    monkeypatch.setattr(ExportProgress, "wasCanceled", lambda self: True)
    step = ExportStep("pdf", lambda data, progress: write_pdf(data, target, progress=progress))
    outcome = run_exports(demo_window, demo_window.document.path, [step])
    assert outcome.cancelled and not outcome.files
    assert target.read_bytes() == b"the previous report"


def test_an_error_is_reported_not_raised(qtbot, demo_window, tmp_path: Path):
    from cxworkshop.export import write_csv

    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    step = ExportStep("csv", lambda data, progress: write_csv(data, blocker / "plan.csv",
                                                              progress=progress))
    outcome = run_exports(demo_window, demo_window.document.path, [step])
    assert outcome.error and not outcome.ok
    box = outcome_dialog(demo_window, outcome)
    assert "not completed" in box.text() and "a-file" in box.informativeText()
    box.deleteLater()


def test_file_export_menu_runs_the_dialog_and_shows_the_files(qtbot, demo_window,
                                                              tmp_path: Path, monkeypatch,
                                                              opened):
    window = demo_window
    action = _unowned(window)
    shown = []

    def answer(dialog: ExportDialog) -> int:
        combo = dialog.unowned_panel.combos[action]
        combo.setCurrentIndex(1)
        dialog.set_target("pdf", tmp_path / "r.pdf")
        dialog.set_target("csv", tmp_path / "r.csv")
        dialog.set_target("xlsx", None)
        assert dialog.ok.isEnabled()
        return ExportDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", answer)
    monkeypatch.setattr(export_dialog, "show_outcome",
                        lambda parent, outcome, folder=None: shown.append((outcome, folder)))
    assert window.act_export.isEnabled()
    window.act_export.trigger()
    outcome, folder = shown[0]
    assert outcome.ok and sorted(p.name for p in outcome.files) == ["r.csv", "r.pdf"]
    assert (tmp_path / "r.pdf").exists() and folder == tmp_path
    export_run.open_folder(folder)
    assert opened == [str(tmp_path)]


def test_send_outcomes_writes_drafts_and_opens_them(qtbot, demo_window, tmp_path: Path,
                                                    monkeypatch, opened):
    window = demo_window
    monkeypatch.setattr(send_outcomes, "documents_folder", lambda: tmp_path / "Documents")
    shown = []
    monkeypatch.setattr(send_outcomes, "show_outcome",
                        lambda parent, outcome, folder=None: shown.append(folder))
    action = _unowned(window)

    def answer(dialog: ExportDialog) -> int:
        assert dialog.mode == "send" and not dialog.ok.isEnabled()
        dialog.unowned_panel.combos[action].setCurrentIndex(1)
        return ExportDialog.DialogCode.Accepted if dialog.ok.isEnabled() else 0

    monkeypatch.setattr(ExportDialog, "exec", answer)
    window.act_send.trigger()
    folder = shown[0]
    assert folder.parent == tmp_path / "Documents" / "CX Workshop"
    drafts = sorted(folder.glob("*.eml"))
    assert drafts and sorted(opened) == sorted(str(d) for d in drafts)
    assert b"X-Unsent: 1" in drafts[0].read_bytes()


def test_export_and_send_dialogs_are_italian(qtbot, qapp, demo_file: Path):
    from cxworkshop.document import WorkshopDocument
    from tests.gui.test_room_translations import untranslated

    document = WorkshopDocument.open(demo_file)
    try:
        title = "Chiamare il torrefattore"
        document.add_action(title)
        data = frozenset({title, *(p.name for p in document.rows(Participant))})
        for mode in ("export", "send"):
            assert untranslated(qapp, lambda m=mode: ExportDialog(document, None, m), data) == []
    finally:
        document.close()
