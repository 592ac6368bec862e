"""`tongzhou-data explore`: the page's markup, its determinism and self-containment without a browser; then
the page itself in headless Chromium (Debian's, at /usr/bin/chromium, driven by playwright): opened from
disk with no console error and no request, one highlight per row, details on a click, filters, languages."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import DATASETS, ROOT

import tongzhou_data as td
from tongzhou_data.publish.explorer_markup import Span, markup

CHROMIUM = Path("/usr/bin/chromium")
TYPES = {"target": "targets", "project": "projects", "term": "term_mentions"}
IDS = {"target": "target_id", "project": "project_id", "term": "term_mention_id"}

sys.path.insert(0, str(ROOT / "validation"))
from many_reports import many_reports  # noqa: E402


@pytest.fixture(scope="module")
def page_file(tmp_path_factory) -> Path:
    pytest.importorskip("altair", reason="explore needs the [explore] extra")
    from tongzhou_data.publish.explorer import write

    return write(tmp_path_factory.mktemp("explore") / "report.html")


@pytest.fixture(scope="module")
def many_file(tmp_path_factory) -> Path:
    pytest.importorskip("altair", reason="explore needs the [explore] extra")
    from tongzhou_data.publish.explorer import write

    folder = tmp_path_factory.mktemp("many")
    many_reports(folder / "package", copies=3)
    return write(folder / "many.html", folder / "package")


# Markup: one element per row, however the spans nest or cross.


def test_nested_crossing_and_equal_spans_each_get_one_element():
    text = "<abcdefghij>"
    spans = [Span(1, 6, "target", "q1", "d"), Span(2, 4, "term", "m1", "d"), Span(4, 9, "project", "p1", "d"),
             Span(1, 6, "term", "m2", "d"), Span(11, 11, "term", "m3", "d")]  # fmt: skip
    out = markup(text, spans, [(3, "<span class=anchor></span>")])
    for span in spans:
        assert len(re.findall(f'data-id="{span.id}"', out)) == 1, span
    assert re.sub(r"<[^>]+>", "", out) == html.escape(text, quote=False)
    opened = []
    for slash, tag in re.findall(r"<(/?)(mark|span)\b", out):  # well nested: each end tag closes the last open
        if slash:
            assert opened.pop() == tag
        else:
            opened.append(tag)
    assert opened == []
    # the crossing project continues after the target closes, as a part without an id of its own
    assert 'data-part-of="p1"' in out


def test_every_row_has_one_highlight_in_the_page_data():
    pytest.importorskip("altair", reason="explore needs the [explore] extra")
    from tongzhou_data.publish.explorer_data import page_data
    from tongzhou_data.publish.explorer_read import read_package

    (document,) = page_data(read_package(DATASETS))["documents"]
    for kind, table in TYPES.items():
        ids = re.findall(f'data-type="{kind}" data-id="([^"]+)"', document["html"])
        assert sorted(ids) == sorted(td.load(table).column(IDS[kind]).to_pylist())


def test_the_chart_pairs_are_indicator_summary_s():
    pytest.importorskip("altair", reason="explore needs the [explore] extra")
    from tongzhou_data.publish.explorer_charts import first_statements

    targets = td.load("targets").to_pylist()
    doc = "tongzhou-gwr-2026"
    planned, achieved = (
        first_statements(targets, "target", {doc: 2026}),
        first_statements(targets, "achieved", {doc: 2025}),
    )
    for row in td.load("indicator_summary").to_pylist():
        key = ("tongzhou-gwr-2026", row["indicator_id"])
        assert row["target_2026_target_id"] == (planned[key]["target_id"] if key in planned else None)
        assert row["achieved_2025_target_id"] == (achieved[key]["target_id"] if key in achieved else None)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_an_exported_package_of_either_format_shows_the_same(tmp_path, fmt):
    pytest.importorskip("altair", reason="explore needs the [explore] extra")
    from tongzhou_data.cli import export
    from tongzhou_data.publish.explorer_data import page_data
    from tongzhou_data.publish.explorer_read import read_package

    export(tmp_path, fmt)
    assert page_data(read_package(tmp_path)) == page_data(read_package(DATASETS))


def test_a_package_of_several_reports_needs_each_report_s_text(tmp_path):
    from tongzhou_data.publish.explorer_read import ExploreError, read_package

    many_reports(tmp_path, copies=2)
    assert sorted(read_package(tmp_path).texts) == ["r01", "r02"]
    descriptor = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"] = [r for r in descriptor["resources"] if r["name"] != "text-r02"]
    (tmp_path / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    with pytest.raises(ExploreError, match="lists no text for document 'r02' \\(a resource named text-r02\\)"):
        read_package(tmp_path)


def test_a_highlight_outside_its_text_is_refused(tmp_path):
    from tongzhou_data.publish.explorer_read import ExploreError, read_package

    many_reports(tmp_path, copies=1)
    (tmp_path / "text.txt").write_text("短", encoding="utf-8")  # one report: its text is text.txt
    with pytest.raises(ExploreError, match="falls outside the text of 'r01' \\(1 characters\\)"):
        read_package(tmp_path)


# The page as a file: deterministic, self-contained.


def test_a_column_s_label_is_its_schema_title_and_labels_json_names_no_column():
    from tongzhou_data import schemas
    from tongzhou_data.publish.explorer_labels import SHOWN, WORDS, catalogue

    columns = {f["name"]: f["title"] for table in reversed(SHOWN) for f in schemas.load(table)["fields"]}
    assert not set(WORDS["fields"]) & set(columns)
    labels = catalogue()
    assert (labels["zh"]["fields"]["unit"], labels["en"]["fields"]["unit"]) == ("单位", "Unit")
    for name, title in columns.items():
        assert f"{labels['zh']['fields'][name]} / {labels['en']['fields'][name]}" == title


def test_the_same_package_gives_byte_identical_html(page_file):
    from tongzhou_data.publish.explorer import page

    assert page().encode("utf-8") == page_file.read_bytes()


class Fetches(HTMLParser):
    """Every attribute of the page that would make a browser fetch something, and the inline scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.fetches: list[tuple[str, str, str]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.csp = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("src", "href", "srcset", "data", "poster", "action"):
            if attrs.get(name) and not (tag == "a" and attrs[name].startswith("#")):
                self.fetches.append((tag, name, attrs[name]))
        if tag == "link":
            self.fetches.append((tag, "rel", attrs.get("rel", "")))
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy":
            self.csp = attrs["content"]
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def test_the_page_fetches_nothing(page_file):
    parser = Fetches()
    parser.feed(page_file.read_text(encoding="utf-8"))
    assert parser.fetches == []  # no script src, stylesheet link, image, frame or form target
    assert len(parser.scripts) == 3  # the data, the Vega bundle, the page's own script: all inline
    assert "default-src 'none'" in parser.csp and "connect-src" not in parser.csp  # the browser refuses any fetch
    app = (ROOT / "tongzhou_data/publish/explorer_assets/explorer.js").read_text(encoding="utf-8")
    assert not re.search(r"\bfetch\(|XMLHttpRequest|import\(|\.src\s*=|sendBeacon|WebSocket", app)
    css = (ROOT / "tongzhou_data/publish/explorer_assets/explorer.css").read_text(encoding="utf-8")
    assert "url(" not in css and "@import" not in css
    assert json.loads(parser.scripts[0])["documents"][0]["id"] == "tongzhou-gwr-2026"  # the data is JSON


def test_without_the_extra_explore_says_what_to_install(tmp_path):
    code = "import sys; sys.modules['altair'] = None; from tongzhou_data.cli import main; sys.exit(main(sys.argv[1:]))"
    out = subprocess.run([sys.executable, "-c", code, "explore", "--to", str(tmp_path / "x.html")],
                         capture_output=True, text=True)  # fmt: skip
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip().splitlines() == [
        "tongzhou-data: error: explore needs altair and vl-convert-python (altair is not installed): "
        "pip install 'tongzhou-data[explore]'"
    ]
    assert not (tmp_path / "x.html").exists()


def test_importing_the_package_imports_no_chart_library():
    code = "import sys, tongzhou_data, tongzhou_data.cli; print([m for m in ('altair', 'vl_convert', 'playwright') if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_explore_refuses_what_is_not_a_package_and_an_existing_file(tmp_path):
    run = [sys.executable, "-m", "tongzhou_data", "explore"]
    out = subprocess.run([*run, str(tmp_path), "--to", str(tmp_path / "x.html")], capture_output=True, text=True)
    assert (
        out.returncode == 2
        and out.stderr == f"tongzhou-data: error: {tmp_path}: not a data package (no datapackage.json)\n"
    )
    (tmp_path / "x.html").write_text("mine", encoding="utf-8")
    out = subprocess.run([*run, "--to", str(tmp_path / "x.html")], capture_output=True, text=True)
    assert out.returncode == 2 and "already exists; pass --force" in out.stderr
    assert (tmp_path / "x.html").read_text(encoding="utf-8") == "mine"


# The page in a browser.


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.is_file():
        pytest.skip(f"no Chromium at {CHROMIUM}: apt-get install chromium (CI's .ci/run does)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the browser tests need playwright (the test extra)")
    with sync_api.sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM))
        except Exception as error:  # a Chromium that cannot start is no browser to test with
            pytest.skip(f"no Chromium at {CHROMIUM}: it did not start ({type(error).__name__}: {error})")
        yield chromium
        chromium.close()


