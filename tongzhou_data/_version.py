"""The package version, defined once: pyproject, `td.__version__` and the descriptor read it."""

__version__ = "0.3.0"
