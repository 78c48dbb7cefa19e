"""Session 22, left22: the ConfliBERT gold readers rebuild written text from split tokens, and
the review leftovers (told reach, aux subject, forgetting an article, merge ties, near-copies)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from storyline.evaluate import events_gold as g


@pytest.mark.parametrize(("tokens", "text"), [
    ("Tehran ’ s envoy met the U.S . team".split(), "Tehran’s envoy met the U.S. team"),
    ("Oslo 's mayor ( AP ) said , quietly .".split(), "Oslo's mayor (AP) said, quietly."),
    ("a pro - Kurdish rally of 2 , 500 people cost $ 1 . 5 million".split(),
     "a pro-Kurdish rally of 2,500 people cost $1.5 million"),
    ("they ' re sure he don ’ t know the chargé d ' affaires".split(),
     "they're sure he don’t know the chargé d'affaires"),
    ("the Farmers ’ Union called it “ a farce ” and ' odd ' .".split(),
     "the Farmers’ Union called it “a farce” and 'odd'."),
    ("on May 12 , 2019 the Bakers ' guild met -- - - in Jos é Pe ñ a Hall".split(),
     "on May 12, 2019 the Bakers' guild met -- -- in José Peña Hall"),
    ('he said " no " .'.split(), 'he said "no".'),
])
def test_detokenise_rebuilds_written_text(tokens: list[str], text: str) -> None:
    got, offsets = g.detokenise(tokens)
    assert got == text
    assert [got[a:b] for a, b in offsets] == tokens


def test_detokenise_keeps_a_spaced_dash_in_written_text() -> None:
    text, _ = g.detokenise("the city - a port - fell".split(), tokenised=False)
    assert text == "the city - a port - fell"
    assert g.detokenise("the city - a port".split())[0] == "the city-a port"


def test_read_bio_maps_spans_onto_rebuilt_text(tmp_path: Path) -> None:
    path = tmp_path / "cameo_ner_mine.txt"
    path.write_text("\n".join([
        "Ruritania B-S", "’ I-S", "s I-S", "army I-S", "shelled O", "the O", "U.S O", ". O",
        "- O", "backed O", "( O", "AP B-T", ") O", "camp B-T", ". O", "",
        "Police B-S", "held O", "Jan B-T", ". O", "",
    ]) + "\n", "utf-8")
    first, second = g.read_bio(path)
    assert first.text == "Ruritania’s army shelled the U.S.-backed (AP) camp."
    assert [first.text[a:b] for a, b in first.sources] == ["Ruritania’s army"]
    assert [first.text[a:b] for a, b in first.targets] == ["AP", "camp"]
    assert second.text == "Police held Jan."
    assert [second.text[a:b] for a, b in second.targets] == ["Jan"]


def test_read_quad_tsv_mends_stray_tokenised_marks(tmp_path: Path) -> None:
    path = tmp_path / "cameo_class_mine.tsv"
    path.write_text("Ruritania 's army shelled the port , officials said .\t4\n"
                    "The town - a port - fell to rebels.\t4\n", "utf-8")
    assert g.read_quad_tsv(path) == [
        ("Ruritania's army shelled the port, officials said.", 4),
        ("The town - a port - fell to rebels.", 4)]


def _frame_at(nlp: Any, text: str, word: str) -> tuple[Any, Any]:  # noqa: ANN401 - spaCy
    """A bare frame on ``word`` of the parsed ``text`` (the detector's sentence set to it)."""
    from storyline.events import detect

    doc = nlp(text)
    sent = next(iter(doc.sents))
    detect.frames_in_sentence(sent)  # sets the sentence the helpers read
    tok = next(t for t in doc if t.text == word)
    return detect.Frame("190", tok.text, (tok.idx, tok.idx + len(tok.text))), doc


def _told(frame: Any, text: str) -> str:  # noqa: ANN401 - a Frame
    return text[frame.trigger_span[0] + frame.told_reach[0]:
                frame.trigger_span[1] + frame.told_reach[1]]


def test_second_told_reach_widens_the_first(nlp: Any) -> None:
    from storyline.events import detect

    text = "An air strike killed nine people near the market."
    frame, doc = _frame_at(nlp, text, "killed")
    detect._reach_told(frame, next(t for t in doc if t.text == "strike"))
    detect._reach_told(frame, next(t for t in doc if t.text == "people"))
    assert _told(frame, text) == "strike killed nine people"
    assert frame.trigger == "killed"  # the rules still read the verb alone
    detect._join_trigger(frame, next(t for t in doc if t.text == "market"))
    assert frame.trigger == "killed nine people near the market"
    assert _told(frame, text) == "strike killed nine people near the market"


def test_told_reach_clipped_to_the_roles_line() -> None:
    from storyline.events import detect
    from storyline.events.extract import _told_within

    frame = detect.Frame("190", "killed", (20, 26), told_reach=(-15, 10))
    _told_within(frame, 12, 30)
    assert frame.told_reach == (-8, 4)
    _told_within(frame, 0, 40)
    assert frame.told_reach == (-8, 4)


def _built_doc(rows: list[tuple[str, str, str, str, int, str]]) -> Any:  # noqa: ANN401 - Doc
    """A parsed Doc given token by token: (word, lemma, POS, tag, head index, dep)."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=[r[0] for r in rows], lemmas=[r[1] for r in rows],
               pos=[r[2] for r in rows], tags=[r[3] for r in rows],
               heads=[r[4] for r in rows], deps=[r[5] for r in rows])


def test_aux_subject_keeps_the_verbs_own_agent() -> None:
    from storyline.events.syntax import subject_and_agent

    # "Envoys are mediating and were praised by Oslo", the subject hung on "are"
    doc = _built_doc([
        ("Envoys", "envoy", "NOUN", "NNS", 1, "nsubj"), ("are", "be", "AUX", "VBP", 2, "aux"),
        ("mediating", "mediate", "VERB", "VBG", 2, "ROOT"), ("and", "and", "CCONJ", "CC", 2, "cc"),
        ("were", "be", "AUX", "VBD", 5, "auxpass"), ("praised", "praise", "VERB", "VBN", 2, "conj"),
        ("by", "by", "ADP", "IN", 5, "agent"), ("Oslo", "Oslo", "PROPN", "NNP", 6, "pobj")])
    subject, agent, _ = subject_and_agent(doc[5])
    assert subject is not None and subject.text == "Envoys"
    assert agent is not None and agent.text == "Oslo"
    # and a verb with no agent of its own borrows none from the verb it hangs on
    doc = _built_doc([
        ("Envoys", "envoy", "NOUN", "NNS", 1, "nsubj"), ("were", "be", "AUX", "VBD", 2, "auxpass"),
        ("sent", "send", "VERB", "VBN", 2, "ROOT"), ("by", "by", "ADP", "IN", 2, "agent"),
        ("Oslo", "Oslo", "PROPN", "NNP", 3, "pobj"), ("and", "and", "CCONJ", "CC", 2, "cc"),
        ("mediated", "mediate", "VERB", "VBD", 2, "conj")])
    subject, agent, passive = subject_and_agent(doc[6])
    assert subject is not None and subject.text == "Envoys" and agent is None
    assert subject_and_agent(doc[2])[:2] == (doc[0], doc[4])


@pytest.fixture
def learned_mem() -> Any:  # noqa: ANN401 - yields (kb module, store key, Learned, announced)
    from storyline.actors import kb

    key, heard = "left22-test-store", []
    learned = kb._LEARNED[key] = kb.Learned()
    kb._LISTENERS.append(heard.append)
    yield kb, key, learned, heard
    kb._LISTENERS.remove(heard.append)
    kb._LEARNED.pop(key, None)


def test_forgetting_an_article_restores_no_alias_only_it_taught(learned_mem: Any) -> None:
    kb, key, learned, _ = learned_mem
    learned.add("zed group", kb.Coded("Zed Group", "FRA", "REB", None, "act1", "article:A",
                                      "2019-01-01"))
    learned.add("zed front", kb.Coded("Zed Group", "FRA", "REB", None, "act1", "article:B",
                                      "2020-01-01"))
    learned.add("zed group", kb.Coded("Zed Group", "FRA", "REB", None, "act1", "article:B",
                                      "2020-01-01"))
    kb.forget_article("B", key)
    assert "zed front" not in learned.names  # only B called it that
    assert learned.names["zed group"]["act1"].source == "article:A"  # A's own alias is back


def test_forgetting_an_outranked_office_tells_the_cache(learned_mem: Any) -> None:
    kb, key, learned, heard = learned_mem
    learned.add("zed group", kb.Coded("Zed Group", "FRA", "REB", None, "act1", "article:A",
                                      "2020-01-01"))
    learned.add("zed group", kb.Coded("Zed Group", "FRA", "GOV", None, "act1", "article:B",
                                      "2015-01-01"))
    assert learned.names["zed group"]["act1"].source == "article:A"  # B's is history only
    heard.clear()
    kb.forget_article("B", key)
    assert "zed group" in heard  # a dated lookup read B's office: the phrase cache forgets it
    assert set(learned.history["act1"]) == {"2020-01-01"}


@pytest.mark.parametrize("dates", [("2020-05-01",) * 3, ("2020-05-01", "2020-05-01", "2019-01-01")])
def test_store_merge_same_date_tie_is_order_free(dates: tuple[str, str, str]) -> None:
    """Same-dated articles stating different codes: the side stating more codes, then the
    greater codes, wins, whatever order the three articles are folded in; an earlier article
    restating a loser's codes moves nothing."""
    from functools import reduce
    from itertools import permutations

    from storyline.records import Actor
    from storyline.store.db import merge_actor

    def stated(source: str, date: str, sector: str | None, role: str | None) -> Actor:
        return Actor(id="k", name="Ada Vole", aliases=["Vole"] if source == "b" else [],
                     country="FRA", sector=sector, role=role, valid_from=date,
                     source=f"article:{source}")

    three = [stated("a", dates[0], "GOV", "Minister"), stated("b", dates[1], "MIL", "General"),
             stated("c", dates[2], "GOV", "Minister" if dates[2] != dates[0] else None)]
    folded = {(m.country, m.sector, m.role, m.valid_from, m.source, tuple(m.aliases))
              for m in (reduce(merge_actor, order) for order in permutations(three))}
    assert folded == {("FRA", "MIL", "General", "2020-05-01", "article:b", ("Vole",))}


def test_conflibert_slice_reader_stops_at_the_slice(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import conflibert_slices as cs

    bio = tmp_path / "ner.txt"
    bio.write_text("A B-S\nfled O\n\n\nB B-T\nwept O\n\nC O\nsat O\n\nD O\n", "utf-8")
    assert list(cs.bio_sentences(bio, 1, 3)) == ["B B-T\nwept O\n\n", "C O\nsat O\n\n"]
    assert list(cs.bio_sentences(bio, 3, 9)) == ["D O\n\n"]
    tsv = tmp_path / "class.tsv"
    tsv.write_text("one\t1\ntwo\t2\nthree\t3\n", "utf-8")
    assert list(cs.tsv_rows(tsv, 1, 2)) == ["two\t2\n"]
    assert cs._span("1100:") == (1100, sys.maxsize) and cs._span(":900") == (0, 900)
