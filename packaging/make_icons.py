"""Make every application icon from the one SVG source, resources/cxworkshop.svg.

Writes packaging/icons/: PNGs at the hicolor sizes (rendered from the SVG at each size with
Qt's QSvgRenderer, not scaled down from one bitmap, so 16 px stays sharp), cxworkshop.ico for
Windows and cxworkshop.icns for macOS (both assembled by Pillow from those renders), a copy of
the SVG for the Linux "scalable" theme folder (and to cxworkshop/resources/icons/ for the
window icon, when that copy exists), and SOURCE.sha256, the hash of the SVG they were
made from. The results are committed, so a build needs neither this script nor Pillow;
`--check` (used by the tests and CI, no Qt or Pillow needed) fails when the SVG changed since.

    python packaging/make_icons.py           # regenerate (needs PySide6 and Pillow)
    python packaging/make_icons.py --check   # are the committed icons up to date?
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "cxworkshop.svg"
OUT = ROOT / "packaging" / "icons"
STAMP = OUT / "SOURCE.sha256"
# The window icon, if the app ships one as package data: kept identical to the source.
PACKAGE_COPY = ROOT / "cxworkshop" / "resources" / "icons" / "cxworkshop.svg"

PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def png_name(size: int) -> str:
    return f"cxworkshop-{size}.png"


def source_hash() -> str:
    return hashlib.sha256(SOURCE.read_bytes()).hexdigest()


def render_pngs(sizes: set[int]) -> dict[int, bytes]:
    """Render the SVG at each size with QtSvg; returns PNG bytes by size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SOURCE} is not a valid SVG for QtSvg")
    result: dict[int, bytes] = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
        buffer.close()
        result[size] = bytes(data.data())
    del app
    return result


def write_icons() -> list[Path]:
    from PIL import Image

    renders = render_pngs(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    OUT.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for size in PNG_SIZES:
        path = OUT / png_name(size)
        path.write_bytes(renders[size])
        written.append(path)

    def image(size: int) -> Image.Image:
        return Image.open(io.BytesIO(renders[size])).convert("RGBA")

    ico = OUT / "cxworkshop.ico"
    largest = image(max(ICO_SIZES))
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[image(s) for s in ICO_SIZES if s != max(ICO_SIZES)])
    written.append(ico)

    icns = OUT / "cxworkshop.icns"
    image(1024).save(icns, format="ICNS",
                     append_images=[image(s) for s in ICNS_SIZES if s != 1024])
    written.append(icns)

    svg = OUT / "cxworkshop.svg"
    shutil.copyfile(SOURCE, svg)
    written.append(svg)
    STAMP.write_text(source_hash() + "  resources/cxworkshop.svg\n", encoding="utf-8")
    written.append(STAMP)
    if PACKAGE_COPY.exists():
        shutil.copyfile(SOURCE, PACKAGE_COPY)
        written.append(PACKAGE_COPY)
    return written


def check() -> list[str]:
    """Problems with the committed icons, without Qt or Pillow."""
    problems: list[str] = []
    expected = [png_name(s) for s in PNG_SIZES] + ["cxworkshop.ico", "cxworkshop.icns",
                                                   "cxworkshop.svg", "SOURCE.sha256"]
    problems += [f"missing packaging/icons/{name}" for name in expected if not (OUT / name).exists()]
    if STAMP.exists() and STAMP.read_text(encoding="utf-8").split()[0] != source_hash():
        problems.append("resources/cxworkshop.svg changed since the icons were made: "
                        "run python packaging/make_icons.py")
    if (OUT / "cxworkshop.svg").exists() and (OUT / "cxworkshop.svg").read_bytes() != SOURCE.read_bytes():
        problems.append("packaging/icons/cxworkshop.svg differs from resources/cxworkshop.svg")
    if PACKAGE_COPY.exists() and PACKAGE_COPY.read_bytes() != SOURCE.read_bytes():
        problems.append("cxworkshop/resources/icons/cxworkshop.svg differs from "
                        "resources/cxworkshop.svg: run python packaging/make_icons.py")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the committed icons")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(f"make_icons: {problem}", file=sys.stderr)
        if not problems:
            print("make_icons: icons are up to date")
        return 1 if problems else 0
    for path in write_icons():
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:>8} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
