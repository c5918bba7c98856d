"""How things are kept: SQLite through sqlite-utils, numbered migrations, one module per noun."""
