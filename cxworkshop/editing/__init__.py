"""The workshop's edit operations, Qt-free: each one a function run inside one transaction.

WorkshopDocument (cxworkshop.document, the Qt layer) runs them, records their undo and
announces their changes; templates, the demo and the command line (`new`, `demo`) run them
without loading Qt at all. No PySide6 import here, not even indirectly (import-linter).
"""
