"""`tongzhou-data export --format sqlite`, read back with the standard library's sqlite3 and served by
datasette: every row, typed columns, keys that SQLite enforces, indexes, a full-text index that finds
Chinese inside words, and the descriptor's metadata."""

from __future__ import annotations

import json
import sqlite3

import pytest
from conftest import DATASETS

import tongzhou_data as td
from tongzhou_data.cli import main

DB_NAME = "tongzhou-gwr-2026.sqlite"
SQL_TYPES = {
    "string": "TEXT",
    "integer": "INTEGER",
    "number": "REAL",
    "date": "TEXT",
    "boolean": "INTEGER",
}  # SQLite keeps booleans as 0 or 1
# What the issue asks the full-text index to cover: quotes, names, terms and definitions (and titles).
SEARCHED = {
    "sections": ["title"],
    "terms": ["term", "definition"],
    "targets": ["indicator", "quote"],
    "projects": ["name", "quote"],
    "project_summary": ["name"],
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sqlite")
    assert main(["export", "--to", str(folder), "--format", "sqlite"]) == 0
    assert sorted(p.name for p in folder.iterdir()) == [DB_NAME]
    return folder / DB_NAME


@pytest.fixture
def db(exported):
    connection = sqlite3.connect(exported, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def table_schemas(descriptor):
    return {r["name"]: r["schema"] for r in descriptor["resources"] if r["format"] == "csv"}


def as_stored(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


@pytest.mark.parametrize("name", td.datasets())
def test_every_row_is_there_with_its_values(db, name):
    table = td.load(name)
    assert db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == table.num_rows
    cursor = db.execute(f'SELECT * FROM "{name}" ORDER BY rowid')
    columns = [d[0] for d in cursor.description]
    assert columns == table.column_names
    expected = [{k: as_stored(v) for k, v in row.items()} for row in table.to_pylist()]
    assert [dict(zip(columns, row, strict=True)) for row in cursor] == expected


@pytest.mark.parametrize("name", td.datasets())
def test_columns_are_typed_and_keys_declared(db, name, table_schemas):
    schema = table_schemas[name]
    info = {row[1]: row for row in db.execute(f'PRAGMA table_info("{name}")')}  # cid, name, type, notnull, _, pk
    for field in schema["fields"]:
        _, _, declared, notnull, _, pk = info[field["name"]]
        assert declared == SQL_TYPES[field["type"]], field["name"]
        assert notnull == int(bool((field.get("constraints") or {}).get("required"))), field["name"]
        assert (pk > 0) == (field["name"] in schema["primaryKey"]), field["name"]
    declared: dict[int, tuple[str, list[str]]] = {}
    for row in db.execute(f'PRAGMA foreign_key_list("{name}")'):  # id, seq, table, from, to, …
        declared.setdefault(row[0], (row[2], []))[1].append(row[3])
    declared_keys = {(parent, tuple(columns)) for parent, columns in declared.values()}
    expected = set()
    for fk in schema.get("foreignKeys", []):
        parent, fields = fk["reference"]["resource"] or name, tuple(fk["fields"])
        if (name, fields) in UNDECLARED:
            continue
        # an id unique per document is referred to with its document_id, where the table has one
        expected.add((parent, fields if (parent, fields) in declared_keys else ("document_id", *fields)))
    assert declared_keys == expected


# References to an id that is unique per document, from a table without document_id: SQLite declares
# only keys to a whole primary key, so these are checked by `tongzhou-data validate`, not by SQLite.
UNDECLARED = {("project_summary", ("first_project_id",))} | {
    ("indicator_summary", (f"{slot}_target_id",))
    for slot in ("achieved_2021_2025", "achieved_2025", "target_2026", "target_2026_2030")
}


def test_the_keys_are_the_ones_read_from_the_report(db):
    fks = {(row[2], row[3], row[4]) for row in db.execute('PRAGMA foreign_key_list("targets")')}
    assert fks == {
        ("documents", "document_id", "document_id"),
        ("sections", "document_id", "document_id"),  # (document_id, section_id): ids are unique per document
        ("sections", "section_id", "section_id"),
        ("indicators", "indicator_id", "indicator_id"),
    }
    types = {row[1]: row[2] for row in db.execute('PRAGMA table_info("targets")')}
    assert (types["value"], types["period_start"], types["quote"]) == ("REAL", "INTEGER", "TEXT")


def test_foreign_keys_are_clean_and_the_database_intact(db):
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_a_foreign_key_violation_is_refused(db):
    row = list(db.execute("SELECT * FROM targets WHERE target_id = 'q00602'").fetchone())
    columns = [d[1] for d in db.execute('PRAGMA table_info("targets")')]
    row[columns.index("target_id")] = "q99999"
    insert = f"INSERT INTO targets VALUES ({', '.join('?' for _ in row)})"
    db.execute("BEGIN")
    db.execute(insert, row)  # the same row under a new id is accepted: its keys point at real rows
    db.execute("ROLLBACK")
    row[columns.index("section_id")] = "s9.9"  # no such section
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY constraint failed"):
        db.execute(insert, row)
    assert db.execute("SELECT count(*) FROM targets WHERE target_id = 'q99999'").fetchone()[0] == 0


def test_enums_and_dates_are_checked(db):
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
        db.execute("UPDATE targets SET kind = 'planned' WHERE target_id = 'q00602'")
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
        db.execute("UPDATE documents SET delivered_on = '6 January 2026'")


def test_every_foreign_key_column_is_indexed(db, table_schemas):
    for name, schema in table_schemas.items():
        indexed = [
            [row[2] for row in db.execute(f'PRAGMA index_info("{index[1]}")')]
            for index in db.execute(f'PRAGMA index_list("{name}")')
        ]
        assert schema["primaryKey"] in indexed, name
        for parent, fields in {(r[2], r[3]) for r in db.execute(f'PRAGMA foreign_key_list("{name}")')}:
            group = [r[3] for r in db.execute(f'PRAGMA foreign_key_list("{name}")') if r[2] == parent]
            assert group in indexed, (name, group, fields)
    query = "SELECT * FROM targets WHERE document_id = 'tongzhou-gwr-2026' AND section_id = 's1'"
    plan = " ".join(str(r) for r in db.execute(f"EXPLAIN QUERY PLAN {query}"))
    assert "USING INDEX" in plan


def hits(db, query):
    sql = "SELECT source_table, source_column, source_key, text FROM full_text WHERE full_text MATCH ?"
    return db.execute(sql, [query]).fetchall()


def test_full_text_finds_chinese_inside_words(db):
    found = hits(db, "城市副中心")
    assert found and all("城市副中心" in text for *_, text in found)
    expected = {
        (name, column, row[td.load(name).column_names[0]])
        for name, columns in SEARCHED.items()
        for row in td.load(name).to_pylist()
        for column in columns
        if "城市副中心" in (row[column] or "")
    }
    assert {(t, c, k) for t, c, k, _ in found} == expected
    assert {t for t, *_ in found} >= {"terms"}
    assert hits(db, "六环高线公园") and all(
        t in ("projects", "project_summary", "targets") for t, *_ in hits(db, "六环高线公园")
    )


def test_the_default_tokenizer_would_not_have_found_it():
    """Why trigram: unicode61 takes a run of Chinese characters as one token, so a word inside it is missed."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE plain USING fts5(text)")
    db.execute("INSERT INTO plain VALUES ('推动北京城市副中心高质量发展')")
    assert db.execute("SELECT count(*) FROM plain WHERE plain MATCH '城市副中心'").fetchone()[0] == 0


def test_the_descriptor_metadata_is_a_table(db, descriptor):
    stored = {key: json.loads(value) for key, value in db.execute("SELECT key, value FROM package_metadata")}
    assert stored == {k: v for k, v in descriptor.items() if k != "resources"}
    assert stored["name"] == "tongzhou-gwr-2026" and stored["licenses"][0]["name"] == "CC0-1.0"
    columns = db.execute("SELECT table_name, name, type, title FROM table_columns ORDER BY table_name, position")
    rows = columns.fetchall()
    assert len(rows) == sum(td.load(n).num_columns for n in td.datasets())
    assert ("targets", "value", "number", "数值 / Value") in rows


def test_export_refuses_to_overwrite_the_database(exported, capsys):
    before = exported.read_bytes()
    assert main(["export", "--to", str(exported.parent), "--format", "sqlite"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"already holds {DB_NAME}; pass --force" in err
    assert exported.read_bytes() == before
    assert main(["export", "--to", str(exported.parent), "--format", "sqlite", "--force"]) == 0


def test_a_sqlite_without_trigram_gets_one_line(tmp_path, monkeypatch, capsys):
    real_connect = sqlite3.connect

    class NoTrigram:
        def __init__(self, *args, **kwargs):
            self.connection = real_connect(*args, **kwargs)

        def execute(self, sql, *args):
            if "trigram" in sql:
                raise sqlite3.OperationalError("no such tokenizer: trigram")
            return self.connection.execute(sql, *args)

    monkeypatch.setattr(sqlite3, "connect", NoTrigram)
    assert main(["export", "--to", str(tmp_path), "--format", "sqlite"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "has no FTS5 trigram tokenizer" in err
    assert list(tmp_path.iterdir()) == []


def test_datasette_serves_a_row_as_json(exported):
    pytest.importorskip("datasette")
    import asyncio

    from datasette.app import Datasette

    async def get(path):
        datasette = Datasette([str(exported)])
        await datasette.invoke_startup()
        response = await datasette.client.get(path)
        assert response.status_code == 200, response.text
        return response.json()

    # a composite primary key is written comma-separated in datasette's row URLs
    row = asyncio.run(get("/tongzhou-gwr-2026/targets/tongzhou-gwr-2026,q00602.json?_shape=objects"))["rows"][0]
    # 全年地区生产总值增长10.8%: the first quantity of the 2025 review
    assert (row["indicator"], row["value"], row["unit"], row["quote"]) == (
        "地区生产总值增长率", 10.8, "%", "全年地区生产总值增长10.8%"
    )  # fmt: skip
    found = asyncio.run(get("/tongzhou-gwr-2026/full_text.json?_search=城市副中心&_shape=array"))
    assert found and all("城市副中心" in hit["text"] for hit in found)


def test_the_shipped_files_are_untouched_by_an_export(exported):
    descriptor = json.loads((DATASETS / "datapackage.json").read_text(encoding="utf-8"))
    assert not any(r["path"].endswith(".sqlite") for r in descriptor["resources"])
    assert not list(DATASETS.glob("*.sqlite"))
