"""The report as a PDF laid out per Decree 30/2020/NĐ-CP appendix I (page and type in
pdf_styles, the tables in pdf_tables): the header blocks side by side with the number and
the place-and-date line on one line under them, "BÁO CÁO", the subject (trích yếu) with a
short line under it, the dates covered, the indicator table, the narrative sections, then
"Nơi nhận:" and the signature, never alone on a page (kept with the last lines before
them); the annex of child units (a district or the city) on pages of its own after the
signature, headed as the decree heads a phụ lục and numbered on its own. Page numbers from
page 2, top centre."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from pcmd_desktop.reports import form_text as ft
from pcmd_desktop.reports.annex_heading import annex_heading, two_lines
from pcmd_desktop.reports.breakdown_form import (
    annex_count,
    annex_references,
    children_annex_number,
)
from pcmd_desktop.reports.metrics import FONT_FAMILY, REGULAR, register_fonts, text_width
from pcmd_desktop.reports.model import Report
from pcmd_desktop.reports.pdf_breakdown import breakdown_story, breakdown_template
from pcmd_desktop.reports.pdf_styles import (
    BARE,
    BODY,
    HEADER,
    HEIGHT,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    S_ANNEX_NAME,
    S_ANNEX_NOTE,
    S_ANNEX_WITH,
    S_ANNEX_WORD,
    S_DATES,
    S_HEAD,
    S_HEAD_BOLD,
    S_MOTTO,
    S_NOTE,
    S_NUMBER,
    S_PLACE,
    S_RECIPIENT,
    S_RECIPIENTS_HEAD,
    S_SECTION,
    S_SIGN,
    S_SUBJECT,
    S_TEXT,
    S_TYPE,
    WIDTH,
    p,
)
from pcmd_desktop.reports.pdf_tables import annex_table, indicator_table

__all__ = ["FONT_FAMILY", "register_fonts", "write_pdf"]

LEFT_MIN = 60 * mm  # the left header block's least width (the issuer's name wraps in it)
TAIL_LINES = 2  # lines of the last paragraph that go with the signature to its page


class Rule(Flowable):
    """A centred horizontal line `length` long, `gap` points below the text above it and
    `after` points above what follows (the lines under the issuer, the motto and the
    subject)."""

    def __init__(self, length: float, gap: float = 3, after: float = 4):
        super().__init__()
        self.length = length
        self.gap = gap
        self.after = after

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        return avail_width, self.gap + self.after

    def draw(self) -> None:
        x = (self._avail - self.length) / 2
        self.canv.setLineWidth(0.6)
        self.canv.line(x, self.after, x + self.length, self.after)


def _header_widths(place_date: str) -> tuple[float, float]:
    """The left and right blocks' widths: the right one as wide as the national title or
    the place-and-date line needs, so the date never wraps; the left one the rest."""
    right = max(
        text_width(ft.NATION, HEADER, bold=True),
        text_width(ft.MOTTO, BODY, bold=True),
        text_width(place_date, BODY, italic=True),
    ) + 4 * mm  # fmt: skip
    right = min(right, WIDTH - LEFT_MIN)
    return WIDTH - right, right


def _header(report: Report) -> Table:
    """Two rows: the blocks (parent body and issuer; national title and motto), then the
    number and the place-and-date line side by side, so they share one baseline however
    many lines the unit's name takes."""
    sig = report.signature
    issuer = ft.issuer_of(report)
    place_date = ft.place_date_line(sig.place, report.issued_on)
    left_w, right_w = _header_widths(place_date)
    left: list[Flowable] = []
    if sig.parent_body.strip():
        left.append(p(sig.parent_body.strip().upper(), S_HEAD))
    left.append(p(issuer, S_HEAD_BOLD))
    # Decree 30: a solid line a third to a half as long as the issuer's name, centred.
    left.append(Rule(min(text_width(issuer, HEADER, bold=True), left_w) * 0.45))
    right: list[Flowable] = [p(ft.NATION, S_HEAD_BOLD), p(ft.MOTTO, S_MOTTO)]
    # The motto's line is as long as the motto.
    right.append(Rule(text_width(ft.MOTTO, BODY, bold=True)))
    place_style = S_PLACE
    size = BODY
    while size > 11 and text_width(place_date, size, italic=True) > right_w:
        size -= 0.5  # only a place name longer than any unit's: the line stays one line
    if size < BODY:
        place_style = ParagraphStyle("place_fit", parent=S_PLACE, fontSize=size, leading=BODY * 1.2)
    t = Table(
        [[left, right], [p(ft.number_line(sig), S_NUMBER), p(place_date, place_style)]],
        colWidths=[left_w, right_w],
    )
    t.setStyle(TableStyle(BARE))
    return t


