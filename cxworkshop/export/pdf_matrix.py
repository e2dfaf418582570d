"""The value/effort matrix and the roadmap, as two landscape pages of the report (Qt-free).

The matrix: four quadrants (quick wins top left, big bets top right, fill-ins bottom left,
money pits bottom right), each listing its actions as chips — impact/effort, title, owner's
initials, the votes of the action's card — and the actions not yet rated underneath.
The roadmap: one row per owner, one column per month from the earliest open due date, each
action in its month, overdue ones marked. Both read model.matrix, as the window does.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer

from cxworkshop.export.context import ExportContext
from cxworkshop.export.data import WorkshopData
from cxworkshop.export.dates import long_date
from cxworkshop.export.fonts import BOLD, REGULAR
from cxworkshop.export.pdf_doc import LANDSCAPE, PORTRAIT, frame_size
from cxworkshop.export.pdf_outline import Heading
from cxworkshop.export.pdf_style import ACCENT, INK, MUTED, OVERDUE, OVERDUE_LIGHT, RULE
from cxworkshop.export.tables_pdf import data_table, para
from cxworkshop.export.text import Wrapper, markup
from cxworkshop.model.matrix import (
    QUADRANT_HINTS,
    QUADRANT_NAMES,
    PlanItem,
    Quadrant,
    by_quadrant,
    roadmap,
    unrated,
)

# Quadrant tints: green for the wins, blue for the bets, grey for fill-ins, red for the pits.
QUADRANT_FILL = {Quadrant.QUICK_WIN: "#e3f4e6", Quadrant.BIG_BET: "#e3ecf8",
                 Quadrant.FILL_IN: "#f1f2f4", Quadrant.MONEY_PIT: "#fbe9e7"}
QUADRANT_EDGE = {Quadrant.QUICK_WIN: "#2f7d32", Quadrant.BIG_BET: "#1d4e89",
                 Quadrant.FILL_IN: "#616e7c", Quadrant.MONEY_PIT: "#b42318"}
_LAYOUT = ((Quadrant.QUICK_WIN, 0, 1), (Quadrant.BIG_BET, 1, 1),
           (Quadrant.FILL_IN, 0, 0), (Quadrant.MONEY_PIT, 1, 0))  # (quadrant, column, row from bottom)
AXIS = 16.0
CELL_MAX = 12  # actions listed in one owner-month cell of the roadmap


def items_of(data: WorkshopData) -> list[PlanItem]:
    """The snapshot's actions as the matrix and the roadmap read them."""
    return [PlanItem(a.id, a.title, a.owner.id if a.owner else None, a.owner.name if a.owner else "",
                     a.due_on, a.status, a.impact, a.effort, a.card.votes if a.card else 0,
                     a.card.text if a.card else "") for a in sorted(data.actions, key=lambda a: a.id)]


def chip_text(ctx: ExportContext, item: PlanItem) -> tuple[str, str]:
    """(what the chip says, what it says after the title): '4/2', 'MR · ● 3'."""
    extra = [part for part in (item.owner_initials, f"● {item.votes}" if item.votes else "") if part]
    if not item.is_open:
        extra.append("✓")
    return ctx.text(item.title), " · ".join(extra)


