"""One map of direction words and arrows, for the CLI, the forms, the check-in and the map."""

from __future__ import annotations

from supportjournal.domain.directions import DIRECTION_ARROWS, DIRECTION_WORDS, direction_choices
from supportjournal.domain.ecomap_labels import FLOW_MARKERS
from supportjournal.domain.ledger import ARROWS
from supportjournal.domain.models import DIRECTIONS


def test_every_direction_has_words_and_every_flow_an_arrow():
    assert set(DIRECTION_WORDS) == set(DIRECTIONS)
    assert DIRECTION_ARROWS == {"gave": "→", "received": "←", "both": "⇄"}
    assert ARROWS is DIRECTION_ARROWS and FLOW_MARKERS is DIRECTION_ARROWS  # the ledger and the map


def test_choices_put_plain_contact_first_and_can_leave_it_out():
    assert direction_choices() == [
        ("in touch", "none"), ("you gave", "gave"), ("you received", "received"), ("both ways", "both")
    ]
    assert [value for _, value in direction_choices(with_none=False)] == ["gave", "received", "both"]
