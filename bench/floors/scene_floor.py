"""Floor for the board: bare sqlite3 + PySide6, one rectangle and one text per card, same grid.

`python bench/floors/scene_floor.py FILE OUT.png --size WxH` is the cold-start floor: it reads
the first map's stages, lanes and cards of a workshop file with sqlite3, stacks the cards in
their cells as the board does (same column widths, card width, 20 px text wrapped to it, lanes
growing to their tallest stack), builds a QGraphicsScene with a QGraphicsRectItem and a
QGraphicsSimpleTextItem per card in a QMainWindow, fits it in view, shows it and grabs the
window to a PNG of the same size, offscreen. `build_floor_scene` is reused in-process by the
repaint measurement. No cxworkshop import: this is what the bare libraries cost.

It is the plain idiom, without level-of-detail tricks: at fit-to-view of 2,000 cards it still
draws every text, so its repaint is slower than the board's (which batches the cards into one
overview item); the repaint row's ratio below 1 says the board does better than the idiom.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from dataclasses import dataclass

CARD_MARGIN, CARD_GAP, CARD_CHROME, CARD_MIN_HEIGHT = 12.0, 10.0, 50.0, 64.0
MIN_STAGE_WIDTH, MIN_LANE_HEIGHT, TEXT_PX, TEXT_INSET = 160.0, 90.0, 20, 36.0


@dataclass(frozen=True)
class Board:
    stages: list[tuple[int, float]]  # (id, width) in order
    lanes: list[tuple[int, float]]  # (id, height) in order
    cards: list[tuple[int, int, str]]  # (stage_id, lane_id, text) in cell order


def read_board(path: str) -> Board:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (map_id,) = conn.execute("SELECT id FROM journey_map ORDER BY position, id LIMIT 1").fetchone()
        stages = conn.execute("SELECT id, width FROM stage WHERE map_id = ? ORDER BY position, id",
                              (map_id,)).fetchall()
        lanes = conn.execute("SELECT id, height FROM lane WHERE map_id = ? ORDER BY position, id",
                             (map_id,)).fetchall()
        cards = conn.execute(
            "SELECT card.stage_id, card.lane_id, card.text FROM card JOIN stage ON stage.id = "
            "card.stage_id WHERE stage.map_id = ? ORDER BY card.stage_id, card.lane_id, "
            "card.position, card.id", (map_id,)).fetchall()
    finally:
        conn.close()
    return Board(stages, lanes, cards)


def build_floor_scene(board: Board):  # -> QGraphicsScene
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
    from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem

    font = QFont()
    font.setPixelSize(TEXT_PX)
    metrics = QFontMetricsF(font)
    stage_x, x = {}, 0.0
    for stage_id, width in board.stages:
        stage_x[stage_id] = (x, max(MIN_STAGE_WIDTH, width))
        x += stage_x[stage_id][1]
    placed: dict[tuple[int, int], list[tuple[str, float, float]]] = {}
    for stage_id, lane_id, text in board.cards:
        card_width = stage_x[stage_id][1] - 2 * CARD_MARGIN
        bound = metrics.boundingRect(QRectF(0, 0, card_width - TEXT_INSET, 1e6),
                                     int(Qt.TextFlag.TextWordWrap), text)
        height = max(CARD_MIN_HEIGHT, CARD_CHROME + bound.height())
        placed.setdefault((stage_id, lane_id), []).append((text, card_width, height))
    scene = QGraphicsScene()
    scene.setBackgroundBrush(QColor("#f2f4f7"))
    pen, brush = QPen(QColor("#8a6d00"), 1.5), QBrush(QColor("#fff6a8"))
    y = 0.0
    for lane_id, lane_height in board.lanes:
        stacks = [placed.get((stage_id, lane_id), []) for stage_id, _ in board.stages]
        need = max((sum(h for *_, h in s) + CARD_GAP * (len(s) - 1) for s in stacks if s), default=0)
        for (stage_id, _), stack in zip(board.stages, stacks, strict=True):
            top = y + CARD_MARGIN
            for text, width, height in stack:
                rect = QGraphicsRectItem(0, 0, width, height)
                rect.setPen(pen)
                rect.setBrush(brush)
                rect.setPos(stage_x[stage_id][0] + CARD_MARGIN, top)
                label = QGraphicsSimpleTextItem(text, rect)
                label.setFont(font)
                label.setPos(16, 40)
                scene.addItem(rect)
                top += height + CARD_GAP
        y += max(MIN_LANE_HEIGHT, lane_height, need + 2 * CARD_MARGIN)
    scene.setSceneRect(QRectF(-20, -20, x + 40, y + 40))
    return scene


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("out")
    parser.add_argument("--size", default="1920x1080")
    args = parser.parse_args(argv)
    width, height = (int(part) for part in args.size.split("x"))
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # as cxworkshop's headless verbs do

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QGraphicsView, QMainWindow

    app = QApplication(sys.argv[:1])
    scene = build_floor_scene(read_board(args.file))
    window = QMainWindow()
    view = QGraphicsView(scene)
    window.setCentralWidget(view)
    window.resize(width, height)
    window.show()
    app.processEvents()
    view.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    app.processEvents()
    if not window.grab().toImage().save(args.out, "PNG"):
        return 1
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
