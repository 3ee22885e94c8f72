"""A small, fast YAML reader for content files: mappings, lists and text only.

libyaml (``CBaseLoader``) composes the node tree; a tight converter turns it into Python
objects. Unlike ``safe_load`` every scalar stays text (``title: 3.10`` is ``"3.10"``, ``no`` is
``"no"``), only a plain ``null``/``~``/empty value is ``None``, and a key repeated within one
mapping is an error instead of silently replacing the first value.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

__all__ = ["load_yaml"]

_Base: Any = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


class _Loader(_Base):  # type: ignore[misc]
    """Composes nodes without resolving tags (the converter never looks at them)."""

    def resolve(self, kind: object, value: object, implicit: object) -> str:
        return ""

    def descend_resolver(self, current_node: object, current_index: object) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None


_NULL = frozenset({"", "~", "null", "Null", "NULL"})


def _convert(node: Node) -> Any:
    if isinstance(node, ScalarNode):
        value: str = node.value
        return None if node.style is None and value in _NULL else value
    if isinstance(node, SequenceNode):
        return [_convert(item) for item in node.value]
    assert isinstance(node, MappingNode)
    out: dict[str, Any] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, ScalarNode):
            raise ConstructorError(None, None, "a key must be plain text", key_node.start_mark)
        key = key_node.value
        if key in out:
            raise ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        out[key] = _convert(value_node)
    return out


def load_yaml(text: str) -> Any:
    """Parse one YAML document; raise ``yaml.YAMLError`` (with a line mark) when malformed."""
    node = yaml.compose(text, Loader=_Loader)
    return None if node is None else _convert(node)
