"""The open workshop: edit operations, change notifications and undo. QtCore/QtGui only."""

from cxworkshop.document.changes import ChangeSet
from cxworkshop.document.operations import EditRejected
from cxworkshop.document.workshop_document import WorkshopDocument

__all__ = ["ChangeSet", "EditRejected", "WorkshopDocument"]
