"""Every record kind entered, corrected, found and deleted through the window, as an
officer would: Tab between fields, typing, Ctrl+S, Enter; then the database is checked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from records_support import answer_next_box, fill, open_panel, save_with_ctrl_s, type_text

from pcmd_desktop.services.records import RecordService

EST = "Nhà nghỉ Bình Minh Thử"
HOTSPOT = "Bãi sông Thử Nghiệm"
PERSON_CODE = "HK-2018-0099"

# kind -> (what is typed, what is then stored, (field, new text, new value), search text)
ENTRIES = {
    "establishment": (
        {"name": "Karaoke Ánh Dương Thử", "type": "Karaoke", "address": "số 7 phố Hàng Vôi",
         "owner_name": "Lê Văn Mẫu", "phone": "0912345678"},
        {"name": "Karaoke Ánh Dương Thử", "type": "karaoke", "address": "số 7 phố Hàng Vôi",
         "owner_name": "Lê Văn Mẫu", "phone": "0912345678", "unit": "00067"},
        ("address", "số 9 phố Hàng Vôi", "số 9 phố Hàng Vôi"),
        "anh duong",
    ),
    "inspection": (
        {"date": "12/03/2018", "establishment_id": "binh minh", "team_level": "↓↓↓",
         "agencies": "Công an phường; Y tế", "fine_vnd": "1500000",
         "suspended": "x", "decision_no": "15/QĐ-XPVPHC"},
        {"date": "2018-03-12", "team_level": "commune", "fine_vnd": 1500000,
         "agencies": ["Công an phường", "Y tế"], "suspended": True,
         "decision_no": "15/QĐ-XPVPHC"},
        ("fine_vnd", "2.000.000", 2000000),
        "binh minh",
    ),
    "hotspot": (
        {"name": "Vườn hoa Thử Nghiệm", "location": "đầu phố Chương Dương Độ",
         "kind": "Nơi", "identified_on": "01/02/2017"},
        {"name": "Vườn hoa Thử Nghiệm", "kind": "public_place", "identified_on": "2017-02-01"},
        ("eradicated_on", "15/06/2018", "2018-06-15"),
        "vuon hoa",
    ),
    "patrol": (
        {"date": "02/04/2018", "hotspot_id": "bai song", "result": "Có", "team": "Tổ 3",
         "people_encountered": "4"},
        {"date": "2018-04-02", "result": "signs", "team": "Tổ 3", "people_encountered": 4},
        ("team", "Tổ 5", "Tổ 5"),
        "bai song",
    ),
    "person": (
        {"code": "HK-2018-0123", "opened_on": "01/02/2018", "full_name": "Đỗ Thị Thử",
         "birth_year": "1995", "sex": "Nữ", "residence": "Tổ 4, Chương Dương",
         "consent": "x"},
        {"code": "HK-2018-0123", "opened_on": "2018-02-01", "full_name": "Đỗ Thị Thử",
         "birth_year": 1995, "sex": "female", "residence": "Tổ 4, Chương Dương",
         "consent": True},
        ("home_province", "Nam Định", "Nam Định"),
        "do thi thu",
    ),
    "service": (
        {"date": "05/05/2018", "person_id": PERSON_CODE, "type": "Tư", "provider": "Hội Phụ nữ"},
        {"date": "2018-05-05", "type": "counselling", "provider": "Hội Phụ nữ"},
        ("outcome", "Đã tham gia đủ buổi", "Đã tham gia đủ buổi"),
        "hoi phu nu",
    ),
    "sanction": (
        {"date": "01/06/2018", "role": "↓↓", "fine_vnd": "1.000.000",
         "decision_no": "22/QĐ-XPVPHC", "establishment_id": "binh minh"},
        {"date": "2018-06-01", "role": "buyer", "fine_vnd": 1000000,
         "decision_no": "22/QĐ-XPVPHC"},
        ("legal_basis", "Nghị định 167/2013/NĐ-CP", "Nghị định 167/2013/NĐ-CP"),
        "22/qd",
    ),
    "case": (
        {"offence": "Môi", "detected_on": "10/02/2018", "defendants": "2",
         "summary": "Môi giới mại dâm tại nhà nghỉ"},
        {"offence": "brokering", "detected_on": "2018-02-10", "defendants": 2},
        ("tried_on", "20/08/2018", "2018-08-20"),
        "moi gioi",
    ),
    "activity": (
        {"date": "20/03/2018", "kind": "Tuyên", "title": "Tuyên truyền tại tổ dân phố 5",
         "participants": "120", "materials": "300"},
        {"date": "2018-03-20", "kind": "propaganda", "title": "Tuyên truyền tại tổ dân phố 5",
         "participants": 120, "materials": 300},
        ("location", "Nhà văn hóa tổ 5", "Nhà văn hóa tổ 5"),
        "to dan pho",
    ),
    "budget": (
        {"date": "15/01/2018", "amount_vnd": "25000000", "source": "Ngân sách phường",
         "purpose": "In tờ rơi tuyên truyền"},
        {"date": "2018-01-15", "amount_vnd": 25000000, "source": "Ngân sách phường"},
        ("amount_vnd", "30.000.000", 30000000),
        "to roi",
    ),
}  # fmt: skip


@pytest.fixture
def with_references(workspace):
    service = RecordService(workspace)
    service.create("establishment", {"name": EST, "type": "guesthouse"})
    service.create("hotspot", {"name": HOTSPOT, "kind": "public_place",
                               "identified_on": "2016-05-01"})  # fmt: skip
    service.create("person", {"code": PERSON_CODE, "opened_on": "2018-01-02",
                              "full_name": "Phan Thị Mẫu"})  # fmt: skip
    return workspace


def live(workspace, kind: str) -> list[dict]:
    """The live records of `kind` as the user sees them, newest last."""
    service = RecordService(workspace)
    table = service_table(kind)
    keys = [r[0] for r in workspace.db.execute(
        f"SELECT id FROM {table} WHERE deleted_at IS NULL ORDER BY created_at, rowid")]  # fmt: skip
    return [service.get(kind, k) for k in keys]


def service_table(kind: str) -> str:
    from pcmd_desktop.domain.records import KINDS

    return KINDS[kind].table


@pytest.mark.parametrize("kind", list(ENTRIES))
def test_enter_edit_find_and_delete(qtbot, with_references, kind):
    workspace = with_references
    typed, stored, (edit_key, edit_text, edit_value), search = ENTRIES[kind]
    before = len(live(workspace, kind))
    _window, panel = open_panel(qtbot, workspace, kind)
    form = panel.form

    # Enter: Ctrl+N, Tab through the form typing, Ctrl+S.
    next(iter(form.editors.values())).setFocus()
    qtbot.keyClick(form, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    fill(qtbot, form, typed)
    save_with_ctrl_s(qtbot, form)
    records = live(workspace, kind)
    assert len(records) == before + 1, form.problems.text() + str(
        {k: e.text() for k, e in form.errors.items() if e.text()}
    )
    record = records[-1]
    for key, value in stored.items():
        assert record.get(key) == value, key
    assert form.key == record["id"] and not form.is_dirty()
    # The list shows it, and it is the current row.
    assert panel.list.current_key() == record["id"]

    # Correct: the field is changed and Enter saves.
    editor = form.editors[edit_key]
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, editor, edit_text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    if editor.__class__.__name__ == "LongTextEditor":
        save_with_ctrl_s(qtbot, form)  # Enter is a new line in a multi-line box
    assert RecordService(workspace).get(kind, record["id"])[edit_key] == edit_value

    # Find: the search box ignores case and tones.
    search_box = panel.list.filters.search
    type_text(qtbot, search_box, search)
    qtbot.keyClick(search_box, Qt.Key.Key_Return)
    model = panel.list.model
    assert model.rowCount() >= 1
    assert record["id"] in [model.key_at(r) for r in range(model.rowCount())]
    search_box.clear()
    qtbot.keyClicks(search_box, "khong co gi nhu the nay")
    qtbot.keyClick(search_box, Qt.Key.Key_Return)
    assert model.rowCount() == 0
    search_box.clear()
    qtbot.keyClick(search_box, Qt.Key.Key_Return)

    # Delete: asked first, then the record is in the recycle bin.
    answer_next_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
    assert [r["id"] for r in live(workspace, kind)].count(record["id"]) == 0
    deleted = workspace.db.execute(
        f"SELECT deleted_at FROM {service_table(kind)} WHERE id = ?", (record["id"],)
    ).fetchone()[0]
    assert deleted is not None
    assert form.key is None
