"""Translations for the Qt-free layers (command line, store errors, exports).

The window uses Qt's own translation system (.ts/.qm); the core cannot import Qt, so its
sentences live in a gettext catalogue keyed by the English text:
cxworkshop/i18n/locale/it/LC_MESSAGES/cxworkshop.po (the source, edited by hand) compiled to
the .mo next to it (`python -m cxworkshop.i18n.catalogue --compile`, needs Babel). Only the
standard library's `gettext` reads it at run time. `tr()` and `ntr()` fall back to English for
a missing entry; tests/unit/test_i18n_catalogue.py fails on any gap or stale .mo.
"""

from __future__ import annotations

import gettext
import os
from functools import cache
from pathlib import Path

SUPPORTED = ("it", "en")
DOMAIN = "cxworkshop"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"


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


def catalogue_path(lang: str, suffix: str = ".mo") -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}{suffix}"


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of `lang`; English (the msgids themselves) has none."""
    if lang == "en":
        return gettext.NullTranslations()
    try:
        with catalogue_path(lang).open("rb") as handle:
            compiled = gettext.GNUTranslations(handle)
    except OSError:  # a broken install: English beats a traceback (the bundle's smoke run checks)
        return gettext.NullTranslations()
    return compiled


def tr(text: str, lang: str | None = None, /, **params: object) -> str:
    """Translate `text` (English) into `lang` and fill its {placeholders}."""
    translated = translations(lang or user_language()).gettext(text)
    return translated.format(**params) if params else translated


def ntr(singular: str, plural: str, n: int, lang: str | None = None, /,
        **params: object) -> str:
    """The form of a counted sentence that fits `n` in `lang` ({n} is always available).

    English picks `singular` for 1 and `plural` otherwise; Italian follows the .po's
    Plural-Forms header, so "1 scheda" and "2 schede" both come out right.
    """
    translated = translations(lang or user_language()).ngettext(singular, plural, n)
    return translated.format(n=n, **params)
