"""Keys and help: help groups keys by place, the palette offers each action once, ? and ^p fit every footer."""

from __future__ import annotations

from datetime import timedelta

from textual.app import App
from textual.command import CommandList, CommandPalette
from textual.widgets import Input, Static, TextArea

from supportjournal import store
from supportjournal.store import WELCOME_SETTING
from supportjournal.ui.app import IDLE_KEY_SECONDS, SupportJournalApp
from supportjournal.ui.commands import commands_for
from supportjournal.ui.screens.archived import ArchivedScreen
from supportjournal.ui.screens.get_help import GetHelpScreen
from supportjournal.ui.screens.help import HelpScreen, help_content, help_sections
from supportjournal.ui.screens.home import HomeScreen
from supportjournal.ui.screens.journal import JournalScreen
from supportjournal.ui.screens.ledger_form import LedgerForm
from supportjournal.ui.screens.member_detail import MemberDetailScreen
from supportjournal.ui.screens.member_form import MemberForm
from supportjournal.ui.screens.selfcare_form import SelfCareForm
from supportjournal.ui.widgets.member_list import MemberList
from tests.conftest import NOW, TODAY, fixed_clock
from tests.ui.shown import screen_text, static_text

HELP_KEYS = {
    "Everywhere": ["q", "c", "j", "? / f1", "r", "R", "i", "! / ^g", "ctrl+p"],
    "Home": ["1", "2", "3", "tab", "shift+tab", "o", "d"],
    "Network": ["⏎", "s", "a", "e", "l", "x", "/", "esc", "A"],
    "Self-care": ["space", "k", "n", "[", "]", "a", "e", "x", "u", "A", "K / shift+↑", "J / shift+↓", "s"],
    "Reciprocity": ["g", "v", "w", "t", "e", "x / del", "u"],
    "Journal": ["esc", "[ / ^pgup / alt+←", "] / ^pgdn / alt+→", "^f / /", "^r", "^t", "q"],
    "Member details": ["esc", "e", "l", "k", "x"],
    "Archive": ["esc", "r", "D / del"],
    "Check-in": ["⏎", "^t", "← / ↓", "→ / ↑", "1 … 9, 0"],
    "Forms": ["esc", "^s", "y", "n", "space"],
    "Welcome": ["^n", "esc", "^o"],
    "Insights": ["esc / q", "p", "s", "pgup", "pgdn", "←", "→", "↑", "↓"],
    "Get help": ["esc", "l", "p", "e", "⏎"],
    "Safety plan": ["esc", "↓", "↑", "alt+↑ / ^↑", "alt+↓ / ^↓", "^z", "→"],
    "Crisis lines": ["esc", "a", "e", "x / del", "u", "K / shift+↑", "J / shift+↓", "D"],
    "Weekly review": ["esc", "l", "t", "e", "z", "n", "p", "s"],
    "Support summary": ["esc"],
}
"""What help lists, written out: the places in order, and the keys of each."""

def notices(app: App[object]) -> list[str]:
    return [notification.message for notification in app._notifications]


def footer(app: App[object]) -> str:
    """The footer's row, spaces at the end dropped."""
    return screen_text(app).rstrip("\n").splitlines()[-1].rstrip()


def test_help_groups_keys_under_the_places_a_person_sees():
    sections = help_sections(App())
    assert {name: [keys for keys, _ in rows] for name, rows in sections.items()} == HELP_KEYS
    everywhere = dict(sections["Everywhere"])
    assert everywhere["! / ^g"] == "Get help now (ctrl+g while typing)"
    assert dict(sections["Journal"])["[ / ^pgup / alt+←"] == "Previous day ([ outside the editor)"
    assert dict(sections["Network"])["a"] == "Add someone to your network"
    text = help_content(App()).plain
    for class_like in ("Tick list", "Form screen", "Network pane", "Chosen list", "Other keys"):
        assert class_like not in text


async def palette_offers(pilot, words: str) -> None:
    """Wait until the palette highlights the command named ``words`` (its results come in batches): 5 s at most."""
    results = pilot.app.screen.query_one(CommandList)
    for _ in range(250):
        if results.highlighted is not None:
            prompt = results.get_option_at_index(results.highlighted).prompt
            if words.lower() in getattr(prompt, "plain", str(prompt)).lower():
                return
        await pilot.pause(0.02)
    raise AssertionError(f"the palette never offered {words!r}")


async def test_help_opens_and_closes_and_the_palette_offers_each_action_once_and_runs_it_by_name(db):
    """One session on a one-member network, four parts: help, then the palette's list, a sort and an add."""
    store.set_setting(db, store.WELCOME_SETTING, True)
    store.add_member(db, "Ana", "friend")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        # The palette offers each action of the screen once, named by its place.
        titles = [command.title for command in commands_for(app.screen)]
        system = [command.title for command in app.get_system_commands(app.screen)]
        assert len(titles + system) == len(set(titles + system))
        assert {"Quit", "Check-in", "Journal", "Keys", "Weekly review", "Support summary", "Insights", "Get help",
                "Home: Network", "Home: Self-care", "Home: Reciprocity", "Home: Next pane",
                "Network: Add", "Network: Edit", "Network: Log", "Network: Archive", "Network: Filter",
                "Network: Archived", "Network: Sort", "Network: Open",
                "Self-care: Add", "Self-care: Starter set", "Reciprocity: Gave", "Reciprocity: Received",
                "Reciprocity: Window"} <= set(titles)
        assert not {"Quit", "Keys"} & set(system)

        # ? opens help, grouped by place, and ? closes it.
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = static_text(app.screen.query_one("#help-keys", Static))
        assert text.index("Everywhere") < text.index("Home") < text.index("Self-care") < text.index("Welcome")
        await pilot.press("question_mark")
        assert isinstance(app.screen, HomeScreen)

        # The palette's sort command changes the list's order.
        await pilot.press("ctrl+p", *"Sort")
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        assert palette.query_one(Input).value == "Sort"
        await palette_offers(pilot, "Network: Sort")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one(MemberList).order == "ring"

        # The palette runs an action chosen by name.
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"add someone")
        await palette_offers(pilot, "Network: Add")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MemberForm)
        await pilot.press(*"Kim", "enter")
        await pilot.pause()
    assert sorted(m.name for m in store.list_members(db)) == ["Ana", "Kim"]


