"""The PDF form: read back with poppler's pdftotext/pdffonts/pdfinfo, the Decree 30 texts
with their diacritics, the dates covered, Vietnamese number formats, the Liberation Serif
fonts embedded, A4, page numbers from page 2 and the annex of a district report. Helpers
for word positions and drawn lines are in pdf_reading.py; the layout rules of the decree
(number and date on one baseline, the line under the subject, the gap between
paragraphs, the signature never alone, the annex heading) in test_pdf_layout.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pdf_reading import page_count, run, text_of

from pcmd_desktop.domain.indicators import INDICATORS
from pcmd_desktop.domain.periods import parse_period
from pcmd_desktop.reports import form_text as ft
from pcmd_desktop.reports.model import IndicatorValue, Report, Signature
from pcmd_desktop.reports.pdf_form import write_pdf

ASSESSMENT = "Đã kiểm tra các cơ sở lưu trú, karaoke; không phát hiện tụ điểm mới."
DIFFICULTIES = "Thiếu phối hợp với Phòng LĐTB&XH <quận>."  # markup characters, as typed


def make_report(*, district: bool = False, issued_on: date | None = date(2018, 2, 5)) -> Report:
    values = {i.code: IndicatorValue(i.code, 0, 0) for i in INDICATORS}
    values["inspection.visits"] = IndicatorValue("inspection.visits", 4, 4)
    values["inspection.establishments"] = IndicatorValue("inspection.establishments", 3, 3, 60)
    values["sanction.fines_vnd"] = IndicatorValue("sanction.fines_vnd", 1_500_000, 2_750_000)
    children, names = {}, {}
    if district:
        names = {"00067": "Phường Chương Dương", "00061": "Phường Hàng Bạc"}
        children = {
            "00067": {"inspection.visits": (4, 4), "sanction.fines_vnd": (1_500_000, 1_500_000)},
            "00061": {"inspection.visits": (7, 9), "sanction.fines_vnd": (0, 0)},
        }
    return Report(
        unit_code="002" if district else "00067",
        unit_name="Quận Hoàn Kiếm" if district else "Phường Chương Dương",
        period=parse_period("2018-01"),
        values=values,
        children=children,
        child_names=names,
        narrative={"assessment": ASSESSMENT, "difficulties": DIFFICULTIES},
        signature=Signature(
            parent_body="UBND THÀNH PHỐ HÀ NỘI" if district else "UBND QUẬN HOÀN KIẾM",
            issuer="" if not district else "UBND QUẬN HOÀN KIẾM",
            number="Số: 12/BC-UBND",
            place="Hà Nội",
            signer="Nguyễn Văn Đức",
            recipients=("UBND Quận Hoàn Kiếm;", "Lưu: VT."),
        ),
        issued_on=issued_on,
    )


@pytest.fixture
def commune_pdf(tmp_path: Path) -> Path:
    return write_pdf(make_report(), tmp_path / "bao-cao.pdf")


# Shared formatting ------------------------------------------------------------------------
def test_vietnamese_number_formats() -> None:
    assert ft.format_number(1_500_000) == "1.500.000"
    assert ft.format_number(0) == "0"
    assert ft.format_number(2.5) == "2,5"
    assert ft.format_number(None) == ""
    assert ft.format_pct(85.46) == "85,5"
    assert ft.format_pct(None) == ""
    assert [ft.roman(n) for n in (1, 4, 9, 10, 14)] == ["I", "IV", "IX", "X", "XIV"]


def test_place_date_line() -> None:
    assert ft.place_date_line("Hà Nội", date(2018, 2, 5)) == "Hà Nội, ngày 05 tháng 02 năm 2018"
    assert ft.place_date_line("Hà Nội", None) == "Hà Nội, ngày ... tháng ... năm ..."
    # Decree 30: a leading zero for months 1 and 2 only.
    assert ft.place_date_line("Hà Nội", date(2018, 3, 20)) == "Hà Nội, ngày 20 tháng 3 năm 2018"
    assert ft.place_date_line("Hà Nội", date(2018, 12, 1)) == "Hà Nội, ngày 01 tháng 12 năm 2018"


# The PDF ----------------------------------------------------------------------------------
def test_texts_of_the_form(commune_pdf: Path) -> None:
    text = text_of(commune_pdf)
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "UBND QUẬN HOÀN KIẾM",
        "PHƯỜNG CHƯƠNG DƯƠNG",  # issuer left empty: the unit's name in capitals
        "Số: 12/BC-UBND",
        "Hà Nội, ngày 05 tháng 02 năm 2018",
        "BÁO CÁO",
        "Kết quả công tác phòng, chống mại dâm tháng 01 năm 2018",
        "(Số liệu từ ngày 15/12/2017 đến ngày 14/01/2018)",
        "Lũy kế từ",  # the header cell wraps
        "Kiểm tra cơ sở kinh doanh dịch vụ",
        "1.500.000",
        "2.750.000",
        "5,0 %",  # 3 establishments of a target of 60
        ASSESSMENT,
        DIFFICULTIES,
        "3. Đề xuất, kiến nghị",  # empty: the heading still prints
        "Nơi nhận:",
        "- UBND Quận Hoàn Kiếm;",
        "TM. ỦY BAN NHÂN DÂN",
        "Nguyễn Văn Đức",
    ):
        assert expected in text, expected
    assert "Phụ lục" not in text  # a commune has no children


def test_fonts_embedded_a4_and_metadata(commune_pdf: Path) -> None:
    rows = run("pdffonts", str(commune_pdf)).splitlines()[2:]
    assert rows
    for row in rows:
        name, emb = row.split()[0], row.split()[-5]
        assert "LiberationSerif" in name, row
        assert emb == "yes", row
    families = {row.split()[0].split("+")[-1] for row in rows}
    assert {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"} <= families
    info = run("pdfinfo", str(commune_pdf))
    assert "(A4)" in info
    assert "Phường Chương Dương" in info  # the title
    assert "Title:" in info and "Author:" in info


def test_page_numbers_from_page_two(commune_pdf: Path) -> None:
    assert page_count(commune_pdf) >= 2
    assert text_of(commune_pdf, 1).split()[0] != "1"
    assert text_of(commune_pdf, 2).split()[0] == "2"


def test_date_left_blank_without_issue_date(tmp_path: Path) -> None:
    pdf = write_pdf(make_report(issued_on=None), tmp_path / "r.pdf")
    assert "Hà Nội, ngày ... tháng ... năm ..." in text_of(pdf)


def test_district_report_has_the_annex(tmp_path: Path) -> None:
    pdf = write_pdf(make_report(district=True), tmp_path / "quan.pdf")
    text = text_of(pdf)
    assert "SỐ LIỆU CỦA CÁC ĐƠN VỊ TRỰC THUỘC" in text
    assert "Phụ lục kèm theo Báo cáo này" in text  # the report refers to its annex
    assert "Phường Chương Dương" in text and "Phường Hàng Bạc" in text
    assert "UBND QUẬN HOÀN KIẾM" in text and "UBND THÀNH PHỐ HÀ NỘI" in text


def test_written_atomically(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.pdf"
    target.write_bytes(b"old")
    assert write_pdf(make_report(), target) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["bao-cao.pdf"]


def test_failed_write_leaves_the_old_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "bao-cao.pdf"
    target.write_bytes(b"old")

    def boom(report):
        raise RuntimeError("boom")

    monkeypatch.setattr("pcmd_desktop.reports.pdf_form._story", boom)
    with pytest.raises(RuntimeError):
        write_pdf(make_report(), target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["bao-cao.pdf"]