def _title(report: Report) -> list[Flowable]:
    """'BÁO CÁO', the subject with a short solid line under it (a third to a half of the
    subject line, centred: the decree's line under the trích yếu) and the dates covered."""
    subject = ft.title_line(report)
    length = min(text_width(subject, 14, bold=True), WIDTH) * 0.4
    heading = p(subject, S_SUBJECT)
    if report.period.is_adhoc and text_width(subject, 14, bold=True) > WIDTH:
        # Too long for one line: the range on a line of its own, not its last day alone.
        lines = (ft.SUBJECT, report.period.name_vi)
        heading = Paragraph("<br/>".join(escape(line) for line in lines), S_SUBJECT)
        length = max(text_width(line, 14, bold=True) for line in lines) * 0.4
    return [
        p(ft.DOC_TYPE, S_TYPE),
        heading,
        Rule(length, gap=3, after=5),
        *(p(line, S_DATES) for line in ft.title_lines(report)),
    ]


def _narrative(report: Report, closing: list[Flowable]) -> list[Flowable]:
    """The narrative sections, the last one ending with `closing` kept to its last lines."""
    out: list[Flowable] = []
    items = ft.narrative_items(report)
    for n, (heading, paragraphs) in enumerate(items, start=1):
        tail = closing if n == len(items) else []
        if paragraphs:  # the heading keeps with the first paragraph (keepWithNext)
            out.append(p(heading, S_SECTION))
            out += [p(text, S_TEXT) for text in paragraphs]
            if tail:
                out.append(KeepTail([out.pop(), *tail]))
        else:  # the heading and a dotted line to write on by hand
            line = HRFlowable(width="100%", thickness=0.7, dash=(1, 1.5), spaceBefore=6 * mm)
            out.append(KeepTogether([p(heading, S_SECTION), line, Spacer(1, 2 * mm), *tail]))
    return out


def _closing(report: Report) -> list[Flowable]:
    """'Nơi nhận:' with the recipients, and the signature block, side by side."""
    sig = report.signature
    left: list[Flowable] = [p(ft.RECIPIENTS_HEADING, S_RECIPIENTS_HEAD)]
    left += [p(line, S_RECIPIENT) for line in ft.recipient_lines(sig)]
    right: list[Flowable] = [p(t, S_SIGN) for t in ft.signer_titles(sig)]
    right.append(Spacer(1, 28 * mm))  # room for the signature and the seal
    if sig.signer.strip():
        right.append(p(sig.signer.strip(), S_SIGN))
    t = Table([[left, right]], colWidths=[WIDTH * 0.45, WIDTH * 0.55])
    t.setStyle(TableStyle(BARE))
    return [Spacer(1, 6 * mm), t]


