"""The handover of a merged ward's data (issue 13): Phường Hàng Bạc (00061) ends with the
2025 reform and its database hands everything to the new Phường Thử Hợp Nhất, which
kept Chương Dương's code (00067).

The receiver is a 2020 database of 00067 with the reform list loaded: with the reused
code it *is* the new unit from 01/07/2025 (ws.unit is the version in force on the
working date), so no re-homing is needed; the giver is a 2020 database of 00061 with
the same list loaded, whose unit has ended and whose successor is 00067."""

from __future__ import annotations

import io
import json
import zipfile

import factories as f
import pytest
from conftest import CHUONG_DUONG, HANG_BAC
from units_2025 import MERGED_NAME, reform_csv

from pcmd_desktop.db import handover_repo
from pcmd_desktop.domain.records import KINDS
from pcmd_desktop.exchange.handover_package import build_handover
from pcmd_desktop.security.sealing import open_sealed, seal
from pcmd_desktop.security.signing import sign
from pcmd_desktop.services.auth import add_user, login
from pcmd_desktop.services.handover import HandoverError, export_handover, import_handover
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.records_io import import_records
from pcmd_desktop.services.reporting import build_report
from pcmd_desktop.services.unit_keys import (
    CardError,
    own_card,
    sealing_private,
    signing_private,
    trust_card,
)
from pcmd_desktop.services.units import load_unit_list

SECRET_NAME = "Bí Mật Riêng Thử"
SECRET_ID = "001190098765"
CHILD_SECRET = "Người Con Bí Mật"


def _fill(giver) -> dict[str, dict]:
    recs = [{**r, "unit": HANG_BAC} for r in f.one_of_each()]
    for r in recs:
        if r["record"] == "person":
            r.update(full_name=SECRET_NAME, id_number=SECRET_ID, residence="Ngõ Thử Riêng")
    import_records(giver, [json.dumps(r, ensure_ascii=False) for r in recs])
    RecordService(giver).delete("budget", next(r["id"] for r in recs if r["record"] == "budget"))
    child_personal = json.dumps({"record": "person", "id": f.nid(), "full_name": CHILD_SECRET},
                                ensure_ascii=False).encode() + b"\n"  # fmt: skip
    giver.db.execute(
        "INSERT INTO submissions VALUES ('00064', '2025-H1', 1, ?, '2025-06-20T01:00:00Z', "
        "'2025-06-21T01:00:00+00:00', 'quan-tri', '{}', '{}', NULL, '', ?, '{\"cells\": \"thử\"}')",
        ("a" * 64, seal(child_personal, own_card(giver).sealing_key)),
    )
    giver.db.execute(
        "INSERT INTO report_narratives VALUES (?, '2025-H1', 'assessment', 'Đánh giá thử', "
        "'2025-06-20T01:00:00+00:00', 'quan-tri')",
        (HANG_BAC,),
    )
    return {r["record"]: r for r in recs}


@pytest.fixture
def pair(make_workspace, tmp_path):
    giver = make_workspace(HANG_BAC, name="hang-bac.sqlite3")
    taker = make_workspace(CHUONG_DUONG, name="hop-nhat.sqlite3")
    made = _fill(giver)
    for ws in (giver, taker):
        load_unit_list(ws, reform_csv(tmp_path))
    trust_card(giver, own_card(taker))
    trust_card(taker, own_card(giver))
    return giver, taker, made


def _counts(ws) -> dict:
    return {k: ws.db.execute(f"SELECT count(*) FROM {KINDS[k].table}").fetchone()[0]
            for k in KINDS} | {"submissions": ws.db.execute(
                "SELECT count(*) FROM submissions").fetchone()[0]}  # fmt: skip


def _actions(ws) -> set[str]:
    return {r[0] for r in ws.db.execute("SELECT action FROM audit_log")}


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def test_a_predecessor_and_its_successor_may_trust_each_other(make_workspace, tmp_path):
    giver = make_workspace(HANG_BAC, name="a.sqlite3")
    taker = make_workspace(CHUONG_DUONG, name="b.sqlite3")
    with pytest.raises(CardError, match="tiền thân hoặc kế tiếp"):
        trust_card(giver, own_card(taker))  # 2020: two wards of one district
    for ws in (giver, taker):
        load_unit_list(ws, reform_csv(tmp_path))
    assert trust_card(giver, own_card(taker)) == "added"
    assert trust_card(taker, own_card(giver)) == "added"


