"""Reading a brief PDF the way a person would check it: its text (pdftotext), its word
boxes in millimetres (pdftotext -bbox-layout), page size (pdfinfo), fonts (pdffonts) and
page images (pdftoppm, written to tests/artifacts/)."""

import html
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

PT_PER_MM = 72 / 25.4
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def pdf_text(path):
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def flat(text):
    """Text without any whitespace: pdftotext breaks lines where the PDF does."""
    return re.sub(r"\s+", "", text)


def body(path):
    """The PDF's text without whitespace and without its page numbers (— 3 —), so that a
    paragraph running over a page break reads as one."""
    return re.sub(r"—\d+—", "", flat(pdf_text(path)))


@dataclass
class Word:
    page: int
    text: str
    x0: float  # mm from the left edge
    y0: float  # mm from the top edge
    x1: float
    y1: float


def words(path):
    """Every word of the PDF with its box in millimetres, page by page (1-based)."""
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    result = []
    for number, page in enumerate(re.findall(r"<page .*?</page>", out, re.S), start=1):
        for x0, y0, x1, y1, text in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page
        ):
            box = [float(v) / PT_PER_MM for v in (x0, y0, x1, y1)]
            result.append(Word(number, html.unescape(text), *box))
    return result


def page_sizes_mm(path):
    """[(width, height)] of every page, in millimetres."""
    out = subprocess.run(["pdfinfo", "-l", "999", str(path)], capture_output=True, text=True, check=True).stdout
    return [
        (float(w) / PT_PER_MM, float(h) / PT_PER_MM)
        for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", out)
    ]


def fonts(path):
    """[(name, embedded)] of the fonts in the PDF."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [type] encoding emb sub uni object ID: emb is the 5th field from the end
        rows.append((parts[0], parts[-5] == "yes"))
    return rows


def page_images(path, name, dpi=60):
    """Render every page to tests/artifacts/<name>-<n>.png; returns the paths."""
    ARTIFACTS.mkdir(exist_ok=True)
    for old in ARTIFACTS.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(path), str(ARTIFACTS / name)], check=True)
    return sorted(ARTIFACTS.glob(f"{name}-*.png"))
