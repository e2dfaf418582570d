"""Shared pieces of the in-the-room tests: an excepthook that fails the test, Italian set-up."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


@contextmanager
def no_exception_reaches_the_loop() -> Iterator[list[str]]:
    """Any exception raised in a slot (which Qt would only print) fails the test."""
    caught: list[str] = []
    previous = sys.excepthook

    def hook(kind, value, tb):
        caught.append(f"{kind.__name__}: {value}")

    sys.excepthook = hook
    try:
        yield caught
    finally:
        sys.excepthook = previous
    if caught:
        pytest.fail(f"exception reached the event loop: {caught}")
