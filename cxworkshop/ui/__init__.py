"""The window around the board: main window, welcome screen, docks, dialogs, headless renders."""