class Opened:
    """A page opened from disk, with every console error and every request it made."""

    def __init__(self, browser, path: Path, width: int = 1400) -> None:
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": width, "height": 900})
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.route("**/*", lambda route: route.continue_() if route.request.url == self.url else route.abort())
        self.url = path.as_uri()
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-ready='1']", timeout=30_000)

    def shown(self, kind: str) -> int:
        return self.page.locator(f"mark[data-type={kind}]:not(.off)").count()


@pytest.fixture
def opened(browser, page_file):
    page = Opened(browser, page_file)
    yield page
    page.page.close()


def test_the_page_opens_from_disk_with_no_error_and_no_request(opened):
    assert opened.errors == []
    assert opened.requests == [opened.url]


def test_one_highlight_per_row_of_each_type(opened):
    for kind, table in TYPES.items():
        assert opened.page.locator(f"mark[data-type={kind}][data-id]").count() == td.load(table).num_rows
    assert opened.page.locator("mark[data-document='tongzhou-gwr-2026']").count() == sum(
        td.load(t).num_rows for t in TYPES.values()
    )
    assert opened.page.locator("#doc-choice").is_hidden()  # one document: no picker


def test_clicking_a_target_shows_its_row_and_neighbours(opened):
    row = next(r for r in td.records("targets") if r.target_id == "q00602")
    opened.page.click("mark[data-type=target][data-id=q00602]")
    details = opened.page.locator("#details-body")
    assert details.locator("dd[data-field=quote]").inner_text() == row.quote
    assert details.locator("dd[data-field=value]").inner_text().startswith("10.8 %")
    assert "GDP growth rate" in details.locator("dd[data-field=indicator]").inner_text()
    neighbours = [
        r for r in td.records("targets") if r.indicator_id == row.indicator_id and r.target_id != row.target_id
    ]
    assert details.locator("button[data-goto]").count() == len(neighbours) > 0
    details.locator("button[data-goto]").first.click()
    assert opened.page.locator("mark.selected").get_attribute("data-id") == neighbours[0].target_id


