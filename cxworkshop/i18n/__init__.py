"""Translations for the Qt-free layers (command line, store errors, exports).

The window uses Qt's own translation system (.ts/.qm); the core cannot import Qt, so its
few sentences live in a plain catalogue keyed by the English text. `tr()` falls back to
English for a missing entry, and tests/unit/test_i18n_catalogue.py fails on any gap.
"""

from __future__ import annotations

import os

from cxworkshop.i18n.catalogue_it import ITALIAN

SUPPORTED = ("it", "en")


def user_language() -> str:
    """The language for messages: CXWORKSHOP_LANG, else the POSIX locale variables, else English."""
    explicit = os.environ.get("CXWORKSHOP_LANG", "")
    if explicit[:2] in SUPPORTED:
        return explicit[:2]
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "it" if value.lower().startswith("it") else "en"
    return "en"


def tr(text: str, lang: str | None = None, **params: object) -> str:
    """Translate `text` (English) into `lang` and fill its {placeholders}."""
    lang = lang or user_language()
    translated = ITALIAN.get(text, text) if lang == "it" else text
    return translated.format(**params) if params else translated
