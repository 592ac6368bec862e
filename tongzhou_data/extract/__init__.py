"""Pure functions from the report's text to records: no file I/O, no knowledge of offsets in advance.

Each module reads one kind of record: `text` (the working text and its lines), `documents`,
`sections`, `terms`. Offsets are 0-based, end-exclusive code-point indexes into the working text.
"""
