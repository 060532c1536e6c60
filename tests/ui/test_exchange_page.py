"""The exchange page: a commune exports its file, the district receives a folder of files
(a bad one refused in red) and sees who has sent; an admin trusts a key card."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from ui_support import open_window

from pcmd_desktop.services.unit_keys import own_card, trust_card, trusted, write_card
from pcmd_desktop.ui.pages.exchange import ExchangePage, keys_tab

HOAN_KIEM = "002"
RED = "#b00020"


@pytest.fixture
def district(make_workspace, workspace):
    """Quận Hoàn Kiếm, trusting the commune's key and trusted by it."""
    ws = make_workspace(HOAN_KIEM, name="district.sqlite3")
    trust_card(ws, own_card(workspace))
    trust_card(workspace, own_card(ws))
    return ws


def texts(table, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_commune_exports_and_district_imports_folder(qtbot, workspace, district, tmp_path):
    commune_page = ExchangePage(workspace)
    qtbot.addWidget(commune_page)
    assert commune_page.send is not None and commune_page.receive is None
    usb = tmp_path / "usb"
    usb.mkdir()
    result = commune_page.send.export_to(usb / "00067.pcmd")
    assert result is not None and result.revision == 1
    assert commune_page.send.status.isVisibleTo(commune_page.send)
    assert (
        "1" in commune_page.send.status.text() and "00067.pcmd" in commune_page.send.status.text()
    )
    (usb / "hong.pcmd").write_bytes(b"not a package")

    page = ExchangePage(district)
    qtbot.addWidget(page)
    assert page.receive is not None
    page.picker.set_code(result.period)
    outcomes = page.receive.import_folder(usb)
    assert sorted(o.status for o in outcomes) == ["accepted", "refused"]
    table = page.receive.results
    assert table.objectName() == "table.import_results"
    rows = dict(zip(texts(table, 4), range(table.rowCount()), strict=True))
    assert table.item(rows["00067.pcmd"], 0).text() == "đã nhận"
    assert "00067" in table.item(rows["00067.pcmd"], 1).text()
    assert table.item(rows["00067.pcmd"], 3).text() == "1"
    refused = rows["hong.pcmd"]
    assert table.item(refused, 0).text() == "từ chối"
    assert table.item(refused, 5).text()
    assert table.item(refused, 0).foreground().color().name() == RED

    children = page.receive.children_table
    assert children.objectName() == "table.completeness"
    status = dict(zip(texts(children, 0), texts(children, 1), strict=True))
    ours = next(k for k in status if "(00067)" in k)
    assert status.pop(ours) in ("Đúng hạn", "Muộn")
    assert status and set(status.values()) == {"Chưa nộp"}
    n = children.rowCount()
    expected = f"{100 / n:.1f}".replace(".", ",")
    assert page.receive.rate.text() == f"Đã nộp: {expected} %"

    # The same folder again: the file is already there, nothing else changes.
    again = page.receive.import_folder(usb)
    assert sorted(o.status for o in again) == ["already", "refused"]


def test_export_error_shows_in_red(qtbot, workspace):
    page = ExchangePage(workspace)
    qtbot.addWidget(page)
    page.send.include_personal.setChecked(True)  # no parent key trusted yet
    assert page.send.export_to(Path("/nonexistent/x.pcmd")) is None
    assert page.send.error.isVisibleTo(page.send) and "khóa" in page.send.error.text()


def test_trust_card_through_page(qtbot, workspace, make_workspace, tmp_path, monkeypatch):
    district = make_workspace(HOAN_KIEM, name="district.sqlite3")
    card_path = tmp_path / "the-khoa-002.json"
    write_card(district, card_path)
    asked: list[str] = []

    def yes(parent, title, text, buttons, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(keys_tab.forms, "ask", yes)
    window = open_window(qtbot, workspace)
    page = window.page("exchange")
    keys = page.keys
    assert keys.fingerprint.text() == own_card(workspace).fingerprint
    assert keys.trusted_units() == []
    assert keys.trust_path(card_path) == "added"
    assert len(asked) == 1 and own_card(district).fingerprint in asked[0]
    assert keys.trusted_units() == [HOAN_KIEM]
    assert [c.unit for c in trusted(workspace)] == [HOAN_KIEM]
    assert keys.trust_path(card_path) == "unchanged"


def test_changed_key_asks_again_and_replaces_only_then(qtbot, workspace, make_workspace,
                                                      tmp_path, monkeypatch):  # fmt: skip
    old = make_workspace(HOAN_KIEM, name="old.sqlite3")
    new = make_workspace(HOAN_KIEM, name="new.sqlite3")
    trust_card(workspace, own_card(old))
    card_path = tmp_path / "new.json"
    write_card(new, card_path)
    answers = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel]
    asked: list[str] = []

    def answer(parent, title, text, buttons, **kwargs):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(keys_tab.forms, "ask", answer)
    page = ExchangePage(workspace)
    qtbot.addWidget(page)
    assert page.keys.trust_path(card_path) is None
    assert "đã thay đổi" in asked[1]
    assert trusted(workspace)[0].fingerprint == own_card(old).fingerprint
    answers[:] = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes]
    assert page.keys.trust_path(card_path) == "replaced"
    assert trusted(workspace)[0].fingerprint == own_card(new).fingerprint


