"""The brief as .docx (python-docx), for staff who edit in WPS or Word.

It is built from the same rendered HTML as the PDF — one template decides what the brief
says — by walking its elements and writing each as the Word paragraph GB/T 9704 asks
for. Charts stay in the PDF: a Word document gets their captions only.
"""

import io
import re
from collections.abc import Mapping
from typing import Any

import lxml.html
from docx import Document
from docx.enum.section import WD_SECTION_START
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from brief.render import render_html

RED = RGBColor(0xD4, 0x00, 0x00)
LINE = Pt(28.95)  # 22 lines in the 225 mm text block
TEXT_WIDTH = Mm(156)
# Word substitutes a font it lacks; these are the names offices have installed.
FANGSONG, TITLE, HEITI, KAITI = "仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312"


def _text(element):
    return re.sub(r"\s+", " ", element.text_content()).strip()


def _run(paragraph, text, font=FANGSONG, size=16, color=None, bold=False):
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if color is not None:
        run.font.color.rgb = color
    return run


def _paragraph(doc, align=None, indent=True, exact=True):
    paragraph = doc.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    if exact:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = LINE
    if indent:
        fmt.first_line_indent = Pt(32)  # two characters of 3号
    if align is not None:
        paragraph.alignment = align
    return paragraph


def _border(paragraph, side, color="000000", size=8):
    """A rule under/over a paragraph (size in eighths of a point)."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        ppr.append(borders)
    edge = OxmlElement(f"w:{side}")
    for key, value in (("val", "single"), ("sz", str(size)), ("space", "1"), ("color", color)):
        edge.set(qn(f"w:{key}"), value)
    borders.append(edge)


def _page_number(paragraph):
    """— PAGE — as a field, so Word numbers the pages itself."""
    _run(paragraph, "— ", size=14)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        run = _run(paragraph, "", size=14)
        if kind:
            field = OxmlElement("w:fldChar")
            field.set(qn("w:fldCharType"), kind)
        else:
            field = OxmlElement("w:instrText")
            field.set(qn("xml:space"), "preserve")
            field.text = text
        run._element.append(field)
    _run(paragraph, " —", size=14)


def _setup(doc):
    section = doc.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(28)
    # Odd pages: number at the right; even pages: at the left (GB/T 9704 7.5).
    doc.settings.odd_and_even_pages_header_footer = True
    odd = section.footer.paragraphs[0]
    odd.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    odd.paragraph_format.right_indent = Pt(14)
    _page_number(odd)
    even = section.even_page_footer.paragraphs[0]
    even.alignment = WD_ALIGN_PARAGRAPH.LEFT
    even.paragraph_format.left_indent = Pt(14)
    _page_number(even)


def _table(doc, element):
    rows = element.findall(".//tr")
    width = max(len(r.findall("./th") + r.findall("./td")) for r in rows)
    table = doc.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, cell in enumerate([e for e in row if e.tag in ("th", "td")]):
            target = table.cell(r, c).paragraphs[0]
            target.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run(target, _text(cell), font=HEITI if cell.tag == "th" else FANGSONG, size=12)


def _two_sided(doc, left, right, size=16):
    paragraph = _paragraph(doc, indent=False)
    paragraph.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH - Pt(size), WD_TAB_ALIGNMENT.RIGHT)
    paragraph.paragraph_format.left_indent = Pt(size)
    _run(paragraph, f"{left}\t{right}" if right else left, size=size)
    return paragraph


def _element(doc, element):
    tag, classes = element.tag, set((element.get("class") or "").split())
    if "masthead" in classes:
        _run(_paragraph(doc, WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=False), _text(element), TITLE, 30, RED)
    elif "issue-no" in classes:
        _run(_paragraph(doc, WD_ALIGN_PARAGRAPH.CENTER, indent=False), _text(element))
    elif "issue-line" in classes:
        spans = [_text(s) for s in element.findall("./span")]
        _border(_two_sided(doc, spans[0], spans[-1] if len(spans) > 1 else ""), "bottom", "D40000", 16)
        _paragraph(doc, indent=False)
    elif tag == "h1":
        _run(_paragraph(doc, WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=False), _text(element), TITLE, 22)
        _paragraph(doc, indent=False)
    elif tag in ("h2", "h3", "h4"):
        _run(_paragraph(doc), _text(element), {"h2": HEITI, "h3": KAITI, "h4": FANGSONG}[tag])
    elif tag == "p":
        _run(_paragraph(doc, WD_ALIGN_PARAGRAPH.JUSTIFY), _text(element))
    elif tag == "table":
        _table(doc, element)
    elif tag == "figure":
        caption = element.find(".//figcaption")
        if caption is not None:
            _run(_paragraph(doc, WD_ALIGN_PARAGRAPH.CENTER, indent=False), _text(caption) + "（图见PDF版）", size=12)
    elif "colophon" in classes:
        lines = element.findall("./div")
        for i, line in enumerate(lines):
            spans = [_text(s) for s in line.findall("./span")]
            paragraph = _two_sided(doc, spans[0], spans[1] if len(spans) > 1 else "", size=14)
            _border(paragraph, "bottom", size=12 if i == len(lines) - 1 else 4)
            if i == 0:
                _border(paragraph, "top", size=12)
    else:
        for child in element:
            _element(doc, child)


def render_docx(context: Mapping[str, Any]) -> bytes:
    """The brief of `context` (brief.brief_context) as .docx bytes."""
    tree = lxml.html.document_fromstring(render_html(context))
    doc = Document()
    _setup(doc)
    for element in tree.body:
        _element(doc, element)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
