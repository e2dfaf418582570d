"""Building thousands of items in one go, without the cyclic garbage collector in the way."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic collector while a batch allocates many long-lived objects (a board's
    cards, the overview's rectangles): every few hundred allocations it would otherwise walk
    all of them again (10-20% of building a 10,000-card board). Nothing the batch makes is
    garbage; the collector runs again as usual afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
