"""The breakdown annex as printed: in the PDF on one A4 landscape page of its own after the
report (the city's year: Phụ lục II after the child units' Phụ lục I, each referred to
under the table; a month: the period and the year to date, both on the one page, every
word inside the page's margins), and in the XLSX on a landscape sheet of its own with
the numbers stored as numbers."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import openpyxl
from form_reports import city_report
from pdf_reading import page_count, pages_text, run, text_of, words

from pcmd_desktop.domain.periods import parse_period
from pcmd_desktop.reports.breakdown import BREAKDOWN_CODES, CELLS
from pcmd_desktop.reports.pdf_form import write_pdf
from pcmd_desktop.reports.xlsx_breakdown import BREAKDOWN_SHEET
from pcmd_desktop.reports.xlsx_form import write_xlsx

NAME = "PHÂN TỔ THEO GIỚI TÍNH VÀ ĐỘ TUỔI"


def _split(total: int, weights: list[int]) -> list[int]:
    parts = [total * w // sum(weights) for w in weights]
    parts[0] += total - sum(parts)
    return parts


def with_breakdown(report):
    """The city's 2018 figures split 90/7/2/1 by sex and over the bands: cells that add up."""
    out = {}
    for code in BREAKDOWN_CODES:
        v = report.values[code]
        dims = {}
        for dim, cells in CELLS.items():
            w = [90, 7, 2, 1] if dim == "sex" else [3, 20, 35, 30, 10, 2]
            a, b = _split(v.value, w), _split(v.ytd, w)
            dims[dim] = {c: (a[i], b[i]) for i, c in enumerate(cells)}
        out[code] = dims
    return dataclasses.replace(report, breakdown=out)


def _sizes(pdf: Path) -> list[str]:
    info = run("pdfinfo", "-f", "1", "-l", str(page_count(pdf)), str(pdf))
    return [line.split(":", 1)[1].split("pts")[0].strip() for line in info.splitlines()
            if line.startswith("Page ") and "size" in line]  # fmt: skip


def test_the_city_year_prints_the_breakdown_as_annex_ii(tmp_path: Path):
    report = with_breakdown(city_report())
    pdf = write_pdf(report, tmp_path / "city.pdf")
    pages = pages_text(pdf)
    last = len(pages)
    assert NAME in " ".join(pages[-1].split()) and "Phụ lục II" in pages[-1]
    assert _sizes(pdf)[-1].startswith("841.89 x 595.27")  # landscape
    assert all(s.startswith("595.27") for s in _sizes(pdf)[:-1])
    body = text_of(pdf, 1, last - 2)
    assert "Số liệu của từng đơn vị trực thuộc tại Phụ lục I kèm theo Báo cáo này." in body
    assert "Số liệu phân tổ theo giới tính và độ tuổi tại Phụ lục II kèm theo Báo cáo này." in body
    assert "Phụ lục I" in text_of(pdf, last - 1)
    annex = text_of(pdf, last)
    assert "Kỳ báo cáo (cũng là lũy kế từ đầu năm)" in annex and "50 trở lên" in annex
    reached = report.breakdown["support.persons_reached"]["sex"]["female"][0]
    assert f"{reached:,}".replace(",", ".") in annex  # 6.875


def test_a_month_fits_one_landscape_page_inside_the_margins(tmp_path: Path):
    report = dataclasses.replace(with_breakdown(city_report()), period=parse_period("2018-06"),
                                 children={}, child_names={})  # fmt: skip
    pdf = write_pdf(report, tmp_path / "month.pdf")
    last = page_count(pdf)
    annex = text_of(pdf, last)
    assert "Phụ lục" in annex and "Phụ lục I" not in annex and NAME in annex
    assert "1. Kỳ báo cáo" in annex and "2. Lũy kế từ đầu năm" in annex and "Ghi chú" in annex
    assert NAME not in text_of(pdf, last - 1)  # one page
    ws = words(pdf, last)
    mm = 72 / 25.4
    assert min(w.x0 for w in ws) >= 30 * mm - 1 and max(w.x1 for w in ws) <= 842 - 15 * mm + 1
    assert max(w.bottom for w in ws) <= 595 - 20 * mm + 1
    body = text_of(pdf, 1, last - 1)
    assert "Số liệu phân tổ theo giới tính và độ tuổi tại Phụ lục kèm theo Báo cáo này." in body


def test_the_xlsx_sheet(tmp_path: Path):
    report = dataclasses.replace(with_breakdown(city_report()), period=parse_period("2018-06"))
    wb = openpyxl.load_workbook(write_xlsx(report, tmp_path / "m.xlsx"))
    assert wb.sheetnames == ["Báo cáo", "Phụ lục", BREAKDOWN_SHEET]
    ws = wb[BREAKDOWN_SHEET]
    assert ws.page_setup.orientation == "landscape"
    assert ws["A1"].value == "Phụ lục II" and ws["A2"].value == NAME
    rows = [r for r in ws.iter_rows(values_only=True) if isinstance(r[0], int)]
    assert len(rows) == 2 * len(BREAKDOWN_CODES)
    for row in rows:
        assert sum(row[4:8]) == row[3] == sum(row[8:14])  # the cells add up, as numbers
    assert len(ws.row_breaks.brk) == 1  # the year to date on its own page
