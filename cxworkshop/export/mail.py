"""Email drafts, one per owner: a short letter in the workshop's language with their PDF.

Drafts are .eml files marked `X-Unsent: 1`, which Outlook, Apple Mail and Thunderbird open as
a message ready to send; the owner's address is filled in when the workshop knows it.
"""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.utils import formataddr, formatdate

from cxworkshop.export.data import Person, WorkshopData
from cxworkshop.export.dates import long_date, short_date
from cxworkshop.i18n import tr

MAX_LISTED = 15


def _one_line(text: str) -> str:
    # A line break typed into a name or title must not end the header it is put in.
    return " ".join(text.split())


def _address(person: Person | None) -> str | None:
    email = _one_line(person.email) if person is not None else ""
    if person is None or not email or "@" not in email or " " in email:
        return None
    return formataddr((_one_line(person.name), email))


def draft_text(data: WorkshopData, owner: Person, lang: str) -> str:
    actions = [action for action in data.actions_of(owner.id) if action.is_open]
    lines = [tr("Hello {name},", lang, name=owner.name), ""]
    lines.append(tr("thank you for taking part in the workshop “{title}” on {date}.", lang,
                    title=data.display_title, date=long_date(data.report_date, lang)))
    if actions:
        lines.append(tr("Attached is the list of the {count} actions you agreed to take on, "
                        "with the context of each one:", lang, count=len(actions)))
        lines.append("")
        for action in actions[:MAX_LISTED]:
            due = short_date(action.due_on, lang)
            title = " ".join(action.title.split())
            lines.append(f"- {title}" + (f" ({tr('due {date}', lang, date=due)})" if due else ""))
        if len(actions) > MAX_LISTED:
            lines.append(tr("- and {count} more in the attachment.", lang,
                            count=len(actions) - MAX_LISTED))
    else:
        lines.append(tr("Attached is the summary of your actions: all of them are closed.", lang))
    lines += ["", tr("Please let me know if a date or a detail needs changing.", lang), "",
              tr("Kind regards,", lang)]
    if data.facilitator:
        lines.append(data.facilitator)
    return "\n".join(lines) + "\n"


def build_draft(data: WorkshopData, owner: Person, pdf: bytes, pdf_name: str,
                lang: str) -> EmailMessage:
    message = EmailMessage(policy=policy.SMTP)
    message["X-Unsent"] = "1"
    facilitator = next((person for person in data.participants if person.is_facilitator), None)
    sender = _address(facilitator)
    if sender:
        message["From"] = sender
    to = _address(owner)
    if to:
        message["To"] = to
    subject = tr("Your actions from the workshop “{title}”", lang, title=data.display_title)
    if data.client:
        subject = f"{subject} – {data.client}"
    message["Subject"] = _one_line(subject)
    message["Date"] = formatdate(localtime=True)
    message.set_content(draft_text(data, owner, lang))
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_name)
    return message
