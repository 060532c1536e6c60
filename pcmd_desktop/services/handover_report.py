"""The report of a received handover file (biên bản nhận bàn giao): what moved, from
whom and when, in Vietnamese, to show and to save (services/handover.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pcmd_desktop.domain.records import RECORD_KINDS
from pcmd_desktop.services.files import atomic_output


@dataclass
class HandoverReport:
    """What a received handover file moved into this database."""

    from_unit: str
    from_name: str
    to_unit: str
    to_name: str
    created_at: str
    received_at: str
    sha256: str
    records: dict[str, int] = field(default_factory=dict)  # new records, per kind
    skipped: dict[str, int] = field(default_factory=dict)  # identical records already here
    submissions: int = 0
    submissions_kept: list[str] = field(default_factory=list)  # "unit kỳ" already here
    narratives: int = 0
    narratives_kept: int = 0
    custody: int = 0
    already: bool = False

    @property
    def total(self) -> int:
        return sum(self.records.values())

    def to_text(self) -> str:
        """The report in Vietnamese, to show and to save."""
        made = _local(self.created_at)
        lines = [
            "BIÊN BẢN NHẬN BÀN GIAO DỮ LIỆU - PCMD DESKTOP",
            "",
            f"Đơn vị giao: {self.from_name} (mã {self.from_unit})",
            f"Đơn vị nhận: {self.to_name} (mã {self.to_unit})",
            f"Tệp lập lúc: {made}; nhận lúc: {_local(self.received_at)}",
            f"Mã kiểm tra SHA-256 của tệp: {self.sha256}",
            "",
        ]
        if self.already:
            lines += ["Tệp này đã được nhận trước đây; lần này không thay đổi gì.", ""]
            return "\n".join(lines)
        lines.append(f"Hồ sơ đã chuyển sang: {self.total}")
        for kind in RECORD_KINDS:
            n, same = self.records.get(kind.name, 0), self.skipped.get(kind.name, 0)
            if n or same:
                extra = f" (bỏ qua {same} hồ sơ đã có, giống hệt)" if same else ""
                lines.append(f"  - {kind.label}: {n}{extra}")
        lines.append(f"Tệp báo cáo của cấp dưới đã nhận: {self.submissions}")
        if self.submissions_kept:
            lines.append("  Giữ bản đã có ở đơn vị này (không thay): "
                         + ", ".join(self.submissions_kept))  # fmt: skip
        lines.append(f"Phần thuyết minh báo cáo: {self.narratives}"
                     + (f" (giữ {self.narratives_kept} mục đã có)" if self.narratives_kept
                        else ""))  # fmt: skip
        lines.append(f"Dòng lịch sử đơn vị quản lý hồ sơ: {self.custody}")
        lines += ["", "Thông tin cá nhân được chuyển dưới dạng niêm phong và lưu mã hóa.", ""]
        return "\n".join(lines)

    def save(self, path: Path | str) -> Path:
        with atomic_output(Path(path)) as tmp:
            tmp.write_text(self.to_text(), encoding="utf-8")
        return Path(path)


def _local(stamp: str) -> str:
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    return moment.strftime("%H:%M ngày %d/%m/%Y")
