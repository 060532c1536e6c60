"""Reading the audit log (admins only): filtered entries and the chain check."""

from __future__ import annotations

from pcmd_desktop.db import audit
from pcmd_desktop.db.audit import ChainCheck
from pcmd_desktop.services.auth import require
from pcmd_desktop.services.permissions import Permission

ACTION_LABELS: dict[str, str] = {
    "create": "Tạo bản ghi",
    "update": "Sửa bản ghi",
    "delete": "Xóa (vào thùng rác)",
    "restore": "Khôi phục bản ghi",
    "open_person": "Mở hồ sơ người được hỗ trợ",
    "open_member": "Mở hồ sơ thành viên đội tình nguyện",
    "open_informant": "Xem người cung cấp tin báo, tố giác",
    "list_persons": "Xem danh sách người được hỗ trợ (tìm kiếm)",
    "list_members": "Xem danh sách thành viên đội tình nguyện (họ tên)",
    "find_duplicates": "Tìm hồ sơ trùng (xem họ tên, số định danh)",
    "merge_persons": "Gộp hồ sơ người được hỗ trợ",
    "export_personal": "Xuất dữ liệu có thông tin cá nhân",
    "report_personal": "Báo cáo có thông tin cá nhân",
    "report_narrative": "Viết phần nhận xét của báo cáo",
    "export_file": "Xuất tệp báo cáo gửi cấp trên",
    "import_file": "Nhận tệp báo cáo của đơn vị cấp dưới",
    "approval_accepted": "Duyệt báo cáo của đơn vị cấp dưới",
    "approval_reopened": "Yêu cầu đơn vị cấp dưới sửa lại báo cáo",
    "approval_reissued": "Ghi lại tệp quyết định duyệt",
    "approval_received": "Nhận quyết định duyệt của cấp trên",
    "login": "Đăng nhập",
    "login_failed": "Đăng nhập thất bại",
    "logout": "Đăng xuất",
    "unlock": "Mở khóa màn hình",
    "setup_admin": "Tạo người quản trị đầu tiên",
    "user_added": "Thêm người dùng",
    "user_disabled": "Vô hiệu hóa người dùng",
    "user_enabled": "Kích hoạt người dùng",
    "password_changed": "Đổi mật khẩu",
    "password_reset": "Đặt lại mật khẩu",
    "recovered_with_key": "Khôi phục bằng khóa khôi phục",
    "recovery_failed": "Khóa khôi phục sai",
    "backup": "Sao lưu",
    "restore_backup": "Khôi phục từ bản sao lưu",
    "settings_changed": "Thay đổi cài đặt",
    "unit_keys_created": "Tạo cặp khóa của đơn vị",
    "key_trusted": "Tin cậy khóa của đơn vị khác",
}


def list_entries(
    ws,
    *,
    user: str | None = None,
    kind: str | None = None,
    record_key: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 1000,
    offset: int = 0,
) -> list[dict]:
    """Entries newest first: seq, at, user, action, kind, record_key, detail (dict)."""
    require(ws, Permission.AUDIT)
    return audit.query(ws.db, user=user, kind=kind, record_key=record_key,
                       date_from=date_from, date_to=date_to, limit=limit,
                       offset=offset)  # fmt: skip


def verify_log(ws) -> ChainCheck:
    require(ws, Permission.AUDIT)
    return audit.verify(ws.db)


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)
