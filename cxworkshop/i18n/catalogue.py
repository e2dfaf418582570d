"""Compile and check the Qt-free catalogue (developers only: needs Babel, `pip install babel`).

    python -m cxworkshop.i18n.catalogue --compile   # .po -> .mo, after editing the .po
    python -m cxworkshop.i18n.catalogue --check     # exit 1 if a .mo is stale or a message is
                                                    # untranslated, fuzzy or lacks a plural form

The .mo is committed next to its .po so the app, the tests and the PyInstaller bundle read it
with the standard library alone; tests/unit/test_i18n_catalogue.py runs the same check.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from cxworkshop.i18n import LOCALE_DIR, catalogue_path

PLACEHOLDER = re.compile(r"\{(\w+)[^{}]*\}")


def languages() -> list[str]:
    return sorted(path.name for path in LOCALE_DIR.iterdir() if catalogue_path(path.name, ".po").exists())


def load(lang: str) -> Catalog:
    with catalogue_path(lang, ".po").open("rb") as handle:
        return read_po(handle, locale=lang)


def compiled(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def problems(lang: str) -> list[str]:
    """Why the catalogue of `lang` is not ready to ship (empty when it is)."""
    catalog = load(lang)
    found: list[str] = []
    for message in catalog:
        if not message.id:
            continue
        ids = tuple(map(str, message.id)) if isinstance(message.id, tuple) else (str(message.id),)
        strings = (tuple(map(str, message.string)) if isinstance(message.string, tuple)
                   else (str(message.string or ""),))
        if message.fuzzy:
            found.append(f"fuzzy: {ids[0]!r}")
        if isinstance(message.id, tuple) and len(strings) != catalog.num_plurals:
            found.append(f"needs {catalog.num_plurals} plural forms: {ids[0]!r}")
        if not all(strings):
            found.append(f"untranslated: {ids[0]!r}")
        wanted = {name for text in ids for name in PLACEHOLDER.findall(text)} - {"n"}
        for text in strings:
            lost = wanted - set(PLACEHOLDER.findall(text))
            if text and lost:
                found.append(f"{ids[0]!r}: the translation lacks {sorted(lost)}")
    for check in catalog.check():
        found.extend(f"{check[0].id!r}: {error}" for error in check[1])
    mo = catalogue_path(lang)
    if not mo.exists() or mo.read_bytes() != compiled(catalog):
        found.append(f"{mo} is stale: run python -m cxworkshop.i18n.catalogue --compile")
    return found


def compile_all() -> list[Path]:
    written = []
    for lang in languages():
        target = catalogue_path(lang)
        target.write_bytes(compiled(load(lang)))
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cxworkshop.i18n.catalogue",
                                     description="Compile or check the Qt-free catalogue.")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--compile", action="store_true", help="write each .mo from its .po")
    action.add_argument("--check", action="store_true", help="fail on a stale .mo or a gap")
    args = parser.parse_args(argv)
    if args.compile:
        for path in compile_all():
            print(f"Wrote {path}")
    found = [f"{lang}: {problem}" for lang in languages() for problem in problems(lang)]
    for problem in found:
        print(problem, file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
