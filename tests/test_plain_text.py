"""Text from users and documents is shown as text: a document's title and publisher, an evidence
sentence, an imported file's name, sheet and note, a link's values — planted with Markdown and HTML
that would load an outside image, show a link posing as a source, colour text or set a formula —
are escaped in every caption, message and summary of every page, and stay inert in the charts,
the deck and the PDF."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date

import duckdb
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from danvan import deck, exports, labels, periods, report
from danvan.intake import commit
from danvan.queries import Filters
from danvan.report import View
from tests.conftest import ROOT

HOSTILE = (
    "![x](http://evil.example/beacon.png) [Bấm vào đây để xác minh](http://evil.example/x) "
    "<img src=http://evil.example/i.png> :red[đỏ] $x^2$ **đậm**"
)
# what would make Markdown, Streamlit's directives or HTML out of it
ACTIVE = re.compile(
    r"(?<!\\)!(?<!\\)\[|(?<!\\)\]\(|(?<!\\)<img|(?<!\\):red(?<!\\)\[|(?<!\\)\$x|(?<!\\)\*\*đậm"
)
TEXT = (
    "Ban Dân vận Thành ủy Cần Thơ\n"
    "Năm 2017, MTTQ và các đoàn thể huyện Vĩnh Thạnh có 63.400 đoàn viên, hội viên " + HOSTILE + ".\n"
)
FIELDS = ("markdown", "caption", "success", "info", "warning", "error", "title", "subheader", "header")


def shown(at: AppTest) -> list[str]:
    return [str(e.value) for kind in FIELDS for e in at.get(kind)]


def assert_inert(at: AppTest) -> list[str]:
    """Every Markdown string on screen has the planted text escaped; the strings that carry it."""
    assert not at.exception, at.exception
    texts = shown(at)
    active = [t for t in texts if ACTIVE.search(t)]
    assert active == []
    return [t for t in texts if "evil\\.example" in t]


def plant(path) -> None:
    """Save a document on «Trích xuất báo cáo» and import a file into the warehouse at `path`
    (DANVAN_DB), each carrying the hostile text in every field a person fills."""
    at = AppTest.from_file(str(ROOT / "app_pages" / "extract.py"), default_timeout=120)
    at.run()
    at.text_area(key="ext_text").input(TEXT)
    at.date_input(key="ext_given_date").set_value(date(2017, 12, 28))
    at.button(key="ext_run").click().run()
    title = next(t for t in at.text_input if t.label == labels.EXT_DOC_TITLE)
    title.input(HOSTILE)
    next(t for t in at.text_input if t.label == labels.EXT_DOC_PUBLISHER).input(HOSTILE)
    at.button(key="ext_save").click().run()
    saved = assert_inert(at)
    assert any(s.startswith("Đã lưu") for s in saved)  # the save message names the title, escaped
    header = ",".join(c[0] for c in labels.IMP_TEMPLATE_COLUMNS)
    row = f'Lai Châu,,Hội LHPN,Hội viên,,Năm,2021,200,người,"{HOSTILE}"'
    _, outcome, _ = commit.import_file(path, f"{header}\n{row}\n".encode(), HOSTILE + ".csv")
    assert outcome.status == "committed", outcome.message


@pytest.fixture(scope="module")
def planted(small_db, tmp_path_factory):
    import shutil

    path = tmp_path_factory.mktemp("plain") / "app.duckdb"
    shutil.copy(small_db, path)
    mp = pytest.MonkeyPatch()
    mp.setenv("DANVAN_DB", str(path))
    plant(path)
    yield path
    mp.undo()


def dashboard(query: dict, page: str | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.session_state["_first_screen_done"] = True
    for k, v in query.items():
        at.query_params[k] = v
    at.run()
    if page:
        at.switch_page(f"app_pages/{page}.py")
        at.run()
    return at


def test_every_chart_page_shows_the_planted_sources_as_text(planted):
    carried = []
    for page in (None, "members", "models", "loans", "localities"):
        for query in (
            {"k": "year", "r": "range", "from": "2017", "to": "2017", "b": "as_reported", "d": "sourced"},
            {"k": "year", "r": "range", "from": "2021", "to": "2021", "p": "12", "d": "sourced"},
        ):
            carried += assert_inert(dashboard(query, page))
    assert any(t.startswith("Nguồn") for t in carried)  # the captions did name the planted sources


def test_a_link_cannot_plant_markup_through_its_values(planted):
    at = dashboard({"p": "![x](http://evil.example/p.png)", "from": "[a](http://evil.example)"})
    assert assert_inert(at)  # the notice says what the link asked for, escaped


def test_the_import_and_sources_pages_show_names_and_notes_as_text(planted):
    at = dashboard({}, "import_data")
    assert_inert(at)
    with duckdb.connect(str(planted), read_only=True) as con:
        planted_ids = [
            r[0] for r in con.execute("select source_id from source where title like '%evil%'").fetchall()
        ]
    assert len(planted_ids) == 2  # the document and the batch
    at = dashboard({}, "sources")
    carried = []
    for source_id in planted_ids:
        at.selectbox(key="src_pick").set_value(source_id).run()
        carried += assert_inert(at)
    assert len(carried) >= 2  # each picked source's header named its planted title, escaped


def test_figures_decks_and_pdfs_keep_the_planted_text_inert(planted):
    con = duckdb.connect(str(planted), read_only=True)
    try:
        buckets = ("2021",)
        f = Filters(
            bucket_kind="year",
            date_from=periods.parse("2021").start,
            date_to=periods.parse("2021").end,
            area_id="12",
            scope="sourced",
        )
        view = View(filters=f, buckets=buckets, compare="yoy", area_name="Lai Châu", org_names=())
        page = report.build(con, "members", view)
    finally:
        con.close()
    subtitles = [c.figure.layout.title.subtitle.text or "" for c in page.charts if c.figure is not None]
    assert any("evil.example" in s for s in subtitles)  # the figure names its source …
    assert not any("<img" in s or "<a " in s.lower() for s in subtitles)  # … as text
    pptx = deck.export(page, "pptx")
    with zipfile.ZipFile(io.BytesIO(pptx)) as z:
        rels = " ".join(z.read(n).decode() for n in z.namelist() if n.endswith(".rels"))
        slides = " ".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xml"))
    assert "evil.example" not in rels and "hlinkClick" not in slides
    assert "evil.example" in slides  # the title is there, as typed
    pdf = deck.export(page, "pdf")
    assert b"/URI" not in pdf and b"/Link" not in pdf


def test_spreadsheet_exports_keep_the_planted_text_as_text():
    frame = pd.DataFrame({"Nguồn": [HOSTILE, '=HYPERLINK("http://evil.example")', "http://evil.example/a"]})
    with zipfile.ZipFile(io.BytesIO(exports.to_xlsx(frame))) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
        names = z.namelist()
    assert "<hyperlink" not in sheet and "<f>" not in sheet
    assert not any(n.endswith("sheet1.xml.rels") for n in names)
    csv = exports.to_csv(frame).decode("utf-8-sig")
    assert "\r\n\"'=HYPERLINK" in csv  # a leading apostrophe: text, not a formula
