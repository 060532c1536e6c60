"""The PDF form's layout per Decree 30/2020/NĐ-CP appendix I, read back from the PDF
(word boxes from pdftotext -bbox, lines from the page's content stream): the number and
the place-and-date line on one baseline for the longest unit names of each level; the
short line under the subject; at least 6 pt between paragraphs; the signature block
never alone on its page wherever the text before it ends; the annex on pages of its own,
headed "Phụ lục", its name in bold capitals and "(Kèm theo Báo cáo số ...)" in italics,
centred, its pages numbered on their own; and the city's largest figures printed whole
at the table's size."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from form_reports import city_report, longest_headers
from pdf_reading import horizontal_rules, line_with, page_count, pages_text, words

from pcmd_desktop.domain.indicators import INDICATORS
from pcmd_desktop.domain.periods import parse_period
from pcmd_desktop.reports import form_text as ft
from pcmd_desktop.reports.model import IndicatorValue, Report, Signature
from pcmd_desktop.reports.pdf_form import write_pdf

FRAME_CENTRE = (30 + (210 - 30 - 15) / 2) / 25.4 * 72  # the text area's middle, points


def report(
    *, narrative: dict[str, str] | None = None, signature: Signature | None = None,
    children: int = 0,
) -> Report:  # fmt: skip
    values = {i.code: IndicatorValue(i.code, 3, 7) for i in INDICATORS}
    kids = {f"{n:05d}": {"inspection.visits": (n, n)} for n in range(children)}
    return Report(
        unit_code="002" if children else "00067",
        unit_name="Quận Hoàn Kiếm" if children else "Phường Chương Dương",
        period=parse_period("2018-03"),
        values=values,
        children=kids,
        child_names={k: f"Phường Thứ {int(k)}" for k in kids},
        narrative=narrative or {},
        signature=signature or Signature(issuer="UBND QUẬN HOÀN KIẾM", number="Số: 12/BC-UBND"),
        issued_on=date(2018, 3, 20),
    )


@pytest.mark.parametrize("name,sig,level", longest_headers(), ids=lambda v: str(v)[:8])
def test_number_and_date_on_one_baseline(tmp_path: Path, name, sig, level) -> None:
    pdf = write_pdf(report(signature=sig), tmp_path / f"{level}.pdf")
    ws = words(pdf, 1)
    number = next(w for w in ws if w.text == "Số:")
    line = " ".join(w.text for w in line_with(ws, number))
    place_date = ft.place_date_line(sig.place, date(2018, 3, 20))
    assert line == f"{ft.number_line(sig)} {place_date}", (name, line)
    # The issuer's name (several lines at most) all above that line.
    issuer = [w for w in ws if w.text == "UBND"]
    assert issuer and all(w.bottom < number.top for w in issuer)


def test_a_short_line_under_the_subject(tmp_path: Path) -> None:
    r = report()
    pdf = write_pdf(r, tmp_path / "r.pdf")
    ws = words(pdf, 1)
    subject = line_with(ws, next(w for w in ws if w.text == "Kết"))
    assert " ".join(w.text for w in subject) == ft.title_line(r)
    left, right = subject[0].x0, subject[-1].x1
    dates = next(w for w in ws if w.text == "(Số")
    under = [x for x in horizontal_rules(pdf)[0] if subject[0].bottom < x.top < dates.top]
    assert len(under) == 1
    rule = under[0]
    assert (right - left) / 3 <= rule.length <= (right - left) / 2
    assert abs((rule.x0 + rule.x1) / 2 - (left + right) / 2) < 1  # centred under it


def test_six_points_between_paragraphs(tmp_path: Path) -> None:
    pdf = write_pdf(report(narrative={"assessment": "Đoạn thứ nhất.\nĐoạn thứ hai."}),
                    tmp_path / "r.pdf")  # fmt: skip
    for page in range(1, page_count(pdf) + 1):
        ws = words(pdf, page)
        found = [w for w in ws if w.text in ("nhất.", "hai.")]
        if found:
            break
    first, second = sorted(found, key=lambda w: w.top)
    height = first.bottom - first.top  # one line of 13 pt
    assert second.top - first.bottom >= 6 + (13 * 1.3 - height) - 0.1


def _closing_page_has_text_before(pdf: Path) -> tuple[bool, str]:
    for text in pages_text(pdf):
        if ft.RECIPIENTS_HEADING in text:
            before = text.split(ft.RECIPIENTS_HEADING)[0].split()
            body = [w for w in before if not w.isdigit()]  # not the page number
            return bool(body), text
    raise AssertionError("no signature block")


@pytest.mark.parametrize("last", ["", "Phương hướng ngắn.", "Phương hướng dài. " * 40])
def test_signature_never_alone_on_its_page(tmp_path: Path, last: str) -> None:
    """However much text comes before it (here one to forty short paragraphs, so its end
    falls at every height of a page, and one exactly at a page's end), the signature
    block starts on the same page as some of the text before it."""
    pages_seen = set()
    for n in range(1, 41):
        text = "\n".join(f"Nội dung đánh giá số {i}." for i in range(n))
        pdf = write_pdf(report(narrative={"assessment": text, "next_period": last}),
                        tmp_path / f"r{n}.pdf")  # fmt: skip
        ok, page = _closing_page_has_text_before(pdf)
        assert ok, (n, page)
        pages_seen.add(page_count(pdf))
    assert len(pages_seen) >= 2  # the sweep crossed a page end


def test_annex_heading_as_the_decree_writes_it(tmp_path: Path) -> None:
    r = report(children=60)  # two pages of annex
    pdf = write_pdf(r, tmp_path / "q.pdf")
    texts = pages_text(pdf)
    first = next(i for i, t in enumerate(texts) if "SỐ LIỆU CỦA CÁC ĐƠN VỊ" in t) + 1
    assert ft.RECIPIENTS_HEADING in texts[first - 2]  # after the signature, a page of its own
    assert ft.RECIPIENTS_HEADING not in texts[first - 1]
    lines = [x.strip() for x in texts[first - 1].splitlines() if x.strip()]
    assert lines[0] == "Phụ lục"
    assert lines[1] == "SỐ LIỆU CỦA CÁC ĐƠN VỊ TRỰC THUỘC"
    when = ft.place_date_line("", date(2018, 3, 20)).lower()  # "ngày 20 tháng 3 năm 2018"
    expected = f"(Kèm theo Báo cáo số 12/BC-UBND {when} của UBND Quận Hoàn Kiếm)"
    assert " ".join(lines[2:4]) == expected
    ws = words(pdf, first)
    for text in ("Phụ", "SỐ", "(Kèm", "của"):  # each heading line centred
        line = line_with(ws, next(w for w in ws if w.text == text))
        assert abs((line[0].x0 + line[-1].x1) / 2 - FRAME_CENTRE) < 1.5, text
    # Pages numbered on their own: none on the annex's first page, 2 on its second.
    assert not lines[0].isdigit()
    assert texts[first].split()[0] == "2"
    assert page_count(pdf) == first + 1


def test_annex_heading_fonts(tmp_path: Path) -> None:
    pdf = write_pdf(report(children=3), tmp_path / "q.pdf")
    ws = words(pdf, page_count(pdf))
    word = next(w for w in ws if w.text == "Phụ")
    name = next(w for w in ws if w.text == "SỐ")
    note = next(w for w in ws if w.text == "(Kèm")
    assert word.top < name.top < note.top
    # 14 pt lines, the name in capitals (checked above) and bold like "Phụ lục": the same
    # word is wider in bold than upright, and "(Kèm" is slanted: compare with the regular
    # face's width of the same text.
    from pcmd_desktop.reports.metrics import text_width

    assert name.x1 - name.x0 == pytest.approx(text_width("SỐ", 14, bold=True), abs=0.2)
    assert word.x1 - word.x0 == pytest.approx(text_width("Phụ", 14, bold=True), abs=0.2)
    assert note.x1 - note.x0 == pytest.approx(text_width("(Kèm", 14, italic=True), abs=0.2)


def test_city_figures_printed_whole_at_the_table_size(tmp_path: Path) -> None:
    pdf = write_pdf(city_report(), tmp_path / "thanh-pho.pdf")
    all_words = [w for page in range(1, page_count(pdf) + 1) for w in words(pdf, page)]
    fines = [w for w in all_words if w.text == "40.121.500.000"]
    pct = [w for w in all_words if w.text == "25.015,0"]
    small = next(w for w in all_words if w.text == "11.794")
    assert len(fines) == 2 and pct  # whole, on one line
    for w in [*fines, *pct]:
        assert w.bottom - w.top == pytest.approx(small.bottom - small.top, abs=0.01)  # 11 pt
