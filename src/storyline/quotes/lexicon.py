"""Word lists behind attribution: cue verbs (speech and other), pronouns, titles, outlets."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# the speech verbs that split gold into the scorer's speech and other slices (kept fixed so
# figures stay comparable across versions; the extractor's own list below grows)
GOLD_SPEECH_CUES = frozenset(
    """
    say tell add note warn vow emphasize emphasise mention report claim deny state declare
    announce explain argue insist assert stress reiterate confirm acknowledge admit allege
    write tweet post ask answer reply respond predict promise pledge threaten urge accuse
    comment complain concede contend remark recall testify caution conclude observe quip joke
    boast charge counter maintain object propose recommend repeat demand criticize criticise
    inform assure disclose suggest estimate describe call announce brag lament retort
    speculate proclaim affirm underscore underline highlight agree blame praise question
    wonder muse explain specify clarify acknowledge reckon guess hint signal continue
    """.split()
)
SPEECH_CUES = GOLD_SPEECH_CUES | frozenset(
    "echo remind shout yell chant email retweet recount request reaffirm chide".split()
)
OTHER_CUES = frozenset(
    """
    believe think know feel hope fear expect worry doubt consider find show reveal
    indicate see understand realize realise recognize recognise suspect conclude learn
    imagine want plan intend decide prefer wish imply remember
    """.split()
)
# stance verbs whose object is the attributed position ("endorsed Clinton", "cited a poll")
STANCE_CUES = frozenset(
    """
    support endorse oppose defend reject dismiss denounce decry attack blast back seek cite
    prefer offer refuse decline welcome condemn applaud slam favor favour embrace tout champion
    like love hate fear mock highlight acknowledge discuss express challenge ridicule
    bemoan mull eschew congratulate debate tout dispute rebuke scold ignore assail downplay
    portray invoke list compare identify order deem
    """.split()
)
# verbs whose attributed content is the object of a preposition ("spoke about X", "called for X")
PREP_CUES: dict[str, frozenset[str]] = {
    lemma: frozenset(preps.split())
    for lemma, preps in {
        "talk": "about of", "speak": "about of against out", "ask": "about", "comment": "on",
        "write": "about of", "complain": "about of", "joke": "about", "tweet": "about",
        "warn": "about of against", "boast": "about of", "rail": "against", "focus": "on",
        "testify": "about on", "refer": "to", "point": "to out",
        "respond": "to", "object": "to", "campaign": "against for on",
        "protest": "against", "argue": "for against", "push": "for", "advocate": "for",
        "call": "for", "lash": "out", "weigh": "in on", "insist": "on", "vote": "for against",
        "worry": "about", "care": "about", "think": "about of", "hear": "about from",
        "criticize": "for", "praise": "for", "blame": "for", "thank": "for", "apologize": "for",
        "attack": "on", "elaborate": "on", "express": "about", "dwell": "on", "opine": "on",
    }.items()
}
CUES = SPEECH_CUES | OTHER_CUES | STANCE_CUES | frozenset(PREP_CUES)

# cues that take "to"-infinitive content ("vowed to elevate...")
XCOMP_CUES = frozenset(
    "vow promise pledge threaten refuse decline want plan intend hope seek expect".split()
)
# cues whose object noun phrase is the content ("denied the report", "announced a plan")
DOBJ_CUES = frozenset("deny announce confirm claim propose criticize criticise praise".split())

# speech cues whose object (and its complements) is what was said ("accused X of Y")
OBJECT_CUES = frozenset(
    """
    accuse call criticize criticise praise propose deny announce urge ask blame question demand
    recommend threaten promise pledge endorse
    """.split()
)
# speech cues whose bare object is an addressee or a pronoun ("told Reuters", "said this")
NO_OBJECT_CUES = frozenset(
    """
    say tell add write note post answer reply respond continue tweet see find understand
    consider decide learn know realize realise imagine recognize recognise
    """.split()
)
OBJECT_PREPS = frozenset("for of about over".split())
# nouns that make a document or message the speaker ("the statement said")
DOCUMENT_NOUNS = frozenset(
    """
    statement report document documents study survey poll data analysis letter memo email
    release communique announcement article paper intelligence record records filing
    assessment review investigation audit
    """.split()
)
# document nouns that, with "the", stand for the organisation that issued them
ISSUED_NOUNS = frozenset("statement report release communique announcement letter memo".split())
NAME_PARTICLES = frozenset("von van der den de del da di al bin le la".split())
PERSON_PRONOUNS = frozenset("he she him her".split())
PRONOUNS = frozenset("he she it they we i you him her them us me".split())
TITLES = frozenset(
    """
    mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. president minister
    secretary senator governor prime chancellor premier spokesman spokeswoman spokesperson
    """.split()
)
MEDIA_HINTS = frozenset(
    """
    news agency times post journal press tribune herald gazette television tv radio channel
    network broadcaster daily weekly shimbun reuters afp cnn bbc nbc cbs abc fox msnbc npr
    xinhua tass sputnik ria interfax bloomberg politico axios guardian telegraph economist
    """.split()
)
INTERVIEW_NOUNS = frozenset("interview interviews conversation call podcast remarks".split())

_IRREGULAR = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "find": ("found",),
    "think": ("thought",), "know": ("knew", "known"), "feel": ("felt",), "see": ("saw", "seen"),
    "understand": ("understood",), "learn": ("learnt",), "show": ("shown",),
    "seek": ("sought",), "hear": ("heard",), "mean": ("meant",), "read": ("read",),
}
_VOWELS = "aeiou"


def _doubled(lemma: str) -> set[str]:
    """Forms with a doubled final consonant ('admitted', 'referring')."""
    if len(lemma) < 3 or lemma[-1] in _VOWELS + "wxy" or lemma[-2] not in _VOWELS:
        return set()
    if lemma[-3] in _VOWELS:
        return set()
    return {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}


def _forms(lemma: str, doubled: bool = True) -> set[str]:
    """Regular inflections of a verb (approximate, for labelling gold cues)."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        third, past = lemma[:-1] + "ies", lemma[:-1] + "ied"
    else:
        past = stem + "ed"
    extra = _doubled(lemma) if doubled else set()
    return {lemma, third, past, stem + "ing", *_IRREGULAR.get(lemma, ()), *extra}


