"""Excel lists of volunteer teams and their members: a member's team typed by its name (as
a clerk knows it), resolved in the row's unit; a name that fits no team or two is named by
row and column and nothing is saved; the members' names stay encrypted. Synthetic data."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import CHUONG_DUONG
from test_excel_io import fill, preview_of

from pcmd_desktop.domain.records import KINDS
from pcmd_desktop.services.excel_io import ExcelImportRefused, import_preview, write_template
from pcmd_desktop.services.records import RecordService

TEAM = "Đội CTXH tình nguyện phường Thử Nghiệm"


def _live(ws, kind: str) -> list[dict]:
    """The live records of `kind`, as the services give them (names decrypted)."""
    table = KINDS[kind].table
    ids = [r[0] for r in ws.db.execute(f"SELECT id FROM {table} WHERE deleted_at IS NULL")]
    return [RecordService(ws).get(kind, i) for i in ids]


def _teams(ws, tmp_path, *names: str) -> dict[str, str]:
    rows = [{"name": n, "area": "Tổ dân phố Thử", "established_on": date(2017, 3, 1)}
            for n in names]  # fmt: skip
    path = fill(write_template("volunteer_team", tmp_path / "doi.xlsx"), rows)
    preview = preview_of(ws, path, "volunteer_team")
    assert preview.ok, preview.problems
    assert import_preview(ws, preview).created == {"volunteer_team": len(names)}
    teams = _live(ws, "volunteer_team")
    return {t["name"]: t["id"] for t in teams}


def _members(tmp_path, *rows: dict):
    base = {"full_name": "Lê Thị Thử Nghiệm", "role": "Đội viên", "joined_on": date(2018, 1, 5)}
    path = write_template("volunteer_member", tmp_path / "thanh-vien.xlsx")
    return fill(path, [{**base, **r} for r in rows])


def test_members_name_their_team_by_its_name_and_their_names_stay_encrypted(ws, tmp_path):
    ids = _teams(ws, tmp_path, TEAM, "Đội tình nguyện tổ 5")
    path = _members(tmp_path,
                    {"team_id": "doi ctxh tinh nguyen phuong thu nghiem", "role": "Đội trưởng",
                     "full_name": "Phạm Văn Đội Trưởng Thử", "phone": "0900 111 222"},
                    {"team_id": "  Đội tình nguyện TỔ 5 ", "sex": "Nữ"},
                    {"team_id": ids[TEAM]})  # an id, as an export gives it  # fmt: skip
    preview = preview_of(ws, path, "volunteer_member")
    assert preview.ok, preview.problems
    assert preview.rows[0].record["team_id"] == "doi ctxh tinh nguyen phuong thu nghiem"
    assert import_preview(ws, preview).created == {"volunteer_member": 3}
    members = _live(ws, "volunteer_member")
    teams = sorted((m["team_id"], m["role"]) for m in members)
    assert teams == sorted([(ids[TEAM], "leader"), (ids["Đội tình nguyện tổ 5"], "member"),
                            (ids[TEAM], "member")])  # fmt: skip
    assert "Phạm Văn Đội Trưởng Thử" in {m["full_name"] for m in members}
    raw = ws.db.execute("SELECT full_name, phone FROM volunteer_members").fetchall()
    assert all("Thử" not in str(name) and "111" not in str(phone) for name, phone in raw)


def test_a_team_name_that_fits_none_or_two_is_named_and_nothing_is_saved(ws, tmp_path):
    _teams(ws, tmp_path, TEAM, "Đội tình nguyện tổ 5", "Đội tình nguyện tổ 5")
    path = _members(tmp_path, {"team_id": TEAM}, {"team_id": "Đội không có thật"},
                    {"team_id": "Đội tình nguyện tổ 5"},
                    {"team_id": TEAM, "joined_on": date(2016, 1, 1)})  # fmt: skip
    preview = preview_of(ws, path, "volunteer_member")
    assert [(p.row, p.column) for p in preview.problems] == [
        (4, "Đội *"), (5, "Đội *"), (6, "Ngày tham gia *")]  # fmt: skip
    assert "không có đội công tác xã hội tình nguyện tên 'Đội không có thật'" in (
        preview.problems[0].message
    )
    assert "Phường Chương Dương" in preview.problems[0].message
    assert preview.problems[1].message.startswith("có 2 đội công tác xã hội tình nguyện cùng tên")
    assert "trước ngày thành lập đội (01/03/2017)" in preview.problems[2].message
    with pytest.raises(ExcelImportRefused):
        import_preview(ws, preview)
    assert _live(ws, "volunteer_member") == []


def test_a_team_deleted_after_the_check_refuses_the_import(ws, tmp_path):
    ids = _teams(ws, tmp_path, TEAM)
    preview = preview_of(ws, _members(tmp_path, {"team_id": TEAM}), "volunteer_member")
    assert preview.ok
    RecordService(ws).delete("volunteer_team", ids[TEAM])
    with pytest.raises(ExcelImportRefused) as e:
        import_preview(ws, preview)
    assert [(p.row, p.column) for p in e.value.problems] == [(3, "Đội *")]
    assert _live(ws, "volunteer_member") == []
    assert preview.rows[0].record["unit"] == CHUONG_DUONG
