"""The persona editor: name, short description, goals and frustrations of one persona."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from cxworkshop.model.records import Persona


class PersonaDialog(QDialog):
    DELETE = 2

    def __init__(self, parent: QWidget | None, persona: Persona | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Persona") if persona else self.tr("Add persona"))
        self.name = QLineEdit(persona.name if persona else "")
        self.description = QLineEdit(persona.description if persona else "")
        self.goals = QPlainTextEdit(persona.goals if persona else "")
        self.frustrations = QPlainTextEdit(persona.frustrations if persona else "")
        for edit in (self.goals, self.frustrations):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(90)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Short description"), self.description)
        form.addRow(self.tr("Goals"), self.goals)
        form.addRow(self.tr("Frustrations"), self.frustrations)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        if persona is not None:
            delete = buttons.addButton(self.tr("Delete persona"), QDialogButtonBox.ButtonRole.DestructiveRole)
            delete.clicked.connect(lambda: self.done(self.DELETE))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, 360)

    def values(self) -> dict[str, str]:
        return {"name": self.name.text().strip(), "description": self.description.text().strip(),
                "goals": self.goals.toPlainText().strip(),
                "frustrations": self.frustrations.toPlainText().strip()}