SPEECH_FORMS = frozenset(f for lemma in GOLD_SPEECH_CUES for f in _forms(lemma, False))



def is_speech_cue_text(cue: str) -> bool:
    """Whether a cue as written ("has said", "according to") is a speech cue."""
    words = [w.strip(".,:;“”\"'’").lower() for w in cue.split()]
    return cue.lower().startswith("according to") or any(w in SPEECH_FORMS for w in words)

# raising verbs whose subject and infinitive are the attributed proposition
# ("X appears to be alive", "X is expected to win"); the source is left unnamed
RAISING_CUES = frozenset("seem appear expect".split())
# adjectives of knowledge or stance taking a clause ("was keenly aware that ...")
STANCE_ADJECTIVES = frozenset(
    """
    aware confident convinced sure certain hopeful optimistic pessimistic worried concerned
    afraid adamant skeptical sceptical unaware unsure doubtful fearful insistent
    """.split()
)
# nouns that denote a proposition ("the claim that ...", "his belief that ...")
CLAIM_NOUNS = frozenset(
    """
    claim belief view statement report assertion argument suggestion allegation assessment
    promise warning hope fear notion idea opinion conclusion contention insistence
    accusation charge prediction assurance pledge vow concern suspicion rumor rumour
    message threat theory expectation sense impression evidence consensus
    """.split()
)
# nouns of intention or commitment whose 'to'-infinitive is the attributed position
INTENT_NOUNS = frozenset(
    "decision plan promise pledge vow threat refusal call push bid proposal request demand "
    "desire intention determination willingness".split()
)
# stance nouns whose prepositional object is the attributed position ("criticism of X")
NOUN_PREP_CUES: dict[str, frozenset[str]] = {
    noun: frozenset(preps.split())
    for noun, preps in {
        "criticism": "of", "critique": "of", "support": "for", "attack": "on", "attacks": "on",
        "opposition": "to", "concern": "about over", "concerns": "about over", "praise": "for",
        "endorsement": "of", "assessment": "of", "faith": "in", "supporter": "of",
        "opponent": "of", "defense": "of", "defence": "of", "backing": "of for",
        "demand": "for", "admiration": "for", "disdain": "for", "contempt": "for",
        "skepticism": "about of", "remarks": "about on",
        "comments": "about on", "reference": "to", "doubt": "about", "doubts": "about",
        "call": "for", "calls": "for", "hostility": "to toward towards", "commitment": "to",
        "embrace": "of", "rejection": "of", "condemnation": "of", "denunciation": "of",
        "mention": "of", "allegations": "of", "accusations": "of", "views": "of on",
    }.items()
}
# verbs that take a 'that' clause without attributing it ("made sure that", "is that")
NON_CUE_CCOMP = frozenset("be have do make ensure mean get take let so seem appear".split())
# cues that are speech only when they introduce words ("he continued: '...'"), not with an
# infinitive or a plain object ("continued to grow", "maintains a lead")
PROPOSITION_ONLY = frozenset("continue maintain".split())
# inflected cue forms -> lemma, to repair the small model's lemmas ("hopes" -> "hop")
CUE_FORMS: dict[str, str] = {
    form: lemma
    for lemma in sorted(CUES | RAISING_CUES, reverse=True)
    for form in _forms(lemma)
}


def lemma_of(tok: Token) -> str:
    """A token's lemma, repaired for cue verbs the tagger lemmatizes wrongly."""
    pos = tok.pos_  # read once: every token of a segment passes here
    if pos in ("VERB", "AUX"):
        return CUE_FORMS.get(tok.lower_, tok.lemma_)
    if pos in ("NOUN", "PROPN"):  # mistagged_cue inlined: most nouns are no cue form
        lower = tok.lower_
        cue = CUE_FORMS.get(lower)
        if cue is not None and cue != lower and any(
                c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
            return cue
    return tok.lemma_


def mistagged_cue(tok: Token) -> bool:
    """An inflected cue verb the tagger took for a noun while the parser still hung a clause
    on it ('Trump predicts that ...' with 'predicts' a NOUN): the verb, going by its clause."""
    if tok.pos_ not in ("NOUN", "PROPN") or CUE_FORMS.get(tok.lower_, tok.lower_) == tok.lower_:
        return False
    return any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)


# verbs of reporting whose 'as' clause vouches for another clause ('as the Gazette reported')
AS_CUES = frozenset("say report note write explain observe point reveal show mention state".split())

# "In a statement, ...", "In a CNN poll, ...": sentence-opening frames that attribute the clause
FRAME_NOUNS = frozenset(
    """
    statement interview speech address remarks tweet tweets post letter op-ed column essay
    book memo poll survey report study analysis editorial email message video ad
    """.split()
)
SPEECH_FRAME_NOUNS = frozenset(
    "statement interview speech address remarks tweet tweets post letter email message".split()
)
