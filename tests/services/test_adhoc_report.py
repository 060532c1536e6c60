"""Ad hoc reports (báo cáo đột xuất): the values over a range are the records in it, a
month asked as a range is that month's report, the year to date is the reporting year's
of the last day, the narrative is kept with the range, and the PDF and XLSX say it is an
ad hoc report and which days it covers."""

from __future__ import annotations

import json
import subprocess
from datetime import date, timedelta

import factories as f
import pytest
from openpyxl import load_workbook

from pcmd_desktop.services.records_io import import_records
from pcmd_desktop.services.reporting import (
    ReportError,
    adhoc_code,
    build_report,
    load_narrative,
    save_narrative,
    write_report,
)

RANGE = "2018-03-05..2018-04-10"


@pytest.fixture
def data(ws):
    est = f.establishment()
    spot = f.hotspot()
    records = [est, spot]
    # Inspections the day before, on the first day, inside, on the last day, the day after.
    for day, fine in (("2018-03-04", 100), ("2018-03-05", 200), ("2018-03-20", 400),
                      ("2018-04-10", 800), ("2018-04-11", 1600)):  # fmt: skip
        records.append(f.inspection(est["id"], date=day, fine_vnd=fine))
    records += [f.patrol(spot["id"], date="2018-03-05"), f.patrol(spot["id"], date="2018-04-11"),
                f.patrol(spot["id"], date="2018-01-02")]  # fmt: skip
    records += [f.sanction(date="2018-04-01", fine_vnd=500000),
                f.sanction(date="2018-02-01", fine_vnd=700000)]  # fmt: skip
    records.append(f.plan_target(year=2018, indicator="inspection.visits", target=10))
    import_records(ws, [json.dumps(r, ensure_ascii=False) for r in records])
    return ws


def test_the_values_of_a_range_are_the_records_in_it(data):
    report = build_report(data, RANGE)
    assert report.period.is_adhoc and report.period.code == RANGE
    v = report.values
    assert v["inspection.visits"].value == 3  # 05/03, 20/03, 10/04: both ends included
    assert v["inspection.establishments"].value == 1
    assert v["hotspot.patrols"].value == 1
    assert v["sanction.fines_vnd"].value == 500000
    # Year to date: the reporting year of 10/04/2018 (nd09: from 15/12/2017) to 10/04/2018.
    assert v["inspection.visits"].ytd == 4
    assert v["hotspot.patrols"].ytd == 2
    assert v["sanction.fines_vnd"].ytd == 1200000
    assert v["inspection.visits"].target == 10
    doc = report.to_json()
    assert (doc["period"], doc["from"], doc["to"]) == (RANGE, "2018-03-05", "2018-04-10")


@pytest.mark.parametrize(("month", "first", "last"),
                         [("2018-04", "15/03/2018", "14/04/2018"),
                          ("2018-03", "2018-02-15", "2018-03-14")])  # fmt: skip
def test_a_month_as_a_range_is_that_months_report(data, month, first, last):
    as_range = build_report(data, adhoc_code(data, first, last))
    regular = build_report(data, month)
    assert as_range.values == regular.values
    assert as_range.children == regular.children


def test_the_calendar_cutoff_moves_the_year_to_date_only(data):
    report = build_report(data, RANGE, "calendar")
    assert report.values["inspection.visits"].value == 3
    assert report.values["inspection.visits"].ytd == 4  # 01/01..10/04
    assert report.period.year_start == date(2018, 1, 1)


def test_a_range_across_two_reporting_years_takes_the_last_days_year(ws):
    est = f.establishment()
    lines = [est, f.inspection(est["id"], date="2018-12-10"),
             f.inspection(est["id"], date="2018-12-16")]  # fmt: skip
    import_records(ws, [json.dumps(r, ensure_ascii=False) for r in lines])
    report = build_report(ws, "2018-12-01..2018-12-20")  # nd09: 16/12 is in 2019
    assert report.period.year == 2019 and report.period.spans_years
    v = report.values["inspection.visits"]
    assert (v.value, v.ytd) == (2, 1)
    from pcmd_desktop.reports.form_text import title_lines

    assert title_lines(report)[1] == (
        "(Lũy kế từ đầu năm 2019: từ ngày 15/12/2018 đến ngày 20/12/2018; khoảng ngày báo "
        "cáo bắt đầu trước năm báo cáo 2019)"
    )


def test_refusals_name_the_fields(ws):
    with pytest.raises(ReportError, match=r"^Từ ngày 10/04/2018 sau đến ngày 05/03/2018"):
        adhoc_code(ws, "10/04/2018", "05/03/2018")
    with pytest.raises(ReportError, match=r"^Đến ngày '31/02/2018' không hợp lệ"):
        adhoc_code(ws, "05/03/2018", "31/02/2018")
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(ReportError, match="sau hôm nay"):
        adhoc_code(ws, "05/03/2018", tomorrow.strftime("%d/%m/%Y"))
    with pytest.raises(ReportError, match="sau hôm nay"):  # the code typed by hand, too
        build_report(ws, f"2018-03-05..{tomorrow.isoformat()}")


def test_the_narrative_is_kept_with_the_range(ws):
    save_narrative(ws, RANGE, {"assessment": "Kiểm tra đột xuất theo yêu cầu của quận."})
    assert load_narrative(ws, RANGE) == {"assessment": "Kiểm tra đột xuất theo yêu cầu của quận."}
    assert load_narrative(ws, "2018-04") == {}
    assert build_report(ws, RANGE).narrative["assessment"].startswith("Kiểm tra đột xuất")


def test_the_printed_form_says_ad_hoc_and_the_range(data, tmp_path):
    report = build_report(data, RANGE, issued_on=date(2018, 4, 12))
    pdf = write_report(report, "pdf", tmp_path / "dx.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    head = " ".join(text.split("Chỉ tiêu")[0].split())
    assert "BÁO CÁO" in head
    assert "Kết quả công tác phòng, chống mại dâm từ ngày 05/03/2018 đến ngày 10/04/2018" in head
    assert "(Báo cáo đột xuất. Số liệu từ ngày 05/03/2018 đến ngày 10/04/2018)" in head
    assert "(Lũy kế từ đầu năm 2018: từ ngày 15/12/2017 đến ngày 10/04/2018)" in head
    xlsx = write_report(report, "xlsx", tmp_path / "dx.xlsx")
    sheet = load_workbook(xlsx).worksheets[0]
    cells = [c.value for row in sheet.iter_rows(max_row=12) for c in row if c.value]
    assert "(Báo cáo đột xuất. Số liệu từ ngày 05/03/2018 đến ngày 10/04/2018)" in cells
    assert "(Lũy kế từ đầu năm 2018: từ ngày 15/12/2017 đến ngày 10/04/2018)" in cells
    assert sheet.cell(row=11, column=1).value == "STT"  # the table under the two lines
