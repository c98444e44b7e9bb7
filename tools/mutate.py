"""A small mutation tester for the Qt-free model modules: would the tests catch a mistake?

Run it with ``make mutate`` (never in CI: it takes many minutes). For each module listed
under ``[tool.mutate.modules]`` in pyproject.toml, it makes one small change at a time to
the module's syntax tree (a mutant: ``<`` for ``<=``, ``break`` for ``continue``, a
dropped tuple element, a deleted call, a changed constant, ...) and runs the tests listed
for that module against it. A mutant is *caught* when the tests fail (or time out: a hang
is a failure too) and *survives* when they pass.

Every survivor must be listed, with the reason it is equivalent (no test could tell it
apart from the original), in the survivors file (``--survivors``, by default
docs/mutation-survivors.md, one ``- ID :: reason`` line each). The run ends with a score
per module and exits non-zero if a survivor is not explained there.

Nothing is written into the work tree: the project is copied to a temporary folder, each
mutant is written into that copy, and the copy is deleted at the end. The copy is checked
first: the unmutated tests must pass there, and a module that fails on import must make
them fail (proof that the copy, not the installed project, is the code under test).

Why not mutmut or cosmic-ray (neither was tried on this project): mutmut 3 copies the
code into a ``mutants/`` folder, rewrites every function into a trampoline and runs the
tests from there, a second import path beside this project's editable install and
``pythonpath = ["."]``; cosmic-ray needs a session database and a config per module. A
few hundred lines that swap AST operators and run pytest in a copy do what the project
needs, add no dependency and are easy to read.

Usage:
    python tools/mutate.py [MODULE ...] [-j N] [--timeout S] [--survivors FILE] [--list]
MODULE is a key of [tool.mutate.modules] (e.g. ``validation``); default: all of them.
"""

from __future__ import annotations

import argparse
import ast
import copy
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP_COPY = {".git", ".venv", ".hypothesis", ".pytest_cache", "__pycache__", "build", ".mypy_cache", ".ruff_cache"}
SURVIVOR_LINE = re.compile(r"^- (.+?) :: (.+)$")

# ---------------------------------------------------------------------------------------
# Mutation operators. Each yields (description, replacement node or None to delete).

_COMPARE_SWAPS: dict[type[ast.cmpop], list[type[ast.cmpop]]] = {
    ast.Eq: [ast.NotEq], ast.NotEq: [ast.Eq],
    ast.Lt: [ast.LtE, ast.Gt], ast.LtE: [ast.Lt, ast.GtE],
    ast.Gt: [ast.GtE, ast.Lt], ast.GtE: [ast.Gt, ast.LtE],
    ast.In: [ast.NotIn], ast.NotIn: [ast.In], ast.Is: [ast.IsNot], ast.IsNot: [ast.Is],
}
_BINOP_SWAPS: dict[type[ast.operator], list[type[ast.operator]]] = {
    ast.Add: [ast.Sub], ast.Sub: [ast.Add], ast.Mult: [ast.Div], ast.Div: [ast.Mult],
    ast.FloorDiv: [ast.Mult], ast.Mod: [ast.FloorDiv], ast.BitOr: [ast.BitAnd], ast.BitAnd: [ast.BitOr],
}
_NAME_SWAPS = {"min": "max", "max": "min", "any": "all", "all": "any"}
_SYMBOL = {
    ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.In: "in",
    ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not", ast.Add: "+", ast.Sub: "-", ast.Mult: "*",
    ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%", ast.BitOr: "|", ast.BitAnd: "&", ast.And: "and", ast.Or: "or",
}


@dataclass(frozen=True)
class Mutant:
    module: str  # path relative to the project root
    index: int  # position in the walk, to find the node again in a fresh tree
    line: int
    col: int
    description: str

    @property
    def ident(self) -> str:
        return f"{self.module}:{self.line}:{self.col} {self.description}"


def _short(node: ast.AST, limit: int = 50) -> str:
    text = ast.unparse(node).replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _docstring_ids(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                ids.add(id(first.value))
    return ids


def _annotation_ids(tree: ast.AST) -> set[int]:
    """Nodes inside type annotations: with ``from __future__ import annotations`` they never run."""
    ids: set[int] = set()
    for node in ast.walk(tree):
        parts: list[ast.AST | None] = []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            parts.append(node.returns)
            args = node.args
            parts += [a.annotation for a in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg] if a]
        elif isinstance(node, ast.AnnAssign):
            parts.append(node.annotation)
        for part in parts:
            if part is not None:
                ids.update(id(n) for n in ast.walk(part))
    return ids


