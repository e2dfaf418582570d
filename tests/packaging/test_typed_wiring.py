"""No edit or wiring goes through a string (issue 14, item 1).

`scene.edit("move_cards", ...)`, `edits.call("place_dot", ...)`, `getattr(self.document, name)`,
`hasattr(scene, "set_badges")` and tests patching with `raising=False` all survive a rename
that breaks the program: "go to definition" cannot follow them, mypy cannot check them, and a
missing method is silently skipped. This test greps the package and the tests for them and
lists the offenders. An entry in ALLOWED needs a reason; "pending: <file>" marks a module that
is still being converted and must be removed from the list when it is.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "cxworkshop"
TESTS = ROOT / "tests"

# Dispatch and wiring by name in the package; a line counts under the first pattern it matches.
PATTERNS = {
    "hasattr": re.compile(r"\bhasattr\("),
    "edit by name": re.compile(r"""\.edit\(\s*["']"""),
    "call by name": re.compile(r"""\.call\(\s*["']"""),
    "board_call": re.compile(r"\bboard_call\("),
    "on_board": re.compile(r"\bon_board\("),
    # getattr/setattr on our own objects: self, self.x, the document, scene, window, edits.
    "getattr on our objects": re.compile(
        r"\b(?:get|set)attr\(\s*(?:self\b|document\b|doc\b|scene\b|window\b|w\b|edits\b)"),
    # A lookup by a computed name: getattr(x, name) where the name is not a literal.
    "getattr by a computed name": re.compile(r"""\b(?:get|set)attr\(\s*[^,]+,\s*[^"'\s]"""),
    "__getattr__ proxy": re.compile(r"\bdef __getattr__\("),
}
# A patch that does not fail when the patched name is gone hides a rename.
TEST_PATTERNS = {"raising=False": re.compile(r"raising\s*=\s*False")}

# (path relative to the repository, pattern name): reason.
ALLOWED: dict[tuple[str, str], str] = {
    ("cxworkshop/model/__init__.py", "__getattr__ proxy"):
        "PEP 562 lazy import: `cxworkshop.model.Card` loads the ORM only when a table is named",
    ("cxworkshop/model/__init__.py", "getattr by a computed name"):
        "the same lazy import, restricted to the names in _TABLES",
    ("cxworkshop/editing/operations.py", "getattr by a computed name"):
        "set_fields sets an ORM row's columns; _validate admits only the table's editable columns",
}


def _offenders(folder: Path, patterns: dict[str, re.Pattern[str]]) -> dict[tuple[str, str], list[str]]:
    found: dict[tuple[str, str], list[str]] = {}
    for path in sorted(folder.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative == Path(__file__).relative_to(ROOT).as_posix():
            continue  # this file names the patterns it looks for
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]  # a comment may name a pattern
            name = next((name for name, pattern in patterns.items() if pattern.search(code)), None)
            if name is not None:
                found.setdefault((relative, name), []).append(f"{relative}:{number}: {line.strip()}")
    return found


def test_no_string_dispatch_or_hasattr_wiring_in_the_package() -> None:
    found = _offenders(PACKAGE, PATTERNS)
    offenders = [hit for key, hits in found.items() if key not in ALLOWED for hit in hits]
    assert not offenders, (
        "String dispatch or hasattr/getattr wiring; use a typed method call instead:\n"
        + "\n".join(offenders))


def test_no_patch_in_the_tests_that_survives_a_rename() -> None:
    found = _offenders(TESTS, TEST_PATTERNS)
    offenders = [hit for hits in found.values() for hit in hits]
    assert not offenders, (
        "monkeypatch with raising=False passes even when the patched name no longer exists:\n"
        + "\n".join(offenders))


def test_the_allowlist_has_no_stale_entries() -> None:
    """A converted module leaves the list, so the list shows exactly what is left to do."""
    found = _offenders(PACKAGE, PATTERNS)
    stale = [f"{path} ({name}): {reason}" for (path, name), reason in ALLOWED.items()
             if (path, name) not in found]
    assert not stale, "Remove these ALLOWED entries, their code is gone:\n" + "\n".join(stale)


def test_the_grep_finds_what_it_is_meant_to_find() -> None:
    """The patterns themselves, on the forms issue 14 quoted."""
    samples = {
        'scene.edit("move_cards", ids)': "edit by name",
        'self.edits.call("place_dot", 1, 2, 3)': "call by name",
        'window.board_call("add_stage")': "board_call",
        'board = w.on_board("cut")': "on_board",
        'if hasattr(scene, "set_badges"):': "hasattr",
        "return getattr(self.document, name)(*args)": "getattr on our objects",
        "method = getattr(scene, name, None)": "getattr on our objects",
        "value = getattr(person, field)": "getattr by a computed name",
        "return getattr(importlib.import_module(self._module), name)": "getattr by a computed name",
        "setattr(row, name, value)": "getattr by a computed name",
        "def __getattr__(self, name: str) -> Any:": "__getattr__ proxy",
    }
    for line, name in samples.items():
        assert PATTERNS[name].search(line), (name, line)
    for line in ('flag = getattr(os, "O_BINARY", 0)', "scene.set_badges(badges)",
                 "actions.add_lane(kind.value)"):
        assert not any(p.search(line) for p in PATTERNS.values()), line
    assert TEST_PATTERNS["raising=False"].search('monkeypatch.setattr(x, "y", 1, raising=False)')
