"""The user's preferences: a typed `Settings` wrapper over QSettings and the Preferences dialog.

Everything the facilitator sets once and keeps between sessions lives here: the interface
language, their own name and email (for the action plan's emails and the report), the logo
printed on the report's cover and footer, the paper of the last report, the default template, the
backup folder and how many backups to keep, and the presentation palette and screen.
Session bookkeeping (recent files, crash marker) uses the same store through its own modules.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, QSettings, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cxworkshop.templates import template_names as template_keys

LANGUAGES = ("it", "en")
TEMPLATES = tuple(template_keys())
PALETTES = ("projector_light", "projector_dark", "board")
PAPERS = ("a4", "a3", "letter")  # export.options.PAPER_CHOICES, without importing reportlab
DEFAULT_KEEP = 10


def _tr(text: str) -> str:
    return QCoreApplication.translate("Preferences", text)


def system_language() -> str:
    """Italian when the system locale is Italian, else English."""
    return "it" if QLocale.system().language() == QLocale.Language.Italian else "en"


class Settings:
    """Typed access to the preferences; every call reads or writes QSettings directly."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    @property
    def qsettings(self) -> QSettings:
        return self._settings

    def _str(self, key: str, default: str = "") -> str:
        value = self._settings.value(key, default)
        return str(value) if value is not None else default

    def _set(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)
        self._settings.sync()

    # --- language ------------------------------------------------------------------------

    def language(self) -> str:
        """The chosen language, or "" to follow the system."""
        value = self._str("ui/language")
        return value if value in LANGUAGES else ""

    def set_language(self, language: str) -> None:
        self._set("ui/language", language if language in LANGUAGES else "")

    def effective_language(self) -> str:
        """The language the window speaks: the choice, else the system locale."""
        return self.language() or system_language()

    # --- facilitator ---------------------------------------------------------------------

    def facilitator_name(self) -> str:
        return self._str("facilitator/name")

    def set_facilitator_name(self, name: str) -> None:
        self._set("facilitator/name", name.strip())

    def facilitator_email(self) -> str:
        return self._str("facilitator/email")

    def set_facilitator_email(self, email: str) -> None:
        self._set("facilitator/email", email.strip())

    # --- the report (File > Export…) ------------------------------------------------------

    def report_logo(self) -> Path | None:
        """The consultant's logo for the report's cover and footer (checked when chosen)."""
        value = self._str("report/logo")
        return Path(value) if value else None

    def set_report_logo(self, path: Path | str | None) -> None:
        self._set("report/logo", str(path) if path else "")

    def report_paper(self) -> str:
        """"a4", "a3" or "letter": the paper the last report was exported on."""
        value = self._str("report/paper", PAPERS[0])
        return value if value in PAPERS else PAPERS[0]

    def set_report_paper(self, paper: str) -> None:
        self._set("report/paper", paper if paper in PAPERS else PAPERS[0])

    # --- workshops and backups -----------------------------------------------------------

    def default_template(self) -> str:
        value = self._str("workshop/default_template", "sme")
        return value if value in TEMPLATES else "sme"

    def set_default_template(self, template: str) -> None:
        self._set("workshop/default_template", template if template in TEMPLATES else "sme")

    def backup_folder(self) -> Path | None:
        """The chosen backup folder, or None for the default one in the user's data folder."""
        value = self._str("backups/folder")
        return Path(value) if value else None

    def set_backup_folder(self, folder: Path | str | None) -> None:
        self._set("backups/folder", str(folder) if folder else "")

    def backups_to_keep(self) -> int:
        try:
            value = int(str(self._settings.value("backups/keep", DEFAULT_KEEP)))
        except (TypeError, ValueError):
            value = DEFAULT_KEEP
        return max(1, min(100, value))

    def set_backups_to_keep(self, count: int) -> None:
        self._set("backups/keep", max(1, min(100, int(count))))

    # --- presentation --------------------------------------------------------------------

    def presentation_palette(self) -> str:
        value = self._str("presentation/palette", PALETTES[0])
        return value if value in PALETTES else PALETTES[0]

    def set_presentation_palette(self, palette: str) -> None:
        self._set("presentation/palette", palette if palette in PALETTES else PALETTES[0])

    def presentation_screen(self) -> str:
        """The name of the screen to present on, or "" for the one the window is on."""
        return self._str("presentation/screen")

    def set_presentation_screen(self, name: str) -> None:
        self._set("presentation/screen", name)

    # --- the window (not in the dialog: the window remembers them itself) ----------------

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_geometry(self) -> QByteArray | None:
        """QMainWindow.saveGeometry() of the last session, or None on a first start."""
        return self._bytes("window/geometry")

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._set("window/geometry", geometry)

    def window_state(self) -> QByteArray | None:
        """QMainWindow.saveState(): where the docks and the tool bar were, and which showed."""
        return self._bytes("window/state")

    def set_window_state(self, state: QByteArray) -> None:
        self._set("window/state", state)

    def started_before(self) -> bool:
        """False until the window has started once: the very first start opens the demo."""
        return str(self._settings.value("session/started_before", "false")).lower() in ("true", "1")

    def set_started_before(self) -> None:
        self._set("session/started_before", True)


