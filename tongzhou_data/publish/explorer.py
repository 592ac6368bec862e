"""`tongzhou-data explore`: one self-contained HTML page for a package (the installed one or any folder):
the report's text with every target, project mention and term mention highlighted and linked to its row,
the outline, filters, a search box, charts drawn with Vega-Lite, Chinese and English labels. Scripts,
styles and data are inline, so the page fetches nothing when opened from disk; the same package gives
byte-identical HTML.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

from .explorer_read import ExploreError, Package, read_package

ASSETS = Path(__file__).resolve().parent / "explorer_assets"
REQUIREMENT = "pip install 'tongzhou-data[explore]'"
MARKER = re.compile(r"\{\{(TITLE|CSS|VEGA|DATA|APP)\}\}")


def libraries() -> tuple[Any, Any]:
    """altair and vl_convert, or MissingDependencyError saying how to install them (one line)."""
    from .. import MissingDependencyError

    try:
        import altair
        import vl_convert
    except ImportError as error:
        missing = (error.name or "altair").split(".")[0]
        raise MissingDependencyError(
            f"explore needs altair and vl-convert-python ({missing} is not installed): {REQUIREMENT}"
        ) from None
    return altair, vl_convert


def vega_bundle(alt: Any, vlc: Any) -> str:
    """Vega, Vega-Lite and Vega-Embed as one script (from vl-convert, offline), for altair's Vega-Lite."""
    version = "_".join(alt.SCHEMA_VERSION.split(".")[:2])  # v6.4.1 -> v6_4, as altair's own inline HTML asks
    return vlc.javascript_bundle(vl_version=version)


def inline(script: str, what: str) -> str:
    """`script` as it can stand inside <script>: it must not close the element early."""
    if "</script" in script.lower() or "<!--" in script:
        raise ExploreError(f"{what} holds '</script' or '<!--' and cannot be inlined")
    return script


def json_script(value: Any) -> str:
    """`value` as JSON for a <script type="application/json">: every '<' escaped, so no tag can close it."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def page(folder: Path | None = None) -> str:
    """The explorer page for the package in `folder` (None: the installed package)."""
    from .._paths import data_dir

    alt, vlc = libraries()
    where = folder or data_dir()
    return render(read_package(where), where, alt, inline(vega_bundle(alt, vlc), "the Vega bundle"))


def render(package: Package, where: Path, alt: Any, vega: str, vega_src: str | None = None) -> str:
    """The page of `package` (read from `where`), with the Vega bundle inline (`vega`) or, where `vega_src`
    is given, loaded from that file beside the page (the pages of a corpus share one copy)."""
    from .explorer_charts import chart_documents, specs
    from .explorer_data import page_data
    from .explorer_labels import catalogue

    try:
        data = {**page_data(package), "labels": catalogue(), "charts": specs(alt, package)}
        data["chart_documents"] = chart_documents(package)
    except KeyError as error:  # a package of an older or newer schema
        raise ExploreError(f"{where}: a table has no column {error.args[0]!r}, which explore reads") from None
    first = package.tables["documents"][0]
    parts = {
        "TITLE": html.escape(" · ".join(t for t in (first["title"], first["title_en"]) if t)),
        "CSS": (ASSETS / "explorer.css").read_text(encoding="utf-8"),
        "VEGA": vega,
        "DATA": json_script(data),
        "APP": inline((ASSETS / "explorer.js").read_text(encoding="utf-8"), "explorer.js"),
    }
    template = (ASSETS / "explorer.html").read_text(encoding="utf-8")
    if vega_src is not None:  # <script src> needs 'self' (file: for pages opened from disk in every browser)
        template = template.replace("<script>\n{{VEGA}}\n</script>", f'<script src="{html.escape(vega_src)}"></script>')
        template = template.replace("script-src 'unsafe-inline'", "script-src 'self' file: 'unsafe-inline'")
    return MARKER.sub(lambda match: parts[match.group(1)], template)  # one pass: no value is read as a marker


def write(target: Path, folder: Path | None = None, force: bool = False) -> Path:
    """Write the page to `target`; an existing file is refused unless `force`."""
    if target.exists() and (target.is_dir() or not force):
        raise ExploreError(f"{target}: already exists; pass --force to overwrite it" if target.is_file()
                           else f"{target}: is a folder; --to names the HTML file to write")  # fmt: skip
    from .atomic import replace_file

    replace_file(target, page(folder).encode("utf-8"))  # an interrupted run leaves no half page
    return target
