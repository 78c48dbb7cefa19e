"""Code names, titles and descriptions: country (ISO alpha-3 or body code), sector and role.

Everything here is dictionary lookups over a handful of words, so it is cheap enough to run
on every mention. The extractor passes spaCy-derived pieces (a name, its title words, an
apposition); ``code_phrase`` does the same for a bare phrase, splitting it itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from storyline.actors.kb import (
    CAMEO_SECTORS,
    Coded,
    actor_id_for,
    bundled,
    country_name,
    ethnic_groups,
    lookup_acronym,
    lookup_bundled,
    lookup_learned,
    lookup_lone_surname,
    period_country,
)
from storyline.actors.names import NAME_PARTICLES, is_given_name, norm_key, rejoin_split
from storyline.records import ActorRef

MAX_NGRAM = 5
SECTORS = CAMEO_SECTORS
# Sectors of groups that are where things happen to them, so CAMEO codes them by where they
# live ('ethnic Albanians in Serbia', 'Palestinian refugees in Lebanon'); armed forces,
# governments and parties keep the country they serve.
RESIDENT_SECTORS = frozenset({None, "CVL", "REF", "LAB", "EDU", "AGR", "REL", "HLH", "CRM"})
PARTICLE_PREFIXES = tuple(f"{p}-" for p in sorted(NAME_PARTICLES))  # 'al-Sabah', 'el-Din'
# courtesy titles: they name no office, so 'Mr. Trump' is 'Trump' (a prominent lone surname)
COURTESY_TITLES = frozenset({"mr.", "mr", "ms.", "ms", "mrs.", "mrs", "dr.", "dr", "sir",
                             "dame", "madam", "madame", "mme."})
HONORIFICS = COURTESY_TITLES | frozenset({
    "sheikh", "sheik", "shaikh", "sayyid", "archbishop", "bishop", "cardinal", "ayatollah",
    "imam", "rabbi", "reverend", "rev."})
SKIP_WORDS = frozenset({"the", "a", "an", "'s", "'", "of", "its", "his", "her", "their", ",",
                        "and", "former", "then", "new", "current", "acting", "top"}) | HONORIFICS
# Title words whose sector the dictionaries get wrong or lack (None: take the organisation's).
TITLE_SECTORS: dict[str, str | None] = {
    "spokesman": None, "spokeswoman": None, "spokesperson": None, "spokesmen": None,
    "chief": None, "head": None, "adviser": None, "advisor": None, "aide": None,
    "director": None, "deputy": None, "secretary": "GOV", "official": "GOV",
    "officials": "GOV", "leader": "GOV", "leaders": "GOV", "foreign policy chief": "GOV",
    "elections commission": "GOV", "electoral council": "GOV", "electoral board": "GOV",
    "elections board": "GOV",  # a state's election body, as 'electoral commission' is
    "analyst": "EDU", "analysts": "EDU", "expert": "EDU", "experts": "EDU", "fellow": "EDU",
    "senior fellow": "EDU", "researcher": "EDU", "scholar": "EDU", "think tank": "EDU",
    "institute": "EDU", "academy": "EDU", "college": "EDU", "school": "EDU",
    "university": "EDU", "professor": "EDU", "lecturer": "EDU", "economist": "EDU",
    "journalist": "MED", "reporter": "MED", "correspondent": "MED", "editor": "MED",
    "newspaper": "MED", "news agency": "MED", "news": "MED", "broadcaster": "MED",
    "television": "MED", "tv": "MED", "radio": "MED", "times": "MED", "post": "MED",
    "daily": "MED", "shimbun": "MED", "journal": "MED", "gazette": "MED", "tribune": "MED",
    "herald": "MED", "press": "MED", "media": "MED", "outlet": "MED", "outlets": "MED",
    "diplomat": "GOV", "diplomats": "GOV", "ministry": "GOV", "minister": "GOV",
    "president": "GOV", "premier": "GOV", "chancellor": "GOV", "king": "GOV",
    "lawmaker": "LEG", "lawmakers": "LEG", "senator": "LEG", "congressman": "LEG",
    "congresswoman": "LEG", "mp": "LEG", "mep": "LEG", "meps": "LEG", "parliament": "LEG",
    "general": "MIL",
    "military": "MIL", "militaries": "MIL", "army": "MIL", "armed forces": "MIL",
    "ceo": "BUS", "company": "BUS", "firm": "BUS", "bank": "BUS", "negotiator": "GOV",
    "gov.": "GOV", "gov": "GOV", "sen.": "LEG", "sen": "LEG", "rep.": "LEG", "gen.": "MIL",
    "lt.": "MIL", "captain": "MIL", "colonel": "MIL", "lieutenant": "MIL", "admiral": "MIL",
    "lieutenant governor": "GOV", "lt. gov.": "GOV", "lt. governor": "GOV",
    "sergeant": "MIL", "col.": "MIL", "adm.": "MIL", "maj.": "MIL", "capt.": "MIL", "sgt.": "MIL",
    "negotiators": "GOV", "congress": "LEG", "assembly": "LEG", "national assembly": "LEG",
    "senate": "LEG", "court": "JUD", "high court": "JUD", "supreme court": "JUD",
    "jury": "JUD", "grand jury": "JUD",
    "party": "PTY", "parties": "PTY",
    "rebel": "REB", "rebels": "REB", "militant": "REB", "militants": "REB", "extremists": "REB",
    "insurgents": "REB", "guerrillas": "REB", "opposition": "OPP", "nationals": "CVL",
    "civilians": "CVL", "forces": "MIL", "troops": "MIL", "soldiers": "MIL", "navy": "MIL",
    "warships": "MIL", "police": "COP", "people": "CVL", "citizens": "CVL",
    "men": "CVL", "public": "CVL",  # the dictionaries' PPL: a crowd of their place, as people
    "residents": "CVL", "villagers": "CVL", "inhabitants": "CVL", "population": "CVL",
    "fundamentalists": "RAD", "islamic fundamentalists": "RAD",
    "aid agencies": "NGO", "aid agency": "NGO", "aid organizations": "NGO",
    "aid organisations": "NGO", "relief agencies": "NGO", "relief agency": "NGO",
    "humanitarian agencies": "NGO", "aid workers": "NGO",
    "humanitarian group": "NGO", "humanitarian groups": "NGO",
    "humanitarian organizations": "NGO", "humanitarian organisations": "NGO",
    "humanitarian organization": "NGO", "humanitarian organisation": "NGO",
    # the dictionaries' RIGHTS_GROUP by its other names
    "rights organization": "HRI", "rights organisation": "HRI", "rights organizations": "HRI",
    "rights organisations": "HRI", "rights watchdog": "HRI", "rights watchdogs": "HRI",
    # an international mission's (Phoenix PEACEKEEPING_TROOPS [IGO~]); a national one's are
    # their country's MIL (_national_peacekeepers)
    "peacekeeper": "IGO", "peacekeepers": "IGO", "peace-keepers": "IGO",
    "union": "LAB", "unions": "LAB",  # lower case only: 'union leaders' (_named_union)
    # unnamed armed people the dictionaries lack (Phoenix: 'gunman' UAF)
    "shooter": "UAF", "shooters": "UAF", "attacker": "UAF", "attackers": "UAF",
    "sniper": "UAF", "snipers": "UAF", "hijackers": "UAF", "paramilitaries": "UAF",
    "irregulars": "UAF", "secessionists": "REB",
    # armed forces' men and craft of older wire copy ('Bosnian Serb gunners', 'Indian
    # paratroopers', 'Russian helicopter gunships'), and gendarmes
    "gunners": "MIL", "paratroopers": "MIL", "conscripts": "MIL", "gunships": "MIL",
    "helicopter gunships": "MIL", "gunboats": "MIL", "gendarmes": "COP", "gendarmerie": "COP",
    # crowds, victims and strikers the dictionaries lack, coded by where they are
    "devotees": "REL", "worshipers": "REL", "shoppers": "CVL", "commuters": "CVL",
    "herders": "CVL", "shepherds": "CVL", "schoolchildren": "EDU", "truckers": "LAB",
    "dockworkers": "LAB", "miners": "LAB", "dockers": "LAB", "steelworkers": "LAB",
    "pensioners": "CVL",
    # prisoners by their other name, and former fighters who act as a body ('war veterans
    # occupied farms'); the bare 'veteran' is a modifier ('a veteran diplomat')
    "inmates": "CRM", "inmate": "CRM", "veterans": "CVL", "war veterans": "CVL",
    "prison inmates": "CRM", "jail inmates": "CRM",  # not the prison's own COP
    "prison guards": "COP", "jail guards": "COP", "prison warders": "COP", "prison guard": "COP",
    # prison staff by their other names (Phoenix JAIL_GUARD [~COP]), and the local councils'
    # elected members, local government as a mayor is ('a town councillor', 'city councilmen')
    **dict.fromkeys(("warden", "wardens", "warder", "warders", "jailer", "jailers", "jailor",
                     "jailors", "prison officer", "prison officers", "prison staff"), "COP"),
    **dict.fromkeys((f"{level}{member}" for level in ("", "city ", "town ", "local ",
                                                      "municipal ", "village ", "county ")
                     for member in ("councillor", "councillors", "councilor", "councilors",
                                    "councilman", "councilmen", "councilwoman",
                                    "councilwomen", "alderman", "aldermen")), "GOV"),
}
# Drivers by what they drive: strikers and blockaders of transport news ('Truck drivers
# blockaded the port'), coded by where they are like workers; 'drivers' alone (racing, drunk,
# 'drivers of growth') is none. Taxi drivers are the dictionaries' CVL.
DRIVER_PHRASES: dict[str, str] = {
    **dict.fromkeys((f"{vehicle} {driver}" for vehicle in (
        "truck", "lorry", "bus", "tanker", "minibus", "coach", "tram", "train", "haulage")
        for driver in ("driver", "drivers")), "LAB"),
    "taxi driver": "CVL", "taxi drivers": "CVL",
}
TITLE_SECTORS.update(DRIVER_PHRASES)
# Election titles of political news (Phoenix codes a presidential candidate PTY): 'the
# Republican nominee', 'the Democratic front-runner'
ELECTION_TITLES = frozenset({"nominee", "nominees", "front-runner", "frontrunner",
                             "front-runners", "candidate", "candidates"})
TITLE_SECTORS.update(dict.fromkeys(ELECTION_TITLES, "PTY"))
# what may stand before an election title and keep it one ('a vaccine candidate' is none)
ELECTION_MODIFIERS = frozenset({
    "the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those",
    "presidential", "vice-presidential", "opposition", "mayoral", "gubernatorial", "senate",
    "congressional", "parliamentary", "party", "leading", "top", "main", "former", "rival",
    "independent", "likely", "presumptive", "second", "third", "two", "three", "both", "other",
    "all", "several", "many", "some", "few", "no", "centrist", "conservative", "liberal",
    "socialist", "nationalist", "populist", "far-right", "far-left", "democratic",
    "republican", "communist", "green", "labour", "labor", "victorious", "defeated", "losing",
    "winning", "unsuccessful", "declared", "official", "endorsed", "election", "electoral",
})
# Awards whose nominees and candidates run for no office ('Oscar nominee Jane Smith').
AWARDS = frozenset({"oscar", "oscars", "academy award", "award", "awards", "prize", "grammy",
                    "grammys", "emmy", "emmys", "tony", "bafta", "globe", "globes", "nobel",
                    "pulitzer", "booker", "cannes"})
TITLE_SECTORS.setdefault("speaker", None)  # 'House Speaker Paul Ryan': the House's sector
# 'personnel' takes the sector of the service before it ('coast guard personnel' MIL, 'border
# guard personnel'), like 'military personnel' in the dictionaries
TITLE_SECTORS.setdefault("personnel", None)
# Law-enforcement agents named by their service (the bare 'agents' may sell players or homes);
# a 'federal' one's country is the US one where its article names no other (actor_domestic)
TITLE_SECTORS.update(dict.fromkeys((
    "federal agent", "federal agents", "federal investigators", "federal officers",
    "border agents", "immigration agents", "customs agents"), "COP"))
# People named by their calling or age whom the agent dictionaries lack: a state's act on
# one ('executed a wrestler', 'arrested a footballer') has them as its target (singular forms;
# plurals add an 's'). Not critics, opponents, drivers or pilots: 'critics attacked the film',
# 'the driver killed a pedestrian' are no political events.
PERSON_NOUNS: dict[str, str] = {
    "wrestler": "CVL", "footballer": "CVL", "boxer": "CVL", "swimmer": "CVL",
    "cyclist": "CVL", "dancer": "CVL", "ballerina": "CVL", "musician": "CVL",
    "comedian": "CVL", "filmmaker": "CVL", "boy": "CVL", "teenager": "CVL",
    "schoolgirl": "CVL", "schoolboy": "CVL", "pensioner": "CVL", "hostage": "CVL",
    "poet": "MED", "novelist": "MED", "cartoonist": "MED", "photographer": "MED",
    "cameraman": "MED", "pastor": "REL", "imam": "REL", "bishop": "REL", "nun": "REL",
    "rabbi": "REL", "mullah": "REL", "archbishop": "REL", "miner": "LAB",
    "labourer": "LAB", "laborer": "LAB", "dockworker": "LAB", "shepherd": "AGR",
    "herder": "AGR", "herdsman": "AGR", "organiser": "CVL", "organizer": "CVL",
    "sailor": "CVL", "seafarer": "CVL", "vendor": "CVL", "volunteer": "CVL", "climber": "CVL",
    "mountaineer": "CVL", "schoolchild": "CVL", "toddler": "CVL", "orphan": "CVL",
    "widow": "CVL", "asylum-seeker": "REF", "influencer": "MED", "youtuber": "MED",
    "vlogger": "MED", "author": "MED", "playwright": "MED", "actress": "ELI", "banker": "BUS",
    "oligarch": "BUS", "billionaire": "BUS", "crowd": "CVL", "mob": "CVL",
}
TITLE_SECTORS.update({**PERSON_NOUNS, **{f"{w}s": s for w, s in PERSON_NOUNS.items()}})
TITLE_SECTORS.update({"cameramen": "MED", "herdsmen": "AGR", "schoolchildren": "CVL",
                      "babies": "CVL", "actresses": "ELI",
                      # plural firms: 'sanctioned two shipping firms registered in the UAE'
                      "firms": "BUS", "companies": "BUS", "banks": "BUS"})
# Military units by their arm ('artillery units', 'armoured brigades'), not 'housing units'
MILITARY_UNITS = {f"{arm} {unit}": "MIL"
                  for arm in ("army", "artillery", "armoured", "armored", "tank", "infantry",
                              "military", "mechanised", "mechanized", "airborne", "marine")
                  for unit in ("unit", "units", "brigade", "brigades", "division", "divisions",
                               "column", "columns", "battalion", "battalions")}
TITLE_SECTORS.update(MILITARY_UNITS)
# Sectors of multi-word agents read as actors ('rebel group' REB, 'armed men' UAF, 'a radio
# station' MED, 'a rights group' HRI; not 'merchant vessels' BUS).
COMPOUND_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "OPP", "REB", "SPY", "PTY",
                              "RAD", "UAF", "NGO", "IGO", "MED", "HRI"})
PARTY_WORDS = frozenset({"party", "parties"})
# Modifiers that make a 'party' political ('ruling party'; not 'Christmas party').
POLITICAL_MODIFIERS = frozenset({
    "ruling", "opposition", "political", "governing", "conservative", "liberal", "socialist",
    "communist", "nationalist", "democratic", "republican", "islamist", "islamic", "separatist",
    "coalition", "minority", "majority", "centrist", "leftist", "rightist", "right-wing",
    "left-wing", "far-right", "far-left", "labour", "labor", "green", "religious", "ethnic",
    "secular", "pro-government", "pro-democracy", "regional", "junior", "senior", "splinter",
    "banned", "outlawed", "mainstream", "populist", "fascist", "reformist", "hardline",
    "main", "major", "smaller", "parliamentary", "dominant", "incumbent", "moderate", "radical",
    "warring", "rival", "kurdish", "nazi", "marxist", "maoist", "baath", "ba'ath", "his", "her",
    "their", "its",
})
# Capitalised words before a party that is no political one ('the Christmas party').
FESTIVE = frozenset({"christmas", "xmas", "halloween", "thanksgiving", "easter", "year's",
                     "eve", "hanukkah", "diwali", "eid", "birthday", "office", "garden",
                     "dinner", "pool", "block", "house", "launch", "release", "wedding",
                     "farewell", "holiday", "super", "bowl", "oscars", "oscar", "mardi", "gras"})
# Outlet name tails that are outlets only as names ('the Post', 'The Times'), not as the common
# words 'a border post', 'three times', 'daily protests'.
OUTLET_TAILS = frozenset({"post", "times", "daily", "journal", "gazette", "tribune", "herald",
                          "press", "news"})
# Heads that stand for the agent modifying them ('rebel positions' are the rebels).
AGENT_PLACES = frozenset({
    "position", "positions", "base", "bases", "stronghold", "strongholds", "camp", "camps",
    "hideout", "hideouts", "outpost", "outposts", "post", "posts", "enclave", "enclaves",
    "territory", "checkpoint", "checkpoints", "convoy", "convoys", "patrol", "patrols",
    "barracks", "garrison", "garrisons",
})
# Generic heads after an organisation's name ('the Islamic State group').
GROUP_TAILS = frozenset({"group", "organization", "organisation", "movement", "militia",
                         "faction", "network"})
FORMER = frozenset({"former", "ousted", "ex", "deposed", "exiled"})
# Leaders whose default GOV yields to the body they lead ('Leaders of the ... opposition
# coalition' are OPP); 'opposition leader' reads the body first anyway.
LEADER_WORDS = frozenset({"leader", "leaders", "official", "officials"})
# Sectors of the bodies a leader may lead.
BODY_SECTORS = frozenset({"OPP", "REB", "PTY", "RAD", "NGO", "IGO", "LAB", "BUS", "MED",
                          "EDU", "REL", "MIL", "LEG", "JUD", "COP", "SPY", "UAF", "INS"})
# Titles that make a phrase a role even when the dictionaries have no sector for them.
ROLE_WORDS = frozenset(TITLE_SECTORS) | {"side", "sides", "envoy", "ambassador", "commander",
                                         "foreign minister", "defense minister", "governor",
                                         "group", "groups", "party", "parties", "faction",
                                         "factions", "members", "supporters", "delegation",
                                         "coalition", "organizations", "organisations"}

# Houses of a legislature that a bare word names ('the Senate', 'Congress'); the events stage
# adds the generic words ('assembly', 'legislature') that never name one house alone
BARE_HOUSES = frozenset({"congress", "senate", "parliament", "house"})


SEAT_SECTORS = {"kremlin": "GOV", "white house": "GOV", "pentagon": "MIL", "zhongnanhai": "GOV",
                "downing street": "GOV", "elysee": "GOV", "élysée": "GOV", "elysee palace": "GOV",
                "state department": "GOV", "capitol hill": "LEG", "whitehall": "GOV"}
# Cities in the seats table that are not seats of government.
CITIES = frozenset({"new york", "shanghai", "st. petersburg", "saint petersburg", "kharkiv",
                    "odesa", "odessa", "crimea", "donbas", "gaza", "west bank", "hong kong",
                    "tel aviv", "lagos", "amsterdam"})
ROLE_STOP = frozenset({"at", "in", "with", "for", "from", "on", "who", "which", "that", ",", "to",
                       "and", "since", "during", "after", "before", "by"})
ORG_WORDS = frozenset({"agency", "ministry", "department", "university", "institute", "council",
                       "committee", "party", "bank", "army", "forces", "office", "commission",
                       "news", "times", "post", "journal", "shimbun", "corporation", "company",
                       "group", "association", "foundation", "center", "centre", "academy",
                       "college", "school", "court", "parliament", "assembly", "congress",
                       "senate", "union", "organization", "organisation", "alliance", "front",
                       "movement", "network", "radio", "television", "tv", "daily", "press",
                       "caucus", "coalition"})


# Official long names the country tables lack or that a shorter name inside would mis-code
# ("Democratic People's Republic of Korea" contains "Republic of Korea").
OFFICIAL_NAMES = {
    "democratic people's republic of korea": "PRK", "democratic people 's republic of korea":
    "PRK", "dprk": "PRK", "d.p.r.k.": "PRK", "republic of korea": "KOR", "rok": "KOR",
    "islamic republic of iran": "IRN", "russian federation": "RUS",
    "people's republic of china": "CHN", "prc": "CHN", "republic of china": "TWN",
    "democratic republic of the congo": "COD", "democratic republic of congo": "COD",
    "drc": "COD", "republic of the congo": "COG", "republic of congo": "COG",
    "congo-brazzaville": "COG", "congo-kinshasa": "COD", "syrian arab republic": "SYR",
    "lao people's democratic republic": "LAO", "republic of moldova": "MDA",
    "kyrgyz republic": "KGZ", "slovak republic": "SVK", "federal republic of germany": "DEU",
    "republic of ireland": "IRL", "state of israel": "ISR", "kingdom of saudi arabia": "SAU",
    "hashemite kingdom of jordan": "JOR", "bolivarian republic of venezuela": "VEN",
    "united republic of tanzania": "TZA", "islamic republic of pakistan": "PAK",
    "islamic republic of afghanistan": "AFG", "arab republic of egypt": "EGY",
    "republic of turkey": "TUR", "republic of türkiye": "TUR", "united mexican states": "MEX",
    "federative republic of brazil": "BRA", "commonwealth of australia": "AUS",
    "kingdom of the netherlands": "NLD", "united kingdom of great britain and northern ireland":
    "GBR", "socialist republic of vietnam": "VNM", "republic of the philippines": "PHL",
    "republic of india": "IND", "republic of indonesia": "IDN", "state of qatar": "QAT",
    "sultanate of oman": "OMN", "kingdom of morocco": "MAR", "kingdom of thailand": "THA",
    "republic of south africa": "ZAF", "federal democratic republic of ethiopia": "ETH",
    "federal republic of nigeria": "NGA", "republic of cote d'ivoire": "CIV",
    "republic of côte d'ivoire": "CIV", "cote d'ivoire": "CIV", "côte d'ivoire": "CIV",
    "republic of kosovo": "XKX", "former yugoslav republic of macedonia": "MKD",
    "republic of north macedonia": "MKD", "north macedonia": "MKD",
    "republic of belarus": "BLR", "republic of kazakhstan": "KAZ", "republic of serbia": "SRB",
    "republic of cyprus": "CYP", "turkish republic of northern cyprus": "CYP",
    "state of palestine": "PSE",
    "people's democratic republic of algeria": "DZA", "kingdom of bahrain": "BHR",
    "kingdom of spain": "ESP", "french republic": "FRA", "italian republic": "ITA",
    "republic of poland": "POL", "republic of iraq": "IRQ", "lebanese republic": "LBN",
    "republic of yemen": "YEM", "sudan republic": "SDN", "republic of the sudan": "SDN",
    "republic of south sudan": "SSD", "libyan arab jamahiriya": "LBY", "state of libya": "LBY",
    "union of myanmar": "MMR", "republic of the union of myanmar": "MMR",
    "kingdom of cambodia": "KHM", "democratic socialist republic of sri lanka": "LKA",
    "people's republic of bangladesh": "BGD", "islamic emirate of afghanistan": "AFG",
    # the Republic of the Congo lies west of the Congo river: the east is the DRC
    "eastern congo": "COD", "east congo": "COD", "northeastern congo": "COD",
    "northeast congo": "COD", "north-eastern congo": "COD",
}
# Ethnic and religious groups (name -> country they live in, "" where several): KB data,
# src/storyline/data/ethnic_groups.tsv.
ETHNIC_GROUPS: dict[str, str] = ethnic_groups()
# Words that make a demonym name an ethnic group, not a nation ('ethnic Albanians').
ETHNIC_MARKERS = frozenset({"ethnic"})


# Words before 'Indians' that make them a native people of the Americas, not India's
# ('indigenous Indians', 'Amazon Indians'), as a tribe's own name does ('Tzotzil Indians')
NATIVE_MARKERS = frozenset({"indigenous", "native", "tribal", "amazon", "amazonian", "andean"})
# Capitalised words before 'Indians' that are no tribe's name ('Many Indians', 'Hindu Indians')
NOT_TRIBES = frozenset({
    "many", "some", "most", "all", "few", "several", "other", "ordinary", "young", "poor",
    "rich", "wealthy", "overseas", "expatriate", "fellow", "these", "those", "million",
    "millions", "thousands", "hundreds", "hindu", "muslim", "christian", "sikh", "parsi",
    "dalit", "jain", "buddhist", "catholic", "non-resident", "stranded", "angry"})


def tribe_indians(words: list[str], i: int) -> bool:
    """Whether word ``i`` is 'Indians' named by a native people's own name or a native word
    ('Tzotzil Indians', 'Mapuche Indians', 'indigenous Indians'): a people of the Americas,
    which India does not code; the sentence places them."""
    if i < 1 or words[i].casefold() != "indians":
        return False
    prev = words[i - 1]
    low = prev.casefold()
    if low in NATIVE_MARKERS:
        return True
    return (prev[:1].isupper() and prev.isalpha() and low not in NOT_TRIBES
            and low not in SKIP_WORDS and _place(low) is None
            and ETHNIC_GROUPS.get(low) is None)


def ethnic_group(words: list[str]) -> tuple[bool, str | None, bool]:
    """Whether a phrase names an ethnic or religious group, its country, and whether its own
    words state that country: 'Houthi rebels' (YEM by default), 'Kurds' (none: the sentence
    decides), 'ethnic Albanians' (ALB, their demonym, until the sentence places them), 'Iraqi
    Kurds' (IRQ, stated). Bare demonyms of nations ('Albanians') are no ethnic group."""
    keys = [norm_key(w) for w in words]
    found, default, marked = False, None, -1
    for k, key in enumerate(keys):
        place = _place(key)
        if tribe_indians(words, k):
            found = True  # 'Tzotzil Indians': a native people, the sentence places them
        elif key in ETHNIC_MARKERS:
            marked = k + 1
        elif k == marked and place is not None and place.table in ("place", "demonym"):
            found, default = True, default or place.code
        elif place is not None and place.table in ("place", "demonym"):
            return found or _any_ethnic(keys), place.code, True  # 'Iraqi Kurds'
        elif ETHNIC_GROUPS.get(key) is not None:
            found, default = True, default or ETHNIC_GROUPS[key] or None
    return found, default, False


