"""`turntoward analyze`: JSON lines in, one analysis per line out."""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from .engine import analyze_batch
from .types import KINDS, AnalysisInputError

BATCH_SIZE = 256


def _parse(line: str) -> tuple[Any, tuple[str, str, str | None] | str]:
    """Return (id, (text, kind, context)) or (id, error reason) for one line."""
    try:
        obj = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        return None, f"not valid JSON: {exc}"
    if not isinstance(obj, dict):
        return None, "each line must be a JSON object"
    # Echo whatever id was given, so a caller can match the error to its line.
    ident = obj.get("id")
    missing = [f for f in ("id", "kind", "text") if f not in obj]
    if missing:
        return ident, f"missing field(s): {', '.join(missing)}"
    if not isinstance(obj["id"], str):
        return ident, "id must be a string"
    text, kind, context = obj["text"], obj["kind"], obj.get("context")
    if not isinstance(text, str):
        return ident, "text must be a string"
    if kind not in KINDS:
        return ident, f"kind must be one of {', '.join(sorted(KINDS))}, not {kind!r}"
    if context is not None and not isinstance(context, str):
        return ident, "context must be a string or null"
    return ident, (text, kind, context)


def _batches(stream: TextIO, size: int) -> Iterator[list[str]]:
    """Yield the non-blank lines of `stream` in lists of at most `size`."""
    batch: list[str] = []
    for line in stream:
        if not line.strip():
            continue
        batch.append(line)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _process(lines: list[str], *, emotions: bool) -> tuple[list[str], int]:
    """Analyse one batch of lines; return the output lines and the failures."""
    parsed = [_parse(line) for line in lines]
    good = [
        (i, item) for i, (_, item) in enumerate(parsed) if not isinstance(item, str)
    ]
    results = analyze_batch([item for _, item in good], emotions=emotions)
    by_index = {i: r for (i, _), r in zip(good, results, strict=True)}
    out: list[str] = []
    failed = 0
    for i, (ident, item) in enumerate(parsed):
        if isinstance(item, str):
            failed += 1
            record: dict[str, Any] = {"id": ident, "error": item}
        else:
            record = by_index[i].to_dict(id=ident)
        out.append(json.dumps(record, ensure_ascii=False))
    return out, failed


def run(
    stdin: TextIO,
    stdout: TextIO,
    *,
    emotions: bool = True,
    batch_size: int = BATCH_SIZE,
) -> int:
    """Stream analyses from `stdin` to `stdout`; return the exit status."""
    failed = 0
    for lines in _batches(stdin, batch_size):
        try:
            out, bad = _process(lines, emotions=emotions)
        except AnalysisInputError as exc:  # pragma: no cover - _parse checks first
            out, bad = [json.dumps({"id": None, "error": str(exc)})], len(lines)
        failed += bad
        stdout.write("\n".join(out) + "\n")
        stdout.flush()
    return 1 if failed else 0


def main(argv: list[str]) -> int:
    """Run `turntoward analyze` with the arguments after the command name."""
    parser = argparse.ArgumentParser(
        prog="turntoward analyze",
        description="Read JSON lines ({id, kind, text, context}) on stdin and "
        "write one analysis per line on stdout.",
    )
    parser.add_argument(
        "--no-emotions",
        action="store_true",
        help="skip the emotion model (emotions come back empty)",
    )
    parser.add_argument(
        "--batch-size", type=int, default=BATCH_SIZE, help="lines per batch"
    )
    args = parser.parse_args(argv)
    # Any Unicode in, any Unicode out, whatever the locale says.
    for stream in (sys.stdin, sys.stdout):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors="replace")
    stdin = sys.stdin
    return run(
        stdin,
        sys.stdout,
        emotions=not args.no_emotions,
        batch_size=max(1, args.batch_size),
    )
