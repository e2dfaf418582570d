"""Enter in the plan's dialogs always presses their main button.

Qt makes whichever push button Tab last passed the dialog's default (Cancel, say), so Enter
pressed on a field after tabbing round the dialog would cancel it. Buttons that are never
"auto default" leave the main button the default; Space still presses the focused button.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QPushButton


def enter_presses(dialog: QDialog, main: QPushButton) -> None:
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
    main.setDefault(True)
