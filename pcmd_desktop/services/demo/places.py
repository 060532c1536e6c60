"""Real Hà Nội street names for synthetic addresses, and invented business names."""

from __future__ import annotations

import random
import unicodedata


def _nfc(words: str) -> tuple[str, ...]:
    return tuple(unicodedata.normalize("NFC", w.strip()) for w in words.split(","))


# "phố" (town street) and "đường" (road), as Hà Nội names them.
_PHO = _nfc(
    "Hàng Bạc,Hàng Đào,Hàng Ngang,Hàng Đường,Hàng Buồm,Hàng Bè,Hàng Bồ,Hàng Gai,Hàng Trống,"
    "Hàng Bông,Hàng Mã,Hàng Lược,Hàng Chiếu,Mã Mây,Tạ Hiện,Lương Văn Can,Đinh Tiên Hoàng,"
    "Lê Thái Tổ,Hàng Khay,Tràng Tiền,Lý Thái Tổ,Ngô Quyền,Hai Bà Trưng,Lý Thường Kiệt,"
    "Trần Hưng Đạo,Quang Trung,Bà Triệu,Phan Chu Trinh,Hàm Long,Trần Quang Khải,"
    "Chương Dương Độ,Vạn Kiếp,Cầu Đất,Hàm Tử Quan,Hàng Chuối,Lò Đúc,Huế,Nguyễn Thái Học,"
    "Kim Mã,Đội Cấn,Liễu Giai,Văn Cao,Đào Tấn,Láng Hạ,Thái Hà,Chùa Bộc,Tây Sơn,Khâm Thiên,"
    "Minh Khai,Bạch Mai,Đại La,Trương Định,Ngọc Lâm,Nguyễn Khoái,Vũ Trọng Phụng,Tô Hiệu,"
    "Trần Phú,Quan Hoa,Dịch Vọng Hậu,Cổ Nhuế"
)
_DUONG = _nfc(
    "Hồng Hà,Bạch Đằng,Tôn Đức Thắng,Nguyễn Chí Thanh,Xã Đàn,Giải Phóng,Tam Trinh,Lĩnh Nam,"
    "Nguyễn Trãi,Khuất Duy Tiến,Lê Văn Lương,Trần Duy Hưng,Cầu Giấy,Xuân Thủy,Hồ Tùng Mậu,"
    "Phạm Văn Đồng,Hoàng Quốc Việt,Nguyễn Văn Cừ,Nguyễn Văn Linh,Lạc Long Quân,Thụy Khuê,"
    "Âu Cơ,Nghi Tàm,Lê Trọng Tấn,Kim Giang,Ngọc Hồi,Phan Trọng Tuệ,Cao Lỗ,Hoàng Hoa Thám"
)
STREETS: tuple[str, ...] = tuple(f"phố {s}" for s in _PHO) + tuple(f"đường {s}" for s in _DUONG)

# The streets of phường Chương Dương (Hoàn Kiếm), so the default demo reads true.
CHUONG_DUONG_STREETS: tuple[str, ...] = _nfc(
    "đường Hồng Hà,đường Bạch Đằng,phố Chương Dương Độ,phố Vạn Kiếp,phố Cầu Đất,"
    "phố Hàm Tử Quan,phố Nguyễn Khoái"
)

VILLAGES: tuple[str, ...] = _nfc(
    "thôn Đông,thôn Đoài,thôn Thượng,thôn Hạ,thôn Trung,thôn Nam,thôn Bắc,xóm Chùa,xóm Mới,"
    "xóm Đình,thôn Phú Mỹ,thôn An Lạc,thôn Yên Nội,thôn Đại Bái,thôn Thái Bình,thôn Phúc Lộc"
)

# Words for invented business names (no real business intended).
_BUSINESS_WORDS = _nfc(
    "Hoa Hồng,Bình An,Sông Hồng,Hồ Gươm,Phương Nam,Thăng Long,Hoàng Gia,Ánh Dương,Bạch Mai,"
    "Hương Sen,Ngọc Lan,Thanh Bình,Phú Quý,Hạnh Phúc,Sao Mai,Bình Minh,Hoa Mai,Trăng Vàng,"
    "Hoàng Long,Minh Châu,Thiên Phú,Lạc Hồng,Hải Âu,Mặt Trời,Tuổi Xanh,Hoa Sữa,Thủ Đô,"
    "Kinh Đô,Đồng Xuân,Phố Cổ,Hà Thành,Kim Ngân,An Khang,Thịnh Vượng,Tràng An,Bảo Ngọc"
)
_PREFIX: dict[str, tuple[str, ...]] = {
    "hotel": _nfc("Khách sạn"),
    "guesthouse": _nfc("Nhà nghỉ"),
    "karaoke": _nfc("Karaoke,Karaoke,Quán karaoke"),
    "bar_club": _nfc("Quán bar,Vũ trường,Bar"),
    "massage": _nfc("Massage,Xông hơi massage,Cơ sở xoa bóp"),
    "relaxation": _nfc("Tẩm quất,Thư giãn,Tẩm quất thư giãn"),
    "hair_salon": _nfc("Cắt tóc gội đầu,Salon tóc,Gội đầu thư giãn"),
    "other": _nfc("Nhà hàng,Cà phê,Quán bia"),
}

PROVINCE_WEIGHTS: dict[str, float] = {
    # Hà Nội and the provinces most women supported in Hà Nội come from; the rest share 10 %.
    "Hà Nội": 22,
    "Thanh Hóa": 10,
    "Nghệ An": 7,
    "Hải Dương": 5,
    "Bắc Giang": 5,
    "Phú Thọ": 5,
    "Thái Bình": 5,
    "Nam Định": 5,
    "Hòa Bình": 4,
    "Hưng Yên": 4,
    "Hà Nam": 4,
    "Ninh Bình": 3,
    "Vĩnh Phúc": 3,
    "Bắc Ninh": 3,
    "Thái Nguyên": 3,
    "Sơn La": 2,
}


def address(rng: random.Random, streets: tuple[str, ...]) -> str:
    """'số 45 phố Hàng Bạc', sometimes in a lane: 'số 7 ngõ 12 đường Hồng Hà'."""
    street = rng.choice(streets)
    if street.startswith(("thôn", "xóm")):
        return f"số {rng.randint(1, 120)} {street}"
    if rng.random() < 0.3:
        return f"số {rng.randint(1, 60)} ngõ {rng.randint(2, 400)} {street}"
    return f"số {rng.randint(1, 999)} {street}"


def business_name(rng: random.Random, type_: str) -> str:
    """'Karaoke Hoa Hồng', 'Nhà nghỉ Bình An', 'Khách sạn Sông Hồng'..."""
    return f"{rng.choice(_PREFIX[type_])} {rng.choice(_BUSINESS_WORDS)}"
