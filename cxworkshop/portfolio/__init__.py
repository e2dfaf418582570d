"""The consultant's portfolio: every workshop file of some folders at a glance. No Qt.

A local index (cxworkshop.portfolio.index) remembers one row per workshop file and reads
again only the files that changed (cxworkshop.portfolio.reader: read-only, no lock, no
ORM). The files stay the source of truth; the index can be deleted at any time.
"""

from cxworkshop.portfolio.entries import (
    ClientSummary,
    Entry,
    OverdueAction,
    Portfolio,
    by_client,
    next_follow_ups,
)
from cxworkshop.portfolio.index import PortfolioIndex, RefreshStats, find_workshops, index_path
from cxworkshop.portfolio.reader import FileKey, OpenAction, Problem, Reading, Summary, read_summary

__all__ = [
    "ClientSummary", "Entry", "FileKey", "OpenAction", "OverdueAction", "Portfolio", "PortfolioIndex",
    "Problem", "Reading", "RefreshStats", "Summary", "by_client", "find_workshops", "index_path",
    "next_follow_ups", "read_summary",
]
