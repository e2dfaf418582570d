"""The command line (DESIGN.md section 4): the window, and the headless verbs.

Exit codes: 0 done; 2 usage; 3 the file cannot be opened or written; 4 export refused.
Errors are one line on stderr, `cxworkshop: error: ...`, in the user's language. Qt is
imported only by the verbs that draw (the window, screenshot, export --png).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from cxworkshop.appinfo import APP_NAME, EXECUTABLE, SCHEMA_VERSION, VERSION
from cxworkshop.i18n import ntr, tr
from cxworkshop.i18n.arguments import TranslatedParser, translate_error

if TYPE_CHECKING:
    from cxworkshop.export.options import ReportOptions

EXIT_OK, EXIT_USAGE, EXIT_FILE, EXIT_REFUSED, EXIT_UNEXPECTED = 0, 2, 3, 4, 1
VERBS = ("new", "demo", "check", "export", "screenshot", "portfolio", "room", "agenda")


class UsageError(Exception):
    pass


class _Parser(TranslatedParser):
    def error(self, message: str) -> NoReturn:  # one line, never the usage block
        raise UsageError(f"{translate_error(message)} ({EXECUTABLE} --help)")


def fail(message: str, code: int) -> int:
    print(f"{EXECUTABLE}: {tr('error')}: {message}", file=sys.stderr)
    return code


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(tr("size must look like 1920x1080, not {text!r}", text=text)) from None
    if not (320 <= width <= 8192 and 240 <= height <= 8192):
        raise argparse.ArgumentTypeError(tr("size must be between 320x240 and 8192x8192"))
    return width, height


def build_parser() -> argparse.ArgumentParser:
    from cxworkshop.templates import template_names

    parser = _Parser(prog=EXECUTABLE, description=tr("{app}: customer-journey workshops.", app=APP_NAME))
    parser.add_argument("--version", action="version", help=tr("show program's version number and exit"),
                        version=tr("{app} {version} (file version {schema})", app=APP_NAME, version=VERSION,
                                   schema=SCHEMA_VERSION))
    verbs = parser.add_subparsers(dest="verb", parser_class=_Parser)

    new = verbs.add_parser("new", help=tr("create a workshop from a template"))
    new.add_argument("file", type=Path)
    new.add_argument("--template", default="sme", choices=template_names())
    new.add_argument("--lang", choices=("it", "en"), default=None)
    new.add_argument("--title", default="")
    new.add_argument("--client", default="")

    demo = verbs.add_parser("demo", help=tr("create the demo workshop (scalable for benchmarks)"))
    demo.add_argument("file", type=Path)
    demo.add_argument("--cards", type=int, default=None)
    demo.add_argument("--actions", type=int, default=None)
    demo.add_argument("--lang", choices=("it", "en"), default=None)
    demo.add_argument("--force", action="store_true", help=tr("replace an existing file"))

    check = verbs.add_parser("check", help=tr("integrity and version report"))
    check.add_argument("file", type=Path)

    export = verbs.add_parser("export", help=tr("write the outcomes: PDF, per-owner PDFs, CSV, XLSX, PNG, emails, calendar reminders"))
    export.add_argument("file", type=Path)
    for option in ("pdf", "per-owner", "csv", "xlsx", "png", "eml", "ics"):
        export.add_argument(f"--{option}", type=Path, default=None)
    export.add_argument("--page-size", choices=("a4", "a3", "letter"), default="a4",
                        help=tr("paper of the full report (default a4; maps on landscape pages)"))
    export.add_argument("--logo", type=Path, default=None,
                        help=tr("a PNG or JPEG logo for the report's cover and footer"))

    screenshot = verbs.add_parser("screenshot", help=tr("the main window as a user sees it, as PNG"))
    screenshot.add_argument("file", type=Path)
    screenshot.add_argument("out", type=Path)
    screenshot.add_argument("--size", type=_size, default=(1920, 1080))

    agenda = verbs.add_parser("agenda", help=tr("the agenda of the next follow-up meeting, as PDF"))
    agenda.add_argument("file", type=Path)
    agenda.add_argument("out", type=Path)
    agenda.add_argument("--lang", choices=("it", "en"), default=None)

    portfolio = verbs.add_parser("portfolio", help=tr("every workshop in some folders at a glance"))
    portfolio.add_argument("folders", type=Path, nargs="+", metavar="FOLDER")
    for option in ("pdf", "xlsx", "csv"):
        portfolio.add_argument(f"--{option}", type=Path, default=None)
    portfolio.add_argument("--lang", choices=("it", "en"), default=None)

    room = verbs.add_parser("room", help=tr("serve a room for participants' phones, with no window"))
    room.add_argument("file", type=Path)
    room.add_argument("--bind", default="127.0.0.1", help=tr("the address to serve on (default: loopback only)"))
    room.add_argument("--port", type=_port, default=0, help=tr("the port (default: any free port)"))
    room.add_argument("--no-anonymous", action="store_true", help=tr("every participant picks their name"))
    return parser


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("port must be a number, not {text!r}", text=text)) from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(tr("port must be between 0 and 65535"))
    return value


def run_room(args: argparse.Namespace) -> int:
    from cxworkshop.room.headless import run_room as serve

    return serve(args.file, args.bind, args.port, not args.no_anonymous, _lang(None))


def _lang(requested: str | None) -> str:
    from cxworkshop.i18n import user_language

    return requested or user_language()


def run_new(args: argparse.Namespace) -> int:
    from cxworkshop.editing.files import new_workshop

    path = new_workshop(args.file, args.template, _lang(args.lang), title=args.title, client=args.client)
    print(tr("Created {path}", path=path))
    return EXIT_OK


def run_demo(args: argparse.Namespace) -> int:
    from cxworkshop.demo import MAX_ACTIONS, MAX_CARDS
    from cxworkshop.editing.files import new_demo

    if args.cards is not None and not 0 <= args.cards <= MAX_CARDS:
        return fail(tr("--cards must be between {low} and {high}", low=0, high=MAX_CARDS), EXIT_USAGE)
    if args.actions is not None and not 0 <= args.actions <= MAX_ACTIONS:
        return fail(tr("--actions must be between {low} and {high}", low=0, high=MAX_ACTIONS), EXIT_USAGE)
    from cxworkshop.store.reading import count_rows
    from cxworkshop.store.workshop_file import connect

    path = new_demo(args.file, _lang(args.lang), args.cards, args.actions, overwrite=args.force)
    # new_demo checked the whole file before it appeared under its name; only count here.
    conn = connect(path, read_only=True)
    try:
        counts = count_rows(conn, ("card", "action_item", "participant"))
    finally:
        conn.close()
    print(tr("Created {path}: {cards}, {actions}, {people}", path=path,
             cards=ntr("{n} card", "{n} cards", counts["card"]),
             actions=ntr("{n} action", "{n} actions", counts["action_item"]),
             people=ntr("{n} participant", "{n} participants", counts["participant"])))
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    from cxworkshop.store import check_workshop, latest_backup

    report = check_workshop(args.file)
    counts = report.counts
    backup = latest_backup(report.path)
    lines = [
        tr("File: {path}", path=report.path),
        tr("Size: {size}", size=f"{report.size / 1024:.0f} KiB"),
        tr("File version: {version} (this CX Workshop writes version {current})", version=report.version,
           current=SCHEMA_VERSION),
        tr("Integrity: ok"),
        tr("Open for editing: yes"),
        tr("Journey maps: {maps}; stages: {stages}; lanes: {lanes}; cards: {cards}", maps=counts["journey_map"],
           stages=counts["stage"], lanes=counts["lane"], cards=counts["card"]),
        tr("Participants: {people}; meetings: {meetings}; voting rounds: {rounds}", people=counts["participant"],
           meetings=counts["meeting"], rounds=counts["voting_round"]),
        tr("Actions: {total} ({open}, {done}, {unowned})", total=counts["action_item"],
           open=ntr("{n} open", "{n} open", report.actions_open),
           done=ntr("{n} done", "{n} done", report.actions_done),
           unowned=ntr("{n} without an owner", "{n} without an owner", report.actions_unowned)),
        tr("Latest backup: {backup}", backup=backup) if backup else tr("Latest backup: none yet"),
    ]
    if report.needs_upgrade:
        lines.insert(3, tr("Needs upgrade on open: yes (a verified backup is made first)"))
    if report.interrupted_write:
        lines.insert(3, tr("Interrupted write: yes; it is rolled back when the file is next opened, and what "
                           "was checked is the file as it will then be (the file itself was not changed)"))
    if not report.interrupted_write:
        # Issue 17: gaps are advice, not damage; they never change the exit code. A file with
        # an interrupted write is checked for gaps once the window has rolled it back.
        from cxworkshop.export.gap_text import check_lines, file_advice

        gaps, processes = file_advice(report.path)  # one read-only opening for both
        lines += processes + check_lines(gaps)
    print("\n".join(lines))
    return EXIT_OK


def _outputs(args: argparse.Namespace) -> dict[str, Path | None]:
    """The export verb's output options, by name."""
    return {"pdf": args.pdf, "csv": args.csv, "xlsx": args.xlsx, "png": args.png,
            "per_owner": args.per_owner, "eml": args.eml, "ics": args.ics}


