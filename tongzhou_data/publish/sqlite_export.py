"""Every table in one SQLite database, for SQL users and for datasette.

Each table keeps its Table Schema: column types (string TEXT, integer INTEGER, number REAL, date TEXT
in ISO 8601), NOT NULL, enums and ranges as CHECK constraints, the primary key, and the foreign keys
(deferred, since projects and project_summary point at each other), with an index on every foreign key
column. `full_text` is an FTS5 index of the quotes, names, terms and definitions with the trigram
tokenizer, which matches any run of three or more characters, so Chinese (which has no spaces between
words) is found inside words. `package_metadata` holds the descriptor's metadata, `table_columns` each
column's type, title and description. Standard library only (`sqlite3`, imported when used).
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Mapping
    from pathlib import Path
    from typing import Any

SQL_TYPES = {"string": "TEXT", "integer": "INTEGER", "number": "REAL", "date": "TEXT", "boolean": "INTEGER"}
# The columns the full-text index covers, table by table.
SEARCHED = {
    "sections": ("title",),
    "terms": ("term", "definition"),
    "targets": ("indicator", "quote"),
    "projects": ("name", "quote"),
    "project_summary": ("name",),
}
FULL_TEXT = (
    "CREATE VIRTUAL TABLE full_text USING fts5("
    "text, source_table UNINDEXED, source_column UNINDEXED, source_key UNINDEXED, tokenize='trigram')"
)


def _name(identifier: str) -> str:
    """An SQL identifier, quoted."""
    return '"' + identifier.replace('"', '""') + '"'


def _literal(value: Any) -> str:
    """An SQL literal for a constraint value from a schema (a string, a number or a boolean)."""
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return str(int(value) if isinstance(value, bool) else value)


def column_sql(field: Mapping[str, Any], key: bool = False) -> str:
    """One column definition: its type, NOT NULL, UNIQUE (unless it is the primary `key`, unique anyway),
    and CHECK constraints for enums, ranges, dates and booleans."""
    name, kind = _name(field["name"]), field.get("type", "string")
    constraints = field.get("constraints") or {}
    parts = [name, SQL_TYPES[kind]]
    if constraints.get("required"):
        parts.append("NOT NULL")
    if constraints.get("unique") and not key:
        parts.append("UNIQUE")
    if "enum" in constraints:
        parts.append(f"CHECK ({name} IN ({', '.join(_literal(v) for v in constraints['enum'])}))")
    for bound, operator in (("minimum", ">="), ("maximum", "<=")):
        if bound in constraints:
            parts.append(f"CHECK ({name} {operator} {_literal(constraints[bound])})")
    if kind == "date":
        parts.append(f"CHECK ({name} IS date({name}))")  # an ISO date, not any text
    if kind == "boolean":
        parts.append(f"CHECK ({name} IN (0, 1))")
    return " ".join(parts)


def _fields(keys: str | list[str]) -> str:
    return ", ".join(_name(k) for k in ([keys] if isinstance(keys, str) else keys))


def sql_foreign_keys(
    name: str, schema: Mapping[str, Any], schemas: Mapping[str, Mapping[str, Any]]
) -> list[tuple[list[str], str, list[str]]]:
    """Each foreign key as SQLite can declare it: (columns, parent, parent columns), the parent columns its
    primary key. A key to an id that is unique per document gains document_id where the table has it
    (SQLite, unlike Table Schema, takes a composite key with an empty part as satisfied); one it cannot
    gain it is left to `tongzhou-data validate`."""
    out = []
    columns = {f["name"] for f in schema["fields"]}
    for fk in schema.get("foreignKeys", []):
        parent = fk["reference"]["resource"].removesuffix("-parquet") or name
        fields, references = list(fk["fields"]), list(fk["reference"]["fields"])
        key = list(schemas[parent].get("primaryKey", []))
        if references != key and "document_id" in columns and ["document_id", *references] == key:
            fields, references = ["document_id", *fields], key
        if references == key:
            out.append((fields, parent, references))
    return out


def create_table_sql(name: str, schema: Mapping[str, Any], schemas: Mapping[str, Mapping[str, Any]]) -> str:
    """CREATE TABLE for one Table Schema: columns, primary key and (deferred) foreign keys."""
    key = schema.get("primaryKey") or []
    lines = [column_sql(f, key=[f["name"]] == list(key)) for f in schema["fields"]]
    if schema.get("primaryKey"):
        lines.append(f"PRIMARY KEY ({_fields(schema['primaryKey'])})")
    for fields, parent, references in sql_foreign_keys(name, schema, schemas):
        lines.append(
            f"FOREIGN KEY ({_fields(fields)}) REFERENCES {_name(parent)} ({_fields(references)})"
            " DEFERRABLE INITIALLY DEFERRED"
        )
    return f"CREATE TABLE {_name(name)} (\n  " + ",\n  ".join(lines) + "\n)"


def index_sql(name: str, schema: Mapping[str, Any], schemas: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """An index on each foreign key's columns (SQLite indexes primary keys and UNIQUE columns itself)."""
    statements = []
    for fields, _, _ in sql_foreign_keys(name, schema, schemas):
        index = _name(f"{name}_by_{'_'.join(fields)}")
        statements.append(f"CREATE INDEX {index} ON {_name(name)} ({_fields(fields)})")
    return statements


