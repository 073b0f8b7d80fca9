"""The unlock screen of an encrypted journal: shown before the app, with nothing of the journal on it.

It is a small app of its own, run before the journal's: the journal app needs the open journal from
its first frame, and here there is none yet. Deriving the key takes a fifth of a second on purpose,
so it runs in a worker while the screen says so.
"""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Checkbox, Footer, Input, Static

from supportjournal import store
from supportjournal.domain.text import visible
from supportjournal.ui.widgets.text_fields import SafeInput

INTRO = "This journal is encrypted. Type its passphrase to open it."
WRONG = "That passphrase doesn't open this journal. Take your time and try again."
EMPTY = "Type the passphrase, then Enter."
OPENING = "Opening…"
NOT_REMEMBERED = "Opened. {reason}. Enter goes on to your journal."


class UnlockApp(App[bool]):
    """Asks for the passphrase until it opens the journal; returns True then, False if the person leaves."""

    TITLE = "Support Journal"
    ENABLE_COMMAND_PALETTE = False  # nothing to do here but unlock or leave
    # No id: help and the palette belong to the journal's app, which this screen comes before.
    BINDINGS = [Binding("escape", "leave", "Leave")]
    DEFAULT_CSS = """
    Screen { align: center middle; }
    #unlock { width: 64; height: auto; padding: 1 2; border: round $primary; background: $panel; }
    #unlock-title { text-style: bold; margin-bottom: 1; }
    #unlock-path { color: $text-muted; margin-bottom: 1; }
    #unlock Input { margin-bottom: 1; }
    #unlock-message { height: auto; min-height: 1; margin-top: 1; color: $text-warning; }
    #unlock-message.-quiet { color: $text-muted; }
    """

    def __init__(self, journal: Path) -> None:
        super().__init__()
        self.journal = journal
        """The encrypted file; its path is all that is shown of it."""
        self.opened = False
        """The key is known; Enter now goes on (after a note that it could not be remembered)."""

    def compose(self) -> ComposeResult:
        with Vertical(id="unlock"):
            yield Static("Support Journal", id="unlock-title")
            yield Static(INTRO)
            yield Static(Content(visible(str(self.journal))), id="unlock-path")
            yield SafeInput(placeholder="Passphrase", password=True, id="passphrase")
            yield Checkbox("Remember on this computer (in its keyring)", id="remember")
            yield Static(Content(EMPTY), id="unlock-message", classes="-quiet")
        yield Footer()

    def action_leave(self) -> None:
        self.exit(self.opened)

    def say(self, text: str, *, quiet: bool = False) -> None:
        message = self.query_one("#unlock-message", Static)
        message.update(Content(text))
        message.set_class(quiet, "-quiet")

    @on(Input.Submitted, "#passphrase")
    def submitted(self, event: Input.Submitted) -> None:
        if self.opened:
            self.exit(True)
        elif not event.value:
            self.say(EMPTY, quiet=True)
        else:
            event.input.disabled = True
            self.say(OPENING, quiet=True)
            self.try_passphrase(event.value, self.query_one("#remember", Checkbox).value)

    @work(thread=True, exclusive=True)
    def try_passphrase(self, passphrase: str, remember: bool) -> None:
        try:
            key = store.unlock(self.journal, passphrase)
        except store.WrongPassphraseError:
            self.call_from_thread(self.wrong)
            return
        except store.StoreError as error:
            self.call_from_thread(self.refused, str(error))
            return
        if remember:
            try:
                store.remember_key(key)
            except store.StoreError as error:
                self.call_from_thread(self.not_remembered, str(error))
                return
        self.call_from_thread(self.exit, True)

    def wrong(self) -> None:
        self.say(WRONG)
        passphrase = self.query_one("#passphrase", Input)
        passphrase.value = ""
        passphrase.disabled = False
        passphrase.focus()

    def refused(self, reason: str) -> None:
        self.say(f"{visible(reason[:1].upper() + reason[1:])}.")
        self.query_one("#passphrase", Input).disabled = False

    def not_remembered(self, reason: str) -> None:
        self.opened = True
        self.say(NOT_REMEMBERED.format(reason=visible(reason[:1].upper() + reason[1:])), quiet=True)
        passphrase = self.query_one("#passphrase", Input)
        passphrase.disabled = False
        passphrase.focus()