def _wrong_kind(args: argparse.Namespace) -> str | None:
    """A file output naming a folder, or a folder output naming a file, refused by its own name
    (else the write fails on a temporary name with the system's English reason)."""
    for name, target in _outputs(args).items():
        if target is None:
            continue
        if name in ("pdf", "csv", "xlsx", "png") and target.is_dir():
            return tr("{path} is a folder: give the name of the file to write", path=target)
        if name not in ("pdf", "csv", "xlsx", "png") and target.exists() and not target.is_dir():
            return tr("{path} is a file, not a folder: give a folder for these files", path=target)
    return None


def _missing_folder(args: argparse.Namespace) -> Path | None:
    """The first output whose folder does not exist: a typo must not create folders anywhere.

    Files (--pdf, --csv, --xlsx, --png) need their folder; the per-owner and e-mail folders
    may be new, but their parent must exist."""
    for name, target in _outputs(args).items():
        if target is None:
            continue
        folder = target.parent if name in ("pdf", "csv", "xlsx", "png") or not target.exists() \
            else target
        if not folder.is_dir():
            return folder
    return None


def _report_options(args: argparse.Namespace) -> ReportOptions | str:
    """The report's paper and logo, or why the logo cannot be used (nothing is written then)."""
    from cxworkshop.export.options import ReportOptions, logo_problem

    if args.logo is not None:
        problem = logo_problem(args.logo)
        if problem is not None:
            return problem
    return ReportOptions(paper=args.page_size, logo=args.logo)