def palette_names() -> dict[str, str]:
    return {
        "projector_light": _tr("Projector, lit room (white, black type)"),
        "projector_dark": _tr("Projector, dim room (dark, white type)"),
        "board": _tr("Same colours as the board"),
    }


def template_names() -> dict[str, str]:
    return {"sme": _tr("SME customer journey"), "blueprint": _tr("Service blueprint"),
            "employee": _tr("Employee journey"), "future": _tr("Future state"), "empty": _tr("Empty board")}


class PreferencesDialog(QDialog):
    """Edit the Settings; `language_changed` tells the app to reinstall its translators."""

    language_changed = Signal(str)
    backups_changed = Signal()

    def __init__(self, parent: QWidget | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferences")

        self.language = QComboBox()
        self.language.addItem(self.tr("As the system (%1)").replace(
            "%1", "Italiano" if system_language() == "it" else "English"), "")
        self.language.addItem("Italiano", "it")
        self.language.addItem("English", "en")
        self.language.setAccessibleName(self.tr("Language"))

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Facilitator's name"))
        self.name.setPlaceholderText(self.tr("e.g. Giulia Bianchi"))
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("Facilitator's email"))
        self.email.setPlaceholderText(self.tr("e.g. giulia@example.it"))
        self.logo_error = QLabel()
        self.logo_error.setObjectName("preferences-logo-error")
        self.logo_error.setWordWrap(True)
        self.logo_error.setStyleSheet("color: #b42318")
        self.logo_error.hide()  # shown only with a message
        self.logo = QLineEdit()
        self.logo.setObjectName("preferences-logo")
        self.logo.setAccessibleName(self.tr("Logo for the report"))
        self.logo.setPlaceholderText(self.tr("None (a PNG or JPEG file)"))
        self.logo.textChanged.connect(lambda _text: self._show_logo_error(""))
        choose_logo = QPushButton(self.tr("Choose…"))
        choose_logo.setAccessibleName(self.tr("Choose the logo for the report"))
        choose_logo.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose_logo)

        self.template = QComboBox()
        for key, label in template_names().items():
            self.template.addItem(label, key)
        self.template.setAccessibleName(self.tr("Default template"))

        self.backup_folder = QLineEdit()
        self.backup_folder.setPlaceholderText(self.tr("Default (the application's data folder)"))
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose the backup folder"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(browse)
        self.keep = QSpinBox()
        self.keep.setRange(1, 100)
        self.keep.setAccessibleName(self.tr("Backups to keep per workshop"))

        self.palette_choice = QComboBox()
        for key, label in palette_names().items():
            self.palette_choice.addItem(label, key)
        self.palette_choice.setAccessibleName(self.tr("Presentation colours"))
        self.screen_choice = QComboBox()
        self.screen_choice.addItem(self.tr("The screen the window is on"), "")
        for screen in QGuiApplication.screens():
            size = screen.size()
            self.screen_choice.addItem(f"{screen.name()} ({size.width()}×{size.height()})", screen.name())
        self.screen_choice.setAccessibleName(self.tr("Presentation screen"))

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Facilitator's &name:"), self.name)
        form.addRow(self.tr("Facilitator's &email:"), self.email)
        form.addRow(self.tr("Report l&ogo:"), logo_row)
        form.addRow(self.logo_error)  # the whole width: room for a two-line message
        form.addRow(self.tr("Default &template:"), self.template)
        form.addRow(self.tr("&Backup folder:"), folder_row)
        form.addRow(self.tr("Backups to &keep:"), self.keep)
        form.addRow(self.tr("Presentation &colours:"), self.palette_choice)
        form.addRow(self.tr("Presentation &screen:"), self.screen_choice)
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            row_label = label_item.widget() if label_item is not None else None
            field = field_item.widget() if field_item is not None else None
            if isinstance(row_label, QLabel) and field is not None:
                row_label.setBuddy(field)
        folder_label = form.labelForField(folder_row)
        if isinstance(folder_label, QLabel):
            folder_label.setBuddy(self.backup_folder)
        logo_label = form.labelForField(logo_row)
        if isinstance(logo_label, QLabel):
            logo_label.setBuddy(self.logo)
        self.note = QLabel(self.tr("A new language applies when CX Workshop is next started."))
        self.note.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setTabOrder(self.language, self.name)
        for first, second in ((self.name, self.email), (self.email, self.logo),
                              (self.logo, choose_logo), (choose_logo, self.template),
                              (self.template, self.backup_folder), (self.backup_folder, browse),
                              (browse, self.keep), (self.keep, self.palette_choice),
                              (self.palette_choice, self.screen_choice)):
            self.setTabOrder(first, second)
        self.load()

    def load(self) -> None:
        s = self.settings
        self.language.setCurrentIndex(max(0, self.language.findData(s.language())))
        self.name.setText(s.facilitator_name())
        self.email.setText(s.facilitator_email())
        logo = s.report_logo()
        self.logo.setText(str(logo) if logo else "")
        self.template.setCurrentIndex(max(0, self.template.findData(s.default_template())))
        folder = s.backup_folder()
        self.backup_folder.setText(str(folder) if folder else "")
        self.keep.setValue(s.backups_to_keep())
        self.palette_choice.setCurrentIndex(max(0, self.palette_choice.findData(s.presentation_palette())))
        self.screen_choice.setCurrentIndex(max(0, self.screen_choice.findData(s.presentation_screen())))

    def save(self) -> None:
        s = self.settings
        old_language = s.effective_language()
        old_backups = (s.backup_folder(), s.backups_to_keep())
        s.set_language(self.language.currentData())
        s.set_facilitator_name(self.name.text())
        s.set_facilitator_email(self.email.text())
        s.set_report_logo(self.logo.text().strip() or None)
        s.set_default_template(self.template.currentData())
        s.set_backup_folder(self.backup_folder.text().strip() or None)
        s.set_backups_to_keep(self.keep.value())
        s.set_presentation_palette(self.palette_choice.currentData())
        s.set_presentation_screen(self.screen_choice.currentData())
        if (s.backup_folder(), s.backups_to_keep()) != old_backups:
            self.backups_changed.emit()
        if s.effective_language() != old_language:
            self.language_changed.emit(s.effective_language())

    def logo_problem(self) -> str | None:
        """Why the chosen logo cannot go on the report (in the window's language), or None."""
        from cxworkshop.export.options import logo_problem

        text = self.logo.text().strip()
        return logo_problem(Path(text), self.settings.effective_language()) if text else None

    def accept(self) -> None:
        problem = self.logo_problem()
        if problem is not None:  # nothing is saved until the logo can be drawn
            self._show_logo_error(problem)
            self.logo.setFocus()
            return
        self.save()
        super().accept()

    def _choose_logo(self) -> None:
        current = self.logo.text().strip()
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo for the report"), str(Path(current).parent) if current else "",
            self.tr("Images (*.png *.jpg *.jpeg)"))
        if chosen:
            self.logo.setText(chosen)
            self._show_logo_error(self.logo_problem() or "")

    def _show_logo_error(self, message: str) -> None:
        self.logo_error.setText(message)
        self.logo_error.setVisible(bool(message))
        layout = self.layout()
        if layout is not None:
            layout.invalidate()  # the wrapped message needs its new height, not the old one
            layout.activate()
        self.adjustSize()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"),
                                                  self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)
