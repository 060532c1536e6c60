"""The Bàn giao tab: Phường Hàng Bạc's database, ended by the 2025 reform, writes its
handover file for the merged ward (code 00067); that ward's admin takes it, sees what
moved and saves the report. An officer does not get the tab."""

from __future__ import annotations

import json
import uuid

import pytest
from PySide6.QtWidgets import QComboBox, QPushButton
from units_2025 import MERGED_NAME, reform_csv

from pcmd_desktop.services.auth import add_user, login
from pcmd_desktop.services.records_io import import_records
from pcmd_desktop.services.unit_keys import own_card, trust_card
from pcmd_desktop.services.units import load_unit_list
from pcmd_desktop.ui.pages.exchange import ExchangePage

HANG_BAC, MERGED = "00061", "00067"


@pytest.fixture
def giver_and_taker(make_workspace, workspace, tmp_path):
    giver = make_workspace(HANG_BAC, name="hang-bac.sqlite3")
    activity = {"record": "activity", "id": str(uuid.uuid4()), "unit": HANG_BAC,
                "date": "2024-03-08", "kind": "propaganda", "title": "Tuyên truyền"}  # fmt: skip
    import_records(giver, [json.dumps(activity, ensure_ascii=False)])
    for ws in (giver, workspace):
        load_unit_list(ws, reform_csv(tmp_path))
    trust_card(giver, own_card(workspace))
    trust_card(workspace, own_card(giver))
    return giver, workspace


def test_the_old_unit_hands_over_and_the_new_one_takes_it(qtbot, giver_and_taker, tmp_path):
    giver, taker = giver_and_taker
    page = ExchangePage(giver)
    qtbot.addWidget(page)
    tab = page.handover
    assert tab is not None and page.tabs.tabText(page.tabs.indexOf(tab)) == "Bàn giao"
    combo = tab.findChild(QComboBox, "field.handover.successor")
    assert combo.count() == 1 and MERGED_NAME in combo.currentText()
    assert combo.accessibleName()
    button = tab.findChild(QPushButton, "action.handover.export")
    assert button.isEnabled() and button.accessibleName()
    result = tab.export_to(tmp_path / "ban-giao.pcmdbg")
    assert result is not None and (tmp_path / "ban-giao.pcmdbg").exists()
    assert "00067" in tab.export_status.text()

    page2 = ExchangePage(taker)
    qtbot.addWidget(page2)
    tab2 = page2.handover
    assert not tab2.findChild(QPushButton, "action.handover.export").isEnabled()
    assert tab2.findChild(QPushButton, "action.handover.import").accessibleName()
    with qtbot.waitSignal(page2.changed, timeout=2000):
        report = tab2.import_from(tmp_path / "ban-giao.pcmdbg")
    assert report is not None and report.records == {"activity": 1}
    assert tab2.report_text.isVisibleTo(tab2)
    assert "Phường Hàng Bạc" in tab2.report_text.toPlainText()
    save = tab2.findChild(QPushButton, "action.handover.save_report")
    assert save.isVisibleTo(tab2)
    saved = tab2.save_report_to(tmp_path / "bien-ban.txt")
    assert saved.read_text(encoding="utf-8") == tab2.report_text.toPlainText()


def test_a_bad_file_is_refused_in_the_tab(qtbot, giver_and_taker, tmp_path):
    _, taker = giver_and_taker
    page = ExchangePage(taker)
    qtbot.addWidget(page)
    bad = tmp_path / "hong.pcmdbg"
    bad.write_bytes(b"khong phai zip")
    assert page.handover.import_from(bad) is None
    assert "không phải tệp bàn giao" in page.handover.import_error.text()
    assert page.handover.import_error.isVisibleTo(page.handover)
    assert not page.handover.report_text.isVisibleTo(page.handover)


def test_an_officer_has_no_handover_tab(qtbot, workspace):
    add_user(workspace, "can-bo", "officer", "mat-khau-can-bo-thu")
    login(workspace, "can-bo", "mat-khau-can-bo-thu")
    page = ExchangePage(workspace)
    qtbot.addWidget(page)
    assert page.handover is None
