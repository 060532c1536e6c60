"""The DHIS2 mapping file (``resources/exchange/dhis2-mapping.json``): catalogue codes to
DHIS2 data element UIDs, the default combos, unit codes to org unit UIDs and the ADX period
policy (``"periods"``, :mod:`pcmd_desktop.exchange.dhis2_periods`). Read and checked whole;
a fault is a MappingError with a Vietnamese message naming it."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from pcmd_desktop.domain.indicators import BY_CODE, INDICATORS
from pcmd_desktop.resources import resource_path

DEFAULT_MAPPING = "exchange/dhis2-mapping.json"  # inside resources/
MAPPING_VERSION = 1
PERIOD_POLICIES = ("dhis2", "exact")
DEFAULT_PERIODS = "dhis2"

_UID = re.compile(r"[A-Za-z][A-Za-z0-9]{10}", re.ASCII)
_ID_SCHEMES = ("UID",)


class MappingError(ValueError):
    """A mapping file, or a period or report the mapping cannot carry; Vietnamese message."""


def is_uid(text: object) -> bool:
    """Whether `text` is a well-formed DHIS2 UID: 11 characters [A-Za-z0-9], a letter first."""
    return isinstance(text, str) and _UID.fullmatch(text) is not None


@dataclass(frozen=True)
class Mapping:
    """Catalogue code -> DHIS2 data element UID, the default combos, unit code -> org unit
    UID (missing units go by code) and, optionally, the DHIS2 data set UID."""

    data_elements: dict[str, str]
    category_option_combo: str
    attribute_option_combo: str
    org_units: dict[str, str] = field(default_factory=dict)
    id_scheme: str = "UID"
    data_set: str | None = None
    version: int = MAPPING_VERSION
    periods: str = DEFAULT_PERIODS

    def org_unit(self, unit_code: str) -> tuple[str, bool]:
        """The orgUnit identifier for `unit_code` and whether it is the unit's code
        (idScheme CODE) rather than a mapped UID."""
        uid = self.org_units.get(unit_code)
        return (uid, False) if uid else (unit_code, True)


def _fail(where: Path | str, fault: str) -> MappingError:
    return MappingError(f"Tệp ánh xạ DHIS2 '{where}' không hợp lệ: {fault}.")


def _uid(where: Path | str, value: object, what: str) -> str:
    if not is_uid(value):
        raise _fail(
            where,
            f"{what} có UID '{value}' sai dạng (cần 11 ký tự chữ hoặc số không dấu, "
            "bắt đầu bằng chữ cái)",
        )
    return str(value)


def _mapping_from(data: object, where: Path | str) -> Mapping:
    if not isinstance(data, dict):
        raise _fail(where, "nội dung phải là một đối tượng JSON")
    if data.get("version") != MAPPING_VERSION:
        raise _fail(
            where,
            f"phiên bản '{data.get('version')}' không được hỗ trợ (cần {MAPPING_VERSION})",
        )
    scheme = data.get("idScheme", "UID")
    if scheme not in _ID_SCHEMES:
        raise _fail(where, f"idScheme '{scheme}' không được hỗ trợ (chỉ dùng: UID)")

    elements = data.get("dataElements")
    if not isinstance(elements, dict):
        raise _fail(where, "thiếu mục dataElements (mã chỉ tiêu -> UID phần tử dữ liệu)")
    unknown = [c for c in elements if c not in BY_CODE]
    if unknown:
        raise _fail(where, f"mã chỉ tiêu không có trong danh mục: {', '.join(unknown)}")
    missing = [i.code for i in INDICATORS if i.code not in elements]
    if missing:
        raise _fail(where, f"chưa ánh xạ chỉ tiêu: {', '.join(missing)}")
    data_elements: dict[str, str] = {}
    seen: dict[str, str] = {}
    for ind in INDICATORS:
        uid = _uid(where, elements[ind.code], f"chỉ tiêu {ind.code}")
        if uid in seen:
            raise _fail(where, f"chỉ tiêu {seen[uid]} và {ind.code} cùng UID '{uid}'")
        seen[uid] = ind.code
        data_elements[ind.code] = uid

    coc = _uid(where, data.get("categoryOptionCombo"), "categoryOptionCombo")
    aoc = _uid(where, data.get("attributeOptionCombo"), "attributeOptionCombo")

    units = data.get("orgUnits", {})
    if not isinstance(units, dict):
        raise _fail(where, "orgUnits phải là một đối tượng (mã đơn vị -> UID)")
    org_units = {str(u): _uid(where, v, f"đơn vị {u}") for u, v in units.items()}

    data_set = data.get("dataSet")
    if data_set is not None:
        data_set = _uid(where, data_set, "dataSet")
    periods = data.get("periods", DEFAULT_PERIODS)
    if periods not in PERIOD_POLICIES:
        raise _fail(
            where,
            f"periods '{periods}' không được hỗ trợ (chọn: \"dhis2\" - kỳ lịch của DHIS2, "
            'mặc định; "exact" - đúng ngày của kỳ báo cáo, cho hệ thống nhận không phải DHIS2)',
        )
    return Mapping(data_elements, coc, aoc, org_units, str(scheme), data_set,
                   MAPPING_VERSION, str(periods))  # fmt: skip


def load_mapping(path: Path | None = None) -> Mapping:
    """The mapping at `path` (default: resources/exchange/dhis2-mapping.json), checked:
    every catalogue code mapped to a distinct well-formed UID, no unknown code, well-formed
    combo, org unit and data set UIDs. MappingError naming the fault otherwise."""
    where = Path(path) if path is not None else resource_path(DEFAULT_MAPPING)
    try:
        text = where.read_text(encoding="utf-8")
    except OSError as exc:
        raise MappingError(f"Không đọc được tệp ánh xạ DHIS2 '{where}': {exc}.") from exc
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise _fail(where, f"không phải JSON hợp lệ ({exc})") from exc
    return _mapping_from(data, where)
