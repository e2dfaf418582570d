"""Human labels for the model's enums (card kinds, lanes, channels, priorities, statuses).

The stored values are lowercase identifiers; people read these labels, in the workshop's
language through the Qt-free catalogue (Italian in cxworkshop/i18n/locale/it/LC_MESSAGES/cxworkshop.po).
"""

from __future__ import annotations

from enum import StrEnum

from cxworkshop.i18n import tr
from cxworkshop.model.enums import (
    ActionStatus,
    CardKind,
    Channel,
    Evidence,
    EvidenceSource,
    LaneKind,
    MapKind,
    Priority,
)

_ENGLISH: dict[type[StrEnum], dict[str, str]] = {
    CardKind: {
        CardKind.CUSTOMER_ACTION: "Customer action",
        CardKind.TOUCHPOINT: "Touchpoint",
        CardKind.THOUGHT: "Thought",
        CardKind.EMOTION: "Emotion",
        CardKind.PAIN_POINT: "Pain point",
        CardKind.MOMENT_OF_TRUTH: "Moment of truth",
        CardKind.OPPORTUNITY: "Opportunity",
        CardKind.BACKSTAGE: "Backstage process",
        CardKind.QUOTE: "Quote",
        CardKind.NOTE: "Note",
    },
    LaneKind: {
        LaneKind.CUSTOMER_ACTIONS: "Customer actions",
        LaneKind.TOUCHPOINTS: "Touchpoints and channels",
        LaneKind.THOUGHTS: "Thoughts",
        LaneKind.EMOTIONS: "Emotions",
        LaneKind.PAIN_POINTS: "Pain points",
        LaneKind.MOMENTS_OF_TRUTH: "Moments of truth",
        LaneKind.OPPORTUNITIES: "Opportunities",
        LaneKind.BACKSTAGE: "Backstage processes",
        LaneKind.SUPPORT_PROCESSES: "Support processes",
        LaneKind.CUSTOM: "Other",
    },
    Channel: {
        Channel.IN_PERSON: "In person",
        Channel.PHONE: "Phone",
        Channel.EMAIL: "Email",
        Channel.WEBSITE: "Website",
        Channel.APP: "App",
        Channel.SOCIAL: "Social media",
        Channel.CHAT: "Chat",
        Channel.WHATSAPP: "WhatsApp",
        Channel.LETTER: "Letter",
        Channel.EVENT: "Event",
        Channel.PARTNER: "Partner",
        Channel.OTHER: "Other channel",
    },
    Priority: {
        Priority.LOW: "Low",
        Priority.MEDIUM: "Medium",
        Priority.HIGH: "High",
        Priority.URGENT: "Urgent",
    },
    ActionStatus: {
        ActionStatus.OPEN: "Open",
        ActionStatus.IN_PROGRESS: "In progress",
        ActionStatus.DONE: "Done",
        ActionStatus.DROPPED: "Dropped",
    },
    MapKind: {
        MapKind.CURRENT: "Current state",
        MapKind.FUTURE: "Future state",
    },
    Evidence: {
        Evidence.OBSERVED: "Observed",
        Evidence.ASSUMED: "Assumed, to verify",
    },
    EvidenceSource: {
        EvidenceSource.INTERVIEW: "Interview",
        EvidenceSource.COMPLAINT_LOG: "Complaint log",
        EvidenceSource.SURVEY: "Survey",
        EvidenceSource.REVIEW: "Review",
        EvidenceSource.ANALYTICS: "Analytics",
        EvidenceSource.OTHER: "Other source",
    },
}


def label(enum: type[StrEnum], value: str | None, lang: str) -> str:
    """The label of `value` in `lang`; an unknown or empty value prints as itself."""
    if not value:
        return ""
    english = _ENGLISH[enum].get(value)  # StrEnum members hash like their string value
    return tr(english, lang) if english is not None else value
