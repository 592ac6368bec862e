"""Whether a chunk of one table breaks no rule a row can break alone, checked a column at a time with
`pyarrow.compute`: the fast path of `written.is_clean`, for chunks of many reports.

Each check is at least as strict as its row-at-a-time twin (`cells.FieldCheck`, `table_files.same_row`,
`rules.check_row`), so a chunk found clean here is clean there; where this says no (a broken rule, or
anything it cannot decide, such as a pattern that is not the package's own), the caller checks the rows
one at a time, which names each problem and its line.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any

from ..schemas import FIELD_TYPES, trusted_patterns
from ..tables import REGISTRY, Span, table_schema
from .rules import same_text

WRITTEN_NUMBER = r"^-?[0-9]+\.[0-9]+$"  # a number cell as the writer writes it: a point, no exponent
FILLER = {"integer": "0", "number": "0.0", "date": "2000-01-01", "boolean": "false"}  # stands in for "" to cast


@cache
def _fields(name: str) -> tuple[dict[str, Any], ...]:
    return tuple(table_schema(REGISTRY[name])["fields"])


def columns_clean(name: str, csv_data: bytes, arrow: Any, rows: int, texts: Callable[[str], str | None]) -> bool:
    """Whether the CSV lines `csv_data` (UTF-8) and the Arrow table `arrow` of table `name` hold the same `rows`
    rows, each cell of its field's form and within its constraints, and each row's ordered columns and
    spans into its document's text (`texts(document_id)`) hold."""
    import pyarrow as pa

    fields = _fields(name)
    names = [f["name"] for f in fields]
    if arrow.num_rows != rows or arrow.column_names != names:
        return False
    try:
        cells = _csv_strings(csv_data, names)
    except (pa.ArrowInvalid, UnicodeDecodeError):
        return False
    if cells.num_rows != rows:
        return False
    if not all(_column_clean(f, cells.column(f["name"]), arrow.column(f["name"])) for f in fields):
        return False
    return _rows_clean(name, arrow, texts)


def _csv_strings(csv_data: bytes, names: Sequence[str]) -> Any:
    """The cells of CSV lines (no header) as written: every column a string, an empty cell "" (not null)."""
    import io

    import pyarrow as pa
    import pyarrow.csv as pv

    if not csv_data:
        return pa.table({n: pa.array([], pa.string()) for n in names})
    return pv.read_csv(
        io.BytesIO(csv_data),
        read_options=pv.ReadOptions(column_names=list(names), use_threads=False),
        parse_options=pv.ParseOptions(newlines_in_values=True, ignore_empty_lines=False),
        convert_options=pv.ConvertOptions(
            column_types=dict.fromkeys(names, pa.string()), strings_can_be_null=False, quoted_strings_can_be_null=False
        ),
    )


def _column_clean(field: Mapping[str, Any], text: Any, values: Any) -> bool:
    """One field's cells as written (`text`) are of its type's form, read as the Arrow column `values`
    holds them, and keep its constraints."""
    import pyarrow as pa
    import pyarrow.compute as pc

    constraints = field.get("constraints") or {}
    kind = field.get("type", "string")
    if values.type != getattr(pa, FIELD_TYPES[kind].arrow)():  # a Parquet column of another type
        return False
    empty = pc.equal(text, "")
    if constraints.get("required") and pc.any(empty).as_py():
        return False
    filled = pc.filter(text, pc.invert(empty))
    form = FIELD_TYPES[kind].form
    if form is not None and not _all(pc.match_substring_regex(filled, f"^(?:{form.pattern})$")):
        return False
    if kind == "number" and not _all(pc.match_substring_regex(filled, WRITTEN_NUMBER)):
        return False  # not as `number_text` writes a float (an int in a number column): made again, validated
    try:
        typed = _typed(kind, text, empty, values.type)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return False
    same_nulls = pc.equal(pc.is_null(typed), pc.is_null(values))
    if not (_all(same_nulls) and _all(pc.equal(typed, values))):
        return False
    return _constraints_kept(constraints, filled, pc.drop_null(typed))


