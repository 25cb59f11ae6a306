"""The `turntoward` command: a thin shell that hands each subcommand to its owner.

Each subcommand lives in the package that owns it and is imported lazily, so
`turntoward analyze` never loads Django and start-up stays fast.
"""

from __future__ import annotations

import importlib
import signal
import sys
from collections.abc import Callable, Sequence

# name -> ("module:function", one-line help). Each function takes the argv that
# follows the subcommand name and returns an exit status.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "serve": ("turntoward.server:serve_main", "apply migrations and serve the app"),
    "analyze": (
        "turntoward.language.cli:main",
        "read JSON lines on stdin, write analyses on stdout",
    ),
    "emotions": (
        "turntoward.language.emotions_cli:main",
        "emotion model tools (evaluate)",
    ),
    "assess": ("turntoward.assessments.cli:main", "take or score an assessment"),
    "help": ("turntoward.safety.cli:main", "show help lines for a country"),
    "rotate-key": (
        "turntoward.server:rotate_key_main",
        "re-encrypt stored private text under a new key",
    ),
    "manage": ("turntoward.server:manage_main", "run a Django management command"),
}


def _usage() -> str:
    lines = ["usage: turntoward <command> [options]", "", "commands:"]
    for name, (_, text) in SUBCOMMANDS.items():
        lines.append(f"  {name:<12} {text}")
    lines.append("")
    lines.append("Run `turntoward <command> --help` for a command's options.")
    return "\n".join(lines)


def _resolve(target: str) -> Callable[[list[str]], int]:
    module_name, func_name = target.split(":")
    module = importlib.import_module(module_name)
    func: Callable[[list[str]], int] = getattr(module, func_name)
    return func


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `turntoward` command and return its exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help"}:
        print(_usage())
        return 0 if args else 2
    name, rest = args[0], args[1:]
    if hasattr(signal, "SIGPIPE") and name != "serve":
        # `turntoward … | head` should end quietly, not with a traceback. Never
        # for the server: a client hanging up must not kill a worker.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    if name not in SUBCOMMANDS:
        print(f"turntoward: unknown command {name!r}\n", file=sys.stderr)
        print(_usage(), file=sys.stderr)
        return 2
    return _resolve(SUBCOMMANDS[name][0])(rest)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
