"""What the annex of the breakdown by sex and age band says, shared by the PDF and the
XLSX: its place among the report's annexes (Decree 30/2020: "Phụ lục" alone when it is
the only one, "Phụ lục I", "Phụ lục II" when the child units' annex comes first), the
sentences under the indicator table that refer to each annex, the heading, the two-row
column heading (STT, Chỉ tiêu, Đơn vị tính, Tổng số, then Giới tính over Nữ, Nam, Khác,
Không rõ and Độ tuổi over the six bands) and the rows: one table for the period and one
for the year to date (one only when the period starts the year: the two are the same)."""

from __future__ import annotations

from dataclasses import dataclass

from pcmd_desktop.domain.indicators import BY_CODE
from pcmd_desktop.reports import form_text as ft
from pcmd_desktop.reports.annex_heading import ANNEX_REFERENCE, annex_heading, annex_label
from pcmd_desktop.reports.breakdown import AGE_BANDS, BREAKDOWN_CODES, CELLS, DIMENSIONS, SEX_CELLS
from pcmd_desktop.reports.model import Report

__all__ = [
    "BREAKDOWN_NAME",
    "FIXED_HEADERS",
    "BreakdownRow",
    "annex_count",
    "annex_references",
    "breakdown_heading",
    "breakdown_note",
    "breakdown_tables",
    "cell_headers",
    "children_annex_number",
    "group_headers",
    "has_breakdown",
]

BREAKDOWN_NAME = "PHÂN TỔ THEO GIỚI TÍNH VÀ ĐỘ TUỔI"
FIXED_HEADERS = ("STT", "Chỉ tiêu", "Đơn vị tính", "Tổng số")


def has_breakdown(report: Report) -> bool:
    return bool(report.breakdown)


def _has_children(report: Report) -> bool:
    return bool(ft.annex_rows(report))


def annex_count(report: Report) -> int:
    return int(_has_children(report)) + int(has_breakdown(report))


def children_annex_number() -> int:
    """The child units' annex comes first."""
    return 1


def _breakdown_number(report: Report) -> int:
    return annex_count(report)  # the last one


def annex_references(report: Report) -> list[str]:
    """The sentences under the indicator table, one per annex the report carries."""
    count = annex_count(report)
    out = []
    if _has_children(report):
        out.append(
            ANNEX_REFERENCE
            if count < 2
            else ANNEX_REFERENCE.replace("Phụ lục", annex_label(1, count), 1)
        )
    if has_breakdown(report):
        label = annex_label(_breakdown_number(report), count)
        out.append(f"Số liệu phân tổ theo giới tính và độ tuổi tại {label} kèm theo Báo cáo này.")
    return out


def breakdown_heading(report: Report) -> tuple[str, str, str]:
    """'Phụ lục' (or 'Phụ lục II'), the annex's name, '(Kèm theo Báo cáo số ...)'."""
    word, _, with_report = annex_heading(report, _breakdown_number(report), annex_count(report))
    return word, BREAKDOWN_NAME, with_report


def group_headers() -> list[tuple[str, int]]:
    """The heading row's groups over the cells: ('Giới tính', 4), ('Độ tuổi', 6)."""
    return [(DIMENSIONS[dim], len(cells)) for dim, cells in CELLS.items()]


def cell_headers() -> list[str]:
    """Nữ, Nam, Khác, Không rõ, Dưới 18, 18–24, 25–34, 35–49, 50 trở lên, Không rõ."""
    return [*SEX_CELLS.values(), *(label for label, _, _ in AGE_BANDS.values())]


@dataclass(frozen=True)
class BreakdownRow:
    number: str
    label: str
    unit: str
    total: int
    cells: tuple[int, ...]  # in cell_headers() order


def breakdown_tables(report: Report) -> list[tuple[str, list[BreakdownRow]]]:
    """(title, rows) for the period and the year to date; one table titled as both when
    the period starts the reporting year."""
    p = report.period
    same = p.start == p.year_start
    columns = [("Kỳ báo cáo (cũng là lũy kế từ đầu năm)" if same else "1. Kỳ báo cáo", 0)]
    if not same:
        columns.append(("2. Lũy kế từ đầu năm", 1))
    out = []
    for title, i in columns:
        rows = []
        for n, code in enumerate(BREAKDOWN_CODES, start=1):
            dims = report.breakdown.get(code)
            if dims is None:
                continue
            ind = BY_CODE[code]
            value = report.values.get(code)
            total = (value.value, value.ytd)[i] if value else 0
            cells = tuple(dims[dim][cell][i] for dim, cells in CELLS.items() for cell in cells)
            rows.append(BreakdownRow(str(n), ind.label, ind.unit, total, cells))  # type: ignore[arg-type]
        out.append((title, rows))
    return out


def breakdown_note(report: Report) -> str:
    """How the cells are made, printed under the tables (one line)."""
    return (
        f"Ghi chú: tuổi = năm báo cáo ({report.period.year}) − năm sinh; “Không rõ”: hồ sơ "
        "chưa ghi giới tính hoặc năm sinh. Mỗi nhóm ô cộng lại bằng tổng số."
    )