def test_round_trip_moves_everything_with_its_history(pair, tmp_path):
    giver, taker, made = pair
    out = export_handover(giver, CHUONG_DUONG, tmp_path / "ban-giao.pcmdbg")
    data = out.path.read_bytes()
    texts = b"".join([data, *_members(data).values()]).decode("utf-8", "replace")
    for secret in (SECRET_NAME, SECRET_ID, "Ngõ Thử Riêng", CHILD_SECRET):
        assert secret not in texts
    report = import_handover(taker, out.path)
    assert report.records == {k: 1 for k in KINDS} and report.skipped == {}
    assert report.submissions == 1 and report.narratives == 1
    assert taker.unit.name == MERGED_NAME
    person = RecordService(taker).get("person", made["person"]["id"])
    assert (person["full_name"], person["id_number"]) == (SECRET_NAME, SECRET_ID)
    assert person["unit"] == HANG_BAC
    stored = taker.db.execute("SELECT full_name, created_by FROM persons").fetchone()
    assert SECRET_NAME not in stored[0] and stored[1] == "quan-tri"
    budget = RecordService(taker).get("budget", made["budget"]["id"], include_deleted=True)
    assert budget is not None
    assert taker.db.execute("SELECT deleted_at FROM budgets").fetchone()[0] is not None
    holders = handover_repo.holders(taker.db, KINDS["person"], made["person"])
    assert [h for h, _ in holders] == [HANG_BAC]
    sealed, kept = taker.db.execute("SELECT personal, breakdowns FROM submissions").fetchone()
    assert kept == '{"cells": "thử"}'  # the child file's breakdown moved with it
    assert CHILD_SECRET.encode() in open_sealed(bytes(sealed), sealing_private(taker))
    found = RecordService(taker).search("Karaoke Hoa Hồng")
    assert made["establishment"]["id"] in {r["id"] for r in found}
    assert _actions(taker) >= {"handover_received"} and _actions(giver) >= {"handover_sent"}
    text = report.to_text()
    assert "Phường Hàng Bạc" in text and MERGED_NAME in text
    assert f"Hồ sơ đã chuyển sang: {len(KINDS)}" in text
    saved = report.save(tmp_path / "bien-ban.txt")
    assert saved.read_text(encoding="utf-8") == text


def test_the_same_file_twice_changes_nothing(pair, tmp_path):
    giver, taker, _ = pair
    path = export_handover(giver, CHUONG_DUONG, tmp_path / "bg.pcmdbg").path
    import_handover(taker, path)
    before = _counts(taker)
    again = import_handover(taker, path)
    assert again.already and "đã được nhận trước đây" in again.to_text()
    assert _counts(taker) == before


def test_a_changed_byte_is_refused_and_nothing_moves(pair, tmp_path):
    giver, taker, _ = pair
    path = export_handover(giver, CHUONG_DUONG, tmp_path / "bg.pcmdbg").path
    members = _members(path.read_bytes())
    members["records.jsonl"] = members["records.jsonl"].replace(b"Karaoke", b"Kareoke")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, payload in members.items():
            zf.writestr(name, payload)
    bad = tmp_path / "sua.pcmdbg"
    bad.write_bytes(buf.getvalue())
    before = _counts(taker)
    with pytest.raises(HandoverError, match=r"records\.jsonl bị thay đổi"):
        import_handover(taker, bad)
    assert _counts(taker) == before


def test_an_untrusted_sender_is_refused(make_workspace, tmp_path, pair):
    giver, _, _ = pair
    stranger = make_workspace(CHUONG_DUONG, name="khac.sqlite3")
    load_unit_list(stranger, reform_csv(tmp_path))
    trust_card(giver, own_card(stranger), replace=True)
    path = export_handover(giver, CHUONG_DUONG, tmp_path / "bg.pcmdbg").path
    with pytest.raises(HandoverError, match="Chưa tin cậy khóa của"):
        import_handover(stranger, path)


def _handcrafted(giver, taker, to: dict, records: list[dict]) -> bytes:
    fields = {"app_version": "thu", "from": {"unit": HANG_BAC, "name": "Phường Hàng Bạc"},
              "to": to, "created_at": "2025-07-15T08:00:00Z"}  # fmt: skip
    key, private = own_card(taker).sealing_key, signing_private(giver)
    return build_handover(fields, records, {}, [], [], [], lambda m: sign(private, m),
                          lambda b: seal(b, key))  # fmt: skip


def _stamped(rec: dict) -> dict:
    return {**rec, "created_at": "2025-01-01T00:00:00+00:00", "created_by": "a",
            "updated_at": "2025-01-01T00:00:00+00:00", "updated_by": "a"}  # fmt: skip


def test_a_file_for_another_unit_or_with_unknown_units_is_refused(pair, tmp_path):
    giver, taker, _ = pair
    path = tmp_path / "x.pcmdbg"
    path.write_bytes(_handcrafted(giver, taker, {"unit": "99070", "name": "Phường Thử Tách"}, []))
    with pytest.raises(HandoverError, match="gửi cho đơn vị mã 99070"):
        import_handover(taker, path)
    odd = _stamped({"record": "activity", **{k: v for k, v in f.activity().items()
                                             if k != "record"}, "unit": "99999"})  # fmt: skip
    path.write_bytes(_handcrafted(giver, taker, {"unit": CHUONG_DUONG, "name": MERGED_NAME},
                                  [odd]))  # fmt: skip
    with pytest.raises(HandoverError, match="nạp danh mục đơn vị trước"):
        import_handover(taker, path)