def run_export(args: argparse.Namespace) -> int:
    from cxworkshop.export.command import run_export as export_files

    wrong = _wrong_kind(args)
    if wrong is not None:
        return fail(wrong, EXIT_FILE)
    missing = _missing_folder(args)
    if missing is not None:
        return fail(tr("the folder {folder} does not exist; create it first or choose another one",
                       folder=missing), EXIT_FILE)
    report = _report_options(args)
    if isinstance(report, str):
        return fail(report, EXIT_FILE)
    code = EXIT_OK
    if any((args.pdf, args.per_owner, args.csv, args.xlsx, args.eml, args.ics)):
        code = export_files(args.file, args.pdf, args.per_owner, args.csv, args.xlsx, args.eml, None,
                            ics=args.ics, report=report)
    if code == EXIT_OK and args.png:
        from cxworkshop.ui.board_png import run_board_png

        code = run_board_png(args.file, args.png)
    return code


def run_screenshot(args: argparse.Namespace) -> int:
    from cxworkshop.ui.screenshot import run_screenshot as screenshot

    return screenshot(args.file, args.out, args.size)


def run_portfolio(args: argparse.Namespace) -> int:
    from cxworkshop.portfolio.command import path_problem
    from cxworkshop.portfolio.command import run_portfolio as portfolio

    lang = _lang(args.lang)
    problem = path_problem(args.folders, (args.pdf, args.xlsx, args.csv), lang)
    if problem is not None:
        return fail(problem, EXIT_FILE)
    return portfolio(args.folders, args.pdf, args.xlsx, args.csv, lang)


