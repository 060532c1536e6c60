"""The unit's key pairs, key cards and the trust between a unit and its parent/children."""

from __future__ import annotations

import base64
import json

import pytest
from conftest import CHUONG_DUONG, HANG_BAC, HANOI, HOAN_KIEM

from pcmd_desktop.security import sealing, signing
from pcmd_desktop.services import auth, unit_keys
from pcmd_desktop.services.audit_log import ACTION_LABELS
from pcmd_desktop.services.errors import PermissionDenied, ServiceError
from pcmd_desktop.services.unit_keys import CardError, KeyCard

OTHER = "mat-khau-khac-nua"


def as_user(ws, name: str, role: str):
    auth.add_user(ws, name, role, OTHER)
    auth.login(ws, name, OTHER)
    return ws


@pytest.fixture
def commune(make_workspace):
    return make_workspace(unit=CHUONG_DUONG, name="xa.sqlite3")


@pytest.fixture
def district(make_workspace):
    return make_workspace(unit=HOAN_KIEM, name="huyen.sqlite3")


def export(ws, tmp_path, name="the.json"):
    path = tmp_path / name
    unit_keys.write_card(ws, path)
    return path


def test_keys_are_made_once_and_the_card_round_trips(commune, tmp_path):
    card = unit_keys.own_card(commune)
    assert card.unit == CHUONG_DUONG
    assert "Chương Dương" in card.unit_name
    assert len(card.signing_key) == 32 and len(card.sealing_key) == 32
    assert card.fingerprint == signing.fingerprint(card.signing_key, card.sealing_key)
    assert unit_keys.own_card(commune) == card  # made once, then kept
    path = export(commune, tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "pcmd-key-card" and data["version"] == 1
    assert unit_keys.read_card(path) == card
    assert KeyCard.from_json(card.to_json()) == card
    text = card.to_text()
    assert "Chương Dương" in text and card.fingerprint in text
    assert " ".join(card.fingerprint[:4]) in text  # the large, spaced groups
    actions = [r[0] for r in commune.db.execute("SELECT action FROM audit_log")]
    assert actions.count("unit_keys_created") == 1


def test_the_private_keys_work_with_the_public_ones(commune):
    card = unit_keys.own_card(commune)
    sig = signing.sign(unit_keys.signing_private(commune), b"tep bao cao")
    assert signing.verify(card.signing_key, b"tep bao cao", sig)
    blob = sealing.seal(b"gui xa", card.sealing_key)
    assert sealing.open_sealed(blob, unit_keys.sealing_private(commune)) == b"gui xa"


def test_district_trusts_its_commune_then_unchanged_then_replace(
    commune, district, make_workspace, tmp_path
):
    path = export(commune, tmp_path)
    card = unit_keys.read_card(path, district)
    assert unit_keys.trust_card(district, card) == "added"
    assert unit_keys.trusted_signing_key(district, CHUONG_DUONG) == card.signing_key
    assert [c.fingerprint for c in unit_keys.trusted(district)] == [card.fingerprint]
    assert unit_keys.trust_card(district, card) == "unchanged"
    # The commune reinstalled: a new database, new keys for the same unit.
    again = make_workspace(unit=CHUONG_DUONG, name="xa-moi.sqlite3")
    new_card = unit_keys.read_card(export(again, tmp_path, "moi.json"), district)
    assert new_card.fingerprint != card.fingerprint
    with pytest.raises(CardError) as e:
        unit_keys.trust_card(district, new_card)
    assert "--replace" in str(e.value) and card.fingerprint in str(e.value)
    assert unit_keys.trusted_signing_key(district, CHUONG_DUONG) == card.signing_key
    assert unit_keys.trust_card(district, new_card, replace=True) == "replaced"
    assert unit_keys.trusted_signing_key(district, CHUONG_DUONG) == new_card.signing_key
    rows = district.db.execute(
        "SELECT detail FROM audit_log WHERE action = 'key_trusted' ORDER BY seq"
    ).fetchall()
    assert len(rows) == 2
    assert json.loads(rows[1][0])["replaced_fingerprint"] == card.fingerprint
    assert "key_trusted" in ACTION_LABELS


def test_commune_trusts_its_district_and_gets_its_sealing_key(commune, district, tmp_path):
    assert unit_keys.parent_sealing_key(commune) is None
    card = unit_keys.read_card(export(district, tmp_path), commune)
    assert unit_keys.trust_card(commune, card) == "added"
    assert unit_keys.parent_sealing_key(commune) == card.sealing_key


def test_district_trusts_its_city(district, make_workspace, tmp_path):
    city = make_workspace(unit=HANOI, name="tp.sqlite3")
    card = unit_keys.read_card(export(city, tmp_path), district)
    assert unit_keys.trust_card(district, card) == "added"


def test_a_unit_neither_parent_nor_child_is_refused(commune, make_workspace, tmp_path):
    neighbour = make_workspace(unit=HANG_BAC, name="hang-bac.sqlite3")
    card = unit_keys.read_card(export(neighbour, tmp_path), commune)
    with pytest.raises(CardError) as e:
        unit_keys.trust_card(commune, card)
    assert "Hàng Bạc" in str(e.value) and "Hoàn Kiếm" in str(e.value)
    city = make_workspace(unit=HANOI, name="tp.sqlite3")  # the city is not the commune's parent
    with pytest.raises(CardError):
        unit_keys.trust_card(commune, unit_keys.own_card(city))
    with pytest.raises(CardError) as e:
        unit_keys.trust_card(commune, unit_keys.own_card(commune))
    assert "chính đơn vị này" in str(e.value)
    assert unit_keys.trusted(commune) == []


def test_a_corrupted_card_is_refused_naming_the_fault(commune, district, tmp_path):
    path = export(commune, tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    key = data["signing_key"]
    data["signing_key"] = ("B" if key[5] != "B" else "C").join([key[:5], key[6:]])
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CardError) as e:
        unit_keys.read_card(path, district)
    assert "Dấu vân tay" in str(e.value) and "không khớp" in str(e.value)


@pytest.mark.parametrize(
    ("change", "fault"),
    [
        (lambda d: "không phải json {", "không phải JSON"),
        (lambda d: {**d, "format": "other"}, "pcmd-key-card"),
        (lambda d: {**d, "version": 2}, "phiên bản 2"),
        (lambda d: {**d, "sealing_key": "không-phải-base64"}, "base64"),
        (lambda d: {**d, "sealing_key": base64.b64encode(b"x" * 31).decode()}, "31 byte"),
        (lambda d: {**d, "unit": "99999"}, "99999"),
    ],
)
def test_malformed_cards_are_refused(commune, district, tmp_path, change, fault):
    path = export(commune, tmp_path)
    changed = change(json.loads(path.read_text(encoding="utf-8")))
    text = changed if isinstance(changed, str) else json.dumps(changed, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CardError) as e:
        card = unit_keys.read_card(path, district)
        unit_keys.trust_card(district, card)  # the unknown unit only fails once it is named
    assert fault in str(e.value)


def test_a_missing_file_is_a_card_error(tmp_path):
    with pytest.raises(CardError):
        unit_keys.read_card(tmp_path / "khong-co.json")


def test_private_keys_are_not_in_clear_in_the_database_file(commune):
    unit_keys.own_card(commune)
    raw = [
        unit_keys.signing_private(commune).private_bytes_raw(),
        unit_keys.sealing_private(commune).private_bytes_raw(),
    ]
    stored = commune.db.execute("SELECT private_key FROM unit_keys").fetchall()
    assert all(r[0].startswith("v1:") for r in stored)
    commune.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    content = commune.path.read_bytes()
    wal = commune.path.with_name(commune.path.name + "-wal")
    if wal.exists():
        content += wal.read_bytes()
    for key in raw:
        assert key not in content
        assert base64.b64encode(key) not in content


@pytest.mark.parametrize("role", ["viewer", "officer", "reporter"])
def test_only_an_admin_trusts_a_card(commune, district, tmp_path, role):
    card = unit_keys.read_card(export(commune, tmp_path), district)
    as_user(district, "nguoi-dung", role)
    with pytest.raises(PermissionDenied):
        unit_keys.trust_card(district, card)
    assert district.db.execute("SELECT count(*) FROM trusted_keys").fetchone()[0] == 0


def test_a_viewer_cannot_read_the_private_keys(commune):
    as_user(commune, "xem", "viewer")
    unit_keys.own_card(commune)  # the public card is fine
    with pytest.raises(PermissionDenied):
        unit_keys.signing_private(commune)


def test_nothing_without_a_session(commune):
    auth.logout(commune)
    with pytest.raises(ServiceError):
        unit_keys.own_card(commune)
