"""Every sentence the Qt-free layers can show has an Italian translation."""

from __future__ import annotations

import ast
from pathlib import Path

import cxworkshop
from cxworkshop.i18n.catalogue_it import ITALIAN

PACKAGE = Path(cxworkshop.__file__).parent
QT_FREE = ["cli.py", "store", "export", "i18n", "document/files.py", "document/boundary.py",
           "room/headless.py"]


def _sentences() -> set[str]:
    found: set[str] = set()
    files = [p for part in QT_FREE for p in ((PACKAGE / part).rglob("*.py") if (PACKAGE / part).is_dir()
                                             else [PACKAGE / part]) if p.exists()]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            position = {"tr": 0, "WorkshopFileError": 2}.get(name)
            if position is not None and len(node.args) > position:
                argument = node.args[position]
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    found.add(argument.value)
    return found


def test_core_sentences_are_all_translated() -> None:
    sentences = _sentences()
    assert len(sentences) > 30, "the scan found the sentences"
    missing = sorted(s for s in sentences if s not in ITALIAN)
    assert not missing, missing


def test_translation_keeps_placeholders() -> None:
    for english, italian in ITALIAN.items():
        for placeholder in [part.split("}")[0] for part in english.split("{")[1:]]:
            assert "{" + placeholder + "}" in italian, english