def _mutations(node: ast.AST, parent: ast.AST | None) -> Iterator[tuple[str, ast.AST | None]]:
    """Every single change to ``node``: (description, replacement). None deletes a statement."""
    if isinstance(node, ast.Compare):
        for i, op in enumerate(node.ops):
            for new in _COMPARE_SWAPS.get(type(op), []):
                m = copy.deepcopy(node)
                m.ops[i] = new()
                yield f"`{_SYMBOL[type(op)]}` -> `{_SYMBOL[new]}` in `{_short(node)}`", m
    elif isinstance(node, ast.BinOp):
        for new in _BINOP_SWAPS.get(type(node.op), []):
            m = copy.deepcopy(node)
            m.op = new()
            yield f"`{_SYMBOL[type(node.op)]}` -> `{_SYMBOL[new]}` in `{_short(node)}`", m
    elif isinstance(node, ast.AugAssign):
        for new in _BINOP_SWAPS.get(type(node.op), []):
            m = copy.deepcopy(node)
            m.op = new()
            yield f"`{_SYMBOL[type(node.op)]}=` -> `{_SYMBOL[new]}=` in `{_short(node)}`", m
    elif isinstance(node, ast.BoolOp):
        new_op = ast.Or if isinstance(node.op, ast.And) else ast.And
        m = copy.deepcopy(node)
        m.op = new_op()
        yield f"`{_SYMBOL[type(node.op)]}` -> `{_SYMBOL[new_op]}` in `{_short(node)}`", m
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        yield f"`not` dropped in `{_short(node)}`", copy.deepcopy(node.operand)
    elif isinstance(node, ast.Constant) and not isinstance(node.value, bytes):
        value = node.value
        if isinstance(value, bool):
            yield f"`{value}` -> `{not value}`", ast.Constant(not value)
        elif isinstance(value, int):
            yield f"`{value}` -> `{value + 1}`", ast.Constant(value + 1)
            if value != 0:
                yield f"`{value}` -> `0`", ast.Constant(0)
        elif isinstance(value, float):
            yield f"`{value}` -> `{value + 1}`", ast.Constant(value + 1)
        elif isinstance(value, str) and not isinstance(parent, ast.JoinedStr):
            yield f"string `{_short(node, 30)}` -> `'XX'`", ast.Constant("XX" + value + "XX" if value else "XX")
    elif isinstance(node, ast.Name) and node.id in _NAME_SWAPS and isinstance(node.ctx, ast.Load):
        yield f"`{node.id}` -> `{_NAME_SWAPS[node.id]}`", ast.Name(_NAME_SWAPS[node.id], ast.Load())
    elif isinstance(node, ast.Continue):
        yield "`continue` -> `break`", ast.Break()
    elif isinstance(node, ast.Break):
        yield "`break` -> `continue`", ast.Continue()
    elif isinstance(node, (ast.Tuple, ast.List, ast.Set)) and isinstance(getattr(node, "ctx", ast.Load()), ast.Load):
        if len(node.elts) >= 2 and all(isinstance(e, ast.Constant) for e in node.elts):
            for i, elt in enumerate(node.elts):
                m = copy.deepcopy(node)
                del m.elts[i]
                yield f"element `{_short(elt, 30)}` dropped from `{_short(node)}`", m
    elif isinstance(node, ast.Return) and node.value is not None:
        if not (isinstance(node.value, ast.Constant) and node.value.value is None):
            yield f"`{_short(node)}` -> `return None`", ast.Return(ast.Constant(None))
    elif isinstance(node, ast.If):
        m = copy.deepcopy(node)
        m.test = ast.UnaryOp(ast.Not(), m.test)
        yield f"`if {_short(node.test)}` negated", m
    elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
        yield f"call `{_short(node)}` deleted", None


