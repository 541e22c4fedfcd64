"""minutes-kit: author, lint and enforce open source community meeting minutes."""

__version__ = "0.1.0"
