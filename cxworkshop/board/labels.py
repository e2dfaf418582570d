"""The names people see for card kinds, lane kinds, channels and emotion scores (translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cxworkshop.model import CardKind, Channel, LaneKind


def _noop(text: str) -> str:
    return text


_ = _noop  # marks strings for lupdate-style extraction; translated at call time below

_CARD_KINDS: dict[str, str] = {
    CardKind.CUSTOMER_ACTION: _("Customer action"),
    CardKind.TOUCHPOINT: _("Touchpoint"),
    CardKind.THOUGHT: _("Thought"),
    CardKind.EMOTION: _("Emotion"),
    CardKind.PAIN_POINT: _("Pain point"),
    CardKind.MOMENT_OF_TRUTH: _("Moment of truth"),
    CardKind.OPPORTUNITY: _("Opportunity"),
    CardKind.BACKSTAGE: _("Backstage process"),
    CardKind.QUOTE: _("Customer quote"),
    CardKind.NOTE: _("Note"),
}
_LANE_KINDS: dict[str, str] = {
    LaneKind.CUSTOMER_ACTIONS: _("Customer actions"),
    LaneKind.TOUCHPOINTS: _("Touchpoints and channels"),
    LaneKind.THOUGHTS: _("Thoughts"),
    LaneKind.EMOTIONS: _("Emotions"),
    LaneKind.PAIN_POINTS: _("Pain points"),
    LaneKind.MOMENTS_OF_TRUTH: _("Moments of truth"),
    LaneKind.OPPORTUNITIES: _("Opportunities"),
    LaneKind.BACKSTAGE: _("Backstage processes"),
    LaneKind.SUPPORT_PROCESSES: _("Support processes"),
    LaneKind.CUSTOM: _("Custom"),
}
_CHANNELS: dict[str, str] = {
    Channel.IN_PERSON: _("In person"),
    Channel.PHONE: _("Phone"),
    Channel.EMAIL: _("Email"),
    Channel.WEBSITE: _("Website"),
    Channel.APP: _("App"),
    Channel.SOCIAL: _("Social media"),
    Channel.CHAT: _("Chat"),
    Channel.WHATSAPP: _("WhatsApp"),
    Channel.LETTER: _("Letter"),
    Channel.EVENT: _("Event"),
    Channel.PARTNER: _("Partner"),
    Channel.OTHER: _("Other"),
}
_EMOTIONS: dict[int, str] = {
    -2: _("Very negative"), -1: _("Negative"), 0: _("Neutral"), 1: _("Positive"),
    2: _("Very positive"),
}


def card_kind(kind: str) -> str:
    return QCoreApplication.translate("CardKind", _CARD_KINDS.get(kind, kind))


def lane_kind(kind: str) -> str:
    return QCoreApplication.translate("LaneKind", _LANE_KINDS.get(kind, kind))


def channel(value: str | None) -> str:
    return QCoreApplication.translate("Channel", _CHANNELS.get(value or "", value or ""))


def emotion(score: int | None) -> str:
    return QCoreApplication.translate("Emotion", _EMOTIONS.get(score if score is not None else 0, ""))
