"""Benchmarks: a seeded data generator and the `make bench` runner."""
