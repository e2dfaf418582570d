"""Recent workshops for File > Open Recent and the welcome screen; missing ones are shown as such.

The one list of recent workshops: kept in QSettings under `recent_files` (most recent first).
A file that has been moved or deleted stays listed, marked "not found" with a warning icon
and disabled, until the user clears it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem, QMenu, QStyle

KEY = "recent_files"
LIMIT = 10


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecentFiles", text)


@dataclass(frozen=True)
class RecentEntry:
    path: Path
    exists: bool

    @property
    def title(self) -> str:
        return self.path.stem


def _paths(settings: QSettings) -> list[Path]:
    value = settings.value(KEY, [])
    # QSettings gives a str for a one-entry list (INI files) and None for an empty one.
    items = [value] if isinstance(value, str) else value if isinstance(value, list | tuple) else []
    return [Path(str(p)) for p in items if str(p)]


def recent_entries(settings: QSettings | None = None) -> list[RecentEntry]:
    settings = settings if settings is not None else QSettings()
    return [RecentEntry(p, p.is_file()) for p in _paths(settings)[:LIMIT]]


def last_folder(settings: QSettings | None = None) -> Path | None:
    """The folder of the most recent workshop that still exists (for the Open dialog)."""
    return next((e.path.parent for e in recent_entries(settings) if e.exists), None)


def remember(path: Path | str, settings: QSettings | None = None) -> None:
    settings = settings if settings is not None else QSettings()
    path = Path(path).absolute()
    paths = [path, *(p for p in _paths(settings) if p != path)]
    settings.setValue(KEY, [str(p) for p in paths[:LIMIT]])
    settings.sync()


def forget(path: Path | str, settings: QSettings | None = None) -> None:
    settings = settings if settings is not None else QSettings()
    path = Path(path).absolute()
    settings.setValue(KEY, [str(p) for p in _paths(settings) if p != path])
    settings.sync()


def forget_missing(settings: QSettings | None = None) -> None:
    settings = settings if settings is not None else QSettings()
    settings.setValue(KEY, [str(p) for p in _paths(settings) if p.is_file()])
    settings.sync()


def clear(settings: QSettings | None = None) -> None:
    settings = settings if settings is not None else QSettings()
    settings.setValue(KEY, [])
    settings.sync()


def _missing_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def fill_recent_menu(menu: QMenu, open_path: Callable[[Path], object]) -> None:
    """Refill File > Open Recent; connect it to `menu.aboutToShow` so it is always current."""
    menu.clear()
    entries = recent_entries()
    for number, entry in enumerate(entries, start=1):
        mnemonic = f"&{number} " if number < 10 else ""
        if entry.exists:
            action = menu.addAction(f"{mnemonic}{entry.title}")
            action.triggered.connect(lambda _=False, p=entry.path: open_path(p))
        else:
            action = menu.addAction(_missing_icon(), _tr("%1 (not found)").replace(
                "%1", f"{mnemonic}{entry.title}"))
            action.setEnabled(False)
        action.setToolTip(str(entry.path))
        action.setStatusTip(str(entry.path))
    if not entries:
        menu.addAction(_tr("No recent workshops")).setEnabled(False)
        return
    menu.addSeparator()
    if any(not e.exists for e in entries):
        menu.addAction(_tr("Remove the missing ones"), forget_missing)
    menu.addAction(_tr("Clear the list"), clear)


def fill_recent_list(widget: QListWidget) -> None:
    """Fill the welcome screen's list; each item's UserRole is its path (None when missing)."""
    widget.clear()
    for entry in recent_entries():
        if entry.exists:
            item = QListWidgetItem(f"{entry.title}\n{entry.path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(entry.path))
            item.setToolTip(str(entry.path))
        else:
            item = QListWidgetItem(_missing_icon(), _tr("%1 (not found)\n%2").replace(
                "%1", entry.title).replace("%2", str(entry.path.parent)))
            item.setData(Qt.ItemDataRole.UserRole, None)
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # never activated: there is nothing to open
            item.setToolTip(_tr("This file was moved or deleted: %1").replace("%1", str(entry.path)))
        widget.addItem(item)
    if not widget.count():
        item = QListWidgetItem(_tr("No recent workshops yet"))
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.addItem(item)
