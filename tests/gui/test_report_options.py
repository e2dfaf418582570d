"""The report's paper (File > Export…) and the consultant's logo (Preferences) reach the PDF:
the logo is checked when chosen, the paper is remembered for the next export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from cxworkshop.ui.export_dialog import ExportDialog
from cxworkshop.ui.export_run import run_exports
from cxworkshop.ui.main_window import MainWindow
from cxworkshop.ui.preferences import PreferencesDialog, Settings


@pytest.fixture(autouse=True)
def fresh_settings():
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def logo(tmp_path: Path) -> Path:
    path = tmp_path / "studio.png"
    Image.new("RGB", (200, 60), (29, 78, 137)).save(path)
    return path


def test_preferences_refuse_a_logo_that_is_not_a_picture(qtbot, tmp_path: Path, logo: Path):
    bad = tmp_path / "logo.png"
    bad.write_text("just text")
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.logo.setText(str(bad))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "PNG" in dialog.logo_error.text() and Settings().report_logo() is None
    dialog.logo.setText(str(tmp_path / "missing.jpg"))
    assert dialog.logo_error.text() == ""  # editing clears the old message
    dialog.accept()
    assert "missing.jpg" in dialog.logo_error.text()
    dialog.logo.setText(str(logo))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert Settings().report_logo() == logo
    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.logo.text() == str(logo)


def test_logo_message_is_italian_in_an_italian_window(qtbot, tmp_path: Path):
    Settings().set_language("it")
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.logo.setText(str(tmp_path / "nessuno.png"))
    dialog.accept()
    assert "non esiste" in dialog.logo_error.text()


def test_export_dialog_paper_logo_and_consultant_reach_the_pdf(qtbot, demo_file: Path,
                                                               tmp_path: Path, logo: Path):
    settings = Settings()
    settings.set_report_logo(logo)
    settings.set_facilitator_name("Studio Ferri")
    settings.set_facilitator_email("studio@example.it")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(demo_file)
    dialog = ExportDialog(window.document, window)
    qtbot.addWidget(dialog)
    assert dialog.paper.currentData() == "a4" and dialog.paper.isEnabled()
    for key in list(dialog.rows):
        dialog.set_target(key, None)
    assert not dialog.paper.isEnabled()  # only the full report has a paper size
    target = tmp_path / "report.pdf"
    dialog.set_target("pdf", target)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    outcome = run_exports(window, window.document.path, dialog.steps())
    assert outcome.ok and target.exists()
    reader = PdfReader(target)
    assert round(float(reader.pages[0].mediabox.width)) == 612  # US Letter
    images = reader.pages[0]["/Resources"]["/XObject"]
    assert any(ref.get_object()["/Subtype"] == "/Image" for ref in images.values())
    cover = reader.pages[0].extract_text()
    assert "Studio Ferri" in cover and "studio@example.it" in cover
    assert Settings().report_paper() == "letter"
    again = ExportDialog(window.document, window)
    qtbot.addWidget(again)
    assert again.paper.currentData() == "letter"  # remembered for the next export
    window.close()
