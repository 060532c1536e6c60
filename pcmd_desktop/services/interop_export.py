"""The indicator values of a period for a national DHIS2 (issue 6, issue 12): IHE ADX XML
or DHIS2 ``dataValueSets`` JSON through the mapping file, written whole or not at all, and,
before and after, which dates the figures cover and which DHIS2 period files them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pcmd_desktop.exchange.interop import (
    Coverage,
    Mapping,
    MappingError,
    coverage,
    load_mapping,
    to_adx,
    to_dhis2,
)
from pcmd_desktop.services.auth import require
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.files import atomic_output
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.reporting import build_report, period_of
from pcmd_desktop.services.workspace import Workspace

__all__ = [
    "FORMATS",
    "SUFFIX",
    "Coverage",
    "InteropError",
    "InteropResult",
    "export_interop",
    "preview",
]

FORMATS = ("adx", "dhis2")
SUFFIX = {"adx": ".adx.xml", "dhis2": ".dhis2.json"}


class InteropError(ServiceError):
    """A mapping, period or format the DHIS2 export cannot carry; Vietnamese message."""


@dataclass(frozen=True)
class InteropResult:
    path: Path
    format: str
    period: str
    coverage: Coverage
    values: int


def _mapping(mapping_path: Path | None) -> Mapping:
    try:
        return load_mapping(mapping_path)
    except MappingError as e:
        raise InteropError(str(e)) from None


def _policy(fmt: str, mapping: Mapping, periods: str | None) -> str:
    if fmt not in FORMATS:
        raise InteropError(f"Định dạng '{fmt}' không hợp lệ; chọn: {', '.join(FORMATS)}.")
    if periods == "exact" and fmt != "adx":
        raise InteropError(
            "Cách ghi kỳ đúng ngày (exact) chỉ dùng cho ADX; tệp JSON của DHIS2 luôn ghi kỳ DHIS2."
        )
    return periods or mapping.periods


def preview(
    ws: Workspace, period_code: str, fmt: str = "adx", *, cutoff: str | None = None,
    mapping_path: Path | None = None, periods: str | None = None,
) -> Coverage:  # fmt: skip
    """What an export of `period_code` as `fmt` would cover, without building the report;
    InteropError (or ReportError for a bad period code) as the export would raise it."""
    require(ws, Permission.READ)
    period = period_of(ws, period_code, cutoff)
    mapping = _mapping(mapping_path)
    try:
        return coverage(period, fmt, _policy(fmt, mapping, periods))
    except MappingError as e:
        raise InteropError(str(e)) from None


def export_interop(
    ws: Workspace, period_code: str, path: Path, fmt: str = "adx", *,
    cutoff: str | None = None, mapping_path: Path | None = None, periods: str | None = None,
) -> InteropResult:  # fmt: skip
    """Write this unit's values of `period_code` as `fmt` to `path` (atomically; nothing is
    written on an error). `periods` overrides the mapping's period policy (ADX only)."""
    require(ws, Permission.REPORTS)
    mapping = _mapping(mapping_path)
    policy = _policy(fmt, mapping, periods)
    period = period_of(ws, period_code, cutoff)
    try:
        cov = coverage(period, fmt, policy)  # refuses nine months before any work
        report = build_report(ws, period_code, cutoff)
        if fmt == "adx":
            data = to_adx(report, mapping, periods=policy)
        else:
            text = json.dumps(to_dhis2(report, mapping), ensure_ascii=False, indent=2)
            data = text.encode("utf-8")
    except MappingError as e:
        raise InteropError(str(e)) from None
    with atomic_output(Path(path)) as tmp:
        tmp.write_bytes(data)
    return InteropResult(Path(path), fmt, period.code, cov, len(report.values))
