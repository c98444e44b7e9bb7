"""Command line: open the window, validate files, export pictures and handouts, print the schema.

``validate`` and ``schema`` never import Qt, so they run on any server or CI box.
``export`` and ``handout`` render without a window (offscreen when there is no display).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .. import APP_NAME, __version__

if TYPE_CHECKING:  # the format's modules load only for the commands that need them
    from models.problems import PathKey

COMMANDS = ("open", "validate", "lint", "export", "handout", "quiz", "schema", "diff")

_DESCRIPTION = f"""{APP_NAME}: a treatment pathway file drawn as an interactive journey map.
Educational, not medical advice.

commands:
  pathway-viewer [FILE]                  open the window (the bundled pathway if FILE is omitted)
  pathway-viewer validate FILE...        check pathway files; exit 1 if any has problems
  pathway-viewer lint FILE...            warn about patient wording, review dates, urgent signs; exit 1 on warnings
  pathway-viewer export [FILE] -o OUT    draw the journey to OUT.png, OUT.svg or OUT.pdf
  pathway-viewer handout [FILE] -o OUT.pdf   write a printable handout
  pathway-viewer quiz [FILE] -n N -o OUT.pdf   write a printable quiz (--answers adds the key)
  pathway-viewer schema                  print the JSON Schema of the pathway format
  pathway-viewer diff BASE CHANGED       what CHANGED changes in BASE, per step; exit 1 if they differ

