"""A parsed TOML file that can point at the line of a bad value (tomllib gives no positions)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.core.errors import ValidationError

_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\-]+)\s*\]\]?")
_MISSING = object()


def parse_toml(path: Path, raw: bytes) -> TomlFile:
    """Parse a file; a syntax error becomes a ``ValidationError`` naming file and line."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError(f"{path.name}: not UTF-8 text (byte {exc.start})",
                              code="negative_list") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib's message already ends with "(at line N, column M)".
        raise ValidationError(f"{path.name}: TOML syntax error: {exc}",
                              code="negative_list") from None
    return TomlFile(path, text.splitlines(), data)


@dataclass(frozen=True)
class TomlFile:
    path: Path
    lines: list[str]
    data: dict[str, Any]

    def line_of(self, *, rule: int | None = None, key: str | None = None,
                table: str | None = None, array: str = "rules") -> int:
        """1-based line of ``key`` in the ``rule``-th ``[[array]]`` entry, table or top level."""
        start, end = 0, len(self.lines)
        if rule is not None or table is not None:
            count = -1
            found = None
            for i, line in enumerate(self.lines):
                m = _HEADER.match(line)
                if not m:
                    continue
                if found is not None:
                    end = i
                    break
                name = m.group(1)
                if rule is not None and name == array and line.lstrip().startswith("[["):
                    count += 1
                    if count == rule:
                        found = i
                elif rule is None and name == table:
                    found = i
            if found is None:
                return 1
            start = found
        else:
            for i, line in enumerate(self.lines):
                if _HEADER.match(line):
                    end = i
                    break
        if key is not None:
            key_re = re.compile(rf"^\s*\"?{re.escape(key)}\"?\s*=")
            for i in range(start, end):
                if key_re.match(self.lines[i]):
                    return i + 1
        return start + 1

    def error(self, message: str, *, rule: int | None = None, key: str | None = None,
              table: str | None = None, array: str = "rules") -> ValidationError:
        line = self.line_of(rule=rule, key=key, table=table, array=array)
        return ValidationError(f"{self.path.name}:{line}: {message}", code="negative_list",
                               file=str(self.path), line=line)

    def string(self, data: dict[str, Any], key: str, *, rule: int | None = None,
               table: str | None = None, array: str = "rules") -> str:
        value = data.get(key, _MISSING)
        if value is _MISSING:
            raise self.error(f"missing required key '{key}'", rule=rule, table=table, array=array)
        if not isinstance(value, str) or not value.strip():
            raise self.error(f"'{key}' must be a non-empty string", rule=rule, key=key,
                             table=table, array=array)
        return value

    def strings(self, data: dict[str, Any], key: str, *, rule: int | None = None,
                table: str | None = None, array: str = "rules") -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(f"'{key}' must be a list of strings", rule=rule, key=key,
                             table=table, array=array)
        return tuple(value)

    def number(self, data: dict[str, Any], key: str, *, rule: int | None = None,
               low: float, high: float, default: float | None = None,
               array: str = "rules") -> float:
        value = data.get(key, default)
        if value is None:
            raise self.error(f"missing required key '{key}'", rule=rule, array=array)
        if isinstance(value, bool) or not isinstance(value, int | float) \
                or not low <= value <= high:
            raise self.error(f"'{key}' must be a number from {low} to {high}", rule=rule,
                             key=key, array=array)
        return float(value)

    def tables(self, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.error(f"'{key}' must be an array of tables ([[{key}]])", key=key)
        return value
