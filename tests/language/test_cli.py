"""`turntoward analyze`: JSON lines in and out, errors per line, exit status."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from typing import Any

from turntoward.language.cli import main, run


def _run(
    lines: list[str], *, batch_size: int = 256
) -> tuple[int, list[dict[str, Any]]]:
    out = io.StringIO()
    status = run(
        io.StringIO("\n".join(lines) + "\n"), out, emotions=False, batch_size=batch_size
    )
    return status, [json.loads(line) for line in out.getvalue().splitlines()]


def _line(**fields: Any) -> str:
    return json.dumps(fields)


def test_good_lines_give_one_analysis_each_in_order() -> None:
    status, out = _run(
        [
            _line(id="1", kind="message", text="You never listen."),
            _line(id="2", kind="reply", text="Calm down.", context="I'm scared."),
            _line(id="3", kind="journal", text="Lovely day at the beach."),
        ],
        batch_size=2,
    )
    assert status == 0
    assert [o["id"] for o in out] == ["1", "2", "3"]
    assert out[0]["harsh"] and out[1]["dismissive"]
    assert not any(out[2][f] for f in ("harsh", "dismissive", "crisis", "abuse"))
    assert all(o["emotions"] == [] for o in out)


def test_bad_json_gives_an_error_line_and_the_run_goes_on() -> None:
    status, out = _run(["{not json", _line(id="ok", kind="journal", text="fine day")])
    assert status == 1
    assert out[0]["id"] is None
    assert "not valid JSON" in out[0]["error"]
    assert out[1]["id"] == "ok" and "error" not in out[1]


def test_missing_fields_are_named_in_the_error() -> None:
    status, out = _run([_line(id="x", text="hi"), _line(kind="message", text="hi")])
    assert status == 1
    assert out[0] == {"id": "x", "error": "missing field(s): kind"}
    assert out[1] == {"id": None, "error": "missing field(s): id"}


def test_wrong_types_and_unknown_kinds_are_errors() -> None:
    status, out = _run(
        [
            _line(id="a", kind="diary", text="hi"),
            _line(id="b", kind="message", text=5),
            _line(id="c", kind="reply", text="ok", context=["x"]),
            "[1, 2]",
        ]
    )
    assert status == 1
    assert "kind must be one of" in out[0]["error"]
    assert out[1]["error"] == "text must be a string"
    assert out[2]["error"] == "context must be a string or null"
    assert out[3] == {"id": None, "error": "each line must be a JSON object"}


def test_blank_text_is_all_false_and_blank_lines_are_skipped() -> None:
    status, out = _run(["", _line(id="e", kind="journal", text="  \n "), "   "])
    assert status == 0
    assert out == [
        {
            "id": "e",
            "harsh": False,
            "dismissive": False,
            "self_invalidation": False,
            "crisis": False,
            "abuse": False,
            "signs": [],
            "emotions": [],
            "spans": [],
            "suggestion": None,
        }
    ]


def test_the_turntoward_command_runs_end_to_end() -> None:
    lines = [
        _line(
            id="u", kind="message", text="ты никогда не слушаешь 🙃 — you never listen"
        ),
        "nope",
    ]
    proc = subprocess.run(
        [sys.executable, "-m", "turntoward.cli", "analyze", "--no-emotions"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert out[0]["id"] == "u" and out[0]["harsh"] is True
    assert "error" in out[1]


def test_help_exits_cleanly(capsys: object) -> None:
    try:
        main(["--help"])
    except SystemExit as exc:
        assert exc.code == 0
