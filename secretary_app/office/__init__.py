"""The office server: a shared register and meeting archive on PostgreSQL (no Qt)."""
