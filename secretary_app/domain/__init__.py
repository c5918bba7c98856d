"""What things are: dataclasses, enums, validation and Vietnamese formatting rules (no Qt, no I/O)."""