def test_clicking_a_project_and_a_term_shows_their_english(opened):
    opened.page.click("mark[data-type=project][data-id=p00826]")
    assert "Beijing Tourism Group headquarters" in opened.page.inner_text("dd[data-field=name]")
    opened.page.click("mark[data-type=term][data-id=t01-01514]")
    assert "Hundred-Thousand Project" in opened.page.inner_text("dd[data-field=term]")


def test_filters_and_search_change_what_is_shown(opened):
    rows = td.load("targets").to_pylist()
    assert opened.shown("target") == len(rows)
    opened.page.select_option("#filter-kind", "target")
    assert opened.shown("target") == sum(r["kind"] == "target" for r in rows)
    assert opened.shown("project") == sum(r["kind"] == "target" for r in td.load("projects").to_pylist())
    assert opened.shown("term") == 0  # terms have no kind
    opened.page.select_option("#filter-kind", "")
    opened.page.select_option("#filter-status", "opened")
    assert opened.shown("project") == sum(r["status"] == "opened" for r in td.load("projects").to_pylist())
    assert opened.shown("target") == 0
    opened.page.select_option("#filter-status", "")
    opened.page.fill("#search", "GDP growth")  # English names are searched too
    assert opened.shown("target") == sum(r["indicator_id"] == "gdp-growth" for r in rows)
    assert opened.page.locator("#count").get_attribute("data-count") == str(opened.shown("target"))


