"""Entry point for `python -m secretary_app` and for the PyInstaller bundle."""

import sys

from secretary_app.app import main

if __name__ == "__main__":
    sys.exit(main())
