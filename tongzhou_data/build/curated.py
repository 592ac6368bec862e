"""Hand-curated data under `seeds/curated/`: read, validated row by row, with errors that name the file,
the line and the problem.

Each curated file is a UTF-8 CSV whose header names exactly the fields of its pydantic model; an empty
cell is a missing value. Every row says why it exists in a `reason` column.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, ClassVar, Generic, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from ..models import DOCUMENT_ID, INDICATOR_ID, Category, Measure, Qualifier, Status, Topic

CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def _no_cjk(value: str) -> str:
    if CJK.search(value):
        raise ValueError(f"English text must hold no Chinese characters or full-width punctuation: {value!r}")
    return value


English = Annotated[str, Field(min_length=1), AfterValidator(_no_cjk)]

M = TypeVar("M", bound=BaseModel)


class CurationError(ValueError):
    """One or more curated rows are invalid; `problems` holds one `file:line: message` each."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("invalid curated data:\n" + "\n".join(f"  {p}" for p in problems))


@dataclass(frozen=True)
class Curated(Generic[M]):
    """A validated curated row and where it came from, so later checks can point back at it."""

    file: str
    line: int
    row: M

    def where(self) -> str:
        return f"{self.file}:{self.line}"


class CuratedRow(BaseModel):
    """Base of curated-row models: strict about unknown columns, blank strings and missing reasons. A model
    of a curated file names it: `class TargetExclusion(Anchored, file="target_exclusions")`."""

    file: ClassVar[str] = ""

    def __init_subclass__(cls, file: str = "", **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if file:
            cls.file = file

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False)


class SectionEnd(CuratedRow):
    """A heading's governed span ends before `ends_before` (verbatim text that starts the next part)."""

    section_id: str = Field(pattern=r"^s[0-9]+(\.[0-9]+){0,2}$")
    ends_before: str = Field(min_length=1)
    reason: str = Field(min_length=1)


ExclusionReason = Literal[
    "date", "plan_name", "meeting", "name", "label", "document", "rhetoric", "rank_without_number"
]
CorrectableField = Literal[
    "quote", "number_text", "value", "value_max", "unit", "qualifier", "measure", "direction", "kind", "period_start",
    "period_end", "indicator",
]  # fmt: skip


class Anchored(CuratedRow):
    """A row that points at one piece of the text, a number token or a name as written (`spot`), inside
    `context`, text that occurs once in the report's body."""

    context: str = Field(min_length=1)

    def spot(self) -> str:
        """The piece of `context` the row points at."""
        raise NotImplementedError


class AtToken(Anchored):
    """A row that points at one number token: `token` as written."""

    token: str = Field(min_length=1)

    def spot(self) -> str:
        return self.token


class AtName(Anchored):
    """A row that points at one project mention: `name` overlapping the name the parser reads."""

    name: str = Field(min_length=1)

    def spot(self) -> str:
        return self.name


class TargetExclusion(AtToken, file="target_exclusions"):
    """A number token that is not a stated quantity, and why."""

    reason: ExclusionReason
    note: str | None = None


class TargetIndicator(AtToken, file="target_indicators"):
    """The catalogue entry (indicators.csv) a target row is a value of: the link between the years."""

    indicator_id: str = Field(pattern=INDICATOR_ID)


class TargetCorrection(AtToken, file="target_corrections"):
    """One field of one parsed target row set by hand, and why."""

    field: CorrectableField
    value: str | None = None
    reason: str = Field(min_length=1)


class TargetAddition(CuratedRow, file="target_additions"):
    """A stated quantity the extractor cannot find; `number_text` must occur once in `quote`."""

    quote: str = Field(min_length=1)
    number_text: str = Field(min_length=1)
    value: float
    value_max: float | None = None
    unit: str | None = None
    qualifier: Qualifier
    measure: Measure
    indicator_id: str = Field(pattern=INDICATOR_ID)
    reason: str = Field(min_length=1)


