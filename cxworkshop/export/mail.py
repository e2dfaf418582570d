"""Email drafts, one per owner: a short letter in the workshop's language with their PDF.

Drafts are .eml files marked `X-Unsent: 1`, which Outlook, Apple Mail and Thunderbird open as
a message ready to send; the owner's address is filled in when the workshop knows it.
Addresses go into the headers as `headerregistry.Address` objects, so a comma or quote in a
display name is quoted per RFC 5322 (never a second recipient), and an address that is not a
plain local@domain is left out. Attachment names are RFC 2231-encoded (`filename*=utf-8''…`)
with a plain-ASCII `name=` fallback for older unpackers (munpack), which otherwise save `part1`.
"""

from __future__ import annotations

import unicodedata
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate

from cxworkshop.export.data import Person, WorkshopData
from cxworkshop.export.dates import short_date
from cxworkshop.export.owner_info import (
    Contact,
    context_lines,
    meeting_sentence,
    next_meeting_sentence,
    one_line,
    open_actions,
    valid_address,
)
from cxworkshop.i18n import ntr, tr

MAX_LISTED = 15


def mailbox(name: str, email: str) -> Address | None:
    """`name <email>` as a header value, or None when `email` is not a usable address."""
    email = one_line(email)
    if not valid_address(email):
        return None
    local, domain = email.rsplit("@", 1)
    return Address(display_name=one_line(name), username=local, domain=domain)


def draft_text(data: WorkshopData, owner: Person, lang: str, contact: Contact | None = None,
               attachments: tuple[str, ...] = ()) -> str:
    actions = open_actions(data, owner)
    lines = [tr("Hello {name},", lang, name=one_line(owner.name)), ""]
    lines.append(tr("here are your actions from the workshop “{title}”.", lang,
                    title=one_line(data.display_title)) + " " + meeting_sentence(data, lang))
    if actions:
        lines += [tr("What you agreed to take on, with the context of each action:", lang), ""]
        for action in actions[:MAX_LISTED]:
            due = short_date(action.due_on, lang)
            title = one_line(action.title)
            lines.append(f"- {title}" + (f" ({tr('due {date}', lang, date=due)})" if due else ""))
            lines += [f"  {line}" for line in context_lines(data, action, lang)]
        if len(actions) > MAX_LISTED:
            lines.append(ntr("- and {n} more in the attachment.",
                             "- and {n} more in the attachment.", len(actions) - MAX_LISTED, lang))
    else:
        lines.append(tr("Attached is the summary of your actions: all of them are closed.", lang))
    lines += ["", next_meeting_sentence(data, lang)]
    if attachments:
        lines.append(tr("Attached: {files}.", lang, files=", ".join(attachments)))
    lines += ["", tr("Please let me know if a date or a detail needs changing.", lang), "",
              tr("Kind regards,", lang)]
    contact = contact or Contact(one_line(data.facilitator))
    lines += [part for part in (contact.name, contact.email) if part]
    return "\n".join(lines) + "\n"


def ascii_name(name: str) -> str:
    """`Niccolò.pdf` as `Niccolo.pdf`: the fallback name for unpackers that ignore RFC 2231."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    plain = "".join(char if char.isprintable() and char not in '"\\' else "_" for char in plain)
    return plain.strip() or "attachment"


def attach(message: EmailMessage, payload: bytes, maintype: str, subtype: str, name: str,
           **params: str) -> None:
    # A (charset, language, value) filename is always written as RFC 2231 `filename*`.
    message.add_attachment(payload, maintype=maintype, subtype=subtype,
                           filename=("utf-8", "", name))
    part = list(message.iter_attachments())[-1]
    part.set_param("name", ascii_name(name))
    for key, value in params.items():
        part.set_param(key, value)


def build_draft(data: WorkshopData, owner: Person, pdf: bytes, pdf_name: str,
                lang: str, contact: Contact | None = None,
                calendar: tuple[bytes, str] | None = None) -> EmailMessage:
    """The owner's draft: their PDF attached, and their .ics reminders when `calendar` is given."""
    contact = contact or Contact(one_line(data.facilitator))
    message = EmailMessage(policy=policy.SMTP)
    message["X-Unsent"] = "1"
    sender = mailbox(contact.name, contact.email)
    if sender is not None:
        message["From"] = sender
    to = mailbox(owner.name, owner.email)
    if to is not None:
        message["To"] = to
    subject = tr("Your actions from the workshop “{title}”", lang, title=data.display_title)
    if data.client:
        subject = f"{subject} – {data.client}"
    message["Subject"] = one_line(subject)
    message["Date"] = formatdate(localtime=True)
    names = (pdf_name,) + ((calendar[1],) if calendar is not None else ())
    message.set_content(draft_text(data, owner, lang, contact, names))
    attach(message, pdf, "application", "pdf", pdf_name)
    if calendar is not None:
        attach(message, calendar[0], "text", "calendar", calendar[1], method="PUBLISH")
    return message
