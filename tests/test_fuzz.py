"""Property tests: whatever the bytes, the loader answers with a Pathway or a PathwayError
whose problems are all located inside the file; never another exception."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import Pathway, PathwayError, load_pathway_bytes
from pathway_files import SMALL_TEXT, small_data, to_json, to_yaml

# Small enough that this file runs in well under a minute on a shared 2-core machine;
# the @slow variants below run many more examples (CI runs them).
QUICK = settings(
    max_examples=100,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
THOROUGH = settings(QUICK, max_examples=1500)

_BREAKS = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
SMALL = SMALL_TEXT.encode()
BASE = small_data()


def check(raw: bytes, name: str) -> Pathway | PathwayError:
    """Load ``raw``; any exception but PathwayError fails, and every problem must point
    inside the file (counting lines as an editor or as YAML would, whichever is more)."""
    try:
        return load_pathway_bytes(raw, name, is_json=name.endswith(".json"))
    except PathwayError as exc:
        text = raw.decode("utf-8", errors="replace")
        last_line = max(text.count("\n"), len(_BREAKS.findall(text))) + 1
        assert exc.problems
        for problem in exc.problems:
            assert problem.file == name
            assert 1 <= problem.line <= last_line, str(problem)
            assert problem.path and problem.message.strip()
            assert "\n" not in str(problem)
        return exc


# --- (a) arbitrary input ---------------------------------------------------------------------

YAML_CHARS = "{}[]:,-&*!|>'\"#%@` \n\t?ab01.~<=\\\r\x85\u2028\ufeff\x00é"
yamlish = st.text(alphabet=YAML_CHARS, max_size=400)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "latin-1"])


@st.composite
def mutated_small(draw: st.DrawFn) -> bytes:
    """small.yaml with a few bytes replaced, inserted or deleted."""
    raw = bytearray(SMALL)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(raw) - 1))
        how = draw(st.sampled_from(["replace", "insert", "delete"]))
        byte = draw(st.integers(0, 255))
        if how == "replace":
            raw[at] = byte
        elif how == "insert":
            raw.insert(at, byte)
        else:
            del raw[at]
    return bytes(raw)


def _any_input(examples: settings) -> Any:
    @examples
    @given(
        raw=st.one_of(
            st.binary(max_size=2000),
            yamlish.map(str.encode),
            st.tuples(st.text(max_size=300), encodings).map(lambda t: t[0].encode(t[1], errors="replace")),
            mutated_small(),
        ),
        name=st.sampled_from(["f.yaml", "f.json"]),
    )
    def run(raw: bytes, name: str) -> None:
        check(raw, name)

    return run


test_any_bytes_give_a_pathway_or_located_problems = _any_input(QUICK)
test_any_bytes_thoroughly = pytest.mark.slow(_any_input(THOROUGH))


# --- (b) structured mutations of a valid pathway ---------------------------------------------

COLLECTIONS = ("sources", "roles", "phases", "steps")
# PyYAML's emitter writes NEL (U+0085) raw inside quotes, where YAML reads it as a line
# break, so yaml.safe_dump itself cannot round-trip it; leave it to part (a).
texts = st.text(st.characters(codec="utf-8", exclude_characters="\x85"), max_size=30)
odd_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    texts,
    st.lists(st.integers(), max_size=3),
    st.dictionaries(texts, st.integers(), max_size=2),
    st.just("2026-02-30"),
)


def _locations(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside ``value``."""
    out = []
    if isinstance(value, dict):
        items = list(value.items())
    elif isinstance(value, list):
        items = list(enumerate(value))
    else:
        return out
    for key, child in items:
        out.append(path + (key,))
        out += _locations(child, path + (key,))
    return out


def _parent(data: Any, path: tuple[Any, ...]) -> Any:
    for key in path[:-1]:
        data = data[key]
    return data


def _items(data: Any, collection: str) -> list[dict[str, Any]]:
    items = data.get(collection) if isinstance(data, dict) else None
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def _ids(data: Any, collection: str) -> list[Any]:
    return [item["id"] for item in _items(data, collection) if "id" in item]


