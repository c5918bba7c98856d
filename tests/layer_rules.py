"""The import contract of secretary_app, checked on the source: who may import what."""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

QT = ("PySide6", "shiboken6")
# Qt-free packages below the UI; office/ and signing/ may not exist yet in a checkout.
CORE = ("domain", "storage", "documents", "office", "signing", "fileio", "paths")
SQL = re.compile(r"\b(SELECT\b.*\bFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\S+\s+SET|"
                 r"DELETE\s+FROM|CREATE\s+(TABLE|INDEX|TRIGGER|VIEW|VIRTUAL)|PRAGMA\s|"
                 r"BEGIN\s+IMMEDIATE)\b", re.S)
SQL_CALLS = {"execute", "executemany", "executescript"}
MIGRATION = re.compile(r"^secretary_app\.storage\.migrations\.m\d{4}_\w+")


@dataclass(frozen=True)
class Violation:
    """One broken rule: which rule, where, and what was imported (or found)."""

    rule: str
    module: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.module}:{self.line}: {self.rule}: {self.what}"


def within(name: str, *prefixes: str) -> bool:
    """Whether a dotted name is one of the prefixes or inside one."""
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def modules(root: Path) -> Iterator[tuple[str, Path]]:
    """Every module of the package at root (a folder named like the package), with its file."""
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        yield ".".join(parts), path


def imports(tree: ast.AST, module: str, is_package: bool) -> Iterator[tuple[int, str]]:
    """Every name imported anywhere in the module (lazy imports too), made absolute."""
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            for alias in node.names:
                yield node.lineno, f"{base}.{alias.name}" if alias.name != "*" else base


def import_rules(module: str, name: str) -> Iterator[str]:
    """The rules that importing `name` from `module` breaks."""
    app = "secretary_app"
    top = name.split(".")[0]
    if within(module, f"{app}.domain") and top != app and top not in sys.stdlib_module_names:
        yield "domain imports only the standard library"
    if within(module, f"{app}.domain") and top == app and not within(name, f"{app}.domain"):
        yield "domain imports nothing else of the app"
    if within(module, f"{app}.storage") and within(name, f"{app}.documents", f"{app}.ui",
                                                     f"{app}.cli"):
        yield "storage never imports documents, ui or the CLI"
    if within(module, f"{app}.documents") and within(name, f"{app}.storage", f"{app}.ui",
                                                       f"{app}.cli"):
        yield "documents never imports storage, ui or the CLI"
    core = tuple(f"{app}.{c}" for c in CORE)
    if within(module, *core) and within(name, f"{app}.ui", f"{app}.cli", f"{app}.app"):
        yield "the core (domain, storage, documents, office, signing) never imports ui or the CLI"
    if within(name, *QT) and not within(module, f"{app}.ui", f"{app}.app"):
        yield "only ui/ and app.py import PySide6"
    if within(module, f"{app}.ui") and within(name, "sqlite3", "sqlite_utils"):
        yield "nothing under ui/ imports sqlite3"
    if within(module, f"{app}.ui") and within(name, f"{app}.storage.rows"):
        yield "ui/ calls storage's public functions, not its row plumbing"
    if MIGRATION.match(name) and not within(module, f"{app}.storage.migrations"):
        yield "migrations are frozen history: nothing imports from a migration module"


def sql_in(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """SQL text (string constants, f-string parts) and SQL calls in a module."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if found := SQL.search(node.value):
                yield node.lineno, found.group(0)[:40]
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in SQL_CALLS):
            yield node.lineno, f".{node.func.attr}(…)"


def violations(root: Path) -> list[Violation]:
    """Every broken rule in the package at root (a folder named secretary_app)."""
    found = []
    for module, path in modules(root):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for line, name in imports(tree, module, path.name == "__init__.py"):
            found += [Violation(rule, module, line, name) for rule in import_rules(module, name)]
        if within(module, "secretary_app.ui"):
            found += [Violation("nothing under ui/ holds SQL text", module, line, text)
                      for line, text in sql_in(tree)]
    return found
