"""JSON-lines import (all or nothing, idempotent) and export (stable, round-trips)."""

from __future__ import annotations

import json
import unicodedata

import factories as f
import pytest

from pcmd_desktop.services.records_io import ImportRejected, export_records, import_records


def lines(records: list[dict]) -> list[str]:
    return [json.dumps(r, ensure_ascii=False) for r in records]


def test_import_every_kind_then_export(ws):
    records = f.one_of_each()
    summary = import_records(ws, lines(records))
    assert summary.total == len(records) and sum(summary.updated.values()) == 0
    exported = [json.loads(x) for x in export_records(ws)]
    assert len(exported) == len(records)
    assert {r["record"] for r in exported} == {r["record"] for r in records}


def test_import_in_any_order_resolves_references_within_the_file(ws):
    records = f.one_of_each()
    import_records(ws, lines(list(reversed(records))))
    assert ws.counts()["inspection"] == 1


def of(records: list[dict], kind: str) -> dict:
    return next(r for r in records if r["record"] == kind)


def test_importing_the_same_ids_again_updates_never_duplicates(ws):
    records = f.one_of_each()
    import_records(ws, lines(records))
    of(records, "activity")["title"] = "Tuyên truyền tại chợ Long Biên"
    again = import_records(ws, lines(records))
    assert sum(again.created.values()) == 0 and again.updated["activity"] == 1
    assert ws.counts()["activity"] == 1
    (activity,) = [json.loads(x) for x in export_records(ws, "activity")]
    assert activity["title"] == "Tuyên truyền tại chợ Long Biên"


def test_export_import_export_is_identical(ws, make_workspace):
    records = f.one_of_each()
    e = records[0]
    first = of(records, "inspection")["id"]
    records.append(f.inspection(e["id"], date="2018-04-20", follow_up_of=first,
                                extra={"người ký": "Lê Văn Mẫu"}))  # fmt: skip
    import_records(ws, lines(records))
    first = list(export_records(ws))
    other = make_workspace(name="empty.sqlite3")
    import_records(other, first)
    assert list(export_records(other)) == first


def test_ten_thousand_lines_with_a_bad_last_line_import_nothing(ws):
    good = [f.activity(title=f"Buổi tuyên truyền số {i}") for i in range(9_999)]
    bad = f.activity(date="2018-02-31")
    with pytest.raises(ImportRejected) as e:
        import_records(ws, lines([*good, bad]))
    assert [p.line for p in e.value.problems] == [10_000]
    assert "date" in e.value.problems[0].message
    assert ws.counts()["activity"] == 0
    assert ws.db.execute("SELECT count(*) FROM search_keys").fetchone()[0] == 0


def test_each_bad_line_is_named_with_its_field(ws):
    rows = lines([f.activity(), f.activity(participants=-1), f.budget(amount_vnd="nhiều")])
    rows.insert(1, "{không phải json")
    rows.append(json.dumps({"record": "meeting"}))
    with pytest.raises(ImportRejected) as e:
        import_records(ws, rows)
    got = {p.line: str(p) for p in e.value.problems}
    assert set(got) == {2, 3, 4, 5}
    assert "JSON" in got[2]
    assert "participants" in got[3] and got[3].startswith("Dòng 3:")
    assert "amount_vnd" in got[4]
    assert "record" in got[5]
    assert ws.counts()["activity"] == 0


def test_duplicate_ids_within_a_file_are_refused(ws):
    a = f.activity()
    with pytest.raises(ImportRejected) as e:
        import_records(ws, lines([a, a]))
    assert "trùng" in e.value.problems[0].message and e.value.problems[0].line == 2


def test_duplicate_person_codes_within_a_file_are_refused(ws):
    with pytest.raises(ImportRejected) as e:
        import_records(ws, lines([f.person(), f.person()]))
    assert "HK-2018-0001" in e.value.problems[0].message


def test_nfd_lines_are_stored_nfc(ws):
    nfd = unicodedata.normalize("NFD", json.dumps(f.establishment(name="Khách sạn Hồng Hà"),
                                                  ensure_ascii=False))  # fmt: skip
    import_records(ws, [nfd])
    (line,) = export_records(ws)
    assert json.loads(line)["name"] == unicodedata.normalize("NFC", "Khách sạn Hồng Hà")


def test_blank_lines_and_a_bom_are_ignored(ws):
    rows = lines([f.activity()])
    import_records(ws, ["\ufeff" + rows[0], "", "   "])
    assert ws.counts()["activity"] == 1


def test_deleted_records_are_not_exported(ws):
    from pcmd_desktop.services.records import RecordService

    a = f.activity()
    import_records(ws, lines([a]))
    RecordService(ws).delete("activity", a["id"])
    assert list(export_records(ws)) == []
