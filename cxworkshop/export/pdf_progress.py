"""Progress since the previous meeting: what was closed, started, opened and is now late."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from cxworkshop.export.context import ExportContext
from cxworkshop.export.data import ActionInfo, StatusStep
from cxworkshop.export.pdf_outline import Heading
from cxworkshop.export.tables_pdf import data_table, para
from cxworkshop.export.text import markup
from cxworkshop.model.enums import ActionStatus
from cxworkshop.model.progress import changed_since_previous


def changes_since_previous(ctx: ExportContext) -> list[tuple[ActionInfo, StatusStep]]:
    """Status changes recorded in the latest meeting, or after the previous one was held."""
    data = ctx.data
    latest, previous = data.latest_meeting, data.previous_meeting
    if latest is None or previous is None:
        return []
    return [(action, step) for action in data.actions for step in action.history
            if changed_since_previous(step, latest, previous)]


def progress_story(ctx: ExportContext, width: float) -> list[Flowable]:
    data, style = ctx.data, ctx.style
    story: list[Flowable] = [Heading(ctx.tr("Progress since the previous meeting"), style.h1)]
    latest, previous = data.latest_meeting, data.previous_meeting
    if latest is None or previous is None:
        return [*story, Paragraph(markup(ctx.tr(
            "This is the first meeting: progress will be reported from the next one.")),
            style.body)]
    changes = changes_since_previous(ctx)
    closed = {action.id for action, step in changes if step.new_status == ActionStatus.DONE}
    started = {action.id for action, step in changes
               if step.new_status == ActionStatus.IN_PROGRESS}
    opened = [action for action in data.actions
              if action.opened_in is not None and action.opened_in.id == latest.id]
    overdue = [action for action in data.actions if action.is_overdue(data.today)]
    story.append(Paragraph(markup(ctx.tr(
        "From meeting {previous} ({previous_date}) to meeting {latest} ({latest_date}): "
        "{closed}, {started}, {opened}; {overdue}.",
        previous=previous.number, previous_date=ctx.short_date(previous.held_on),
        latest=latest.number, latest_date=ctx.short_date(latest.held_on),
        closed=ctx.ntr("{n} action completed", "{n} actions completed", len(closed)),
        started=ctx.ntr("{n} started", "{n} started", len(started)),
        opened=ctx.ntr("{n} new", "{n} new", len(opened)),
        overdue=ctx.ntr("{n} is overdue", "{n} are overdue", len(overdue)))), style.body))
    story.append(Spacer(1, 8))
    if not changes:
        return [*story, Paragraph(markup(ctx.tr("No action changed status since then.")),
                                  style.body)]
    rows = []
    for action, step in changes:
        old = ctx.label(ActionStatus, step.old_status) if step.old_status else "—"
        new = ctx.label(ActionStatus, step.new_status)
        owner = action.owner.name if action.owner else ctx.tr("Without an owner")
        change = f"{old} → {new}"
        if step.note:
            change = f"{change}\n{step.note}"
        rows.append([para(ctx, action.title, style.cell), para(ctx, owner, style.cell),
                     para(ctx, change, style.cell),
                     ctx.short_date(action.due_on) or "—"])
    header = [ctx.tr("Action"), ctx.tr("Owner"), ctx.tr("Change"), ctx.tr("Due")]
    story.append(data_table(header, rows, [width - 110 - 130 - 66, 110, 130, 66]))
    return story