def _any_ethnic(keys: list[str]) -> bool:
    """Whether any of the keys is an ethnic or religious group's name."""
    return any(ETHNIC_GROUPS.get(k) is not None for k in keys)


# Names of places in two countries: they vote for no article home country, and take the
# article's home country when it is one of their readings ('Atlanta, Georgia' in a US story).
# US party names: the sentence itself says a US party actor (Phoenix codes the parties
# USA PTY); exact names only, capitalised ('Republicans', 'the GOP', 'House Democrats')
US_PARTY_NAMES = frozenset({
    "republican", "republicans", "democrat", "democrats", "gop", "g.o.p.", "rnc", "dnc",
    "republican party", "democratic party", "democratic national committee",
    "republican national committee", "grand old party", "house republicans",
    "house democrats", "senate republicans", "senate democrats", "congressional republicans",
    "congressional democrats", "dems", "house dems", "senate dems",
})
# US party words inside a title or description ('Republican lawmakers', 'the Democratic
# front-runner', 'GOP leaders'); they code USA only when no other country is named and no
# other capitalised word makes them part of another party's name ('Social Democrats',
# 'Republican Guard', 'Democratic Progressive Party')
US_PARTY_WORDS = frozenset({"republican", "republicans", "democrat", "democrats", "democratic",
                            "gop", "g.o.p.", "rnc", "dnc", "dems"})
