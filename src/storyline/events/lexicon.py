"""Which predicates are events and with which CAMEO code: our table first, then PETRARCH2's.

Our own table covers the verbs and nouns of international news where the PETRARCH2 dictionary
is missing, too broad or codes a statement; everything else falls back to the dictionary.
"""

from __future__ import annotations

from collections.abc import Iterable

from storyline.events.verbs import EXCLUDED_ROOTS, petrarch_verbs

# lemma (with particle, "call for") -> CAMEO code
VERB_CODES: dict[str, str] = {
    "visit": "042", "tour": "042", "arrive": "042", "travel": "042", "fly": "042",
    "host": "043", "receive": "043",
    "meet": "040", "confer": "040", "consult": "040", "discuss": "040", "talk": "040",
    "phone": "041", "telephone": "041", "negotiate": "046", "mediate": "045",
    "praise": "051", "commend": "051", "hail": "051", "laud": "051", "applaud": "051",
    "thank": "051", "congratulate": "051", "endorse": "051", "back": "051",
    "defend": "052", "apologize": "055", "apologise": "055", "forgive": "056", "sign": "057",
    "support": "050", "recognize": "054",
    "cooperate": "060", "collaborate": "060",
    "aid": "070", "donate": "070", "deliver": "070",
    "release": "0841", "free": "0841", "withdraw": "0872",
    "investigate": "090", "probe": "090",
    "demand": "100", "urge": "020", "appeal": "020", "ask": "020", "request": "020",
    "call for": "020", "press": "020", "plead": "020",
    "criticize": "111", "criticise": "111", "condemn": "111", "denounce": "111",
    "blast": "111", "slam": "111", "rebuke": "111", "scoff": "111", "chide": "111",
    "accuse": "112", "blame": "112", "charge": "112",
    "reject": "120", "refuse": "120", "dismiss": "120", "oppose": "120", "veto": "129",
    "defy": "128", "resist": "120",
    "warn": "130", "threaten": "130",
    "protest": "140", "demonstrate": "141", "rally": "141", "march": "141", "riot": "145",
    "boycott": "143", "strike": "143", "block": "144", "blockade": "191",
    "mobilize": "154", "mobilise": "154", "deploy": "154", "mass": "154",
    "sanction": "163", "expel": "166", "suspend": "160", "sever": "161", "cut": "160",
    "arrest": "173", "detain": "173", "jail": "173", "imprison": "173", "deport": "174",
    "seize": "171", "confiscate": "1711", "ban": "1722", "abduct": "181", "kidnap": "181",
    "hijack": "181", "torture": "1822", "assassinate": "186",
    "attack": "190", "fight": "190", "clash": "190", "raid": "190", "invade": "190",
    "occupy": "192", "shell": "194", "bombard": "194", "bomb": "195", "kill": "190",
    "shoot": "193", "massacre": "202",
}

# nouns that head an event phrase ("a visit to", "talks with", "sanctions on")
NOUN_CODES: dict[str, str] = {
    "visit": "042", "trip": "042", "tour": "042", "arrival": "042", "stay": "042",
    "talk": "040", "meeting": "040", "summit": "040", "consultation": "040",
    "dialogue": "040", "discussion": "040", "conversation": "040",
    "negotiation": "046", "mediation": "045", "call": "041",
    "praise": "051", "criticism": "111", "condemnation": "111", "accusation": "112",
    "warning": "130", "threat": "130", "ultimatum": "139",
    "protest": "140", "demonstration": "141", "boycott": "143",
    "sanction": "163", "embargo": "163", "expulsion": "166",
    "arrest": "173", "deportation": "174",
    "attack": "190", "offensive": "190", "invasion": "190", "occupation": "192",
    "airstrike": "195", "bombing": "195", "shelling": "194", "welcome": "043",
}

# statement and generic verbs: never events, whatever the dictionary says (no "010" flood)
NEVER_EVENTS = frozenset({
    "say", "tell", "quote", "cite", "add", "note", "state", "report", "announce", "claim",
    "refer", "mention", "take", "make", "give", "get", "go", "come", "put", "set", "do", "deal",
    "conclude", "break", "keep", "see", "find", "show", "let", "become", "remain", "seem", "use",
    "bring", "believe", "think", "know", "want", "need", "look", "include", "reach", "face",
    "hold", "have", "be", "lead", "leave", "run", "turn", "call", "ask", "write", "read",
})
# protest verbs that mean "show" when they take an object ("demonstrating its support")
INTRANSITIVE_ONLY = frozenset({"demonstrate", "rally", "march", "strike", "mass"})
# verbs/adjectives of commitment: their "to" complement becomes an intent (CAMEO 03) event
COMMIT_WORDS = frozenset({
    "vow", "pledge", "promise", "agree", "offer", "commit", "willing", "ready", "prepared",
    "determined", "decide", "resolve", "eager", "accept",
})
# verbs of plan or wish: the complement keeps its code, modality "intended"
INTENT_WORDS = frozenset({
    "plan", "intend", "want", "hope", "seek", "aim", "expect", "prepare", "try", "attempt",
    "wish", "mean", "schedule", "set", "likely", "going",
})
# light verbs whose object noun carries the event ("hold talks", "pay a visit")
LIGHT_VERBS = frozenset({
    "hold", "have", "conduct", "make", "pay", "embark", "begin", "start", "launch", "carry",
    "stage", "impose", "issue", "engage", "give", "continue", "resume", "host", "attend", "join",
    "express", "voice", "level", "lodge", "deliver", "end", "undertake", "conclude",
})
# when a commitment verb governs a complement of this CAMEO root, the intent code
INTENT_BY_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
                  "18": "138", "19": "138", "17": "130"}
INTENT_BY_CODE = {"061": "0311", "062": "0312", "063": "0313", "064": "0314",
                  "071": "0331", "072": "0332", "073": "0333", "074": "0334"}


def code_for_verb(lemma: str, particle: str | None, context: Iterable[str]) -> tuple[str, bool]:
    """CAMEO code for a verb lemma (+ particle) given the words after it; "" if not an event.

    Returns (code, from_own_table): our table wins; PETRARCH2 patterns refine its entries.
    """
    for key in ((f"{lemma} {particle}",) if particle else ()) + (lemma,):
        if key in VERB_CODES:
            return VERB_CODES[key], True
    if lemma in NEVER_EVENTS and not particle:
        return "", False
    entry = petrarch_verbs().get(f"{lemma} {particle}" if particle else lemma)
    entry = entry or petrarch_verbs().get(lemma)
    if entry is None:
        return "", False
    words = set(context)
    best, size = entry.code or "", 0
    for pattern in entry.patterns:
        if len(pattern.words) > size and all(alt & words for alt in pattern.words):
            best, size = pattern.code, len(pattern.words)
    if best[:2] in EXCLUDED_ROOTS:
        return "", False
    return best, False


def intent_code(code: str) -> str:
    """The CAMEO 03 (express intent) code for a committed-to action; threats for violence."""
    if code in INTENT_BY_CODE:
        return INTENT_BY_CODE[code]
    return INTENT_BY_ROOT.get(code[:2], "030" if code[:2] < "09" else code)
