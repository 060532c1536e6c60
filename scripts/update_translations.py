"""Bring resources/translations/pcmd_en.ts up to date with the code.

    .venv/bin/python scripts/update_translations.py            # merge, write, summarise
    .venv/bin/python scripts/update_translations.py --todo todo.json
        # also write the sources still untranslated as {"source": ""} to fill in
    .venv/bin/python scripts/update_translations.py --apply todo.json
        # merge, then take the translations of a filled-in file (marked finished)
    .venv/bin/python scripts/update_translations.py --check    # exit 1 if out of date

What is collected (Vietnamese, the source language):
- every string literal passed to `tr(...)` or `tr_noop(...)` in pcmd_desktop/ui (an AST
  scan; a second argument or `context=` names another context than "pcmd");
- the titles, descriptions and tab titles of the main window's pages (class attributes
  shown through `tr`);
- the domain labels shown through `tr`: record kinds, field and choice labels, every
  catalogue, indicator labels and units and their groups, list columns, hotspot statuses,
  audit actions, roles and unit levels.

Merging keeps every translation already made, adds new sources as unfinished and keeps
sources no longer in the code as vanished (with their translation, should they come
back; `--drop-vanished` removes them). The file is written in Qt's .ts format, readable
by Qt Linguist and by pcmd_desktop.ui.i18n.TsTranslator (no .qm is ever built or kept).
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "pcmd_desktop" / "ui"
TS_FILE = ROOT / "resources" / "translations" / "pcmd_en.ts"
CONTEXT = "pcmd"
LANGUAGE = "en_US"
SOURCE_LANGUAGE = "vi_VN"
MARKERS = frozenset({"tr", "tr_noop"})
UNFINISHED = "unfinished"
VANISHED = "vanished"
_GONE = frozenset({VANISHED, "obsolete"})

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

Key = tuple[str, str]  # (context, source)


@dataclass
class Message:
    translation: str = ""
    type: str | None = UNFINISHED  # None: finished; "unfinished"; "vanished"


# Collecting -----------------------------------------------------------------------------
def _marker_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    is_module_attr = isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
    if is_module_attr and func.value.id == "i18n":
        return func.attr
    return None


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def scan_source(text: str, filename: str = "<source>") -> tuple[list[Key], list[str]]:
    """The (context, source) of every tr()/tr_noop() call with a literal text, and
    warnings for calls whose text is an f-string (never translatable) or whose context
    is not a literal."""
    found: list[Key] = []
    warnings: list[str] = []
    tree = ast.parse(text, filename)
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    calls.sort(key=lambda n: (n.lineno, n.col_offset))
    for call in calls:
        if _marker_name(call.func) not in MARKERS or not call.args:
            continue
        first = call.args[0]
        if isinstance(first, ast.JoinedStr):
            warnings.append(
                f'{filename}:{call.lineno}: tr(f"...") is never translated: use '
                'tr("... {0} ...").format(...)'
            )
            continue
        source = _literal(first)
        if source is None:
            continue  # a label from elsewhere (domain data), collected below
        given = call.args[1:2] + [kw.value for kw in call.keywords if kw.arg == "context"]
        context = _literal(given[0]) if given else CONTEXT
        if context is None:
            warnings.append(f"{filename}:{call.lineno}: tr(): write the context as a literal")
            continue
        found.append((context, source))
    return found, warnings


def code_messages() -> tuple[list[Key], list[str]]:
    found: list[Key] = []
    warnings: list[str] = []
    for path in sorted(UI_DIR.rglob("*.py")):
        keys, warns = scan_source(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
        found += keys
        warnings += warns
    return found, warnings


def _subclasses(cls: type) -> list[type]:
    out = []
    for sub in cls.__subclasses__():
        out.append(sub)
        out += _subclasses(sub)
    return out


def page_labels() -> list[str]:
    """Titles, descriptions and tab titles of the main window's pages."""
    from pcmd_desktop.ui.pages import PAGES, Page

    classes = list(PAGES) + [c for c in _subclasses(Page) if c not in PAGES]
    labels: list[str] = []
    for cls in classes:
        labels.append(getattr(cls, "title", ""))
        labels.append(getattr(cls, "description", ""))
        labels += [title for _kind, title in getattr(cls, "tabs_spec", ())]
    return labels


def domain_labels() -> list[str]:
    """Every label the domain and services give the window to show through tr()."""
    from pcmd_desktop.domain import catalogues, indicators
    from pcmd_desktop.domain.assessment import CRITERIA
    from pcmd_desktop.domain.records import RECORD_KINDS
    from pcmd_desktop.domain.units import LEVELS, AdminUnit
    from pcmd_desktop.services import assessment
    from pcmd_desktop.services.audit_log import ACTION_LABELS
    from pcmd_desktop.services.hotspot_status import STATUS_LABELS
    from pcmd_desktop.services.list_columns import LIST_SPECS
    from pcmd_desktop.services.permissions import ROLE_LABELS

    labels: list[str] = []
    for kind in RECORD_KINDS:
        labels.append(kind.label)
        for f in kind.fields:
            labels.append(f.label)
            labels += (f.choices or {}).values()
    for name in sorted(vars(catalogues)):
        value = getattr(catalogues, name)
        if name.isupper() and isinstance(value, dict):
            labels += [v for v in value.values() if isinstance(v, str)]
    labels += indicators.GROUPS.values()
    for indicator in indicators.INDICATORS:
        labels += [indicator.label, indicator.unit]
    for spec in LIST_SPECS.values():
        for column in spec.columns:
            labels.append(column.label)
            labels += (column.choices or {}).values()
    labels += STATUS_LABELS.values()
    labels += ACTION_LABELS.values()
    labels += ROLE_LABELS.values()
    labels += [AdminUnit("", "", level).level_label for level in LEVELS]
    labels += [c.label for c in CRITERIA]  # the assessment sheet's rows, and its result
    labels += [assessment.CLEAN_TEXT, assessment.NOT_CLEAN, assessment.BELOW_PASS,
               assessment.NOT_FULL]  # fmt: skip
    return labels