US_PARTY_PREV = frozenset({
    "house", "senate", "congressional", "the", "many", "some", "most", "all", "two", "three",
    "several", "top", "leading", "prominent", "fellow", "both", "other", "few", "no", "these",
    "those", "a", "an", "u.s.", "us", "american", "former", "presumptive", "likely",
    # a sentence's capitalised first word ('Establishment Republicans criticized ...')
    "establishment", "moderate", "moderates", "conservative", "mainstream", "senior",
    "veteran", "key", "vulnerable", "freshman", "angry", "even",
})
US_PARTY_NEXT = frozenset({
    "party", "national", "convention", "caucus", "primary", "primaries", "nominee",
    "candidate", "candidates", "senator", "senators", "sen.", "rep.", "gov.", "governor",
    "governors", "leader", "leaders", "whip", "congressman", "congresswoman", "lawmaker",
    "lawmakers", "chairman", "chairwoman", "presidential", "front-runner", "frontrunner",
    "president", "establishment", "leadership", "majority", "minority", "senate", "house",
})
# US federal bodies the bundled dictionaries lack (Phoenix: USA GOV/LEG/JUD/COP)
US_BODIES: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("justice department", "department of justice", "doj",
                     "department of homeland security", "homeland security department",
                     "federal election commission", "internal revenue service", "irs",
                     "environmental protection agency", "treasury department",
                     "commerce department", "energy department", "office of management and budget",
                     "u.s. attorney's office", "inspector general", "department of education",
                     "education department", "food and drug administration", "census bureau"),
                    ("USA", "GOV")),
    # agencies the news names by acronym (none an English word: 'SEC' is also 'Sec.')
    **dict.fromkeys(("faa", "f.a.a.", "tsa", "fcc", "f.c.c.", "federal communications commission",
                     "cdc", "centers for disease control", "centers for disease control and "
                     "prevention", "nih", "national institutes of health", "ntsb",
                     "national transportation safety board", "securities and exchange commission"),
                    ("USA", "GOV")),
    **dict.fromkeys(("atf", "a.t.f.", "bureau of alcohol, tobacco, firearms and explosives",
                     "dea", "d.e.a.", "drug enforcement administration", "u.s. marshals service",
                     "marshals service"), ("USA", "COP")),
    # the office's own name outside the US takes 'for' ('Secretary of State for Defence')
    **dict.fromkeys(("secretary of state", "secretaries of state", "secretary of the treasury",
                     "treasury secretary", "secretary of defense", "homeland security secretary",
                     "secretary of homeland security"), ("USA", "GOV")),
    **dict.fromkeys(("secret service", "border patrol", "u.s. border patrol",
                     "immigration and customs enforcement"), ("USA", "COP")),
    **dict.fromkeys(("house freedom caucus", "freedom caucus", "congressional black caucus",
                     "congressional hispanic caucus"), ("USA", "LEG")),
    **dict.fromkeys(("house of representatives", "u.s. house", "house judiciary committee",
                     "senate judiciary committee", "house oversight committee",
                     "house intelligence committee", "house ways and means committee",
                     "senate finance committee", "house benghazi committee",
                     "house select committee on benghazi", "senate democrats",
                     "senate republicans", "house democrats", "house republicans"),
                    ("USA", "LEG")),
    **dict.fromkeys(("republican national committee", "democratic national committee", "rnc",
                     "dnc"), ("USA", "PTY")),
    # in titles too: 'FBI Director James Comey', 'House Speaker Paul Ryan'
    **dict.fromkeys(("fbi", "federal bureau of investigation"), ("USA", "COP")),
    **dict.fromkeys(("cia", "central intelligence agency"), ("USA", "SPY")),
    **dict.fromkeys(("house speaker", "speaker of the house", "senate majority leader",
                     "senate minority leader", "house majority leader", "house minority leader",
                     "senate majority whip", "house majority whip", "senate minority whip",
                     "house minority whip"), ("USA", "LEG")),
}


def us_party_word(words: list[str]) -> bool:
    """Whether title/name words hold a US party word that is no part of another party's name
    ('Republican lawmakers', 'Democrat Jim Webb'; not 'Social Democrats', 'Republican Guard')."""
    for i, word in enumerate(words):
        low = word.casefold().replace("'s", "").replace("’s", "")
        if low not in US_PARTY_WORDS or not word[:1].isupper():
            continue
        prev = words[i - 1] if i else ""
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if prev[:1].isupper() and prev.casefold() not in US_PARTY_PREV and not _home_member(
                words, i):
            continue
        if nxt[:1].isupper() and nxt.casefold() not in US_PARTY_NEXT and (
                low not in ("republicans", "democrats", "gop", "dems") or nxt[:1].isalpha()):
            continue
        return True
    return False


# Words before 'Democrat' that name another party's member ('a Social Democrat', 'a New
# Democrat'), not a US member's home ('an Orlando Democrat', 'a Jupiter Democrat')
PARTY_NAME_LEADS = frozenset({"social", "christian", "free", "liberal", "new", "national",
                              "progressive", "radical", "popular", "united", "sweden",
                              "swedish", "slovenian", "european", "young", "true"})


def _home_member(words: list[str], i: int) -> bool:
    """'a Jupiter Democrat', 'an Orlando Republican': one capitalised home word between an
    article and a singular US party word, that word no foreign place or party-name lead."""
    if i < 2 or words[i - 2].casefold() not in ("a", "an") or words[i].casefold() not in (
            "democrat", "republican"):
        return False
    home = words[i - 1].casefold()
    place = place_of(norm_key(home))
    return home not in PARTY_NAME_LEADS and (place is None or place.code == "USA")


def us_home_member(words: list[str]) -> bool:
    """'Jupiter Democrat' as the parser cuts 'a Jupiter Democrat' from its article: one home
    word before a singular US party word, no foreign place or party-name lead."""
    return len(words) == 2 and _home_member(["a", *words], 2)


def party_state_tag(words: list[str]) -> bool:
    """A US party-state tag as the parser splits it: 'R', '-', 'Fla.' (also 'D-CA', 'I-Vt.'),
    or a bracketed party letter alone: '(', 'R', ')'."""
    if words[:1] == ["("] and words[2:] == [")"]:
        return words[1:2] in (["R"], ["D"])
    return (len(words) == 3 and words[0] in ("R", "D", "I") and words[1] == "-"
            and words[2][:1].isupper() and len(words[2].rstrip(".")) <= 6)


def _us_party_person(words: list[str]) -> bool:
    """'Republican Donald Trump', 'Democrat Jim Webb', 'GOP nominee X': a party word before a
    given name, or in a title the scan accepts."""
    words = [w for w in words if w.casefold() not in ("the", "a", "an")]
    if len(words) >= 3 and words[0].casefold() in US_PARTY_WORDS and is_given_name(words[1]):
        return True
    return not any(w.casefold() in ("of", "from", "in") for w in words) and us_party_word(words)


def _us_party_name(name: str) -> Coded | None:
    """'Republicans', 'the GOP', 'the Democratic Party': a US party actor (USA PTY)."""
    pretty = _pretty(name)
    key = norm_key(pretty)
    if key not in US_PARTY_NAMES or not pretty[:1].isupper():
        return None
    sector = US_BODIES.get(key, ("USA", "PTY"))[1]
    return Coded(pretty, "USA", sector, actor_id=actor_id_for(pretty, "USA"))


AMBIGUOUS_PLACES = {"georgia": frozenset({"GEO", "USA"}), "tripoli": frozenset({"LBY", "LBN"})}
# Bare names two neighbouring states share -> (the dictionaries' reading, the other): a bare
# 'Congo' is the Republic's as CAMEO codes it (COG; 'Congolese' the DRC's as the tables have
# it) unless its sentence, else its article, names a place, body or person of the other
# state (Goma, Kinshasa, Tshisekedi; Brazzaville); words naming one state end the doubt.
TWIN_STATES: dict[str, tuple[str, str]] = {"congo": ("COG", "COD"), "congolese": ("COD", "COG")}
TWIN_PAIRS = frozenset(frozenset(pair) for pair in TWIN_STATES.values())
# Towns of one name in two states news covers -> (the tables' reading, the other): the
# sentence's other places or nationals settle which ('Bolivian police ... in Trinidad').
TWIN_TOWNS: dict[str, tuple[str, str]] = {
    "trinidad": ("TTO", "BOL"), "valencia": ("ESP", "VEN"), "cordoba": ("ESP", "ARG"),
    "cartagena": ("ESP", "COL"), "hyderabad": ("IND", "PAK"), "san jose": ("USA", "CRI"),
    "jalalabad": ("AFG", "KGZ"),  # Kyrgyzstan's Jalal-Abad is spelt so too
}
# Groups of one name in two states -> (the knowledge base's reading, the other), settled by
# the sentence's other places or nationals like TWIN_TOWNS: Colombia's ELN and Macedonia's
# rebels of 2001, Iraq's and Syria's Baath parties, Paraguay's and Uruguay's Colorado parties.
TWIN_GROUPS: dict[str, tuple[str, str]] = {
    "national liberation army": ("COL", "MKD"), "baath": ("IRQ", "SYR"),
    "ba'ath": ("IRQ", "SYR"), "colorado party": ("PRY", "URY"),
}  # keys match as whole words of the name: 'baath' covers 'Baath party' too
# Names of an era that settle a shared name: while the DRC was called Zaire (1971-1997), a
# text that names Zaire means the Republic by a bare 'Congo'.
TWIN_ERAS: dict[str, str] = {"zaire": "COG", "zairean": "COG", "zaireans": "COG"}
# Shared names whose usual reading changed on a date -> (the date, the reading before, after):
# once Zaire took the name back (17 May 1997) the wire services' bare 'Congo' and 'Congolese'
# are the DRC's, before it the Republic's; read only when nothing in the text decides, by the
# article's date, else the latest year its text names ('sent troops to Congo in 1999').
TWIN_RENAMED: dict[str, tuple[str, str, str]] = {
    "congo": ("1997-05-17", "COG", "COD"), "congolese": ("1997-05-17", "COG", "COD")}
