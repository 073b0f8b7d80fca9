"""Inputs and editors holding the hostile corpus draw it with controls shown, and keep the value as typed."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.strip import Strip
from textual.widgets import Input

from supportjournal.domain.text import visible
from supportjournal.ui.widgets.text_area import SafeTextArea
from supportjournal.ui.widgets.text_fields import NameSuggester, SafeInput
from tests.hostile import CORPUS, TITLE_OSC, assert_nothing_sent


class Fields(App[None]):
    CSS = "SafeTextArea { height: 60; }"

    def compose(self) -> ComposeResult:
        yield Input(TITLE_OSC, id="textual-input", compact=True)
        for text in CORPUS:
            yield SafeInput(text, compact=True)
        yield SafeTextArea("\n".join(CORPUS), soft_wrap=False)


def drawn(strip: Strip) -> str:
    return "".join(segment.text for segment in strip)


async def test_inputs_and_editors_show_controls_and_keep_the_value():
    app = Fields()
    async with app.run_test(size=(120, 120)):
        assert "\x1b]2;pwned" in drawn(app.query_one("#textual-input", Input).render_line(0))  # why they exist
        for field, text in zip(app.query(SafeInput), CORPUS, strict=True):
            assert field.value == text
            assert field._value.plain == visible(text, editing=True)
            assert_nothing_sent(drawn(field.render_line(0)), lines=False)
        editor = app.query_one(SafeTextArea)
        assert "\x1b]52;c;aGk=\x07" in editor.text  # the text itself is kept as typed
        lines = [drawn(editor.render_line(y)) for y in range(editor.size.height)]
        assert_nothing_sent("".join(lines), lines=False)
        assert any("␛]52;c;aGk=␇" in line for line in lines)


async def test_the_ledger_forms_completion_follows_the_one_naming_rule():
    suggester = NameSuggester(["Sam [work]", "Anabel", "Ana", "Zoë 🌱"])
    typed = {"an": "Anabel", "ANA": "Ana", "sam [": "Sam [work]", "zoë": "Zoë 🌱", "x": None, "": None, "  sam": None}
    assert {text: await suggester.get_suggestion(text) for text in typed} == typed
