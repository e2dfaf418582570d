"""The welcome screen: start from a template, open a workshop, reopen a recent one, or the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cxworkshop.appinfo import APP_NAME, VERSION
from cxworkshop.board import icons
from cxworkshop.templates import template_names as template_keys
from cxworkshop.ui.recent_files import fill_recent_list

TEMPLATES = tuple(template_keys())


class WelcomePage(QWidget):
    create_requested = Signal(str, str, str, str)  # template, language, title, client
    open_requested = Signal()
    open_path_requested = Signal(Path)
    demo_requested = Signal()
    portfolio_requested = Signal()  # File > Portfolio… (issue 20)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(APP_NAME)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        heading.setFont(font)
        subtitle = QLabel(self.tr("Map the customer journey with the people in the room. "
                                  "Every change is saved as you make it."))
        subtitle.setWordWrap(True)

        self.templates = QListWidget()
        self.templates.setIconSize(QSize(40, 40))
        self.templates.setAccessibleName(self.tr("Templates"))
        descriptions = {
            "sme": (self.tr("SME customer journey"),
                    self.tr("Seven stages from discovery to renewal; lanes for actions, touchpoints, "
                            "thoughts, emotions, pain points, moments of truth, opportunities.")),
            "blueprint": (self.tr("Service blueprint"),
                          self.tr("Customer actions, frontstage, backstage and support processes.")),
            "employee": (self.tr("Employee journey"),
                         self.tr("The colleague as the internal customer: from recruiting to leaving, "
                                 "with HR and support processes.")),
            "future": (self.tr("Future state"),
                       self.tr("How the journey should go: expected emotions, changes from today, "
                               "the internal processes needed and how to measure it.")),
            "empty": (self.tr("Empty board"), self.tr("One stage and one lane: build your own.")),
        }
        icon_for = {"sme": icons.lane_icon("customer_actions"), "blueprint": icons.lane_icon("backstage"),
                    "employee": icons.lane_icon("support_processes"),
                    "future": icons.lane_icon("opportunities"), "empty": icons.lane_icon("custom")}
        for name in TEMPLATES:
            title, text = descriptions[name]
            item = QListWidgetItem(icon_for[name], f"{title}\n{text}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.templates.addItem(item)
        self.templates.setCurrentRow(0)
        self.templates.setWordWrap(True)
        self.language = QComboBox()
        self.language.addItem("Italiano", "it")
        self.language.addItem("English", "en")
        self.language.setAccessibleName(self.tr("Language of stage and lane names"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Customer journey: office coffee subscription"))
        self.client = QLineEdit()
        self.client.setPlaceholderText(self.tr("e.g. Caffè Aurora Srl"))
        self.create_button = QPushButton(self.tr("Create workshop…"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._create)
        self.templates.itemActivated.connect(lambda _item: self._create())

        new_box = QGroupBox(self.tr("New workshop"))
        new_layout = QVBoxLayout(new_box)
        new_layout.addWidget(self.templates, 1)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Client"), self.client)
        new_layout.addLayout(form)
        new_layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)

        open_box = QGroupBox(self.tr("Open"))
        open_layout = QVBoxLayout(open_box)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent workshops"))
        self.recent.itemActivated.connect(self._open_item)
        open_button = QPushButton(self.tr("Open a workshop…"))
        open_button.clicked.connect(self.open_requested)
        portfolio_button = QPushButton(self.tr("Portfolio of all workshops…"))
        portfolio_button.setObjectName("portfolio-button")
        portfolio_button.clicked.connect(self.portfolio_requested)
        # First-time users (and a demo in front of a client) start here: make it stand out.
        self.demo_button = QPushButton(icons.lane_icon("moments_of_truth"),
                                       self.tr("Open the demo workshop"))
        self.demo_button.setObjectName("demo-button")
        self.demo_button.setIconSize(QSize(28, 28))
        self.demo_button.setMinimumHeight(52)
        demo_font = self.demo_button.font()
        demo_font.setPointSizeF(demo_font.pointSizeF() * 1.25)
        demo_font.setBold(True)
        self.demo_button.setFont(demo_font)
        self.demo_button.setToolTip(self.tr("A complete example workshop to explore or show a "
                                            "client; your own files are not touched"))
        self.demo_button.clicked.connect(self.demo_requested)
        demo_hint = QLabel(self.tr("New to CX Workshop? Start with the demo: a filled-in "
                                   "journey with actions, owners and a voting round."))
        demo_hint.setWordWrap(True)
        open_layout.addWidget(self.demo_button)
        open_layout.addWidget(demo_hint)
        open_layout.addSpacing(12)
        open_layout.addWidget(QLabel(self.tr("Recent workshops")))
        open_layout.addWidget(self.recent, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(portfolio_button)
        buttons.addWidget(open_button)
        open_layout.addLayout(buttons)

        panel = QFrame()
        panel.setMaximumWidth(1200)
        grid = QGridLayout(panel)
        grid.addWidget(heading, 0, 0, 1, 2)
        grid.addWidget(subtitle, 1, 0, 1, 2)
        grid.addWidget(new_box, 2, 0)
        grid.addWidget(open_box, 2, 1)
        grid.addWidget(QLabel(self.tr("Version %1").replace("%1", VERSION)), 3, 0, 1, 2)
        content = QWidget()
        centred = QHBoxLayout(content)
        centred.addStretch(1)
        centred.addWidget(panel, 4)
        centred.addStretch(1)
        # Scrolls on a small screen instead of making the window taller than the screen.
        scroll = QScrollArea()
        scroll.setObjectName("welcome-scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()

    def refresh(self) -> None:
        fill_recent_list(self.recent)

    def _open_item(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:  # None: a file that was moved or deleted
            self.open_path_requested.emit(Path(path))

    def template(self) -> str:
        item = self.templates.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "sme"

    def _create(self) -> None:
        self.create_requested.emit(self.template(), self.language.currentData(),
                                   self.title.text().strip(), self.client.text().strip())
