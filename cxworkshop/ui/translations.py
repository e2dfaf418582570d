"""The window's language: install Qt's and our translators, and rebuild our .ts/.qm files.

`install_translators(app, language)` loads Qt's own `qtbase_<lang>.qm` (standard buttons,
file dialogs, context menus) and our `cxworkshop_<lang>.qm`, shipped as package data under
cxworkshop/resources/i18n and read through importlib.resources. It also sets the default
QLocale, so dates and numbers follow the language, and CXWORKSHOP_LANG, so sentences of the
Qt-free core (file errors, exports) speak the same language as the window.

`python -m cxworkshop.ui.translations --update` extracts every translatable string from
cxworkshop/**/*.py (pyside6-lupdate, plus the marker and wrapper patterns lupdate cannot see)
into the .ts sources and compiles them with pyside6-lrelease.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path
from typing import TypeGuard

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("it", "en")
CATALOGUE = "cxworkshop"
_installed: list[QTranslator] = []


def _locale_for(language: str) -> QLocale:
    system = QLocale.system()
    if language == "it":
        return system if system.language() == QLocale.Language.Italian else QLocale("it_IT")
    return system if system.language() == QLocale.Language.English else QLocale("en_GB")


def current_language() -> str:
    """The language the translators were last installed for ("en" before any)."""
    return os.environ.get("CXWORKSHOP_LANG", "en")[:2] if _installed else "en"


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators for `language` (default: the preference, else the system).

    Replaces any installed before, so it also switches the language of a running app
    (widgets retranslate on the LanguageChange event, or when rebuilt). Returns the language.
    """
    if language not in LANGUAGES:
        from cxworkshop.ui.preferences import Settings

        language = Settings().effective_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = _locale_for(language)
    QLocale.setDefault(locale)
    os.environ["CXWORKSHOP_LANG"] = language
    if language == "en":
        # Qt's own strings are English already; ours are too, but for the counted ones
        # ("%n action(s)"), whose "1 action" / "2 actions" only the English catalogue knows.
        ours = QTranslator(app)
        if _load_ours(ours, language):
            ours.setObjectName(f"{CATALOGUE}_{language}")
            app.installTranslator(ours)
        _installed.append(ours)
        return language
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)
    if _load_ours(ours, language):
        ours.setObjectName(f"{CATALOGUE}_{language}")
        app.installTranslator(ours)
        _installed.append(ours)
    return language


def _load_ours(translator: QTranslator, language: str) -> bool:
    # Through a file, not bytes: QTranslator.load(data) does not copy, and Python's bytes
    # would not outlive the call. as_file is the package file itself in a normal install.
    try:
        resource = resources.files("cxworkshop") / "resources" / "i18n" / f"{CATALOGUE}_{language}.qm"
        if not resource.is_file():
            return False
        with resources.as_file(resource) as path:
            return translator.load(str(path))
    except (ModuleNotFoundError, OSError):
        return False


# --- building the catalogues ---------------------------------------------------------------

PACKAGE = Path(__file__).resolve().parents[1]
I18N = PACKAGE / "resources" / "i18n"


# The Qt-free layers translate through cxworkshop.i18n, never Qt: their `ctx.tr(...)` calls
# are not Qt's and must not be extracted.
QT_FREE = ("export", "store", "model", "i18n", "resources")


def source_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py")
                  if not set(p.relative_to(PACKAGE).parts[:-1]) & set(QT_FREE))


