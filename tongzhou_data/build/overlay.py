"""One curation overlay for every curated table: the parser's records with the curated rows that remove,
correct, link or add one.

Each curated row points at the text (`Anchored`: a token or a name inside a context that occurs once) and
must hit a record the parser reads and change it, or the build fails naming its file and line: curation
holds only what the parser gets wrong. The tables differ only in how a place in the text finds a record
(`Overlay.find`) and how a field is set (the `apply` of `correct`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from .curated import Anchored, Curated, anchor

R = TypeVar("R")
A = TypeVar("A", bound=Anchored)

# What sets a field: the record with the curated row's field set, given the row's place in its file and
# the list of problems to add to when the value does not fit.
Apply = Callable[[R, A, str, list[str]], R]


@dataclass
class Overlay(Generic[R]):
    """The parser's records by key (an offset in the text) while the curated rows are applied to them."""

    text: str
    body: tuple[int, int]
    records: dict[int, R]
    find: Callable[[int, int], int | None]  # the key of what the parser reads at text[start:end], if anything
    set_aside: dict[int, str] = field(default_factory=dict)  # keys the parser itself sets aside: their reason
    problems: list[str] = field(default_factory=list)
    removed: dict[int, tuple[str, str]] = field(default_factory=dict)  # key: the curated reason, and where
    corrected: dict[int, set[str]] = field(default_factory=dict)  # key: the fields set by hand
    links: dict[int, str] = field(default_factory=dict)  # key: the catalogue entry it is linked to
    added: dict[int, R] = field(default_factory=dict)  # key: a record added by hand
    linked_by_hand: set[int] = field(default_factory=set)  # keys whose link a curated row gives

    def located(self, rows: Sequence[Curated[A]]) -> Iterator[tuple[Curated[A], int]]:
        """Each curated row with the key of what the parser reads where it points; a problem for the rest."""
        for c in rows:
            spot = c.row.spot()
            at = anchor(self.text, self.body, c.row.context, spot, c.where(), "spot", self.problems)
            if at is None:
                continue
            key = self.find(at, at + len(spot))
            if key is None:
                self.problems.append(f"{c.where()}: the parser reads nothing at {spot!r} in {c.row.context!r}")
            else:
                yield c, key

    def remove(self, rows: Sequence[Curated[A]], reason_of: Callable[[A], str]) -> None:
        """Set aside each record a row names, or correct the parser's reason for setting it aside."""
        for c, key in self.located(rows):
            reason = reason_of(c.row)
            if key in self.removed:
                self.problems.append(f"{c.where()}: already set aside at {self.removed[key][1]}")
            elif self.set_aside.get(key) == reason:
                self.problems.append(f"{c.where()}: the parser already sets {c.row.spot()!r} aside ({reason})")
            elif key not in self.records and key not in self.set_aside:
                self.problems.append(f"{c.where()}: the parser reads no row at {c.row.spot()!r}")
            else:
                self.removed[key] = (reason, c.where())
                self.records.pop(key, None)

    def correct(self, rows: Sequence[Curated[A]], field_of: Callable[[A], str], apply: Apply[R, A]) -> None:
        """Set one field (`field_of` a row) of the record each row names, once per field; a row that changes
        nothing is a problem."""
        done: dict[tuple[int, str], str] = {}
        for c, key in self.located(rows):
            name = field_of(c.row)
            if key not in self.records:
                self.problems.append(f"{c.where()}: no row at {c.row.spot()!r} in {c.row.context!r}")
            elif (key, name) in done:
                self.problems.append(f"{c.where()}: {name} of this row is already corrected at {done[(key, name)]}")
            else:
                done[(key, name)] = c.where()
                before = self.records[key]
                self.records[key] = apply(before, c.row, c.where(), self.problems)
                if self.records[key] == before:
                    self.problems.append(f"{c.where()}: the parser already reads {name} so; remove this row")
                self.corrected.setdefault(key, set()).add(name)

    def link(
        self, rows: Sequence[Curated[A]], attribute: str, file: str, describe: Callable[[R], str],
        automatic: Callable[[R], str | None] = lambda record: None,
    ) -> None:  # fmt: skip
        """Link each record to the catalogue entry its row names (`attribute`), or else to the one the
        parser links it to (`automatic`); every record must have one, and a row that links a record where
        the parser already does is a problem."""
        for c, key in self.located(rows):
            if key not in self.records:
                self.problems.append(f"{c.where()}: no row at {c.row.spot()!r} in {c.row.context!r}")
            elif key in self.links:
                self.problems.append(f"{c.where()}: a second {attribute} for the same row")
            elif getattr(c.row, attribute) == automatic(self.records[key]):
                self.problems.append(f"{c.where()}: the parser already links this row so; remove this row")
            else:
                self.links[key] = getattr(c.row, attribute)
                self.linked_by_hand.add(key)
        for key in sorted(set(self.records) - set(self.links)):
            if (found := automatic(self.records[key])) is not None:
                self.links[key] = found
            else:
                self.problems.append(f"seeds/curated/{file}.csv: no {attribute} for {describe(self.records[key])}")

    def add(self, key: int, record: R, link: str, where: str, what: str) -> None:
        """A record added by hand at `key`, which no other record or removal may hold."""
        if key in self.records or key in self.removed or key in self.added:
            self.problems.append(f"{where}: {what} is already a row or set aside")
        else:
            self.added[key] = record
            self.links[key] = link
            self.linked_by_hand.add(key)

    def origin(self, key: int) -> tuple[str, str | None]:
        """How the record at `key` was made: parsed, corrected (with the fields, comma-separated) or curated."""
        if key in self.added:
            return "curated", None
        fields = self.corrected.get(key)
        return ("corrected", ",".join(sorted(fields))) if fields else ("parsed", None)

    def final(self) -> list[tuple[int, R]]:
        """Every record of the table, parsed or added, in order of key."""
        return sorted([*self.records.items(), *self.added.items()], key=lambda pair: pair[0])
