"""Issue 3, twenty-sixth session: mends after a review helper probed the session's new rules
with sentences of its own (phone calls that swallowed the act they were made for, a summons
or a request read as a call, announced domestic relief read as aid, training as a promise,
a warning's receiver read as a second object, own equipment given up read as aid)."""

from __future__ import annotations

from typing import Any


def _coded(events: list[Any]) -> list[tuple[str, str | None, str | None]]:
    return [(e.code, e.source and e.source.country, e.target and e.target.country)
            for e in events]


def test_issue_3_s26_call_keeps_the_act_it_was_made_for(events_of: Any) -> None:
    """'phoned X to warn him': the call and the warning are both told; only talk ('to
    discuss', 'to congratulate') is the call itself."""
    found = _coded(events_of("Erdogan phoned Armenian Prime Minister Nikol Pashinyan to warn "
                             "him against closing the corridor."))
    assert ("130", "TUR", "ARM") in found
    found = _coded(events_of("On Monday, Chilean Foreign Minister Alberto van Klaveren called "
                             "Peruvian Foreign Minister Javier Gonzalez-Olaechea to discuss the "
                             "border."))
    assert found == [("041", "CHL", "PER")]


def test_issue_3_s26_summons_or_request_is_no_call(events_of: Any) -> None:
    """A title asked to act on others ('called the army chief to brief the cabinet') or an
    ambassador called in is no phone call between the two."""
    assert all(c != "041" for c, _, _ in _coded(events_of(
        "The Ghanaian president called the army chief to brief the cabinet on security.")))
    assert all(c != "041" for c, _, _ in _coded(events_of(
        "Peru's foreign ministry called the Chilean ambassador to express its displeasure.")))


def test_issue_3_s26_domestic_relief_announced_is_no_aid(events_of: Any) -> None:
    """'announced relief for borrowers', 'grants for universities': a state's own spending,
    no aid pledged (033); aid announced for a state still is."""
    assert all(c[:2] != "03" for c, _, _ in _coded(events_of(
        "The central bank announced relief for borrowers hit by high interest rates.")))
    assert all(c[:2] != "03" for c, _, _ in _coded(events_of(
        "The Danish government announced grants for universities to study the climate.")))
    assert _coded(events_of("Spain announced new aid to Bolivia.")) == [("033", "ESP", "BOL")]


def test_issue_3_s26_training_promises_nothing(events_of: Any) -> None:
    """'trained soldiers for six weeks' is no intent (030, the dictionary's PREPARE block);
    'trains Iraqi pilots' keeps the dictionary's pattern for pilots (0312)."""
    assert all(c != "030" for c, _, _ in _coded(events_of(
        "The French military trained Senegalese soldiers for six weeks.")))
    assert ("0312", "USA", "IRQ") in _coded(events_of(
        "The US military trains Iraqi pilots at the request of the government in Baghdad."))


def test_issue_3_s26_warning_receiver_read_as_object(events_of: Any) -> None:
    """'gave Serbian President Vucic a clear warning about X', Vucic parsed as a first
    object: the warning is aimed at him, not at the giver's own state."""
    found = _coded(events_of("The U.S. envoy gave Serbian President Aleksandar Vucic a clear "
                             "warning about the Kosovo border."))
    assert found == [("130", "USA", "SRB")]


def test_issue_3_s26_own_equipment_given_up_is_no_aid(events_of: Any) -> None:
    """An army handing over its own equipment gives it up; equipment handed to a state is
    aid (070)."""
    assert all(c != "070" for c, _, _ in _coded(events_of(
        "The Afghan army handed over its equipment to the Taliban after surrendering.")))
    assert _coded(events_of("Italy handed over medical equipment to Tunisia.")) == [
        ("070", "ITA", "TUN")]
