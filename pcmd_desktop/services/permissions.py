"""Roles and what each may do. Enforced here, in the services, so no CLI command or page
can go around them; the GUI only hides what a role cannot do."""

from __future__ import annotations

from enum import Enum


class Permission(str, Enum):
    READ = "read"  # see records (without personal fields)
    VIEW_PERSONAL = "view_personal"  # see names, identity numbers, residences
    # A tip's informant (Field.confidential): admins only, even officers do not see it.
    VIEW_CONFIDENTIAL = "view_confidential"
    EDIT_RECORDS = "edit_records"
    REPORTS = "reports"  # reports and upward files
    MANAGE_USERS = "manage_users"
    SETTINGS = "settings"
    AUDIT = "audit"
    BACKUP = "backup"


P = Permission

ROLES: dict[str, frozenset[Permission]] = {
    "admin": frozenset(Permission),
    "officer": frozenset({P.READ, P.VIEW_PERSONAL, P.EDIT_RECORDS, P.REPORTS, P.BACKUP}),
    "reporter": frozenset({P.READ, P.REPORTS, P.BACKUP}),
    "viewer": frozenset({P.READ}),
}

ROLE_LABELS: dict[str, str] = {
    "admin": "Quản trị",
    "officer": "Cán bộ nhập liệu",
    "reporter": "Cán bộ báo cáo",
    "viewer": "Chỉ xem",
}

PERMISSION_LABELS: dict[Permission, str] = {
    P.READ: "xem bản ghi",
    P.VIEW_PERSONAL: "xem thông tin cá nhân",
    P.VIEW_CONFIDENTIAL: "xem, ghi thông tin người cung cấp tin báo",
    P.EDIT_RECORDS: "nhập, sửa, xóa bản ghi",
    P.REPORTS: "lập báo cáo và tệp gửi cấp trên",
    P.MANAGE_USERS: "quản lý người dùng",
    P.SETTINGS: "thay đổi cài đặt",
    P.AUDIT: "xem nhật ký truy cập",
    P.BACKUP: "sao lưu, khôi phục",
}


def allows(role: str, permission: Permission) -> bool:
    return permission in ROLES.get(role, frozenset())
