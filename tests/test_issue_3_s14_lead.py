"""Issue 3, fourteenth session (lead): fixes found while merging and reviewing the helpers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from event_views import by_trigger
from storyline.actors import kb
from storyline.records import Actor
from storyline.store import Store

pytestmark = pytest.mark.issue(3)


@pytest.mark.parametrize(("text", "target"), [
    ("A federal grand jury indicted the former senator on corruption charges on Thursday.",
     "former senator"),
    ("The grand jury indicted Senator Robert Menendez on bribery charges.",
     "Senator Robert Menendez"),
])
def test_issue_3_a_grand_jury_is_an_american_court(events_of: Any, text: str,
                                                    target: str) -> None:
    """A grand jury (federal or not) is a US judicial body in an article naming no other
    country: its indictment has a coded source (it had none, so "A grand jury indicted X"
    said nothing of who accused)."""
    found = by_trigger(events_of, text, "indicted")
    assert found and found[0].source is not None and found[0].target is not None
    assert found[0].source.country == "USA" and found[0].code.startswith("112")
    assert found[0].target.text == target


def test_issue_3_a_jury_abroad_keeps_its_own_country(events_of: Any) -> None:
    """'jury' is a judicial word everywhere; only a *grand* jury with no other country named
    is American: a Paris jury stays French."""
    found = by_trigger(events_of, "A jury in Paris convicted two Algerian militants of "
                       "bombing a metro station.", "convicted")
    assert found and found[0].source is not None and found[0].source.country == "FRA"
    assert found[0].target is not None and found[0].target.country == "DZA"


@pytest.mark.parametrize(("text", "place", "country"), [
    ("A bomb exploded near a market in Peshawar, killing 12 people.", "Peshawar", "PAK"),
    ("Police arrested 20 students outside the university in Dhaka.", "Dhaka", "BGD"),
])
def test_issue_3_a_place_beside_the_scene_still_places_the_act(
        events_of: Any, text: str, place: str, country: str) -> None:
    """'near a market in Peshawar', 'outside the university in Dhaka': the town inside a
    'near' or 'outside' phrase is where the act happened (the inner-place rule skipped those
    prepositions, so the act had no location)."""
    found = [e for e in events_of(text) if e.main]
    assert found and found[0].location is not None, found
    assert found[0].location.text == place and found[0].location.country == country


@pytest.mark.parametrize(("text", "code", "source"), [
    ("Indian Naval ship, INS Sukanya, thwarted a piracy attack in the Gulf of Aden and "
     "captured three boats of the pirates.", "171", "IND"),
    ("A French frigate seized a pirate skiff off the coast of Somalia.", "171", "FRA"),
    ("Somali pirates seized a Saudi supertanker in the Indian Ocean.", "181", "SOM"),
])
def test_issue_3_a_state_ship_impounds_where_pirates_hijack(
        events_of: Any, text: str, code: str, source: str) -> None:
    """A warship or a ship a navy word or demonym marks is a state's: its seizure of boats
    impounds them (171; the demo's Indian navy 'captured' pirate boats was a hijacking, 181);
    pirates seizing a supertanker hijack it (181; 'supertanker' was no craft)."""
    found = [e for e in events_of(text) if e.main]
    assert found and found[0].code == code, found
    assert found[0].source is not None and found[0].source.country == source


def test_issue_3_the_store_cache_replaces_a_rewritten_actor_and_drops_a_deleted_one(
        tmp_path: Path) -> None:
    """``kb.refresh`` tops its per-process table up with the rows written since its last read:
    a row that ingest merges into (rewritten, same count) replaces what the table held of that
    actor in the same table, with no full re-read, even where the old coding ranked higher;
    a deleted row (a re-extraction's refold, unused actors dropped) makes it read afresh."""
    path = str(tmp_path / "kb.db")
    store = Store(path)
    store.upsert_actors([Actor("a1", "Anna Example", country="FRA", sector="GOV",
                               role="Minister", valid_from="2020-01-01"),
                         Actor("a2", "Boris Sample", country="DEU", sector="LEG")])
    table = kb.refresh(path)
    assert table.names["anna example"]["a1"].role == "Minister"
    with store.transaction() as conn:  # as a refold writes it: an older, lesser coding
        store._write_actor(conn, Actor("a1", "Anna Example", country="FRA", sector="GOV",
                                       role="Adviser", valid_from="2019-01-01"))
    assert kb.refresh(path) is table  # topped up, not read afresh
    assert table.names["anna example"]["a1"].role == "Adviser"
    with store.transaction() as conn:
        conn.execute("DELETE FROM actor_aliases WHERE actor_id = 'a2'")
        conn.execute("DELETE FROM actors WHERE id = 'a2'")
    fresh = kb.refresh(path)
    assert fresh is not table and "boris sample" not in fresh.names
    assert fresh.names["anna example"]["a1"].role == "Adviser"
    store.close()


def test_issue_3_a_bare_campaign_skips_campaigns_that_name_no_one(events_of: Any) -> None:
    """'His campaign' and 'The campaign' match the campaign pattern too but name no candidate:
    a later bare 'the campaign' is still the last *named* candidate's (it was countryless
    when such a phrase stood between them)."""
    text = ("The Clinton campaign criticized Donald Trump on Monday. His campaign answered "
            "the next day. On Tuesday the campaign attacked Jeb Bush over his tax plan.")
    found = by_trigger(events_of, text, "attacked")
    assert found and found[0].source is not None, found
    assert found[0].source.text == "the campaign" and found[0].source.country == "USA"