Run 'pathway-viewer COMMAND --help' for the options of a command."""


def _date(text: str) -> dt.date:
    from models.wording.schedule_words import date_text_problem

    problem = date_text_problem(text)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return dt.date.fromisoformat(text.strip())


_LANG_HELP = "interface language, e.g. 'de' or 'system'; default: the one chosen in the app, else the system's"


def _language(text: str) -> str:
    from ..core.i18n import available_languages, is_known

    if not is_known(text):
        known = ", ".join(["system", *available_languages()])
        raise argparse.ArgumentTypeError(f"'{text}' is not an interface language here; choose one of: {known}")
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pathway-viewer", description=_DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_open = sub.add_parser("open", help="open the window", description="Open the pathway window.")
    p_open.add_argument("file", nargs="?", type=Path, help="pathway file (YAML or JSON); default: the bundled pathway")
    p_open.add_argument("--lang", type=_language, metavar="LANG", help=_LANG_HELP)

    p_val = sub.add_parser(
        "validate",
        help="check pathway files",
        description="Check pathway files. Prints every problem as file:line: field: message. "
        "A translation file (one with translation_of, named like FILE.de.yaml beside FILE.yaml) is checked "
        "against its original: missing or extra ids, lists of another length, lost placeholders. "
        "Exits 0 when every file is valid, 1 otherwise.",
    )
    p_val.add_argument("files", nargs="+", type=Path, metavar="FILE")

    p_lint = sub.add_parser(
        "lint",
        help="check patient wording and review dates",
        description="Warn about what a valid file should still fix: hard patient words, medical words missing "
        "from the glossary, negative day numbers, review dates that have passed, missing urgent signs. "
        "Prints file:line: field: message. Exits 0 when clean, 1 with warnings, 2 when a file does not load.",
    )
    p_lint.add_argument("files", nargs="+", type=Path, metavar="FILE")

    p_exp = sub.add_parser(
        "export",
        help="draw the journey to PNG, SVG or PDF",
        description="Draw the journey graph without opening a window. The format follows OUT's extension.",
    )
    p_exp.add_argument("file", nargs="?", type=Path, help="pathway file; default: the bundled pathway")
    p_exp.add_argument("-o", "--output", required=True, type=Path, metavar="OUT", help="OUT.png, OUT.svg or OUT.pdf")
    p_exp.add_argument("--audience", choices=("patient", "clinician"), default="patient")
    p_exp.add_argument("--lang", type=_language, metavar="LANG", help=_LANG_HELP)

    p_hand = sub.add_parser(
        "handout",
        help="write a printable handout (PDF)",
        description="Write a printable handout: the journey, each step in plain words, contacts, glossary, sources.",
    )
    p_hand.add_argument("file", nargs="?", type=Path, help="pathway file; default: the bundled pathway")
    p_hand.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf")
    # Neutral names first; --infusion-date and --collection-date still work for older scripts.
    p_hand.add_argument(
        "--day-zero-date", "--infusion-date", dest="infusion_date", type=_date, metavar="YYYY-MM-DD",
        help="planned date of day 0 (the pathway's day_zero says what day 0 is)",
    )
    p_hand.add_argument(
        "--booked-date", "--collection-date", dest="collection_date", type=_date, metavar="YYYY-MM-DD",
        help="the day booked ahead, if the pathway has one (its booked_day, e.g. cell collection)",
    )
    p_hand.add_argument("--audience", choices=("patient", "clinician"), default="patient")
    p_hand.add_argument("--paper", choices=("a4", "letter"), default=None, help="default: the clinic setting, else A4")
    p_hand.add_argument("--lang", type=_language, metavar="LANG", help=_LANG_HELP)
    p_hand.add_argument(
        "--content-lang", metavar="LANG",
        help="the pathway's words in this language, from the translation file beside it (FILE.LANG.yaml); "
        "untranslated fields stay in the original; default: the --lang language when such a file exists",
    )
    p_hand.add_argument("--large-print", action="store_true", help="body text at 16 pt, headings in proportion")

    p_quiz = sub.add_parser(
        "quiz",
        help="write a printable quiz (PDF)",
        description="Write numbered questions from the pathway with boxes to tick, for a classroom without PCs. "
        "The same seed gives the same quiz.",
    )
    p_quiz.add_argument("file", nargs="?", type=Path, help="pathway file; default: the bundled pathway")
    p_quiz.add_argument("-n", "--count", type=int, default=10, metavar="N", help="number of questions (default 10)")
    p_quiz.add_argument("--seed", type=int, default=0, metavar="S", help="which quiz (default 0)")
    p_quiz.add_argument("--role", metavar="ROLE", help="a role id: only the steps that role takes part in")
    p_quiz.add_argument("--lang", type=_language, metavar="LANG",
                        help=_LANG_HELP + "; the pathway's words from its translation into LANG where one sits beside it")
    p_quiz.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf")
    p_quiz.add_argument("--answers", action="store_true", help="add an answer key on separate pages")
    p_quiz.add_argument("--paper", choices=("a4", "letter"), default="a4")

    p_schema = sub.add_parser("schema", help="print the JSON Schema", description="Print the JSON Schema of the pathway format.")
    p_schema.add_argument("--translation", action="store_true",
                          help="the schema of a translation file (FILE.LANG.yaml) instead")

    p_diff = sub.add_parser(
        "diff",
        help="what one pathway file changes in another",
        description="Print, per step, the fields added, removed or changed, and the steps and transitions "
        "added or removed. Exits 0 when the pathways are the same, 1 when they differ, 2 when a file "
        "does not load.",
    )
    p_diff.add_argument("base", type=Path, metavar="BASE", help="the pathway as it was (e.g. the shared one)")
    p_diff.add_argument("changed", type=Path, metavar="CHANGED", help="the pathway as it is now (e.g. the clinic's)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        code = _main(argv)
        if sys.stdout is not None:  # None in the windowed app (pythonw, the bundle with no console)
            sys.stdout.flush()  # a reader that left early shows here, not as Python exits
        return code
    except BrokenPipeError:
        if sys.stdout is None:
            raise
        # `pathway-viewer diff A B | head -3`: the reader left; that is no error of ours, and
        # a traceback would hide the lines a script did read. Python's own advice: point
        # stdout at nothing, so its flush at exit raises no second time.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _main(argv: Sequence[str] | None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `pathway-viewer FILE` is short for `pathway-viewer open FILE`.
    # `pathway-viewer --lang de FILE` too: only the top-level options stay at the top.
    first = args_list[0] if args_list else ""
    top_level = first.startswith("-") and first != "--lang" and not first.startswith("--lang=")
    if not args_list:
        # The usual start (an icon, a menu): nothing to parse, and building the parser of
        # every command took ~5 ms of a cold start (issue #13).
        return _open_window(None, None)
    if first not in COMMANDS and not top_level:
        if (mistyped := _mistyped_command(first, args_list[1:])) is not None:
            print(mistyped, file=sys.stderr)
            return 2
        args_list.insert(0, "open")
    args = build_parser().parse_args(args_list)
    if args.command in ("export", "handout", "quiz") and (refusal := _output_refusal(args.command, args.file, args.output)):
        print(refusal, file=sys.stderr)
        return 2
    if args.command == "validate":
        return _validate(args.files)
    if args.command == "lint":
        from models.lint import run as lint

        return lint(args.files, sys.stdout, extra=_undrawable_characters)
    if args.command == "schema":
        return _schema(translation=args.translation)
    if args.command == "diff":
        from .compare import diff_command

        return diff_command(args.base, args.changed)
    if args.command == "export":
        _headless_if_no_display()
        from ..output.export import export_pathway_file

        return export_pathway_file(args.file, args.output, audience=args.audience, language=args.lang)
    if args.command == "handout":
        _headless_if_no_display()
        from ..output.handout import handout_command

        return handout_command(
            args.file,
            args.output,
            infusion_date=args.infusion_date,
            collection_date=args.collection_date,
            audience=args.audience,
            paper=args.paper,
            language=args.lang,
            content_lang=args.content_lang,
            large_print=args.large_print,
        )
    if args.command == "quiz":
        _headless_if_no_display()
        from ..output.training_pdf import quiz_command

        return quiz_command(
            args.file, args.output, count=args.count, seed=args.seed, role=args.role, lang=args.lang,
            answers=args.answers, paper=args.paper,
        )
    return _open_window(args.file, args.lang)


def _open_window(path: Path | None, language: str | None) -> int:
    """The window's start, in the order that makes it quickest (benchmarks/run.py starts the same way)."""
    from ..core.cold_start import hold_collector, release_collector

    hold_collector()  # until the window's first paint (window/app.py); core/cold_start.py says why
    try:
        # The pathway format (pydantic and the ~150 modules under it) before Qt: once PySide6 is
        # imported it reads the source of every module imported after it (its __feature__ import
        # hook), which cost ~35 ms of CPU per start for these alone (measured).
        import models  # noqa: F401
        from ..window.app import run

        return run(path, language)
    finally:
        release_collector(freeze=False)  # the window never painted: plainly back on


