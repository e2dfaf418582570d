"""Preferences persist (QSettings in test mode), recent files show missing ones, crash recovery."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QListWidget, QMenu, QMessageBox

from cxworkshop.ui import recent_files
from cxworkshop.ui.preferences import PreferencesDialog, Settings
from cxworkshop.ui.session_guard import SessionGuard


@pytest.fixture(autouse=True)
def fresh_settings():
    QSettings().clear()
    yield
    QSettings().clear()


def test_preferences_dialog_saves_and_a_new_settings_reads_them(qtbot, tmp_path: Path):
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    changed = []
    dialog.language_changed.connect(changed.append)
    dialog.language.setCurrentIndex(dialog.language.findData("it"))
    dialog.name.setText("  Giulia Bianchi ")
    dialog.email.setText("giulia@example.it")
    dialog.template.setCurrentIndex(dialog.template.findData("blueprint"))
    dialog.backup_folder.setText(str(tmp_path / "backups"))
    dialog.keep.setValue(25)
    dialog.palette_choice.setCurrentIndex(dialog.palette_choice.findData("projector_dark"))
    dialog.accept()
    settings = Settings(QSettings())
    assert settings.language() == "it" and settings.effective_language() == "it"
    assert settings.facilitator_name() == "Giulia Bianchi"
    assert settings.facilitator_email() == "giulia@example.it"
    assert settings.default_template() == "blueprint"
    assert settings.backup_folder() == tmp_path / "backups"
    assert settings.backups_to_keep() == 25
    assert settings.presentation_palette() == "projector_dark"
    if Settings().effective_language() != "it":
        pytest.fail("language not kept")
    assert changed in ([], ["it"])
    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.name.text() == "Giulia Bianchi" and again.keep.value() == 25


def test_settings_refuse_nonsense(qtbot):
    settings = Settings()
    settings.qsettings.setValue("backups/keep", "many")
    settings.qsettings.setValue("ui/language", "klingon")
    settings.qsettings.setValue("presentation/palette", "neon")
    assert settings.backups_to_keep() == 10
    assert settings.language() == ""
    assert settings.presentation_palette() == "projector_light"


def test_recent_files_keep_missing_ones_marked(qtbot, tmp_path: Path, demo_file: Path):
    gone = tmp_path / "gone.cxw"
    gone.write_bytes(demo_file.read_bytes())
    recent_files.remember(gone)
    recent_files.remember(demo_file)
    recent_files.remember(gone)
    gone.unlink()
    entries = recent_files.recent_entries()
    assert [e.path.name for e in entries] == ["gone.cxw", "demo.cxw"]
    assert [e.exists for e in entries] == [False, True]
    menu = QMenu()
    opened: list[Path] = []
    recent_files.fill_recent_menu(menu, opened.append)
    actions = [a for a in menu.actions() if not a.isSeparator()]
    assert "not found" in actions[0].text() and not actions[0].isEnabled()
    assert actions[1].isEnabled()
    actions[1].trigger()
    assert opened == [demo_file.absolute()]
    widget = QListWidget()
    recent_files.fill_recent_list(widget)
    assert widget.count() == 2 and "not found" in widget.item(0).text()
    recent_files.forget_missing()
    assert [e.path.name for e in recent_files.recent_entries()] == ["demo.cxw"]


def test_unclean_exit_reopens_the_workshop_and_says_so(qtbot, demo_file: Path):
    guard = SessionGuard()
    guard.begin(demo_file)
    # The app dies here: no end(). Next start:
    reopened: list[tuple[Path, bool]] = []
    notice = SessionGuard().recover(None, lambda p, ro: reopened.append((p, ro)) or True)
    assert reopened == [(demo_file.absolute(), False)]
    assert isinstance(notice, QMessageBox) and notice.isVisible() and not notice.isModal()
    assert "not closed properly" in notice.text()
    notice.close()
    # The marker is cleared: a third start does not reopen again.
    assert SessionGuard().recover(None, lambda p, ro: pytest.fail("reopened twice")) is None


def test_clean_exit_reopens_nothing(qtbot, demo_file: Path):
    guard = SessionGuard()
    guard.begin(demo_file)
    guard.end()
    assert SessionGuard().recover(None, lambda p, ro: pytest.fail("reopened")) is None