TWIN_QUALIFIERS = frozenset({"republic", "democratic", "brazzaville", "kinshasa", "dr", "drc",
                             "zaire"})
# Words of American state politics: beside a place that is also a US state they make it the
# state ('Georgia Gov. Nathan Deal', 'Georgia Republicans', 'the Georgia primary'); the
# country's people are 'Georgian'.
US_STATE_MARKS = frozenset({"gov.", "governor", "sen.", "senator", "rep.", "congressman",
                            "congresswoman", "legislature", "legislators", "statehouse",
                            "primary", "caucuses", "delegates", "voters", "attorney"}
                           ) | US_PARTY_WORDS


@dataclass
class Title:
    """What a run of title/description words says: place, body, sector and role words."""

    country: str | None = None
    body_sector: str | None = None
    sector: str | None = None
    role_words: list[str] = field(default_factory=list)
    media: bool = False
    former: bool = False
    twin: bool = False  # the country came from a name two states share ('Congo')

    @property
    def role(self) -> str | None:
        """The role words as one phrase (None when there are none)."""
        return " ".join(self.role_words).strip(" ,") or None


@dataclass(frozen=True)
class Place:
    """A dictionary hit for a place-like name: its code, sector and what table it came from."""

    code: str
    sector: str | None
    table: str  # media | body | seat | place | demonym


@lru_cache(maxsize=50_000)
def _place(key: str) -> Place | None:
    """The place, seat, body, demonym or outlet ``key`` names, if any (memoised: a pure
    reading of the bundled tables, asked ~5 times per distinct key)."""
    kb = bundled()
    if key in OFFICIAL_NAMES:
        return Place(OFFICIAL_NAMES[key], None, "place")
    if key in kb.media:
        return Place(kb.media[key], "MED", "media")
    if key in kb.bodies:
        code, sector = kb.bodies[key]
        return Place(code, sector, "body")
    if key in kb.seats:
        seat_sector = SEAT_SECTORS.get(key, None if key in CITIES else "GOV")
        return Place(kb.seats[key], seat_sector, "seat")
    if key in kb.places:
        return Place(kb.places[key], None, "place")
    if key in kb.demonyms:
        return Place(kb.demonyms[key], None, "demonym")
    if key.endswith("ans") and key[:-1] in kb.demonyms:  # 'Serbians', 'Kenyans': the people
        return Place(kb.demonyms[key[:-1]], None, "demonym")
    if ETHNIC_GROUPS.get(key):
        return Place(ETHNIC_GROUPS[key], None, "ethnic")
    if key in US_BODIES:
        return Place(US_BODIES[key][0], US_BODIES[key][1], "body")
    return _variant_place(key)


# Compass words that narrow a place without changing its country ('western Niger')
DIRECTIONS = frozenset({
    f"{a}{b}" for a in ("", "north", "south", "north-", "south-")
    for b in ("north", "south", "east", "west", "northern", "southern", "eastern", "western",
              "northeast", "northwest", "southeast", "southwest", "northeastern",
              "northwestern", "southeastern", "southwestern", "central")
} | {"central"})


# Words that name a region of the place before them without changing its country ('Zamfara
# state', 'Idlib province')
REGION_WORDS = frozenset({"state", "province", "region", "governorate", "oblast", "district",
                          "prefecture"})


def _variant_place(key: str) -> Place | None:
    """The place a hyphened ('Port-au-Prince', tokenised 'Nagorno - Karabakh'), compass-narrowed
    ('western Niger') or region-named ('Zamfara state') key names."""
    if " - " in key:  # a name joined from tokens ('Nagorno - Karabakh')
        return _place(key.replace(" - ", "-"))
    if "-" in key and (found := _place(key.replace("-", " "))) is not None:
        return found
    head, _, last = key.rpartition(" ")
    us_state = head if last == "state" else key.removeprefix("state of ")
    if "USA" in AMBIGUOUS_PLACES.get(us_state, frozenset()):
        return Place("USA", None, "place")  # 'Georgia state', 'the state of Georgia'
    if last in REGION_WORDS and head:
        return _part_of(head)
    first, _, rest = key.partition(" ")
    if first in DIRECTIONS and rest:
        return _part_of(rest)
    if not key.isascii() and (plain := unaccented(key)) != key:
        return _place(plain)  # 'Asunción', 'Bouaké' as the tables spell them
    return None


def unaccented(key: str) -> str:
    """A key without its accents ('asunción' -> 'asuncion')."""
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


def _part_of(key: str) -> Place | None:
    """A part of the place or seat ``key`` names, as a plain place in its country."""
    found = _place(key)
    if found is None or found.table not in ("place", "seat"):
        return None
    return Place(found.code, None, "place")


def place_of(key: str) -> Place | None:
    """The place, seat, body, demonym or outlet a ``norm_key`` names, if any."""
    return _place(key)


@lru_cache(maxsize=50_000)
def is_agent_word(word: str) -> bool:
    """Whether a lower-case word is a title/agent noun with a sector ('army', 'parliament')."""
    hit = _agent(norm_key(word))
    return hit is not None and hit[0] is not None


# Offices a country's politics lacks: no sentence or scene makes one of them its own ('the
# prime minister's meeting with Trump ... entering the United States' is no American's)
ABSENT_OFFICES: dict[str, frozenset[str]] = {"USA": frozenset({
    "prime minister", "premier", "parliament", "parliamentarian", "parliamentarians", "mp",
    "mps", "monarch", "king", "queen", "emir", "sultan", "crown prince"})}


# Heads whose country is another's than the one they are counterparts of ('the foreign
# secretary held talks with his Iranian counterpart': not Iran's)
COUNTERPART_WORDS = frozenset({"counterpart", "counterparts"})
# Posts held abroad: an envoy is where the sentence happens as a foreigner ('the Iraqi prime
# minister met the ambassador in Baghdad' is no Iraqi ambassador)
ENVOY_WORDS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "consul", "consuls",
                         "emissary", "emissaries", "diplomat", "diplomats"})


def office_absent(country: str | None, words: list[str]) -> bool:
    """Whether title words name an office the country's politics lacks ('prime minister':
    USA) or a post held abroad ('the ambassador'), so that the country cannot be the title's
    by inference from a sentence or a scene."""
    keys = [norm_key(w) for w in words]
    if ENVOY_WORDS.intersection(keys):
        return True
    offices = ABSENT_OFFICES.get(country or "", frozenset())
    return any(" ".join(keys[i:i + n]) in offices for n in (1, 2) for i in range(len(keys)))


# A news dateline opening a line: a place in capitals or a place and its agency, a dash
DATELINE = re.compile(
    r"[ \t]*(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:,[^()\n—–]{1,30}?)?\s*(?:—|–|--)"
    r"|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*(?:,[^()\n—–]{1,30}?)?\s*\([A-Za-z.& ]{2,25}\)"
    r"\s*[—–-]{1,2})\s")
DATELINE_PLACE = re.compile(r"[ \t]*([^,(—–\n]+?)\s*(?:,|\(|—|–|--|-)")


def dateline_country(text: str, start: int = 0) -> tuple[int, str] | None:
    """The end and the country of a dateline opening the line at ``start`` ('PARIS (Reuters)
    - ': FRA), if its place is one the gazetteer knows."""
    match = DATELINE.match(text, start)
    place = DATELINE_PLACE.match(text, start) if match else None
    found = place_of(norm_key(place.group(1))) if match and place else None
    if match is None or found is None or found.table not in ("place", "seat"):
        return None
    return match.end(), found.code


# Words of a border: either side of one is named beside it ('near the Somali border', 'the
# border with Pakistan'), neither aimed at nor placing anyone
BORDER_WORDS = frozenset({"border", "borders", "frontier"})


@lru_cache(maxsize=50_000)
def prominent_surname(word: str) -> bool:
    """Whether a word as written ('Trump', capitalised, the rest lower case) may be a prominent
    person's surname alone: on the knowledge base's lone-surname list, and no agent word or
    place ('Militia', 'Samoa')."""
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    key = norm_key(word)
    return key in bundled().lone_surnames and not is_agent_word(word.lower()) and (
        place_of(key) is None)


def agent_sector(phrase: str) -> str | None:
    """The sector of a lower-case title/agent word or phrase ('rebel group' -> REB), if any."""
    hit = _agent(norm_key(phrase))
    return hit[0] if hit is not None else None


def _agent(key: str) -> tuple[str | None] | None:
    """(sector,) if ``key`` is a title/agent word or phrase; the tuple lets None mean 'neutral'."""
    if key in TITLE_SECTORS:
        return (TITLE_SECTORS[key],)
    code = bundled().agents.get(key)
    if code is not None and code[:3] in SECTORS:
        return (code[:3],)
    return None


def _skipped(words: list[str], i: int) -> bool:
    """Whether word ``i`` adds nothing to a coding: an article, possessive or honorific; an
    honorific no name follows is the head noun itself ('jailed a prominent imam')."""
    low = words[i].casefold()
    if low not in HONORIFICS or low.endswith("."):
        return low in SKIP_WORDS
    return i + 1 < len(words) and words[i + 1][:1].isupper()


POSSESSIVE_MARKS = frozenset({"'s", "'", "’s", "’"})  # "Kim Jong Un 's sister": one word


def _longest(words: list[str], i: int) -> tuple[int, Place | tuple[str | None]] | None:
    """The longest place or agent phrase starting at word ``i``: (length, hit)."""
    if (_skipped(words, i) and words[i] != "New"  # 'New York Times'
            and not _named_place_start(words, i)):
        return None
    span = min(MAX_NGRAM, len(words) - i)
    for k in range(1, span):
        if not any(c.isalnum() for c in words[i + k]):
            span = k
            break
    for n in range(span, 0, -1):
        key = norm_key(" ".join(words[i : i + n]))
        if not key:
            continue
        if (n == 1 or n == 2 and words[i + 1] in POSSESSIVE_MARKS) and (
                _common_outlet_word(words[i]) or _lowered_acronym(words[i])
                or _named_union(words, i) or _particle_surname(words, i)
                or _adjective_general(words, i) or tribe_indians(words, i)):
            continue
        hit: Place | tuple[str | None] | None = _place(key) or _agent(key)
        if key in ELECTION_TITLES and not _election_title(words[: i + 1]):
            continue  # 'Oscar nominee', 'a vaccine candidate': no one running for office
        if hit is not None and not (key in PARTY_WORDS and not _political_party(words, i)):
            return n, hit
    return None


def _particle_surname(words: list[str], i: int) -> bool:
    """A place word after a given name and a lower-case name particle is a surname ('Senator
    Leila de Lima', 'Joaquim de Paris', 'Jaber al-Sabah'), not the person's country; 'Banco
    de Venezuela', 'Rio de Janeiro' have no given name there."""
    k = _particle_before(words, i)
    return k is not None and words[i][:1].isupper() and is_given_name(words[k - 1])


def _after_particle(words: list[str], i: int) -> bool:
    """Whether word ``i`` follows a lower-case name particle after a capitalised word: the
    family name of a person's name."""
    k = _particle_before(words, i)
    return k is not None and words[k - 1][:1].isupper()


def _particle_before(words: list[str], i: int) -> int | None:
    """The position of the lower-case name particle right before word ``i``, glued by a hyphen
    or not ('al - Sabah' as tokenised, 'de Lima'), when some word precedes it."""
    k = i - 2 if words[i - 1 : i] == ["-"] else i - 1
    return k if k >= 1 and words[k] in NAME_PARTICLES else None


