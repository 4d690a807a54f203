"""YAML that remembers where each key was written, so errors can say file:line:key.

Advice files are written by admins and read by a running bot, so nothing in one may
hang or crash it: a file over MAX_BYTES, a control character (a NUL is how a file
saved as UTF-16 looks once read as UTF-8), any alias (`*name`: the billion-laughs
bomb and recursive documents are made of them, and advice never needs one), a
tag PyYAML's safe loader refuses or nesting past libyaml's limit is a YamlError
with its line, like bad syntax.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from bot.engine.located import LocatedYaml, Path_  # noqa: F401  (callers read LocatedYaml here)

# Most advice files are a few KB; the largest bundled one, hard-sell.pushy, is ~250 KB, most of it its examples.
# 512 KB parse in ~65 ms with libyaml: the limit refuses a runaway file, not a rule with many examples.
MAX_BYTES = 512 * 1024


class YamlError(ValueError):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


ALIAS = "aliases (*name) are not allowed in advice files: write the values out"


def _construct(node: yaml.Node, path: Path_, lines: dict[Path_, int], seen: set[int], line: int) -> Any:
    """The Python value of `node`. A node met twice is an alias: refused before it is expanded."""
    if id(node) in seen:
        raise YamlError(line, ALIAS)
    seen.add(id(node))
    line = node.start_mark.line + 1
    lines.setdefault(path, line)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode) or id(key_node) in seen:
                raise YamlError(key_line, ALIAS if id(key_node) in seen else "keys must be plain words")
            seen.add(id(key_node))
            key = _scalar(key_node)
            if key in out:
                raise YamlError(key_line, f"duplicate key {key!r}")
            lines[path + (key,)] = key_line
            out[key] = _construct(value_node, path + (key,), lines, seen, key_line)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_construct(child, path + (i,), lines, seen, line) for i, child in enumerate(node.value)]
    return _scalar(node)


_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it: ~10x faster


class _Loader(_BASE):  # type: ignore[misc, valid-type]
    """YAML 1.2 booleans: only true/false. `status: off` stays the word "off"."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))
_RESOLVER = _Loader("")


def _scalar(node: yaml.Node) -> Any:
    """A scalar's value. The shared loader forgets the node after (construct_object files every node it
    builds by the node, and nothing else empties that: each file's nodes and marks, ~78,000 objects for
    the shipped packs, lived as long as the process, and every full collection of the GC walked them)."""
    try:
        return _RESOLVER.construct_object(node, deep=True)
    except (ValueError, TypeError, OverflowError) as exc:  # `!!float via`, `!!int 1e999`...
        raise YamlError(node.start_mark.line + 1, f"{node.value!r} is not what its tag {node.tag} says: {exc}") from None
    finally:
        _RESOLVER.constructed_objects.pop(node, None)
        _RESOLVER.recursive_objects.pop(node, None)


def _reader_error(text: str, exc: yaml.reader.ReaderError) -> YamlError:
    """A character YAML does not allow, with its line and what to do about it."""
    line = text.count("\n", 0, max(exc.position, 0)) + 1
    if "\0" in text:
        return YamlError(line, "NUL characters: the file looks saved as UTF-16 (or binary); save it as UTF-8")
    code = exc.character if isinstance(exc.character, int) else ord(str(exc.character or "?")[:1] or "?")
    return YamlError(line, f"character U+{code:04X} is not allowed in YAML: delete it (or save the file as UTF-8)")


def load(text: str, max_bytes: int = MAX_BYTES) -> LocatedYaml:
    """Parse one YAML document; raise YamlError with a line number on anything that is not a
    small, plain YAML document."""
    size = len(text.encode("utf-8", "surrogatepass"))  # (a lone surrogate is refused below)
    if size > max_bytes:
        raise YamlError(1, f"the file is {size / 1024:,.0f} KB, over the {max_bytes // 1024} KB limit for an advice "
                           "file: split it into several files")
    try:
        node = yaml.compose(text, Loader=_Loader)
        if node is None:
            return LocatedYaml(None, {(): 1})
        lines: dict[Path_, int] = {}
        data = _construct(node, (), lines, set(), 1)
    except yaml.reader.ReaderError as exc:
        raise _reader_error(text, exc) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problem = str(exc.problem or exc)
        if "nesting depth" in problem:
            problem = "nested too deep: advice files need a few levels at most"
        raise YamlError(line, f"YAML syntax: {problem}") from None
    except yaml.YAMLError as exc:
        raise YamlError(1, f"YAML: {exc}") from None
    except UnicodeError as exc:  # a lone surrogate: text that no file could hold
        start = getattr(exc, "start", 0)
        raise YamlError(text.count("\n", 0, start) + 1, "a character that is not valid Unicode text") from None
    except RecursionError:
        raise YamlError(1, "nested too deep: advice files need a few levels at most") from None
    return LocatedYaml(data, lines)
