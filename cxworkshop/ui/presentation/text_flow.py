"""Word wrapping for slides: whole words per line, an ellipsis wherever text is shortened.

Qt's own wrapping (QTextLayout) breaks a word longer than the line anywhere, silently; the
room must be able to tell a shortened text from a whole one, so a word that does not fit and
a text that runs past its last line both end in "…".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

ELLIPSIS = "…"


def _elide(metrics: QFontMetricsF, text: str, width: float) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int = 0) -> list[str]:
    """`text` in lines no wider than `width`; at most `max_lines` (0: no limit)."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if metrics.horizontalAdvance(candidate) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = word if metrics.horizontalAdvance(word) <= width \
                else _elide(metrics, word, width)
        lines.append(current)
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    if max_lines and len(lines) > max_lines:
        kept = lines[:max_lines]
        last = kept[-1]
        # Drop whole words until the ellipsis fits: never a word cut without a mark.
        while last and metrics.horizontalAdvance(last + ELLIPSIS) > width:
            last = last.rsplit(" ", 1)[0] if " " in last else _elide(metrics, last, width)
            if last.endswith(ELLIPSIS):
                break
        kept[-1] = last if last.endswith(ELLIPSIS) else last + ELLIPSIS
        return kept
    return lines
