"""Text is drawn as letters, not empty boxes, even on a machine with no fonts at all."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
app = QApplication(["cxworkshop"])
if sys.argv[1] == "configured":
    from cxworkshop.app import configure_application
    configure_application(app)

def render(text):
    image = QImage(200, 40, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(app.font())
    painter.drawText(5, 30, text)
    painter.end()
    return bytes(image.constBits())

# With no font every letter is the same empty box: different words give the same picture.
print("letters" if render("Acquisto") != render("Bmxzwqfe") else "boxes")
"""


def _run(tmp_path: Path, mode: str, no_fonts: bool) -> str:
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin",
           "CXWORKSHOP_DATA_DIR": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path),
           "CXWORKSHOP_LANG": "en"}
    if no_fonts:
        # fontconfig with no font folder at all: a minimal container or a fresh server.
        conf = tmp_path / "fonts.conf"
        conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
                        f"<fontconfig><cachedir>{tmp_path}/cache</cachedir></fontconfig>")
        env["FONTCONFIG_FILE"] = str(conf)
        env["QT_QPA_FONTDIR"] = str(tmp_path / "nofonts")
    done = subprocess.run([sys.executable, "-c", SCRIPT, mode], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_check_itself_sees_boxes_without_fonts(tmp_path: Path) -> None:
    # The detector must be able to fail: a bare QApplication on a font-less machine draws boxes.
    assert _run(tmp_path, "bare", no_fonts=True) == "boxes"


def test_the_app_draws_letters_without_system_fonts(tmp_path: Path) -> None:
    assert _run(tmp_path, "configured", no_fonts=True) == "letters"


def test_the_app_draws_letters_with_system_fonts(tmp_path: Path) -> None:
    assert _run(tmp_path, "configured", no_fonts=False) == "letters"
