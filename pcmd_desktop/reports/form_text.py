"""What the printed report form says, shared by the PDF and the XLSX: the fixed Vietnamese
texts of the Decree 30/2020/NĐ-CP layout, numbers as Vietnamese forms print them
("1.500.000", "85,5"), Roman numerals, the date lines, the indicator table's rows in
catalogue order and the annex's key columns; and the atomic write both files go through.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pcmd_desktop.domain.display import format_decimal
from pcmd_desktop.domain.display import format_number as format_number  # the form speaks it
from pcmd_desktop.domain.indicators import CEILING, GROUPS, INDICATORS
from pcmd_desktop.domain.periods import format_date_vi
from pcmd_desktop.reports.model import (
    NARRATIVE_SECTIONS,
    IndicatorValue,
    Number,
    Report,
    Signature,
)

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
DOC_TYPE = "BÁO CÁO"
SUBJECT = "Kết quả công tác phòng, chống mại dâm"
RECIPIENTS_HEADING = "Nơi nhận:"
TABLE_HEADERS = (
    "STT",
    "Chỉ tiêu",
    "Đơn vị tính",
    "Kỳ báo cáo",
    "Lũy kế từ đầu năm",
    "Kế hoạch năm",
    "% thực hiện",
)
# The annex's columns: a few key indicators, each with a heading short enough for a
# narrow column; the values are the period's.
ANNEX_COLUMNS: tuple[tuple[str, str], ...] = (
    ("inspection.visits", "Lượt kiểm tra cơ sở"),
    ("inspection.establishments", "Cơ sở được kiểm tra"),
    ("hotspot.patrols", "Lượt tuần tra tụ điểm"),
    ("sanction.fines_vnd", "Tiền phạt VPHC (đồng)"),
    ("case.detected", "Vụ án phát hiện"),
    ("support.persons_reached", "Người bán dâm được hỗ trợ"),
)
ANNEX_HEADERS = ("STT", "Đơn vị", *(h for _, h in ANNEX_COLUMNS))
DOTS = "." * 8

_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def roman(n: int) -> str:
    """1 -> 'I', 4 -> 'IV', 10 -> 'X' (n >= 1)."""
    if n < 1:
        raise ValueError(f"no Roman numeral for {n}")
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def format_pct(p: float | None) -> str:
    """85.46 -> '85,5'; empty when there is no target."""
    if p is None:
        return ""
    return format_decimal(p)


CEILING_KEPT = "Đạt"
CEILING_EXCEEDED = "Không đạt (vượt chỉ tiêu)"


def achieved_text(v: IndicatorValue | None) -> str:
    """The '% thực hiện' cell of one indicator, the same for every printer and screen:
    a goal's year-to-date against its target ('83,3 %', '1.250,0 %'); a ceiling's
    'Đạt' while year-to-date stays within it and CEILING_EXCEEDED above it; '' without a
    target (or with a goal of 0, which nothing can be measured against)."""
    if v is None or v.target is None:
        return ""
    if v.direction == CEILING:
        return CEILING_KEPT if v.target_met else CEILING_EXCEEDED
    pct = v.achieved_pct
    if pct is None:
        return ""
    whole, _, frac = f"{pct:,.1f}".partition(".")
    return f"{whole.replace(',', '.')},{frac} %"


def title_line(report: Report) -> str:
    """'Kết quả công tác phòng, chống mại dâm tháng 01 năm 2018'."""
    return f"{SUBJECT} {report.period.name_vi}"


ADHOC_KIND = "Báo cáo đột xuất"


def dates_line(report: Report) -> str:
    """'(Số liệu từ ngày 15/12/2017 đến ngày 14/01/2018)'; an ad hoc report says it is one:
    '(Báo cáo đột xuất. Số liệu từ ngày 05/03/2018 đến ngày 10/04/2018)'."""
    p = report.period
    dates = f"Số liệu từ ngày {format_date_vi(p.start)} đến ngày {format_date_vi(p.end)}"
    return f"({ADHOC_KIND}. {dates})" if p.is_adhoc else f"({dates})"


def ytd_line(report: Report) -> str | None:
    """An ad hoc report's year-to-date dates, which no regular period needs to state:
    '(Lũy kế từ đầu năm 2018: từ ngày 15/12/2017 đến ngày 10/04/2018)', and when the range
    starts before that reporting year, that the range spans two years; None otherwise."""
    p = report.period
    if not p.is_adhoc:
        return None
    text = (
        f"Lũy kế từ đầu năm {p.year}: từ ngày {format_date_vi(p.year_start)} đến ngày "
        f"{format_date_vi(p.end)}"
    )
    if p.spans_years:
        text += f"; khoảng ngày báo cáo bắt đầu trước năm báo cáo {p.year}"
    return f"({text})"


def accepted_line(report: Report) -> str | None:
    """A report limited to accepted files says so: '(Chỉ tổng hợp số liệu đã duyệt: 2 trong
    3 đơn vị cấp dưới có tệp báo cáo đã được duyệt)'; None otherwise."""
    if not report.accepted_only:
        return None
    return (f"(Chỉ tổng hợp số liệu đã duyệt: {len(report.children)} trong "
            f"{report.children_total} đơn vị cấp dưới có tệp báo cáo đã được duyệt)")  # fmt: skip


