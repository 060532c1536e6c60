"""What the Báo cáo page says beside the report: how the period's days were cut, and the
plan's ceilings exceeded or the children's files that lacked codes (under the preview)."""

from __future__ import annotations

from pcmd_desktop.domain.display import format_number
from pcmd_desktop.domain.indicators import BY_CODE, CEILING
from pcmd_desktop.reports.model import Report
from pcmd_desktop.ui.i18n import tr, tr_noop

__all__ = ["CUTOFF_NOTES", "target_notes"]

CUTOFF_NOTES = {
    "nd09": tr_noop(
        "Kỳ tính theo Nghị định 09/2019/NĐ-CP: tháng báo cáo từ ngày 15 tháng trước "
        "đến ngày 14 tháng báo cáo."
    ),
    "calendar": tr_noop("Kỳ tính theo tháng dương lịch."),
}


def target_notes(report: Report) -> str:
    """One line per ceiling of the plan exceeded, and one when a child's file lacked
    codes of the catalogue; empty when there is nothing to say."""
    lines = [
        tr("Không đạt (vượt chỉ tiêu): {0}: {1} / chỉ tiêu {2}").format(
            tr(BY_CODE[v.code].label), format_number(v.ytd), format_number(v.target)
        )
        for v in report.values.values()
        if v.direction == CEILING and v.target_met is False
    ]
    if report.not_reported:
        units = {u for us in report.not_reported.values() for u in us}
        lines.append(
            tr(
                "Tệp của {0} đơn vị cấp dưới lập theo danh mục chỉ tiêu cũ, thiếu {1} chỉ "
                "tiêu: phần của các đơn vị đó được tính từ dữ liệu có trong máy này."
            ).format(len(units), len(report.not_reported))
        )
    return "\n".join(lines)
