"""The words and dates the plan shows: translated status and priority names, dates in the
user's locale, and the "No owner" flag text. One place, so every view flags alike."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from cxworkshop.model import ActionStatus, Priority
from cxworkshop.model.dates import order_of_pattern


def _noop(text: str) -> str:
    return text


_ = _noop  # marks the strings for extraction; translated when shown

_STATUSES = {
    ActionStatus.OPEN.value: _("Open"),
    ActionStatus.IN_PROGRESS.value: _("In progress"),
    ActionStatus.DONE.value: _("Done"),
    ActionStatus.DROPPED.value: _("Dropped"),
}
_PRIORITIES = {
    Priority.LOW.value: _("Low"),
    Priority.MEDIUM.value: _("Medium"),
    Priority.HIGH.value: _("High"),
    Priority.URGENT.value: _("Urgent"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Plan", text)


def status_label(status: str) -> str:
    return QCoreApplication.translate("ActionStatus", _STATUSES.get(status, status))


def priority_label(priority: str) -> str:
    return QCoreApplication.translate("Priority", _PRIORITIES.get(priority, priority))


def no_owner_text() -> str:
    return tr("No owner")


def warning_icon() -> QIcon:
    # The flag is an icon *and* words: colour alone does not survive a washed-out projector.
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value is not None else QDate()


def from_qdate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


def short_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(to_qdate(value), QLocale.FormatType.ShortFormat)


def long_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(to_qdate(value), QLocale.FormatType.LongFormat)


def date_order() -> str:
    """"dmy", "mdy" or "ymd": how the window's locale writes dates (it_IT and en_GB: "dmy")."""
    return order_of_pattern(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
