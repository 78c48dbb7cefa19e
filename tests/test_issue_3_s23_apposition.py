"""Issue 3, twenty-third session: a past verb the parser hangs on a subject that has a name in
apposition ("X's title, Name, offered ...") heads its clause again, so the act has its doer;
the WordNet reach benchmark walks senses and hypernyms as it says."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storyline.events import syntax


def _parsed(nlp: Any, text: str) -> Any:  # noqa: ANN401 - spaCy Doc
    doc = nlp(text)
    for sent in doc.sents:
        syntax.repair_verbs_read_as_modifiers(sent)
    return doc


def test_issue_3_s23_saying_verb_second_subject(nlp: Any, events_of: Any) -> None:
    """'Oman's sultan, Name, offered to mediate ..., his office said': the parser makes the
    sultan a second subject of 'said' and 'offered' his modifier; the offer is Oman's."""
    text = ("Oman's sultan, Haitham bin Tarik, offered to mediate between Iran and the United "
            "States, his office said in a statement on Monday.")
    offered = next(t for t in _parsed(nlp, text) if t.lower_ == "offered")
    assert offered.dep_ == "ccomp" and offered.head.lower_ == "said"
    assert [c.lower_ for c in offered.children if c.dep_ == "nsubj"] == ["sultan"]
    found = [(e.code, e.source.country) for e in events_of(text) if e.source is not None]
    assert ("039", "OMN") in found


def test_issue_3_s23_saying_verb_second_subject_without_apposition(nlp: Any,
                                                                   events_of: Any) -> None:
    """'Masked men set upon a lawyer ..., his colleagues said': the parser makes the men a
    second subject of 'said' and 'set' their modifier; the assault is theirs (182). A doer
    'armed with machetes' keeps its later verb: the kill is read, not the arming."""
    text = ("Masked men set upon a prominent opposition lawyer outside his home in Harare on "
            "Friday, beating him with sticks until he fainted, his colleagues said.")
    set_upon = next(t for t in _parsed(nlp, text) if t.lower_ == "set")
    assert (set_upon.dep_, set_upon.head.lower_) == ("ccomp", "said")
    assert "182" in [e.code for e in events_of(text)]
    armed = ("Gunmen armed with rifles killed at least 12 farmers in a dawn raid on a village in "
             "Plateau state, a local official said.")
    assert next(t for t in _parsed(nlp, armed) if t.lower_ == "armed").dep_ == "acl"
    assert [(e.code, e.trigger) for e in events_of(armed)] == [("190", "killed")]


def test_issue_3_s23_noun_root_after_verb_is_its_object(nlp: Any, events_of: Any) -> None:
    """'Brazil's foreign minister, Name, rejected on Tuesday proposals from the United States':
    the minister's rejection of the United States' proposals (120 BRA -> USA)."""
    text = ("Brazil's foreign minister, Mauro Vieira, rejected on Tuesday proposals from the "
            "United States that his country join the blockade.")
    rejected = next(t for t in _parsed(nlp, text) if t.lower_ == "rejected")
    assert rejected.dep_ == "ROOT"
    events = [(e.code, e.source.country, e.target.country) for e in events_of(text)
              if e.source is not None and e.target is not None]
    assert ("120", "BRA", "USA") in events


def test_issue_3_s23_parsed_clauses_are_left_alone(nlp: Any) -> None:
    """A sentence the parser reads right keeps its parse: the verb already heads it, and a
    participle on a subject whose clause has a verb of its own stays a modifier."""
    right = _parsed(nlp, "Kenya's president, William Ruto, sacked his cabinet on Friday.")
    sacked = next(t for t in right if t.lower_ == "sacked")
    assert sacked.dep_ == "ROOT"
    assert [c.lower_ for c in sacked.children if c.dep_ == "nsubj"] == ["president"]
    kept = _parsed(nlp, "The minister, a former general, accused by the opposition of graft, "
                        "resigned on Monday.")
    accused = next(t for t in kept if t.lower_ == "accused")
    assert (accused.dep_, accused.head.lower_) == ("acl", "minister")
    assert next(t for t in kept if t.lower_ == "resigned").dep_ == "ROOT"