def test_switching_language_changes_the_labels(opened):
    heading = opened.page.locator("#details h2")
    assert heading.inner_text() == "详情"
    first_section = td.load("sections").to_pylist()[0]
    assert opened.page.locator("#outline-list a").first.inner_text() == first_section["title"]
    opened.page.click("#lang")
    assert heading.inner_text().lower() == "details"
    assert opened.page.locator("html").get_attribute("lang") == "en"
    assert opened.page.locator("#outline-list a").first.inner_text() == first_section["title_en"]
    assert opened.page.locator("#filter-kind option[value=achieved]").inner_text() == "achieved"
    opened.page.wait_for_function(
        "document.querySelector('#chart-targets').textContent.includes('target for the year')"
    )
    opened.page.click("#lang")
    assert heading.inner_text() == "详情"
    assert opened.errors == []


def test_the_outline_navigates_and_a_screenshot_is_written(opened, tmp_path):
    section = td.load("sections").to_pylist()[30]
    top = f"document.getElementById('sec-{section['section_id']}').getBoundingClientRect().top"
    assert opened.page.evaluate(top) > 900  # below the fold
    opened.page.click(f"#outline-list a[data-section='{section['section_id']}']")
    assert 0 <= opened.page.evaluate(top) < 200  # scrolled to the section's start, below the sticky header
    shot = tmp_path / "explorer.png"
    opened.page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


def test_a_package_of_several_reports_has_a_document_picker(browser, many_file):
    page = Opened(browser, many_file)
    try:
        assert page.errors == [] and page.requests == [page.url]
        assert page.page.locator("#doc-picker option").count() == 3
        page.page.select_option("#doc-picker", "r02")
        marks = page.page.locator("mark[data-type=target][data-id]")
        assert marks.count() == td.load("targets").num_rows
        assert marks.first.get_attribute("data-document") == "r02"
        page.page.click("mark[data-type=target][data-id=q00602]")
        assert page.page.locator("#details-body dl").get_attribute("data-id") == "q00602"
        assert page.page.evaluate("explorer.row('target', 'q00602', 'r03').quote") == "全年地区生产总值增长10.8%"
        assert page.page.evaluate("[explorer.views.targets.signal('doc'), explorer.views.projects.signal('doc')]") == [
            "r02",
            "r02",
        ]  # the charts show the picked report
        assert page.errors == []
    finally:
        page.page.close()


def test_the_target_chart_takes_each_report_s_own_year():
    """A 2024 report's 2024 targets are paired with its 2023 results; one without a delivery date is read by
    the year most of its one-year targets name."""
    import datetime as dt

    from tongzhou_data.publish.explorer_charts import plan_years, target_rows
    from tongzhou_data.publish.explorer_read import Package

    def row(doc, kind, year, indicator, start):
        return {"document_id": doc, "kind": kind, "period_start": year, "period_end": year, "indicator_id": indicator,
                "indicator": indicator, "value": 5.0, "number_text": "5%", "target_id": f"q{start:05d}",
                "number_start": start}  # fmt: skip

    targets = [row("a", "target", 2024, "gdp", 1), row("a", "achieved", 2023, "gdp", 0), row("b", "target", 2023, "x", 2),
               row("b", "target", 2023, "y", 3), row("b", "target", 2027, "z", 4)]  # fmt: skip
    documents = [{"document_id": "a", "delivered_on": dt.date(2024, 1, 29)}, {"document_id": "b", "delivered_on": None}]
    package = Package({"documents": documents, "targets": targets, "indicators": []}, {})
    assert plan_years(package) == {"a": 2024, "b": 2023}
    rows = target_rows(package, 1)
    assert [(r["document_id"], r["series"], r["year"]) for r in rows if r["document_id"] == "a"] == [
        ("a", "result of the year before", 2023), ("a", "target for the year", 2024)
    ]  # fmt: skip
    assert {r["indicator"] for r in rows if r["document_id"] == "b"} == {"x", "y"}


