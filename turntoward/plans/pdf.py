"""A minimal, dependency-free PDF writer for the summary a person takes along.

Text only: PDF 1.4, the standard Helvetica fonts (no embedding), A4 pages,
lines wrapped to the page, as many pages as needed. Text is Latin-1; common
typographic marks become their plain equivalents and anything else becomes
"?", so the file always opens.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

PAGE_W, PAGE_H = 595, 842  # A4 in points
MARGIN = 56
BODY_SIZE, BODY_LEAD, BODY_CHARS = 10.5, 14.5, 86
HEAD_SIZE, HEAD_LEAD, HEAD_CHARS = 13, 22, 70
TITLE_SIZE, TITLE_LEAD = 18, 28

_PLAIN = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2026": "...",
        "\u00a0": " ",
        "\u2022": "-",
        "\t": " ",
    }
)


@dataclass(frozen=True)
class Block:
    """A run of text in one style: "title", "heading" or "body"."""

    style: str
    text: str


def to_latin1(text: str) -> bytes:
    """Return text as Latin-1 bytes, plain marks for curly ones, "?" for the rest."""
    return text.translate(_PLAIN).encode("latin-1", errors="replace")


def escape(raw: bytes) -> bytes:
    """Escape a PDF string's backslashes and parentheses; drop control bytes."""
    out = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return bytes(b for b in out if b >= 32)


def _lines(blocks: Sequence[Block]) -> list[tuple[str, float, float, str]]:
    """Return (font, size, leading, text) per printed line."""
    out: list[tuple[str, float, float, str]] = []
    for block in blocks:
        style: tuple[str, float, float, int]
        if block.style == "title":
            style = ("F2", TITLE_SIZE, TITLE_LEAD, 50)
        elif block.style == "heading":
            style = ("F2", HEAD_SIZE, HEAD_LEAD, HEAD_CHARS)
        else:
            style = ("F1", BODY_SIZE, BODY_LEAD, BODY_CHARS)
        font, size, lead, width = style
        for paragraph in block.text.splitlines() or [""]:
            wrapped = textwrap.wrap(paragraph, width=width, break_long_words=True)
            for line in wrapped or [""]:
                out.append((font, size, lead, line))
    return out


def _pages(lines: list[tuple[str, float, float, str]]) -> list[bytes]:
    """Lay lines out on pages; return each page's content stream."""
    pages: list[bytes] = []
    ops: list[bytes] = []
    y = float(PAGE_H - MARGIN)
    for font, size, lead, text in lines:
        if y - lead < MARGIN and ops:
            pages.append(b"\n".join(ops))
            ops, y = [], float(PAGE_H - MARGIN)
        y -= lead
        ops.append(
            b"BT /%s %s Tf %d %s Td (%s) Tj ET"
            % (
                font.encode(),
                f"{size:g}".encode(),
                MARGIN,
                f"{y:.1f}".encode(),
                escape(to_latin1(text)),
            )
        )
    pages.append(b"\n".join(ops))
    return pages


def render_pdf(blocks: Sequence[Block], *, title: str = "Summary") -> bytes:
    """Return a complete PDF file holding `blocks`, paged and wrapped."""
    streams = _pages(_lines(blocks))
    objects: list[bytes] = []
    first_page = 5
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(len(streams)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids.encode(), len(streams))
    )
    for name in (b"Helvetica", b"Helvetica-Bold"):
        objects.append(
            b"<< /Type /Font /Subtype /Type1 /BaseFont /%s "
            b"/Encoding /WinAnsiEncoding >>" % name
        )
    for index, stream in enumerate(streams):
        content_ref = first_page + 2 * index + 1
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
            % (PAGE_W, PAGE_H, content_ref)
        )
        objects.append(
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream) + 0, stream)
        )
    info_ref = len(objects) + 1
    objects.append(
        b"<< /Title (%s) /Producer (TurnToward) >>" % escape(to_latin1(title))
    )
    return _assemble(objects, info_ref)


def _assemble(objects: list[bytes], info_ref: int) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += (
        b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, info_ref, xref_at)
    )
    return bytes(out)
