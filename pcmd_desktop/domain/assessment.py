"""The criteria sheet of a commune's yearly "lành mạnh" assessment (plan III.15:
"phân loại, chấm điểm, đánh giá xã, phường lành mạnh không có tệ nạn ma túy, mại dâm").

The plan asks for a scored sheet, not a yes/no, and names no sheet of its own; this is the
program's sheet of 100 points over six criteria, the areas the plan's tasks cover. A
commune is "lành mạnh" when its total reaches PASS_TOTAL and it keeps every point of the
criterion no new hotspot arose (a commune with prostitution on its ground is never
"lành mạnh", whatever else it did).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Criterion:
    field: str  # the commune_assessment field that holds the score
    label: str
    max_score: int
    must_be_full: bool = False  # the commune fails unless this criterion scores full


CRITERIA: tuple[Criterion, ...] = (
    Criterion("score_no_hotspot", "Không phát sinh tụ điểm, tệ nạn mại dâm trên địa bàn", 30,
              must_be_full=True),
    Criterion("score_propaganda", "Tuyên truyền, vận động nhân dân phòng, chống mại dâm", 15),
    Criterion("score_business_control", "Quản lý, kiểm tra cơ sở kinh doanh dịch vụ", 15),
    Criterion("score_support", "Hỗ trợ người bán dâm hòa nhập cộng đồng", 15),
    Criterion("score_volunteer", "Hoạt động của đội tình nguyện, mô hình ở cơ sở", 10),
    Criterion("score_leadership", "Chỉ đạo, kế hoạch của cấp ủy, chính quyền", 15),
)  # fmt: skip

MAX_TOTAL = sum(c.max_score for c in CRITERIA)  # 100
PASS_TOTAL = 80
SCORE_FIELDS = tuple(c.field for c in CRITERIA)


def total_score(record: dict) -> int:
    """The sum of the criteria's scores (a missing score counts 0)."""
    return sum(int(record.get(c.field) or 0) for c in CRITERIA)


def is_clean(record: dict) -> bool:
    """Lành mạnh: total at least PASS_TOTAL and every must-be-full criterion full."""
    if total_score(record) < PASS_TOTAL:
        return False
    return all(int(record.get(c.field) or 0) >= c.max_score for c in CRITERIA if c.must_be_full)


def score_faults(record: dict) -> dict[str, str]:
    """Field -> Vietnamese fault, for scores outside 0..max."""
    faults: dict[str, str] = {}
    for c in CRITERIA:
        value = record.get(c.field)
        if value is not None and not 0 <= int(value) <= c.max_score:
            faults[c.field] = f"Điểm phải từ 0 đến {c.max_score}"
    return faults
