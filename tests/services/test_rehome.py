"""Re-homing a database whose unit has ended (services/rehome.py): refusals change
nothing; a move keeps every record under the unit it was made for, after a backup."""

from __future__ import annotations

import factories as f
import pytest
from conftest import ADMIN, HANG_BAC, PASSWORD
from units_2025 import MERGED, MERGED_NAME, SPLIT_PART, reform_csv

from pcmd_desktop.db import meta
from pcmd_desktop.services import auth
from pcmd_desktop.services.errors import PermissionDenied
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.rehome import RehomeError, rehome, rehome_choices
from pcmd_desktop.services.units import load_unit_list


@pytest.fixture
def hang_bac(make_workspace, tmp_path):
    ws = make_workspace(HANG_BAC)
    activity = {k: v for k, v in f.activity(unit=HANG_BAC).items() if k != "record"}
    ws.saved = RecordService(ws).create("activity", activity)  # type: ignore[attr-defined]
    return ws


def _actions(ws) -> list[str]:
    return [r[0] for r in ws.db.execute("SELECT action FROM audit_log ORDER BY rowid")]


def test_refused_while_the_unit_is_in_force(hang_bac):
    assert rehome_choices(hang_bac) == []
    with pytest.raises(RehomeError, match="vẫn còn hiệu lực"):
        rehome(hang_bac, MERGED)
    assert hang_bac.unit.code == HANG_BAC


def test_refused_for_a_unit_that_is_not_a_successor(hang_bac, tmp_path):
    load_unit_list(hang_bac, reform_csv(tmp_path))
    assert [u.code for u in rehome_choices(hang_bac)] == [MERGED]
    with pytest.raises(RehomeError, match=f"không phải đơn vị kế tiếp.*{MERGED_NAME}"):
        rehome(hang_bac, SPLIT_PART)
    assert meta.get(hang_bac.db, meta.OWN_UNIT) == HANG_BAC
    assert "unit_rehomed" not in _actions(hang_bac)


def test_refused_to_a_non_admin(hang_bac, tmp_path):
    load_unit_list(hang_bac, reform_csv(tmp_path))
    auth.add_user(hang_bac, "can-bo", "officer", "mat-khau-can-bo-1")
    auth.logout(hang_bac)
    auth.login(hang_bac, "can-bo", "mat-khau-can-bo-1")
    with pytest.raises((RehomeError, PermissionDenied)):
        rehome(hang_bac, MERGED)
    assert meta.get(hang_bac.db, meta.OWN_UNIT) == HANG_BAC


def test_a_move_keeps_the_records_and_makes_a_backup(hang_bac, tmp_path):
    load_unit_list(hang_bac, reform_csv(tmp_path))
    result = rehome(hang_bac, MERGED)
    assert (result.old.code, result.new.code) == (HANG_BAC, MERGED)
    assert result.new.name == MERGED_NAME
    assert result.backup.is_file() and result.backup != hang_bac.path
    assert hang_bac.unit.code == MERGED and hang_bac.unit.name == MERGED_NAME
    kept = RecordService(hang_bac).get("activity", hang_bac.saved["id"])
    assert kept["unit"] == HANG_BAC  # made for Hàng Bạc, still Hàng Bạc's
    assert hang_bac.counts()["activity"] == 1
    assert HANG_BAC in hang_bac.scope(hang_bac.today())  # counts in the new unit's figures
    assert _actions(hang_bac)[-1] == "unit_rehomed"
    auth.logout(hang_bac)
    auth.login(hang_bac, ADMIN, PASSWORD)  # the database still opens as before
