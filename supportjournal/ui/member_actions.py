"""What the member keys do, shared by the home screen and the member detail screen."""

from __future__ import annotations

from collections.abc import Callable

from supportjournal import store
from supportjournal.domain.help_words import IN_PLAN, step_words
from supportjournal.domain.models import Member
from supportjournal.ui.context import JournalNode
from supportjournal.ui.guard import NOTHING_CHANGED, reading, saving
from supportjournal.ui.render import clean, styled


def _chosen(node: JournalNode, member_id: str | None, *, active: bool = False) -> Member | None:
    """The chosen member (``active``: not archived), or ``None`` after saying why there is none."""
    member = None
    with reading(node) as read:
        member = store.get_member(node.journal.db, member_id) if member_id else None
    if member is None or (active and member.archived):
        if not read.failed:  # the guard has already said what happened
            node.app.notify("Choose someone in the list first.", severity="warning")
        return None
    return member


def add_member(node: JournalNode, then: Callable[[str | None], None] | None = None) -> None:
    """Open the editor on a new member; ``then`` gets the new id (or ``None`` if cancelled)."""
    from supportjournal.ui.screens.member_form import MemberForm

    node.app.push_screen(MemberForm(), then)


def edit_member(node: JournalNode, member_id: str | None) -> None:
    """Open the editor on a member."""
    from supportjournal.ui.screens.member_form import MemberForm

    member = _chosen(node, member_id)
    if member is not None:
        node.app.push_screen(MemberForm(member))


def log_contact(node: JournalNode, member_id: str | None) -> None:
    """Log a contact with a member (today by default)."""
    from supportjournal.ui.screens.log_contact import LogContactScreen

    member = _chosen(node, member_id, active=True)
    if member is None:
        return

    def logged(saved: bool | None) -> None:
        if saved:
            node.app.notify(f"Logged a contact with {clean(member.name)}.", timeout=3, markup=False)

    node.app.push_screen(LogContactScreen(member), logged)


def note_ask(node: JournalNode, member_id: str | None) -> None:
    """Note what you asked a member for."""
    from supportjournal.ui.screens.log_contact import AskScreen

    member = _chosen(node, member_id)
    if member is not None:
        node.app.push_screen(AskScreen(member))


def archive_member(node: JournalNode, member_id: str | None, then: Callable[[], object] | None = None) -> None:
    """Archive a member after asking; they can be restored from the archive."""
    from supportjournal.ui.screens.confirm import ConfirmScreen

    member = _chosen(node, member_id, active=True)
    if member is None:
        return
    steps: list[int] = []
    with reading(node):
        steps = store.plan_steps_of(node.journal.db, member.id)
    in_plan = IN_PLAN.format(steps=step_words(steps)) if steps else ""
    question = styled(
        "Archive [b]$name[/b]?\n\nThey leave the map and the list; all their history is kept, "
        "and you can restore them from the archive (A).$in_plan",
        name=member.name, in_plan=in_plan,
    )

    def answered(yes: bool | None) -> None:
        if not yes:
            return
        journal = node.journal
        with saving(node, NOTHING_CHANGED):
            store.archive_member(journal.db, member.id, now=journal.clock())
            journal.data_changed()
            node.app.notify(f"Archived {clean(member.name)}. Restore from the archive (A).", timeout=4, markup=False)
            if then is not None:
                then()

    node.app.push_screen(ConfirmScreen(question, yes="Archive"), answered)


def restore_member(node: JournalNode, member_id: str) -> None:
    """Bring an archived member back to the network."""
    with saving(node, NOTHING_CHANGED):
        member = store.restore_member(node.journal.db, member_id)
        node.journal.data_changed()
        node.app.notify(f"{clean(member.name)} is back in your network.", timeout=3, markup=False)
