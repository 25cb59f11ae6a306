"""The summary to take along: exactly what was picked, nothing private that wasn't,
as a printable page and a PDF that opens."""

from __future__ import annotations

import re
import shutil
import subprocess
from typing import Any

import pytest
from django.test import Client

from tests.conftest import ApiClient
from turntoward.accounts.models import User
from turntoward.assessments.services import result_submit
from turntoward.journal.services import journal_entry_create
from turntoward.plans.pdf import Block, render_pdf
from turntoward.plans.services import items, records

pytestmark = pytest.mark.django_db


def check_structure(pdf: bytes) -> int:
    """Check header, xref offsets and trailer; return the page count."""
    assert pdf.startswith(b"%PDF-1.4\n")
    assert pdf.rstrip().endswith(b"%%EOF")
    startxref = int(re.search(rb"startxref\n(\d+)\n", pdf).group(1))  # type: ignore[union-attr]
    assert pdf[startxref:].startswith(b"xref\n")
    count = int(re.search(rb"xref\n0 (\d+)\n", pdf).group(1))  # type: ignore[union-attr]
    offsets = re.findall(rb"(\d{10}) 00000 n \n", pdf)
    assert len(offsets) == count - 1
    for number, offset in enumerate(offsets, start=1):
        assert pdf[int(offset) :].startswith(b"%d 0 obj" % number)
    assert re.search(rb"trailer\n<< /Size %d /Root 1 0 R" % count, pdf)
    return int(re.search(rb"/Type /Pages /Kids \[[^\]]*\] /Count (\d+)", pdf).group(1))  # type: ignore[union-attr]


def pdf_text(pdf: bytes, tmp_path: Any) -> str | None:
    """Return the PDF's text through pdftotext, or None when it isn't installed."""
    if shutil.which("pdftotext") is None:
        return None
    path = tmp_path / "summary.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True
    )
    return out.stdout.decode("utf-8")


def test_pdf_escapes_and_replaces_what_latin1_cannot_hold(tmp_path: Any) -> None:
    pdf = render_pdf([Block("title", "A (b) \\ c — “d” 😀 é")])
    assert check_structure(pdf) == 1
    assert b'A \\(b\\) \\\\ c - "d" ? \xe9' in pdf
    text = pdf_text(pdf, tmp_path)
    if text is not None:
        assert 'A (b) \\ c - "d" ? é' in text


def test_long_text_wraps_onto_many_pages(tmp_path: Any) -> None:
    blocks = [Block("body", "word " * 400) for _ in range(20)]
    pdf = render_pdf(blocks)
    assert check_structure(pdf) > 5
    for line in re.findall(rb"\((.*?)\) Tj", pdf):
        assert len(line) <= 90


@pytest.fixture
def history(couple: dict[str, User]) -> dict[str, Any]:
    alice, bob = couple["alice"], couple["bob"]
    result_submit(user=alice, instrument_id="phq9", answers=[2, 2, 2, 2, 2, 0, 0, 0, 0])
    need, _ = items.item_create(
        user=alice, kind="needs", data={"text": "a phone-free hour"}, shared=True
    )
    records.need_respond(user=bob, pk=need.pk, answer="accept", reason="Sundays")
    chosen = journal_entry_create(user=alice, text="Chosen entry about the garden")
    other = journal_entry_create(user=alice, text="Secret entry about the lake")
    bobs = journal_entry_create(user=bob, text="Bob's own entry about the sea")
    records.decision_answers_save(user=alice, answers={"hope": "private worksheet"})
    return {
        "chosen": chosen.entry.pk,
        "other": other.entry.pk,
        "bobs": bobs.entry.pk,
    }


def test_summary_holds_exactly_what_was_picked(
    api_alice: ApiClient, history: dict[str, Any], tmp_path: Any
) -> None:
    response = api_alice.post(
        "/plans/summary.pdf", {"needs": True, "journal": [history["chosen"]]}
    )
    assert response["Content-Type"] == "application/pdf"
    pdf = response.content
    check_structure(pdf)
    raw = pdf.decode("latin-1")
    assert "a phone-free hour" in raw and "Sundays" in raw
    assert "Chosen entry about the garden" in raw
    for absent in ("lake", "sea", "private worksheet", "PHQ-9", "Questionnaire"):
        assert absent not in raw
    text = pdf_text(pdf, tmp_path)
    if text is not None:
        assert "a phone-free hour" in text and "garden" in text
        assert "lake" not in text


def test_results_over_time_only_when_picked(
    api_alice: ApiClient, history: dict[str, Any]
) -> None:
    body = api_alice.post("/plans/summary", {"results": True}).json()
    headings = [s["heading"] for s in body["sections"]]
    assert headings == ["Questionnaire results over time"]
    assert "score 10" in body["sections"][0]["lines"][0]
    assert "phone-free" not in str(body)


def test_another_persons_journal_entry_cannot_be_picked(
    api_alice: ApiClient, history: dict[str, Any]
) -> None:
    response = api_alice.post("/plans/summary", {"journal": [history["bobs"]]})
    assert response.status_code == 422
    assert "sea" not in response.content.decode()


def test_nothing_picked_is_a_clear_error(
    api_alice: ApiClient, web_alice: Client, history: dict[str, Any]
) -> None:
    response = api_alice.post("/plans/summary.pdf", {})
    assert response.status_code == 422
    assert "Pick at least one thing" in response.json()["detail"][0]["msg"]
    page = web_alice.post("/plan/help/summary/", {})
    assert page.status_code == 422
    assert "Pick at least one thing" in page.content.decode()


def test_printable_page_and_pdf_download_from_the_web(
    web_alice: Client, history: dict[str, Any]
) -> None:
    page = web_alice.post(
        "/plan/help/summary/", {"needs": "on", "journal": [history["chosen"]]}
    ).content.decode()
    assert "a phone-free hour" in page and "garden" in page and "lake" not in page
    pdf = web_alice.post("/plan/help/summary.pdf", {"results": "on"})
    assert pdf["Content-Type"] == "application/pdf"
    check_structure(pdf.content)
    picker = web_alice.get("/plan/help/").content.decode()
    assert "garden" in picker and "Bob" not in picker


def test_moderate_phq9_is_named_as_a_reason_to_get_help(
    web_alice: Client, history: dict[str, Any]
) -> None:
    page = web_alice.get("/plan/help/").content.decode()
    assert "came out at moderate" in page