class MatrixDrawing(Flowable):
    """The 2x2 matrix filling the width, each quadrant's actions listed as chips."""

    def __init__(self, ctx: ExportContext, items: list[PlanItem], width: float, height: float):
        super().__init__()
        self.ctx = ctx
        self.quadrants = by_quadrant(items)
        self.width, self.height = width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        ctx, canvas = self.ctx, self.canv
        inner_w, inner_h = self.width - AXIS, self.height - AXIS
        half_w, half_h = inner_w / 2, inner_h / 2
        canvas.saveState()
        # Axes: effort along the bottom, impact up the left side.
        canvas.setFillColor(MUTED)
        canvas.setFont(BOLD, 9)
        canvas.drawCentredString(AXIS + inner_w / 2, 3, ctx.tr("Effort (1 low – 5 high) →"))
        canvas.saveState()
        canvas.translate(10, AXIS + inner_h / 2)
        canvas.rotate(90)
        canvas.drawCentredString(0, 0, ctx.tr("Impact (1 low – 5 high) →"))
        canvas.restoreState()
        for quadrant, column, row in _LAYOUT:
            x, y = AXIS + column * half_w, AXIS + row * half_h
            self._quadrant(quadrant, x + 3, y + 3, half_w - 6, half_h - 6)
        canvas.restoreState()

    def _quadrant(self, quadrant: Quadrant, x: float, y: float, w: float, h: float) -> None:
        ctx, canvas = self.ctx, self.canv
        canvas.setFillColor(colors.HexColor(QUADRANT_FILL[quadrant]))
        canvas.setStrokeColor(colors.HexColor(QUADRANT_EDGE[quadrant]))
        canvas.setLineWidth(1.2)
        canvas.roundRect(x, y, w, h, 6, stroke=1, fill=1)
        items = self.quadrants[quadrant]
        canvas.setFillColor(colors.HexColor(QUADRANT_EDGE[quadrant]))
        canvas.setFont(BOLD, 13)
        top = y + h - 18
        title = f"{ctx.tr(QUADRANT_NAMES[quadrant])} ({len(items)})"
        canvas.drawString(x + 8, top, title)
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(x + 8 + Wrapper(BOLD, 13).width(title) + 8, top,
                          ctx.tr(QUADRANT_HINTS[quadrant]))
        chip_h, gap = 17.0, 3.0
        room = int((top - 8 - y) // (chip_h + gap))
        shown = items if len(items) <= room else items[:max(room - 1, 0)]
        cursor = top - 8 - chip_h
        title_font, extra_font = Wrapper(REGULAR, 9), Wrapper(BOLD, 8.5)
        for item in shown:
            text, extra = chip_text(ctx, item)
            canvas.setFillColor(colors.white)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.6)
            canvas.roundRect(x + 6, cursor, w - 12, chip_h, 3, stroke=1, fill=1)
            canvas.setFillColor(ACCENT)
            canvas.setFont(BOLD, 8.5)
            score = f"{item.impact}/{item.effort}"
            canvas.drawString(x + 11, cursor + 5, score)
            extra_w = extra_font.width(extra)
            left = x + 11 + 26
            canvas.setFillColor(INK if item.is_open else MUTED)
            canvas.setFont(REGULAR, 9)
            canvas.drawString(left, cursor + 5, title_font.fit(text, w - 12 - 26 - extra_w - 18))
            canvas.setFillColor(MUTED)
            canvas.setFont(BOLD, 8.5)
            canvas.drawRightString(x + w - 11, cursor + 5, extra)
            cursor -= chip_h + gap
        if len(shown) < len(items):
            canvas.setFillColor(MUTED)
            canvas.setFont(REGULAR, 9)
            canvas.drawString(x + 11, cursor + 5, ctx.ntr("and {n} more", "and {n} more",
                                                          len(items) - len(shown)))


def matrix_story(ctx: ExportContext) -> list[Flowable]:
    """The matrix page: title, explanation, the 2x2, then the actions not yet rated."""
    style = ctx.style
    width, height = frame_size(LANDSCAPE, ctx.paper)
    items = items_of(ctx.data)
    waiting = unrated(items)
    story: list[Flowable] = [NextPageTemplate(LANDSCAPE), PageBreak(),
                             Heading(ctx.tr("Value and effort"), style.h1)]
    if not items:
        return [*story, Paragraph(markup(ctx.tr("No actions were agreed.")), style.body)]
    story.append(Paragraph(markup(ctx.tr(
        "Each action by its impact and its effort (1 to 5; 3 and above count as high), with "
        "the owner's initials and the dots its card received. Start with the quick wins.")),
        style.small))
    story.append(Spacer(1, 4))
    footer = 34.0 if waiting else 0.0
    story.append(MatrixDrawing(ctx, items, width, height - 58 - footer))
    if waiting:
        names = "; ".join(ctx.text(item.title) for item in waiting)
        story += [Spacer(1, 4), Paragraph(
            f"<b>{markup(ctx.ntr('Not yet rated ({n}):', 'Not yet rated ({n}):', len(waiting)))}"
            f"</b> {markup(names)}", style.small)]
    return story


