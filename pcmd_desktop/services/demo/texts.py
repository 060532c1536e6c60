"""Vietnamese wording of the demo records: violations, findings, titles, summaries."""

from __future__ import annotations

import unicodedata


def _nfc(items):
    if isinstance(items, dict):
        return {k: _nfc(v) for k, v in items.items()}
    if isinstance(items, (tuple, list)):
        return tuple(_nfc(v) for v in items)
    return unicodedata.normalize("NFC", items)


VIOLATIONS: dict[str, tuple[str, ...]] = _nfc(
    {
        "licence": (
            "Kinh doanh không đúng ngành nghề ghi trong giấy chứng nhận đăng ký kinh doanh",
            "Giấy chứng nhận đủ điều kiện về an ninh, trật tự đã hết hiệu lực",
        ),
        "security_conditions": (
            "Không duy trì đủ điều kiện về an ninh, trật tự theo quy định",
            "Không có nội quy phòng cháy, chữa cháy và an ninh, trật tự",
        ),
        "staff_register": (
            "Không lập sổ theo dõi nhân viên, không ký hợp đồng lao động với nhân viên",
            "Sử dụng nhân viên chưa khai báo tạm trú",
        ),
        "guest_register": (
            "Không thông báo lưu trú cho khách nghỉ qua đêm",
            "Không ghi sổ đăng ký khách theo quy định",
        ),
        "prostitution_found": (
            "Phát hiện 01 cặp nam nữ có hành vi mua bán dâm tại phòng nghỉ",
            "Phát hiện nhân viên có hành vi môi giới mua bán dâm cho khách",
        ),
        "facilities": (
            "Phòng hát lắp chốt cửa bên trong, cửa không có ô kính nhìn từ ngoài",
            "Độ sáng trong phòng không đạt mức tối thiểu theo quy định",
            "Phòng xoa bóp không có cửa kính, ngăn kín riêng biệt",
        ),
        "other": ("Không niêm yết giá dịch vụ", "Hoạt động quá giờ quy định"),
    }
)

# Fine ranges (VND) decided at an inspection, by violation kind.
VIOLATION_FINES: dict[str, tuple[int, int]] = {
    "licence": (5_000_000, 10_000_000),
    "security_conditions": (3_000_000, 5_000_000),
    "staff_register": (1_000_000, 3_000_000),
    "guest_register": (2_000_000, 3_000_000),
    "prostitution_found": (20_000_000, 40_000_000),
    "facilities": (5_000_000, 15_000_000),
    "other": (1_000_000, 3_000_000),
}

FINDINGS_OK = _nfc(
    (
        "Cơ sở chấp hành đúng các quy định, không phát hiện vi phạm.",
        "Cơ sở có đủ giấy phép, sổ sách theo quy định; không phát hiện vi phạm.",
        "Không phát hiện dấu hiệu hoạt động mại dâm; nhắc nhở chủ cơ sở.",
    )
)
FINDINGS_BAD = _nfc("Phát hiện vi phạm, đoàn kiểm tra lập biên bản và đề nghị xử lý theo quy định.")
FINDINGS_FOLLOW_UP = _nfc(
    (
        "Hậu kiểm: cơ sở đã khắc phục các vi phạm lần kiểm tra trước.",
        "Hậu kiểm: cơ sở đã nộp phạt và bổ sung sổ sách theo yêu cầu.",
    )
)
FINDINGS_FOLLOW_UP_BAD = _nfc("Hậu kiểm: cơ sở chưa khắc phục hết vi phạm, tiếp tục lập biên bản.")

AGENCIES: dict[str, tuple[str, ...]] = _nfc(
    {
        "commune": (
            "Công an {kw}",
            "Văn hóa - Thông tin",
            "Lao động - Thương binh và Xã hội",
            "Trạm Y tế",
            "Hội Liên hiệp Phụ nữ",
        ),
        "district": (
            "Phòng Lao động - Thương binh và Xã hội",
            "Công an quận, huyện",
            "Phòng Văn hóa và Thông tin",
            "Đội Quản lý thị trường",
        ),
        "city": (
            "Sở Lao động - Thương binh và Xã hội",
            "Công an thành phố",
            "Sở Văn hóa và Thể thao",
            "Sở Y tế",
            "Sở Du lịch",
        ),
    }
)

SANCTION_FINES: dict[str, tuple[int, int, int]] = {
    # role: (low, high, step) in VND
    "seller": (100_000, 300_000, 50_000),
    "buyer": (1_000_000, 2_000_000, 250_000),
    "owner": (10_000_000, 40_000_000, 1_000_000),
    "broker": (2_000_000, 5_000_000, 500_000),
    "other": (500_000, 2_000_000, 250_000),
}
LEGAL_BASIS: dict[str, str] = _nfc(
    {
        "seller": "Điều 23 Nghị định số 167/2013/NĐ-CP",
        "buyer": "Điều 22 Nghị định số 167/2013/NĐ-CP",
        "owner": "Nghị định số 167/2013/NĐ-CP",
        "broker": "Nghị định số 167/2013/NĐ-CP",
        "other": "Nghị định số 167/2013/NĐ-CP",
    }
)