def _adjective_general(words: list[str], i: int) -> bool:
    """'general' before a common noun ('the general public', 'a general strike') is no rank."""
    return (words[i].casefold() == "general" and i + 1 < len(words)
            and words[i + 1][:1].islower())


def _lowered_acronym(name: str) -> bool:
    """A short body or outlet acronym not written as one: 'Un' in 'Kim Jong Un', a question's
    'Who', 'Ap' are no UN, WHO or AP (those are written 'UN', 'U.N.', 'WHO')."""
    key = norm_key(name)
    word = name.split()[-1] if name.split() else name  # 'the UN'
    if len(key) > 3 or " " in key or "." in word or word.isupper():
        return False
    kb = bundled()
    return key in kb.bodies or key in kb.media


def _named_place_start(words: list[str], i: int) -> bool:
    """A capitalised skip word that begins a place name ('New Jersey', 'New Mexico' are not
    Jersey and Mexico)."""
    return words[i][:1].isupper() and any(
        _place(norm_key(" ".join(words[i : i + n]))) is not None for n in (2, 3)
        if i + n <= len(words))


def _named_union(words: list[str], i: int) -> bool:
    """'Union' written capitalised is part of a name ('Soviet Union officials', 'the Union'
    for the EU, 'Union Carbide'), not a labour union as the lower-case word is ('union
    leaders'); a capital that only starts the phrase before a common noun is the sentence's
    ('Union leaders called a strike', 'Unions marched')."""
    word = words[i]
    if not word[:1].isupper() or word.casefold() not in ("union", "unions"):
        return False
    after = words[i + 1] if i + 1 < len(words) else ""
    opening = i == 0 and (after[:1].islower() or (not after and word == "Unions"))
    return not opening


def _common_outlet_word(word: str) -> bool:
    """'post', 'times', 'guardian', 'dawn' written in lower case: a common word, no outlet."""
    return word[:1].islower() and (word in OUTLET_TAILS or norm_key(word) in bundled().media)


def _political_party(words: list[str], i: int) -> bool:
    """Whether 'party' at word ``i`` is political: a political modifier ('ruling party'), a
    place or demonym before it, or a name ('Likud party'), not 'Christmas party'."""
    prev = _word_before(words, i)
    low = prev.casefold()
    if low in POLITICAL_MODIFIERS or _place(norm_key(prev)) is not None:
        return True
    if low in FESTIVE:
        return False
    return words[i][:1].isupper() or (prev[:1].isupper() and low not in SKIP_WORDS)


def _word_before(words: list[str], i: int) -> str:
    """The word before ``i``, skipping a parenthesis ('the Ennahda (Renaissance) party')."""
    depth = 0
    for w in reversed(words[:i]):
        closes, opens = w.endswith(")"), w.startswith("(")
        depth += closes
        if depth == 0 and any(c.isalnum() for c in w):
            return w
        depth -= opens
    return ""


# Nationalities that an origin before them describes, not replaces ('Mexican-American
# reporter', 'Turkish Americans': American citizens of that descent)
HYPHENATED_NATIONALS = frozenset({"american", "americans"})
AMERICAS_REGIONS = frozenset({"latin", "south", "central"})  # 'Latin American': no US


def _one_community(words: list[str]) -> list[str]:
    """Two communities sharing a demonym read as one ('Greek and Turkish Cypriot leaders' ->
    'Turkish Cypriot leaders'): both name the same country, which 'Greek' alone does not."""
    demonyms = bundled().demonyms
    for i in range(len(words) - 3):
        if words[i + 1].casefold() != "and":
            continue
        last = words[i + 3].casefold()
        one = demonyms.get(f"{words[i].casefold()} {last}")
        if one is not None and one == demonyms.get(f"{words[i + 2].casefold()} {last}"):
            return words[:i] + words[i + 2 :]
    return words


BIRTH_MARKS = frozenset({"born"})  # 'Ethiopian-born': where one was born, not one's state


def born_elsewhere(words: list[str]) -> list[str]:
    """Words with a birthplace left out when a nationality follows it ('Ethiopian-born
    Israelis' -> 'Israelis', 'a Moroccan-born Dutch mayor'): the later state is theirs; alone
    ('a British-born jihadist') the birthplace stays their country."""
    for i, word in enumerate(words):
        head, _, last = word.rpartition("-")
        tokenised = not head and word.casefold() in BIRTH_MARKS and words[i - 1 : i] == ["-"]
        if not (head and last.casefold() in BIRTH_MARKS) and not tokenised:
            continue
        if any((place := _place(norm_key(w))) is not None and place.table in ("place", "demonym")
               for w in words[i + 1 :]):
            start = i - 2 if tokenised else i
            return words[:max(start, 0)] + born_elsewhere(words[i + 1 :])
    return words


def _naturalised(words: list[str]) -> list[str]:
    """Words with an origin before a hyphenated nationality left out ('Mexican-American' ->
    'American', 'Turkish Americans' -> 'Americans', 'Ethiopian-born Israelis' -> 'Israelis'):
    the nationality is the country."""
    words = born_elsewhere(rejoin_split(words))
    out: list[str] = []
    for word in words:
        head, _, last = word.rpartition("-")
        if head and last.casefold() in HYPHENATED_NATIONALS and _place(norm_key(head)):
            word = last
        if word.casefold() in HYPHENATED_NATIONALS and out[-2:-1] and out[-1] == "-":
            out.pop()  # 'Mexican - American' as tokenised: as written whole
            head = out.pop()
            word = f"{head}-{word}"
            head, _, last = word.rpartition("-")
            word = last if _place(norm_key(head)) else word
        if word.casefold() in HYPHENATED_NATIONALS and out and out[-1].casefold() in (
                AMERICAS_REGIONS):
            continue  # 'Latin American leaders': of the continent, no country
        if word.casefold() in HYPHENATED_NATIONALS and out and (
                (place := _place(norm_key(out[-1]))) is not None
                and place.table in ("place", "demonym")):
            out.pop()
        out.append(word)
    return out


def code_words(words: list[str]) -> Title:
    """Read title or description words ("Russian Defense Minister") into a Title."""
    if not words:
        return Title()  # nearly half the calls (no possessor, no apposition): nothing to read
    words = _one_community(_naturalised(words))
    title = Title()
    pending: list[str] = []
    closed = False
    soft = False  # the sector so far is a leader's default GOV, which their body's replaces
    both = False  # two countries joined ('people in France and Germany'): neither is theirs
    i = 0
    while i < len(words):
        hit = _longest(words, i)
        n = hit[0] if hit else 1
        low = words[i].casefold()
        title.former = title.former or low.rstrip("-") in FORMER
        if hit and isinstance(hit[1], Place):
            both = both or _joined_place(title, hit[1], words[:i])
            if not _patron(words, i + n) and not takes_side(" ".join(words[:i])) and (
                    not is_likeness_mark(" ".join(words[i + n : i + n + 2]))) and not (
                        _taught_language(words, i + n)) and not _veterans_war(words, i + n):
                _add_place(title, hit[1], norm_key(" ".join(words[i : i + n])))  # not
                # 'the Spanish - language network'
            pending = []
            closed = closed or bool(title.role_words)
        elif hit and isinstance(hit[1], tuple):
            if title.sector is None or (title.sector == "GOV" and soft
                                        and hit[1][0] in BODY_SECTORS):
                title.sector, soft = hit[1][0], norm_key(words[i]) in LEADER_WORDS
            if not closed:
                title.role_words.extend(pending + words[i : i + n])
            pending = []
        elif low in ROLE_STOP:
            closed = closed or bool(title.role_words)
            pending = []
        elif not closed and low == "of" and title.role_words:
            title.role_words.append(words[i])
        elif not closed and low not in SKIP_WORDS and words[i][:1].islower():
            if not title.role_words:
                pending.append(words[i])
            elif title.role_words[-1].casefold() == "of" or _in_of_phrase(title.role_words):
                title.role_words.append(words[i])  # "professor of international affairs"
            else:
                closed = True
        i += n
    while title.role_words and norm_key(title.role_words[-1]) in {"of", ""}:
        title.role_words.pop()
    if title.role_words:
        title.role_words[-1] = _singular(title.role_words[-1])
    if both:
        title.country = None
    _us_party_title(title, words)
    us_state_title(title, words)
    _national_peacekeepers(title, words)
    _jewish_settlers(title, words)
    return title


PATRON_WORDS = frozenset({"backed", "allied", "aligned", "sponsored", "supported", "funded",
                          "armed", "trained", "affiliated", "inspired", "friendly", "leaning"})


def is_patron_mark(words: list[str]) -> bool:
    """Whether words begin with '-backed' or '-allied': the place before them is a patron."""
    first = words[0].casefold() if words else ""
    if first == "-" and len(words) > 1:
        first = "-" + words[1].casefold()
    return first.startswith("-") and first[1:] in PATRON_WORDS


PATRON_RE = re.compile(r"[\w.'’]+\s*-\s*(?:" + "|".join(sorted(PATRON_WORDS)) + r")\b\s*",
                       re.IGNORECASE)


# 'pro-Russian', 'anti-Western': a side taken, not the group's own country
SIDE_RE = re.compile(r"\b(?i:pro|anti)\s*-\s*[A-Z][\w.'’]*\s*")


def without_patron(text: str) -> str:
    """The phrase without its patron words ('Iran-allied militias', 'pro-Russian fighters')."""
    return SIDE_RE.sub("", PATRON_RE.sub("", text)).strip() if "-" in text else text


def takes_side(before: str) -> bool:
    """Whether the words before a place name make it a side taken ('pro-', 'anti-')."""
    return before.rstrip().casefold().endswith(("pro-", "pro -", "anti-", "anti -"))


# Nouns for a group that serves a state named as their possessor ('Israel's militia ally',
# 'Iran's proxies'): the possessor is their patron, not their country
CLIENT_NOUNS = frozenset({"ally", "allies", "proxy", "proxies", "surrogate", "surrogates",
                          "client", "clients"})
# Nouns for other states a possessor relates to ("Qatar's neighbours", "Israel's enemies"):
# the possessor is not their country either
RIVAL_NOUNS = frozenset({"neighbour", "neighbours", "neighbor", "neighbors", "rival", "rivals",
                         "enemy", "enemies", "foe", "foes", "adversary", "adversaries"})
OTHER_SIDE_NOUNS = CLIENT_NOUNS | RIVAL_NOUNS


def _patron(words: list[str], j: int) -> bool:
    """Whether the place ending before word ``j`` is a patron ('Iran -allied group', 'Israel
    's militia ally', 'Iran 's Houthi allies'), not the country of the group after it."""
    return is_patron_mark(words[j:]) or _client_of(words, j)


def is_client_mark(after: str) -> bool:
    """Whether the text after a name makes it a client group's patron ("'s militia ally")."""
    return _client_of(after.replace("’", "'").replace("'s ", " 's ").split(), 0)


def _client_of(words: list[str], j: int) -> bool:
    """Whether a possessive ending at or just before word ``j`` owns a client group or names
    rival states within three words ('Israel 's militia ally', "Qatar 's neighbours"), the
    place read with or without its 's'."""
    if j < len(words) and words[j] in ("'s", "'"):
        j += 1
    elif not (0 < j <= len(words) and words[j - 1] in ("'s", "'")):
        return False
    return any(w.casefold() in OTHER_SIDE_NOUNS for w in words[j : j + 3])


def _joined_place(title: Title, place: Place, before: list[str]) -> bool:
    """Whether a place where a group is joins another one already read ('people in France
    and Germany'), so they live in two countries, not in the first ('the Turkish and Greek
    sides' keep the first: each side is one of them)."""
    return (len(before) > 1 and before[-1].casefold() in ("and", "or", "&")
            and any(w.casefold() in ("in", "across", "throughout") for w in before)
            and title.country is not None and title.country != place.code
            and place.table in ("place", "demonym"))


def _national_peacekeepers(title: Title, words: list[str]) -> None:
    """'Bangladeshi peacekeeping troops' are their country's military lent to a mission, not
    an international body (the bare 'peacekeepers', 'UN peacekeepers' stay IGO)."""
    if title.sector != "IGO" or title.body_sector or title.country not in bundled().isos:
        return
    if any(norm_key(w).startswith(("peacekeep", "peace-keep")) for w in words):
        title.sector = "MIL"


SETTLER_WORDS = frozenset({"settler", "settlers", "settlement", "settlements"})


