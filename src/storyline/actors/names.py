"""Name normalisation shared by the dictionary builder and run-time lookups."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WS = re.compile(r"\s+")
_POSS = re.compile(r"['’]s?$")
_LEAD = ("the ", "a ", "an ")
# Lower-case particles inside a person's name that bind the family name after them ('Leila de
# Lima', 'Jaber al-Sabah', 'Frans van der Meer', 'Fazl-ur-Rehman', 'Mohamed ould Abdel Aziz')
NAME_PARTICLES = frozenset({"von", "der", "van", "de", "den", "la", "le", "du", "da", "al",
                            "bin", "ibn", "abu", "ould", "el", "di", "dos", "das", "del", "ur",
                            "ul", "ud"})


@lru_cache(maxsize=200_000)
def norm_key(text: str) -> str:
    """Lookup key: NFKC, case-folded, curly quotes straightened, no leading article/possessive."""
    key = unicodedata.normalize("NFKC", text).replace("’", "'").casefold()
    key = _WS.sub(" ", key.replace("_", " ")).strip(" ,;:\"")
    for lead in _LEAD:
        if key.startswith(lead):
            key = key[len(lead):]
    return _POSS.sub("", key).strip()


def rejoin_split(words: list[str]) -> list[str]:
    """Words with a lone lower-case accented letter put back on the capitalised word before
    it, where a tokeniser split one name at that letter ('Jos é Carreras' -> 'José')."""
    if all(w.isascii() for w in words):
        return words
    out: list[str] = []
    for word in words:
        if out and len(word) == 1 and word.islower() and not word.isascii() and (
                out[-1][:1].isupper()):
            out[-1] += word
        else:
            out.append(word)
    return out


def name_variants(key: str) -> list[str]:
    """The key, then a dot-less variant ('u.s.' -> 'us') and a hyphen-less one."""
    out = [key]
    for alt in (key.replace(".", ""), key.replace("-", " ")):
        if alt not in out:
            out.append(alt)
    return out


# Given names and honorifics that tell a person's gender (pronoun agreement) and that a
# mis-tagged organisation ('Carly Fiorina' as ORG) is a person.
FEMALE = frozenset("""
ursula angela kamala hillary nancy liz theresa giorgia annalena kaja maria marine christine
janet gina linda victoria jacinda sanna roberta ms. ms mrs. mrs madam madame queen lady princess
yulia olena irina elizabeth margaret indira benazir golda mary anna sarah susan karen emily
michelle jill condoleezza madeleine samantha nikki penny mette ingrid dilma cristina kristalina
federica catherine helen julia hina ngozi carly barbara patricia jennifer jessica ashley amanda
melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley anne annie brenda
pamela nicole katherine kate christina rachel carolyn heather diane julie joyce evelyn joan
kelly lauren alice judith sophia grace denise amber doris marilyn beverly isabella diana natalie
brittany rose alexis kayla abigail ivanka melania hope kellyanne huma debbie dianne elise maxine
ilhan alexandria tulsi marianne eva olga svetlana tatiana natalia ekaterina yuliya mariya oksana
liudmyla susannah dena lolita lois debra donna sandra carol ruth sally martha jane kathy cathy
lisa tina wendy teresa tammy paula gloria ellen lynn judy peggy claire louise loretta kirsten
claudia sonia sonja monica erica rita sylvia vanessa valerie veronica kristen kristin kirstin
megan meghan hannah haley nina leah tara jeanne jeanette joanne joanna marsha marcia carla darla
tanya lucy ella emma olivia chelsea ann suzanne susanna deirdre bridget colleen maureen eileen
kathryn caroline roslyn rosalind gwen wanda vicki mazie heidi shelley stacey tracy nadia leila
layla fatima aisha amina yasmin zeinab samira hasina ségolène segolene anneliese margrethe beata
ewa agnieszka dalia kersti vaira
""".split())
MALE = frozenset("""
mr. mr sir king prince vladimir sergei sergey joe donald barack emmanuel olaf rishi boris josep
antony lloyd dmitry volodymyr recep narendra benjamin xi robert richard john james charles jens
michael william david joseph thomas christopher daniel paul mark george kenneth steven edward
brian ronald anthony kevin jason matthew gary timothy jose larry jeffrey frank scott eric
stephen andrew raymond gregory jack dennis jerry tyler aaron henry adam douglas nathan peter
zachary kyle walter harold jeremy ethan carl keith roger gerald christian terry sean arthur
noah lawrence jesse joe bryan billy albert dylan bruce willie gabriel alan juan
logan wayne ralph roy eugene randy vincent russell louis philip bobby johnny bradley mike
bernie ted jeb ben marco rand chris mitch newt rudy bill al dick hunter beto pete kevin
sergei alexei alexander mikhail nikolai yevgeny andriy oleksandr viktor igor ivan pavel
craig patrick howard harry steve tom tim jim jon jonathan nick nicholas greg doug don ron rick
ricky richard dan danny matt sam samuel ed eddie fred frederick louis leon luis carlos miguel
pedro jorge manuel francisco alejandro enrique felipe javier rafael ricardo fernando hugo
ernesto andres nicolas mauricio evo alvaro juan sebastian hassan hussein mohammed muhammad
mohammad ahmed ahmad ali omar abdullah abdel khalid mahmoud mustafa ibrahim yusuf ismail
bashar hosni recep nawaz imran shinzo fumio yoshihide wen jiang zhou deng mao benjamin ehud
ariel yitzhak shimon naftali yair avigdor francois jacques gerhard helmut silvio matteo mario
giuseppe mariano jose luiz lula jair rodrigo gustavo mitt marco rand lindsey orrin lamar chuck
reince karl newt mike mikey jared stephen jeff jeffrey josh joshua luke jake jacob ian neil
nigel gordon tony david clive boris keir jeremy
""".split())


def is_given_name(word: str) -> bool:
    """Whether a word is a known given name (not an honorific)."""
    w = word.casefold()
    return (w in FEMALE or w in MALE) and not w.startswith(("mr", "ms", "mrs", "sir", "madam"))

