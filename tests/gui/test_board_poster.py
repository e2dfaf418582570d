"""The board PNG is a poster (issue 16.4): title, client, date and legend, labels in the
workshop's language on an English machine, no drag handles, legible text (read back with
tesseract), written atomically with a "Written …" line, and big boards split into tiles.
Also the window's export dialog: the poster and the .ics reminders (issue 17.5)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtGui import QColor, QImage

from cxworkshop.board import style
from cxworkshop.document import WorkshopDocument
from cxworkshop.model.records import Lane, Stage
from cxworkshop.ui import export_dialog
from cxworkshop.ui.board_png import run_board_png
from cxworkshop.ui.export_dialog import ExportDialog, export_workshop
from cxworkshop.ui.main_window import MainWindow
from cxworkshop.ui.poster import MAX_SIDE, TITLE_BAND, _runs

GRIP = QColor("#9fb3c8")  # the stage headers' column icon and resize grip on the board

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="tesseract-ocr is not installed")


def ocr(image: Path, lang: str = "ita") -> str:
    done = subprocess.run(["tesseract", str(image), "stdout", "-l", lang], check=True,
                          capture_output=True, text=True, timeout=120)
    return " ".join(done.stdout.split())


def crop(image: Path, out: Path, width: int, height: int) -> Path:
    assert QImage(str(image)).copy(0, 0, width, height).save(str(out))
    return out


def count_colour(image: QImage, colour: QColor, top: int, bottom: int) -> int:
    target = colour.rgb()
    return sum(image.pixel(x, y) == target for y in range(top, bottom)
               for x in range(0, image.width(), 2))


def stage_band(scale: float = 1.0) -> tuple[int, int]:
    """Where the stage headers are on a poster drawn at `scale` (pixels from the top)."""
    top = TITLE_BAND + 20 + style.PERSONA_STRIP_HEIGHT + style.GRID_GAP  # board margin 20
    return round(top * scale), round((top + style.STAGE_HEADER_HEIGHT) * scale)


@needs_tesseract
def test_demo_poster_reads_in_the_workshop_language(demo_file: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "poster.png"
    out.write_bytes(b"previous")
    assert run_board_png(demo_file, out) == 0  # the machine speaks English (conftest)
    future = tmp_path / "poster - Situazione futura.png"  # one poster per map (issue 18)
    assert capsys.readouterr().out.split("\n")[:2] == [f"Written {out}", f"Written {future}"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "demo.cxw") == [
        "poster - Situazione futura.png", "poster.png"]
    assert "Situazione futura" in ocr(crop(future, tmp_path / "future-top.png",
                                           QImage(str(future)).width(), 400))
    image = QImage(str(out))
    assert 1500 < image.width() <= MAX_SIDE and 1500 < image.height() <= MAX_SIDE
    top, bottom = stage_band()
    header = QColor(style.BOARD.header_fill).rgb()
    assert image.pixel(image.width() // 2, (top + bottom) // 2) in (header, QColor("white").rgb())
    assert count_colour(image, GRIP, top, bottom) == 0  # no column icon, no resize grip
    text = ocr(crop(out, tmp_path / "top.png", image.width(), 800))
    assert "Percorso del cliente" in text and "Caffè Aurora" in text  # title and client
    assert "AZIONE DEL CLIENTE" in text and "CUSTOMER ACTION" not in text
    names = image.copy(0, top, image.width(), bottom - top)
    names.invertPixels()  # white on dark: tesseract reads dark on light
    assert names.save(str(tmp_path / "stages.png"))
    stages = ocr(tmp_path / "stages.png")
    assert "Scoperta" in stages and "disdetta" in stages  # "Rinnovo o disdetta" whole, not cut
    legend_png = tmp_path / "legend.png"
    assert image.copy(0, image.height() - 260, image.width(), 260).save(str(legend_png))
    legend = ocr(legend_png)
    assert "Legenda" in legend and "Molto negativa" in legend and "Punto critico" in legend


def test_a_missing_workshop_fails_cleanly(tmp_path: Path) -> None:
    assert run_board_png(tmp_path / "nothing.cxw", tmp_path / "p.png") == 3
    assert not (tmp_path / "p.png").exists()


def big_board(source: Path, target: Path, stages: int) -> Path:
    shutil.copy(source, target)
    document = WorkshopDocument.open(target)
    try:
        journey = document.first_map()
        assert journey is not None
        lanes = document.rows(Lane, map_id=journey.id)
        for index in range(stages):
            stage = document.add_stage(journey.id, f"Fase extra {index + 1}")
            document.add_cards([{"stage_id": stage, "lane_id": lane.id, "kind": "note",
                                 "text": f"Revisione trimestrale numero {index + 1} con il "
                                         "responsabile regionale"}
                                for lane in lanes for _ in range(2)])
    finally:
        document.close()
    return target


@needs_tesseract
def test_a_big_board_becomes_legible_numbered_tiles(demo_file: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = big_board(demo_file, tmp_path / "big.cxw", 45)
    out = tmp_path / "big.png"
    assert run_board_png(path, out) == 0
    tiles = sorted(tmp_path.glob("big-*.png"))
    assert [p.name for p in tiles] == [f"big-{n}.png" for n in range(1, len(tiles) + 1)]
    assert len(tiles) >= 2 and not out.exists()
    assert capsys.readouterr().out.split("\n")[:len(tiles)] == [f"Written {p}" for p in tiles]
    for tile in tiles:
        image = QImage(str(tile))
        assert max(image.width(), image.height()) <= MAX_SIDE
    last = tiles[-1]
    text = ocr(crop(last, tmp_path / "last.png", 1600, 1200))
    assert f"parte {len(tiles)} di {len(tiles)}" in text.lower()
    assert "Revisione trimestrale numero" in text and "Fase extra" in text
    assert "Azioni del" in text  # the lane names are repeated on every tile


def test_runs_group_stages_and_cut_a_lane_taller_than_an_image() -> None:
    assert _runs([(0, 300), (300, 300), (600, 300)], 650) == [(0, 600), (600, 900)]
    assert _runs([(0, 100), (100, 3000)], 1000) == [(0, 100), (100, 1100), (1100, 2100),
                                                   (2100, 3100)]
    assert _runs([(0, 100), (100, 3001)], 1000)[-1] == (2350.75, 3101)  # 4 equal pieces


def test_a_lane_with_hundreds_of_cards_never_makes_an_image_too_big(demo_file: Path,
                                                                   tmp_path: Path) -> None:
    document = WorkshopDocument.open(demo_file)
    try:
        journey = document.first_map()
        assert journey is not None
        lane = document.rows(Lane, map_id=journey.id)[0]
        stage = document.rows(Stage, map_id=journey.id)[0]
        document.add_cards([{"stage_id": stage.id, "lane_id": lane.id, "kind": "note",
                             "text": f"Nota numero {n}"} for n in range(500)])
    finally:
        document.close()
    assert run_board_png(demo_file, tmp_path / "tall.png") == 0
    tiles = sorted(tmp_path.glob("tall-*.png"))
    assert len(tiles) >= 3
    for tile in tiles:
        image = QImage(str(tile))
        assert max(image.width(), image.height()) <= MAX_SIDE


def test_the_export_dialog_writes_the_poster_and_reminders(qtbot, demo_file: Path,
                                                           tmp_path: Path, monkeypatch) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(demo_file)
    shown = []

    def answer(dialog: ExportDialog) -> int:
        assert not dialog.rows["png"].check.isChecked()  # off by default
        dialog.set_target("pdf", None)
        dialog.set_target("xlsx", None)
        dialog.set_target("png", tmp_path / "poster.png")
        dialog.set_target("ics", tmp_path / "reminders")
        return ExportDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", answer)
    monkeypatch.setattr(export_dialog, "show_outcome",
                        lambda parent, outcome, folder=None: shown.append(outcome))
    assert window.document is not None
    outcome = export_workshop(window, window.document)
    assert outcome is not None and outcome.ok and shown == [outcome]
    assert tmp_path / "poster.png" in outcome.files
    assert QImage(str(tmp_path / "poster.png")).width() > 1500
    calendars = sorted((tmp_path / "reminders").glob("*.ics"))
    assert calendars and set(calendars) <= set(outcome.files)
    assert any(Calendar.from_ical(p.read_bytes()).walk("VEVENT") for p in calendars)
    window.close()


@needs_tesseract
def test_the_window_exports_the_poster_of_the_map_on_the_board(qtbot, demo_file: Path,
                                                               tmp_path: Path, monkeypatch) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(demo_file)
    assert window.document is not None and window.scene is not None
    future = [m for m in window.document.maps() if m.kind == "future"][0]
    window.scene.set_map(future.id)

    def answer(dialog: ExportDialog) -> int:
        for key in list(dialog.rows):
            dialog.set_target(key, None)
        dialog.set_target("png", tmp_path / "poster.png")
        return ExportDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", answer)
    monkeypatch.setattr(export_dialog, "show_outcome", lambda parent, outcome, folder=None: None)
    window.export_dialog()
    image = tmp_path / "poster.png"
    assert "Situazione futura" in ocr(crop(image, tmp_path / "top.png", QImage(str(image)).width(), 400))
    window.close()


def test_drafts_are_signed_from_preferences_or_the_dialog_warns(qtbot, demo_file: Path,
                                                                tmp_path: Path,
                                                                monkeypatch) -> None:
    from email import policy
    from email.parser import BytesParser

    from cxworkshop.model.records import Participant
    from cxworkshop.ui.preferences import Settings

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(demo_file)
    document = window.document
    assert document is not None
    for person in document.rows(Participant):
        if person.is_facilitator:
            document.set_participant(person.id, is_facilitator=False)
    settings = Settings()
    settings.set_facilitator_name("")
    settings.set_facilitator_email("")
    shown = []
    folder = tmp_path / "mails"

    def answer(dialog: ExportDialog) -> int:
        for key in ("pdf", "xlsx"):
            dialog.set_target(key, None)
        dialog.set_target("eml", folder)
        return ExportDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", answer)
    monkeypatch.setattr(export_dialog, "show_outcome",
                        lambda parent, outcome, folder=None: shown.append(outcome))
    unsigned = export_workshop(window, document)
    assert unsigned is not None and unsigned.ok
    assert [w for w in unsigned.warnings if w.startswith("Set your name and e-mail in Preferences")]

    settings.set_facilitator_name("Anna Verdi")
    settings.set_facilitator_email("anna@studio.example")
    signed = export_workshop(window, document)
    assert signed is not None and signed.ok
    # Signed now; what is left is the demo's owner without an address, named.
    assert [w[:41] for w in signed.warnings] == ["The e-mail draft for “Elena Ricci” has no"]
    draft = next(p for p in signed.files if p.suffix == ".eml")
    message = BytesParser(policy=policy.default).parsebytes(draft.read_bytes())
    assert str(message["From"]) == "Anna Verdi <anna@studio.example>"
    settings.set_facilitator_name("")
    settings.set_facilitator_email("")
    window.close()
