"""Coded values of records.md with the Vietnamese words users see.

Codes are stored and exchanged; labels are shown. A code never changes meaning.
"""

from __future__ import annotations

ESTABLISHMENT_TYPES: dict[str, str] = {
    "hotel": "Khách sạn",
    "guesthouse": "Nhà nghỉ",
    "karaoke": "Karaoke",
    "bar_club": "Vũ trường, quán bar",
    "massage": "Xoa bóp, massage",
    "relaxation": "Tẩm quất, thư giãn",
    "hair_salon": "Cắt tóc, gội đầu",
    "other": "Khác",
}

TEAM_LEVELS: dict[str, str] = {
    "city": "Đội 178 thành phố",
    "district": "Đội 178 quận, huyện",
    "commune": "Đội 178 xã, phường",
}

VIOLATION_KINDS: dict[str, str] = {
    "licence": "Giấy phép kinh doanh",
    "security_conditions": "Điều kiện an ninh, trật tự",
    "staff_register": "Sổ quản lý nhân viên",
    "guest_register": "Sổ đăng ký khách",
    "prostitution_found": "Phát hiện hoạt động mại dâm",
    "facilities": "Cơ sở vật chất",
    "other": "Khác",
}

HOTSPOT_KINDS: dict[str, str] = {
    "public_place": "Nơi công cộng",
    "business": "Trong cơ sở kinh doanh",
}

PATROL_RESULTS: dict[str, str] = {
    "clean": "Trong sạch",
    "signs": "Có dấu hiệu",
    "active": "Đang hoạt động",
}

SEXES: dict[str, str] = {"female": "Nữ", "male": "Nam", "other": "Khác"}

PERSON_STATUSES: dict[str, str] = {
    "active": "Đang theo dõi",
    "reintegrated": "Đã hòa nhập cộng đồng",
    "moved_away": "Đã chuyển đi",
    "closed": "Đã đóng hồ sơ",
}

SERVICE_TYPES: dict[str, str] = {
    "counselling": "Tư vấn tâm lý",
    "legal_aid": "Trợ giúp pháp lý",
    "vocational_training": "Dạy nghề",
    "job_placement": "Giới thiệu, giải quyết việc làm",
    "credit": "Hỗ trợ tín dụng",
    "health": "Y tế (HIV, STI, methadone)",
    "club": "Sinh hoạt câu lạc bộ",
    "other": "Khác",
}

SANCTION_ROLES: dict[str, str] = {
    "seller": "Người bán dâm",
    "buyer": "Người mua dâm",
    "owner": "Chủ cơ sở",
    "broker": "Môi giới",
    "other": "Khác",
}

CASE_OFFENCES: dict[str, str] = {
    "harbouring": "Chứa mại dâm",
    "brokering": "Môi giới mại dâm",
    "organising": "Tổ chức hoạt động mại dâm",
    "trafficking": "Mua bán người",
    "other": "Khác",
}

ACTIVITY_KINDS: dict[str, str] = {
    "propaganda": "Tuyên truyền",
    "training": "Tập huấn",
}

PCMD_MODELS: dict[str, str] = {
    "none": "Chưa có mô hình",
    "maintained": "Duy trì mô hình",
    "new": "Áp dụng mới mô hình",
}

UNIT_LEVELS: dict[str, str] = {
    "province": "Tỉnh, thành phố",
    "district": "Quận, huyện",
    "commune": "Xã, phường, thị trấn",
}

# Issue 14: what the plan asks offices to record beyond the first kinds.

# Plan II.2.b: "đường dây nóng, hộp thư tố giác".
TIP_CHANNELS: dict[str, str] = {
    "hotline": "Đường dây nóng",
    "mailbox": "Hộp thư tố giác",
    "in_person": "Trực tiếp",
    "letter": "Đơn, thư",
    "online": "Mạng, thư điện tử",
    "other": "Khác",
}

TIP_STATUSES: dict[str, str] = {
    "received": "Mới tiếp nhận",
    "verifying": "Đang xác minh",
    "handled": "Đã xử lý xong",
    "unfounded": "Không có cơ sở",
    "transferred": "Chuyển cơ quan khác",
}

# Who issued an administrative sanction: the level whose authority signed the decision.
SANCTION_AUTHORITIES: dict[str, str] = {
    "city_team": "Đội 178 thành phố",
    "district_team": "Đội 178 quận, huyện",
    "commune_team": "Đội 178 xã, phường",
    "city_chair": "Chủ tịch UBND thành phố",
    "district_chair": "Chủ tịch UBND quận, huyện",
    "commune_chair": "Chủ tịch UBND xã, phường",
    "police": "Công an",
    "other": "Khác",
}

VOLUNTEER_ROLES: dict[str, str] = {
    "leader": "Đội trưởng",
    "deputy": "Đội phó",
    "member": "Đội viên",
}
