"""Table helpers shared by the PDF sections: literal cells and one consistent table look."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from cxworkshop.export.context import ExportContext
from cxworkshop.export.fonts import BOLD, REGULAR
from cxworkshop.export.pdf_style import ACCENT, ACCENT_LIGHT, INK, RULE, ZEBRA
from cxworkshop.export.text import markup


def para(ctx: ExportContext, text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph that shows user text exactly as typed (escaped, line breaks kept)."""
    return Paragraph(markup(ctx.text(text)), style)


def data_table(header: list[str], rows: list[list], widths: list[float],
               extra: list[tuple] | None = None) -> Table:
    """A table with a repeated header row, zebra rows, and rows that may split across pages."""
    # splitInRow lets a single huge cell (a 20,000-character note) continue on the next page.
    table = Table([header, *rows], colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LEADING", (0, 0), (-1, -1), 10.8),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        *(extra or []),
    ]))
    return table
