"""Vietnamese by default, English from resources/translations/pcmd_en.ts when chosen in
Settings; every string the window translates has its English translation."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QComboBox, QLabel
from ui_support import open_window

from pcmd_desktop.domain.records import RECORD_KINDS
from pcmd_desktop.ui import i18n
from pcmd_desktop.ui.i18n import (
    LANGUAGE_KEY,
    current_language,
    install_language,
    saved_language,
    tr,
)
from pcmd_desktop.ui.pages import PAGES
from pcmd_desktop.ui.recovery_key_dialog import sheet_html
from pcmd_desktop.ui.window_state import app_settings

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "pcmd_en.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
RERUN = (
    "run `.venv/bin/python scripts/update_translations.py --todo todo.json`, translate the "
    "entries of todo.json, then `... --apply todo.json`"
)


def load_script():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def english():
    """English installed for one test; Vietnamese again after it, whatever happens."""
    app = QApplication.instance()
    assert install_language(app, "en") == "en"
    yield
    install_language(app, "vi")


# Loading ----------------------------------------------------------------------------------
def test_vietnamese_is_the_default(qtbot, workspace):
    assert saved_language() == "vi"
    assert current_language() == "vi"
    window = open_window(qtbot, workspace)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[:3] == ["Tổng quan", "Kiểm tra cơ sở", "Tụ điểm"]
    assert window.menuBar().actions()[0].text() == "&Tệp"


def test_english_window_shows_english_titles_and_menus(qtbot, workspace, english):
    window = open_window(qtbot, workspace)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[:4] == ["Overview", "Establishment inspections", "Hotspots", "Supported persons"]
    assert "Recycle bin" in titles and "Settings" in titles
    assert not set(titles) & {page.title for page in PAGES}  # no Vietnamese title left
    assert window.nav.accessibleName() == "Pages"
    assert window.page("overview").accessibleName() == "Overview"
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Help"]
    assert window.lock_action.text() == "&Lock screen"
    assert window.status_unit.text().startswith("Unit: ")
    assert window.status_user.text() == f"User: {workspace.actor} (Administrator)"
    period = workspace.current_period()
    assert period.name_vi not in window.status_period.text()
    assert window.status_period.text().startswith("Reporting period: ")
    heading = window.page("overview").findChild(QLabel, "label.page.title")
    assert heading.text() == "Overview"


def test_english_record_form_labels(qtbot, workspace, english):
    window = open_window(qtbot, workspace)
    page = window.page("inspections")
    window.show_page(window.pages.index(page))
    form = page.show_panel("inspection").form
    labels = {label.text() for label in form.findChildren(QLabel)}
    assert {"Inspection date *", "Establishment inspected *", "Violations found"} <= labels
    assert "Ngày kiểm tra *" not in labels
    assert form.title.text() == "New record — Establishment inspections"
    assert form.save_button.text() == "Save (Ctrl+S)"
    team = form.editors["team_level"]
    combo = team if isinstance(team, QComboBox) else team.findChild(QComboBox)
    items = {combo.itemText(i) for i in range(combo.count())}
    assert "Commune Team 178" in items


def test_english_assessment_sheet_says_its_result_in_english(qtbot, workspace, english):
    window = open_window(qtbot, workspace)
    page = window.page("plan")
    window.show_page(window.pages.index(page))
    page.year.setValue(2018)
    tab = page.assessment
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Clean-commune assessment"
    tab.scores["score_no_hotspot"].setValue(25)
    tab.scores["score_propaganda"].setValue(15)
    assert tab.total.text() == "Total: 40/100"
    assert tab.result.text() == (
        "Result: Not passed: a total of 40/100, under 80 points; criterion 'No prostitution "
        "hotspot or activity arose in the area' not scored in full (25/30)"
    )
    window.close()


def test_vietnamese_again_after_english(qtbot, workspace):
    app = QApplication.instance()
    install_language(app, "en")
    assert tr("Tổng quan") == "Overview"
    assert install_language(app, "vi") == "vi"
    assert tr("Tổng quan") == "Tổng quan"
    assert current_language() == "vi"


def test_saved_language_is_applied_at_start(qtbot):
    """What app.main does before any window is built."""
    app = QApplication.instance()
    i18n.save_language("en")
    try:
        assert install_language(app, saved_language()) == "en"
        assert QCoreApplication.translate("pcmd", "Cài đặt") == "Settings"
        assert QCoreApplication.translate("other", "Cài đặt") == "Cài đặt"
    finally:
        install_language(app, "vi")


def test_a_missing_translation_file_leaves_vietnamese(qtbot, monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(i18n, "ts_path", lambda language: tmp_path / "none.ts")
    assert install_language(QApplication.instance(), "en") == "vi"
    assert tr("Cài đặt") == "Cài đặt"
    assert "Không đọc được tệp dịch" in capsys.readouterr().err


def test_an_unknown_saved_language_is_vietnamese(qtbot):
    settings = app_settings()
    settings.setValue(LANGUAGE_KEY, "fr")
    assert saved_language(settings) == "vi"


# Settings ---------------------------------------------------------------------------------
def test_settings_language_choice_is_stored(qtbot, workspace):
    window = open_window(qtbot, workspace)
    page = window.page("settings")
    window.show_page(window.pages.index(page))
    combo = page.findChild(QComboBox, "field.settings.language")
    assert combo is not None and combo.accessibleName() == "Ngôn ngữ / Language"
    assert [combo.itemText(i) for i in range(combo.count())] == ["Tiếng Việt", "English"]
    assert combo.currentData() == "vi"
    note = page.findChild(QLabel, "label.settings.language_note")

    combo.setCurrentIndex(combo.findData("en"))
    assert saved_language() == "en"
    assert app_settings().value(LANGUAGE_KEY) == "en"
    # Said in the language of the window now.
    assert note.isVisibleTo(page)
    assert note.text() == "Ngôn ngữ mới được dùng từ lần mở chương trình sau."
    assert current_language() == "vi"  # applied at the next start

    combo.setCurrentIndex(combo.findData("vi"))
    assert saved_language() == "vi"
    assert not note.isVisibleTo(page)


def test_settings_combo_shows_the_saved_language(qtbot, workspace):
    i18n.save_language("en")
    window = open_window(qtbot, workspace)
    combo = window.page("settings").findChild(QComboBox, "field.settings.language")
    assert combo.currentData() == "en"


# The translation file -----------------------------------------------------------------------
def test_every_translated_string_has_an_english_translation():
    script = load_script()
    wanted, warnings = script.collect()
    assert warnings == []
    messages = script.read(TS_FILE)
    missing = []
    for key in wanted:
        message = messages.get(key)
        if message is None or not message.translation or message.type:  # type: unfinished
            missing.append(key[1])
    assert missing == [], f"{len(missing)} strings without English: {RERUN}"


def test_domain_labels_are_collected():
    wanted = {source for _context, source in load_script().collect()[0]}
    for kind in RECORD_KINDS:
        assert kind.label in wanted
        assert {f.label for f in kind.fields} <= wanted
    assert {page.title for page in PAGES} <= wanted
    assert "Trang này có ở phiên bản sắp tới." in wanted


def test_ts_is_well_formed_and_keeps_placeholders(tmp_path):
    root = ET.parse(TS_FILE).getroot()
    assert root.tag == "TS" and root.get("language") == "en_US"
    assert root.get("sourcelanguage") == "vi_VN"
    seen = set()
    for context in root.iter("context"):
        name = context.findtext("name")
        assert name
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            assert source and translation is not None
            assert (name, source) not in seen, source
            seen.add((name, source))
            text = translation.text or ""
            if not text:
                continue
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                source,
                text,
            )
            assert text.count("&") == source.count("&"), (source, text)  # one accelerator
            assert text.startswith(" ") == source.startswith(" "), (source, text)
    # Qt's own compiler reads it too (it comes with PySide6).
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if lrelease.exists():
        result = subprocess.run(
            [str(lrelease), "-silent", str(TS_FILE), "-qm", str(tmp_path / "pcmd_en.qm")],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr


def test_the_translator_reads_the_ts_file():
    messages = i18n.read_ts(TS_FILE)
    assert messages[("pcmd", "Thùng rác")] == "Recycle bin"
    assert messages[("pcmd", "Hậu kiểm đến hạn")].startswith("Follow-up inspection")


# The extraction script --------------------------------------------------------------------
def test_scan_finds_literals_contexts_and_warns_about_f_strings():
    script = load_script()
    found, warnings = script.scan_source(
        "tr('Một')\n"
        "tr_noop('Hai')\n"
        "i18n.tr('Ba', 'khac')\n"
        "tr('Bốn', context='khac')\n"
        "tr(label)\n"
        "self.tr('Không')\n"
        "tr(f'Năm {x}')\n"
        "tr('Sáu', CONTEXT)\n",
        "x.py",
    )
    assert found == [("pcmd", "Một"), ("pcmd", "Hai"), ("khac", "Ba"), ("khac", "Bốn")]
    assert [w.split(":")[:2] for w in warnings] == [["x.py", "7"], ["x.py", "8"]]


def test_merge_keeps_translations_adds_new_and_keeps_vanished(tmp_path):
    script = load_script()
    Message = script.Message
    existing = {
        ("pcmd", "Giữ"): Message("Kept", None),
        ("pcmd", "Bỏ"): Message("Gone", None),
    }
    merged = script.merge(existing, [("pcmd", "Giữ"), ("pcmd", "Mới")])
    assert merged[("pcmd", "Giữ")] == Message("Kept", None)
    assert merged[("pcmd", "Mới")] == Message("", "unfinished")
    assert merged[("pcmd", "Bỏ")] == Message("Gone", "vanished")
    path = tmp_path / "x.ts"
    path.write_text(script.render(merged), encoding="utf-8")
    assert script.read(path) == merged
    assert i18n.read_ts(path) == {("pcmd", "Giữ"): "Kept"}
    back = script.merge(script.read(path), [("pcmd", "Bỏ")], drop_vanished=True)
    assert back == {("pcmd", "Bỏ"): Message("Gone", None)}


def test_recovery_sheet_text_is_unchanged_in_vietnamese():
    sheet = sheet_html("AAAA-BBBB", "Phường A", "quan-tri")
    assert sheet.startswith(
        "<h2>PHIẾU KHÓA KHÔI PHỤC — PCMD Desktop</h2><p>Đơn vị: <b>Phường A</b><br>"
        "Người quản trị: <b>quan-tri</b><br>Ngày in: "
    )
    assert sheet.endswith("không gửi qua mạng.</p>")