@st.composite
def mutated_pathway(draw: st.DrawFn) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["drop", "retype", "duplicate_id", "repoint", "add_transition", "remove"]))
        if kind in ("drop", "retype", "remove"):
            places = _locations(data)
            if not places:
                continue
            path = draw(st.sampled_from(places))
            parent = _parent(data, path)
            if kind == "retype":
                parent[path[-1]] = draw(odd_values)
            elif isinstance(parent, dict):
                del parent[path[-1]]
            else:
                parent.pop(path[-1])
        elif kind == "duplicate_id":
            name = draw(st.sampled_from(COLLECTIONS))
            items = _items(data, name)
            if len(items) >= 2:
                a, b = draw(st.lists(st.sampled_from(range(len(items))), min_size=2, max_size=2, unique=True))
                items[b]["id"] = items[a].get("id")
        elif kind == "repoint":
            targets = [p for p in _locations(data) if p[-1] in ("phase", "role", "from", "to") or p[:1] == ("sources",)
                       or (len(p) >= 2 and p[-2] == "sources")]
            if targets:
                path = draw(st.sampled_from(targets))
                every_id = [i for c in COLLECTIONS for i in _ids(data, c)]
                _parent(data, path)[path[-1]] = draw(st.one_of(st.sampled_from(every_id or ["x"]), texts))
        else:
            steps = _ids(data, "steps") or ["x"]
            transition: dict[str, Any] = {"from": draw(st.sampled_from(steps)), "to": draw(st.sampled_from(steps))}
            transition_kind = draw(st.sampled_from([None, "main", "alternative", "loop_back", "sideways"]))
            if transition_kind:
                transition["kind"] = transition_kind
            if draw(st.booleans()):
                transition["label"] = draw(texts)
            if isinstance(data.get("transitions"), list):
                data["transitions"].insert(draw(st.integers(0, len(data["transitions"]))), transition)
    return data


def _dumped(data: dict[str, Any], style: str) -> bytes:
    if style == "json":
        return json.dumps(data, indent=2).encode()
    if style == "json-compact-ascii":
        return json.dumps(data, ensure_ascii=True, separators=(",", ":")).encode()
    if style == "yaml-flow":
        return yaml.safe_dump(data, default_flow_style=True, allow_unicode=True).encode()
    return to_yaml(data).encode()


def _mutations(examples: settings) -> Any:
    @examples
    @given(data=mutated_pathway(), style=st.sampled_from(["yaml", "yaml-flow", "json", "json-compact-ascii"]))
    def run(data: dict[str, Any], style: str) -> None:
        name = "m.json" if style.startswith("json") else "m.yaml"
        result = check(_dumped(data, style), name)
        if isinstance(result, Pathway):
            # whatever was accepted reads back as what was written
            assert result.id == data["id"].strip() and len(result.steps) == len(data["steps"])

    return run


test_mutated_pathways_give_a_pathway_or_located_problems = _mutations(QUICK)
test_mutated_pathways_thoroughly = pytest.mark.slow(_mutations(THOROUGH))


@settings(QUICK, max_examples=25)
@given(data=mutated_pathway())
def test_yaml_and_json_of_the_same_data_agree(data: dict[str, Any]) -> None:
    # The same data written both ways is accepted or refused alike, with the same field paths.
    from_yaml = check(to_yaml(data).encode(), "m.yaml")
    from_json = check(to_json(data).encode(), "m.json")
    if isinstance(from_yaml, Pathway) or isinstance(from_json, Pathway):
        assert from_yaml == from_json
    else:
        assert {p.path for p in from_yaml.problems} == {p.path for p in from_json.problems}


# --- (c) the one-pass reader agrees with PyYAML ------------------------------------------------

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
plain_words = st.sampled_from(
    ["yes", "No", "on", "~", "null", "0", "012", "0x1F", "1_000", "-3", "1e5", "1.5", ".inf", "2026-01-15",
     "2026-01-15 10:20:30", "12:30", "text", "True story", "a: b", "#x", "- a", "'q'", '"d"', "", " "]
)
trees = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), plain_words, st.text(max_size=6)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(plain_words | st.text(max_size=4), inner, max_size=4)
    ),
    max_leaves=25,
)


def _composer_lines(text: str) -> dict[tuple[Any, ...], int]:
    """The line of every key and list item, from PyYAML's own node tree."""
    lines: dict[tuple[Any, ...], int] = {}
    stack = [(yaml.compose(text, Loader=_LOADER), ())]
    while stack:
        node, path = stack.pop()
        if isinstance(node, yaml.MappingNode):
            children = [(key.value, key, value) for key, value in node.value]
        elif isinstance(node, yaml.SequenceNode):
            children = [(index, item, item) for index, item in enumerate(node.value)]
        else:
            continue
        for part, marked, child in children:
            lines[path + (part,)] = marked.start_mark.line + 1
            stack.append((child, path + (part,)))
    return lines


@QUICK
@given(tree=trees, flow=st.sampled_from([None, True, False]), width=st.sampled_from([20, 80]))
def test_data_and_lines_are_those_pyyaml_gives(tree: Any, flow: bool | None, width: int) -> None:
    from models.parsing import parse_text

    text = yaml.safe_dump({"root": tree}, default_flow_style=flow, width=width, allow_unicode=True)
    parsed = parse_text(text, "t.yaml", is_json=False)
    assert parsed.data == yaml.load(text, Loader=_LOADER)
    assert parsed.lines == _composer_lines(text)
    as_json = json.dumps({"root": tree}, indent=1, ensure_ascii=False)
    if not re.search("[\x7f-\x9f\u2028\u2029\ufffe\uffff]", as_json):  # characters YAML reads differently
        assert parse_text(as_json, "t.json", is_json=True).lines == _composer_lines(as_json)
