"""Outlier flags on receipt: a child unit's period values compared with that same unit's
earlier received files (table `submissions`) of the same period kind. Flags inform the
receiving clerk; they never block an import and are never written into any file.

The rule, for each indicator of kind `flow` or `distinct` in the file:

- History: the unit's values of that code in its received files of the same period kind
  (months with months, quarters with quarters, six months with six months, ...), for
  periods that start before this one, the most recent HISTORY_LIMIT of them. The period
  order decides "earlier", not the order the files came in.
- Fewer than MIN_HISTORY (3) earlier values: no flag (too little to judge).
- 3 to 5 earlier values, or 6 and more that are all equal (no spread, so no z-score):
  *min-max*: flagged when the value is above the history's max + margin or below its
  min - margin.
- 6 (Z_HISTORY) and more earlier values with a spread: *z-score*: flagged when
  |value - mean| / sample standard deviation >= Z_LIMIT (3) and the distance from the mean
  is above the margin.
- margin = max(MARGIN_ABS (1), MARGIN_REL (10 %) x the larger of |min|, |max|): a count one
  above a steady history (or 10 % on a money figure) is not a flag.

Indicators of kind `status` (the reporting year's state, the same value in every period of
the year, often 0/1) and `at_end` (a stock on the period's last day, which grows as teams
or hotspots are added, so each new maximum would be flagged) are not compared: only what
happened within the period (`flow`, `distinct`) is.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import asdict, dataclass

from pcmd_desktop.domain.display import format_number
from pcmd_desktop.domain.indicators import BY_CODE
from pcmd_desktop.domain.periods import PeriodError, parse_period
from pcmd_desktop.services.workspace import Workspace

COMPARED_KINDS = ("flow", "distinct")
MIN_HISTORY = 3
Z_HISTORY = 6
Z_LIMIT = 3.0
MARGIN_ABS = 1.0
MARGIN_REL = 0.10
HISTORY_LIMIT = 12
MINMAX, ZSCORE = "minmax", "zscore"
HIGH, LOW = "high", "low"


@dataclass(frozen=True)
class Flag:
    """One value out of line with the unit's own history."""

    unit: str
    period: str
    code: str
    label: str
    value: float
    direction: str  # high | low
    method: str  # minmax | zscore
    history: int  # how many earlier values
    low: float  # the history's min
    high: float  # the history's max
    mean: float
    z: float | None  # None under min-max
    message: str  # Vietnamese

    def to_json(self) -> dict:
        return asdict(self)


def margin(low: float, high: float) -> float:
    return max(MARGIN_ABS, MARGIN_REL * max(abs(low), abs(high)))


def check_value(value: float, history: list[float]) -> tuple[str, str, float | None] | None:
    """(direction, method, z) when `value` is out of line with `history`, else None."""
    if len(history) < MIN_HISTORY:
        return None
    low, high = min(history), max(history)
    m = margin(low, high)
    if len(history) >= Z_HISTORY and high > low:
        mean = statistics.fmean(history)
        z = (value - mean) / statistics.stdev(history)
        if abs(z) >= Z_LIMIT and abs(value - mean) > m:
            return (HIGH if z > 0 else LOW), ZSCORE, z
        return None
    if value > high + m:
        return HIGH, MINMAX, None
    if value < low - m:
        return LOW, MINMAX, None
    return None


def _number(n: float) -> str:
    return format_number(int(n) if float(n).is_integer() else round(n, 1))


def sentence(label: str, value: float, direction: str, count: int, low: float, high: float,
             mean: float, method: str) -> str:  # fmt: skip
    """The flag in one Vietnamese sentence, e.g. "Số lượt kiểm tra 45 cao bất thường so với
    6 kỳ trước (3–9)"."""
    word = "cao" if direction == HIGH else "thấp"
    span = _number(low) if low == high else f"{_number(low)}–{_number(high)}"
    if method == ZSCORE:
        span += f", trung bình {_number(mean)}"
    return f"{label} {_number(value)} {word} bất thường so với {count} kỳ trước ({span})"


def _kind_and_start(code: str, cutoff: str):
    try:
        p = parse_period(code, cutoff)
    except PeriodError:
        return None
    return p.kind, p.start


def history_of(ws: Workspace, unit: str, period_code: str) -> list[dict]:
    """The unit's earlier received values ({code: {"value", "ytd"}}), newest first, of the
    same period kind as `period_code`, at most HISTORY_LIMIT files."""
    this = _kind_and_start(period_code, ws.cutoff)
    if this is None:
        return []
    rows = []
    for period, indicators in ws.db.execute(
        "SELECT period, indicators FROM submissions WHERE unit = ?", (unit,)
    ):
        other = _kind_and_start(period, ws.cutoff)
        if other is not None and other[0] == this[0] and other[1] < this[1]:
            rows.append((other[1], indicators))
    rows.sort(reverse=True)
    out = []
    for _start, text in rows[:HISTORY_LIMIT]:
        try:
            values = json.loads(text)
        except (TypeError, ValueError):
            continue
        if isinstance(values, dict):
            out.append(values)
    return out


def _period_value(values: dict, code: str) -> float | None:
    entry = values.get(code)
    value = entry.get("value") if isinstance(entry, dict) else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def flags_for(ws: Workspace, unit: str, period_code: str, values: dict) -> list[Flag]:
    """The flags of one received file: `values` is its indicators ({code: {"value",
    "ytd"}}), compared with the unit's earlier files; catalogue order."""
    history = history_of(ws, unit, period_code)
    if len(history) < MIN_HISTORY:
        return []
    out = []
    for code in BY_CODE:
        indicator = BY_CODE[code]
        if indicator.kind not in COMPARED_KINDS:
            continue
        value = _period_value(values, code)
        if value is None:
            continue
        past = [v for v in (_period_value(h, code) for h in history) if v is not None]
        found = check_value(value, past)
        if found is None:
            continue
        direction, method, z = found
        low, high, mean = min(past), max(past), statistics.fmean(past)
        out.append(Flag(unit, period_code, code, indicator.label, value, direction, method,
                        len(past), low, high, mean, z,
                        sentence(indicator.label, value, direction, len(past), low, high,
                                 mean, method)))  # fmt: skip
    return out


def flags_of_submission(ws: Workspace, unit: str, period_code: str) -> list[Flag]:
    """The flags of the file kept for `unit` and `period_code` (none when there is none)."""
    row = ws.db.execute("SELECT indicators FROM submissions WHERE unit = ? AND period = ?",
                        (unit, period_code)).fetchone()  # fmt: skip
    if row is None:
        return []
    try:
        values = json.loads(row[0])
    except (TypeError, ValueError):
        return []
    return flags_for(ws, unit, period_code, values) if isinstance(values, dict) else []
