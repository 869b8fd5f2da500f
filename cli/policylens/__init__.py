"""policylens: parse, check and redline Chinese privacy policies."""

__version__ = "0.3.0"
