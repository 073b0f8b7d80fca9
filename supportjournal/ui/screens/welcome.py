"""The first-run welcome: the article's first steps, a few short skippable screens."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Button, Input, Static

from supportjournal import store
from supportjournal.portability.backup import database_path
from supportjournal.ui.context import JournalNode
from supportjournal.ui.forms import FormKeys
from supportjournal.ui.guard import saving
from supportjournal.ui.screen_layout import LaidOutOnce
from supportjournal.ui.screens.transfer import TransferScreen
from supportjournal.ui.widgets.footer import KeysFooter
from supportjournal.ui.widgets.quick_add import QuickAdd


@dataclass(frozen=True)
class Step:
    """One screen of the welcome."""

    title: str
    text: str
    kinds: tuple[str, ...] = ()
    """Kinds of member this step adds; none for a step that only talks."""
    ring: str = "close"
    link: bool = False


STEPS = (
    Step(
        "Welcome to Support Journal",
        "A support system is the people, groups and professionals who help you stay well: "
        "people who listen, who are there when you need them, who care.\n\n"
        "Let's sketch yours in three short steps. Skip any of them, or all (Esc); "
        "you can add people later with a.\n\n"
        "Coming from jrnl or Daylio? Bring your history with you (ctrl+o): your journal, moods and "
        "contacts (vCards), or an export from another device.",
    ),
    Step(
        "Who already supports you?",
        "Family, friends, colleagues: anyone who listens, gives advice, helps in practice or keeps "
        "you company. How close are they, and how often would you like to be in touch?",
        kinds=("friend", "family", "colleague"),
    ),
    Step(
        "Anyone professional?",
        "A therapist, counsellor, doctor or coach. Professional help is part of a good support "
        "system, not a last resort.",
        kinds=("professional",),
        ring="wider",
    ),
    Step(
        "A group or community?",
        "A support group, a club, an online community: somewhere you belong, offline or online.",
        kinds=("support group", "online community"),
        ring="wider",
        link=True,
    ),
)


class WelcomeScreen(JournalNode, LaidOutOnce, Screen[None]):
    """Walks through the first steps, then lands on the home screen with what was entered."""

    BINDINGS = [
        Binding("ctrl+n", "next", "Next step", id="welcome.next"),
        Binding("escape", "finish", "Skip the welcome", id="welcome.skip"),
        Binding("ctrl+o", "import_history", "Import history", id="welcome.import"),
    ]

    step: reactive[int] = reactive(0, recompose=True)
    """Which of ``STEPS`` is shown."""

    def compose(self) -> ComposeResult:
        step = STEPS[self.step]
        with VerticalScroll(id="welcome", classes="form"):
            # The forms' docked keys row: how to go on stays in sight at 80x24 on every step.
            with FormKeys(classes="form-keys", id="form-keys"):
                last = self.step == len(STEPS) - 1
                go_on = "Done" if last else ("Start" if self.step == 0 else "Next")
                yield Button(f"{go_on} (ctrl+n)", id="next", variant="primary", compact=True)
                yield Button("Skip all (Esc)", id="skip", compact=True)
                if self.step == 0:
                    yield Button("Import history (ctrl+o)", id="import", compact=True)
            yield Static(f"Step {self.step + 1} of {len(STEPS)}", id="welcome-progress")
            yield Static(Content.styled(step.title, "bold"), classes="dialog-title")
            yield Static(step.text, id="welcome-text", markup=False)
            if step.kinds:
                yield QuickAdd(step.kinds, ring=step.ring, link=step.link, id="quick")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#next", Button).focus()

    def action_next(self) -> None:
        if self.step + 1 >= len(STEPS):
            self.action_finish()
        else:
            self.step += 1
            self.call_after_refresh(self._focus_step)

    def _focus_step(self) -> None:
        names = self.query("#name").results(Input)
        target = next(iter(names), None) or self.query_one("#next", Button)
        target.focus()

    def action_finish(self) -> None:
        """Remember the welcome was seen (finished or skipped) and go home.

        Home either way: if it can't be remembered now, the welcome simply shows again next time.
        """
        with saving(self, "Everyone you added is saved; the welcome may show again next time."):
            store.set_setting(self.journal.db, store.WELCOME_SETTING, True)
            self.journal.data_changed()
        self.dismiss()

    def action_import_history(self) -> None:
        """Import from jrnl, Daylio, vCards or another device; the welcome waits underneath."""
        journal = database_path(self.journal.db)
        if journal is not None:
            self.app.push_screen(TransferScreen("import", journal))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "next":
            event.stop()
            self.action_next()
        elif event.button.id == "skip":
            event.stop()
            self.action_finish()
        elif event.button.id == "import":
            event.stop()
            self.action_import_history()
