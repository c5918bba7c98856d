"""The one place that wires everything: command-line dispatch, or QApplication and main window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run a subcommand (no Qt imported) or open the desktop app."""
    from secretary_app.cli import build_parser, opens_window_only, run_command

    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(commands=not opens_window_only(argv)).parse_args(argv)
    if args.command:
        return run_command(args)
    from secretary_app.ui.application import run_gui  # Qt only from here on

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