ProjectExclusionReason = Literal[
    "unnamed_group", "programme", "designation", "institution", "award", "enterprise", "event", "no_status"
]  # fmt: skip
PROJECT_KEY = r"^[a-z0-9]+(-[a-z0-9]+)*$"  # a project's stable ASCII key


class ProjectExclusion(AtName, file="project_exclusions"):
    """A mention the parser proposes that is no project by the rules, and why."""

    reason: ProjectExclusionReason
    note: str | None = None


class ProjectKey(AtName, file="project_keys"):
    """The catalogue entry (projects.csv) a project mention names: the link between its mentions."""

    project_key: str = Field(pattern=PROJECT_KEY)


class ProjectCorrection(AtName, file="project_corrections"):
    """One field of one parsed project mention set by hand, and why: its `name` (the name as written in
    the text, overlapping the parser's), `status_text` (words in its sentence) or `status`."""

    field: Literal["name", "status_text", "status"]
    value: str = Field(min_length=1)
    reason: str = Field(min_length=1)


class ProjectAddition(AtName, file="project_additions"):
    """A project mention the parser does not find: its name, status words and status, its project, and
    why the parser misses it."""

    status_text: str = Field(min_length=1)
    status: Status
    project_key: str = Field(pattern=PROJECT_KEY)
    reason: str = Field(min_length=1)


class ProjectInfo(CuratedRow, file="projects"):
    """What holds for every mention of one project: its full name, English name, category and location (the
    town, street or functional area the text ties it to).

    The full name completes a name the text shares across a list (北咨 in 北咨、北建院总部 -> 北咨总部).
    """

    project_key: str = Field(pattern=PROJECT_KEY)
    name: str = Field(min_length=1)
    name_en: English
    category: Category
    location: str | None = None
    note: str | None = None


class IndicatorInfo(CuratedRow, file="indicators"):
    """One entry of the indicator catalogue (`indicators.csv`): the indicators table is these rows."""

    indicator_id: str = Field(pattern=INDICATOR_ID)
    name_zh: str = Field(min_length=1)
    name_en: English
    unit: str | None = None
    measure: Measure
    topic: Topic
    description_en: English


class SectionEnglish(CuratedRow, file="sections_en"):
    """A heading's title in English."""

    section_id: str = Field(pattern=r"^s[0-9]+(\.[0-9]+){0,2}$")
    title_en: English


class TermEnglish(CuratedRow, file="terms_en"):
    """A glossary entry in English: the term and its whole definition."""

    term_id: str = Field(pattern=r"^t[0-9]{2}$")
    term_en: English
    definition_en: English


class DocumentEnglish(CuratedRow, file="documents_en"):
    """The report's title in English."""

    document_id: str = Field(pattern=DOCUMENT_ID)
    title_en: English


class GlossaryName(CuratedRow, file="glossary_en"):
    """How a name or term is always rendered in English, and the official page that gives it (or
    `translation` where none was found): the glossary every English field follows."""

    zh: str = Field(min_length=1)
    en: English
    source: str = Field(pattern=r"^(https?://\S+|translation)$")
    note: str | None = None


class GlossaryException(CuratedRow, file="glossary_exceptions"):
    """A glossary name that occurs in a Chinese field only by accident (across a word boundary), so the
    English field need not carry its rendering; `tests/test_english.py` fails once it is no longer needed."""

    table: Literal["documents", "sections", "terms", "indicators", "project_summary", "glossary"]
    key: str = Field(min_length=1)
    field: str = Field(pattern=r"^[a-z_]+_en$|^en$")
    zh: str = Field(min_length=1)
    reason: str = Field(min_length=1)