class KeepTail(Flowable):
    """The last paragraph followed by the closing, which never starts a page alone: when
    the whole does not fit, the paragraph is split so that at least its last TAIL_LINES
    lines go with the closing to the next page (the closing never splits)."""

    def __init__(self, parts: list[Flowable]):
        super().__init__()
        self.parts = parts

    def _gaps(self) -> list[float]:
        return [0.0] + [a.getSpaceAfter() + b.getSpaceBefore()
                        for a, b in zip(self.parts, self.parts[1:], strict=False)]  # fmt: skip

    def getSpaceBefore(self) -> float:
        return self.parts[0].getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.parts[-1].getSpaceAfter()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._heights = [f.wrap(avail_width, HEIGHT)[1] for f in self.parts]
        self.width = avail_width
        self.height = sum(self._heights) + sum(self._gaps())
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for f, h, gap in zip(self.parts, self._heights, self._gaps(), strict=True):
            y -= gap + h
            f.drawOn(self.canv, 0, y)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        first, *closing = self.parts
        self.wrap(avail_width, avail_height)
        if not isinstance(first, Paragraph):
            return []  # the whole to the next page
        lines = len(first.blPara.lines)
        leading = first.style.leading
        keep = min(int((avail_height - 1) / leading), lines - TAIL_LINES)
        if keep < 2:  # not even two lines here (no orphan): all to the next page
            return []
        parts = first.split(avail_width, keep * leading + 0.5)
        if len(parts) != 2:
            return []
        return [parts[0], KeepTail([parts[1], *closing])]


def _story(report: Report) -> list[Flowable]:
    story: list[Flowable] = [_header(report), *_title(report), indicator_table(report)]
    references = annex_references(report)  # one sentence per annex
    story += [p(text, S_NOTE) for text in references] or [Spacer(1, 3 * mm)]
    story += _narrative(report, _closing(report))
    story += _annex(report)
    story += breakdown_story(report)  # landscape pages of its own
    return story


def _annex(report: Report) -> list[Flowable]:
    """The annex on pages of its own, after the signature."""
    if not ft.annex_rows(report):
        return []
    word, name, with_report = annex_heading(report, children_annex_number(), annex_count(report))
    with_line = p(with_report, S_ANNEX_WITH)
    if text_width(with_report, S_ANNEX_WITH.fontSize, italic=True) > WIDTH:
        first, second = two_lines(with_report)
        with_line = Paragraph(f"{escape(first)}<br/>{escape(second)}", S_ANNEX_WITH)
    return [
        NextPageTemplate("annex"),
        PageBreak(),
        p(word, S_ANNEX_WORD),
        p(name, S_ANNEX_NAME),
        with_line,
        *(p(line, S_ANNEX_NOTE) for line in ft.title_lines(report)),
        annex_table(report),
    ]


def _number_page(canvas: Canvas, number: int) -> None:
    """Decree 30: numbered from page 2, at the top centre, upright, 13 pt."""
    if number < 2:
        return
    canvas.saveState()
    canvas.setFont(REGULAR, BODY)
    y = A4[1] - MARGIN_TOP / 2 - BODY / 3
    canvas.drawCentredString(MARGIN_LEFT + WIDTH / 2, y, str(number))
    canvas.restoreState()


class _AnnexPages:
    """The annex's pages are numbered on their own (the decree: "số trang của Phụ lục
    được đánh riêng"), from its second page."""

    def __init__(self) -> None:
        self.first: int | None = None

    def __call__(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        if self.first is None:
            self.first = doc.page
        _number_page(canvas, doc.page - self.first + 1)


def write_pdf(report: Report, path: Path) -> Path:
    """Write `report` as a PDF at `path` (whole or not at all) and return `path`."""
    register_fonts()
    path = Path(path)
    with ft.atomic_target(path) as tmp:
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=ft.document_title(report),
            author=ft.issuer_of(report),
            subject=ft.title_line(report),
            creator="PCMD Desktop",
            initialFontName=REGULAR,
            initialFontSize=BODY,
            lang="vi",
        )

        def frame() -> Frame:
            # No padding, so the margins are the decree's to the millimetre.
            return Frame(
                MARGIN_LEFT, MARGIN_BOTTOM, WIDTH, HEIGHT,
                leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
            )  # fmt: skip

        doc.addPageTemplates(
            [
                PageTemplate("page", [frame()], onPage=lambda c, d: _number_page(c, d.page)),
                PageTemplate("annex", [frame()], onPage=_AnnexPages()),
                breakdown_template(),
            ]
        )
        doc.build(_story(report))
    return path
