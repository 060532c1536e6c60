"""The XLSX form, reopened with openpyxl: the table's cells hold the report's values as
numbers with Vietnamese-looking formats, the print setup (A4 portrait, the decree's
margins, the header row repeated), the form's texts and the annex sheet; and, with the
city demo's 2018 figures, every cell's text (a number as its format prints it) fits its
column, every wrapped text its row, and the columns fit A4's printable width at 100 %."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from form_reports import city_report
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from pcmd_desktop.domain.indicators import BY_CODE, INDICATORS
from pcmd_desktop.domain.periods import parse_period
from pcmd_desktop.reports.metrics import register_fonts
from pcmd_desktop.reports.model import IndicatorValue, Report, Signature
from pcmd_desktop.reports.xlsx_form import ANNEX_SHEET, MAIN_SHEET, write_xlsx

ASSESSMENT = "Đã kiểm tra các cơ sở lưu trú, karaoke; không phát hiện tụ điểm mới."


def make_report(*, district: bool = False) -> Report:
    values = {i.code: IndicatorValue(i.code, 0, 0) for i in INDICATORS}
    values["inspection.visits"] = IndicatorValue("inspection.visits", 4, 9)
    values["inspection.establishments"] = IndicatorValue("inspection.establishments", 3, 6, 60)
    values["sanction.fines_vnd"] = IndicatorValue("sanction.fines_vnd", 1_500_000, 2_750_000)
    values["budget.spent_vnd"] = IndicatorValue("budget.spent_vnd", 2.5, 12.5, 100)
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
        narrative={"assessment": ASSESSMENT},
        signature=Signature(
            parent_body="UBND THÀNH PHỐ HÀ NỘI" if district else "UBND QUẬN HOÀN KIẾM",
            issuer="UBND QUẬN HOÀN KIẾM" if district else "UBND PHƯỜNG CHƯƠNG DƯƠNG",
            number="Số: 12/BC-UBND",
            place="Hà Nội",
            signer="Nguyễn Văn Đức",
        ),
        issued_on=date(2018, 2, 5),
    )


@pytest.fixture
def book(tmp_path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(write_xlsx(make_report(), tmp_path / "bao-cao.xlsx"))


def texts(ws) -> list[str]:
    """The sheet's texts, a line break (a long name in two lines) read as a space."""
    return [c.replace("\n", " ") for row in ws.iter_rows(values_only=True) for c in row
            if isinstance(c, str)]  # fmt: skip


def row_of(ws, label: str) -> int:
    rows = [c.row for c in ws["B"] if c.value == label]
    assert len(rows) == 1, label
    return rows[0]


def test_table_holds_the_values_as_numbers(book) -> None:
    ws = book[MAIN_SHEET]
    report = make_report()
    for code in ("inspection.visits", "inspection.establishments", "sanction.fines_vnd",
                 "budget.spent_vnd", "case.detected"):  # fmt: skip
        r = row_of(ws, BY_CODE[code].label)
        v = report.values[code]
        assert ws.cell(r, 3).value == BY_CODE[code].unit
        for col, expected in ((4, v.value), (5, v.ytd), (6, v.target)):
            cell = ws.cell(r, col)
            assert cell.value == expected, (code, col)
            if expected is not None:
                assert isinstance(cell.value, int | float) and not isinstance(cell.value, bool)
        pct = ws.cell(r, 7)
        assert pct.value == (pytest.approx(v.achieved_pct) if v.achieved_pct else None)
    r = row_of(ws, BY_CODE["sanction.fines_vnd"].label)
    assert ws.cell(r, 4).number_format == "#,##0"
    r = row_of(ws, BY_CODE["inspection.establishments"].label)
    assert ws.cell(r, 7).value == pytest.approx(10.0)
    assert ws.cell(r, 7).number_format == '#,##0.0" %"'  # 10.0 %; 25,015.0 % with a separator


def test_grouped_like_the_catalogue(book) -> None:
    ws = book[MAIN_SHEET]
    r = row_of(ws, "Kiểm tra cơ sở kinh doanh dịch vụ")
    assert ws.cell(r, 1).value == "III"
    assert ws.cell(r, 2).font.b
    assert ws.cell(r + 1, 1).value == 1
    assert ws.cell(r + 1, 2).value == BY_CODE["inspection.visits"].label


def test_print_setup(book) -> None:
    for ws in book.worksheets:
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.page_setup.orientation == "portrait"
        assert int(ws.page_setup.scale) == 100
        assert ws.page_setup.fitToWidth == 1  # a safety net: the columns fit already
        assert ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_margins.left == pytest.approx(30 / 25.4)
        assert ws.page_margins.right == pytest.approx(15 / 25.4)
        assert ws.page_margins.top == pytest.approx(20 / 25.4)
    ws = book[MAIN_SHEET]
    assert ws.print_title_rows
    title_row = int(ws.print_title_rows.split(":")[0].lstrip("$"))
    assert [c.value for c in ws[title_row]][:7] == [
        "STT", "Chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo", "Lũy kế từ đầu năm", "Kế hoạch năm",
        "% thực hiện",
    ]  # fmt: skip