def read_curated(path: Path, model: type[M], display: str | None = None) -> list[Curated[M]]:
    """Read and validate every row of `path` against `model`; raise CurationError listing every problem."""
    name = display or str(path)
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise CurationError([f"{name}:1: file starts with a byte-order mark; save it as UTF-8 without BOM"])
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise CurationError([f"{name}:{line}: not valid UTF-8 ({error.reason})"]) from None
    reader = csv.reader(content.splitlines(keepends=True))
    header = next(reader, None)
    expected = list(model.model_fields)
    if header != expected:
        missing = [c for c in expected if c not in (header or [])]
        unknown = [c for c in (header or []) if c not in expected]
        faults = "; ".join(
            part
            for part in (
                f"missing column(s) {missing}" if missing else "",
                f"unknown column(s) {unknown}" if unknown else "",
                "columns out of order" if not missing and not unknown else "",
            )
            if part
        )
        raise CurationError([f"{name}:1: header must be {','.join(expected)}: {faults}"])
    rows: list[Curated[M]] = []
    problems: list[str] = []
    for cells in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(expected):
            problems.append(f"{name}:{line}: {len(cells)} cells, the header has {len(expected)}")
            continue
        data = {key: (None if cell == "" else cell) for key, cell in zip(expected, cells, strict=True)}
        data = {key: value for key, value in data.items() if value is not None}
        try:
            rows.append(Curated(name, line, model.model_validate(data)))
        except ValidationError as error:
            for detail in error.errors():
                where = ".".join(str(part) for part in detail["loc"]) or "row"
                value = data.get(str(detail["loc"][0])) if detail["loc"] else None
                shown = f" (got {value!r})" if value is not None else ""
                problems.append(f"{name}:{line}: column {where}: {detail['msg']}{shown}")
    if problems:
        raise CurationError(problems)
    return rows


def locate(text: str, needle: str, start: int, end: int, where: str, what: str, problems: list[str]) -> int | None:
    """Offset of the only occurrence of `needle` in text[start:end]; None, with a problem, if absent or ambiguous."""
    first = text.find(needle, start, end)
    if first < 0:
        problems.append(f"{where}: {what} {needle!r} is not in the text between offsets {start} and {end}")
        return None
    if text.find(needle, first + 1, end) >= 0:
        problems.append(f"{where}: {what} {needle!r} occurs more than once there; quote more words")
        return None
    return first


def anchor(
    text: str, span: tuple[int, int], context: str, inner: str, where: str, what: str, problems: list[str]
) -> int | None:
    """The offset of `inner`, which must occur once inside `context`, which must occur once in text[span];
    None, with a problem, otherwise."""
    start = locate(text, context, span[0], span[1], where, "context", problems)
    if start is None:
        return None
    first = context.find(inner)
    if first < 0 or context.find(inner, first + 1) >= 0:
        problems.append(f"{where}: {what} {inner!r} must occur exactly once in context {context!r}")
        return None
    return start + first


# Every curated file of the report (`seeds/curated/NAME.csv`) and the model of its rows, one to one.
def curated_files() -> dict[str, type[CuratedRow]]:
    """Each curated file's name and row model: every model below `CuratedRow` that names its `file`, in
    the order they are defined here (so adding a file is adding its model)."""
    found: dict[str, type[CuratedRow]] = {}
    todo: list[type[CuratedRow]] = [CuratedRow]
    while todo:
        model = todo.pop(0)
        if vars(model).get("file"):
            found[model.file] = model
        todo += model.__subclasses__()
    return found


@dataclass(frozen=True)
class CuratedFiles:
    """Every curated file of the report, each read and validated once: `files[Model]` is the rows of the
    file whose rows are `Model`s (`curated_files`)."""

    rows: Mapping[type[CuratedRow], Sequence[Curated[Any]]]

    def __getitem__(self, model: type[M]) -> Sequence[Curated[M]]:
        return self.rows[model]  # type: ignore[index]  # keyed by each row model: M is a CuratedRow

    @classmethod
    def read(cls, root: Path) -> CuratedFiles:
        """Read every curated file, collecting the problems of all of them before failing."""
        read: dict[type[CuratedRow], Sequence[Curated[Any]]] = {}
        problems: list[str] = []
        for name, model in curated_files().items():
            try:
                read[model] = read_curated(root / f"seeds/curated/{name}.csv", model, f"seeds/curated/{name}.csv")
            except CurationError as error:
                problems += error.problems
        if problems:
            raise CurationError(problems)
        return cls(read)
