"""Checks resources/reference/hanoi-2025.csv, Hà Nội's units after the 2025 reform.

The file lists the 126 communes and wards in force from 2025-07-01 (Nghị quyết
1656/NQ-UBTVQH15, codes of the national list) with the 2020 codes they were formed from,
and closes the 30 old districts on 2025-06-30. Only the csv module is used, so the check
stands on the data files alone.
"""

import csv
import unicodedata
from pathlib import Path

REFERENCE = Path(__file__).resolve().parents[2] / "resources" / "reference"
HEADER = [
    "code",
    "name",
    "level",
    "division_type",
    "parent_code",
    "valid_from",
    "valid_to",
    "predecessors",
]

# 2020 communes that no 2025 unit lists as a predecessor: 584 in the 2020 list, 526 on
# 2025-06-30. Each of these 58 was merged into a neighbouring commune between the 2020 list
# and 2025-06-30 (the last round took effect on 2025-01-01), and the unit it joined kept
# another code, often under a new name. The national conversion table for 2025-07-01 only
# knows the 526 codes in force on 2025-06-30, so these reach the 2025 units only through the
# commune that absorbed them. See resources/reference/README.md.
MERGED_BEFORE_2025 = {
    # Quận Ba Đình
    "00010": "Phường Nguyễn Trung Trực",
    # Quận Long Biên
    "00142": "Phường Sài Đồng",
    # Quận Đống Đa
    "00184": "Phường Quốc Tử Giám",
    "00211": "Phường Trung Phụng",
    "00220": "Phường Phương Liên",
    "00223": "Phường Thịnh Quang",
    # Quận Hai Bà Trưng
    "00250": "Phường Bùi Thị Xuân",
    "00253": "Phường Ngô Thì Nhậm",
    "00265": "Phường Đống Mác",
    "00274": "Phường Cầu Dền",
    "00286": "Phường Bạch Mai",
    # Quận Thanh Xuân
    "00361": "Phường Hạ Đình",
    "00370": "Phường Thanh Xuân Nam",
    # Huyện Gia Lâm
    "00538": "Xã Đình Xuyên",
    "00547": "Xã Trung Mầu",
    "00559": "Xã Phú Thị",
    "00574": "Xã Đông Dư",
    "00586": "Xã Kim Lan",
    # Huyện Mê Linh
    "09001": "Xã Vạn Yên",
    # Quận Hà Đông
    "09547": "Phường Yết Kiêu",
    "09550": "Phường Quang Trung",
    # Thị xã Sơn Tây
    "09580": "Phường Ngô Quyền",
    "09583": "Phường Quang Trung",
    # Huyện Ba Vì
    "09631": "Xã Tản Hồng",
    "09637": "Xã Châu Sơn",
    # Huyện Phúc Thọ
    "09718": "Xã Vân Hà",
    "09730": "Xã Phương Độ",
    "09736": "Xã Cẩm Đình",
    "09748": "Xã Thượng Cốc",
    "09754": "Xã Tích Giang",
    # Huyện Quốc Oai
    "09901": "Xã Phượng Cách",
    "09913": "Xã Liệp Tuyết",
    "09937": "Xã Đại Thành",
    "09946": "Xã Tân Hòa",
    # Huyện Thạch Thất
    "09979": "Xã Dị Nậu",
    "09985": "Xã Chàng Sơn",
    "09994": "Xã Hữu Bằng",
    # Huyện Chương Mỹ
    "10093": "Xã Hồng Phong",
    "10111": "Xã Phú Nam An",
    # Huyện Thanh Oai
    "10177": "Xã Xuân Dương",
    # Huyện Thường Tín
    "10228": "Xã Thư Phú",
    "10252": "Xã Thống Nhất",
    # Huyện Phú Xuyên
    "10285": "Xã Thụy Phú",
    "10288": "Xã Tri Trung",
    "10297": "Xã Văn Hoàng",
    "10306": "Xã Quang Trung",
    "10309": "Xã Nam Phong",
    # Huyện Ứng Hòa
    "10357": "Xã Viên An",
    "10360": "Xã Viên Nội",
    "10372": "Xã Cao Thành",
    "10381": "Xã Đồng Tiến",
    "10405": "Xã Hòa Xá",
    "10408": "Xã Trầm Lộng",
    "10414": "Xã Hòa Nam",
    "10420": "Xã Đội Bình",
    "10438": "Xã Hồng Quang",
    # Huyện Mỹ Đức
    "10456": "Xã Mỹ Thành",
    "10486": "Xã Đốc Tín",
}