def _jewish_settlers(title: Title, words: list[str]) -> None:
    """Jewish settlers, and Jewish settlements as places, in occupied land are Israeli
    civilians, as CAMEO codes them ('youths stoned a Jewish settlement outside Nablus' hit no
    Palestinian place), whatever place their sentence names; 'the settlement of ...' (the act
    of settling someone) is no such actor."""
    keys = [norm_key(w) for w in words]
    if "jewish" not in keys:
        return  # the common case, decided before the 'settlement of' scan
    acts = any(k in SETTLER_WORDS and keys[i + 1] == "of" for i, k in enumerate(keys[:-1]))
    if set(keys) & SETTLER_WORDS and "jewish" in keys and not acts:
        title.country = "ISR"


def _us_party_title(title: Title, words: list[str]) -> None:
    """A title with a US party word and no other country ('Republican lawmakers') is USA; not
    a piece cut before a place ('Democratic Party of' + 'Japan')."""
    if any(w.casefold() in ("of", "from", "in") for w in words):
        return
    if title.country is None and party_state_tag(words):  # 'R - Fla.' after a name
        title.country = "USA"
    party_named = bool(words) and words[-1].casefold() in US_PARTY_NAMES
    if title.country is None and us_party_word(words) and (
            title.sector or title.role_words or party_named):  # not 'the Democratic nomination'
        title.country = "USA"
        title.sector = title.sector or "PTY"


def us_state_title(title: Title, words: list[str]) -> None:
    """A place that is also a US state, beside words of state politics, is the state: USA
    ('Georgia Gov. Nathan Deal' was the Caucasus country's)."""
    if title.country is None or "USA" == title.country:
        return
    keys = {norm_key(w) for w in words}
    if keys & US_STATE_MARKS and any(
            title.country in AMBIGUOUS_PLACES.get(k, ()) and "USA" in AMBIGUOUS_PLACES[k]
            for k in keys):
        title.country = "USA"


def _in_of_phrase(role_words: list[str]) -> bool:
    """Whether the role so far ends in an 'of ...' complement of lower-case words."""
    for w in reversed(role_words):
        if w.casefold() == "of":
            return True
        if not w[:1].islower() or _agent(norm_key(w)) is not None:
            return False
    return False


def _singular(word: str) -> str:
    """'Presidents' -> 'President' when the singular is a title word too."""
    if len(word) > 4 and word.endswith("s") and _agent(norm_key(word[:-1])) is not None:
        return word[:-1]
    return word


def _add_place(title: Title, place: Place, key: str = "") -> None:
    """Fill a title's country (and a body's or outlet's sector) from a place word it holds; a
    place of one state after a name two states share says which ('Congo's Ituri province')."""
    twin = TWIN_STATES.get(key)
    if title.twin and twin is None and title.country != place.code and (
            frozenset({title.country, place.code}) in TWIN_PAIRS):
        title.country, title.twin = place.code, False
    if title.country is None:
        title.twin = twin is not None
    title.country = title.country or place.code
    if place.table in ("body", "media"):
        title.body_sector = title.body_sector or place.sector
    title.media = title.media or place.table == "media"


def code_name(name: str, date: str | None = None, db_path: str | None = None) -> Coded | None:
    """A whole name from the knowledge base: outlets, bodies, places, learned and dictionary."""
    key = norm_key(name)
    if not key:
        return None
    if _lowered_acronym(name):  # 'Un' in 'Kim Jong Un' is no UN, not even the Phoenix alias
        return lookup_learned(key, db_path, date)
    place = _place(key) or _hyphenated(key) or _regional(key)
    if place is not None and place.table == "media" and name == name.lower():
        return None  # 'an unreliable guardian', 'at dawn': outlets are written with capitals
    if place is not None:
        if place.table in ("place", "demonym"):
            pretty = country_name(place.code)
        else:
            pretty = _pretty(name)
        return Coded(pretty, place.code, place.sector, actor_id=actor_id_for(pretty, place.code))
    return (lookup_learned(key, db_path, date) or lookup_bundled(key, date)
            or lookup_acronym(_pretty(name), date) or _us_party_name(name))


COMPASS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
    "north-eastern", "north-western", "south-eastern", "south-western", "upper", "lower",
})


def _regional(key: str) -> Place | None:
    """'northeast nigeria', 'southern lebanon': a region of a country is in that country."""
    first, _, rest = key.partition(" ")
    if first not in COMPASS or not rest:
        return None
    place = _place(rest)
    return place if place is not None and place.table == "place" else None


# Word ends that make a demonym a likeness or a language, not an origin ('a Russian-style
# law', 'the Spanish-language network', 'Arabic-speaking voters')
LIKENESS = frozenset({"style", "styled", "type", "like", "inspired", "esque", "language",
                      "speaking"})


# What a language is taught or spoken in ('English teachers', 'Spanish classes'): the
# demonym before them names a language, not a country
LANGUAGE_NOUNS = frozenset({"teacher", "teachers", "class", "classes", "lesson", "lessons",
                            "skills", "course", "courses", "speakers", "learners",
                            "proficiency", "instruction", "literature", "grammar"})


LANGUAGES = frozenset({"english", "spanish", "french", "german", "chinese", "mandarin",
                       "arabic", "russian", "italian", "portuguese", "japanese", "korean",
                       "turkish", "hebrew", "greek", "dutch", "polish", "vietnamese", "persian"})


# Verbs whose object (or 'in' phrase) a language name is: 'taught Russian', 'spoke in Arabic'
LANGUAGE_VERBS = frozenset({
    f"{stem}{end}" for stem, ends in (("teach", ("", "es", "ing")), ("learn", ("", "s", "ed",
                                      "ing", "t")), ("speak", ("", "s", "ing")),
                                      ("stud", ("y", "ies", "ied", "ying")),
                                      ("translat", ("e", "es", "ed", "ing")))
    for end in ends} | {"taught", "spoke", "spoken"})


# Those who served in a war, whom the war's place names nothing of ('Iraq war veterans', the
# 'veterans of the war in Afghanistan' of any state that fought there); not its victims
VETERAN_WORDS = frozenset({"veteran", "veterans", "ex-servicemen"})
WAR_NOUNS = frozenset({"war", "wars", "conflict", "campaign", "invasion", "occupation"})


def _veterans_war(words: list[str], j: int) -> bool:
    """Whether the place ending before word ``j`` names a war its veterans served in ('Iraq
    war veterans', 'Vietnam War veterans')."""
    return (0 < j < len(words) and words[j].casefold() in WAR_NOUNS
            and words[-1].casefold() in VETERAN_WORDS
            and norm_key(words[j - 1]) not in bundled().demonyms)  # 'Zimbabwean war veterans'



def _taught_language(words: list[str], j: int) -> bool:
    """Whether a demonym ending before word ``j`` names a language ('English skills')."""
    return (0 < j < len(words) and words[j].casefold() in LANGUAGE_NOUNS
            and norm_key(words[j - 1]) in LANGUAGES)


def is_likeness_mark(after: str) -> bool:
    """Whether the text right after a demonym makes it a likeness ('-style law')."""
    rest = after.lstrip()
    if not rest.startswith("-"):
        return False
    word = rest[1:].lstrip().split()[:1]
    return bool(word) and word[0].casefold().rstrip(".,;:") in LIKENESS


def _hyphenated_place(word: str) -> bool:
    """Whether a hyphenated word is itself a place's name ('guinea-bissau's', 'timor-leste')
    or a demonym ('guinea-bissauan'), so _hyphenated splits no country out of it; the
    extractor's _hyphen_place, which grows a mention to a place in the text, is another job."""
    place = _place(word.removesuffix("'s").rstrip("'")) if "-" in word else None
    return place is not None and place.table in ("place", "demonym")


def _hyphenated(key: str) -> Place | None:
    """'sino-russian' -> the first coded part (the extractor splits such words itself); a
    likeness ('a Russian-style law') names no country."""
    if "-" not in key or any(w.rpartition("-")[2] in LIKENESS for w in key.split()):
        return None
    if any(_hyphenated_place(w) for w in key.split()):
        return None  # "guinea-bissau's interior minister": one hyphenated name, not Guinea
    key = " ".join(_naturalised(key.split()))  # 'mexican-american': an American
    parts = key.split("-")
    for n, part in enumerate(parts):
        if n and parts[n - 1].split()[-1:] and parts[n - 1].split()[-1] in NAME_PARTICLES:
            continue  # 'jaber al-sabah': a family name after 'al-', no Sabah
        place = _place(part)
        if place is not None and place.table in ("place", "demonym"):
            return place
    return None


def _drop_article(words: list[str]) -> list[str]:
    """Words without a leading article ('the Hamas leader': 'Hamas leader')."""
    return words[1:] if words[:1] and words[0].casefold() in ("the", "a", "an") else words


def _pretty(name: str) -> str:
    """A name as shown: no leading article, no possessive, whitespace collapsed."""
    text = " ".join(_drop_article(name.replace("’", "'").split()))
    return text[:-2] if text.endswith("'s") else text


def split_title(words: list[str], person: bool = False) -> tuple[list[str], list[str]]:
    """Split 'Russian Defense Minister Sergei Shoigu' into title words and name words; for a
    phrase the tagger calls a person, a place word inside the name is part of it ('Chad
    Wolf', 'Jim Jordan'), not the person's country."""
    j = len(words)
    while j > 0:
        w = words[j - 1]
        lower = norm_key(w)
        inner = j < len(words)
        is_name = (w[:1].isupper() or (lower in NAME_PARTICLES and inner)
                   or (w == "-" and inner and j > 1 and _name_word(words[j - 2])))
        given_before = j >= 2 and is_given_name(words[j - 2]) and j == len(words)
        if person and _place(lower) and is_name and _in_name(words, j):
            j -= 1
            continue
        if lower in HONORIFICS or not is_name or (_place(lower) and not _lowered_acronym(w)):
            break
        if _agent(lower) is not None and not given_before:
            break
        j -= 1
    return words[:j], words[j:]


def _in_name(words: list[str], j: int) -> bool:
    """Whether the place word ``words[j - 1]`` sits inside a person's name: the first name
    right before the surname ('Chad Wolf'), or the surname after a first name that is no title
    or place word ('Jim Jordan')."""
    if j == len(words) - 1:
        return True
    if _after_particle(words, j - 1):
        return True  # 'Sheikh Jaber al-Ahmad al-Sabah', 'Leila de Lima': a family name
    before = words[j - 2] if j >= 2 else ""
    low = norm_key(before)
    return j == len(words) and before[:1].isupper() and low not in HONORIFICS and not (
        _place(low) or _agent(low) is not None or low in ROLE_WORDS)


def surnames_of(people: Iterable[list[str]]) -> frozenset[str]:
    """Surnames of the people named in full or with a title ('Colonel Nambiar'), one word list
    per person: an article's own people, whom its bare 'Nambiar' means, not a learned namesake;
    a surname that is also a town stays a name ('Rep. Justin T. Bamberg')."""
    found: set[str] = set()
    for words in people:
        title, name = split_title(words, person=True)
        if name and (len(name) > 1 or title):
            found.add(norm_key(name[-1]))
    return frozenset(found)


def _name_word(word: str) -> bool:
    """A word that may stand before a hyphen inside a name ('Jean-', 'al-', 'Fazl-ur-')."""
    return word[:1].isupper() or word.casefold() in NAME_PARTICLES


def _org_split(words: list[str]) -> tuple[list[str], list[str]] | None:
    """For an organisation phrase, (descriptor words, the capitalised name run ending it)."""
    j = len(words)
    while j > 0 and (words[j - 1][:1].isupper() or words[j - 1] in ("of", "for", "and")):
        j -= 1
    while j < len(words) and not words[j][:1].isupper():
        j += 1
    run = words[j:]
    if not any(norm_key(w) in ORG_WORDS for w in run):
        return None
    return words[: len(words) - len(run)], run


