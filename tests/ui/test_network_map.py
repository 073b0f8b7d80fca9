"""The network map widget: what it draws, hostile names drawn literally, clicks, sizes and themes."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App, ComposeResult

from supportjournal.domain.ecomap import EMPTY_HINT, MapEntry
from supportjournal.ui import app as app_module
from supportjournal.ui.widgets.network_map import NetworkMap
from tests.conftest import HOSTILE_TEXT

NETWORK = (
    MapEntry("mum", "Mum", "family", "inner", status="overdue", flow="received"),
    MapEntry("ben", "Ben Carter", "friend", "close", status="due", flow="both"),
    MapEntry("sam", "Sam", "colleague", "wider", flow="gave"),
    MapEntry("oka", "Dr Okafor", "professional", "close"),
    MapEntry("tue", "Tuesday group", "support group", "wider"),
    MapEntry("for", "Forum", "online community", "wider"),
)


class MapApp(App[None]):
    """The map alone, styled by the app's own stylesheet."""

    CSS_PATH = Path(app_module.__file__).with_name("app.tcss")

    def __init__(self, entries: tuple[MapEntry, ...] = ()) -> None:
        super().__init__()
        self.entries = entries
        self.clicked: list[str] = []

    def compose(self) -> ComposeResult:
        yield NetworkMap(self.entries)

    def on_network_map_member_clicked(self, message: NetworkMap.MemberClicked) -> None:
        self.clicked.append(message.member_id)


async def shown(pilot) -> str:
    """The whole screen as text, once everything pending has been drawn."""
    await pilot.pause()
    return "\n".join(strip.text for strip in pilot.app.screen._compositor.render_strips())


async def test_the_map_shows_you_names_and_symbols():
    app = MapApp(NETWORK)
    async with app.run_test(size=(100, 30)) as pilot:
        text = await shown(pilot)
        assert "( You )" in text
        labels = ("♥ Mum ←!", "● Ben Carter ⇄·", "▲ Sam →", "✚ Dr Okafor", "▣ Tuesday group", "◎ Forum")
        for label in labels:
            assert label in text
        for word in ("inner", "close", "wider", "! overdue", "· due", "⇄ both"):
            assert word in text


async def test_entries_set_later_are_drawn_and_replaced():
    app = MapApp()
    async with app.run_test(size=(60, 20)) as pilot:
        text = " ".join((await shown(pilot)).split())
        assert "You" in text and " ".join(EMPTY_HINT) in text
        network_map = app.query_one(NetworkMap)
        network_map.entries = NETWORK[:2]
        text = await shown(pilot)
        assert "Mum" in text and "Ben Carter" in text and "Press a" not in text
        network_map.entries = NETWORK[2:3]
        text = await shown(pilot)
        assert "Sam" in text and "Mum" not in text


async def test_crowds_shorten_to_initials_or_count_the_rest():
    entries = tuple(MapEntry(f"m{i}", f"Alexandra Nightingale {i}", "friend", "close") for i in range(200))
    app = MapApp(entries)
    async with app.run_test(size=(48, 20)) as pilot:
        text = await shown(pilot)
        assert "● Alexandra" in text
        assert "more" in text
        drawn = app.query_one(NetworkMap).map_layout
        assert len(drawn.placements) + sum(count for _, count in drawn.hidden) == 200


@pytest.mark.parametrize("size", [(100, 30), (80, 24), (40, 12), (10, 5), (3, 2)])
async def test_any_size_draws_without_breaking(size):
    entries = tuple(MapEntry(f"m{i}", f"Person {i}", "friend", ("inner", "close", "wider")[i % 3]) for i in range(40))
    app = MapApp(entries)
    async with app.run_test(size=size) as pilot:
        lines = (await shown(pilot)).splitlines()
        assert len(lines) == size[1]
        if size[0] >= 7:
            assert any("You" in line for line in lines)


async def test_resizing_lays_the_map_out_again():
    app = MapApp(NETWORK)
    async with app.run_test(size=(100, 30)) as pilot:
        await shown(pilot)
        assert app.query_one(NetworkMap).map_layout.width == 100
        await pilot.resize_terminal(60, 20)
        text = await shown(pilot)
        drawn = app.query_one(NetworkMap).map_layout
        assert (drawn.width, drawn.height) == (60, 20)
        assert "Mum" in text


async def test_hostile_names_are_drawn_literally():
    entries = tuple(
        MapEntry(f"h{i}", name, ("friend", "family", "colleague")[i % 3], ("inner", "close", "wider")[i % 3])
        for i, name in enumerate(HOSTILE_TEXT)
    )
    app = MapApp(entries)
    async with app.run_test(size=(120, 36)) as pilot:
        text = await shown(pilot)
        drawn = app.query_one(NetworkMap).map_layout
        assert len(drawn.placements) == len(HOSTILE_TEXT)
        for placement in drawn.placements:
            assert placement.text in text
        literals = ("[/", "[bold]x", "[@click=app.quit]x", "a\\", "[B]x", "$name [/] [red]", "Zoë 🌱 🧠", "مريم")
        for literal in literals:
            assert literal in text, literal
        assert "x" * 17 + "…" in text
        rows = text.splitlines()
        assert len(rows) == 36


async def test_clicking_a_member_posts_its_id_and_runs_no_markup():
    entries = NETWORK + (MapEntry("evil", "[@click=app.quit]x", "friend", "inner"),)
    app = MapApp(entries)
    async with app.run_test(size=(100, 30)) as pilot:
        await shown(pilot)
        drawn = app.query_one(NetworkMap).map_layout
        for member_id in ("ben", "evil"):
            (placement,) = [p for p in drawn.placements if p.member_id == member_id]
            await pilot.click(NetworkMap, offset=(placement.x + 2, placement.y))
        await pilot.click(NetworkMap, offset=(0, 0))
        await pilot.pause()
        assert app.clicked == ["ben", "evil"]
        assert app.is_running


async def test_the_highlight_is_marked_and_styled_without_needing_colour():
    app = MapApp(NETWORK)
    async with app.run_test(size=(100, 30)) as pilot:
        network_map = app.query_one(NetworkMap)
        network_map.highlighted = "ben"
        text = await shown(pilot)
        assert "▸● Ben Carter ⇄·" in text
        assert network_map.get_component_rich_style("network-map--highlight").reverse
        network_map.highlighted = None
        assert "▸" not in await shown(pilot)


async def test_every_theme_paints_the_map():
    app = MapApp(NETWORK)
    async with app.run_test(size=(80, 24)) as pilot:
        network_map = app.query_one(NetworkMap)
        network_map.highlighted = "mum"
        for theme in sorted(app.available_themes):
            app.theme = theme
            text = await shown(pilot)
            assert "♥ Mum ←!" in text, theme
            overdue = network_map.get_component_rich_style("network-map--overdue")
            assert overdue.bold


async def test_without_colour_kinds_states_and_the_highlight_still_read(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = MapApp(NETWORK)
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.no_color
        network_map = app.query_one(NetworkMap)
        network_map.highlighted = "tue"
        text = await shown(pilot)
        for label in ("♥ Mum ←!", "● Ben Carter ⇄·", "✚ Dr Okafor", "▸▣ Tuesday group", "! overdue", "· due"):
            assert label in text
        assert network_map.get_component_rich_style("network-map--highlight").reverse
