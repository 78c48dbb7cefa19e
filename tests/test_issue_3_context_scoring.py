"""Scoring a sentence inside its article: the ``<Context>`` element, the scorer's filter to the
sentence's own events, and the offset builders' ``--context`` output."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from offset_sets import import_builder
from storyline.evaluate import events_gold as g
from storyline.evaluate.events import score_sentences

pytestmark = pytest.mark.issue(3)

ATTACK = "Russian troops shelled Ukrainian villages near Kharkiv on Monday. "
MEETING = "Germany's chancellor met the French president in Berlin on Tuesday."
ARTICLE = "Talks After Shelling.\n\nBy Jane Doe\n\n" + ATTACK + MEETING + "\n"


def test_issue_3_petrarch_xml_reader_reads_the_context(tmp_path: Path) -> None:
    path = tmp_path / "ctx.xml"
    path.write_text(
        '<Sentences><Sentence id="a-1"><EventCoding eventcode="040" sourcecode="DEUGOV" '
        'targetcode="FRAGOV"/><Context>Headline.\n\nFirst  line. </Context>'
        f"<Text>{MEETING}</Text></Sentence>"
        f'<Sentence id="b-1"><EventCoding noevents="True"/><Text>{MEETING}</Text></Sentence>'
        "</Sentences>", "utf-8")
    first, second = g.read_petrarch_xml(path)
    assert first.context == "Headline.\n\nFirst  line. " and first.text == MEETING
    assert second.context == ""


def test_issue_3_scorer_counts_only_the_sentences_own_events() -> None:
    """The shelling told in the context is no system event of the scored sentence: with the
    context the meeting is the only event; the same text scored as one sentence has both."""
    meeting = g.GoldEvent("CONSULT", "040", {"DEU"}, {"FRA"}, {"met"})
    in_context = score_sentences([g.GoldSentence("m", MEETING, [meeting], context=ATTACK)])
    assert in_context["n_in_context"] == 1
    assert in_context["n_system_events"] == 1 and in_context["event_precision"] == 1.0
    assert in_context["event_recall"] == 1.0 and in_context["target_country_accuracy"] == 1.0
    whole = score_sentences([g.GoldSentence("m", ATTACK + MEETING, [meeting])])
    assert whole["n_in_context"] == 0 and whole["n_system_events"] == 2
    assert whole["event_precision"] == 0.5


@pytest.fixture(scope="module")
def polnear() -> ModuleType:
    """The offset builders' shared module, imported the way it runs (its folder on sys.path)."""
    return import_builder("cameo_polnear")


def test_issue_3_offset_builder_writes_the_article_before_each_sentence(
        polnear: ModuleType, tmp_path: Path) -> None:
    """``build_offsets(..., context=True)`` gives each sentence the exact text before it in its
    article; without it no ``<Context>`` is written; the CLI flag picks the context build."""
    start = ARTICLE.index(MEETING)
    codings = tmp_path / "codings.jsonl"
    codings.write_text(json.dumps({
        "doc": "a.txt", "start": start, "end": start + len(MEETING),
        "text_sha1": polnear.sha1(MEETING), "events": []}) + "\n", "utf-8")
    xml = polnear.build_offsets(codings, lambda doc: ARTICLE, polnear.sentence_xml, True)
    (sentence,) = ET.fromstring(xml).findall("Sentence")
    assert sentence.findtext("Context") == ARTICLE[:start]
    assert sentence.findtext("Text") == MEETING
    plain = polnear.build_offsets(codings, lambda doc: ARTICLE, polnear.sentence_xml)
    assert "<Context>" not in plain
    out = tmp_path / "out.xml"
    def build(shared: Path, context: bool) -> str:
        return "in context" if context else "plain"

    assert polnear.run_cli([str(out), "--context"], "doc", build, print, with_context=True) == 0
    assert out.read_text("utf-8") == "in context"
    assert polnear.run_cli([str(out)], "doc", build, print, with_context=True) == 0
    assert out.read_text("utf-8") == "plain"
    with pytest.raises(SystemExit):  # a set built from lone sentences has no --context
        polnear.run_cli([str(out), "--context"], "doc", build, print)