def suffix_hit(
    words: list[str], date: str | None, db_path: str | None
) -> tuple[list[str], str, Coded] | None:
    """The longest tail of ``words`` the knowledge base knows: (head words, tail, coded)."""
    for j in range(1, len(words)):
        if words[j - 1].casefold() in ROLE_STOP:
            return None
        tail = " ".join(words[j:])
        lone = j == len(words) - 1
        if not tail[:1].isupper() or (lone and not (place_of(norm_key(tail))
                                                    and not _lowered_acronym(tail))):
            continue  # a lone last word must be a place or outlet, not any dictionary alias
        if lone and tail.casefold().startswith(PARTICLE_PREFIXES) and words[j - 1][:1].isupper():
            continue  # 'Jaber al-Sabah': a family name, not Malaysia's Sabah
        if lone and tribe_indians(words, j):
            continue  # 'Mapuche Indians': a native people, not India
        known = code_name(tail, date, db_path)
        if known is not None:
            return words[:j], tail, known
    return None


def learned_surname_only(text: str, date: str | None, db_path: str | None) -> bool:
    """Whether a phrase is one word that codes only as the surname of a learned actor (no
    place, no dictionary alias): 'Anger' after a 'Lowell Anger' was learned."""
    key = norm_key(text)
    if not key or " " in key or _place(key) is not None or lookup_bundled(key, date):
        return False
    hit = lookup_learned(key, db_path, date)
    return hit is not None and hit.by_surname


# States that seceded, with the state their land belonged to and the day they began: a place
# the gazetteer gives today's state (Juba, Malakal: SSD) lay in the older one before that day.
# (Eritrea is left out: its rebels of 1961-1993 are coded ERI by the group tables.)
SUCCESSOR_STATES: dict[str, tuple[str, str]] = {"SSD": ("SDN", "2011-07-09")}


def state_then(country: str | None, date: str | None) -> str | None:
    """The state a country code's land belonged to on ``date`` (Juba in 2005 is Sudan's)."""
    older = SUCCESSOR_STATES.get(country or "")
    return older[0] if older is not None and date is not None and date < older[1] else country


# 'the men', 'the two men', 'these masked men': men the text has already named (their names
# are their actors); 'two men', 'masked men' are a crowd of their place like 'people'
DEFINITE_DETS = frozenset({"the", "these", "those"})  # 'the men': ones the text named before
NAMED_MEN = re.compile(rf"^(?:{'|'.join(sorted(DEFINITE_DETS))})\s+(?:[\w-]+\s+)?men$",
                       re.IGNORECASE)


def code_phrase(
    text: str, date: str | None = None, db_path: str | None = None
) -> ActorRef | None:
    """Code a bare phrase ('Russian Defense Minister Sergei Shoigu', 'the Kremlin', 'Chinese'),
    its country the state of the phrase's date (state_then)."""
    coded = _code_phrase(text, date, db_path)
    if coded is not None and coded.country in SUCCESSOR_STATES:
        coded.country = state_then(coded.country, date)
    return coded


def _code_phrase(
    text: str, date: str | None = None, db_path: str | None = None
) -> ActorRef | None:
    """Code a bare phrase, its country today's state."""
    if sports_club(text):
        return None  # 'Real Madrid', 'Manchester United': a club, no political actor
    if NAMED_MEN.match(text):
        return None  # 'the two men talked': men the text named before, no crowd of a place
    own = without_patron(text)
    if own != text:  # 'Russian-backed separatists' are coded as 'separatists'
        coded = code_phrase(own, date, db_path) if own else None
        return replace(coded, text=text) if coded is not None else None
    serving = ALLEGIANCE.match(text)
    loyal = _loyal_group(text, serving[1], serving[2], date, db_path) if serving else None
    if loyal is not None:
        return loyal
    whole = code_name(text, date, db_path)
    if whole is not None:
        return ActorRef(text=text, actor_id=whole.actor_id, name=whole.name,
                        country=whole.country, sector=whole.sector, role=whole.role)
    words = _naturalised(text.replace("’", "'").replace("'s ", " 's ").split())
    suffix = suffix_hit(words, date, db_path)
    if suffix is not None:
        title = code_words(suffix[0])
        if _place(norm_key(suffix[1])) is not None:
            title.role_words = []
        add_title_org(title, suffix[0], date, db_path)
        return combine(text, suffix[1], title, suffix[2])
    stands_for = (_named_group(words, date, db_path) or _agent_place(words, date, db_path)
                  or _office_of(words, date, db_path))
    if stands_for is not None:
        return replace(stands_for, text=text)
    org = _org_split(words)
    if org is not None:
        title = code_words(org[0] + org[1])
        title.role_words = []
        return combine(text, _pretty(" ".join(org[1])), title, None)
    title_words, name_words = split_title(words)
    if not name_words and not _head_is_actor(title_words):
        return _origin_only(text, title_words)
    name = " ".join(name_words)
    known = code_name(name, date, db_path) if name else None
    title = code_words(title_words)
    if name_words:  # code_words read the title words alone: 'Georgia Republicans'
        us_state_title(title, words)
    add_title_org(title, title_words, date, db_path)  # 'Hamas leader X', 'Boko Haram fighters'
    return combine(text, name or None, title, known)


# Words that make a town's name a sports club's: before it ('Real Madrid', 'Bayern Munich')
# or after a British town ('Manchester United', 'Leeds United', 'Manchester City')
CLUB_PREFIXES = frozenset({"real", "atletico", "atlético", "bayern", "borussia", "inter", "ac",
                           "fc", "sporting", "olympique", "dynamo", "dinamo", "spartak", "cska",
                           "ajax", "athletic", "racing", "deportivo", "hertha", "eintracht"})
CLUB_SUFFIXES = frozenset({"united", "city", "fc", "hotspur", "rovers", "wanderers", "albion",
                           "athletic"})
CLUB_SUFFIX_COUNTRIES = frozenset({"GBR"})  # where clubs are so named ('Gaza City' is a town)


def sports_club(name: str) -> bool:
    """Whether a name is a sports club named after its town ('Bayern Munich', 'Manchester
    United'), not the town's government; a whole place name ('Panama City') is none."""
    words = name.replace("the ", "").split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if _place(norm_key(name)) is not None:
        return False
    first, last = words[0].casefold(), words[-1].casefold()
    if first in CLUB_PREFIXES:
        return _place(norm_key(" ".join(words[1:]))) is not None
    town = _place(norm_key(" ".join(words[:-1]))) if last in CLUB_SUFFIXES else None
    return town is not None and town.code in CLUB_SUFFIX_COUNTRIES




# A group named by whom it serves: 'fighters loyal to the Taliban', 'militias allied with X'
ALLEGIANCE = re.compile(r"^(.+?)\s+(?:loyal|allied|affiliated|linked)\s+(?:to|with)\s+(.+)$",
                        re.IGNORECASE)


def _loyal_group(text: str, group: str, master: str, date: str | None,
                 db_path: str | None) -> ActorRef | None:
    """An agent serving a known group or leader takes that one's country ('fighters loyal to
    the Taliban': AFG); one serving a state is its patron's client, of no country stated."""
    head = code_phrase(group, date, db_path)
    if head is None or not head.sector:
        return None  # 'people loyal to ...' read as a whole
    served = code_phrase(master, date, db_path)
    state = place_of(norm_key(master))  # a people ('the Houthis') is no patron state
    if served is not None and served.country and (state is None or state.table == "ethnic"):
        head.country, head.actor_id = head.country or served.country, None
    return replace(head, text=text)


# Lower-case words that may open a group's name before a title ('al Shabaab gunmen').
NAME_LEADS = frozenset({"al", "el", "ad"})
# Sectors an organisation named in a person's title lends them ('Hamas leader X' is REB).
# Groups that act across states (Phoenix's IMG: Islamic State, al-Qaeda): no sentence's or
# place's country is theirs
TRANSNATIONAL_SECTORS = frozenset({"IMG"})
ORG_TITLE_SECTORS = frozenset({"REB", "OPP", "PTY", "RAD", "UAF", "IMG", "SEP", "INS", "MED",
                               "NGO", "IGO", "JUD", "LEG", "MIL", "COP", "SPY", "BUS", "EDU"})


# Sectors of armed people who fight a state, by which an undated group's period is told
ARMED_ROLES = frozenset({"REB", "INS", "SEP", "UAF"})


def take_group(title: Title, known: Coded, date: str | None) -> None:
    """A group named in a title ('Hamas leader', 'Boko Haram fighters') gives it its country
    and its armed or political sector; with no date, a title of armed rebels takes the period
    the group was rebels in ('SPLA rebels': Sudan's, not South Sudan's army since 2011)."""
    if date is None and title.sector in ARMED_ROLES and known.sector != title.sector and (
            then := period_country(known.name, title.sector)) is not None:
        title.country, title.body_sector = then, title.sector
        return
    title.country = known.country
    if known.sector in ORG_TITLE_SECTORS:
        title.body_sector = title.body_sector or known.sector


def add_title_org(title: Title, words: list[str], date: str | None,
                  db_path: str | None) -> None:
    """'Hamas leader', 'FARC commander', 'PKK leader': an organisation the knowledge base
    knows, named in a person's title, gives them its country and its sector."""
    if title.country is not None:
        take_demonym_group(title, words, date, db_path)
        return
    known = title_group(words, date, db_path)
    if known is None:
        title.country = staff_country(words, date)  # 'Clinton spokesman Brian Fallon'
    if known is not None:
        take_group(title, known, date)
        return
    stateless_group(title, words, date, db_path)


def stateless_group(title: Title, words: list[str], date: str | None,
                    db_path: str | None) -> None:
    """A group of no state leading a title ('Islamic State militants', 'ISIS fighters')
    gives it the group's sector and the title words after the name as its role; the
    'State' of 'Islamic State' is no government."""
    own = _drop_article(words)
    lead = _leading_name(own)
    stateless = code_name(" ".join(lead), date, db_path) if 0 < len(lead) < len(own) else None
    if stateless is None or stateless.country or stateless.sector not in ORG_TITLE_SECTORS:
        return
    rest = code_words(own[len(lead):])
    title.sector, title.role_words = rest.sector, rest.role_words
    title.body_sector = rest.body_sector or stateless.sector


# Staff and allies a principal's surname may lead ('Trump campaign manager', 'Clinton allies')
STAFF_WORDS = frozenset({
    "manager", "managers", "strategist", "strategists", "staffer", "staffers", "supporter",
    "supporters", "ally", "allies", "lawyer", "lawyers", "attorney", "attorneys", "surrogate",
    "surrogates", "operative", "operatives", "pollster", "chairman", "chairwoman", "campaign",
    "aides", "advisers", "advisors", "spokespeople", "loyalists", "confidant", "donors",
})
STAFF_MODIFIERS = frozenset({"press", "senior", "top", "former", "fired", "longtime", "chief",
                             "deputy", "communications", "policy", "national", "political",
                             "new", "newly", "installed", "hired", "acting", "interim"})


def _staff_word(word: str) -> bool:
    """Whether a lower-case word names someone's staff, allies or officials ('spokesman')."""
    if not word[:1].islower():
        return False
    key = norm_key(word)
    return key in STAFF_WORDS or key in TITLE_SECTORS or _agent(key) is not None


# A candidate's campaign named by the candidate ('the Clinton campaign', 'Trump's campaign',
# 'Sanders's presidential campaign'), which a later bare 'the campaign' is
CAMPAIGN_OF = re.compile(
    r"\b([A-Z][\w.-]*(?:['’][A-Z][\w.-]*)?)(?:'s|’s|')?(?:\s+[a-z]+)?\s+campaign\b")
CAMPAIGN_REACH = 1500  # characters back a bare 'the campaign' looks for whose it is


def campaign_owners_at(text: str, start: int) -> list[int]:
    """Where the names before each campaign the text names before ``start`` begin, the latest
    first ('the Clinton campaign ... the campaign': 'Clinton'), within reach. The callers take
    the first a candidate's mention covers: 'The campaign', 'His campaign' or 'Later the
    campaign' match too and name no one."""
    before = text[max(0, start - CAMPAIGN_REACH) : start]
    return [start - len(before) + m.start(1) for m in reversed(list(CAMPAIGN_OF.finditer(before)))]


def candidate_name(kind: str, text: str) -> bool:
    """Whether a mention naming a campaign is a person: tagged one, or a prominent surname the
    tagger took for an organisation ('the Sanders campaign')."""
    return kind == "PERSON" or (kind == "ORG" and prominent_surname(text))


