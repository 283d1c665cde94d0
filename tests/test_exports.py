"""Presentation and exports: chart images, the PowerPoint deck, the PDF report, the deck command,
presentation mode. Image rendering uses the system Chromium (installed by `make test`)."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
from datetime import date

import duckdb
import pytest
from pptx import Presentation
from pypdf import PdfReader

from danvan import deck, images, labels, report
from danvan import queries as q
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def members_report(small_db):
    with duckdb.connect(str(small_db), read_only=True) as con:
        buckets = ("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4")
        f = q.Filters(date_from=date(2024, 3, 31), date_to=date(2024, 12, 31), area_id="12")
        return report.build(con, "members", report.View(f, buckets, "yoy", "Lai Châu"))


@pytest.fixture(scope="module")
def rendered(members_report):
    return deck.render_images(members_report)


def test_report_charts_carry_titles_subtitles_units_sources(members_report):
    shown = [c for c in members_report.charts if c.figure is not None]
    assert [c.key for c in shown] == [
        "members_by_org",
        "map_members",  # on the first screen, after the first chart
        "members_growth",
        "new_members",
        "members_ranking",
        "members_composition",
    ]
    first = shown[0].figure.layout
    assert first.title.text == labels.CHART_MEMBERS_BY_ORG
    assert first.title.subtitle.text.startswith("Quý I/2024 – Quý IV/2024 · Lai Châu · Địa giới hiện nay")
    assert "Nguồn:" in first.title.subtitle.text
    assert first.yaxis.title.text == "Đơn vị tính: người"
    assert any(a.text == labels.DEMO_STAMP for a in first.annotations)
    assert shown[0].summary.startswith("Quý IV/2024, số hội viên, đoàn viên đạt ")


def test_png_is_3x_the_16_9_slide_and_svg_is_svg(members_report):
    fig = members_report.charts[0].figure
    png = images.render(fig, "png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (3840, 2160)
    assert images.render(fig, "svg").lstrip().startswith(b"<svg")


def test_deck_has_a_title_slide_and_one_slide_per_chart(members_report, rendered):
    prs = Presentation(io.BytesIO(deck.pptx(members_report, rendered, made=date(2026, 11, 23))))
    slides = list(prs.slides)
    assert len(slides) == 1 + len(members_report.charts)
    cover = "\n".join(sh.text_frame.text for sh in slides[0].shapes if sh.has_text_frame)
    assert "Hội viên" in cover and "Lai Châu" in cover and "Lập ngày 23/11/2026" in cover
    assert labels.DECK_STATUS_DEMO in cover
    for slide, chart in zip(slides[1:], members_report.charts, strict=True):
        assert slide.shapes.title.text == chart.title
        assert any(sh.shape_type == 13 for sh in slide.shapes)  # a picture
        notes = slide.notes_slide.notes_text_frame.text
        assert notes.startswith("Nguồn:") and "Lai Châu" in notes
        texts = [sh.text_frame.text for sh in slide.shapes if sh.has_text_frame]
        assert chart.summary in texts


def test_pdf_has_a_cover_and_one_page_per_chart_with_page_numbers(members_report, rendered):
    pdf = PdfReader(io.BytesIO(deck.pdf(members_report, rendered, made=date(2026, 11, 23))))
    n = 1 + len(members_report.charts)
    assert len(pdf.pages) == n
    cover = pdf.pages[0].extract_text()
    assert "Bộ lọc: Quý I/2024 – Quý IV/2024 · Lai Châu" in cover and f"Trang 1/{n}" in cover
    second = pdf.pages[1].extract_text()
    assert labels.CHART_MEMBERS_BY_ORG in second and f"Trang 2/{n}" in second
    assert members_report.charts[0].summary[:40] in second.replace("\n", " ")


def test_without_chromium_a_clear_message(monkeypatch, members_report):
    monkeypatch.setattr(images, "chromium_path", lambda: None)
    with pytest.raises(images.ImageError, match="Chromium"):
        images.render(members_report.charts[0].figure)


def test_deck_command(small_db, tmp_path):
    out = tmp_path / "loans.pptx"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "danvan",
            "--db",
            str(small_db),
            "deck",
            "loans",
            "--out",
            str(out),
            "--period",
            "2024",
            "--locality",
            "Cần Thơ",
            "--organization",
            "hoi_nd",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    prs = Presentation(str(out))
    cover = "\n".join(sh.text_frame.text for sh in next(iter(prs.slides)).shapes if sh.has_text_frame)
    assert "Năm 2021 – Năm 2024 · Thành phố Cần Thơ · Địa giới hiện nay · Hội Nông dân" in cover
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "danvan",
            "--db",
            str(small_db),
            "deck",
            "loans",
            "--out",
            str(tmp_path / "x.doc"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert bad.returncode == 2 and ".pptx" in bad.stderr