def collect() -> tuple[list[Key], list[str]]:
    """Every (context, source) the window may translate, each once, in a stable order;
    and the warnings of the scan."""
    found, warnings = code_messages()
    found += [(CONTEXT, label) for label in page_labels() + domain_labels()]
    seen: set[Key] = set()
    ordered: list[Key] = []
    for key in found:
        if key[1].strip() and key not in seen:
            seen.add(key)
            ordered.append(key)
    return ordered, warnings


# The .ts file ---------------------------------------------------------------------------
def read(path: Path) -> dict[Key, Message]:
    """Every message of a .ts file (an empty dict when there is none yet)."""
    if not path.exists():
        return {}
    messages: dict[Key, Message] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            element = message.find("translation")
            if source is None:
                continue
            text = (element.text if element is not None else "") or ""
            kind = element.get("type") if element is not None else UNFINISHED
            messages[(name, source)] = Message(text, kind)
    return messages


def merge(
    existing: dict[Key, Message], wanted: list[Key], *, drop_vanished: bool = False
) -> dict[Key, Message]:
    """The messages of the new file: `wanted` in its order (kept translations, new ones
    unfinished), then those no longer wanted, vanished."""
    merged: dict[Key, Message] = {}
    for key in wanted:
        old = existing.get(key)
        if old is None:
            merged[key] = Message()
        elif old.type in _GONE:  # back in the code
            merged[key] = Message(old.translation, None if old.translation else UNFINISHED)
        else:
            merged[key] = Message(old.translation, old.type)
    if not drop_vanished:
        for key, old in existing.items():
            if key not in merged:
                merged[key] = Message(old.translation, VANISHED)
    return merged


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def render(messages: dict[Key, Message]) -> str:
    """The .ts text, laid out as lupdate does (contexts in order of first appearance)."""
    contexts: dict[str, list[tuple[str, Message]]] = {}
    for (context, source), message in messages.items():
        contexts.setdefault(context, []).append((source, message))
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{LANGUAGE}" sourcelanguage="{SOURCE_LANGUAGE}">',
    ]
    for context, entries in contexts.items():
        lines += ["<context>", f"    <name>{_escape(context)}</name>"]
        for source, message in entries:
            kind = f' type="{message.type}"' if message.type else ""
            lines += [
                "    <message>",
                f"        <source>{_escape(source)}</source>",
                f"        <translation{kind}>{_escape(message.translation)}</translation>",
                "    </message>",
            ]
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def apply(messages: dict[Key, Message], filled: dict) -> list[str]:
    """Take the translations of `filled` ({source: text} for the default context, or
    {context: {source: text}}); empty ones are skipped. The sources it names that the
    file does not have."""
    unknown = []
    for name, value in filled.items():
        pairs = value.items() if isinstance(value, dict) else [(name, value)]
        context = name if isinstance(value, dict) else CONTEXT
        for source, text in pairs:
            key = (context, source)
            if key not in messages:
                unknown.append(source)
            elif text:
                messages[key] = Message(text, None)
    return unknown


def unfinished(messages: dict[Key, Message]) -> list[Key]:
    return [k for k, m in messages.items() if m.type not in _GONE and (m.type or not m.translation)]


# Command line ---------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ts", type=Path, default=TS_FILE, help="the .ts file (pcmd_en.ts)")
    parser.add_argument("--apply", type=Path, help="JSON of translations to take in")
    parser.add_argument("--todo", type=Path, help="write the untranslated sources as JSON")
    parser.add_argument("--drop-vanished", action="store_true", help="forget vanished ones")
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if out of date or unfinished"
    )
    args = parser.parse_args(argv)

    wanted, warnings = collect()
    existing = read(args.ts)
    messages = merge(existing, wanted, drop_vanished=args.drop_vanished)
    if args.apply:
        filled = json.loads(args.apply.read_text(encoding="utf-8"))
        for source in apply(messages, filled):
            warnings.append(f"--apply: not a source in the file: {source!r}")
    text = render(messages)
    old_text = args.ts.read_text(encoding="utf-8") if args.ts.exists() else ""
    todo = unfinished(messages)
    new = [k for k in wanted if k not in existing]
    vanished = [k for k, m in messages.items() if m.type in _GONE]

    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(
        f"{args.ts.relative_to(ROOT) if args.ts.is_relative_to(ROOT) else args.ts}: "
        f"{len(wanted)} sources, {len(new)} new, {len(todo)} untranslated, "
        f"{len(vanished)} vanished"
    )
    for _context, source in todo:
        print(f"  untranslated: {source!r}")

    if args.check:
        if text != old_text:
            print("out of date: run scripts/update_translations.py", file=sys.stderr)
        return 1 if text != old_text or todo else 0
    if text != old_text:
        args.ts.parent.mkdir(parents=True, exist_ok=True)
        args.ts.write_text(text, encoding="utf-8")
    if args.todo:
        template: dict = {}
        for context, source in todo:
            if context == CONTEXT:
                template[source] = ""
            else:
                template.setdefault(context, {})[source] = ""
        args.todo.write_text(json.dumps(template, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
