"""Coverage: who gives each kind of support, on purpose-built networks."""

from datetime import datetime

from supportjournal.domain.coverage import coverage, uncovered
from supportjournal.domain.models import SUPPORTS, Member


def _member(name: str, *supports: str, ring: str = "close", archived: bool = False) -> Member:
    return Member(id=name, name=name, kind="friend", ring=ring, supports=supports,
                  archived_at=datetime(2026, 1, 1) if archived else None)


def test_every_kind_is_listed_in_order_with_its_givers_inner_ring_first() -> None:
    covers = coverage([
        _member("Zoe", "listening", ring="inner"),
        _member("ana", "listening", "advice", ring="wider"),
        _member("Bo", "listening", ring="inner"),
    ])
    assert [cover.support for cover in covers] == list(SUPPORTS)
    assert [m.name for m in covers[0].givers] == ["Bo", "Zoe", "ana"]
    assert [m.name for m in covers[1].givers] == ["ana"]


def test_a_kind_nobody_gives_is_named_and_archived_members_give_nothing() -> None:
    covers = coverage([_member("Ana", *SUPPORTS[:-1]), _member("Gone", "crisis", archived=True)])
    assert uncovered(covers) == ["crisis"]
    assert uncovered(coverage([])) == list(SUPPORTS)
    assert uncovered(coverage([_member("Ana", *SUPPORTS)])) == []
