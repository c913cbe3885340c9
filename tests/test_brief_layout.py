"""The brief's layout, measured on the PDF (GB/T 9704-2012), not assumed: A4 pages, the text
block where the standard puts it (within 1 mm), the 22-line grid, page numbers at the right
of odd pages and the left of even ones, the red masthead, the 版记 at the foot of the last
page, every glyph from an embedded CJK font, and the official faces when an office has them.
Page images are written to tests/artifacts/ for a person to look at."""

import unicodedata
from collections import Counter

import pytest
from PIL import Image

from tests.brief_pdf import PT_PER_MM, fonts, page_images, page_sizes_mm, pdf_text, words

A4 = (210.0, 297.0)
TOP, BOTTOM, LEFT, RIGHT = 37.0, 35.0, 28.0, 26.0
LINE_MM = 225.0 / 22  # 22 lines in the 225 mm text block
TOLERANCE = 1.0  # mm


@pytest.fixture(autouse=True)
def app_context(app):
    # As `flask --app app …` does for every command: the commands run inside the app.
    with app.app_context():
        yield


@pytest.fixture
def demo_pdf(app, runner, tmp_path):
    assert runner.invoke(args=["demo"]).exit_code == 0
    output = tmp_path / "2020Q1.pdf"
    result = runner.invoke(args=["brief", "2020Q1", "--output", str(output)])
    assert result.exit_code == 0, result.output
    return output


def is_page_number(word):
    return word.y0 > A4[1] - BOTTOM


def test_pages_text_block_grid_and_page_numbers(demo_pdf):
    sizes = page_sizes_mm(demo_pdf)
    assert len(sizes) >= 3
    for width, height in sizes:
        assert abs(width - A4[0]) < 0.5 and abs(height - A4[1]) < 0.5

    all_words = words(demo_pdf)
    body = [w for w in all_words if not is_page_number(w)]
    # The text block: left edge at 28 mm, right edge at 210 − 26 = 184 mm, within 1 mm.
    assert abs(min(w.x0 for w in body) - LEFT) <= TOLERANCE
    assert abs(max(w.x1 for w in body) - (A4[0] - RIGHT)) <= TOLERANCE
    # Nothing above 37 mm or below 297 − 35 = 262 mm; every page's first line starts at the top.
    for page in range(1, len(sizes) + 1):
        on_page = [w for w in body if w.page == page]
        top = min(w.y0 for w in on_page)
        assert TOP - 0.2 <= top <= TOP + LINE_MM, (page, top)
        assert max(w.y1 for w in on_page) <= A4[1] - BOTTOM + 0.2

    # 22-line grid: body lines follow each other every 225/22 mm.
    lefts = Counter()
    for page in range(2, len(sizes) + 1):
        tops = sorted({round(w.y0, 1) for w in body if w.page == page})
        lefts.update(round(b - a, 1) for a, b in zip(tops, tops[1:]))
    pitch, _ = lefts.most_common(1)[0]
    assert abs(pitch - LINE_MM) <= 0.15

    # — n —: odd pages at the right edge (one character in), even pages at the left, under the block.
    numbers = [w for w in all_words if is_page_number(w) and w.text.isdigit()]
    assert [int(w.text) for w in numbers] == list(range(1, len(sizes) + 1))
    one_char = 14 / PT_PER_MM  # 4号
    for word in numbers:
        line = [w for w in all_words if w.page == word.page and is_page_number(w)]
        assert [w.text for w in line] == ["—", word.text, "—"]
        assert A4[1] - BOTTOM + 2 < word.y0 < A4[1] - BOTTOM + 10
        if word.page % 2:
            assert abs(line[-1].x1 - (A4[0] - RIGHT - one_char)) <= TOLERANCE
        else:
            assert abs(line[0].x0 - (LEFT + one_char)) <= TOLERANCE


