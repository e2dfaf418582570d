"""The error of an edit with invalid input (nothing was changed). Light: no ORM import."""

from __future__ import annotations


class EditRejected(ValueError):
    """An edit with invalid input; nothing was changed."""
