"""The check-in modal and ``supportjournal checkin`` write the same shape of data."""

from __future__ import annotations

from click.testing import CliRunner

from supportjournal import store
from supportjournal.cli import main
from supportjournal.cli.session import Session
from supportjournal.ui.app import SupportJournalApp
from tests.conftest import NOW


def fixed_clock():
    """A real clock has microseconds; both ways must store the moment the same way."""
    return NOW.replace(microsecond=123456)

TYPES = {type(None): "null", int: "int", str: "text", float: "real"}


def shape(row: dict) -> dict[str, str]:
    return {column: TYPES[type(value)] for column, value in row.items()}


def written(db) -> tuple[list[dict], list[dict]]:
    checkins = list(db.query("SELECT * FROM checkins ORDER BY created_at, id"))
    interactions = list(db.query("SELECT * FROM interactions ORDER BY member_id"))
    return checkins, interactions


async def test_modal_and_command_write_the_same_rows(tmp_path):
    paths = {"app": tmp_path / "app.db", "cli": tmp_path / "cli.db"}
    for path in paths.values():
        db = store.open_db(path)
        store.add_member(db, "Ana", "friend")
        store.add_member(db, "Ben", "family")
        store.add_member(db, "Cy", "colleague")
        db.close()

    db = store.open_db(paths["app"])
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("c", "7", "tab", *"ana", "enter", *"ben", "enter", *"cy", "enter")
        await pilot.press("up", "up", "ctrl+t", "down", "ctrl+t", "ctrl+t", "tab", *"a long walk", "enter")
        await pilot.pause()
    from_app = written(db)
    db.close()

    result = CliRunner().invoke(
        main,
        ["checkin", "--db", str(paths["cli"]), "--mood", "7", "--gave", "ana", "--received", "Ben",
         "--with", "cy", "--note", "a long walk"],
        obj=Session(clock=fixed_clock),
    )
    assert result.exit_code == 0, result.output
    db = store.open_db(paths["cli"])
    from_cli = written(db)
    db.close()

    for table, (app_rows, cli_rows) in zip(("checkins", "interactions"), zip(from_app, from_cli)):
        assert len(app_rows) == len(cli_rows), table
        assert [shape(row) for row in app_rows] == [shape(row) for row in cli_rows], table
    [app_checkin], [cli_checkin] = from_app[0], from_cli[0]
    same = ("at", "day", "mood", "note", "created_at", "archived_at")
    assert {k: app_checkin[k] for k in same} == {k: cli_checkin[k] for k in same}
    names = {"app": {}, "cli": {}}
    for side, rows in (("app", from_app[1]), ("cli", from_cli[1])):
        db = store.open_db(paths[side])
        for row in rows:
            name = store.get_member(db, row["member_id"]).name
            names[side][name] = {k: v for k, v in row.items() if k not in ("id", "member_id", "checkin_id")}
        db.close()
    assert names["app"] == names["cli"]
    assert {name: row["direction"] for name, row in names["app"].items()} == {
        "Ana": "gave", "Ben": "received", "Cy": "none",
    }