def _undrawable_characters(texts: list[tuple[PathKey, str]]) -> list[tuple[PathKey, str]]:
    """Lint's check that needs Qt: characters of the words a file shows (a pathway's patient
    text and names, a translation's words) no bundled font can draw. Where Qt cannot start
    (no GUI libraries), lint goes on without it and says so once."""
    global _font_check_app
    try:
        _headless_if_no_display()
        from PySide6.QtGui import QGuiApplication

        from ..core.font_coverage import undrawable

        # A plain application, not the app's: that one would switch to the language saved in
        # the settings for the files linted after the first, and lint speaks English.
        app = QGuiApplication.instance()
        _font_check_app = app if app is not None else QGuiApplication(["pathway-viewer"])
        return undrawable(texts)
    except (ImportError, RuntimeError, OSError) as exc:
        if _font_check_app is not False:
            print(f"note: the check of which characters the app's fonts can draw was skipped: {exc}", file=sys.stderr)
            _font_check_app = False
        return []


_font_check_app: object = None  # lint's font check's QGuiApplication (kept alive), or False where Qt failed


def _mistyped_command(first: str, rest: list[str]) -> str | None:
    """'valdiate FILE' is neither a command nor a file to open: argparse took it for the file
    and said "unrecognized arguments: FILE". Say which command was meant instead."""
    import difflib

    # A name like a file ("quiz.yaml", "data/lint") was a file the user meant to open.
    if first.startswith("-") or Path(first).suffix or "/" in first or os.sep in first or _exists(Path(first)):
        return None
    near = difflib.get_close_matches(first.casefold(), COMMANDS, n=1, cutoff=0.6)
    if near:
        return f"pathway-viewer: '{first}' is not a command (did you mean '{near[0]}'?); 'pathway-viewer --help' lists them"
    # A bare word that is no file ('help', 'version', 'check FILE', 'review --help'): taken
    # for a file to open, it opened the window on "help: the file does not exist", or
    # printed the help of 'open', or blamed the file ("unrecognized arguments").
    return f"pathway-viewer: '{first}' is neither a command nor a file; 'pathway-viewer --help' lists the commands"


def _output_refusal(command: str, source: Path | None, output: Path) -> str | None:
    """Why ``output`` must not be written, or None: a handout or quiz is a PDF (``-o
    notes.yaml`` would write one under that name), and no command writes over the pathway
    it reads or a translation beside it (a slip of the shell's history once turned a
    clinic's only copy into a handout)."""
    if command in ("handout", "quiz") and output.suffix.lower() != ".pdf":
        return f"{output}: the {command} is a PDF; give a file name ending in .pdf. Nothing was written."
    if source is None or not _exists(output):
        return None  # a name the system refuses is reported by the writing itself
    from models.translation_files import available_translations  # as the app finds them

    translations = available_translations(source).values()
    for given, what in [(source, "the pathway file being read"), *((t, "a translation of it") for t in translations)]:
        try:
            if given.exists() and output.samefile(given):
                return f"{output}: that is {what}; choose another name for the {command}. Nothing was written."
        except OSError:
            continue
    return None


def _exists(path: Path) -> bool:
    """Whether ``path`` exists; a name the system refuses (too long, no permission) does not."""
    try:
        return path.exists()
    except OSError:
        return False


def _validate(files: list[Path]) -> int:
    from models import PathwayError, load_pathway
    from models.translation import is_translation_file, load_translation_file

    failed = 0
    for path in files:
        try:
            if is_translation_file(path):
                translation, original = load_translation_file(path)
                state = "reviewed" if translation.review.reviewed else "not yet reviewed by a clinician"
                print(f"{path}: valid {translation.language} translation of '{original.id}' ({state})")
                continue
            pathway = load_pathway(path)
        except PathwayError as exc:
            failed += 1
            for problem in exc.problems:
                print(problem)
            count = len(exc.problems)
            print(f"{path}: refused, {count} problem{'s' if count != 1 else ''}", file=sys.stderr)
        else:
            print(f"{path}: valid ({len(pathway.steps)} steps, {len(pathway.transitions)} transitions)")
    return 1 if failed else 0


def _schema(*, translation: bool = False) -> int:
    from models import Pathway
    from models.translation import Translation

    schema = (Translation if translation else Pathway).model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "CAR-T Pathway Viewer pathway" + (" translation" if translation else "")
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return 0


def _headless_if_no_display() -> None:
    # Rendering a file needs no screen: without one, Qt would abort, so go offscreen.
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or sys.platform in ("win32", "darwin")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