def _candidates(tree: ast.AST) -> Iterator[tuple[int, ast.AST, ast.AST | None]]:
    """(index, node, parent) over the module, skipping docstrings, annotations and imports."""
    skip = _docstring_ids(tree) | _annotation_ids(tree)
    parents: dict[int, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[id(child)] = node
    for index, node in enumerate(ast.walk(tree)):
        if id(node) in skip or isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        parent = parents.get(id(node))
        # `TYPE_CHECKING` blocks never run.
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            continue
        yield index, node, parent


def list_mutants(module: str) -> list[Mutant]:
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    out = []
    for index, node, parent in _candidates(tree):
        for k, (description, _) in enumerate(_mutations(node, parent)):
            line, col = getattr(node, "lineno", 0), getattr(node, "col_offset", 0)
            if not line and parent is not None:  # an operator or keyword: use its parent's place
                line, col = getattr(parent, "lineno", 0), getattr(parent, "col_offset", 0)
            out.append(Mutant(module, index * 100 + k, line, col, description))
    return out


def mutated_source(mutant: Mutant) -> str:
    tree = ast.parse((ROOT / mutant.module).read_text(encoding="utf-8"))
    index, k = divmod(mutant.index, 100)
    for i, node, parent in _candidates(tree):
        if i != index:
            continue
        description, replacement = list(_mutations(node, parent))[k]
        assert description == mutant.description
        _replace(parent, node, replacement)
        return ast.unparse(ast.fix_missing_locations(tree)) + "\n"
    raise LookupError(mutant.ident)


def _replace(parent: ast.AST | None, old: ast.AST, new: ast.AST | None) -> None:
    assert parent is not None
    for field, value in ast.iter_fields(parent):
        if isinstance(value, list):
            for i, item in enumerate(value):
                if item is old:
                    if new is None:
                        del value[i]
                        if not value and field in ("body", "finalbody"):
                            value.append(ast.Pass())
                    else:
                        value[i] = new
                    return
        elif value is old:
            setattr(parent, field, new)
            return
    raise LookupError("node not found in its parent")


# ---------------------------------------------------------------------------------------
# Running the tests against a mutant, in a copy of the project


class Workspace:
    """A throw-away copy of the project in which one mutant at a time replaces a module."""

    def __init__(self, timeout: float) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="pathway-mutate-"))
        self.timeout = timeout
        for entry in ROOT.iterdir():
            if entry.name in SKIP_COPY:
                continue
            if entry.is_dir():
                shutil.copytree(entry, self.dir / entry.name, ignore=shutil.ignore_patterns(*SKIP_COPY))
            else:
                shutil.copy2(entry, self.dir / entry.name)

    def run(self, module: str, source: str | None, tests: list[str]) -> tuple[str, float]:
        """'caught', 'survived' or 'timeout' (caught by hanging), and the seconds it took."""
        target = self.dir / module
        original = (ROOT / module).read_text(encoding="utf-8")
        target.write_text(source if source is not None else original, encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(self.dir), PYTHONDONTWRITEBYTECODE="1",
                   QT_QPA_PLATFORM="offscreen", PATHWAY_HYPOTHESIS_PROFILE="mutate")
        per_test = max(5, int(self.timeout / 2))
        cmd = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-m", "not slow",
               "-o", f"timeout={per_test}", "--no-header", *tests]
        start = time.perf_counter()
        try:
            proc = subprocess.run(cmd, cwd=self.dir, env=env, capture_output=True, text=True, timeout=self.timeout)
            outcome = "survived" if proc.returncode == 0 else "caught"
            if proc.returncode not in (0, 1):  # 2: interrupted (import error), 3: internal error...
                outcome = "caught"
            if "Timeout" in proc.stdout and proc.returncode != 0:
                outcome = "timeout"
        except subprocess.TimeoutExpired:
            outcome = "timeout"
        finally:
            target.write_text(original, encoding="utf-8")
        return outcome, time.perf_counter() - start

    def close(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


def read_survivors(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = SURVIVOR_LINE.match(line)
        if match:
            found[match.group(1)] = match.group(2)
    return found


def main(argv: list[str] | None = None) -> int:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mutate"]
    modules: dict[str, dict[str, object]] = config["modules"]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help=f"default: all of {', '.join(modules)}")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="mutants run at once (default 1)")
    parser.add_argument("--timeout", type=float, default=float(config.get("timeout", 120)),
                        help="seconds before a mutant's test run counts as hanging (caught)")
    parser.add_argument("--survivors", type=Path, default=ROOT / config.get("survivors", "docs/mutation-survivors.md"))
    parser.add_argument("--list", action="store_true", help="list the mutants and stop")
    parser.add_argument("--sample", type=int, default=0,
                        help="run a fixed random sample of N mutants per module (a quicker, partial score)")
    parser.add_argument("--only", type=Path,
                        help="run only the mutants whose ids are lines of this file (e.g. the survivors of a "
                             "previous run, after adding tests: a caught mutant stays caught when tests are added)")
    args = parser.parse_args(argv)

    chosen = args.modules or list(modules)
    unknown = [m for m in chosen if m not in modules]
    if unknown:
        parser.error(f"unknown module(s) {unknown}; pyproject.toml lists {list(modules)}")
    explained = read_survivors(args.survivors)

    workspaces = [Workspace(args.timeout) for _ in range(max(1, args.jobs))]
    scores: list[tuple[str, str, int, int, int, int]] = []
    unexplained: list[str] = []
    try:
        for name in chosen:
            path, tests = str(modules[name]["path"]), [str(t) for t in modules[name]["tests"]]  # type: ignore[union-attr]
            mutants = list_mutants(path)
            if args.only:
                wanted = set(args.only.read_text(encoding="utf-8").splitlines())
                mutants = [m for m in mutants if m.ident in wanted]
                label = f"{name} (only the {len(mutants)} listed in {args.only.name})"
            elif args.sample and args.sample < len(mutants):
                # The same sample every run (seeded by the module name), spread over the file.
                mutants = sorted(random.Random(name).sample(mutants, args.sample), key=lambda m: m.index)
                label = f"{name} (sample of {args.sample} of {len(list_mutants(path))})"
            else:
                label = name
            if args.list:
                for m in mutants:
                    print(m.ident)
                continue
            # The copy must be the code under test: the tests pass on it unchanged, and fail
            # when the module cannot even be imported.
            outcome, seconds = workspaces[0].run(path, None, tests)
            if outcome != "survived":
                print(f"{name}: the tests fail on the unmutated copy ({outcome}); fix them first", file=sys.stderr)
                return 2
            if workspaces[0].run(path, "raise ImportError('mutation self-check')\n", tests)[0] == "survived":
                print(f"{name}: a module that cannot be imported passes {tests}: they do not test it", file=sys.stderr)
                return 2
            print(f"{name}: {len(mutants)} mutants of {path}, tests {' '.join(tests)} ({seconds:.1f} s unmutated)",
                  flush=True)

            done = [0]

            def one(job: tuple[int, Mutant]) -> tuple[Mutant, str]:
                k, mutant = job
                outcome, _ = workspaces[k % len(workspaces)].run(path, mutated_source(mutant), tests)
                done[0] += 1  # progress only; an occasional lost update does not matter
                if done[0] % 20 == 0:
                    print(f"  {done[0]}/{len(mutants)} run", flush=True)
                return mutant, outcome

            counts = {"caught": 0, "timeout": 0, "survived": 0}
            survivors = []
            # One workspace per job slot: job k always uses workspace k % jobs, and a slot
            # only takes its next mutant after the last one finished.
            stop = threading.Event()  # Ctrl-C: each job slot stops after its current mutant

            def batch_of(jobs: list[tuple[int, Mutant]]) -> list[tuple[Mutant, str]]:
                return [one(job) for job in jobs if not stop.is_set()]

            with ThreadPoolExecutor(max_workers=len(workspaces)) as pool:
                batches = [list(enumerate(mutants))[i::len(workspaces)] for i in range(len(workspaces))]
                futures = [pool.submit(batch_of, b) for b in batches]
                try:
                    for future in futures:
                        for mutant, outcome in future.result():
                            counts[outcome] += 1
                            if outcome == "survived":
                                survivors.append(mutant)
                except KeyboardInterrupt:
                    stop.set()
                    raise
            survivors.sort(key=lambda m: (m.line, m.col, m.description))
            for mutant in survivors:
                reason = explained.get(mutant.ident)
                print(f"  survived: {mutant.ident}" + (f"  [equivalent: {reason}]" if reason else "  [NOT EXPLAINED]"))
                if reason is None:
                    unexplained.append(mutant.ident)
            caught = counts["caught"] + counts["timeout"]
            scores.append((label, path, len(mutants), caught, counts["timeout"], len(survivors)))
            print(f"{name}: {caught}/{len(mutants)} caught ({counts['timeout']} by hanging), "
                  f"{len(survivors)} survived", flush=True)
    finally:
        for workspace in workspaces:
            workspace.close()

    if scores:
        print("\n| module | mutants | caught | survived (all equivalent?) | score |")
        print("|---|---:|---:|---:|---:|")
        for label, path, total, caught, hung, survived in scores:
            explained_here = survived - sum(1 for u in unexplained if u.startswith(f"{path}:"))
            score = 100.0 * caught / total if total else 100.0
            print(f"| {label} | {total} | {caught} ({hung} by hanging) | {survived} ({explained_here} explained) "
                  f"| {score:.0f} % |")
    if unexplained:
        print(f"\n{len(unexplained)} survivor(s) not explained in {args.survivors}: add a test that kills "
              "each, or list it there with the reason it is equivalent.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