def test_an_id_clash_refuses_the_whole_file(pair, tmp_path):
    giver, taker, made = pair
    clash = {**made["establishment"], "unit": CHUONG_DUONG, "name": "Karaoke Khác Hẳn"}
    import_records(taker, [json.dumps(clash, ensure_ascii=False)])
    before = _counts(taker)
    path = export_handover(giver, CHUONG_DUONG, tmp_path / "bg.pcmdbg").path
    with pytest.raises(HandoverError, match=made["establishment"]["id"]):
        import_handover(taker, path)
    assert _counts(taker) == before
    assert taker.db.execute("SELECT count(*) FROM handovers").fetchone()[0] == 0


def test_identical_records_already_here_are_skipped_and_counted(pair, tmp_path):
    giver, taker, made = pair
    import_records(taker, [json.dumps(made["establishment"], ensure_ascii=False)])
    path = export_handover(giver, CHUONG_DUONG, tmp_path / "bg.pcmdbg").path
    report = import_handover(taker, path)
    assert report.skipped == {"establishment": 1} and "establishment" not in report.records
    assert "bỏ qua 1 hồ sơ đã có" in report.to_text()


def test_export_needs_an_admin_a_successor_and_its_card(pair, make_workspace, tmp_path):
    giver, _, _ = pair
    with pytest.raises(HandoverError, match="không phải đơn vị kế tiếp"):
        export_handover(giver, "99070", tmp_path / "a.pcmdbg")
    lone = make_workspace(HANG_BAC, name="le.sqlite3")
    load_unit_list(lone, reform_csv(tmp_path))
    with pytest.raises(HandoverError, match="Chưa tin cậy thẻ khóa"):
        export_handover(lone, CHUONG_DUONG, tmp_path / "b.pcmdbg")
    add_user(giver, "can-bo", "officer", "mat-khau-can-bo-thu")
    login(giver, "can-bo", "mat-khau-can-bo-thu")
    with pytest.raises(HandoverError, match="Chỉ người quản trị"):
        export_handover(giver, CHUONG_DUONG, tmp_path / "c.pcmdbg")
    assert not (tmp_path / "c.pcmdbg").exists()


def test_a_person_code_already_used_here_refuses_the_whole_file(pair, tmp_path):
    giver, taker, made = pair
    twin = {**made["person"], "id": f.nid(), "full_name": "Người Khác Thử"}
    import_records(taker, [json.dumps(twin, ensure_ascii=False)])
    before = _counts(taker)
    path = export_handover(giver, CHUONG_DUONG, tmp_path / "bg.pcmdbg").path
    with pytest.raises(HandoverError, match="mã hồ sơ HK-2018-0001 của đơn vị 00061"):
        import_handover(taker, path)
    assert _counts(taker) == before


def test_a_trusted_unit_that_is_not_a_predecessor_is_refused(pair, make_workspace, tmp_path):
    _, taker, _ = pair
    city = make_workspace("01", name="thanh-pho.sqlite3")
    load_unit_list(city, reform_csv(tmp_path))
    trust_card(taker, own_card(city))
    fields = {"app_version": "thu", "from": {"unit": "01", "name": "Thành phố Hà Nội"},
              "to": {"unit": CHUONG_DUONG, "name": MERGED_NAME},
              "created_at": "2025-07-15T08:00:00Z"}  # fmt: skip
    key, private = own_card(taker).sealing_key, signing_private(city)
    path = tmp_path / "tp.pcmdbg"
    path.write_bytes(build_handover(fields, [], {}, [], [], [], lambda m: sign(private, m),
                                    lambda b: seal(b, key)))  # fmt: skip
    with pytest.raises(HandoverError, match="không phải đơn vị tiền thân"):
        import_handover(taker, path)


def test_the_merged_ward_reports_the_handed_over_records(make_workspace, tmp_path):
    giver = make_workspace(HANG_BAC, name="hb.sqlite3")
    taker = make_workspace(CHUONG_DUONG, name="hn.sqlite3")
    late = {**f.activity(), "unit": HANG_BAC, "date": "2025-06-20"}  # before the merge
    import_records(giver, [json.dumps(late, ensure_ascii=False)])
    for ws in (giver, taker):
        load_unit_list(ws, reform_csv(tmp_path))
    trust_card(giver, own_card(taker))
    trust_card(taker, own_card(giver))
    code = "propaganda.sessions"
    before = build_report(taker, "2025-H2").values[code].value
    import_handover(taker, export_handover(giver, CHUONG_DUONG, tmp_path / "bg.pcmdbg").path)
    assert build_report(taker, "2025-H2").values[code].value == before + 1