def run_agenda(args: argparse.Namespace) -> int:
    """`cxworkshop agenda FILE OUT.pdf`: open actions by owner, changes, overdue, carried over."""
    from cxworkshop.export.pdf_agenda import write_agenda

    folder = args.out.parent
    if not folder.is_dir():
        return fail(tr("the folder {folder} does not exist; create it first or choose another one",
                       folder=folder), EXIT_FILE)
    if args.out.is_dir():
        return fail(tr("{name}: this is a folder; give the agenda a file name ending in .pdf",
                       name=args.out), EXIT_FILE)
    try:
        written, glyphs = write_agenda(args.file, args.out, lang=args.lang)
    except OSError as exc:
        return fail(tr("{name}: the file could not be written ({detail}); any previous version "
                       "was left unchanged.", name=args.out.name, detail=exc.strerror or str(exc)),
                    EXIT_FILE)
    if glyphs.count:
        print(f"{EXECUTABLE}: {tr('warning')}: " + ntr(
            "{n} character the PDF font cannot print was replaced with �: {chars}",
            "{n} characters the PDF font cannot print were replaced with �: {chars}",
            glyphs.count, chars=glyphs.describe()), file=sys.stderr)
    print(tr("Written {path}", path=written))
    return EXIT_OK


def run_window(file: Path | None) -> int:
    from cxworkshop.app import run_window as window

    return window(file)


def _looks_like_a_verb(word: str) -> bool:
    """A bare word that names no file is a mistyped command, not a workshop to open."""
    return word.isidentifier() and not Path(word).exists()


def _unknown_command(word: str) -> str:
    from difflib import get_close_matches

    close = get_close_matches(word, VERBS, n=1)
    hint = tr(" (did you mean {verb}?)", verb=close[0]) if close else ""
    return tr("unknown command {word!r}{hint}; use one of {verbs} or a .cxw file ({exe} --help)",
              word=word, hint=hint, verbs=", ".join(VERBS), exe=EXECUTABLE)


def _display_available() -> bool:
    """Qt aborts (exit 134, several lines) when it finds no display; say it in one line."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _flush_stdout(code: int) -> int:
    # Flushed here, not at exit: a closed pipe then raises where main() can handle it.
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        return _reader_gone()
    return code


def _reader_gone() -> int:
    """The output pipe was closed (`| head`): stop quietly, as command-line tools do."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # the interpreter's final flush has nowhere to fail
        os.close(devnull)
    except (OSError, ValueError):
        pass
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from cxworkshop.store import WorkshopFileError

    try:
        if argv and argv[0] in VERBS or any(arg in ("-h", "--help", "--version") for arg in argv[:1]):
            args = build_parser().parse_args(argv)
            if args.verb == "export" and not any(_outputs(args).values()):
                raise UsageError(tr("export needs at least one of {options} ({exe} --help)",
                                    options="--pdf, --per-owner, --csv, --xlsx, --png, --eml, --ics",
                                    exe=EXECUTABLE))
            runner = {"new": run_new, "demo": run_demo, "check": run_check, "export": run_export,
                      "screenshot": run_screenshot, "portfolio": run_portfolio, "room": run_room,
                      "agenda": run_agenda}[args.verb]
            return _flush_stdout(runner(args))
        if len(argv) > 1 or (argv and (argv[0].startswith("-") or _looks_like_a_verb(argv[0]))):
            raise UsageError(_unknown_command(argv[0]))
        if not _display_available():
            return fail(tr("no display found: start CX Workshop from a desktop session (the headless "
                           "commands {verbs} need none)", verbs=", ".join(VERBS)), EXIT_UNEXPECTED)
        return run_window(Path(argv[0]) if argv else None)
    except UsageError as exc:
        return fail(str(exc), EXIT_USAGE)
    except WorkshopFileError as exc:
        return fail(exc.message(), EXIT_FILE)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `cxworkshop check x | head`: the reader stopped listening
        return _reader_gone()
    except Exception as exc:  # the last line of defence: one sentence, never a traceback
        if os.environ.get("CXWORKSHOP_DEBUG"):
            raise
        return fail(tr("unexpected problem: {detail}", detail=f"{type(exc).__name__}: {exc}"), EXIT_UNEXPECTED)


if __name__ == "__main__":
    raise SystemExit(main())
