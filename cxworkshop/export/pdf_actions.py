"""The action plan as tables: one per owner, overdue actions marked, header rows repeated.

In the full report each owner's table starts with a row naming the owner (an outline entry),
repeated as "Owner (continued)" on every page the table runs onto; linked cards are cut to
a few lines there (their full text is in the appendix).
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from cxworkshop.export.context import ExportContext
from cxworkshop.export.data import ActionInfo, Person
from cxworkshop.export.fonts import BOLD
from cxworkshop.export.pdf_outline import Heading
from cxworkshop.export.pdf_style import DONE, MUTED, OVERDUE, OVERDUE_LIGHT
from cxworkshop.export.tables_pdf import card_text, data_table, group_table, para
from cxworkshop.export.text import markup
from cxworkshop.model.enums import ActionStatus, Priority

# Keyed by the stored value (ActionInfo.status is a plain string).
_STATUS_COLOUR = {ActionStatus.DONE.value: DONE, ActionStatus.DROPPED.value: MUTED}


def stage_text(ctx: ExportContext, action: ActionInfo) -> str:
    if action.stage is None:
        return "—"
    if len(ctx.data.maps) > 1:
        journey = ctx.data.map_names.get(action.stage.map_id, "")
        return f"{action.stage.name}\n({journey})"
    return action.stage.name


def action_cell(ctx: ExportContext, action: ActionInfo, appendix: bool = False) -> list[Paragraph]:
    """Title, detail and linked card; `appendix`: long cards are cut and referenced there."""
    style = ctx.style
    cell = [para(ctx, action.title, style.cell_bold)]
    if action.detail:
        cell.append(para(ctx, action.detail, style.cell))
    if action.card is not None and action.card.text:
        text = card_text(ctx, action.card, appendix=appendix) if appendix else action.card.text
        cell.append(para(ctx, ctx.tr("Card: “{card}”", card=text), style.cell_muted))
    return cell


def _rows(ctx: ExportContext, actions: list[ActionInfo], first_row: int,
          appendix: bool) -> tuple[list[list], list[tuple]]:
    today = ctx.data.today
    rows: list[list] = []
    extra: list[tuple] = []
    for row, action in enumerate(actions, start=first_row):
        due = ctx.short_date(action.due_on) or "—"
        if action.is_overdue(today):
            due = f"{due}\n⚠ {ctx.tr('overdue')}"
            extra += [("BACKGROUND", (0, row), (-1, row), OVERDUE_LIGHT),
                      ("TEXTCOLOR", (2, row), (2, row), OVERDUE),
                      ("FONTNAME", (2, row), (2, row), BOLD)]
        if action.priority in (Priority.URGENT, Priority.HIGH) and action.is_open:
            extra.append(("FONTNAME", (3, row), (3, row), BOLD))
        colour = _STATUS_COLOUR.get(action.status)
        if colour is not None:
            extra.append(("TEXTCOLOR", (4, row), (4, row), colour))
        rows.append([action_cell(ctx, action, appendix),
                     para(ctx, stage_text(ctx, action), ctx.style.cell),
                     ctx.text(due), ctx.label(Priority, action.priority),
                     ctx.label(ActionStatus, action.status)])
    return rows, extra


def _columns(ctx: ExportContext, width: float) -> tuple[list[str], list[float]]:
    header = [ctx.tr("Action"), ctx.tr("Stage"), ctx.tr("Due"), ctx.tr("Priority"),
              ctx.tr("Status")]
    return header, [width - 96 - 66 - 58 - 66, 96, 66, 58, 66]


def action_table(ctx: ExportContext, actions: list[ActionInfo], width: float) -> Flowable:
    """Action, stage, due date, priority and status; overdue rows tinted and flagged."""
    header, widths = _columns(ctx, width)
    rows, extra = _rows(ctx, actions, 1, appendix=False)
    return data_table(header, rows, widths, extra)


def owner_table(ctx: ExportContext, owner: Person | None, actions: list[ActionInfo],
                width: float) -> Flowable:
    """One owner's part of the report's plan: their name on every page it runs onto."""
    header, widths = _columns(ctx, width)
    rows, extra = _rows(ctx, actions, 1, appendix=True)
    name = ctx.text(owner.name) if owner else ctx.tr("Without an owner")
    continued = Paragraph(markup(ctx.tr("{name} (continued)", name=name)), ctx.style.h2_tight)
    return group_table(owner_heading(ctx, owner, actions), continued, header, rows, widths,
                       extra)


def owner_heading(ctx: ExportContext, owner: Person | None, actions: list[ActionInfo]) -> Heading:
    style = ctx.style
    name = ctx.text(owner.name) if owner else ctx.tr("Without an owner")
    open_count = sum(action.is_open for action in actions)
    overdue = sum(action.is_overdue(ctx.data.today) for action in actions)
    summary = ctx.ntr("{open} open of {total}", "{open} open of {total}", open_count,
                      open=open_count, total=len(actions))
    if overdue:
        summary += ", " + ctx.ntr("{n} overdue", "{n} overdue", overdue)
    description = ctx.text(owner.description) if owner else ""
    parts = [markup(name)]
    small = f'<font size="9" color="{MUTED.hexval().replace("0x", "#")}">'
    if description:
        parts.append(f"{small}{markup(description)}</font>")
    parts.append(f"{small}({markup(summary)})</font>")
    return Heading(" &nbsp;".join(parts), style.h2_tight, level=1, outline=name, literal=False)


def plan_story(ctx: ExportContext, width: float) -> list[Flowable]:
    """The whole plan, grouped by owner in alphabetical order."""
    data, style = ctx.data, ctx.style
    story: list[Flowable] = [Heading(ctx.tr("Action plan"), style.h1)]
    if not data.actions:
        return [*story, Paragraph(markup(ctx.tr("No actions were agreed.")), style.body)]
    today = data.today
    open_actions = [action for action in data.actions if action.is_open]
    overdue = sum(action.is_overdue(today) for action in open_actions)
    story.append(Paragraph(markup(ctx.tr(
        "On {date}: {actions}, {open}, {overdue}.", date=ctx.long_date(today),
        actions=ctx.ntr("{n} action", "{n} actions", len(data.actions)),
        open=ctx.ntr("{n} open", "{n} open", len(open_actions)),
        overdue=ctx.ntr("{n} overdue", "{n} overdue", overdue))), style.body))
    story.append(Spacer(1, 6))
    groups: list[tuple[Person | None, list[ActionInfo]]] = [
        (owner, data.actions_of(owner.id)) for owner in data.owners()]
    unowned = data.actions_of(None)
    if unowned:
        groups.append((None, unowned))
    for owner, actions in groups:
        # An owner's name never sits alone at the foot of a page: it starts with some rows.
        story += [CondPageBreak(110), owner_table(ctx, owner, actions, width), Spacer(1, 10)]
    return story
