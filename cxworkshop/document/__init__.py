"""The open workshop: edit operations, change notifications and undo. QtCore/QtGui only."""

from cxworkshop.document.changes import ChangeSet
from cxworkshop.document.errors import EditRejected
from cxworkshop.document.files import bundled_demo_path, new_demo, new_workshop
from cxworkshop.document.workshop_document import WorkshopDocument
from cxworkshop.store.errors import Reason, WorkshopFileError

__all__ = [
    "ChangeSet",
    "EditRejected",
    "Reason",
    "WorkshopDocument",
    "WorkshopFileError",
    "bundled_demo_path",
    "new_demo",
    "new_workshop",
]
