"""``supportjournal review``: the summary of the support system, then who needs attention and why."""

from __future__ import annotations

import textwrap
from typing import Any

import click

from supportjournal import store
from supportjournal.cli.output import echo_json, jsonable, shown, table
from supportjournal.cli.session import Session, journal_command
from supportjournal.domain import review_words as words
from supportjournal.domain.coverage import uncovered
from supportjournal.domain.review import Card
from supportjournal.domain.summary import TREND_DAYS, Summary

REVIEW_HELP = """The weekly review for the shell: the summary of your support system (who gives each kind
of support, the gaps and a suggestion for each, who you have been in touch with), then who needs
attention and why, most urgent first. It only reads; snoozes set in the app are respected.

\b
Examples:
  supportjournal review
  supportjournal review --json | jq '.attention[].name'
"""
WIDTH = 88
"""Sentences are wrapped to this many columns."""


def _wrapped(text: str, indent: str, first: str = "") -> str:
    return textwrap.fill(shown(text), WIDTH, initial_indent=indent + first, subsequent_indent=indent + " " * len(first))


def _summary_json(summary: Summary) -> dict[str, Any]:
    return {
        "coverage": [{"support": cover.support, "givers": [giver.name for giver in cover.givers]} for cover in summary.covers],
        "uncovered": uncovered(summary.covers),
        "gaps": jsonable(list(summary.gaps)),
        "trend": {"days": TREND_DAYS, "in_touch": summary.in_touch, "before": summary.in_touch_before},
        "praise": summary.praise or None,
    }


def _card_json(card: Card) -> dict[str, Any]:
    member = card.member
    return {
        "id": member.id, "name": member.name, "kind": member.kind, "ring": member.ring,
        "reasons": [{"code": reason.code, "words": reason.words} for reason in card.reasons],
        "contact": jsonable(card.status),
    }


def echo_summary(summary: Summary) -> None:
    click.echo(words.SUMMARY_TITLE)
    click.echo(f"\n{words.COVERAGE_TITLE}")
    table(
        ([cover.support, ", ".join(shown(giver.name) for giver in cover.givers) or words.NOBODY_GIVES]
         for cover in summary.covers),
        indent="  ",
    )
    click.echo(f"\n{words.TREND_TITLE}")
    click.echo(_wrapped(summary.trend, "  "))
    click.echo(f"\n{words.GAPS_TITLE}")
    if not summary.gaps:
        click.echo(_wrapped(summary.praise, "  "))
    for gap in summary.gaps:
        click.echo(_wrapped(gap.words, "  ", "• "))
        click.echo(_wrapped(gap.suggestion, "    "))


def echo_attention(cards: list[Card]) -> None:
    if not cards:
        click.echo(f"\n{words.NOBODY}")
        return
    click.echo(f"\n{words.attention_title(len(cards))}")
    for card in cards:
        click.echo(f"  {shown(card.member.name)}  ({card.member.kind} · {card.member.ring})")
        for reason in card.reasons:
            click.echo(_wrapped(reason.words, "    ", "• "))


@journal_command(help=REVIEW_HELP, short_help="The summary of your support system, and who needs attention.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def review(session: Session, as_json: bool) -> None:
    db = session.open(write=False)
    summary = store.support_summary(db, session.today)
    cards = store.review_queue(db, session.today)
    if as_json:
        echo_json({"day": session.today, "summary": _summary_json(summary), "attention": [_card_json(c) for c in cards]})
        return
    echo_summary(summary)
    echo_attention(cards)