def _sql_value(value: Any) -> Any:
    """A value as SQLite stores it: dates as ISO text, booleans as 0 or 1."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return int(value) if isinstance(value, bool) else value


def insert_rows(db: sqlite3.Connection, name: str, schema: Mapping[str, Any], rows: list[dict[str, Any]]) -> None:
    """Insert `rows` (dicts keyed by field name) into table `name`, in the schema's column order."""
    names = [f["name"] for f in schema["fields"]]
    sql = f"INSERT INTO {_name(name)} ({_fields(names)}) VALUES ({', '.join('?' for _ in names)})"
    db.executemany(sql, [[_sql_value(row[n]) for n in names] for row in rows])


def full_text_rows(name: str, schema: Mapping[str, Any], rows: list[dict[str, Any]]) -> list[tuple[str, ...]]:
    """The full-text index rows of one table: (text, table, column, key), the key being the row's own id
    (the last column of its primary key; the document's id is the first where there are several)."""
    key = schema["primaryKey"][-1]
    return [(row[c], name, c, row[key]) for c in SEARCHED.get(name, ()) for row in rows if row[c]]


def metadata_rows(descriptor: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The descriptor's package-level metadata as (key, JSON value), resources left out."""
    import json

    return [(k, json.dumps(v, ensure_ascii=False)) for k, v in descriptor.items() if k != "resources"]


def column_rows(schemas: Mapping[str, Mapping[str, Any]]) -> list[tuple[Any, ...]]:
    """One row per column of every table: where it is, its type, whether required, title, description."""
    rows = []
    for name, schema in schemas.items():
        for position, f in enumerate(schema["fields"], start=1):
            required = int(bool((f.get("constraints") or {}).get("required")))
            rows.append(
                (name, position, f["name"], f.get("type", "string"), required, f.get("title"), f.get("description"))
            )
    return rows


METADATA_TABLES = (
    "CREATE TABLE package_metadata (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE table_columns (table_name TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, "
    "type TEXT NOT NULL, required INTEGER NOT NULL CHECK (required IN (0, 1)), title TEXT, description TEXT, "
    "PRIMARY KEY (table_name, name))",
)


def require_trigram() -> None:
    """Refuse, in one line, a Python whose SQLite has no FTS5 trigram tokenizer (SQLite 3.34 or newer)."""
    import sqlite3

    try:
        sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram')")
    except sqlite3.OperationalError:
        raise ValueError(
            f"this Python's SQLite ({sqlite3.sqlite_version}) has no FTS5 trigram tokenizer, which the "
            "sqlite export needs (SQLite 3.34 or newer, built with FTS5)"
        ) from None


def write_database(
    path: Path, descriptor: Mapping[str, Any], schemas: Mapping[str, Any], rows: Mapping[str, list]
) -> None:
    """Write a new SQLite database at `path`; every foreign key is checked before it is committed."""
    import sqlite3

    require_trigram()
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("BEGIN")
        for name, schema in schemas.items():  # every table before any row: a row may refer to a later table
            for statement in [create_table_sql(name, schema, schemas), *index_sql(name, schema, schemas)]:
                db.execute(statement)
        for name, schema in schemas.items():
            insert_rows(db, name, schema, rows[name])
        db.execute(FULL_TEXT)
        for name, schema in schemas.items():
            db.executemany("INSERT INTO full_text VALUES (?, ?, ?, ?)", full_text_rows(name, schema, rows[name]))
        for statement in METADATA_TABLES:
            db.execute(statement)
        db.executemany("INSERT INTO package_metadata VALUES (?, ?)", metadata_rows(descriptor))
        db.executemany("INSERT INTO table_columns VALUES (?, ?, ?, ?, ?, ?, ?)", column_rows(schemas))
        db.execute("COMMIT")  # the deferred foreign keys are checked here
        db.execute("VACUUM")
    finally:
        db.close()


def database_name(descriptor: Mapping[str, Any]) -> str:
    """The database's file name: the package's name."""
    return f"{descriptor['name']}.sqlite"


def _installed_descriptor() -> dict[str, Any]:
    import json

    from .._paths import data_dir

    return json.loads((data_dir() / "datapackage.json").read_text(encoding="utf-8"))


def export_files() -> dict[str, Any]:
    """What `tongzhou-data export --format sqlite` writes: one database file, made only when written."""
    return {database_name(_installed_descriptor()): database_bytes}


def database_bytes() -> bytes:
    """The installed tables as one SQLite database file."""
    import tempfile
    from pathlib import Path

    from .. import datasets, load

    descriptor = _installed_descriptor()
    by_name = {r["name"]: r for r in descriptor["resources"]}
    schemas: dict[str, Any] = {name: by_name[name]["schema"] for name in datasets()}
    rows: dict[str, list[Any]] = {name: load(name).to_pylist() for name in datasets()}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / database_name(descriptor)
        write_database(path, descriptor, schemas, rows)
        return path.read_bytes()
