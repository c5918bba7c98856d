"""How things are shown: the only package that imports PySide6."""
