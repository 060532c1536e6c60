"""The exchange page: the send tab says how many persons without consent were left out of
the sealed part; the receive tab receives a file with a value out of line with the unit's
history, says so in the results and in the completeness table's "Cảnh báo số liệu"."""

from __future__ import annotations

import json

from pcmd_desktop.db.connection import transaction
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.unit_keys import own_card, trust_card
from pcmd_desktop.ui.pages.exchange import ExchangePage
from pcmd_desktop.ui.pages.exchange.receive_tab import limited

CODE = "propaganda.participants"
MESSAGE = ("Số lượt người dự tuyên truyền 450 cao bất thường so với 6 kỳ trước (30–50, "
           "trung bình 39,7)")  # fmt: skip


def test_consent_note_then_flags_on_receipt(qtbot, workspace, make_workspace, tmp_path):
    district = make_workspace("002", name="district.sqlite3")
    trust_card(district, own_card(workspace))
    trust_card(workspace, own_card(district))
    records = RecordService(workspace)
    for code, consent in (("HK-01", True), ("HK-02", False), ("HK-03", False)):
        records.create("person", {"code": code, "opened_on": "2018-07-01", "consent": consent,
                                  "full_name": f"Người Thử {code}"})  # fmt: skip
    records.create("activity", {"date": "2018-07-05", "kind": "propaganda",
                                "title": "Tuyên truyền", "participants": 450})  # fmt: skip
    with transaction(district.db):  # six earlier months received, 30 to 50 participants
        for month, value in enumerate((30, 40, 35, 50, 45, 38), start=1):
            district.db.execute(
                "INSERT INTO submissions (unit, period, revision, sha256, created_at, "
                "received_at, received_by, indicators, narrative, records) VALUES (?, ?, 1, ?, "
                "'2018-01-01T00:00:00Z', '2018-01-01T00:00:00+00:00', 'x', ?, '{}', '')",
                (workspace.unit.code, f"2018-{month:02d}", str(month),
                 json.dumps({CODE: {"value": value, "ytd": value}})),
            )  # fmt: skip

    commune_page = ExchangePage(workspace)
    qtbot.addWidget(commune_page)
    commune_page.picker.set_code("2018-07")
    send = commune_page.send
    send.include_personal.setChecked(True)
    result = send.export_to(tmp_path / "00067-2018-07.pcmd")
    assert result is not None and result.without_consent == 2
    assert send.status.isVisibleTo(send)
    assert "Đã bỏ qua thông tin cá nhân của 2 người chưa đồng ý tham gia" in send.status.text()

    page = ExchangePage(district)
    qtbot.addWidget(page)
    page.picker.set_code("2018-07")
    receive = page.receive
    assert not receive.flags_detail.isVisibleTo(receive)  # nothing received yet
    outcomes = receive.import_paths([result.path])
    assert [o.status for o in outcomes] == ["accepted"]  # never blocking
    results = receive.results
    column = results.columnCount() - 1
    assert results.horizontalHeaderItem(column).text() == "Cảnh báo số liệu"
    assert results.item(0, 0).text() == "đã nhận"
    assert results.item(0, column).text() == "1"
    assert results.item(0, column).toolTip() == MESSAGE
    assert receive.import_flags.isVisibleTo(receive)
    assert MESSAGE in receive.import_flags.text() and "vẫn được nhận" in receive.import_flags.text()

    children = receive.children_table
    column = children.columnCount() - 1
    assert children.horizontalHeaderItem(column).text() == "Cảnh báo số liệu"
    rows = {children.item(r, 0).text(): r for r in range(children.rowCount())}
    ours = next(r for text, r in rows.items() if "(00067)" in text)
    assert children.item(ours, column).text() == "1"
    assert children.item(ours, column).toolTip() == MESSAGE
    others = {children.item(r, column).text() for r in rows.values() if r != ours}
    assert others == {""}  # the others sent nothing
    assert receive.flags_detail.isVisibleTo(receive)
    assert "1 đơn vị" in receive.flags_detail.text()
    children.selectRow(ours)
    assert MESSAGE in receive.flags_detail.text()
    assert "Chương Dương" in receive.flags_detail.text()
    children.selectRow(next(r for r in rows.values() if r != ours))
    assert MESSAGE not in receive.flags_detail.text()


def test_a_long_list_of_flags_is_cut_and_counted():
    lines = [f"• cảnh báo {i}" for i in range(10)]
    shown = limited(lines)
    assert shown[:5] == lines[:5] and len(shown) == 6
    assert shown[-1].startswith("… và 5 cảnh báo khác")
    assert limited(lines[:6]) == lines[:6]
