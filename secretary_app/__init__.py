"""secretary-app: offline minutes and notices of conclusions for Vietnamese public bodies."""

__version__ = "0.1.0"
