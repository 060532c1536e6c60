"""Volunteer social work teams and their members (plan II.3): lists, pickers, the recycle
bin, the rules, JSON lines, the members' personal data kept like a person's, and the
three indicators with their values."""

from __future__ import annotations

import io
import json
import zipfile

import factories as f
import pytest
from conftest import CHUONG_DUONG, HOAN_KIEM, PASSWORD, TODAY

from pcmd_desktop.domain.validation import ValidationError
from pcmd_desktop.services import auth
from pcmd_desktop.services.exchange_export import export_period
from pcmd_desktop.services.record_list import ListFilter, RecordList
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.records_io import export_records, import_records
from pcmd_desktop.services.ref_lookup import find_refs, ref_label
from pcmd_desktop.services.reporting import build_report
from pcmd_desktop.services.trash import deleted_records
from pcmd_desktop.services.unit_keys import own_card, trust_card

NAMES = ("Lê Thị Tình Nguyện", "Phạm Văn Xung Kích", "Đỗ Thị Đã Thôi")


def plain(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if k != "record"}


@pytest.fixture
def service(ws):
    return RecordService(ws, today=TODAY)


@pytest.fixture
def teams(service):
    """Two teams (one dissolved in 2018), three members of the first (one left in
    2018), one of the second, and activities of each."""

    def add(rec: dict) -> dict:
        return service.create(rec["record"], plain(rec))

    a = add(f.volunteer_team(name="Đội tình nguyện Hồng Hà", area="Tổ 1 đến tổ 5"))
    b = add(
        f.volunteer_team(
            name="Đội tình nguyện Bến Sông",
            area="Tổ 6",
            established_on="2017-03-01",
            dissolved_on="2018-06-30",
        )
    )
    members = [
        add(f.volunteer_member(a["id"], full_name=NAMES[0])),
        add(
            f.volunteer_member(
                a["id"],
                full_name=NAMES[1],
                role="member",
                phone="0900000002",
                joined_on="2018-02-01",
            )
        ),
        add(
            f.volunteer_member(
                a["id"],
                full_name=NAMES[2],
                role="deputy",
                joined_on="2017-05-01",
                left_on="2018-04-30",
            )
        ),
        add(
            f.volunteer_member(
                b["id"], full_name="Vũ Văn Bến Sông", role="leader", joined_on="2017-03-01"
            )
        ),
    ]
    for day, team in (("2018-01-20", a), ("2018-03-08", a), ("2018-05-10", b)):
        service.create("activity", plain(f.activity(date=day, volunteer_team_id=team["id"])))
    service.create("activity", plain(f.activity(date="2018-03-09")))  # run by no team
    return a, b, members


def rows(ws, kind: str, **filters) -> list:
    lst = RecordList.open(ws, kind, ListFilter(**filters))
    return lst.rows(0, len(lst))


def as_role(ws, name: str, role: str) -> None:
    auth.add_user(ws, name, role, PASSWORD)
    auth.login(ws, name, PASSWORD)


# Indicators ---------------------------------------------------------------------------


def values(ws, period: str) -> dict:
    report = build_report(ws, period)
    codes = ("volunteer.teams_at_end", "volunteer.members_at_end", "volunteer.activities")
    return {c: (report.values[c].value, report.values[c].ytd) for c in codes}


def test_indicators_count_teams_and_members_in_being_at_the_end(ws, teams):
    # March: both teams; a's three members and b's one; two team activities in Q1.
    assert values(ws, "2018-Q1") == {"volunteer.teams_at_end": (2, 2),
                                     "volunteer.members_at_end": (4, 4),
                                     "volunteer.activities": (2, 2)}  # fmt: skip
    # Mid-year (periods end on the 14th, Decree 09): the member who left on 30/04 counts
    # in April, not in May; the team dissolved on 30/06 (and with it its member) counts
    # in June, not at the year's end.
    assert values(ws, "2018-04")["volunteer.members_at_end"] == (4, 4)
    assert values(ws, "2018-05")["volunteer.members_at_end"] == (3, 3)
    assert values(ws, "2018-06")["volunteer.teams_at_end"] == (2, 2)
    assert values(ws, "2018") == {"volunteer.teams_at_end": (1, 1),
                                  "volunteer.members_at_end": (2, 2),
                                  "volunteer.activities": (3, 3)}  # fmt: skip
    # A member who joined in February does not count at the end of January.
    assert values(ws, "2018-01")["volunteer.members_at_end"] == (3, 3)


def test_a_deleted_team_or_member_stops_counting(ws, service, teams):
    a, _b, members = teams
    service.delete("volunteer_member", members[0]["id"])
    assert values(ws, "2018")["volunteer.members_at_end"] == (1, 1)
    service.delete("volunteer_team", a["id"])
    assert values(ws, "2018")["volunteer.teams_at_end"] == (0, 0)
    assert values(ws, "2018")["volunteer.members_at_end"] == (0, 0)


# Rules --------------------------------------------------------------------------------


def messages(excinfo) -> list[str]:
    return [p.message for p in excinfo.value.problems]