def test_ids_from_a_stranger_s_package_are_escaped_in_the_page():
    """A section_id carrying markup (a hostile Parquet file is read as it is) stays text in the page's HTML."""
    from tongzhou_data.publish.explorer_data import document_data
    from tongzhou_data.publish.explorer_read import Package

    hostile = 'x"><img src=x onerror=alert(1)><span x="'
    section = {"section_id": hostile, "char_start": 0, "char_end": 4, "document_id": "d", "level": 1,
               "label": None, "title": "t", "title_en": None, "parent_id": None}  # fmt: skip
    document = {"document_id": "d", "title": "t", "title_en": None, "meeting": None, "delivered_on": None}
    groups = {"targets": {}, "projects": {}, "term_mentions": {}, "terms": {}, "sections": {"d": [section]}}
    page = document_data(Package({"documents": [document]}, {"d": "一二三四"}), document, groups)["html"]
    assert "<img" not in page and "&lt;img" in page


EMPTY_REPORT = (
    "2025年某区政府工作报告\n——2025年1月6日在区人民代表大会上\n\n各位代表：\n\n一、2024年工作回顾\n\n"
    "过去一年，我们坚持稳中求进，各项工作取得新进展。\n\n二、2025年重点工作\n\n今年，我们将继续努力。\n"
)


def test_a_report_without_rows_hides_the_charts_and_logs_no_error(browser, tmp_path):
    """Issue 22: a chart of no rows drew at an infinite size (Vega: SVG height "Infinity")."""
    from tongzhou_data.cli import main

    shutil.copyfile(Path(__file__).parent / "fixtures/corpus/tianjin-2026.md", tmp_path / "tianjin-2026.md")
    (tmp_path / "empty-2025.md").write_text(EMPTY_REPORT, encoding="utf-8")
    files = [str(tmp_path / "tianjin-2026.md"), str(tmp_path / "empty-2025.md")]
    assert main(["extract", *files, "--to", str(tmp_path / "pkg")]) == 0
    assert main(["explore", str(tmp_path / "pkg"), "--to", str(tmp_path / "page.html")]) == 0
    page = Opened(browser, tmp_path / "page.html")
    hidden = "['#chart-targets', '#chart-projects'].map((c) => document.querySelector(c).closest('.chart').hidden)"
    try:
        assert page.page.evaluate(hidden) == [False, False]
        page.page.select_option("#doc-picker", "empty-2025")
        page.page.wait_for_timeout(500)
        assert page.page.evaluate(hidden) == [True, True]
        page.page.select_option("#doc-picker", "tianjin-2026")
        page.page.wait_for_function("explorer.views.targets.signal('doc') === 'tianjin-2026'")
        assert page.page.evaluate(hidden) == [False, False] and page.errors == []
    finally:
        page.page.close()


# Pages that scale: a package of many reports as an index and a page per report.

NO_TARGETS = "# 某县政府工作报告\n\n一、过去一年工作回顾\n\n我们坚持稳中求进，扎实做好各项工作。\n"


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> Path:
    """The pages of a package that `extract` wrote from two corpus reports and one with no quantity."""
    pytest.importorskip("altair", reason="explore needs the [explore] extra")
    from tongzhou_data.cli import main

    folder = tmp_path_factory.mktemp("pages")
    reports = [ROOT / "tests/fixtures/corpus/tianjin-2026.md", ROOT / "tests/fixtures/corpus/hebei-2025.md"]
    (folder / "quiet-2025.md").write_text(NO_TARGETS, encoding="utf-8")
    main(["extract", *map(str, reports), str(folder / "quiet-2025.md"), "--to", str(folder / "package")])
    assert main(["explore", str(folder / "package"), "--to", str(folder / "pages")]) == 0
    return folder


