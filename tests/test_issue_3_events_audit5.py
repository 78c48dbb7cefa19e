"""Audit of the fifth session's events rules: detections the earlier code made and later
rules lost (victims' side in clashes, acts imposed in a place)."""

from typing import Any

import pytest

pytestmark = pytest.mark.issue(3)


def test_issue_3_hurt_in_clashes_with_x_is_a_clash_with_x(events_of: Any) -> None:
    """ "people were injured in clashes with police": their side clashed with the police;
    victims of a partnerless fight still do not fight it."""
    events = events_of("Ten protesters were wounded in clashes with security forces in Khartoum.")
    pairs = {(e.code, e.source.text if e.source else None, e.target.text if e.target else None)
             for e in events}
    assert ("190", "protesters", "security forces") in pairs
    assert ("175", "security forces", "protesters") in pairs  # violent repression (CAMEO)


def test_issue_3_fighting_victims_leave_the_place_as_fighters(events_of: Any) -> None:
    """ "12 people were killed in fighting in Mogadishu": a fight in Somalia, not by them."""
    events = events_of("Twelve people were killed in fighting in Mogadishu.")
    assert [(e.code, e.source.text if e.source else None,
             e.source.country if e.source else None) for e in events] == [
        ("190", "Mogadishu", "SOM")]


def test_issue_3_act_imposed_in_a_place_is_its_authorities_act(events_of: Any) -> None:
    """ "A curfew was imposed in Kathmandu": Nepal's authorities impose it (1723)."""
    codes = events_of.codes("A curfew was imposed in Kathmandu after violent protests.")
    assert [(c[0], c[2]) for c in codes] == [("1723", "NPL")]
    codes = events_of.codes("A state of emergency was declared in Bangkok.")
    assert [(c[0], c[2]) for c in codes] == [("1724", "THA")]


def test_issue_3_arrested_during_a_protest_keeps_the_protest(events_of: Any) -> None:
    """ "protesters were arrested during the demonstration in Moscow": two acts, both kept."""
    codes = events_of.codes("Several protesters were arrested during the demonstration in Moscow.")
    assert {(c[0], c[2]) for c in codes} == {("173", "RUS"), ("141", "RUS")}


def test_issue_3_forces_stationed_in_a_place_are_no_deployment(events_of: Any) -> None:
    """ "French troops stationed in Chad": where they are, no deployment by Chad or by them;
    "deployed by Chad" names the deployer."""
    codes = events_of.codes("French troops stationed in Chad were put on alert.")
    assert [c for c in codes if c[0] == "154"] == []
    codes = events_of.codes("Soldiers stationed in Mali were attacked by jihadists.")
    assert [c[0] for c in codes] == ["190"]
    codes = events_of.codes("Soldiers deployed by Chad fought Boko Haram.")
    assert ("154", "MOBILIZE", "TCD", "TCD") in codes


def test_issue_3_an_act_after_another_keeps_its_own_code(events_of: Any) -> None:
    """ "ordered the army into Syria after the bombing": the bombing is a time, not the
    object of the order, so the order stays (100 TUR -> SYR)."""
    codes = events_of.codes("Erdogan ordered the army into Syria after the bombing.")
    assert ("100", "REQUEST", "TUR", "SYR") in codes
