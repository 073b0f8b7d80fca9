"""The review's card and the support-system summary as Content: pure functions, user text shown as typed."""

from __future__ import annotations

from datetime import date

from textual.content import Content

from supportjournal.domain import review_words as words
from supportjournal.domain.review import BALANCE_WINDOW_DAYS, FIT_QUALITIES, Card
from supportjournal.domain.summary import Summary
from supportjournal.ui.render import literal

MUTED = "$foreground-muted"
HEADING = "bold $primary"
LABEL_WIDTH = 12
"""Cells for a fact's label on a card."""
MIN_WRAP = 10
"""Text is never wrapped narrower than this, however long its label."""
COVER_NAMES = 4
"""Givers named per kind of support in the summary; the rest are counted."""


def hanging(prefix: Content, text: Content | str, width: int) -> Content:
    """``prefix`` then ``text`` wrapped to ``width`` cells, its later lines indented under the text's first."""
    indent = prefix.cell_length
    body = text if isinstance(text, Content) else Content(text)
    lines = [line for part in body.split("\n") for line in part.wrap(max(MIN_WRAP, width - indent))] or [Content()]
    return Content.assemble(prefix, Content("\n" + " " * indent).join(lines))


def _fact(label: str, value: Content | str, width: int) -> Content:
    return hanging(Content.styled(label.ljust(LABEL_WIDTH), MUTED), value, width)


def _bullet(text: Content | str, width: int, indent: int = 0) -> Content:
    return hanging(Content.assemble(" " * indent, ("• ", "$accent")), text, width)


def card_content(card: Card, today: date, position: int, total: int, width: int = 80) -> Content:
    """One member's card: who, why they are here, then the facts.

    Args:
        card: The member and their reasons (``asks`` filled in for what they were told).
        today: The day of the review.
        position: The card's place, from 1.
        total: How many cards the review holds.
        width: Cells to wrap in, so a wrapped line hangs under the text of its bullet or label.
    """
    member = card.member
    title = Content.assemble(
        (words.card_position(position, total), HEADING), "\n",
        literal(member.name).stylize("bold"), (f"  {member.kind} · {member.ring}", MUTED),
    )
    why = Content("\n").join(_bullet(literal(reason.words), width) for reason in card.reasons) if card.reasons \
        else Content(words.NOTHING_NOW)
    balance = card.balance
    told = Content("\n").join(
        literal(words.asked_line(need, day, today)) for need, day in card.asks
    ) if card.asks else Content.styled(words.NOT_TOLD_YET, MUTED)
    rated = [f"{quality} {getattr(member, quality)}" for quality in FIT_QUALITIES
             if getattr(member, quality) is not None]
    facts = [
        _fact(words.CONTACT, words.last_contact(card.status.days_since, card.status.cadence), width),
        _fact(words.SUPPORT, words.balance_line(balance.gave if balance else 0, balance.received if balance else 0,
                                            BALANCE_WINDOW_DAYS), width),
        _fact(words.TOLD, told, width),
        _fact(words.FIT, " · ".join(rated) if rated else Content.styled(words.NOT_RATED, MUTED), width),
        _fact(words.GIVES, ", ".join(member.supports) if member.supports else Content.styled(words.NO_SUPPORT_NOTED, MUTED),
              width),
    ]
    return Content("\n\n").join([title, why, Content("\n").join(facts)])


def summary_content(summary: Summary, lead: str = "", width: int = 80) -> Content:
    """The whole support system: who gives each kind of support, the trend, and what could help.

    Args:
        summary: What ``domain.summary.summarize`` found.
        lead: A line above it (the review's last words).
        width: Cells to wrap in.
    """
    column = max(len(cover.support) for cover in summary.covers) + 2 if summary.covers else 0
    covers = []
    for cover in summary.covers:
        names = ", ".join(giver.name for giver in cover.givers[:COVER_NAMES])
        more = len(cover.givers) - COVER_NAMES
        if more > 0:
            names += f" and {more} more"
        givers = literal(names) if cover.givers else Content.styled(words.NOBODY_GIVES, "italic")
        covers.append(hanging(Content.styled(cover.support.ljust(column), MUTED), givers, width))
    if summary.gaps:
        helps = Content("\n\n").join(
            Content.assemble(_bullet(literal(gap.words), width), "\n",
                             hanging(Content("  "), literal(gap.suggestion).stylize(MUTED), width))
            for gap in summary.gaps
        )
    else:
        helps = hanging(Content(), literal(summary.praise), width)
    sections = [
        (words.COVERAGE_TITLE, Content("\n").join(covers)),
        (words.TREND_TITLE, hanging(Content(), summary.trend, width)),
        (words.GAPS_TITLE, helps),
    ]
    parts = [hanging(Content(), Content.styled(lead, MUTED), width)] if lead else []
    parts.append(Content.styled(words.SUMMARY_TITLE, "bold"))
    parts.extend(Content.assemble((title, HEADING), "\n", body) for title, body in sections)
    return Content("\n\n").join(parts)
