"""The plan's own data: Kế hoạch 24/KH-UBND (23/01/2018) of Hà Nội People's Committee.

Appendix 01: the 55 communes running the PCMD model in 2018 (53 maintained, 2 new).
Appendix 02: public hotspots eradicated 2009-2017 that must stay clean. The plan says 21
but its text lists only these 7; the table gives the year of eradication only. The demo
adds the other 14 (UNLISTED_PUBLIC_HOTSPOTS of them), named like the others, in wards of
its own choosing, so the city holds the plan's 21.
Section I.2: the two hotspots inside businesses to eradicate in 2018, and the city targets.
"""

from __future__ import annotations

from dataclasses import dataclass

from pcmd_desktop.domain.plan_2018 import HANOI_2018_TARGETS

PLAN_NO = "24/KH-UBND"

MAINTAINED = "maintained"
NEW = "new"

# (district, commune, model) in the order of appendix 01; names as the plan spells them.
_APPENDIX_01: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Quận Ba Đình", ("Phường Ngọc Khánh", "Phường Cống Vị"), ()),
    (
        "Quận Hoàn Kiếm",
        ("Phường Chương Dương", "Phường Tràng Tiền", "Phường Phan Chu Trinh"),
        (),
    ),
    ("Quận Cầu Giấy", ("Phường Quan Hoa", "Phường Trung Hòa"), ()),
    ("Quận Long Biên", ("Phường Bồ Đề", "Phường Đức Giang", "Phường Ngọc Lâm"), ()),
    ("Quận Hoàng Mai", ("Phường Giáp Bát", "Phường Thịnh Liệt"), ()),
    ("Huyện Gia Lâm", ("Thị trấn Yên Viên",), ("Thị trấn Trâu Quỳ",)),
    (
        "Huyện Thanh Trì",
        ("Xã Tân Triều", "Xã Ngọc Hồi", "Xã Ngũ Hiệp", "Xã Liên Ninh", "Xã Vĩnh Quỳnh"),
        ("Xã Duyên Hà",),
    ),
    ("Quận Nam Từ Liêm", ("Phường Cầu Diễn", "Phường Phú Đô"), ()),
    ("Quận Bắc Từ Liêm", ("Phường Xuân Đỉnh", "Phường Cổ Nhuế 1"), ()),
    (
        "Huyện Đông Anh",
        (
            "Xã Vĩnh Ngọc",
            "Xã Kim Chung",
            "Xã Mai Lâm",
            "Xã Dục Tú",
            "Xã Nam Hồng",
            "Thị trấn Đông Anh",
        ),
        (),
    ),
    (
        "Huyện Sóc Sơn",
        ("Xã Phú Minh", "Xã Tiên Dược", "Xã Phù Linh", "Thị trấn Tân Dân", "Thị trấn Sóc Sơn"),
        (),
    ),
    (
        "Quận Hà Đông",
        (
            "Phường Mộ Lao",
            "Phường Vạn Phúc",
            "Phường Phú Lương",
            "Phường Dương Nội",
            "Phường Phúc La",
            "Phường Phú Lãm",
        ),
        (),
    ),
    ("Huyện Thạch Thất", ("Thị trấn Liên Quan", "Xã Thạch Hòa", "Xã Bình Yên"), ()),
    ("Huyện Hoài Đức", ("Xã Vân Côn",), ()),
    ("Huyện Ba Vì", ("Xã Tân Lĩnh", "Xã Thuần Mỹ"), ()),
    ("Quận Đống Đa", ("Phường Láng Hạ", "Phường Láng Thượng"), ()),
    (
        "Quận Hai Bà Trưng",
        ("Phường Thanh Lương", "Phường Bạch Đằng", "Phường Lê Đại Hành"),
        (),
    ),
    ("Quận Thanh Xuân", ("Phường Thanh Xuân Nam",), ()),
    ("Huyện Mê Linh", ("Xã Quang Minh", "Xã Thanh Lâm"), ()),
)

MODEL_COMMUNES: tuple[tuple[str, str, str], ...] = tuple(
    (district, commune, model)
    for district, kept, new in _APPENDIX_01
    for model, names in ((MAINTAINED, kept), (NEW, new))
    for commune in names
)


@dataclass(frozen=True)
class PlanHotspot:
    district: str
    commune: str  # the ward the record is filed under
    name: str
    kind: str  # public_place | business
    identified_on: str
    eradicated_on: str | None
    note: str = ""


