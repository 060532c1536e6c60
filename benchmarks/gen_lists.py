"""The database `bench_lists.py` reads: a city's (Hà Nội's) establishments and nine years of
their inspections, synthetic, in a database made by `create_workspace` for unit 01.
Establishments are written as the app writes them (`records_repo.upsert_many`, which also
fills the search index and the names' collation keys); inspections as plain INSERTs of the
same row values plus the app's own `search.index_records` (see `_insert_inspections`);
then ANALYZE.

Generated once and kept in benchmarks/out/ (not versioned), named by VERSION and the
counts; bump VERSION whenever what is generated changes. Alone:

    .venv/bin/python benchmarks/gen_lists.py [--establishments 100000] [--inspections 1000000]
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import time
import unicodedata
import uuid
from datetime import date, timedelta
from pathlib import Path

from pcmd_desktop.db import records_repo, search
from pcmd_desktop.db.connection import transaction
from pcmd_desktop.domain.records import KINDS
from pcmd_desktop.services.units import default_history
from pcmd_desktop.services.workspace import create_workspace

VERSION = 1
OUT = Path(__file__).parent / "out"
CITY = "01"  # Thành phố Hà Nội: the database's own unit; records go to its communes
ADMIN, PASSWORD = "quan-tri", "mat-khau-thu-nghiem-1"
ACTOR = ADMIN
BATCH = 50_000  # records per write and per transaction
CACHE_MB = 1500
UPSERT = os.environ.get("BENCH_UPSERT") == "1"


def _nfc(words: str) -> tuple[str, ...]:
    return tuple(unicodedata.normalize("NFC", w.strip()) for w in words.split(","))


PREFIXES: dict[str, tuple[str, ...]] = {
    "hotel": _nfc("Khách sạn,Khách sạn,Khách sạn mini"),
    "guesthouse": _nfc("Nhà nghỉ,Nhà nghỉ,Nhà khách"),
    "karaoke": _nfc("Karaoke,Karaoke,Quán karaoke"),
    "bar_club": _nfc("Quán bar,Vũ trường,Bar"),
    "massage": _nfc("Massage,Xông hơi massage,Cơ sở xoa bóp"),
    "relaxation": _nfc("Tẩm quất,Thư giãn,Tẩm quất thư giãn"),
    "hair_salon": _nfc("Cắt tóc gội đầu,Salon tóc,Gội đầu thư giãn"),
    "other": _nfc("Nhà hàng,Cà phê,Quán bia"),
}
TYPE_WEIGHTS = {"hotel": 8, "guesthouse": 25, "karaoke": 22, "bar_club": 4, "massage": 10,
                "relaxation": 6, "hair_salon": 15, "other": 10}  # fmt: skip
NAME_WORDS = _nfc(
    "Hoa Hồng,Bình An,Sông Hồng,Hồ Gươm,Phương Nam,Thăng Long,Hoàng Gia,Ánh Dương,Bạch Mai,"
    "Hương Sen,Ngọc Lan,Thanh Bình,Phú Quý,Hạnh Phúc,Sao Mai,Bình Minh,Hoa Mai,Trăng Vàng,"
    "Hoàng Long,Minh Châu,Thiên Phú,Lạc Hồng,Hải Âu,Mặt Trời,Tuổi Xanh,Hoa Sữa,Thủ Đô,"
    "Kinh Đô,Đồng Xuân,Phố Cổ,Hà Thành,Kim Ngân,An Khang,Thịnh Vượng,Tràng An,Bảo Ngọc,"
    "Hoa Ban,Hồng Nhung,Thu Hà,Hương Giang,Tây Hồ,Ngọc Trai,Phượng Hoàng,Đại Dương,Vạn Xuân"
)
NAME_SUFFIXES = _nfc("Plaza,Palace,Star,Xanh,Vàng,Mới,Cũ,Hà Nội,Sài Gòn,Đỏ")
STREETS = tuple(f"phố {s}" for s in _nfc(
    "Hàng Bạc,Hàng Đào,Hàng Ngang,Hàng Buồm,Hàng Bè,Hàng Gai,Hàng Trống,Hàng Bông,Hàng Mã,"
    "Mã Mây,Tạ Hiện,Lương Văn Can,Đinh Tiên Hoàng,Lê Thái Tổ,Tràng Tiền,Lý Thái Tổ,"
    "Ngô Quyền,Hai Bà Trưng,Lý Thường Kiệt,Trần Hưng Đạo,Quang Trung,Bà Triệu,Hàm Long,"
    "Chương Dương Độ,Vạn Kiếp,Lò Đúc,Huế,Kim Mã,Đội Cấn,Liễu Giai,Văn Cao,Láng Hạ,Thái Hà,"
    "Chùa Bộc,Tây Sơn,Khâm Thiên,Minh Khai,Bạch Mai,Đại La,Trương Định,Ngọc Lâm,Tô Hiệu"
)) + tuple(f"đường {s}" for s in _nfc(
    "Hồng Hà,Bạch Đằng,Tôn Đức Thắng,Nguyễn Chí Thanh,Xã Đàn,Giải Phóng,Tam Trinh,Lĩnh Nam,"
    "Nguyễn Trãi,Khuất Duy Tiến,Lê Văn Lương,Trần Duy Hưng,Cầu Giấy,Xuân Thủy,Hồ Tùng Mậu,"
    "Phạm Văn Đồng,Hoàng Quốc Việt,Nguyễn Văn Cừ,Nguyễn Văn Linh,Lạc Long Quân,Thụy Khuê,"
    "Âu Cơ,Nghi Tàm,Lê Trọng Tấn,Kim Giang,Ngọc Hồi,Hoàng Hoa Thám,Quốc lộ 32"
))  # fmt: skip
FAMILY = _nfc("Nguyễn,Nguyễn,Nguyễn,Trần,Lê,Phạm,Hoàng,Phan,Vũ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương,Lý")
MIDDLE = _nfc("Văn,Văn,Thị,Thị,Đức,Minh,Quang,Thu,Thanh,Ngọc,Hồng,Hữu,Xuân,Kim")
GIVEN = _nfc(
    "An,Bình,Cường,Dũng,Đức,Giang,Hải,Hiếu,Hùng,Huy,Khánh,Long,Mạnh,Minh,Nam,Phong,Quân,"
    "Sơn,Thắng,Tuấn,Tùng,Hoa,Hòa,Hương,Lan,Linh,Mai,Ngọc,Nhung,Phương,Thảo,Trang,Vân,Yến,"
    "Hằng,Hạnh,Huyền,Loan,Nga,Oanh,Thủy,Thư,Hà,Hiền,Hồng,Quỳnh,Tâm"
)
AGENCIES = _nfc(
    "Công an xã, phường,Văn hóa - Thông tin,Lao động - Thương binh và Xã hội,Trạm Y tế,"
    "Công an quận, huyện,Phòng Kinh tế,Đội Quản lý thị trường,Ủy ban nhân dân xã, phường"
)
FINDINGS_OK = tuple(unicodedata.normalize("NFC", f) for f in (
    "Cơ sở chấp hành đúng các quy định; không phát hiện vi phạm.",
    "Cơ sở có đủ giấy phép, sổ sách theo quy định; không phát hiện vi phạm.",
    "Không phát hiện dấu hiệu hoạt động mại dâm; nhắc nhở chủ cơ sở.",
))  # fmt: skip
FINDINGS_BAD = unicodedata.normalize(
    "NFC", "Phát hiện vi phạm, đoàn kiểm tra lập biên bản và đề nghị xử lý theo quy định."
)
VIOLATIONS: dict[str, tuple[str, tuple[int, int]]] = {
    # kind: (description, fine range in VND)
    "licence": ("Không xuất trình được giấy phép kinh doanh", (5_000_000, 10_000_000)),
    "security_conditions": ("Chưa đủ điều kiện về an ninh, trật tự", (3_000_000, 5_000_000)),
    "staff_register": ("Không lập sổ quản lý nhân viên", (1_000_000, 3_000_000)),
    "guest_register": ("Không ghi sổ đăng ký khách lưu trú", (2_000_000, 3_000_000)),
    "prostitution_found": ("Phát hiện hoạt động mua bán dâm tại cơ sở", (20_000_000, 40_000_000)),
    "facilities": ("Phòng hát có chốt cài bên trong", (5_000_000, 15_000_000)),
    "other": ("Vi phạm khác", (1_000_000, 3_000_000)),
}
VIOLATION_WEIGHTS = (20, 25, 25, 15, 3, 10, 2)
FIRST_DAY, LAST_DAY = date(2010, 1, 1), date(2018, 12, 31)


def database_path(establishments: int, inspections: int) -> Path:
    how = "-upsert" if UPSERT else ""
    return OUT / f"lists-v{VERSION}-{establishments}-{inspections}{how}.sqlite3"


def _new_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _communes() -> list[str]:
    # The 2018 tree: the city's 584 communes of the plan's year.
    directory = default_history().tree("2018-12-31")
    return sorted(u.code for u in directory.descendants(CITY) if u.level == "commune")


def make_establishments(count: int, seed: int = 67) -> list[dict]:
    rng = random.Random(seed)
    communes = _communes()
    types, weights = list(TYPE_WEIGHTS), list(TYPE_WEIGHTS.values())
    out = []
    for _ in range(count):
        type_ = rng.choices(types, weights)[0]
        name = f"{rng.choice(PREFIXES[type_])} {rng.choice(NAME_WORDS)}"
        if rng.random() < 0.3:
            name += f" {rng.choice(NAME_SUFFIXES)}"
        elif rng.random() < 0.2:
            name += f" {rng.randint(2, 9)}"
        street = rng.choice(STREETS)
        if rng.random() < 0.3:
            address = f"số {rng.randint(1, 60)} ngõ {rng.randint(2, 400)} {street}"
        else:
            address = f"số {rng.randint(1, 999)} {street}"
        rec = {
            "id": _new_id(rng),
            "unit": rng.choice(communes),
            "name": name,
            "type": type_,
            "address": address,
            "owner_name": f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}",
            "licence_no": f"01{rng.choice('ABCDE')}8{rng.randrange(10**6):06d}",
            "phone": f"09{rng.randrange(10**8):08d}",
        }
        out.append(rec)
    return out


def make_inspections(establishments: list[dict], count: int, seed: int = 68):
    """Inspections spread evenly over 2010-2018, about 15 % finding violations; yields
    them a batch at a time."""
    rng = random.Random(seed)
    days = [(FIRST_DAY + timedelta(d)).isoformat() for d in range((LAST_DAY - FIRST_DAY).days + 1)]
    kinds, levels = list(VIOLATIONS), ["commune", "district", "city"]
    decisions: dict[str, int] = {}
    batch: list[dict] = []
    for _ in range(count):
        est = rng.choice(establishments)
        day = rng.choice(days)
        rec = {
            "id": _new_id(rng),
            "unit": est["unit"],
            "date": day,
            "establishment_id": est["id"],
            "team_level": rng.choices(levels, (6, 3, 1))[0],
            "agencies": rng.sample(AGENCIES, rng.randint(2, 4)),
            "fine_vnd": 0,
            "suspended": False,
            "licence_revoked": False,
        }
        if rng.random() < 0.15:
            found = list(dict.fromkeys(rng.choices(kinds, VIOLATION_WEIGHTS, k=rng.randint(1, 2))))
            rec["violations"] = [{"kind": k, "description": VIOLATIONS[k][0]} for k in found]
            rec["findings"] = FINDINGS_BAD
            if rng.random() < 0.75:
                rec["fine_vnd"] = sum(rng.randrange(*VIOLATIONS[k][1], 500_000) for k in found)
            rec["suspended"] = rng.random() < (0.4 if "prostitution_found" in found else 0.03)
            rec["licence_revoked"] = "prostitution_found" in found and rng.random() < 0.1
            if rec["fine_vnd"] or rec["suspended"] or rec["licence_revoked"]:
                year = day[:4]
                decisions[year] = decisions.get(year, 0) + 1
                rec["decision_no"] = f"{decisions[year]}/QĐ-XPVPHC"
        else:
            rec["findings"] = rng.choice(FINDINGS_OK)
        batch.append(rec)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


_INSPECTION_COLUMNS = (*KINDS["inspection"].keys, "extra", "created_at", "created_by",
                       "updated_at", "updated_by")  # fmt: skip


def _insert_inspections(db, batch: list[dict]) -> None:
    """What `records_repo.upsert_many` writes for new inspections, the same row values
    and search index (its own `search.index_records`), but as a plain INSERT with the
    rows built here: through upsert_many the million took about 120 s, this way about
    90 s (`BENCH_UPSERT=1` uses upsert_many; the tables and index come out the same)."""
    if UPSERT:
        records_repo.upsert_many(db, KINDS["inspection"], batch, ACTOR)
        return
    stamp = records_repo.now_stamp()
    dumps = functools.partial(json.dumps, ensure_ascii=False, separators=(",", ":"))
    rows = [
        (r["id"], r["unit"], r["date"], r["establishment_id"], r["team_level"],
         dumps(r["agencies"]), r.get("findings"),
         dumps(r["violations"]) if "violations" in r else None, r["fine_vnd"],
         int(r["suspended"]), int(r["licence_revoked"]), r.get("decision_no"), None, None,
         None, stamp, ACTOR, stamp, ACTOR)
        for r in batch
    ]  # fmt: skip
    db.conn.executemany(
        f"INSERT INTO inspections ({', '.join(_INSPECTION_COLUMNS)}) "
        f"VALUES ({', '.join('?' for _ in _INSPECTION_COLUMNS)})",
        rows,
    )
    search.index_records(db, KINDS["inspection"], batch)


def generate(path: Path, establishments: int, inspections: int) -> dict:
    """Write the database at `path` (which must not exist); returns how long each step took."""
    info: dict = {"version": VERSION, "establishments": establishments, "inspections": inspections}
    start = time.perf_counter()
    ests = make_establishments(establishments)
    info["make_establishments_s"] = time.perf_counter() - start
    ws = create_workspace(path, CITY, admin=ADMIN, password=PASSWORD)
    # A page cache big enough for the indexes being filled (random UUID keys touch pages
    # all over them); the rows written are the same as with the default cache.
    ws.db.execute(f"PRAGMA cache_size = -{CACHE_MB * 1000}")
    try:
        start = time.perf_counter()
        with transaction(ws.db):
            for i in range(0, len(ests), BATCH):
                records_repo.upsert_many(ws.db, KINDS["establishment"], ests[i : i + BATCH], ACTOR)
        info["establishments_s"] = time.perf_counter() - start
        start = time.perf_counter()
        for batch in make_inspections(ests, inspections):
            with transaction(ws.db):
                _insert_inspections(ws.db, batch)
        info["inspections_s"] = time.perf_counter() - start  # generating them included
        info["inspections_written_by"] = "upsert_many" if UPSERT else "executemany"
        start = time.perf_counter()
        ws.db.execute("ANALYZE")
        info["analyze_s"] = time.perf_counter() - start
        ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        ws.close()
    return info


def ensure(establishments: int = 100_000, inspections: int = 1_000_000) -> tuple[Path, dict]:
    """The cached database for these counts, generated first if missing; and how it was
    generated."""
    path = database_path(establishments, inspections)
    facts = path.with_suffix(".json")
    if path.is_file() and facts.is_file():
        return path, json.loads(facts.read_text(encoding="utf-8"))
    OUT.mkdir(parents=True, exist_ok=True)
    building = path.with_name(path.stem + ".building.sqlite3")
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        leftover.unlink(missing_ok=True)
    start = time.perf_counter()
    info = generate(building, establishments, inspections)
    info["total_s"] = time.perf_counter() - start
    info["size_mb"] = building.stat().st_size / 1e6
    building.replace(path)  # only a finished database is ever cached
    facts.write_text(json.dumps(info, indent=1), encoding="utf-8")
    return path, info


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--establishments", type=int, default=100_000)
    ap.add_argument("--inspections", type=int, default=1_000_000)
    args = ap.parse_args()
    path, info = ensure(args.establishments, args.inspections)
    print(json.dumps({**info, "path": str(path)}))


if __name__ == "__main__":
    main()