async def test_footers_keep_keys_and_palette_visible_at_80_columns(db):
    store.set_setting(db, store.WELCOME_SETTING, True)
    ana = store.add_member(db, "Ana", "friend")
    store.add_item(db, "Walk outside")
    store.log_interaction(db, ana.id, NOW, direction="gave")
    ben = store.add_member(db, "Ben", "friend")
    store.archive_member(db, ben.id, now=NOW)
    app = SupportJournalApp(db, clock=fixed_clock)
    shown = {}
    async with app.run_test(size=(80, 24)) as pilot:
        for place, keys in [("network", ()), ("self-care", ("2",)), ("reciprocity", ("3",)),
                            ("member", ("1", "enter")), ("archive", ("escape", "A")),
                            ("journal editor", ("escape", "j")), ("journal days", ("escape",))]:
            await pilot.press(*keys)
            await pilot.pause()
            shown[place] = footer(app)
    palette = "▏^p palette"
    assert shown == {
        "network": " a Add  e Edit  l Log  q Quit  c Check-in  j Journal  ? Keys" + " " * 8 + palette,
        "self-care": " space Done  k Rest day  q Quit  c Check-in  j Journal  ? Keys" + " " * 6 + palette,
        "reciprocity": " g Gave  v Received  q Quit  c Check-in  j Journal  ? Keys" + " " * 10 + palette,
        "member": " esc Back  e Edit  l Log contact  k Asked for…  x Archive  ? Keys" + " " * 3 + palette,
        "archive": " esc Back  r Restore  D Delete for good  ? Keys" + " " * 21 + palette,
        "journal editor": " esc Back  alt+← alt+→ Day  ^f Search  ^r Preview  f1 Keys" + " " * 10 + palette,
        "journal days": " esc Back  [ ] Day  ^f Search  ^r Preview  ? Keys" + " " * 19 + palette,
    }


async def test_journal_day_keys_never_type_and_brackets_type_in_the_editor(db):
    store.set_setting(db, store.WELCOME_SETTING, True)
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("j", *"a[b]c")
        screen = app.screen
        assert isinstance(screen, JournalScreen)
        assert screen.query_one(TextArea).text == "a[b]c" and screen.day == TODAY
        await pilot.press("ctrl+pageup")
        assert screen.day == TODAY - timedelta(1)
        await pilot.press("alt+left")
        assert screen.day == TODAY - timedelta(2)
        await pilot.press("ctrl+pagedown", "alt+right", "alt+right")  # never past today
        assert screen.day == TODAY
        assert screen.query_one(TextArea).text == "a[b]c"
        await pilot.press("escape", "left_square_bracket")  # in the day list, [ moves
        assert screen.day == TODAY - timedelta(1)
        await pilot.press("right_square_bracket", "tab", "exclamation_mark")  # ! types in the editor
        assert screen.day == TODAY and isinstance(app.focused, TextArea)
        await pilot.press("ctrl+g")  # ctrl+g works while typing
        assert isinstance(app.screen, GetHelpScreen)
        await pilot.press("escape", "f1")
        assert isinstance(app.screen, HelpScreen)
    assert store.get_entry(db, TODAY).body == "a[b]c!"
    assert not notices(app)


async def test_a_character_key_without_an_action_says_so_and_typing_does_not(db):
    store.set_setting(db, store.WELCOME_SETTING, True)
    app = SupportJournalApp(db, clock=fixed_clock)
    said: list[str] = []
    show = app.notify
    # Recorded as shown: the notice itself leaves after IDLE_KEY_SECONDS, which a loaded machine can outlast.
    app.notify = lambda message, **options: (said.append(message), show(message, **options))[1]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("z", "y")  # bound nowhere; typed at once, they make one notice, not two
        app.idle_key_said_at -= IDLE_KEY_SECONDS  # as if that notice had gone
        await pilot.press("2", "space")  # space marks nothing on an empty list
        await pilot.press("j", *"zany")
        assert app.screen.query_one(TextArea).text == "zany"
    assert said == ["z does nothing here just now. ? lists every key.",
                    "space does nothing here just now. ? lists every key."]


async def test_empty_panes_take_their_keys_and_the_first_member_opens(db):
    store.set_setting(db, store.WELCOME_SETTING, True)
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        for pane_key, key, form in (("2", "a", SelfCareForm), ("3", "g", LedgerForm), ("1", "a", MemberForm)):
            await pilot.press(pane_key, key)  # each pane is empty: its list is hidden
            assert isinstance(app.screen, form), pane_key
            if form is not MemberForm:
                await pilot.press("escape")
        app.screen.query_one("#name", Input).value = "Kim"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("enter")  # the list holds the keyboard again
        assert isinstance(app.screen, MemberDetailScreen)
        await pilot.press("escape", "x", "y")  # archiving the only member empties the pane again
        await pilot.pause()
        await pilot.press("A")
        assert isinstance(app.screen, ArchivedScreen)
    assert not notices(app)[1:], notices(app)  # only the archive's own notice: no key did nothing
