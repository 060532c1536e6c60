"""Personal data: never on disk in clear, never shown to roles that may not see it."""

from __future__ import annotations

import json
import re
import unicodedata

import factories as f
import pytest
from conftest import PASSWORD

from pcmd_desktop.cli import main
from pcmd_desktop.services import auth
from pcmd_desktop.services.backup import backup_to
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.records_io import export_records, import_records

HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng", "Bùi", "Đỗ"]
DEM = ["Thị", "Ngọc", "Thu", "Thanh", "Hồng"]
TEN = ["Hòa", "Lụa", "Thắm", "Nguyệt", "Phượng", "Hằng", "Yến", "Thủy", "Ánh", "Dịu"]


def thousand_persons() -> list[dict]:
    """Each value carries a token found nowhere else: Thứ0007 in the name, Ngách0007 in
    the residence, and the identity number itself."""
    out = []
    for i in range(1000):
        out.append(f.person(
            code=f"HK-2018-{i:04d}",
            full_name=f"{HO[i % 8]} {DEM[i % 5]} {TEN[i % 10]} Thứ{i:04d}",
            id_number=f"0011{i:08d}",
            residence=f"Ngách{i:04d} ngõ Tự Do, Phường Chương Dương",
        ))  # fmt: skip
    return out


# A value is absent from a file if its own token is: the tokens are what is looked for.
# The identity numbers are 00110000 and four digits (i < 1000): the pattern asks for all
# eight fixed digits, since the looser "0011" + any 8 digits also turns up now and then
# inside the hex of a UUID or a hash stored in clear (001180258152 was seen once).
TOKENS = re.compile(r"Thứ\d{4}|Ngách\d{4}|00110000\d{4}|Bí Mật Riêng")


def readable_texts(blob: bytes) -> list[str]:
    """The file read as UTF-8 and as UTF-16 (both byte orders, both alignments), each
    brought to NFC, so text stored in any of these forms, NFC or NFD, shows up."""
    texts = [blob.decode("utf-8", "ignore")]
    for encoding in ("utf-16-le", "utf-16-be"):
        texts += [blob[offset:].decode(encoding, "ignore") for offset in (0, 1)]
    return [unicodedata.normalize("NFC", t) for t in texts]


def tokens_in(blob: bytes) -> set[str]:
    return {m for text in readable_texts(blob) for m in TOKENS.findall(text)}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_the_search_finds_a_value_stored_in_any_form(encoding, form):
    # The check below could not fail if it could not find what it looks for.
    value = unicodedata.normalize(form, "Nguyễn Thị Hòa Thứ0042")
    blob = b"\x00\x07junk" + value.encode(encoding) + b"\xff\x00"
    assert tokens_in(blob) == {"Thứ0042"}


def test_the_search_finds_an_identity_number_but_not_digits_inside_hex():
    assert tokens_in(b"\x01\x02001100000042\x00") == {"001100000042"}
    # The last group of a UUID stored in clear, all digits by chance.
    assert tokens_in(b"6f1c2e0a-77b4-4c1e-9d1a-001180258152") == set()


def test_names_ids_and_residences_never_reach_the_disk(ws, tmp_path):
    persons = thousand_persons()
    import_records(ws, [json.dumps(p, ensure_ascii=False) for p in persons])
    RecordService(ws).update("person", persons[0]["id"], {"note": "Ghi chú Bí Mật Riêng"})
    backup = backup_to(ws.db, tmp_path / "sao-luu.sqlite3")
    files = [ws.path, ws.path.with_name(ws.path.name + "-wal"), backup]
    blobs = {p.name: p.read_bytes() for p in files if p.exists()}
    assert len(blobs) == 3 and all(blobs.values())
    for name, blob in blobs.items():
        assert tokens_in(blob) == set(), f"personal data found in {name}"
    # ...while the program itself, logged in, still reads every one of them.
    service = RecordService(ws)
    for p in persons[::100]:
        shown = service.get("person", p["id"])
        assert (shown["full_name"], shown["id_number"], shown["residence"]) == (
            p["full_name"], p["id_number"], p["residence"])  # fmt: skip


@pytest.mark.parametrize("role", ["reporter", "viewer"])
def test_reporter_and_viewer_get_no_personal_field_from_any_service(ws, role):
    p = f.person()
    import_records(ws, [json.dumps(p, ensure_ascii=False)])
    auth.add_user(ws, "nguoi-xem", role, "mat-khau-nguoi-xem")
    auth.login(ws, "nguoi-xem", "mat-khau-nguoi-xem")
    service = RecordService(ws)
    shown = [service.get("person", p["id"])]
    shown += service.search("HK-2018-0001")
    shown += service.search("nguyen thi hoa")  # by name: finds nothing for them
    shown += [json.loads(x) for x in export_records(ws)]
    assert shown and all(r.get("record", "person") == "person" for r in shown)
    text = json.dumps(shown, ensure_ascii=False)
    for secret in (p["full_name"], p["id_number"], p["residence"]):
        assert secret not in text
    assert all(k not in r for r in shown for k in ("full_name", "id_number", "residence"))


def test_cli_gives_a_viewer_no_personal_field(ws, tmp_path, capsys, monkeypatch):
    p = f.person()
    import_records(ws, [json.dumps(p, ensure_ascii=False)])
    auth.add_user(ws, "nguoi-xem", "viewer", "mat-khau-nguoi-xem")
    path = str(ws.path)
    ws.close()
    monkeypatch.setenv("PCMD_USER", "nguoi-xem")
    monkeypatch.setenv("PCMD_PASSWORD", "mat-khau-nguoi-xem")
    outputs = []
    for args in (["export-records"], ["search", "HK-2018"], ["search", "Nguyễn Thị Hòa"],
                 ["export-records", "--record", "person"]):  # fmt: skip
        assert main([*args, "--db", path]) == 0
        outputs.append(capsys.readouterr().out)
    text = "".join(outputs)
    assert "HK-2018-0001" in text
    for secret in (p["full_name"], p["id_number"], p["residence"]):
        assert secret not in text


def test_an_officer_sees_and_the_look_is_audited(ws):
    p = f.person()
    import_records(ws, [json.dumps(p, ensure_ascii=False)])
    auth.add_user(ws, "can-bo", "officer", PASSWORD + "x")
    auth.login(ws, "can-bo", PASSWORD + "x")
    assert RecordService(ws).get("person", p["id"])["residence"] == p["residence"]
    last = ws.db.execute(
        "SELECT user, action, record_key FROM audit_log ORDER BY seq DESC"
    ).fetchone()
    assert tuple(last) == ("can-bo", "open_person", p["id"])


def test_ciphertexts_are_bound_to_their_row(ws):
    a, b = f.person(), f.person(code="HK-2018-0002", full_name="Trần Thị Lụa")
    import_records(ws, [json.dumps(x, ensure_ascii=False) for x in (a, b)])
    token = ws.db.execute("SELECT full_name FROM persons WHERE id = ?", [a["id"]]).fetchone()[0]
    # Someone with the file copies one person's encrypted name onto another's row.
    ws.db.conn.execute("UPDATE persons SET full_name = ? WHERE id = ?", (token, b["id"]))
    from pcmd_desktop.security.keys import WrongKey

    with pytest.raises(WrongKey):
        RecordService(ws).get("person", b["id"])
