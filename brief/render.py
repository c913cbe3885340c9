"""Rendering the brief: HTML (preview) and PDF (WeasyPrint) from brief.content.brief_context().

The template and its print stylesheet own the layout (templates/brief/); this module only
feeds them the context and hands the HTML to WeasyPrint.
"""

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import current_app, render_template

TEMPLATE = "brief/brief.html"


def render_html(context: Mapping[str, Any]) -> str:
    return render_template(TEMPLATE, **context)


def render_pdf(context: Mapping[str, Any]) -> bytes:
    """The brief as PDF bytes."""
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    html = render_html(context)
    fonts = FontConfiguration()  # @font-face rules of the official faces need one
    base_url = str(Path(current_app.root_path) / "templates" / "brief")
    return HTML(string=html, base_url=base_url).write_pdf(font_config=fonts)


def preload(config: Mapping[str, Any]) -> None:
    """Load WeasyPrint and the brief's fonts once, when a worker starts (not for every job):
    imports, fontconfig's and Pango's font caches, and one line laid out in each face the
    brief uses (the stylesheet's @font-face rules included). A forked job inherits all of it."""
    from jinja2 import Template
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    from brief.fonts import font_plan

    fonts = font_plan(config.get("FONTS_DIR"))
    css = Template((Path(__file__).parent.parent / "templates" / "brief" / "brief.css").read_text()).render(fonts=fonts)
    lines = "".join(
        f'<p style="font-family: {role["stack"]}; font-weight: {role["weight"]}">一、（一）工作专报12345，。</p>'
        for role in fonts["roles"].values()
    )
    HTML(string=f"<html><head><style>{css}</style></head><body>{lines}</body></html>").write_pdf(
        font_config=FontConfiguration()
    )
