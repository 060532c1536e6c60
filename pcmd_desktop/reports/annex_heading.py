"""The heading of the annex of child units as Decree 30/2020/NĐ-CP appendix I writes a
phụ lục: on pages of its own, the word "Phụ lục" on a line of its own (with a Roman
numeral only when a document has two annexes or more: this report has one), the annex's
name in bold capitals, then "(Kèm theo Báo cáo số …/BC-… ngày … tháng … năm … của …)" in
italics, all centred; the report itself refers to the annex. Shared by the PDF and the
XLSX."""

from __future__ import annotations

from pcmd_desktop.reports import form_text as ft
from pcmd_desktop.reports.model import Report

__all__ = ["ANNEX_NAME", "ANNEX_REFERENCE", "annex_heading", "annex_label", "two_lines"]

ANNEX_WORD = "Phụ lục"
ANNEX_NAME = "SỐ LIỆU CỦA CÁC ĐƠN VỊ TRỰC THUỘC"
# The sentence under the indicator table that points to the annex (the decree asks the
# document to refer to each annex it carries).
ANNEX_REFERENCE = "Số liệu của từng đơn vị trực thuộc tại Phụ lục kèm theo Báo cáo này."
_UBND = ("UBND", "ỦY BAN NHÂN DÂN")


def annex_label(number: int = 1, count: int = 1) -> str:
    """'Phụ lục' for a document's only annex, 'Phụ lục II' for the second of several."""
    return ANNEX_WORD if count < 2 else f"{ANNEX_WORD} {ft.roman(number)}"


def _issuer_phrase(report: Report) -> str:
    """Who issues the report, as a sentence names it: 'UBND Quận Hoàn Kiếm' for the usual
    'UBND QUẬN HOÀN KIẾM'; any other issuer as Settings writes it."""
    issuer = " ".join(report.signature.issuer.split())
    name = report.unit_name.strip()
    if not issuer:
        return name
    for body in _UBND:
        if issuer.upper() == f"{body} {name.upper()}":
            return f"{'UBND' if body == 'UBND' else 'Ủy ban nhân dân'} {name}"
    return issuer


def _number(report: Report) -> str:
    """'12/BC-UBND' from 'Số: 12/BC-UBND'."""
    line = ft.number_line(report.signature)
    head, sep, rest = line.partition(":")
    return rest.strip() if sep and head.strip().lower() == "số" else line


def annex_heading(report: Report, number: int = 1, count: int = 1) -> tuple[str, str, str]:
    """The annex's three heading lines: 'Phụ lục', its name in capitals and the line
    '(Kèm theo Báo cáo số 12/BC-UBND ngày 05 tháng 02 năm 2018 của UBND Quận Hoàn Kiếm)'."""
    when = ft.place_date_line("", report.issued_on)  # 'Ngày ... tháng ... năm ...'
    when = when[:1].lower() + when[1:]
    with_report = f"(Kèm theo {ft.DOC_TYPE.capitalize()} số {_number(report)} {when} " \
                  f"của {_issuer_phrase(report)})"  # fmt: skip
    return annex_label(number, count), ANNEX_NAME, with_report


def two_lines(with_report: str) -> tuple[str, str]:
    """The '(Kèm theo ...)' line broken before 'của ...' when it is too long for one
    line, rather than wherever the last word falls."""
    head, sep, issuer = with_report.rpartition(" của ")
    return (head, f"{sep.strip()} {issuer}") if sep else (with_report, "")
