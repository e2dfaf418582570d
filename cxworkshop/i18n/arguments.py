"""argparse in the user's language: its help headings and its usage errors.

argparse writes its own English ("usage:", "the following arguments are required: ...");
its gettext hook follows the POSIX locale only, never CXWORKSHOP_LANG. So the parser here
titles its help sections through tr(), and `translate_error()` recognises argparse's
finished English error by its template and rebuilds it from the template's translation in
the .po (the templates are msgids there, so Babel checks their %-placeholders).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable
from typing import Any

from cxworkshop.i18n import tr, user_language

# The messages argparse can show a user of our command line, as argparse's source spells them.
ERROR_TEMPLATES = (
    "argument %(argument_name)s: %(message)s",
    "the following arguments are required: %s",
    "unrecognized arguments: %s",
    "invalid choice: %(value)r (choose from %(choices)s)",
    "invalid %(type)s value: %(value)r",
    "expected one argument",
    "expected at most one argument",
    "expected at least one argument",
    "ambiguous option: %(option)s could match %(matches)s",
    "one of the arguments %s is required",
    "not allowed with argument %s",
    "ignored explicit argument %r",
    "unknown parser %(parser_name)r (choices: %(choices)s)",
    "can't open '%(filename)s': %(error)s",
)
_FIELD = re.compile(r"%(?:\((\w+)\))?[sr]")


def _pattern(template: str) -> re.Pattern[str]:
    parts, position = [], 0
    for number, match in enumerate(_FIELD.finditer(template)):
        parts.append(re.escape(template[position:match.start()]))
        name = match.group(1) or f"pos{number}"
        parts.append(f"(?P<{name}>.+?)")
        position = match.end()
    parts.append(re.escape(template[position:]))
    return re.compile("^" + "".join(parts) + "$", re.S)


_PATTERNS = [(template, _pattern(template)) for template in ERROR_TEMPLATES]


def translate_error(message: str, lang: str | None = None) -> str:
    """argparse's English error `message` in `lang` (unchanged when it is not one of argparse's)."""
    lang = lang or user_language()
    if lang == "en":
        return message
    for template, pattern in _PATTERNS:
        found = pattern.match(message)
        if found is None:
            continue
        values = found.groupdict()
        if "message" in values:  # "argument --x: <another argparse message, or ours>"
            values["message"] = translate_error(values["message"], lang)
        return _fill(tr(template, lang), values)
    return message


def _fill(template: str, values: dict[str, str]) -> str:
    """Put the matched text back: by name, or in order for the bare %s/%r fields."""
    positional = iter(values[name] for name in sorted(values) if name.startswith("pos"))

    def value(field: re.Match[str]) -> str:
        return values[field.group(1)] if field.group(1) else next(positional)

    return _FIELD.sub(value, template)


class TranslatedFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[Any], prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix if prefix is not None else tr("usage: "))


class TranslatedParser(argparse.ArgumentParser):
    """An ArgumentParser whose help headings and -h/--help speak the user's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", TranslatedFormatter)
        add_help = kwargs.pop("add_help", True)
        kwargs["add_help"] = False  # ours below, with a translated help text
        super().__init__(*args, **kwargs)
        self._positionals.title = tr("positional arguments")
        self._optionals.title = tr("options")
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=tr("show this help message and exit"))