def staff_country(words: list[str], date: str | None) -> str | None:
    """The country of the prominent person whose surname leads a lower-case title ('Clinton
    spokesman', 'a Trump campaign adviser', 'Donald Trump's campaign manager'): staff and
    allies take their principal's."""
    own = _drop_article(words)
    own = [w for w in own if w not in ("'s", "’s", "'", "’")]
    while len(own) > 2 and own[1][:1].isupper() and (
            is_given_name(own[0]) or own[0].casefold() in COURTESY_TITLES
            or re.fullmatch(r"[A-Z]\.", own[0])):
        own = own[1:]  # 'Donald Trump's campaign manager', 'Donald J. Trump's', 'Mr. Trump's'
    if not 2 <= len(own) <= 4 or not all(_staff_word(w) or w in STAFF_MODIFIERS
                                         for w in own[1:]) or not prominent_surname(own[0]):
        return None
    person = lookup_lone_surname(norm_key(own[0]), date)
    return person.country if person is not None else None


def title_group(words: list[str], date: str | None, db_path: str | None) -> Coded | None:
    """The group named before a title ('Hamas leader', 'Boko Haram fighters', 'al Shabaab
    gunmen'): the first run of name words the knowledge base codes with a country, unless the
    run is a place name (a place is the title's country, read by ``code_words``)."""
    inner = _inner_possessives(words)
    if inner != words and (named := title_group(inner, date, db_path)) is not None:
        return named  # "New People's Army rebels"
    lead = _leading_name(_glued(words))
    whole = code_name(" ".join(lead), date, db_path) if len(lead) > 1 else None
    if len(lead) == 1 and _agent(norm_key(lead[0])) is not None:
        whole = lookup_bundled(norm_key(lead[0]), date)  # 'Janjaweed militiamen': a group
        # the agent table also lists; 'Police officers' names none
    if whole is not None and whole.country and not _place(norm_key(" ".join(lead))):
        return whole  # 'Kurdish Workers Party fighters': a name with an agent word inside
    run: list[str] = []
    for word in [*words, ""]:
        if (word[:1].isupper() or (not run and word in NAME_LEADS)) and _agent(
                norm_key(word)) is None:
            run.append(word)
            continue
        known = code_name(" ".join(run), date, db_path) if run else None
        if known is not None and known.country and not _place(norm_key(" ".join(run))):
            return known
        run = []
    return None


def _inner_possessives(words: list[str]) -> list[str]:
    """Words with a possessive between two capitalised words glued back into the name it
    belongs to ('New People 's Army' -> "New People's Army", "Lord's Resistance Army")."""
    out: list[str] = []
    for i, word in enumerate(words):
        if word in ("'s", "’s") and out and out[-1][:1].isupper() and (
                words[i + 1 : i + 2] and words[i + 1][:1].isupper()):
            out[-1] += "'s"
            continue
        out.append(word)
    return out


def demonym_led_group(words: list[str], date: str | None, db_path: str | None
                       ) -> Coded | None:
    """A known group whose name holds a demonym or a place word and belongs to another state
    ('Croatian Defence Council', the Bosnian Croats' militia; 'Serbian Democratic Party' in
    Bosnia; 'Fatah al-Islam', Lebanon's, not Fatah's Palestine; 'workers at Anglo American',
    a London firm): the group's state, not the word's, is the title's."""
    for run in _name_runs(_glued(_drop_article(words))):
        if len(run) < 2 or place_of(norm_key(" ".join(run))) is not None:
            continue  # 'South Sudan', 'Papua New Guinean': a place, not a group holding one
        named = {found.code for word in run if (found := place_of(norm_key(word))) is not None
                 and found.table in ("place", "demonym")}
        known = code_name(" ".join(run), date, db_path) if named else None
        if known is not None and known.country not in (None, *named):
            return known
    return None


def _name_runs(words: list[str]) -> list[list[str]]:
    """The runs of capitalised words of a phrase: the name it opens with (_leading_name), then
    each later one ('Anglo American' in 'workers at Anglo American 's mines')."""
    lead = _leading_name(words)
    runs: list[list[str]] = [lead]
    run: list[str] = []
    for word in [*words[len(lead):], ""]:
        if word[:1].isupper() or (run and _particle_name(word)):
            run.append(word)
        elif run:
            runs.append(run)
            run = []
    return runs


def take_demonym_group(title: Title, words: list[str], date: str | None,
                       db_path: str | None) -> None:
    """'Croatian Defence Council gunners': the title takes the state of the known group its
    words open with, where a demonym leads that group's name (BIH, not Croatia)."""
    if (group := demonym_led_group(words, date, db_path)) is not None:
        take_group(title, group, date)


def _leading_name(words: list[str]) -> list[str]:
    """The capitalised words a title opens with, agent words included ('Kurdish Workers
    Party' in 'Kurdish Workers Party fighters')."""
    k = 0
    while k < len(words) and (words[k][:1].isupper() or (k == 0 and words[k] in NAME_LEADS)
                              or (k > 0 and _particle_name(words[k]))):
        k += 1
    return words[:k] if words[k:k + 1] != ["of"] else []  # 'Democratic Party of' + 'Japan'


def _particle_name(word: str) -> bool:
    """A name word glued to a lower-case particle ('al-Islam' in 'Fatah al-Islam')."""
    return word.casefold().startswith(PARTICLE_PREFIXES) and word.partition("-")[2][:1].isupper()


def _glued(words: list[str]) -> list[str]:
    """Words with the hyphens the tokens split glued back ('al', '-', 'Islam' -> 'al-Islam')."""
    out: list[str] = []
    for word in words:
        if out and out[-1] != "-" and (word == "-" or out[-1].endswith("-")):
            out[-1] += word
            continue
        out.append(word)
    return out


def _named_group(
    words: list[str], date: str | None, db_path: str | None
) -> ActorRef | None:
    """'the Islamic State group', 'the Taliban movement': the name before a generic group
    head codes the phrase."""
    words = [w for w in words if w.casefold() not in ("the", "a", "an")]
    if len(words) < 2 or words[-1] not in GROUP_TAILS or not words[0][:1].isupper():
        return None
    known = code_name(" ".join(words[:-1]), date, db_path)
    if known is None:
        return None
    return combine(" ".join(words), known.name, Title(), known)


def _agent_place(
    words: list[str], date: str | None, db_path: str | None
) -> ActorRef | None:
    """'rebel positions', 'army bases': a place held by an agent stands for that agent."""
    head = _before_complement(words)
    if len(head) < 2 or head[-1] not in AGENT_PLACES:
        return None
    inner = code_phrase(" ".join(head[:-1]), date, db_path)
    return inner if inner is not None and (inner.sector or inner.country) else None


# Heads that stand for the official whose possessive they follow ('the sheriff's office').
OFFICE_HEADS = frozenset({"office", "offices", "department", "bureau"})


def _office_of(
    words: list[str], date: str | None, db_path: str | None
) -> ActorRef | None:
    """'the sheriff's office', 'the prosecutor's office': an official's office acts as that
    official's service (COP, JUD ...), with whatever country the official's words give."""
    head = _before_complement(words)
    if len(head) < 3 or head[-1].casefold() not in OFFICE_HEADS or head[-2] not in ("'s", "'"):
        return None
    owner = [w for w in head[:-2] if w.casefold() not in ("the", "a", "an")]
    if not owner or not is_agent_phrase(" ".join(owner)):
        return None
    inner = code_phrase(" ".join(owner), date, db_path)
    return inner if inner is not None and inner.sector else None


def _origin_only(text: str, words: list[str]) -> ActorRef | None:
    """A phrase whose head is no actor ('an Indian proposal', 'military support'): only the
    country its own modifiers name, no role, and no sector unless that is an international
    body, whose things and members are the body's ('UN peacekeepers hostage' stays IGO, not
    the people of the place it happens); None without one."""
    head = _before_complement(words)
    title = code_words(head)
    if title.country is None:
        rest = words[len(head) :]
        if rest and rest[0].casefold() == "of" and len(rest) > 1:  # "a patch of ... troops"
            inner = code_phrase(" ".join(rest[1:]))
            return replace(inner, text=text) if inner is not None else None
        return None
    group = demonym_led_group(head, None, None)  # 'Anglo American offices': the firm's
    return ActorRef(text=text, country=group.country if group is not None else title.country,
                    sector="IGO" if title.body_sector == "IGO" else None)


def _before_complement(words: list[str]) -> list[str]:
    """The words before the first preposition/'of' (the phrase's head and its modifiers)."""
    for k, w in enumerate(words):
        if w.casefold() in ROLE_STOP or w.casefold() == "of":
            return words[:k]
    return words


def is_agent_phrase(text: str) -> bool:
    """Whether a phrase's head is an agent by itself or with its modifiers ('fighter jets',
    'the rebel group', 'armed men') or a place held by one ('rebel positions')."""
    split = text.replace("’", "'").split()
    words = [w for i, w in enumerate(split) if not _skipped(split, i)]
    head = _before_complement(words)
    if head and head[-1] in AGENT_PLACES:
        head = head[:-1]
    if head and head[-1].casefold() in PARTY_WORDS and not _political_party(head, len(head) - 1):
        return False
    if len(head) >= 2 and head[-1] in GROUP_TAILS and head[0][:1].isupper():
        return True  # 'the Islamic State group': a name and a group head
    for n in (3, 2, 1):
        if len(head) >= n and not (n == 1 and _common_outlet_word(head[-1])):
            hit = _agent(norm_key(" ".join(head[-n:])))
            if hit is not None and hit[0] is not None:
                return n == 1 or hit[0] in COMPOUND_SECTORS
    return False


def _head_is_actor(words: list[str]) -> bool:
    """Whether a phrase's head (last word before 'of'/'in'/...) is a name, place or agent."""
    head = next((w for w in reversed(_before_complement(words))
                 if any(c.isalnum() for c in w)), "")
    if not head or head[:1].isupper():
        return bool(head)
    key = norm_key(head)
    if key in ELECTION_TITLES and not _election_title(_before_complement(words)):
        return False
    if _agent(key) is not None or key in ROLE_WORDS or _place(key) is not None:
        return True
    words = _before_complement(words)  # "army officers", "security forces": a compound agent
    return any(_agent(norm_key(" ".join(words[-n:]))) is not None for n in (2, 3)
               if len(words) >= n)


def _election_title(words: list[str]) -> bool:
    """'the Republican nominee', 'opposition candidate': a person running for office; 'a
    vaccine candidate', 'job candidates', 'Oscar nominee' name no one running (a common noun
    or an award before the title)."""
    before = [w for w in words[:-1] if any(c.isalnum() for c in w)]
    if before and norm_key(before[-1]) in AWARDS:
        return False
    return not before or before[-1][:1].isupper() or norm_key(before[-1]) in ELECTION_MODIFIERS


def _contradicts(title: Title, known: Coded) -> bool:
    """Whether the title's own country rules the known actor out: another country (for a
    match on a surname alone, any other code, an international body included)."""
    if _other_country(title.country, known.country):
        return True
    return bool(known.by_surname and title.country and known.country
                and title.country != known.country)


def _other_country(said: str | None, known: str | None) -> bool:
    """Whether two country codes are both countries (not bodies) and differ."""
    isos = bundled().isos
    return bool(said and known and said != known and said in isos and known in isos)


def combine(text: str, name: str | None, title: Title, known: Coded | None) -> ActorRef | None:
    """Merge what the title says with what the knowledge base knows; None if nothing is known.

    What the article says wins: a known actor of another country than the one the title
    names is someone else, and lends neither name, id nor codes ("Captain Nambiar of India").
    """
    if known is not None and known.country and title.twin and (
            frozenset({title.country, known.country}) in TWIN_PAIRS):
        title.country = known.country  # "Congo's Ituri province": the place says which Congo
    if known is not None and _contradicts(title, known):
        known = None
    country = title.country or (known.country if known else None)
    sector = title.body_sector or title.sector or (known.sector if known else None)
    if title.media or (known and known.sector == "MED"):
        sector = "MED"
    role = title.role or (known.role if known else None)
    if title.former and title.role:
        sector, role = "ELI", f"former {title.role}"
    if country is None and name and _us_party_person(text.split()):  # 'Republican Donald Trump'
        country, sector = "USA", sector or "PTY"
    if country is None and sector is None and role is None:
        return None
    canonical = (known.name if known else None) or name
    if name and canonical and norm_key(name) == norm_key(canonical):
        canonical = name  # the article's own spelling of the same name
    same = known is not None and known.actor_id and known.country == country
    actor_id = known.actor_id if same and known else (
        actor_id_for(canonical, country) if canonical else None)
    return ActorRef(text=text, actor_id=actor_id, name=canonical, country=country,
                    sector=sector, role=role)
