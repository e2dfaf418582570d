"""Table helpers shared by the PDF sections: literal cells and one consistent table look."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from cxworkshop.export.context import ExportContext
from cxworkshop.export.data import CardInfo
from cxworkshop.export.fonts import BOLD, REGULAR
from cxworkshop.export.pdf_style import ACCENT, ACCENT_LIGHT, INK, RULE, ZEBRA
from cxworkshop.export.rtl_paragraph import PrintedParagraph
from cxworkshop.export.text import ELLIPSIS

# A card in a ranking or plan row shows this much; longer ones end in "… → *N" and are
# printed whole once, in the appendix (one pasted note once made 6 pages into 121).
CARD_CELL_MAX = 300


def para(ctx: ExportContext, text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph that shows user text exactly as typed (escaped, line breaks kept; a
    right-to-left line wrapped from its right end, export/rtl_paragraph.py)."""
    return PrintedParagraph(ctx.text(text), style)


def card_text(ctx: ExportContext, card: CardInfo, limit: int = CARD_CELL_MAX,
              appendix: bool = True) -> str:
    """The card's text for a table cell: whole if short, else cut with … and (when the report
    has an appendix) a reference "→ *N" to its full text there."""
    text = card.text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rstrip()
    space = cut.rfind(" ")
    if space > limit * 0.7:  # end on a word when one ends near the limit
        cut = cut[:space].rstrip()
    if not appendix:
        return cut + ELLIPSIS
    return f"{cut}{ELLIPSIS} → *{ctx.abbreviate(card)}"


class GroupTable(Table):
    """A table whose first row names its group (an owner): on every page the table runs
    onto, that row comes back saying "(continued)". Build with repeatRows=2."""

    continued: Flowable | None = None

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        for part in parts[1:]:
            if isinstance(part, GroupTable) and self.continued is not None:
                # The split parts share their row lists with this table: replace, never edit.
                part._cellvalues[0] = [self.continued, *part._cellvalues[0][1:]]
                part.continued = self.continued
        return parts


def _table_style(extra: list[tuple] | None, head: int = 0) -> TableStyle:
    """The common look; `head` is the index of the column-header row (rows below are data)."""
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTNAME", (0, head), (-1, head), BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LEADING", (0, 0), (-1, -1), 10.8),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("TEXTCOLOR", (0, head), (-1, head), ACCENT),
        ("BACKGROUND", (0, head), (-1, head), ACCENT_LIGHT),
        ("LINEBELOW", (0, head), (-1, head), 0.8, ACCENT),
        ("ROWBACKGROUNDS", (0, head + 1), (-1, -1), [colors.white, ZEBRA]),
        ("LINEBELOW", (0, head + 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        *(extra or []),
    ])


def data_table(header: list[str], rows: list[list], widths: list[float],
               extra: list[tuple] | None = None) -> Table:
    """A table with a repeated header row, zebra rows, and rows that may split across pages."""
    # splitInRow lets a single huge cell (a 20,000-character note) continue on the next page.
    table = Table([header, *rows], colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(_table_style(extra))
    return table


def group_table(group: Flowable, continued: Flowable, header: list[str], rows: list[list],
                widths: list[float], extra: list[tuple] | None = None) -> GroupTable:
    """data_table under a full-width row naming the group, repeated as `continued` on every
    further page (the owner of the actions on a plan's continuation page)."""
    blank = [""] * (len(widths) - 1)
    shifted = [(name, (start[0], start[1] + 1 if start[1] >= 0 else start[1]),
                (end[0], end[1] + 1 if end[1] >= 0 else end[1]), *rest)
               for name, start, end, *rest in (extra or [])]
    table = GroupTable([[group, *blank], header, *rows], colWidths=widths, repeatRows=2,
                       splitInRow=1)
    table.setStyle(_table_style([("SPAN", (0, 0), (-1, 0)), ("LEFTPADDING", (0, 0), (-1, 0), 0),
                                 ("TOPPADDING", (0, 0), (-1, 0), 0), *shifted], head=1))
    table.continued = continued
    return table
