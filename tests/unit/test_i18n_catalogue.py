"""Every sentence the Qt-free layers can show has an Italian translation in the gettext .po,
and the committed .mo is the .po compiled (not an older copy)."""

from __future__ import annotations

import ast
import gettext
from pathlib import Path

import pytest

import cxworkshop
from cxworkshop.i18n import catalogue_path, tr, translations

catalogue = pytest.importorskip("cxworkshop.i18n.catalogue", reason="Babel compiles the .po")

PACKAGE = Path(cxworkshop.__file__).parent
QT_FREE = ["cli.py", "store", "export", "i18n", "portfolio", "editing", "document/files.py",
           "document/boundary.py", "room/headless.py"]


def _calls() -> tuple[set[str], set[tuple[str, str]]]:
    """The literal msgids of tr()/WorkshopFileError() and the (singular, plural) of ntr()."""
    singles: set[str] = set()
    plurals: set[tuple[str, str]] = set()
    files = [p for part in QT_FREE for p in ((PACKAGE / part).rglob("*.py") if (PACKAGE / part).is_dir()
                                             else [PACKAGE / part]) if p.exists()]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            texts = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                     for a in node.args]
            if name == "ntr" and len(texts) > 1 and texts[0] and texts[1]:
                plurals.add((texts[0], texts[1]))
            position = {"tr": 0, "WorkshopFileError": 2}.get(name)
            if position is not None and len(texts) > position and texts[position]:
                singles.add(texts[position])
    return singles, plurals


def _po() -> dict[str, object]:
    return {m.id if isinstance(m.id, str) else m.id[0]: m for m in catalogue.load("it") if m.id}


def test_core_sentences_are_all_translated() -> None:
    singles, plurals = _calls()
    assert len(singles) > 30 and plurals, "the scan found the sentences"
    entries = _po()
    missing = sorted(s for s in singles if s not in entries)
    assert not missing, missing
    for singular, plural in plurals:
        message = entries.get(singular)
        assert message is not None, f"ntr({singular!r}, ...) has no entry in the .po"
        assert message.id == (singular, plural), f"{singular!r}: the .po's msgid_plural differs"


def test_the_catalogue_is_complete_and_the_mo_is_fresh() -> None:
    """No untranslated or fuzzy entry, no lost placeholder, both Italian plural forms, and the
    committed .mo equals the .po compiled now (editing the .po without --compile fails here)."""
    assert catalogue.problems("it") == []


def test_a_stale_mo_is_caught(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    po = catalogue_path("it", ".po").read_text(encoding="utf-8")
    target = tmp_path / "it" / "LC_MESSAGES"
    target.mkdir(parents=True)
    (target / "cxworkshop.mo").write_bytes(catalogue_path("it").read_bytes())
    (target / "cxworkshop.po").write_text(
        po.replace('msgstr "Piano d\'azione"', 'msgstr "Piano delle azioni"'), encoding="utf-8")
    monkeypatch.setattr("cxworkshop.i18n.LOCALE_DIR", tmp_path)
    assert any("stale" in problem for problem in catalogue.problems("it"))


def test_the_runtime_reads_the_mo_with_the_standard_library() -> None:
    assert isinstance(translations("it"), gettext.GNUTranslations)
    assert tr("Action plan", "it") == "Piano d'azione"
    assert tr("Action plan", "en") == "Action plan"
    assert tr("Written {path}", "it", path="/tmp/a.pdf") == "Scritto /tmp/a.pdf"


def test_translation_keeps_placeholders() -> None:
    for message in catalogue.load("it"):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = {p for text in ids for p in catalogue.PLACEHOLDER.findall(text)} - {"n"}
        for text in strings:
            assert wanted <= set(catalogue.PLACEHOLDER.findall(text)), ids[0]


def test_the_mo_ships_in_the_wheel_and_the_bundle() -> None:
    """pyproject's package-data and the PyInstaller spec both take the .mo (and leave the .po)."""
    import tomllib

    root = PACKAGE.parent
    patterns = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))[
        "tool"]["setuptools"]["package-data"]["cxworkshop"]
    shipped = {path for pattern in patterns for path in PACKAGE.glob(pattern)}
    assert catalogue_path("it") in shipped
    pyinstaller = pytest.importorskip("PyInstaller.utils.hooks")
    spec = (root / "packaging" / "cxworkshop.spec").read_text(encoding="utf-8")
    excludes = ast.literal_eval(spec.split("collect_data_files(\"cxworkshop\", excludes=")[1]
                                .split(")", 1)[0])
    bundled = {Path(source) for source, _ in pyinstaller.collect_data_files("cxworkshop",
                                                                          excludes=excludes)}
    assert catalogue_path("it") in bundled
    assert catalogue_path("it", ".po") not in bundled