def _embedded(path: Path, element: str) -> object:
    found = re.search(rf'<script type="application/json" id="{element}">(.*?)</script>', path.read_text("utf-8"), re.S)
    return json.loads(found.group(1))


def test_a_package_of_many_reports_is_an_index_and_a_page_per_report(pages):
    import csv

    out, package = pages / "pages", pages / "package"
    with (package / "documents.csv").open(encoding="utf-8") as handle:
        documents = [row["document_id"] for row in csv.DictReader(handle)]
    assert documents == ["tianjin-2026", "hebei-2025", "quiet-2025"]
    assert sorted(p.name for p in (out / "reports").iterdir()) == sorted(f"{d}.html" for d in documents)
    counts = {name: {d: 0 for d in documents} for name in ("targets", "projects", "terms")}
    for name in counts:
        with (package / f"{name}.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                counts[name][row["document_id"]] += 1
    index = _embedded(out / "index.html", "index-data")
    assert [(e["id"], e["targets"], e["projects"], e["terms"]) for e in index] == [
        (d, counts["targets"][d], counts["projects"][d], counts["terms"][d]) for d in documents
    ]
    assert counts["targets"]["quiet-2025"] == 0 and counts["targets"]["tianjin-2026"] > 100
    for document in documents:  # each page is the one-report page of its report, Vega loaded from beside
        page = out / "reports" / f"{document}.html"
        data = _embedded(page, "explorer-data")
        assert [d["id"] for d in data["documents"]] == [document]
        assert len(data["documents"][0]["rows"]["target"]) == counts["targets"][document]
        assert '<script src="../vega.js"></script>' in page.read_text("utf-8")
    assert max(p.stat().st_size for p in out.rglob("*")) < 50 * 2**20


def test_pages_are_refused_where_a_report_s_rows_do_not_stand_together():
    from tongzhou_data.publish.explorer_pages import Documents
    from tongzhou_data.publish.explorer_read import ExploreError

    walker = Documents(iter([{"document_id": "a"}, {"document_id": "b"}, {"document_id": "a"}]), "targets")
    assert [len(walker.take("a")), len(walker.take("b"))] == [1, 1]
    with pytest.raises(ExploreError, match="do not stand together"):
        walker.take("")


def test_the_index_searches_sorts_and_opens_each_report_with_no_error(browser, pages):
    index = pages / "pages" / "index.html"
    page = browser.new_page()
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: m.type in ("error", "warning") and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    try:
        page.goto(index.as_uri())
        page.wait_for_selector("body[data-ready='1']")
        assert page.locator("#reports tr").count() == 3
        page.fill("#search", "天津")
        assert [page.locator("#reports tr").nth(i).get_attribute("data-id") for i in range(1)] == ["tianjin-2026"]
        assert page.locator("#reports tr").count() == 1
        page.fill("#search", "")
        page.click("th[data-key=targets]")  # fewest first, then most first
        assert page.locator("#reports tr").first.get_attribute("data-id") == "quiet-2025"
        page.click("th[data-key=targets]")
        assert page.locator("#reports tr").first.get_attribute("data-id") == "tianjin-2026"
        for document in ("tianjin-2026", "hebei-2025", "quiet-2025"):  # the report without targets too
            page.goto(index.as_uri())
            page.click(f"#reports tr[data-id={document}] a")
            page.wait_for_selector("body[data-ready='1']", timeout=30_000)
            assert page.url.endswith(f"/reports/{document}.html")
            assert page.evaluate("typeof vegaEmbed") == "function"
        assert errors == []
        assert {r.rsplit("/", 1)[-1] for r in requests} == {
            "index.html", "vega.js", "tianjin-2026.html", "hebei-2025.html", "quiet-2025.html"
        }  # fmt: skip
    finally:
        page.close()