def test_issue_3_s23_wordnet_reach_walks_senses_and_hypernyms(tmp_path: Path) -> None:
    """benchmarks/wordnet_reach.py reads WordNet's verb files and finds the code of the first
    coded synset within the asked senses and hypernym steps (a hand-written two-verb file)."""
    import offset_sets

    reach = offset_sets.import_builder("wordnet_reach")
    (tmp_path / "index.verb").write_text(
        "  1 licence line\n"
        "pummel v 1 1 @ 1 0 00000002\n"
        "wallop v 2 1 @ 2 0 00000003 00000001\n", encoding="latin-1")
    (tmp_path / "data.verb").write_text(
        "  1 licence line\n"
        "00000001 35 v 01 attack 0 000 | hit\n"
        "00000002 35 v 01 pummel 0 001 @ 00000001 v 0000 | strike\n"
        "00000003 35 v 01 wallop 0 001 @ 00000002 v 0000 | strike hard\n", encoding="latin-1")
    index, synsets = reach.read_wordnet(tmp_path)
    assert index["wallop"] == ["00000003", "00000001"]
    assert synsets["00000003"] == (["wallop"], ["00000002"])
    coded = {"00000001": "190"}
    assert reach.reach("pummel", 1, 0, index, synsets, coded) is None
    assert reach.reach("pummel", 1, 1, index, synsets, coded) == "190"
    assert reach.reach("wallop", 1, 1, index, synsets, coded) is None  # two steps away
    assert reach.reach("wallop", 1, 2, index, synsets, coded) == "190"
    assert reach.reach("wallop", 2, 0, index, synsets, coded) == "190"  # its second sense


def test_issue_3_s23_title_subject_takes_the_name_in_apposition(events_of: Any) -> None:
    """"France's president, Emmanuel Macron, condemned ...": the subject's head is the title,
    and the event's source is the person the apposition names, with the title's codes; a title
    with no name stays the title's actor."""
    named = events_of("France's president, Emmanuel Macron, condemned the attack on Sunday.")
    assert [(e.source.name, e.source.country, e.source.sector) for e in named
            if e.source is not None] == [("Emmanuel Macron", "FRA", "GOV")]
    bare = events_of("Russia's foreign minister accused Washington of meddling in the vote.")
    assert [(e.source.name, e.source.country) for e in bare if e.source is not None] == [
        (None, "RUS")]


def test_issue_3_s23_wordnet_reach_names_a_bad_file(tmp_path: Path) -> None:
    """A file that is not WordNet's format fails with its path and line, not a traceback
    from deep inside the walk."""
    import offset_sets

    reach = offset_sets.import_builder("wordnet_reach")
    (tmp_path / "index.verb").write_text("  licence\nnot a record\n", encoding="latin-1")
    (tmp_path / "data.verb").write_text("", encoding="latin-1")
    with pytest.raises(ValueError, match=r"index\.verb:2: not a WordNet 3\.0 record line"):
        reach.read_wordnet(tmp_path)


def test_issue_3_s23_conflibert_readers_name_bad_lines(tmp_path: Path) -> None:
    """The ConfliBERT readers meet a file they cannot read, a line without a tab or class, a
    token without a BIO tag and a stray tag with a BAD_GOLD error naming the file and line."""
    from storyline.errors import Code, StorylineError
    from storyline.evaluate import events_gold as g

    binary = tmp_path / "cameo_ner_bad.txt"
    binary.write_bytes(b"\xff\xfe\x00token O\n")
    quad = tmp_path / "cameo_class_bad.tsv"
    quad.write_text("Troops shelled the town\t4\nno tab here\n", encoding="utf-8")
    bio = tmp_path / "cameo_ner_tag.txt"
    bio.write_text("Troops B-S\nshelled O\n\nfired\n", encoding="utf-8")
    stray = tmp_path / "cameo_ner_stray.txt"
    stray.write_text("Troops 4\n", encoding="utf-8")
    for path, reader, where in ((binary, g.read_bio, "cameo_ner_bad.txt: "),
                                (quad, g.read_quad_tsv, "cameo_class_bad.tsv:2: "),
                                (bio, g.read_bio, "cameo_ner_tag.txt:4: "),
                                (stray, g.read_bio, "cameo_ner_stray.txt:1: ")):
        with pytest.raises(StorylineError) as caught:
            reader(path)
        assert caught.value.code is Code.BAD_GOLD and where in str(caught.value), caught.value
    good = tmp_path / "cameo_ner_good.txt"
    good.write_text("Troops B-S\nshelled O\nPe O\nñ O\na B-T\n\n", encoding="utf-8")
    assert [(s.text, s.sources) for s in g.read_bio(good)] == [("Troops shelled Peña", [(0, 6)])]


def test_issue_3_s23_written_text_keeps_lone_letters() -> None:
    """Written text (the class file) keeps a lone accented word apart: only split tokens
    rejoin a word split at a letter."""
    from storyline.evaluate import events_gold as g

    assert g.detokenise("vamos à praia".split(), tokenised=False)[0] == "vamos à praia"
    assert g.detokenise("Pe ñ a".split())[0] == "Peña"
