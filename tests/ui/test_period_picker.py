"""The report page's period picker on its own: every kind's code round-trips through
`set_code` and `code()`, the second half-year (2025 reform) included, and changing the
kind keeps the part that holds the one chosen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QSpinBox

from pcmd_desktop.domain.periods import parse_period
from pcmd_desktop.ui.pages.reports.period_picker import PeriodPicker


@pytest.fixture
def picker(qtbot) -> PeriodPicker:
    widget = PeriodPicker(parse_period("2025-03"))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _set_kind(picker: PeriodPicker, kind: str) -> None:
    picker.kind_field.setCurrentIndex(picker.kind_field.findData(kind))


def test_object_names_kept(picker):
    assert isinstance(picker.findChild(QComboBox, "field.report.period_kind"), QComboBox)
    assert isinstance(picker.findChild(QSpinBox, "field.report.year"), QSpinBox)
    assert picker.findChild(QComboBox, "field.report.month") is picker.part_field


@pytest.mark.parametrize(
    "code", ["2025-01", "2025-12", "2025-Q1", "2025-Q4", "2025-H1", "2025-H2", "2025-9M", "2025"]
)
def test_codes_round_trip(picker, qtbot, code):
    with qtbot.assertNotEmitted(picker.changed):
        picker.set_code(code)
    assert picker.code() == code
    period = parse_period(code, "calendar")
    picker.set_code("2018-01")
    picker.set_code(period.code, kind=period.kind, year=period.year)
    assert picker.code() == code


def test_the_half_year_box(picker, qtbot):
    picker.set_code("2025-H2")
    assert picker.kind() == "half"
    assert picker.part_field.isVisible() and picker.part_label.text() == "Kỳ:"
    items = [picker.part_field.itemText(i) for i in range(picker.part_field.count())]
    assert items == ["6 tháng đầu năm", "6 tháng cuối năm"]
    assert picker.part_field.currentText() == "6 tháng cuối năm"
    assert picker.part_field.accessibleName()
    with qtbot.waitSignal(picker.changed) as signal:
        picker.part_field.setCurrentIndex(0)
    assert signal.args == ["2025-H1"]


@pytest.mark.parametrize(
    ("start", "kind", "expected"),
    [
        ("2025-08", "half", "2025-H2"),  # August lies in the second half
        ("2025-06", "half", "2025-H1"),
        ("2025-Q3", "half", "2025-H2"),
        ("2025-Q2", "half", "2025-H1"),
        ("2025-H2", "quarter", "2025-Q3"),  # the second half's first quarter
        ("2025-H2", "month", "2025-07"),  # ... and first month
        ("2025-08", "quarter", "2025-Q3"),
        ("2025-Q3", "month", "2025-07"),
        ("2025-H2", "year", "2025"),
        ("2025", "half", "2025-H1"),
    ],
)
def test_changing_the_kind_keeps_the_part_holding_the_choice(picker, qtbot, start, kind,
                                                             expected):  # fmt: skip
    picker.set_code(start)
    with qtbot.waitSignal(picker.changed) as signal:
        _set_kind(picker, kind)
    assert signal.args == [expected] and picker.code() == expected


def test_the_window_names_both_halves(qapp):
    from pcmd_desktop.ui.i18n import period_name

    assert period_name(parse_period("2025-H1")) == "6 tháng đầu năm 2025"
    assert period_name(parse_period("2025-H2")) == "6 tháng cuối năm 2025"
    assert period_name(parse_period("2025-H2")) == parse_period("2025-H2").name_vi