def _read(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _hanoi_2020() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    rows = _read("admin-units-2020.csv")
    districts = {
        r["code"]: r for r in rows if r["level"] == "district" and r["parent_code"] == "01"
    }
    communes = {
        r["code"]: r for r in rows if r["level"] == "commune" and r["parent_code"] in districts
    }
    return districts, communes


def _split() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    rows = _read("hanoi-2025.csv")
    return [r for r in rows if r["level"] == "commune" and r["valid_from"]], [
        r for r in rows if r["level"] == "district"
    ]


def _closed_communes() -> list[dict[str, str]]:
    return [r for r in _read("hanoi-2025.csv") if r["level"] == "commune" and not r["valid_from"]]


def test_header_and_order() -> None:
    with (REFERENCE / "hanoi-2025.csv").open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == HEADER
    rows = _read("hanoi-2025.csv")
    new, old = _split()
    assert rows == new + old + _closed_communes()
    assert [r["code"] for r in new] == sorted(r["code"] for r in new)
    assert [r["code"] for r in old] == sorted(r["code"] for r in old)


def test_126_new_units() -> None:
    new, _ = _split()
    assert len(new) == 126
    codes = [r["code"] for r in new]
    assert len(set(codes)) == 126
    for row in new:
        assert len(row["code"]) == 5 and row["code"].isdigit(), row
        assert row["parent_code"] == "01"
        assert row["valid_from"] == "2025-07-01" and row["valid_to"] == ""
        prefix = {"phường": "Phường ", "xã": "Xã "}[row["division_type"]]
        assert row["name"].startswith(prefix), row
    kinds = [r["division_type"] for r in new]
    assert (kinds.count("phường"), kinds.count("xã")) == (51, 75)


def test_predecessors_are_hanoi_2020_communes() -> None:
    _, communes = _hanoi_2020()
    new, _ = _split()
    for row in new:
        preds = row["predecessors"].split(";")
        assert preds == sorted(set(preds)), row["code"]
        assert all(p in communes for p in preds), row["code"]
        # The national list reuses a code of one of the unit's own predecessors.
        assert row["code"] in preds, row["code"]


def test_every_2020_commune_is_covered() -> None:
    _, communes = _hanoi_2020()
    new, _ = _split()
    covered = {p for r in new for p in r["predecessors"].split(";")}
    uncovered = set(communes) - covered
    assert uncovered == set(MERGED_BEFORE_2025)
    for code, name in MERGED_BEFORE_2025.items():
        assert communes[code]["name"] == name
    assert len(communes) - len(uncovered) == 526


def test_thuan_an_follows_the_resolution() -> None:
    # Nghị quyết 1656/NQ-UBTVQH15 khoản 110 forms Xã Thuận An from Dương Quang, Lệ Chi, Đặng
    # Xá (00556) and the rest of Phú Sơn (00562); the conversion table had Cổ Bi (00553).
    new, _ = _split()
    thuan_an = next(r for r in new if r["code"] == "00562")
    assert thuan_an["predecessors"] == "00550;00556;00562;00568"
    holders = {r["code"] for r in new if "00556" in r["predecessors"].split(";")}
    assert holders == {"00541", "00562"}


def test_30_districts_end_2025_06_30() -> None:
    districts, _ = _hanoi_2020()
    _, old = _split()
    assert len(old) == 30
    assert {r["code"] for r in old} == set(districts)
    for row in old:
        source = districts[row["code"]]
        assert (row["name"], row["division_type"], row["parent_code"]) == (
            source["name"],
            source["division_type"],
            "01",
        )
        assert row["valid_from"] == "" and row["valid_to"] == "2025-06-30"
        assert row["predecessors"] == ""


def test_names_are_nfc() -> None:
    for row in _read("hanoi-2025.csv"):
        assert unicodedata.is_normalized("NFC", row["name"]), row["code"]


def test_communes_merged_before_2025_are_closed_by_the_reform_at_the_latest() -> None:
    # Their own merge date is not in the data; they were certainly gone by 2025-06-30, so
    # the file closes them then (a unit left in force would be offered at the first run).
    _, communes = _hanoi_2020()
    closed = _closed_communes()
    assert [r["code"] for r in closed] == sorted(MERGED_BEFORE_2025)
    for row in closed:
        source = communes[row["code"]]
        assert (row["name"], row["division_type"], row["parent_code"]) == (
            source["name"], source["division_type"], source["parent_code"])  # fmt: skip
        assert row["valid_to"] == "2025-06-30" and row["predecessors"] == ""
