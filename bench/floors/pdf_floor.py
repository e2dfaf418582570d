"""Floor for `cxworkshop export --pdf`: bare sqlite3 + reportlab on the same workshop content.

`python bench/floors/pdf_floor.py FILE OUT.pdf` reads the cards, stages, votes and actions with
sqlite3 and writes one PDF with the same kinds and amounts of work as the report: the embedded
DejaVu Sans font (the same TTF files, so the same subsetting), every card as two vector
rectangles (card and colour strip) with its text wrapped at 7 pt on landscape map pages, the
pain-point and opportunity rankings and the action plan as platypus Tables of Paragraph cells
with a repeated header row. No cxworkshop import: this is what the bare libraries cost.
"""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

FONTS = Path(__file__).resolve().parents[2] / "cxworkshop" / "resources" / "fonts"
CARD_W, CARD_H, GAP, TEXT_PT = 118.0, 44.0, 6.0, 7.0


def _read(path: str) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            "cards": conn.execute(
                "SELECT card.kind, card.text, stage.name FROM card JOIN stage ON stage.id = "
                "card.stage_id JOIN lane ON lane.id = card.lane_id "
                "ORDER BY lane.position, stage.position, card.position").fetchall(),
            "ranked": conn.execute(
                "SELECT card.kind, card.text, stage.name, count(vote.id) AS votes FROM card "
                "JOIN stage ON stage.id = card.stage_id LEFT JOIN vote ON vote.card_id = card.id "
                "WHERE card.kind IN ('pain_point', 'opportunity') GROUP BY card.id "
                "ORDER BY card.kind, votes DESC, card.id").fetchall(),
            "actions": conn.execute(
                "SELECT action_item.title, coalesce(participant.name, ''), action_item.due_on, "
                "action_item.priority, action_item.status FROM action_item LEFT JOIN participant "
                "ON participant.id = action_item.owner_id "
                "ORDER BY participant.name, action_item.due_on").fetchall(),
        }
    finally:
        conn.close()


def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("Floor", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("Floor-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily("Floor", normal="Floor", bold="Floor-Bold", italic="Floor",
                                  boldItalic="Floor-Bold")


class _MapPage:
    """A flowable page of cards: rectangles and wrapped text straight on the canvas."""

    def __init__(self, cards: list[tuple]) -> None:
        from reportlab.platypus import Flowable

        outer = self

        class Page(Flowable):
            def wrap(self, available_width, available_height):
                self.width, self.height = available_width, available_height - 1
                return self.width, self.height

            def draw(self):
                outer.draw(self.canv, self.width, self.height)

        self.flowable = Page()
        self.cards = cards

    def draw(self, canvas, width: float, height: float) -> None:
        from reportlab.lib import colors
        from reportlab.lib.utils import simpleSplit

        columns = int(width // (CARD_W + GAP))
        fill, strip = colors.HexColor("#fff6a8"), colors.HexColor("#8a6d00")
        for index, (_, text, _) in enumerate(self.cards):
            x = (index % columns) * (CARD_W + GAP)
            y = height - (index // columns + 1) * (CARD_H + GAP)
            canvas.setFillColor(fill)
            canvas.rect(x, y, CARD_W, CARD_H, stroke=1, fill=1)
            canvas.setFillColor(strip)
            canvas.rect(x, y, 2.6, CARD_H, stroke=0, fill=1)
            lines = canvas.beginText(x + 6, y + CARD_H - 9)
            lines.setFont("Floor", TEXT_PT, TEXT_PT * 1.2)
            for line in simpleSplit(text, "Floor", TEXT_PT, CARD_W - 10)[:4]:
                lines.textLine(line)
            canvas.drawText(lines)


def _table(header: list[str], rows: list[list[str]], widths: list[float], style):
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    body = [[Paragraph(cell, style) for cell in row] for row in rows]
    table = Table([header, *body], colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Floor-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#263445")),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f5f8")]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c9cfd8"))]))
    return table


def write_pdf(source: str, out: str) -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
    )

    data = _read(source)
    _register_fonts()
    body = ParagraphStyle("body", fontName="Floor", fontSize=8, leading=10)
    title = ParagraphStyle("title", fontName="Floor-Bold", fontSize=16, leading=20)
    doc = BaseDocTemplate(out, pagesize=A4, title="Floor report")
    portrait = Frame(36, 36, A4[0] - 72, A4[1] - 72, id="portrait")
    wide = landscape(A4)
    doc.addPageTemplates([PageTemplate("portrait", [portrait], pagesize=A4),
                          PageTemplate("landscape", [Frame(30, 30, wide[0] - 60, wide[1] - 60)],
                                       pagesize=wide)])
    story = [Paragraph("Customer journey workshop", title), NextPageTemplate("landscape"),
             PageBreak()]
    columns = int((wide[0] - 60) // (CARD_W + GAP))
    per_page = columns * int((wide[1] - 61) // (CARD_H + GAP))
    cards = data["cards"]
    for first in range(0, len(cards), per_page):
        story += [_MapPage(cards[first:first + per_page]).flowable, PageBreak()]
    story[-1:] = [NextPageTemplate("portrait"), PageBreak()]
    width = A4[0] - 72
    for kind in ("pain_point", "opportunity"):
        rows = [[str(n + 1), escape(text), escape(stage), str(votes)]
                for n, (_, text, stage, votes) in enumerate(
                    row for row in data["ranked"] if row[0] == kind)]
        story += [Paragraph(kind.replace("_", " ").title(), title),
                  _table(["#", "Card", "Stage", "Votes"], rows, [30, width - 170, 100, 40], body),
                  PageBreak()]
    actions = [[escape(t), escape(owner), str(due or ""), str(priority), str(status)]
               for t, owner, due, priority, status in data["actions"]]
    story += [Paragraph("Action plan", title),
              _table(["Action", "Owner", "Due", "Priority", "Status"], actions,
                     [width - 250, 90, 60, 50, 50], body)]
    doc.build(story)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("out")
    args = parser.parse_args(argv)
    write_pdf(args.file, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