def test_dates_of_a_team_and_a_member_in_order(service, teams):
    a, b, _members = teams
    with pytest.raises(ValidationError) as e:
        service.create("volunteer_team", plain(f.volunteer_team(
            established_on="2018-03-01", dissolved_on="2018-02-01")))  # fmt: skip
    assert messages(e) == ["Ngày giải thể (dissolved_on): 01/02/2018 không được trước "
                           "Ngày thành lập (01/03/2018)"]  # fmt: skip
    with pytest.raises(ValidationError) as e:
        service.create("volunteer_member", plain(f.volunteer_member(
            a["id"], joined_on="2018-03-01", left_on="2018-01-01")))  # fmt: skip
    assert messages(e) == ["Ngày thôi tham gia (left_on): 01/01/2018 không được trước "
                           "Ngày tham gia (01/03/2018)"]  # fmt: skip
    with pytest.raises(ValidationError) as e:
        service.create(
            "volunteer_member", plain(f.volunteer_member(a["id"], joined_on="2016-12-01"))
        )
    assert messages(e) == ["Ngày tham gia (joined_on): 01/12/2016 trước ngày thành lập đội "
                           "(15/01/2017)"]  # fmt: skip
    with pytest.raises(ValidationError) as e:
        service.create(
            "volunteer_member", plain(f.volunteer_member(b["id"], joined_on="2018-08-01"))
        )
    assert messages(e) == ["Ngày tham gia (joined_on): 01/08/2018 sau ngày giải thể đội "
                           "(30/06/2018)"]  # fmt: skip
    with pytest.raises(ValidationError) as e:
        service.create("activity", plain(f.activity(date="2018-09-01", volunteer_team_id=b["id"])))
    assert messages(e) == ["Ngày tổ chức (date): 01/09/2018 sau ngày giải thể đội "
                           "(30/06/2018)"]  # fmt: skip
    # The form's own check says the same without saving anything.
    assert [p.field for p in service.check("volunteer_member", {
        "team_id": a["id"], "full_name": "Thử", "role": "member",
        "joined_on": "2016-01-01"})] == ["joined_on"]  # fmt: skip


# Lists, pickers, the recycle bin --------------------------------------------------------


def test_team_list_counts_members_in_being_and_activities(ws, teams):
    shown = {r.raw["name"]: (r.raw["members"], r.raw["activities"], r.raw["status"])
             for r in rows(ws, "volunteer_team")}  # fmt: skip
    assert shown == {"Đội tình nguyện Hồng Hà": (2, 2, "active"),
                     "Đội tình nguyện Bến Sông": (0, 1, "dissolved")}  # fmt: skip
    assert [r.raw["name"] for r in rows(ws, "volunteer_team",
                                        equals=(("status", "active"),))] == [
        "Đội tình nguyện Hồng Hà"]  # fmt: skip


def test_member_list_names_only_for_roles_that_see_personal_data(ws, teams):
    a, _b, _members = teams
    listed = rows(ws, "volunteer_member", refers_to=("team_id", a["id"]))
    assert sorted(r.raw["full_name"] for r in listed) == sorted(NAMES)
    assert {r.raw["team"] for r in listed} == {"Đội tình nguyện Hồng Hà"}
    in_being = rows(ws, "volunteer_member", refers_to=("team_id", a["id"]),
                    equals=(("status", "active"),))  # fmt: skip
    assert sorted(r.raw["full_name"] for r in in_being) == sorted(NAMES[:2])
    # A dissolved team's member who never left is no longer in a team in being.
    statuses = {r.raw["full_name"]: r.raw["status"] for r in rows(ws, "volunteer_member")}
    assert statuses["Vũ Văn Bến Sông"] == "dissolved" and statuses[NAMES[2]] == "left"
    logged = ws.db.execute("SELECT count(*) FROM audit_log WHERE action = 'list_members'")
    assert logged.fetchone()[0] >= 1
    # Found by the team's name; a viewer sees no name at all.
    assert len(rows(ws, "volunteer_member", search="hong ha")) == 3
    as_role(ws, "nguoi-xem", "viewer")
    lst = RecordList.open(ws, "volunteer_member")
    assert "full_name" not in {c.key for c in lst.columns}
    cells = " ".join(" ".join(r.cells) for r in lst.rows(0, len(lst)))
    assert all(name not in cells for name in NAMES) and "Đội trưởng" in cells
    assert "full_name" not in RecordService(ws).get("volunteer_member", _members[0]["id"])


def test_team_picker_and_recycle_bin(ws, service, teams):
    a, _b, members = teams
    found = find_refs(ws, "volunteer_team", "hong ha")
    assert [c.id for c in found] == [a["id"]]
    assert found[0].label == "Đội tình nguyện Hồng Hà — Tổ 1 đến tổ 5"
    assert [c.label for c in find_refs(ws, "volunteer_team", "")] == [
        "Đội tình nguyện Bến Sông — Tổ 6",
        "Đội tình nguyện Hồng Hà — Tổ 1 đến tổ 5",
    ]
    service.delete("volunteer_member", members[0]["id"])
    service.delete("volunteer_team", a["id"])
    assert ref_label(ws, "volunteer_team", a["id"]).endswith("(đã xóa)")
    binned = {(i.kind, i.label) for i in deleted_records(ws)}
    assert binned == {("volunteer_team", "Đội tình nguyện Hồng Hà — Tổ 1 đến tổ 5"),
                      ("volunteer_member",
                       "Đội tình nguyện Hồng Hà — Đội trưởng — tham gia 15/01/2017")}  # fmt: skip


