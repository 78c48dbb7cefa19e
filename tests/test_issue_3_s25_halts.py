"""Issue 3, twenty-fifth session: acts told by a noun or a passive whose doer stands
elsewhere: a capture named by its noun, people driven across a frontier, a halt told in the
passive with the halted thing's owner, an envoy ordered home, a hijacked airliner, and
dailies as news outlets."""

from __future__ import annotations

from typing import Any


def _coded(events: list[Any]) -> list[tuple[str, str | None, str | None]]:
    return [(e.code, e.source and e.source.country, e.target and e.target.country)
            for e in events]


def test_issue_3_s25_capture_noun_by_what_is_taken(events_of: Any) -> None:
    """'the capture of X by Y': a named person is arrested (173), a named place occupied
    (192); a capture of carbon is no event."""
    found = _coded(events_of("The capture of the guerrilla chief Ramon Ibarra by Peruvian "
                             "police in Lima set off riots."))
    assert ("173", "PER", "PER") in found
    assert _coded(events_of("The capture of Kuito by rebels forced thousands to flee.")) == [
        ("192", "AGO", "AGO")]
    assert events_of("The capture of carbon by old forests is slow.") == []


def test_issue_3_s25_driven_across_the_frontier(events_of: Any) -> None:
    """People driven across a border by a force are expelled: by the thousands 201, a few
    174; a driver crossing a border expels no one."""
    assert _coded(events_of("About 30,000 Haitian cane cutters were driven across the border "
                            "by the Dominican army last month.")) == [("201", "DOM", "HTI")]
    found = _coded(events_of("Dominican soldiers drove 40 Haitian migrants across the border."))
    assert [c for c, _, _ in found] == ["174"]
    assert events_of("The trader drove across the border to buy fuel.") == []


def test_issue_3_s25_passive_halt_is_the_owners(events_of: Any) -> None:
    """'X's mediation between A and B was put on hold': X halts it (165) to each side; the
    halted mediation is no event of its own, and X's mediation between A and B is X's."""
    found = _coded(events_of("Qatar's mediation between Israel and Hamas was put on hold on "
                             "Friday."))
    assert sorted(found) == [("165", "QAT", "ISR"), ("165", "QAT", "PSE")]
    found = _coded(events_of("Norway's talks with Sri Lanka were suspended on Monday."))
    assert found == [("164", "NOR", "LKA")]
    found = _coded(events_of("Qatar's mediation between Israel and Hamas resumed in Doha."))
    assert {s for _, s, _ in found} == {"QAT"}


def test_issue_3_s25_envoy_ordered_home(events_of: Any) -> None:
    """An ambassador ordered or called home is recalled (161), by the envoy's state, from
    the state served in; the passive reads 'from' as where the envoy leaves, not the doer."""
    assert _coded(events_of("Peru ordered its ambassador home from Quito.")) == [
        ("161", "PER", "ECU")]
    assert _coded(events_of("Peru's ambassador was recalled from Quito on Friday.")) == [
        ("161", "PER", "ECU")]
    sent = events_of("Peru sent its ambassador to the conference in Quito.")
    assert all(e.code != "161" for e in sent)


def test_issue_3_s25_hijacked_airliner(events_of: Any) -> None:
    """A national carrier's flight hijacked by no one named: unnamed attackers of the
    carrier's state, as for soldiers (the GSR convention for unnamed doers)."""
    found = _coded(events_of("A Kenya Airways flight with 80 passengers was hijacked on "
                             "Tuesday shortly after take-off."))
    assert found == [("181", "KEN", "KEN")]
    assert events_of("Her email account was hijacked on Tuesday.") == []


def test_issue_3_s25_dailies_are_outlets(events_of: Any) -> None:
    """Dailies and weeklies are news outlets, closed as the target of a press restriction
    (1721), no longer words of its trigger with the town taken as the target's government."""
    events = events_of("The Egyptian government closed two opposition dailies in Cairo.")
    assert [(e.code, e.trigger, e.target and e.target.sector) for e in events] == [
        ("1721", "closed", None)]