def roadmap_story(ctx: ExportContext) -> list[Flowable]:
    """The roadmap page: owners down, months across, each open action in its due month."""
    style = ctx.style
    width = frame_size(LANDSCAPE, ctx.paper)[0]
    plan = roadmap(items_of(ctx.data))
    story: list[Flowable] = [NextPageTemplate(LANDSCAPE), PageBreak(),
                             Heading(ctx.tr("Roadmap"), style.h1)]
    if plan.is_empty:
        return [*story, Paragraph(markup(ctx.tr("No open action has a due date.")), style.body)]
    story.append(Paragraph(markup(ctx.tr(
        "Open actions by owner and month of their due date; ⚠ marks the overdue ones.")),
        style.small))
    story.append(Spacer(1, 6))
    today = ctx.data.today
    owner_w = 120.0
    month_w = (width - owner_w) / len(plan.months)
    header = [ctx.tr("Owner"), *(_month(ctx, month) for month in plan.months)]
    late_style = ParagraphStyle("overdue", style.cell_bold, textColor=OVERDUE)
    rows, extra = [], []
    for row_index, (owner, columns) in enumerate(plan.rows, start=1):
        cells: list[object] = [para(ctx, owner or ctx.tr("Without an owner"), style.cell_bold)]
        for column_index, found in enumerate(columns, start=1):
            # At most CELL_MAX actions a cell (the overdue first): a roadmap is an overview, the
            # plan has every action; 2,000 actions in a few cells made these pages crawl.
            shown = sorted(found, key=lambda item: not item.is_overdue(today))[:CELL_MAX]
            cell: list[Flowable] = []
            for item in sorted(shown, key=found.index):
                late = item.is_overdue(today)
                text = f"⚠ {item.title} ({ctx.short_date(item.due_on)})" if late else \
                    f"{item.title} ({ctx.short_date(item.due_on)})"
                cell.append(para(ctx, text, late_style if late else style.cell))
            if len(found) > len(shown):
                more = len(found) - len(shown)
                cell.append(para(ctx, ctx.ntr("and {n} more", "and {n} more", more), style.cell_muted))
            if any(item.is_overdue(today) for item in found):
                extra += [("BACKGROUND", (column_index, row_index), (column_index, row_index),
                           OVERDUE_LIGHT)]
            cells.append(cell)
        rows.append(cells)
    story.append(data_table(header, rows, [owner_w, *([month_w] * len(plan.months))], extra))
    if plan.undated:
        names = "; ".join(ctx.text(item.title) for item in plan.undated)
        story += [Spacer(1, 6), Paragraph(
            f"<b>{markup(ctx.ntr('Without a due date ({n}):', 'Without a due date ({n}):', len(plan.undated)))}"
            f"</b> {markup(names)}", style.small)]
    return story


def _month(ctx: ExportContext, month: date) -> str:
    text = long_date(month, ctx.lang)  # "1 marzo 2027": drop the day
    return ctx.text(text.split(" ", 1)[1].capitalize())


def matrix_pages(ctx: ExportContext) -> list[Flowable]:
    """Both pages, for the report's story (one line there)."""
    # No page for nothing: a workshop without actions, or without open dated ones, skips it.
    items = items_of(ctx.data)
    if not items:
        return []
    story = matrix_story(ctx)
    if not roadmap(items).is_empty:
        story += roadmap_story(ctx)
    # Whatever follows starts on a portrait page again.
    return [*story, NextPageTemplate(PORTRAIT)]