def _typed(kind: str, text: Any, empty: Any, arrow_type: Any) -> Any:
    """The cells read as values of their field's type, an empty cell null (ArrowInvalid where one is not
    of the type); a date before year 1 is invalid, as Python's `date` says."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if kind == "string":
        return pc.if_else(empty, pa.scalar(None, pa.string()), text)
    typed = pc.cast(pc.if_else(empty, FILLER[kind], text), arrow_type)
    if kind == "date" and not _all(pc.greater_equal(pc.year(typed), 1)):
        raise pa.ArrowInvalid("a year before 1")
    return pc.if_else(empty, pa.scalar(None, arrow_type), typed)


def _constraints_kept(constraints: Mapping[str, Any], filled: Any, values: Any) -> bool:
    """`enum`, `pattern`, `minimum`, `maximum`, `minLength`, `maxLength` over the filled cells: the text
    for patterns and lengths, the values for the rest; False for a pattern not the package's own."""
    import pyarrow as pa
    import pyarrow.compute as pc

    for constraint, limit in constraints.items():
        if constraint == "enum":
            try:
                allowed = pa.array(limit, values.type)
            except (pa.ArrowInvalid, pa.ArrowTypeError):
                return False
            held = pc.is_in(values, value_set=allowed)
        elif constraint == "pattern":
            if not isinstance(limit, str) or limit not in trusted_patterns():
                return False
            held = pc.match_substring_regex(filled, f"^(?:{limit})$")
        elif constraint in ("minimum", "maximum"):
            held = (pc.greater_equal if constraint == "minimum" else pc.less_equal)(values, limit)
        elif constraint in ("minLength", "maxLength"):
            held = (pc.greater_equal if constraint == "minLength" else pc.less_equal)(pc.utf8_length(filled), limit)
        else:
            continue  # required is checked above; unique spans rows (`rules.TableRules`)
        if not _all(held):
            return False
    return True


def _all(mask: Any) -> bool:
    """Whether every non-null value of a boolean array is true."""
    import pyarrow.compute as pc

    return pc.all(mask).as_py() is not False


def _rows_clean(name: str, arrow: Any, texts: Callable[[str], str | None]) -> bool:
    """The rules one row can break alone (`rules.check_row`): ordered columns where both are filled, and
    each span inside its document's text (where `texts` has it), holding its verbatim cell and inside
    its outer span."""
    import pyarrow.compute as pc

    table = REGISTRY.get(name)
    for order in table.orders if table else ():
        if not _all((pc.less if order.strict else pc.less_equal)(arrow.column(order.low), arrow.column(order.high))):
            return False
    if table is None or not table.spans:
        return True
    ids = arrow.column("document_id").to_pylist()
    found = [texts(str(i)) for i in ids]
    return all(_span_clean(arrow, span, found) for span in table.spans)


def _span_clean(arrow: Any, span: Span, found: list[str | None]) -> bool:
    """One span of every row: both offsets or neither, 0 <= start < end, inside its outer span, and, where
    its document's text is given, end <= the text's length and the text there its verbatim cell."""
    import pyarrow.compute as pc

    start, end = arrow.column(span.start), arrow.column(span.end)
    if not _all(pc.equal(pc.is_null(start), pc.is_null(end))):
        return False
    if not (_all(pc.greater_equal(start, 0)) and _all(pc.less(start, end))):
        return False
    if span.inside and not (
        _all(pc.less_equal(arrow.column(span.inside[0]), start))
        and _all(pc.less_equal(end, arrow.column(span.inside[1])))
    ):
        return False
    verbatim = arrow.column(span.text).to_pylist() if span.text else None
    for index, (low, high, text) in enumerate(zip(start.to_pylist(), end.to_pylist(), found, strict=True)):
        if text is None or low is None:
            continue
        if high > len(text) or (verbatim is not None and not same_text(text, low, high, verbatim[index])):
            return False
    return True