# Appendix 02. The plan gives only the year of eradication: the date is 31/12 of that year,
# and the identification date is a guess (1/1 of the year before).
_APPENDIX_02: tuple[tuple[str, str, str, int, str], ...] = (
    ("Quận Ba Đình", "Phường Ngọc Khánh", "Đường Bưởi - Công viên Thủ Lệ", 2010, ""),
    ("Quận Ba Đình", "Phường Cống Vị", "Dốc Tập lái", 2011, ""),
    (
        "Quận Ba Đình",
        "Phường Cống Vị",
        "Khu vực đường ven sông Tô Lịch đoạn từ đầu phố Hoàng Quốc Việt đến cầu Nguyễn Khánh Toàn",
        2016,
        "",
    ),
    # The plan files it under Hoàng Mai, but phường Phương Liệt belongs to Thanh Xuân.
    (
        "Quận Thanh Xuân",
        "Phường Phương Liệt",
        "Đường Giải Phóng",
        2012,
        "Phụ lục 02 ghi quận Hoàng Mai; phường Phương Liệt thuộc quận Thanh Xuân.",
    ),
    # Shared with phường Ngọc Hà (Ba Đình); filed under Thụy Khuê.
    (
        "Quận Tây Hồ",
        "Phường Thụy Khuê",
        "Đường Hoàng Hoa Thám (phía sau trường cấp II Chu Văn An)",
        2010,
        "Thuộc phường Thụy Khuê và phường Ngọc Hà (quận Ba Đình).",
    ),
    ("Quận Cầu Giấy", "Phường Quan Hoa", "Cổng Bảo tàng Dân tộc học", 2009, ""),
    ("Quận Cầu Giấy", "Phường Quan Hoa", "Dốc Nguyễn Khánh Toàn", 2010, ""),
)

APPENDIX_02_HOTSPOTS: tuple[PlanHotspot, ...] = tuple(
    PlanHotspot(
        district,
        commune,
        name,
        "public_place",
        identified_on=f"{year - 1}-01-01",
        eradicated_on=f"{year}-12-31",
        note=("Phụ lục 02 Kế hoạch 24/KH-UBND: triệt xóa năm " + str(year) + ". " + note).strip(),
    )
    for district, commune, name, year, note in _APPENDIX_02
)

CAU_DAT_HONG_HA = PlanHotspot(
    "Quận Hoàn Kiếm",
    "Phường Chương Dương",
    "Khu vực từ ngã ba phố Cầu Đất – đường Hồng Hà đến số nhà 999 đường Hồng Hà",
    "business",
    identified_on="2016-05-10",
    eradicated_on="2018-09-20",
    note="Kế hoạch 24/KH-UBND giao triệt xóa trong năm 2018.",
)

TAM_TRINH = PlanHotspot(
    "Quận Hoàng Mai",
    "Phường Yên Sở",
    "Khu vực đường Tam Trinh",
    "business",
    identified_on="2016-03-15",
    eradicated_on="2018-10-26",
    note=(
        "Kế hoạch 24/KH-UBND giao triệt xóa trong năm 2018; khu vực thuộc các phường "
        "Yên Sở, Hoàng Văn Thụ, Mai Động."
    ),
)

HOTSPOTS_2018: tuple[PlanHotspot, ...] = (CAU_DAT_HONG_HA, TAM_TRINH)

# "21 tụ điểm mại dâm nơi công cộng đã triệt xóa từ năm 2009 đến năm 2017": the 7 of
# appendix 02 and as many more again, which the plan counts but does not name.
PUBLIC_HOTSPOTS_ERADICATED_2009_2017 = 21
UNLISTED_PUBLIC_HOTSPOTS = PUBLIC_HOTSPOTS_ERADICATED_2009_2017 - len(_APPENDIX_02)
UNLISTED_NOTE = (
    "Một trong 21 tụ điểm nơi công cộng đã triệt xóa từ năm 2009 đến năm 2017 "
    "(Kế hoạch 24/KH-UBND, mục I.2); phụ lục 02 không nêu tên. Triệt xóa năm {year}."
)

# Section I.2, as indicator codes of indicators.md (domain/plan_2018.py).
CITY_TARGETS_2018: dict[str, int] = HANOI_2018_TARGETS
