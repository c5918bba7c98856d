"""The one place that wires everything: command-line dispatch, or QApplication and main window."""

from __future__ import annotations

import gc
import sys


def main(argv: list[str] | None = None) -> int:
    """Run a subcommand (no Qt imported) or open the desktop app."""
    # Start-up makes objects that live as long as the process (modules, classes, Qt wrappers):
    # collecting garbage among them finds next to nothing. The desktop app turns the collector
    # back on once its window is shown (ui/application.py), a command before it runs.
    gc.disable()
    try:
        from secretary_app.cli import build_parser, opens_window_only, run_command
        from secretary_app.logs import log, setup_logging

        argv = sys.argv[1:] if argv is None else argv
        args = build_parser(commands=not opens_window_only(argv)).parse_args(argv)
        setup_logging(stderr=bool(args.command))
        log.info("start: %s", args.command or "window")
        if args.command:
            gc.enable()
            return run_command(args)
        from secretary_app.ui.application import run_gui  # Qt only from here on

        return run_gui(args)
    finally:
        gc.enable()


if __name__ == "__main__":
    sys.exit(main())
