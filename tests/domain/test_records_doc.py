"""docs/records.md and domain/records.py say the same: the same kinds in the same order,
the same fields in the same order, the same required fields, choices and sensitive fields."""

from __future__ import annotations

import re
from pathlib import Path

from pcmd_desktop.domain.records import RECORD_KINDS

DOC = Path(__file__).parents[2] / "docs" / "records.md"


def _sections() -> dict[str, str]:
    text = DOC.read_text(encoding="utf-8")
    parts = re.split(r"^## (\w+)(?: \(new\))?\n", text, flags=re.M)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def _fields(body: str) -> list[tuple[str, bool]]:
    # The field list is the first paragraph: `key`* (choices), ...
    first = body.strip().split("\n\n")[0].split(".\n")[0]
    return [(m.group(1), m.group(2) == "*") for m in re.finditer(r"`(\w+)`(\*?)", first)
            if not re.fullmatch(r"[A-Z]\w*", m.group(1))]  # fmt: skip


def test_the_same_kinds_in_the_same_order():
    assert list(_sections()) == [k.name for k in RECORD_KINDS]


def test_the_same_fields_required_choices_and_sensitive_ones():
    sections = _sections()
    for kind in RECORD_KINDS:
        body = sections[kind.name]
        fields = [(k, r) for k, r in _fields(body) if k in kind.keys]
        assert [k for k, _ in fields] == list(kind.keys), kind.name
        assert {k for k, r in fields if r} == {f.key for f in kind.fields if f.required}, kind.name
        flat = " ".join(body.split())
        for f in kind.fields:
            if f.choices:
                assert " | ".join(f.choices) in flat, (kind.name, f.key)
            if f.sensitive:
                said = re.search(r"(Sensitive|Confidential): ([^(.]*)", flat)
                assert said and f"`{f.key}`" in said.group(2), (kind.name, f.key)