def _adx_period(path: Path) -> str:
    return ET.parse(path).getroot().find("{urn:ihe:qrph:adx:2015}group").get("period")


def choose(picker, kind: str, year: int, part: int | None = None) -> None:
    """Pick a period in the page's picker as a user does (each box emits `changed`)."""
    picker.kind_field.setCurrentIndex(picker.kind_field.findData(kind))
    picker.year_field.setValue(year)
    if part is not None:
        picker.part_field.setCurrentIndex(picker.part_field.findData(part))


def test_dhis2_export_from_the_window_says_the_dates(qtbot, workspace, tmp_path):
    """Issue 12: the window exports ADX with DHIS2's period and says, before and after,
    which dates the figures cover and which DHIS2 period files them."""
    window = open_window(qtbot, workspace)
    page = window.page("exchange")
    tab = page.dhis2
    assert page.tabs.indexOf(tab) >= 0
    choose(page.picker, "month", 2018, 1)
    assert page.period_code() == "2018-01"
    dates = tab.dates
    assert dates.objectName() == "label.exchange.dhis2_dates"
    assert dates.isVisibleTo(tab)
    before = dates.text()
    assert "tính từ 15/12/2017 đến 14/01/2018" in before
    assert "kỳ DHIS2 201801 (01/01/2018 đến 31/01/2018)" in before
    assert tab.default_name() == "00067-2018-01.adx.xml"
    assert tab.export_button.isEnabled()

    out = tmp_path / tab.default_name()
    result = tab.export_to(out)
    assert result is not None and result.coverage.filed == "201801"
    assert _adx_period(out) == "2018-01-01/P1M"
    assert tab.status.isVisibleTo(tab) and str(out) in tab.status.text()
    assert "tính từ 15/12/2017 đến 14/01/2018" in tab.status.text()
    assert dates.text() == before

    choose(page.picker, "year", 2018)
    tab.set_format("dhis2")
    assert "tính từ 15/12/2017 đến 14/12/2018" in dates.text()
    assert "kỳ DHIS2 2018 (01/01/2018 đến 31/12/2018)" in dates.text()
    out = tmp_path / tab.default_name()
    assert out.name == "00067-2018.dhis2.json"
    assert tab.export_to(out) is not None
    assert json.loads(out.read_text(encoding="utf-8"))["period"] == "2018"

    # Nine months: refused before any click, the button off, nothing written.
    tab.set_format("adx")
    choose(page.picker, "nine_months", 2018)
    assert not tab.export_button.isEnabled() and not dates.isVisibleTo(tab)
    assert tab.error.isVisibleTo(tab) and "2018-Q1, 2018-Q2 và 2018-Q3" in tab.error.text()
    nine = tmp_path / "9m.adx.xml"
    assert tab.export_to(nine) is None and not nine.exists()
    choose(page.picker, "quarter", 2018, 1)
    assert tab.export_button.isEnabled() and not tab.error.isVisibleTo(tab)
    assert "kỳ DHIS2 2018Q1 (01/01/2018 đến 31/03/2018)" in dates.text()


def test_a_file_that_cannot_be_written_is_said_in_each_tab(qtbot, workspace, tmp_path):
    # A folder that is not there (a USB stick pulled out): the tab says so, in Vietnamese,
    # naming the file, and the program goes on.
    page = ExchangePage(workspace)
    qtbot.addWidget(page)
    page.picker.set_code("2018-01")
    gone = tmp_path / "USB-da-rut"
    assert page.dhis2.export_to(gone / "x.adx.xml") is None
    assert page.send.export_to(gone / "x.pcmd") is None
    assert page.keys.save_card(gone / "the-khoa.json") is False
    for tab in (page.dhis2, page.send, page.keys):
        assert tab.error.isVisibleTo(tab)
        assert tab.error.text().startswith("Không ghi được tệp") and str(gone) in tab.error.text()
    assert not gone.exists()