def title_lines(report: Report) -> list[str]:
    """The italic lines under the subject: the dates covered, for an ad hoc report its
    year to date (`ytd_line`), for a report of accepted files only that it is one."""
    lines = (dates_line(report), ytd_line(report), accepted_line(report))
    return [line for line in lines if line]


def place_date_line(place: str, issued_on: date | None) -> str:
    """'Hà Nội, ngày 05 tháng 02 năm 2018', with dots for a date still to be written.
    Decree 30/2020 (appendix I, II.5.b): a zero before days under 10 and before months 1
    and 2 only ('tháng 02', 'tháng 3'), so that no one can add a digit in front."""
    if issued_on is None:
        when = "ngày ... tháng ... năm ..."
    else:
        month = f"{issued_on.month:02d}" if issued_on.month < 3 else str(issued_on.month)
        when = f"ngày {issued_on.day:02d} tháng {month} năm {issued_on.year}"
    return f"{place}, {when}" if place.strip() else when.capitalize()


def issuer_of(report: Report) -> str:
    """The issuing unit in capitals: the signature's, else the unit's name."""
    return (report.signature.issuer or report.unit_name).strip().upper()


def number_line(sig: Signature) -> str:
    """'Số: .../BC-UBND' (the label added when the setting left it out)."""
    text = sig.number.strip()
    if not text:
        return "Số: .../BC-UBND"
    return text if text.lower().startswith("số") else f"Số: {text}"


def recipient_lines(sig: Signature) -> list[str]:
    """The recipients, each as '- Như trên;'."""
    return [r if r.startswith("-") else f"- {r}" for r in (s.strip() for s in sig.recipients) if r]


def signer_titles(sig: Signature) -> list[str]:
    """The lines above the signature, in capitals, without the empty ones."""
    return [t.strip().upper() for t in (sig.authority, sig.deputy, sig.title) if t.strip()]


def document_title(report: Report) -> str:
    """The file's title metadata."""
    kind = "Báo cáo đột xuất" if report.period.is_adhoc else "Báo cáo"
    return f"{kind} {SUBJECT[0].lower()}{SUBJECT[1:]} {report.period.name_vi} - {report.unit_name}"


@dataclass(frozen=True)
class Row:
    """One row of the indicator table: a group heading (number is Roman, values None) or
    an indicator (number 1, 2, ... within its group)."""

    is_group: bool
    number: str
    label: str
    unit: str = ""
    code: str = ""
    value: Number | None = None
    ytd: Number | None = None
    target: Number | None = None
    pct: float | None = None
    achieved: str = ""  # the '% thực hiện' cell: achieved_text of the indicator


def table_rows(report: Report) -> list[Row]:
    """The indicator table in catalogue order, grouped as GROUPS orders them; an indicator
    missing from the report prints blank."""
    rows: list[Row] = []
    for g, (key, label) in enumerate(GROUPS.items(), start=1):
        members = [i for i in INDICATORS if i.group == key]
        if not members:
            continue
        rows.append(Row(True, roman(g), label))
        for n, ind in enumerate(members, start=1):
            v = report.values.get(ind.code)
            rows.append(
                Row(
                    False,
                    str(n),
                    ind.label,
                    ind.unit,
                    ind.code,
                    v.value if v else None,
                    v.ytd if v else None,
                    v.target if v else None,
                    v.achieved_pct if v else None,
                    achieved_text(v),
                )
            )
    return rows


def narrative_items(report: Report) -> list[tuple[str, list[str]]]:
    """Each narrative section as ('1. Đánh giá chung', its paragraphs); no paragraphs
    when the officer wrote nothing."""
    items = []
    for n, (key, heading) in enumerate(NARRATIVE_SECTIONS.items(), start=1):
        text = (report.narrative.get(key) or "").replace("\r\n", "\n").replace("\r", "\n")
        paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
        items.append((f"{n}. {heading}", paragraphs))
    return items


def annex_rows(report: Report) -> list[tuple[str, list[Number | None]]]:
    """One (child name, period values of ANNEX_COLUMNS) per child unit, in report order."""
    rows = []
    for child, values in report.children.items():
        name = report.child_names.get(child, child)
        rows.append((name, [values[c][0] if c in values else None for c, _ in ANNEX_COLUMNS]))
    return rows


@contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """Yield a temporary name beside `path` to write; it replaces `path` only on success
    (same pattern as services/files.py, which reports/ may not import)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.partial")
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
