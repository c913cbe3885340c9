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