# Personal data ------------------------------------------------------------------------


def test_member_names_phones_and_notes_are_encrypted_at_rest(ws, service, teams):
    a, _b, _members = teams
    service.create("volunteer_member", plain(f.volunteer_member(
        a["id"], full_name="Hoàng Thị Ghi Chú", phone="0911222333",
        note="Ghi chú riêng về thành viên")))  # fmt: skip
    stored = ws.db.execute("SELECT full_name, phone, note, area FROM volunteer_members"
                           ).fetchall()  # fmt: skip
    dump = json.dumps(stored, ensure_ascii=False)
    assert all(n not in dump for n in NAMES) and "0911222333" not in dump
    assert "Ghi chú riêng" not in dump and "Tổ 1" in dump  # the area is not personal
    # Nor in the search index: 'xung kich' (a name) is not there, the team's area is.
    assert not ws.db.execute("SELECT 1 FROM search_index WHERE search_index MATCH 'xung'"
                             ).fetchall()  # fmt: skip
    assert ws.db.execute("SELECT 1 FROM search_index WHERE search_index MATCH 'hong'"
                         ).fetchall()  # fmt: skip


def test_json_lines_round_trip_and_viewers_export_no_names(ws, make_workspace, teams):
    first = "\n".join(export_records(ws))
    assert sum(1 for line in first.splitlines() if '"volunteer_member"' in line) == 4
    assert NAMES[0] in first
    other = make_workspace(name="other.sqlite3")
    import_records(other, first.splitlines())
    assert "\n".join(export_records(other)) == first
    as_role(ws, "nguoi-xem", "viewer")
    redacted = "\n".join(export_records(ws, kind_name="volunteer_member"))
    assert all(n not in redacted for n in NAMES) and "0900000002" not in redacted
    assert redacted.count('"volunteer_member"') == 4


def test_upward_file_carries_no_member_name_in_clear(make_workspace, tmp_path):
    district = make_workspace(HOAN_KIEM, name="district.sqlite3")
    commune = make_workspace(CHUONG_DUONG, name="commune.sqlite3")
    trust_card(district, own_card(commune))
    trust_card(commune, own_card(district))
    team = f.volunteer_team(established_on="2018-02-01")
    member = f.volunteer_member(team["id"], full_name="Trịnh Thị Bí Mật",
                                phone="0988777666", joined_on="2018-02-03",
                                note="Ghi chú kín của đội")  # fmt: skip
    import_records(commune, [json.dumps(r, ensure_ascii=False) for r in (team, member)])
    for personal in (False, True):
        out = tmp_path / f"upward-{personal}.pcmd"
        export_period(commune, "2018-02", out, include_personal=personal)
        data = out.read_bytes()
        with zipfile.ZipFile(io.BytesIO(data)) as zf:  # the members as the parent reads them
            members = {n: zf.read(n) for n in zf.namelist()}
        assert ("personal.bin" in members) is personal  # sealed persons' part only
        for blob in (data, *members.values()):
            for secret in ("Trịnh Thị Bí Mật", "0988777666", "Ghi chú kín"):
                assert secret.encode("utf-8") not in blob
                assert json.dumps(secret).strip('"').encode("ascii") not in blob  # \\u-escaped
        sent = [json.loads(line) for line in members["records.jsonl"].decode().splitlines()]
        sent_member = next(r for r in sent if r["record"] == "volunteer_member")
        assert sent_member["role"] == "leader" and sent_member["team_id"] == team["id"]
        assert not {"full_name", "phone", "note"} & sent_member.keys()
    # The parent receives it and counts the team and its member.
    from pcmd_desktop.services.submissions import ACCEPTED, import_file

    assert import_file(district, tmp_path / "upward-True.pcmd").status == ACCEPTED
    report = build_report(district, "2018-02")
    assert report.values["volunteer.members_at_end"].value == 1


def test_members_are_found_by_name_only_by_roles_that_see_names(ws, service, teams):
    _a, _b, members = teams
    assert [r.key for r in rows(ws, "volunteer_member", search="xung kich")] == [members[1]["id"]]
    found = service.search("tinh nguyen le")
    assert [(r["record"], r["id"]) for r in found] == [("volunteer_member", members[0]["id"])]
    assert found[0]["full_name"] == NAMES[0]
    service.get("volunteer_member", members[0]["id"])  # opening a member's file is logged
    actions = [r[0] for r in ws.db.execute("SELECT action FROM audit_log").fetchall()]
    assert "open_member" in actions and "list_members" in actions
    as_role(ws, "nguoi-xem", "viewer")
    assert rows(ws, "volunteer_member", search="xung kich") == []
    assert RecordService(ws).search("xung kich") == []
