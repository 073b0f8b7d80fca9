"""What an import did (or, in a dry run, would do), table by table; and why a file is refused."""

from __future__ import annotations

from dataclasses import dataclass, field

from supportjournal.store.errors import StoreError


class FormatError(StoreError):
    """A file that is not what its format says, naming the record or line where it broke."""


@dataclass
class Counts:
    """Records of one kind: new, changed from the other copy, already the same here, both texts kept."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    """Texts written on both sides: both kept, one below a marked line (counted among ``updated``)."""

    def words(self) -> str:
        said = [f"{self.added} added", f"{self.updated} updated", f"{self.unchanged} already here"]
        if self.conflicts:
            said.append(f"{self.conflicts} written on both sides, both texts kept")
        return ", ".join(said)


@dataclass
class Report:
    """The counts of one import, by kind of record in the order met."""

    counts: dict[str, Counts] = field(default_factory=dict)
    dry_run: bool = False
    notes: list[str] = field(default_factory=list)
    """Anything else worth saying (tags kept, moods mapped), once each."""

    def of(self, label: str) -> Counts:
        return self.counts.setdefault(label, Counts())

    @property
    def changed(self) -> int:
        return sum(each.added + each.updated for each in self.counts.values())

    def lines(self) -> list[str]:
        """The report as a person reads it; a dry run says so first."""
        head = "Dry run: nothing was written. The import would do this:" if self.dry_run else "Imported:"
        body = [f"  {label}: {counts.words()}" for label, counts in self.counts.items()]
        if not body:
            body = ["  nothing to import: the file holds no records"]
        return [head, *body, *(f"  {note}" for note in self.notes)]
