"""A small synthetic reform, the shape of Hà Nội's 2025 one, for tests that need a merge
without the whole shipped list: Quận Hoàn Kiếm (002) ends on 30/06/2025; from 01/07/2025
Phường Hàng Bạc (00061) and Phường Chương Dương (00067) form "Phường Thử Hợp Nhất", which
keeps code 00067 (a reused code, as in the real list) and reports straight to the city;
Phường Hàng Trống (00070) is split between it and a new "Phường Thử Tách" (99070). The
other communes of Hoàn Kiếm join "Phường Thử Còn Lại" (99001). No conftest import, so
tests/ui can use it as well."""

from __future__ import annotations

from pathlib import Path

REFORM_DAY = "2025-07-01"
MERGED = "00067"  # the new unit, reusing Chương Dương's code
MERGED_NAME = "Phường Thử Hợp Nhất"
SPLIT_PART = "99070"
REST = "99001"
HEADER = "code,name,level,division_type,parent_code,valid_from,valid_to,predecessors\n"
_HOAN_KIEM_OTHERS = (
    "00037;00040;00043;00046;00049;00052;00055;00058;00064;00073;00076;00079;00082;00085;00088"
)


def reform_csv(folder: Path, name: str = "cai-cach-2025.csv") -> Path:
    """The reform as a list file for `pcmd load-units` / `load_unit_list`."""
    path = Path(folder) / name
    path.write_text(
        HEADER
        + f"{MERGED},{MERGED_NAME},commune,phường,01,{REFORM_DAY},,00061;00067;00070\n"
        + f"{SPLIT_PART},Phường Thử Tách,commune,phường,01,{REFORM_DAY},,00070\n"
        + f"{REST},Phường Thử Còn Lại,commune,phường,01,{REFORM_DAY},,{_HOAN_KIEM_OTHERS}\n"
        + "002,Quận Hoàn Kiếm,district,quận,01,,2025-06-30,\n",
        encoding="utf-8",
    )
    return path