def test_texts_of_the_form(book) -> None:
    ws = book[MAIN_SHEET]
    found = texts(ws)
    for expected in (
        "UBND QUẬN HOÀN KIẾM",
        "UBND PHƯỜNG CHƯƠNG DƯƠNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 12/BC-UBND",
        "Hà Nội, ngày 05 tháng 02 năm 2018",
        "BÁO CÁO",
        "Kết quả công tác phòng, chống mại dâm tháng 01 năm 2018",
        "(Số liệu từ ngày 15/12/2017 đến ngày 14/01/2018)",
        "1. Đánh giá chung",
        ASSESSMENT,
        "Nơi nhận:",
        "- Như trên;",
        "TM. ỦY BAN NHÂN DÂN",
        "Nguyễn Văn Đức",
    ):
        assert expected in found, expected
    assert ws["A1"].font.name == "Times New Roman"
    assert ws["A1"].font.sz == 12
    assert book.sheetnames == [MAIN_SHEET]  # no annex for a commune


def test_district_annex_sheet(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(write_xlsx(make_report(district=True), tmp_path / "q.xlsx"))
    assert wb.sheetnames == [MAIN_SHEET, ANNEX_SHEET]
    ws = wb[ANNEX_SHEET]
    # The decree's annex heading; the third line broken before "của" when too long.
    assert [ws.cell(r, 1).value.replace("\n", " ") for r in (1, 2, 3)] == [
        "Phụ lục",
        "SỐ LIỆU CỦA CÁC ĐƠN VỊ TRỰC THUỘC",
        "(Kèm theo Báo cáo số 12/BC-UBND ngày 05 tháng 02 năm 2018 của UBND Quận Hoàn Kiếm)",
    ]
    assert ws["A2"].font.b and ws["A3"].font.i
    assert ws.page_setup.firstPageNumber == 1  # the annex's pages numbered on their own
    head = int(ws.print_title_rows.split(":")[0].lstrip("$"))
    headers = [c.value for c in ws[head]]
    assert headers[:2] == ["STT", "Đơn vị"]
    rows = {ws.cell(r, 2).value: r for r in range(head + 1, ws.max_row + 1)}
    hang_bac = rows["Phường Hàng Bạc"]
    assert ws.cell(hang_bac, headers.index("Lượt kiểm tra cơ sở") + 1).value == 7
    chuong_duong = rows["Phường Chương Dương"]
    assert ws.cell(chuong_duong, headers.index("Tiền phạt VPHC (đồng)") + 1).value == 1_500_000


def test_written_atomically(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.xlsx"
    target.write_bytes(b"old")
    assert write_xlsx(make_report(), target) == target
    assert openpyxl.load_workbook(target).sheetnames == [MAIN_SHEET]
    assert [p.name for p in tmp_path.iterdir()] == ["bao-cao.xlsx"]


# Widths at city scale -------------------------------------------------------------------
DIGIT = 7  # px: the widest digit of the default font, Times New Roman 11, in Excel
DIGIT_UNROUNDED = 11 * 0.5 * 96 / 72  # 7.33 px: LibreOffice
PRINTABLE_PX = (210 - 30 - 15) / 25.4 * 96  # A4 less the decree's margins, at 96 dpi


def shown(value: object, fmt: str) -> str:
    """A number as its format prints it (English separators: the same widths in Times)."""
    if not isinstance(value, int | float):
        return str(value)
    if fmt == "#,##0":
        return f"{value:,.0f}"
    if fmt == "#,##0.0#":
        return f"{value:,.2f}".rstrip("0") if value != round(value, 1) else f"{value:,.1f}"
    if fmt == '#,##0.0" %"':
        return f"{value:,.1f} %"
    return str(value)


def face(font) -> str:
    return "LiberationSerif" + {(0, 0): "", (1, 0): "-Bold", (0, 1): "-Italic",
                                (1, 1): "-BoldItalic"}[(bool(font.b), bool(font.i))]  # fmt: skip


def px_of(ws, col: int) -> int:
    """A column's pixels (ECMA-376 18.3.1.13) at a 7 px digit."""
    w = ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width
    return math.floor((256 * w + math.floor(128 / DIGIT)) / 256 * DIGIT)


def span(ws, cell) -> tuple[int, int]:
    for rng in ws.merged_cells.ranges:
        if cell.coordinate in rng:
            return rng.min_col, rng.max_col
    return cell.column, cell.column


@pytest.fixture(scope="module")
def city_book(tmp_path_factory) -> openpyxl.Workbook:
    path = tmp_path_factory.mktemp("city") / "thanh-pho.xlsx"
    return openpyxl.load_workbook(write_xlsx(city_report(), path))


def test_city_figures_need_the_widths_the_issue_saw_cut(city_book) -> None:
    ws = city_book[MAIN_SHEET]
    r = row_of(ws, BY_CODE["inspection.fines_vnd"].label)
    assert shown(ws.cell(r, 4).value, ws.cell(r, 4).number_format) == "40,121,500,000"
    r = row_of(ws, BY_CODE["inspection.establishments"].label)
    assert shown(ws.cell(r, 7).value, ws.cell(r, 7).number_format) == "25,015.0 %"


@pytest.mark.parametrize("sheet", [MAIN_SHEET, ANNEX_SHEET])
def test_every_cell_fits_its_column_and_row(city_book, sheet) -> None:
    register_fonts()
    ws = city_book[sheet]
    checked = 0
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None or type(cell).__name__ == "MergedCell":
                continue
            first, last = span(ws, cell)
            width = sum(px_of(ws, c) for c in range(first, last + 1))
            size = float(cell.font.sz)
            text = shown(cell.value, cell.number_format)

            def drawn(t: str, font=cell.font, size=size) -> float:
                """px at 96 dpi, half a pixel a character for hinting, the margins."""
                return stringWidth(t, face(font), size) * 96 / 72 + 0.5 * len(t) + 6

            where = f"{sheet}!{cell.coordinate} {text!r}"
            if cell.alignment.wrap_text:
                assert max(drawn(w) for w in text.split()) <= width, where
                room = (width - 6) * 72 / 96
                lines = sum(len(simpleSplit(t, face(cell.font), size, room)) or 1
                            for t in text.split("\n"))  # fmt: skip
                height = ws.row_dimensions[cell.row].height or 15
                assert lines * size * 1.15 <= height, where
            else:
                assert drawn(text) <= width, where
            checked += 1
    assert checked > (100 if sheet == MAIN_SHEET else 200)


@pytest.mark.parametrize("sheet", [MAIN_SHEET, ANNEX_SHEET])
def test_columns_fit_a4_at_100_percent(city_book, sheet) -> None:
    ws = city_book[sheet]
    last = max(c.column for row in ws.iter_rows() for c in row if c.value is not None)
    letters = [openpyxl.utils.get_column_letter(c) for c in range(1, last + 1)]
    widths = [ws.column_dimensions[x].width for x in letters]
    # Even at LibreOffice's unrounded 7.33 px a digit the columns fit the printable width.
    assert sum(widths) * DIGIT_UNROUNDED <= PRINTABLE_PX
    assert ws.print_area == f"'{sheet}'!$A$1:${letters[-1]}${ws.max_row}"
    assert int(ws.page_setup.scale) == 100
    assert ws.page_margins.left == pytest.approx(30 / 25.4)
    assert ws.page_margins.right == pytest.approx(15 / 25.4)
    assert city_book._fonts[0].name == "Times New Roman" and city_book._fonts[0].sz == 11


# Pages of the printed sheet ----------------------------------------------------------------
PRINTABLE_HEIGHT = (297 - 40) / 25.4 * 72  # A4 less the top and bottom margins, points


def page_starts(ws) -> list[int]:
    return [1, *sorted(b.id + 1 for b in ws.row_breaks.brk)]


@pytest.mark.parametrize("which", ["city", "commune", "long narrative"])
def test_pages_break_like_the_pdf(city_book, tmp_path, which) -> None:
    """Each page holds its rows at 100 % (with the header row repeated after the first);
    no page starts after the table (it would print the table's header over nothing) while
    what follows fits under the table's last rows; the signature block is on the page of
    the last line before it."""
    if which == "city":
        book = city_book
    else:
        r = make_report()
        if which == "long narrative":
            words = "nhận xét về kết quả trong kỳ. " * 6
            text = "\n".join(f"Đoạn {i}: {words}" for i in range(25))
            r = Report(**{**r.__dict__, "narrative": {"assessment": text}})
        book = openpyxl.load_workbook(write_xlsx(r, tmp_path / "r.xlsx"))
    ws = book[MAIN_SHEET]
    title = int(ws.print_title_rows.split(":")[0].lstrip("$"))
    height = {r: ws.row_dimensions[r].height for r in range(1, ws.max_row + 1)}
    assert all(height.values())  # every row's height set: the pages can be counted
    starts = page_starts(ws)
    ends = [s - 1 for s in starts[1:]] + [ws.max_row]
    for n, (s, e) in enumerate(zip(starts, ends, strict=True)):
        used = sum(height[r] for r in range(s, e + 1)) + (height[title] if n else 0)
        assert used <= PRINTABLE_HEIGHT, (which, s, e, used)
    table_end = row_of(ws, BY_CODE["budget.spent_vnd"].label)
    recipients = next(c.row for c in ws["A"] if c.value == "Nơi nhận:")
    after_table = sum(height[r] for r in range(table_end, ws.max_row + 1)) + height[title]
    if after_table <= PRINTABLE_HEIGHT:
        assert all(s <= table_end for s in starts), (which, starts)
    last_text = max(c.row for c in ws["A"] if c.row < recipients and c.value)
    assert not [s for s in starts if last_text < s <= ws.max_row], (which, starts)
