"""Approval in the window: the district selects the ward in the completeness table and
accepts (the state column says Đã duyệt), the ward takes the decision on its send tab and
sees the period locked there and on the report page, a save into the period is refused
with the service's message, the report page counts accepted files only when asked."""

from __future__ import annotations

from datetime import date

import pytest
from ui_support import open_window

from pcmd_desktop.services.exchange_export import export_period
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.submissions import import_file
from pcmd_desktop.services.unit_keys import own_card, trust_card
from pcmd_desktop.ui.pages.exchange import ExchangePage
from pcmd_desktop.ui.pages.reports.page import ReportsPage

HOAN_KIEM = "002"
PERIOD = "2018-03"


@pytest.fixture
def district(make_workspace, workspace):
    ws = make_workspace(HOAN_KIEM, name="district.sqlite3")
    trust_card(ws, own_card(workspace))
    trust_card(workspace, own_card(ws))
    return ws


def column(table, header: str) -> int:
    return next(c for c in range(table.columnCount())
                if table.horizontalHeaderItem(c).text() == header)  # fmt: skip


def test_accept_lock_and_reopen_in_the_window(qtbot, workspace, district, tmp_path):
    rec = RecordService(workspace, date(2018, 12, 31)).create(
        "activity", {"date": "2018-03-05", "kind": "propaganda", "title": "Tuyên truyền"}
    )
    sent = export_period(workspace, PERIOD, tmp_path / "w.pcmd")
    assert import_file(district, sent.path).status == "accepted"

    page = ExchangePage(district)
    qtbot.addWidget(page)
    page.picker.set_code(PERIOD)  # as set by a program: no signal, so shown by hand
    receive = page.receive
    receive.show_completeness()
    table = receive.children_table
    state = column(table, "Duyệt")
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    ours = next(r for text, r in rows.items() if "(00067)" in text)
    assert table.item(ours, state).text() == "Chưa duyệt"
    bar = receive.approval
    assert bar.approve_button.objectName() == "action.approve_period"
    assert bar.reopen_button.objectName() == "action.reopen_period"
    assert not bar.approve_button.isEnabled()  # nothing selected
    table.selectRow(next(r for r in rows.values() if r != ours))  # a ward that sent nothing
    assert not bar.approve_button.isEnabled()
    table.selectRow(ours)
    assert bar.approve_button.isEnabled()
    decision = tmp_path / "qd.pcmdqd"
    assert bar.approve(decision) is not None and decision.exists()
    assert "Đã duyệt kỳ 2018-03" in bar.status.text()
    assert table.item(ours, state).text() == "Đã duyệt"

    # The ward takes the decision: locked on the send tab and the report page.
    ward = ExchangePage(workspace)
    qtbot.addWidget(ward)
    ward.picker.set_code(PERIOD)
    send = ward.send
    send.refresh()
    assert send.export_button.isEnabled()
    assert send.decision.import_button.objectName() == "action.import_decision"
    assert send.decision.import_path(decision) is not None
    assert send.decision.lock.isVisibleTo(send)
    assert "đã được cấp trên duyệt" in send.decision.lock.text()
    assert not send.export_button.isEnabled()
    reports = ReportsPage(workspace)
    qtbot.addWidget(reports)
    reports.show_period(PERIOD)
    assert reports.lock_label.isVisibleTo(reports)
    assert "Kỳ 2018-03 đã được cấp trên duyệt" in reports.lock_label.text()
    assert not reports.accepted_box.isVisibleTo(reports)  # a ward has no children

    window = open_window(qtbot, workspace)
    page_ = window.page("activities")
    window.show_page(window.pages.index(page_))
    form = page_.show_panel("activity").form
    form.load(rec["id"])
    form.editors["title"].setText("Sửa sau khi duyệt")
    assert not form.save()
    assert "đã được cấp trên duyệt" in form.problems.text()
    assert "yêu cầu sửa lại" in form.problems.text()

    # The district asks for a revision: the ward's period opens again.
    asked = tmp_path / "sua.pcmdqd"
    table.selectRow(ours)
    assert bar.reopen("Thiếu số người tham dự", asked) is not None
    assert table.item(ours, state).text() == "Yêu cầu sửa lại"
    assert send.decision.import_path(asked) is not None
    assert "yêu cầu sửa lại" in send.decision.lock.text()
    assert send.export_button.isEnabled()
    assert form.save()


def test_bad_decision_file_is_said(qtbot, workspace, tmp_path):
    page = ExchangePage(workspace)
    qtbot.addWidget(page)
    junk = tmp_path / "rac.pcmdqd"
    junk.write_bytes(b"nothing")
    assert page.send.decision.import_path(junk) is None
    assert "không phải quyết định duyệt" in page.send.decision.error.text()


def test_report_page_accepted_only(qtbot, workspace, district, tmp_path):
    RecordService(workspace, date(2018, 12, 31)).create(
        "activity", {"date": "2018-03-05", "kind": "propaganda", "title": "Tuyên truyền"}
    )
    import_file(district, export_period(workspace, PERIOD, tmp_path / "w.pcmd").path)
    page = ReportsPage(district)
    qtbot.addWidget(page)
    page.show_period(PERIOD)
    box = page.accepted_box
    assert box.objectName() == "field.report.accepted_only" and box.isVisibleTo(page)
    assert page.build().values["propaganda.sessions"].value == 1
    box.setChecked(True)
    report = page.build()
    assert report.accepted_only and report.values["propaganda.sessions"].value == 0