CASE_SUMMARIES: dict[str, str] = _nfc(
    {
        "harbouring": "Bắt quả tang chủ cơ sở chứa mại dâm tại {addr}",
        "brokering": "Triệt phá nhóm môi giới mại dâm qua mạng xã hội, hoạt động tại {addr}",
        "organising": "Triệt phá đường dây tổ chức hoạt động mại dâm tại {addr}",
        "trafficking": "Phát hiện vụ mua bán người vì mục đích mại dâm, đối tượng ở {addr}",
        "other": "Vụ án liên quan đến hoạt động mại dâm tại {addr}",
    }
)

PROPAGANDA_TITLES = _nfc(
    (
        "Tuyên truyền phòng, chống mại dâm tại tổ dân phố",
        "Tuyên truyền Pháp lệnh phòng, chống mại dâm cho chủ cơ sở kinh doanh dịch vụ",
        "Nói chuyện chuyên đề phòng, chống mại dâm, mua bán người cho đoàn viên thanh niên",
        "Tuyên truyền lồng ghép phòng, chống mại dâm và HIV/AIDS tại Hội Phụ nữ",
        "Phát tờ rơi không kỳ thị, hỗ trợ người bán dâm hòa nhập cộng đồng",
        "Tuyên truyền trên hệ thống loa truyền thanh về phòng, chống mại dâm",
        "Sân khấu hóa tuyên truyền xây dựng khu dân cư lành mạnh không có tệ nạn xã hội",
    )
)
TRAINING_TITLES = _nfc(
    (
        "Tập huấn nghiệp vụ cho Đội kiểm tra liên ngành 178",
        "Tập huấn kỹ năng tư vấn, hỗ trợ người bán dâm cho Đội Công tác xã hội tình nguyện",
        "Tập huấn văn bản mới về xử phạt vi phạm hành chính lĩnh vực phòng, chống mại dâm",
    )
)
ACTIVITY_PLACES = _nfc(
    (
        "Hội trường UBND {kw} {name}",
        "Nhà văn hóa tổ dân phố số {n}",
        "Trường THCS trên địa bàn {kw}",
        "Nhà văn hóa khu dân cư số {n}",
    )
)

SERVICE_PROVIDERS: dict[str, str] = _nfc(
    {
        "counselling": "Hội Liên hiệp Phụ nữ {kw} {name}",
        "legal_aid": "Trung tâm Trợ giúp pháp lý Nhà nước thành phố Hà Nội",
        "vocational_training": "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên",
        "job_placement": "Trung tâm Dịch vụ việc làm Hà Nội",
        "credit": "Ngân hàng Chính sách xã hội",
        "health": "Trạm Y tế {kw} {name}",
        "club": "Câu lạc bộ phụ nữ giúp nhau {kw} {name}",
        "other": "Đội Công tác xã hội tình nguyện {kw} {name}",
    }
)
SERVICE_OUTCOMES: dict[str, tuple[str, ...]] = _nfc(
    {
        "counselling": ("Đã tư vấn tâm lý, đối tượng ổn định", "Tiếp tục theo dõi, tư vấn"),
        "legal_aid": ("Đã hướng dẫn thủ tục pháp lý",),
        "vocational_training": ("Đang học nghề may công nghiệp", "Hoàn thành khóa học nấu ăn"),
        "job_placement": ("Đã có việc làm ổn định", "Giới thiệu việc làm tại doanh nghiệp"),
        "credit": ("Được vay vốn tự tạo việc làm",),
        "health": ("Khám sức khỏe, xét nghiệm HIV/STI", "Tham gia điều trị Methadone"),
        "club": ("Tham gia sinh hoạt câu lạc bộ định kỳ",),
        "other": ("Hỗ trợ khác",),
    }
)

BUDGET_SOURCES = _nfc(("Ngân sách {kw}", "Ngân sách {kw}", "Ngân sách quận, huyện hỗ trợ"))
BUDGET_PURPOSES = _nfc(
    (
        "Tổ chức tuyên truyền phòng, chống mại dâm",
        "In ấn tài liệu, tờ rơi tuyên truyền",
        "Bồi dưỡng Đội kiểm tra liên ngành 178 {kw}",
        "Bồi dưỡng tổ tuần tra tụ điểm",
        "Hỗ trợ sinh hoạt câu lạc bộ phụ nữ giúp nhau",
    )
)

HOTSPOT_NAMES = _nfc(
    (
        ("public_place", "Khu vực vườn hoa {street}"),
        ("public_place", "Đoạn {street} gần bến xe buýt"),
        ("public_place", "Khu vực bãi đất trống ven {street}"),
        ("public_place", "Khu vực chân cầu trên {street}"),
        ("business", "Khu vực các nhà nghỉ trên {street}"),
        ("business", "Khu vực các quán karaoke trên {street}"),
        ("business", "Khu vực các cơ sở tẩm quất trên {street}"),
    )
)