def test_masthead_title_and_closing_block(demo_pdf):
    all_words = words(demo_pdf)
    first = [w for w in all_words if w.page == 1]
    masthead = next(w for w in first if "政府服务热线工作专报" in w.text)
    assert masthead.y0 < TOP + 20
    # Red masthead and red rule: sample the page image under the masthead's box.
    images = page_images(demo_pdf, "brief-2020Q1")
    assert len(images) == len(page_sizes_mm(demo_pdf))
    page = Image.open(images[0]).convert("RGB")
    scale = page.width / A4[0]
    box = [int(v * scale) for v in (masthead.x0, masthead.y0, masthead.x1, masthead.y1)]
    raw = page.crop(box).tobytes()
    pixels = [raw[i : i + 3] for i in range(0, len(raw), 3)]
    red = sum(1 for r, g, b in pixels if r > 150 and g < 80 and b < 80)
    assert red > len(pixels) * 0.05

    # 版记: the last page's last lines, at the foot of the text block.
    last = max(w.page for w in all_words)
    printed = [w for w in all_words if w.page == last and "印发" in w.text]
    assert printed and printed[0].y1 > A4[1] - BOTTOM - 15


def test_every_character_has_a_glyph_from_an_embedded_cjk_font(demo_pdf):
    text = pdf_text(demo_pdf)
    assert "\ufffd" not in text
    used = fonts(demo_pdf)
    assert used and all(embedded for _, embedded in used)
    assert all("CJK" in name or "Noto" in name for name, _ in used), used
    # Every character printed is one the installed faces cover: no .notdef boxes.
    from fontTools.ttLib import TTCollection

    covered = set()
    for path in (
        "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    ):
        for font in TTCollection(path, lazy=True).fonts:
            covered |= set(font.getBestCmap())
    missing = {c for c in text if not c.isspace() and ord(c) not in covered}
    assert not missing, [unicodedata.name(c, hex(ord(c))) for c in missing]


def official_font(folder, source, family, postscript):
    """A font file that calls itself `family` (as an office's 仿宋_GB2312 would): a subset of a
    free face, renamed, so the test needs no licensed file."""
    from fontTools import subset
    from fontTools.ttLib import TTCollection

    font = TTCollection(source).fonts[2]  # the SC face
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(
        text="".join(chr(c) for c in range(0x20, 0x7F))
        + "龙山县年第一季度政府服务热线工作专报期总印发报送各单位，。：；、（）—个日月注"
    )
    subsetter.subset(font)
    for record in font["name"].names:
        if record.nameID in (1, 4, 16):
            record.string = family
        elif record.nameID == 6:
            record.string = postscript
    path = folder / f"{postscript}.otf"
    font.save(str(path))
    return path


def test_official_faces_in_the_fonts_folder_are_used(app, runner, tmp_path):
    folder = tmp_path / "fonts"
    folder.mkdir()
    official_font(folder, "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "仿宋_GB2312", "FangSong_GB2312")
    (folder / "broken.ttf").write_bytes(b"not a font")  # a foreign file must not stop the brief
    app.config["FONTS_DIR"] = str(folder)
    output = tmp_path / "official.pdf"
    result = runner.invoke(args=["brief", "2020Q1", "--output", str(output)])
    assert result.exit_code == 0, result.output
    from brief.fonts import font_plan

    plan = font_plan(folder)["roles"]
    assert plan["fangsong"]["official"] == "仿宋_GB2312" and plan["fangsong"]["file"].endswith("FangSong_GB2312.otf")
    assert plan["heiti"]["official"] == ""  # not in the folder: Noto stands in
    names = [name for name, _ in fonts(output)]
    # WeasyPrint embeds an @font-face face under its CSS family: brief-fangsong is the office's file.
    assert any(name.endswith("+brief-fangsong") for name in names), names
    # Characters the office's face lacks still print, from the Noto fallback.
    assert any("Noto" in name for name in names)
    assert "\ufffd" not in pdf_text(output)
