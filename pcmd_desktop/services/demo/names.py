"""Synthetic Vietnamese person names: random combinations of common family, middle and
given names. They describe no real person."""

from __future__ import annotations

import random
import unicodedata


def _nfc(words: str) -> tuple[str, ...]:
    return tuple(unicodedata.normalize("NFC", w) for w in words.split(","))


# Family names, roughly by frequency (Nguyễn alone is about 38 % of Vietnamese).
FAMILY_NAMES = _nfc(
    "Nguyễn,Trần,Lê,Phạm,Hoàng,Huỳnh,Phan,Vũ,Võ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương,Lý,Đinh,Đào,"
    "Lương,Trịnh,Mai,Tạ,Cao,Chu,Lưu,Kiều,Quách,Tô,Vương,Hà,Nghiêm,Phùng,Đoàn,Khúc"
)
FAMILY_WEIGHTS = (38, 11, 9, 7, 5, 4, 4, 4, 2, 2, 2, 2, 1.5, 1.3, 1, 1) + (0.8,) * 18

FEMALE_MIDDLE = _nfc("Thị,Thị,Thị,Thị,Thu,Thanh,Ngọc,Minh,Hồng,Phương,Kim,Diệu,Bích,Mai,Thúy,Khánh")
MALE_MIDDLE = _nfc("Văn,Văn,Văn,Đức,Minh,Quang,Hữu,Công,Xuân,Thành,Tuấn,Ngọc,Mạnh,Trọng")

FEMALE_GIVEN = _nfc(
    "Hoa,Hòa,Hương,Lan,Linh,Mai,Ngọc,Nhung,Phương,Thảo,Trang,Tuyết,Vân,Yến,Hằng,Hạnh,Huyền,"
    "Loan,Ly,My,Nga,Ngân,Oanh,Quyên,Thủy,Thư,Trinh,Uyên,Xuân,Anh,Chi,Dung,Giang,Hà,Hiền,"
    "Hồng,Huệ,Liên,Liễu,Lụa,Nhàn,Nhi,Quỳnh,Sen,Tâm,Thắm,Thơ,Thu,Thúy,Tú,Vy,Duyên,Điệp,Đào"
)
MALE_GIVEN = _nfc(
    "An,Bình,Cường,Dũng,Đức,Giang,Hải,Hiếu,Hoàng,Hùng,Huy,Khánh,Kiên,Long,Lâm,Mạnh,Minh,"
    "Nam,Nghĩa,Phong,Phúc,Quân,Quang,Sơn,Tài,Thắng,Thành,Trung,Tuấn,Tùng,Việt,Vinh,Đạt"
)


def person_name(rng: random.Random, sex: str = "female") -> str:
    """'Nguyễn Thị Hòa': family, middle and given name drawn at random."""
    family = rng.choices(FAMILY_NAMES, FAMILY_WEIGHTS)[0]
    if sex == "male":
        return f"{family} {rng.choice(MALE_MIDDLE)} {rng.choice(MALE_GIVEN)}"
    return f"{family} {rng.choice(FEMALE_MIDDLE)} {rng.choice(FEMALE_GIVEN)}"
