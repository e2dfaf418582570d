"""The closed vocabularies of a workshop: kinds of card and lane, channels, priorities, statuses.

Values are stored as their lowercase string, so a workshop file stays readable with any
SQLite tool; labels for people live in cxworkshop.i18n, not here.
"""

from __future__ import annotations

from enum import StrEnum


class CardKind(StrEnum):
    CUSTOMER_ACTION = "customer_action"
    TOUCHPOINT = "touchpoint"
    THOUGHT = "thought"
    EMOTION = "emotion"
    PAIN_POINT = "pain_point"
    MOMENT_OF_TRUTH = "moment_of_truth"
    OPPORTUNITY = "opportunity"
    BACKSTAGE = "backstage"
    QUOTE = "quote"
    NOTE = "note"


class LaneKind(StrEnum):
    CUSTOMER_ACTIONS = "customer_actions"
    TOUCHPOINTS = "touchpoints"
    THOUGHTS = "thoughts"
    EMOTIONS = "emotions"
    PAIN_POINTS = "pain_points"
    MOMENTS_OF_TRUTH = "moments_of_truth"
    OPPORTUNITIES = "opportunities"
    BACKSTAGE = "backstage"
    SUPPORT_PROCESSES = "support_processes"
    CUSTOM = "custom"


class Channel(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    EMAIL = "email"
    WEBSITE = "website"
    APP = "app"
    SOCIAL = "social"
    CHAT = "chat"
    WHATSAPP = "whatsapp"
    LETTER = "letter"
    EVENT = "event"
    PARTNER = "partner"
    OTHER = "other"


class Priority(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    URGENT = "urgent"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def is_closed(self) -> bool:
        return self in (ActionStatus.DONE, ActionStatus.DROPPED)


class MapKind(StrEnum):
    CURRENT = "current"
    FUTURE = "future"


class Evidence(StrEnum):
    """Whether a card was seen in the data or is the room's belief, still to verify."""

    OBSERVED = "observed"
    ASSUMED = "assumed"


class EvidenceSource(StrEnum):
    INTERVIEW = "interview"
    COMPLAINT_LOG = "complaint_log"
    SURVEY = "survey"
    REVIEW = "review"
    ANALYTICS = "analytics"
    OTHER = "other"


class MeasureKind(StrEnum):
    NPS = "nps"
    CSAT = "csat"
    CES = "ces"
    COMPLAINTS = "complaints"  # complaints per month
    RESPONSE_TIME = "response_time"
    CHURN = "churn"
    REVIEWS = "reviews"
    CUSTOM = "custom"


class Language(StrEnum):
    IT = "it"
    EN = "en"


# The lane in which a freshly dropped card of each kind belongs by default.
DEFAULT_LANE_FOR_CARD: dict[CardKind, LaneKind] = {
    CardKind.CUSTOMER_ACTION: LaneKind.CUSTOMER_ACTIONS,
    CardKind.TOUCHPOINT: LaneKind.TOUCHPOINTS,
    CardKind.THOUGHT: LaneKind.THOUGHTS,
    CardKind.EMOTION: LaneKind.EMOTIONS,
    CardKind.PAIN_POINT: LaneKind.PAIN_POINTS,
    CardKind.MOMENT_OF_TRUTH: LaneKind.MOMENTS_OF_TRUTH,
    CardKind.OPPORTUNITY: LaneKind.OPPORTUNITIES,
    CardKind.BACKSTAGE: LaneKind.BACKSTAGE,
    CardKind.QUOTE: LaneKind.THOUGHTS,
    CardKind.NOTE: LaneKind.CUSTOM,
}

EMOTION_MIN = -2
EMOTION_MAX = 2
