"""Consent enforced: the upward file's sealed personal part carries only the persons who
agreed to take part; the others go without their personal fields, and the result says
how many."""

from __future__ import annotations

import json

from conftest import CHUONG_DUONG, HOAN_KIEM
from factories import person

from pcmd_desktop.security.sealing import open_sealed
from pcmd_desktop.services.exchange_export import export_period
from pcmd_desktop.services.records_io import import_records
from pcmd_desktop.services.submissions import ACCEPTED, import_file
from pcmd_desktop.services.unit_keys import own_card, sealing_private, trust_card


def test_only_consenting_persons_are_sealed_and_the_others_counted(make_workspace, tmp_path):
    district = make_workspace(HOAN_KIEM, name="district.sqlite3")
    commune = make_workspace(CHUONG_DUONG, name="commune.sqlite3")
    trust_card(district, own_card(commune))
    trust_card(commune, own_card(district))
    agreed = person(code="HK-2018-0001", full_name="Lê Thị Đồng Ý", consent=True)
    refused = person(code="HK-2018-0002", full_name="Phạm Thị Chưa Đồng Ý", consent=False,
                     id_number="001190000002")  # fmt: skip
    unknown = person(code="HK-2018-0003", full_name="Vũ Thị Chưa Hỏi", id_number="001190000003")
    del unknown["consent"]  # never asked: not a consent either
    import_records(commune, [json.dumps(r, ensure_ascii=False) for r in (agreed, refused, unknown)])

    result = export_period(commune, "2018-02", tmp_path / "c.pcmd", include_personal=True)
    assert result.personal and result.without_consent == 2
    assert result.consent_note == ("Đã bỏ qua thông tin cá nhân của 2 người chưa đồng ý tham gia")
    # Without --include-personal nothing is said (no personal part at all).
    plain = export_period(commune, "2018-02", tmp_path / "p.pcmd")
    assert not plain.personal and plain.consent_note == ""

    assert import_file(district, result.path).status == ACCEPTED
    records, blob = district.db.execute(
        "SELECT records, personal FROM submissions WHERE unit = ? AND period = '2018-02'",
        (CHUONG_DUONG,),
    ).fetchone()
    sealed = [json.loads(line) for line in open_sealed(blob, sealing_private(district))
              .decode("utf-8").splitlines() if line]  # fmt: skip
    assert [p["full_name"] for p in sealed] == ["Lê Thị Đồng Ý"]
    assert sealed[0]["id"] == agreed["id"] and sealed[0]["id_number"] == agreed["id_number"]
    text = open_sealed(blob, sealing_private(district)).decode("utf-8")
    assert "Chưa Đồng Ý" not in text and "Chưa Hỏi" not in text
    # The non-personal records of all three still go, as before.
    codes = {json.loads(line)["code"] for line in records.splitlines()
             if line and json.loads(line)["record"] == "person"}  # fmt: skip
    assert codes == {"HK-2018-0001", "HK-2018-0002", "HK-2018-0003"}
    assert "Chưa Đồng Ý" not in records
    entry = commune.db.execute("SELECT detail FROM audit_log WHERE action = 'export_personal'"
                               ).fetchone()  # fmt: skip
    assert entry is not None and json.loads(entry[0])["without_consent"] == 2
