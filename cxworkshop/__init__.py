"""CX Workshop: customer-journey workshops on one laptop, offline."""

from cxworkshop.appinfo import VERSION as __version__

__all__ = ["__version__"]
