"""Pure functions from a report's text to records: no file I/O, no knowledge of any one report.

`report(text)` reads a whole report of the genre (`reports`); each other module reads one kind of record:
`text` (clauses and lines), `numbers`, `periods`, `sections`, `targets`, `projects`, `terms`,
`documents`. Offsets are 0-based, end-exclusive code-point indexes into the text as passed.
"""

from .reports import Report, report

__all__ = ["Report", "report"]
