"""The dependency rule: domain, storage, documents, office and the CLI never load PySide6."""

import subprocess
import sys

CODE = """
import sys, pkgutil, importlib
import secretary_app.domain, secretary_app.storage, secretary_app.documents, secretary_app.cli
import secretary_app.office
for pkg in (secretary_app.domain, secretary_app.storage, secretary_app.documents,
            secretary_app.office):
    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
        importlib.import_module(info.name)
from secretary_app.cli import build_parser
build_parser()
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(",".join(loaded))
"""


def test_core_packages_import_no_qt():
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt loaded by the core: {result.stdout}"
