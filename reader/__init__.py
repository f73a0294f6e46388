"""Khabar: a terminal news reader for Arabic."""

__version__ = "0.1.0"
