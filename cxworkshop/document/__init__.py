"""The open workshop: change notifications and undo over the Qt-free edit operations of
cxworkshop.editing. QtCore and QtGui only: no widgets."""

from cxworkshop.document.workshop_document import WorkshopDocument
from cxworkshop.editing import recovery
from cxworkshop.editing.changes import ChangeSet
from cxworkshop.editing.errors import EditRejected
from cxworkshop.editing.files import bundled_demo_path, new_demo, new_workshop
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
    "recovery",
]