def _const(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _is_translate(call: ast.AST) -> TypeGuard[ast.Call]:
    return (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate" and len(call.args) >= 2)


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)


def _wrappers_of(tree: ast.Module) -> dict[str, str]:
    """Functions `def f(text): return QCoreApplication.translate("Ctx", text)` -> Ctx."""
    wrappers: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            params = [a.arg for a in node.args.args if a.arg != "self"]
            for sub in ast.walk(node):
                if _is_translate(sub) and (context := _const(sub.args[0])) is not None:
                    target = sub.args[1]
                    if isinstance(target, ast.Name) and target.id in params:
                        wrappers[node.name] = context
    return wrappers


def all_wrappers(files: list[Path]) -> dict[str, dict[str, str]]:
    return {_module_name(p): _wrappers_of(ast.parse(p.read_text(encoding="utf-8"))) for p in files}


def extra_messages(path: Path, wrappers_by_module: dict[str, dict[str, str]] | None = None,
                   ) -> tuple[list[tuple[str, str, int]], set[str]]:
    """(context, source, line) for the strings lupdate cannot attribute in one module, and
    the wrong contexts lupdate gives them (module aliases such as "texts").

    Patterns: a wrapper `def tr(text): return QCoreApplication.translate("Ctx", text)` called
    with a literal (in its module, imported by name, or through its module: `texts.tr("…")`),
    and strings marked `_("…")` in a dict later looked up in `translate("Ctx", DICT.get(…))`.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrappers_by_module = wrappers_by_module or {}
    wrappers = dict(_wrappers_of(tree))
    modules: dict[str, dict[str, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                if full in wrappers_by_module:
                    modules[alias.asname or alias.name] = wrappers_by_module[full]
                elif alias.name in wrappers_by_module.get(node.module, {}):
                    wrappers[alias.asname or alias.name] = wrappers_by_module[node.module][alias.name]
    dict_contexts: dict[str, str] = {}
    for node in ast.walk(tree):
        if _is_translate(node) and (context := _const(node.args[0])) is not None:
            for sub in ast.walk(node.args[1]):
                if isinstance(sub, ast.Attribute) and sub.attr == "get" \
                        and isinstance(sub.value, ast.Name):
                    dict_contexts[sub.value.id] = context
    found: list[tuple[str, str, int]] = []
    wrong: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args and (text := _const(node.args[0])) is not None:
            func = node.func
            if isinstance(func, ast.Name) and func.id in wrappers:
                found.append((wrappers[func.id], text, node.lineno))
            elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                owner = func.value.id
                if owner == "self" and func.attr in wrappers:
                    found.append((wrappers[func.attr], text, node.lineno))
                elif func.attr in modules.get(owner, {}):
                    found.append((modules[owner][func.attr], text, node.lineno))
                    wrong.add(owner)
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            context = next((dict_contexts[n] for n in names if n in dict_contexts), None)
            if context is None or not isinstance(node.value, ast.Dict):
                continue
            for value in node.value.values:
                if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) \
                        and value.func.id == "_" \
                        and (marked := _const(value.args[0] if value.args else None)):
                    found.append((context, marked, value.lineno))
    return found, wrong


def _merge_extras(ts_file: Path, extras: dict[tuple[str, str], tuple[str, int]],
                  wrong: set[str]) -> int:
    """Add (or revive) the extra messages in one .ts file; drop the context-less ones."""
    tree = ET.parse(ts_file)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    added = 0
    for (context, source), (filename, line) in sorted(extras.items()):
        ctx = contexts.get(context)
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = context
            contexts[context] = ctx
        message = next((m for m in ctx.findall("message") if m.findtext("source") == source), None)
        if message is None:
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "location", filename=filename, line=str(line))
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation", type="unfinished").text = ""
            added += 1
        else:
            for location in message.findall("location"):
                message.remove(location)
            message.insert(0, ET.Element("location", filename=filename, line=str(line)))
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                if translation.text:
                    del translation.attrib["type"]
                else:
                    translation.set("type", "unfinished")
    # lupdate files a wrapper's calls under no context; their true context is added above.
    for name in {"", *wrong}:
        if name in contexts:
            root.remove(contexts.pop(name))
    # Gone from the code (lupdate keeps them as vanished so that the extras above could be
    # revived with their translations): drop them now.
    for ctx in list(contexts.values()):
        for message in ctx.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                ctx.remove(message)
        if not ctx.findall("message"):
            root.remove(ctx)
    ET.indent(tree, space="    ")
    with ts_file.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")
    return added


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships {name})")
    return found


def update(release_only: bool = False) -> int:
    """Extract into cxworkshop_<lang>.ts and compile the .qm files; returns an exit code."""
    I18N.mkdir(parents=True, exist_ok=True)
    ts_files = [I18N / f"{CATALOGUE}_{lang}.ts" for lang in LANGUAGES]
    if not release_only:
        files = source_files()
        subprocess.run([_tool("pyside6-lupdate"), "-locations", "relative",
                        *map(str, files), "-ts", *map(str, ts_files)], check=True)
        extras: dict[tuple[str, str], tuple[str, int]] = {}
        wrong: set[str] = set()
        wrappers = all_wrappers(files)
        for path in files:
            found, aliases = extra_messages(path, wrappers)
            wrong |= aliases
            for context, source, line in found:
                extras.setdefault((context, source),
                                  (os.path.relpath(path, I18N).replace(os.sep, "/"), line))
        for ts_file in ts_files:
            _merge_extras(ts_file, extras, wrong)
        fill_english(ts_files[LANGUAGES.index("en")])
    for ts_file in ts_files:
        # Compile beside, then rename: a running app maps its .qm and must never see it half
        # rewritten (its strings would turn English mid-session).
        target = ts_file.with_suffix(".qm")
        partial = target.with_name(f".{target.name}.part")
        subprocess.run([_tool("pyside6-lrelease"), str(ts_file), "-qm", str(partial)], check=True)
        os.replace(partial, target)
    return 0


def fill_english(ts_file: Path) -> None:
    """The English catalogue translates each source to itself, so it is always complete."""
    tree = ET.parse(ts_file)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        forms = translation.findall("numerusform")
        if forms:
            translation.text = None
            forms[0].text = source.replace("(s)", "").replace("(es)", "")
            for form in forms[1:]:
                form.text = source.replace("(s)", "s").replace("(es)", "es")
        else:
            translation.text = source
        del translation.attrib["type"]
    ET.indent(tree, space="    ")
    with ts_file.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    """(context, source) of every message still without a translation."""
    result = []
    for context in ET.parse(ts_file).getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not (
                    translation.text or translation.findall("numerusform")):
                result.append((context.findtext("name") or "", message.findtext("source") or ""))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cxworkshop.ui.translations",
                                     description="Rebuild the window's translations.")
    parser.add_argument("--update", action="store_true",
                        help="extract strings into the .ts files, then compile the .qm files")
    parser.add_argument("--release", action="store_true", help="only compile the .qm files")
    parser.add_argument("--check", action="store_true",
                        help="list the messages not yet translated into Italian (exit 1 if any)")
    args = parser.parse_args(argv)
    if args.check:
        missing = unfinished(I18N / f"{CATALOGUE}_it.ts")
        for context, source in missing:
            print(f"{context}: {source!r}")
        return 1 if missing else 0
    if not (args.update or args.release):
        parser.print_help()
        return 2
    return update(release_only=args.release)


if __name__ == "__main__":
    sys.exit(main())
