"""People and organisations of one article: canonical names, titles, affiliations, gender.

Every mention of a speaker resolves to one canonical entity per article:
- names: full names create entities ("Luke Coffey"); a lone surname or "Mr Fairbrother" links to
  the full name introduced earlier (the longest full name wins); titles (Dr., Judge, Mr) are
  stripped into `title`, post-nominals (KC, OBE) dropped, a generational suffix (Jr., III) kept
  as part of the name (a father and son are two people), a quoted nickname inside a name skipped;
- appositives and pre-name roles give title and affiliation ("Luke Coffey, a senior fellow at
  the Hudson Institute"; "head coach Mirela Dascalu");
- gender comes from the article first (Mr/Ms, pronouns in sentences where the person is the only
  one named), then from a first-name lexicon (gender-guesser);
- pronouns resolve to the most recent compatible subject, skipping a closer person of the other
  gender; descriptions ("the judge", "the health authority") to the entity whose title or name
  holds those words.

The NER model is not trusted alone (the small model tags places as PERSON); a name becomes a
person from several signals together.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from attribution import lexicons
from attribution.marks import DOUBLE_CLOSE, DOUBLE_STRAIGHT, SINGLE_CLOSE
from attribution.nlp import LOWERCASE_WORDS_TABLE
from attribution.normalise import LEGAL_FORMS, without_legal_form

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

Gender = Literal["male", "female"]

_SURNAME_PARTICLES = {"ní", "nic", "ó", "uí", "mac", "mhic", "ua", "te"}  # (Māori “Te”: Hemi Te Rangi-Walsh)
_WELSH_PARTICLES = {"ap", "ab"}  # (lower-case only: “Ab Osterhaus” is a given name)
# what ends a street's name and never a person's (not Park, Hill or Lane: surnames too)
_STREET_WORDS = {"road", "street", "avenue", "boulevard", "highway", "square", "rd", "st", "ave"}
_PLACE_PREPOSITIONS = {"in", "at", "near", "from", "to", "into", "outside", "inside", "across", "around"}
# styles that are also given names, words or brands (“Nana Mouskouri”, “ASP Isotopes”): a style
# only before a full name
# (styles that open names too: “Nana Mouskouri”, “Don Henley”, “Señor Frogs”)
_AMBIGUOUS_STYLES = {
    "nana", "gogo", "mama", "asp", "oba", "don", "maître", "maitre", "señor", "señora", "senhor", "senhora",
    "signor", "signora", "herr", "frau",
}
# bodies named with where they are accredited (“… Mission of X to the United Nations”)
_ACCREDITED = {"mission", "embassy", "delegation", "consulate"}
# the names every Sikh woman and man bears after the given name (never a given name there)
_SIKH_NAMES = {"Kaur", "Singh"}
_PLACED = {"based", "headquartered", "born", "listed", "registered"}  # “Pune-based”, “London-listed”
_PATRONYMIC = {"bin", "binti", "binte", "bint", "bte", "ibn", "a/l", "a/p", "s/o", "d/o", "arap"}  # “son/daughter of”, before the father's name
_NAME_PARTICLES = {"de", "da", "del", "della", "dela", "delos", "der", "den", "ter", "ten", "di", "du", "la", "le", "van", "von", "al", "el", "dos", "das", "do"} | _PATRONYMIC | _WELSH_PARTICLES
# kin words that make someone the younger or the elder of two relatives
_CHILD_WORDS = {"son", "daughter", "grandson", "granddaughter", "nephew", "niece", "child"}
_PARENT_WORDS = {"father", "mother", "grandfather", "grandmother", "uncle", "aunt", "dad", "mum", "mom"}
# parties and allegiances written before a name (“Republican Mike Smith”, “Independent Eamon de Búrca”)
_AFFILIATION_WORDS = {
    "republican", "democrat", "democratic", "labour", "labor", "conservative", "tory", "liberal", "independent",
    "green", "libertarian", "socialist", "communist", "nationalist", "unionist", "progressive", "loyalist",
    "republicans", "democrats", "independents",
}
_GENERATIONS = {"jr", "sr", "ii", "iii", "iv"}  # kept in the name: a father and son, Jr. and III, are two people
_GENERATION_ORDER = {"sr": 0, "jr": 1, "ii": 1, "iii": 2, "iv": 3}  # elder first; a name without a suffix is the eldest
# tongues whose word the tagger takes for a name: no body's, and a person's only as a speaker
# (“said Irish”, a nickname)
_TONGUES = {
    "english", "welsh", "irish", "scottish", "gaelic", "cornish", "manx", "breton", "french", "dutch", "flemish",
    "basque", "catalan", "galician", "spanish", "portuguese", "german", "italian", "polish", "swedish", "danish",
    "finnish", "hebrew", "arabic", "urdu", "hindi", "bengali", "tamil", "swahili", "yoruba", "igbo", "hausa", "zulu",
    "xhosa", "māori", "maori", "tagalog", "mandarin", "cantonese", "japanese", "korean",
}
# where bodies post: “… said the council on Facebook” (never a body's brief)
_PLATFORMS = {
    "facebook", "instagram", "x", "twitter", "tiktok", "youtube", "linkedin", "threads", "bluesky", "whatsapp",
    "telegram", "snapchat", "reddit", "mastodon", "weibo", "wechat", "substack",
}
_MEMBERS = {"mp", "mep", "td", "msp", "mla", "mpp"}  # members of a parliament or an assembly
_SUFFIXES = {
    "kc", "qc", "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "mp", "mep", "obe", "mbe", "cbe", "phd",
    "bl", "td", "jp", "frs", "msp", "mla", "mpp",  # (Irish barristers and TDs, Scottish and other members)
    "sc",  # (Senior Counsel: Hong Kong, Ireland, Singapore, South Africa)
}
# What the article says (a possessive, “X said he …”) outweighs a first-name lexicon: two
# such pronouns overrule a name the lexicon is sure of (2.5), one overrules a “mostly” name
_TEXT_VOTE = 2.0
_NON_PERSON_ENTS = {"GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "DATE", "TIME", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "PERCENT"}
_TITLE_WORDS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "prof": "professor", "dr": "doctor",
    "cllr": "councillor", "coun": "councillor", "gen": "general", "lt": "lieutenant", "sgt": "sergeant", "det": "detective",
    "insp": "inspector", "supt": "superintendent", "capt": "captain", "col": "colonel", "maj": "major",
    "rev": "reverend", "pres": "president", "atty": "attorney", "supt.": "superintendent",
    "justice": "judge", "magistrate": "judge",
    "captain": "skipper", "skipper": "captain",  # (“captain Karthik X” … “the skipper laughed”)
    "laboratory": "lab", "laboratories": "lab",  # (“the Language Intelligence Laboratory” … “the lab said”)
}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "rev", "sen", "rep", "gov", "cllr", "coun", "judge"}
_MALE_TITLES = {
    "mr", "sir", "lord", "king", "prince", "father", "brother", "congressman", "chairman", "alhaji", "mallam", "pak", "bapak",
    "don", "señor", "senhor", "signor", "herr",
}
_FEMALE_TITLES = {
    "mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sister", "congresswoman", "chairwoman", "alhaja", "hajiya", "madam",
    "mama", "gogo", "bu", "ibu", "doña", "dona", "señora", "senhora", "signora", "frau",
}
MALE_PRONOUNS = {"he", "him", "his", "himself"}
FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
PLURAL_PRONOUNS = {"they", "them", "their", "we"}
_PRONOUN_WORDS = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS


@lru_cache(maxsize=1)
def _gender_detector():
    import gender_guesser.detector as detector

    return detector.Detector(case_sensitive=False)


@lru_cache(maxsize=8192)
def _name_guess(first_name: str) -> str:
    """gender-guesser's answer, once per name: it is asked many times per article."""
    name = first_name.strip(".")
    guess = _gender_detector().get_gender(name)
    if guess == "unknown":
        # the lexicon knows some names only without their accents (Siobhan, not Siobhán)
        plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        if plain != name:
            guess = _gender_detector().get_gender(plain)
    return guess


def _lexicon_certain(first_name: str) -> bool:
    return _name_guess(first_name) in ("male", "female")


@lru_cache(maxsize=8192)
def _crosses_cultures(first_name: str) -> bool:
    """A name that is a man's in one country and a woman's in another (Nicola, Andrea, Marian,
    Jordan): the overall guess is certain, but the article may be about the other one."""
    detector = _gender_detector()
    name = first_name.strip(".")
    seen = {detector.get_gender(name, country) for country in detector.COUNTRIES}
    return bool(seen & {"male", "mostly_male"}) and bool(seen & {"female", "mostly_female"})


@lru_cache(maxsize=8192)
def _name_is_shared(first_name: str) -> bool:
    """A first name both sexes carry (Jess, Alex, Sasha): the lexicon is unsure overall or for
    Britain, so centring may overrule its guess — never for John or Mary."""
    if not first_name:
        return True
    if _name_guess(first_name) not in ("male", "female"):
        return True
    return _gender_detector().get_gender(first_name.strip("."), "great_britain") in ("andy", "unknown")


def lexicon_gender(first_name: str) -> Gender | None:
    """Gender a first name usually has, or None when the lexicon doesn't know or can't tell."""
    if not first_name or not first_name[0].isupper():
        return None
    guess = _name_guess(first_name)
    if guess in ("male", "mostly_male"):
        return "male"
    if guess in ("female", "mostly_female"):
        return "female"
    return None


@dataclass
class Entity:
    """A person or organisation of the article, as built from its mentions."""

    id: int
    kind: Literal["person", "organisation"]
    name: str
    first: str | None = None
    last: str | None = None
    title: str | None = None
    affiliation: str | None = None
    gender: Gender | None = None
    gender_votes: dict[str, float] = field(default_factory=lambda: {"male": 0.0, "female": 0.0})
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)  # every role given (“Cllr”, “cabinet member for housing”)
    nicknames: set[str] = field(default_factory=set)  # given names in quotes (Margaret “Peggy” …)
    strong: bool = False  # enough evidence that this is really a person/organisation
    anonymous: bool = False  # “a resident”, “one witness”: a speaker with no name to give
    speaks_for: int | None = None  # an unnamed spokesperson's organisation (“a ValuMart spokeswoman”)
    age: int | None = None  # “Okoro, 19,”: lets “the 19-year-old” find him
    gender_certain: bool = False  # enough evidence to skip this person for a pronoun of the other gender
    gender_from_text: bool = False  # the article itself (a title, a pronoun) says it, not only the first name
    generation: str | None = None  # “Jr.”, “III”, kept at the end of the name
    they: bool = False  # the article says the person uses they/them: a “they” after them is theirs

    def descriptors(self) -> set[str]:
        words = set()
        # (of a further role, only what comes before “of”: “a friend of the defendant” is no defendant)
        further = [re.split(r"\s+of\s+", r, maxsplit=1)[0] for r in self.roles if r != self.title]
        parts = (self.title, *further) if self.kind == "person" else (self.name, self.title)
        for part in parts:
            if part:
                for w in part.split():
                    w = w.strip(".,’'").lower()
                    words.add(w)
                    words.add(_TITLE_WORDS.get(w, w))  # “Sen.” is described as “the senator”
                    if w in _POLICE_RANKS and self.kind == "person":
                        words.add("officer")  # “Det Insp Ruth Calloway … the officer said”
        return words


@dataclass(frozen=True)
class EntityMention:
    """A mention of an entity outside quotes, in text order."""

    start: int
    end: int
    text: str
    entity: int
    token: int  # index of the mention's head token
    is_subject: bool
    paragraph: int
    main: bool = False  # subject of its sentence's main verb, not of a clause inside it


def _through_appositions(tok: Token) -> Token:
    """“Lam's coach, the former champion Wong Ka-ming, said”: the name is in apposition to a
    role that is itself in apposition to (or coordinated with) the subject; the phrase they
    all stand in."""
    while tok.dep_ in ("appos", "conj") and tok.head.i != tok.i:
        tok = tok.head  # (“The Minister of Oceans and Coastal Economy, Nomvula Khoza,”: a conjunct's)
    return tok


def _main_subject(head: Token) -> bool:
    """“The coach added that Okonjo had …”: the coach is the main subject, Okonjo is not."""
    subject = _through_appositions(head.head) if head.dep_ in ("appos", "conj") else head
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = subject.head
    while verb.dep_ in ("conj",) and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


@dataclass(frozen=True)
class NameRun:
    """A proper-name phrase as written, with the title words in front of it split off."""

    start: int
    end: int
    text: str  # as written (mention text)
    name_tokens: tuple[str, ...]  # the name proper, titles/suffixes/nicknames removed
    titles: tuple[str, ...]
    head: int  # token index of the head
    nickname: str | None = None  # Margaret “Peggy” Halloran: Peggy
    generation: str | None = None  # “Jr.”, “III”: part of who the person is (a father and son share the rest)


def _share_surnames(text: str, runs: list[NameRun]) -> list[NameRun]:
    """“Gavin and Lorraine Petch”, “Leanne & Jordan Maddox”: a lone given name joined to a
    full name shares its surname — a couple or siblings, not a first-name-only person."""
    # (a given name someone already bears in full — “Kate Lewis … Kate and Jamie Oliver” — is hers)
    owned = {run.name_tokens[0] for run in runs if len(run.name_tokens) >= 2}
    shared = list(runs)
    for k, (run, nxt) in enumerate(zip(runs, runs[1:])):
        if (
            len(run.name_tokens) == 1 and not run.titles and len(nxt.name_tokens) == 2
            and run.name_tokens[0] not in owned
            and text[run.end : nxt.start] in (" and ", " & ")
            and lexicon_gender(run.name_tokens[0]) and lexicon_gender(nxt.name_tokens[0])
        ):
            shared[k] = replace(run, name_tokens=(run.name_tokens[0], nxt.name_tokens[1]))
    return shared


def _join_spelled_out(text: str, runs: list[NameRun]) -> list[NameRun]:
    """“The United Freight and Rail Workers (UFRW)”: two runs joined by “and” (or “of”, “for”)
    whose initials together spell the acronym in brackets after them are one body's name."""
    joined: list[NameRun] = []
    for run in runs:
        prev = joined[-1] if joined else None
        acronym = _DEFINED_ACRONYM.match(text, run.end + 1) if text[run.end : run.end + 1] == " " else None
        if (
            prev is not None and acronym is not None and not run.titles
            and text[prev.end : run.start] in (" and ", " & ", " of ", " for ")
            and _initials(" ".join(run.name_tokens)) != acronym.group(1)
            and _initials(f"{' '.join(prev.name_tokens)} {' '.join(run.name_tokens)}") == acronym.group(1)
        ):
            joined[-1] = replace(
                prev, end=run.end, text=text[prev.start : run.end], head=run.head,
                name_tokens=(*prev.name_tokens, text[prev.end : run.start].strip(), *run.name_tokens),
            )
            continue
        joined.append(run)
    return joined


def _according_to(head: Token) -> bool:
    """“…, according to Dr Okonjo”: the source speaks as much as a subject would."""
    return head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according"


def role_head(role: str) -> str:
    """The head word of a role phrase: the last word before any “of/for/at/in/with”
    (“member of parliament” → member, “cabinet member for housing” → member)."""
    words = re.split(r"\s+(?:of|for|at|in|with)\s+", role.strip(), maxsplit=1)[0].split()
    return words[-1].strip(".,’'").lower() if words else ""


def _says(head: Token) -> bool:
    """The name is the subject of a reporting verb (“…,” Ms Pellow said)."""
    subject = head.head if head.dep_ in ("appos", "conj") else head
    verb = subject.head
    return (
        subject.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in lexicons.reporting_verbs()
        # (“Maureen called him Edwin” names someone, and says nothing; “called the verdict a
        # vindication” still speaks)
        and not (
            any(c.dep_ == "oprd" for c in verb.children)
            and any(c.dep_ == "dobj" and (c.pos_ in ("PRON", "PROPN")) for c in verb.children)
        )
    )


_SENTENCE_OPENING_WORDS = {
    "former", "current", "ex", "then", "late", "acting", "interim", "veteran", "fellow", "some", "several",
    "many", "most", "both", "all", "two", "three", "four", "five", "other", "another", "rival", "disgraced",
    "local",
}
_RANK_OR_GIVEN = {"Col", "Gen"}  # rank abbreviations that are also given names (Col, Gen)
_MILITARY = {"lt", "lieutenant", "brig", "brigadier", "maj", "major", "retired", "ret", "former", "acting"}
# ranks of police officers: each describes “the officer”
_POLICE_RANKS = {
    "detective", "det", "inspector", "insp", "sergeant", "sgt", "constable", "pc", "superintendent", "supt",
    "officer", "trooper", "deputy", "patrolman", "patrolwoman",
}


def _given_not_rank(text: str, runs: list[NameRun]) -> list[NameRun]:
    """“Col Strachan … Mr Strachan said”, “dairy farmer Col Brennan”: an undotted rank
    abbreviation that is also a given name (Col, Gen) was the name when the article later calls
    the person Mr or Ms, or puts a civilian trade in front — no paper demotes a colonel to Mr,
    and no farmer is a colonel by trade."""
    civil = {
        run.name_tokens[-1] for run in runs
        if any(t.strip(".").lower() in ("mr", "mrs", "ms", "miss") for t in run.titles)
    }
    for run in runs:
        if len(run.titles) >= 2 and run.titles[-2].strip(".").lower() not in _MILITARY:
            civil.add(run.name_tokens[-1])  # “Mayor Col Henderson”: no mayor is also a colonel by title
        before = text[: run.start].split()
        trade = before[-1].strip(",").lower() if before else ""
        if trade.isalpha() and trade.islower() and People.is_person_noun(trade) and trade not in lexicons.titles():
            civil.add(run.name_tokens[-1])
    # (“Col Tim Collins … Col Collins … Mr Collins”: a colonel named in full keeps his rank)
    full = {run.name_tokens[-1] for run in runs if len(run.name_tokens) >= 2 and set(run.titles) & _RANK_OR_GIVEN}
    given = list(runs)
    for k, run in enumerate(runs):
        if (
            run.titles and run.titles[-1] in _RANK_OR_GIVEN and len(run.name_tokens) == 1
            and run.name_tokens[0] in civil and run.name_tokens[0] not in full
        ):
            given[k] = replace(run, name_tokens=(run.titles[-1], run.name_tokens[0]), titles=run.titles[:-1])
    return given



def _office_words(doc: list[Token], last: int) -> list[str]:
    """The capitalised title words ending at `last` (“Chief Inspector” of “Chief Inspector of
    Mines”), the office a brief after them belongs to."""
    titles = lexicons.titles()
    first = last
    while first > 0 and doc[first - 1].text[:1].isupper() and _clean(doc[first - 1].text) in titles and last - first < 3:
        first -= 1
    return [t.text for t in doc[first : last + 1]]


def _clean(word: str) -> str:
    return word.strip(".").lower()


def _an_initial(text: str) -> bool:
    """“J.”, “K.”: a capital and a full stop, standing for a name."""
    return len(text) == 2 and text[1] == "." and text[0].isupper()


class People:
    """The entity roster of one article and the resolution of mentions to it."""

    def __init__(
        self,
        doc: Doc,
        inside_quote: list[int],
        paragraph_of: list[int],
        text: str | None = None,
        tokens: list[Token] | None = None,
    ) -> None:
        self.doc = doc
        # Doc.text is rebuilt and doc[i] makes a new Token on every access: take both once
        self.text = text if text is not None else doc.text
        self.tokens: list[Token] = tokens if tokens is not None else list(doc)
        self._inside = inside_quote  # per token: index of the enclosing quote or -1
        self._paragraph = paragraph_of  # per token: paragraph index
        # per token: its sentence's (start, end) token indices (Token.sent walks the parse each time)
        self._sentence: list[tuple[int, int]] = [(0, len(self.tokens))] * len(self.tokens)
        if doc.has_annotation("SENT_START"):  # a model without parser or senter: one sentence
            for sent in doc.sents:
                bounds = (sent.start, sent.end)
                self._sentence[sent.start : sent.end] = [bounds] * (sent.end - sent.start)
        self._starts = [t.idx for t in self.tokens]
        self.entities: list[Entity] = []
        self.mentions: list[EntityMention] = []
        self._by_token: dict[int, EntityMention] = {}  # name/description mentions by token
        self._build()

    # ----------------------------------------------------------------- building
    def _build(self) -> None:
        runs = _given_not_rank(self.text, _share_surnames(self.text, _join_spelled_out(self.text, self._name_runs())))
        full = [r for r in runs if len(r.name_tokens) >= 2]
        single = [r for r in runs if len(r.name_tokens) == 1]
        self._unplaced: list[NameRun] = []  # full names no kind was found for (“victory over Naledi Dube”)
        self._identified: dict[str, tuple[int, Entity]] | None = None  # filled on first use
        self._withheld: set[int] | None = None  # … and so is this
        self._deceased_cache: Entity | Literal[False] | None = None  # … and this (False: none)
        self._things_named = set(_things_named(self.text))
        # names the article gives an age anywhere (“Parata, 67, is one of …”): people, however
        # the recogniser tagged the full name where it first appeared
        self._aged = {t.text for t in self.tokens if t.pos_ == "PROPN" and self._inside[t.i] < 0 and _age_after(self.tokens, t)}
        for run in full:
            entity = self._entity_for_full(run)
            if entity is None:
                self._unplaced.append(run)
            self._add_mention(run, entity)
        for run in single:
            begun = self._organisation_begun(run)
            self._add_mention(run, begun if begun is not None else self._entity_for_single(run))
        self.mentions.sort(key=lambda m: m.start)
        self._add_mistagged_surnames()
        self._reconsider_kinds()
        self._lead_roles()
        self._add_descriptions()
        self._add_anonymous()
        for m in self.mentions:
            # every token of the mention, so “Health” in “Ministry of Health and Social Care” counts
            for t in range(self._token_index_at(m.start), self._token_index_at(m.end)):
                self._by_token[t] = m
        self._learn_gender()
        self._chain_pronouns()
        self._family_surnames()
        self.narrator = self._name_the_narrator()

    def _name_runs(self) -> list[NameRun]:
        doc = self.tokens
        titles = lexicons.titles()
        runs: list[NameRun] = []
        i = 0
        n = len(doc)
        # an acronym the article spelled out (“… Workers Union (PCTWU)”) is a name wherever it
        # recurs, whatever the tagger made of it (“the PCTWU said”, tagged a plural noun)
        defined = {m.group(1) for m in _DEFINED_ACRONYM.finditer(self.text)}
        while i < n:
            tok = doc[i]
            if self._inside[i] >= 0 or not (
                _name_token(tok) or tok.text in defined or (tok.lower_ in _NAME_PARTICLES and _particles_then_name(doc, i))
                or _plural_opening_a_body(doc, i)
            ):
                i += 1
                continue
            j = i
            tokens: list[Token] = []
            nickname: str | None = None
            while j < n:
                t = doc[j]
                if self._inside[j] < 0 and (
                    _name_token(t) or t.text in defined or (tokens and _joiner(t, doc, j)) or _org_connector(t, tokens, doc, j) or _branch_number(t, tokens)
                    or (not tokens and _plural_opening_a_body(doc, j))
                    or (tokens and _name_tail(t, doc))
                    # a capitalised word right after a connector inside a name, whatever its tag
                    or (tokens and tokens[-1].lower_ in ("and", "&", "of", "for") and t.text[:1].isupper() and t.is_alpha)
                    # … or after a particle (“du Plessis-Khumalo”, Plessis tagged a noun)
                    or (tokens and tokens[-1].lower_ in _NAME_PARTICLES and tokens[-1].text[:1].islower() and t.text[:1].isupper() and t.is_alpha)
                    or (tokens and _irish_surname_part(t, tokens[-1]))
                    or (len(tokens) >= 2 and tokens[-1].text in _HYPHEN_TOKENS and _hyphened_mutation(tokens[-2]))  # (t-Saoir)
                    # a capitalised word hyphened onto the name, whatever its tag (“Odhiambo-Were told”)
                    # — or the lower-case half of a romanised given name (“Tseng Chih-hsiung”,
                    # “Kim Min-jun”), where the recogniser keeps it in the person or it is no
                    # English word (not “Smith-led”)
                    or (
                        len(tokens) >= 2 and tokens[-1].text in _HYPHEN_TOKENS and not tokens[-1].whitespace_
                        and not tokens[-2].whitespace_ and t.is_alpha and (t.text[:1].isupper() or _lower_given_half(t))
                    )
                    # the Catalan and Spanish “and” between two surnames: Roig i Ferrer, Ortega y Gasset
                    or (len(tokens) >= 2 and t.text in ("i", "y") and _name_token(tokens[-1]) and j + 1 < n and _name_token(doc[j + 1]))
                    or _plural_owner_in_name(t)
                    or (tokens and _possessive_in_name(t))
                ) or (
                    self._inside[j] < 0 and t.lower_ in _NAME_PARTICLES and _particles_then_name(doc, j)
                ):
                    tokens.append(t)
                    j += 1
                    continue
                # a quoted nickname between first name and surname: Daniel “The Hammer” Okoro
                if tokens and t.text in "“\"‘'" and self._inside[j] >= 0:
                    k = j + 1
                    while k < n and self._inside[k] == self._inside[j] and k - j < 8:
                        k += 1
                    if k - 1 > j and doc[k - 1].text in "”\"’'" and k < n and (
                        _name_token(doc[k]) or (doc[k].text[:1].isupper() and doc[k].is_alpha)
                        # (or a particle that opens the surname: Jacobus “Koos” le Roux)
                        or (doc[k].text in _NAME_PARTICLES and _particles_then_name(doc, k))
                    ):
                        tokens.append(doc[k])  # a capitalised word after First “Nickname” is the surname,
                        inner = [x.text for x in doc[j + 1 : k - 1]]
                        nickname = inner[0] if len(inner) == 1 else nickname
                        j = k + 1  # whatever its tag
                        continue
                break
            # “Tremblay-Ouellet, 58, said”: a capitalised word hyphened onto the name is part of
            # it, whatever the tagger made of it (here a verb)
            while tokens and tokens[0].i >= 2 and self._inside[tokens[0].i - 2] < 0 and (
                doc[tokens[0].i - 1].text in _HYPHEN_TOKENS and not doc[tokens[0].i - 1].whitespace_
                and not doc[tokens[0].i - 2].whitespace_ and doc[tokens[0].i - 2].text[:1].isupper() and doc[tokens[0].i - 2].is_alpha
            ) and not (runs and runs[-1].end > doc[tokens[0].i - 2].idx):
                tokens = [doc[tokens[0].i - 2], doc[tokens[0].i - 1], *tokens]
            # “Pune-based Sarangdhar Aerosystems”, “the Bristol-based Avon Corsairs”: where a body
            # is based is no part of its name
            cut = next((n for n, t in enumerate(tokens) if n >= 2 and t.lower_ in _PLACED and tokens[n - 1].text in _HYPHEN_TOKENS), None)
            if cut is not None and cut + 1 < len(tokens):
                tokens = tokens[cut + 1 :]
            # “Former Ironleaf Games staff say …”: a word that only opens the sentence is no part
            # of the name
            while len(tokens) > 1 and tokens[0].lower_ in _SENTENCE_OPENING_WORDS and _opens_sentence(tokens[0]):
                tokens.pop(0)

            if len(tokens) > 2 and tokens[0].lower_ in _MARKET_PLURALS and tokens[1].lower_ == "of" and _opens_sentence(tokens[0]):
                tokens = tokens[2:]  # “Shares of Kestrel Foods Plc fell”: a plural capitalised by its place
            if len(tokens) == 1 and _hyphen_glued(tokens[0]) and doc[tokens[0].i + 2].is_lower and doc[tokens[0].i + 2].is_alpha and (
                doc[tokens[0].i + 2].lower_ not in _NAME_PARTICLES | {"y", "i", "en", "ur", "sur", "lès", "les"}
            ):
                tokens = []  # “Welsh-speaking”, “Labour-run”, “Kremlin-backed”: a word made into a modifier
            if len(tokens) == 1 and (
                _plural_opening_a_sentence(tokens[0]) or self._plural_written_lower_elsewhere(tokens[0])
            ) and not self._named_elsewhere(tokens[0]):
                tokens = []  # “Winters are the hardest part.”: a plural noun capitalised by its place
            # trim joiners at the end
            while tokens and not (
                _name_token(tokens[-1]) or (tokens[-1].text[:1].isupper() and tokens[-1].is_alpha) or _branch_number(tokens[-1], tokens[:-1])
                or _lower_given_half(tokens[-1])
                or _name_tail(tokens[-1], doc) or (len(tokens) > 1 and _IRISH_MUTATED.match(tokens[-1].text) and _irish_surname_part(tokens[-1], tokens[-2]))
            ):
                tokens.pop()
            if not tokens:
                i = max(j, i + 1)
                continue
            # “the Severn and Wye Community Trust”: the word before “and” was tagged a people or a
            # river, not a name; “the” before it says one body is named (two would be “Skyline
            # Airways and Cascadia Air”)
            first = tokens[0].i
            if (
                tokens[-1].lower_ in lexicons.organisation_words() and first >= 3 and doc[first - 1].lower_ in ("and", "&")
                and doc[first - 2].text[:1].isupper() and doc[first - 2].is_alpha and doc[first - 3].lower_ == "the"
                and doc[first - 2].lower_ not in lexicons.organisation_words() and self._inside[first - 2] < 0
                and not (runs and runs[-1].end > doc[first - 2].idx)
            ):
                tokens = [doc[first - 2], doc[first - 1], *tokens]
            words = [
                t for t in tokens
                if _name_token(t) or (t.text[:1].isupper() and t.is_alpha) or t.lower_ in _NAME_PARTICLES or t.lower_ in ("of", "for", "and", "&", "to", "on")
                or _lower_given_half(t)
                or _branch_number(t, tokens[: tokens.index(t)]) or _name_tail(t, doc)
                or (t.i > 0 and _irish_surname_part(t, doc[t.i - 1]))
                or (t.lower_ == "the" and t is not tokens[0] and doc[t.i - 1].lower_ in ("of", "to"))  # (“Office of the Governor”)
                or (t.text in ("i", "y") and t is not tokens[0] and t is not tokens[-1])  # (Roig i Ferrer)
            ]
            # post-nominals (KC, OBE, Jr.) first, so that they never pass for a surname below
            generation: str | None = None
            # “Labour MP calls …”, “Kerry TD says”: one word before a member's letters is their
            # party or seat, not a name (a name there has two: “Jane Corrigan MP”)
            seat_only = len(words) == 2 and _clean(words[-1].text) in _MEMBERS and words[-1].text.isupper()
            while len(words) > 1 and _clean(words[-1].text) in _SUFFIXES:
                nxt = self.tokens[words[-1].i + 1] if words[-1].i + 1 < len(self.tokens) else None
                if _clean(words[-1].text) in _GENERATIONS and words[-1].text[:1].isupper() and not (
                    nxt is not None and _clean(words[-1].text) in ("ii", "iii", "iv") and nxt.text.islower() and nxt.is_alpha
                    and nxt.pos_ not in ("AUX", "CCONJ", "ADP", "SCONJ", "DET", "PRON", "ADV", "PART") and nxt.tag_ != "VBD"
                    and nxt.lemma_.lower() not in lexicons.reporting_verbs()
                ):  # (not “gave Brandon Kerr IV fluids”; but “Hank Ellis III and …”)
                    generation = words[-1].text
                    after = words[-1].idx + len(words[-1].text)
                    if generation.lower() in ("jr", "sr") and self.text[after : after + 1] == ".":
                        generation += "."  # (“… said Carlton Reese Sr.”: the full stop ends both)
                words.pop()
            # everything up to the last title word is a role: “Health Minister Dr. Ayesha Raman”
            last_title = -1
            # roles stand before the name: stop looking at the first known first name, so that
            # “Martin Luther King” keeps its King and “Major” or “General” inside names stay
            first_name = next(
                (n_w for n_w, t in enumerate(words) if lexicon_gender(t.text) and _clean(t.text) not in titles), None
            )
            role_zone = first_name if first_name is not None else len(words) - 1
            organisation_name = (
                len(words) >= 2 and words[-1].lower_ in lexicons.organisation_words()
                # (“Det Sgt John Mills”, “Singer Charlotte Church”: a surname that is also an
                # organisation word, after a given name the lexicon is sure of)
                and not (
                    _lexicon_certain(words[-2].text) and _clean(words[-2].text) not in titles and words[-2].ent_type_ != "ORG"
                    # (a given name opens the name or follows a role: not “Harwell Lane Partners”)
                    and (len(words) == 2 or _clean(words[-3].text) in titles or self.describes_a_person(words[-3].lower_))
                )
            )
            # (or a business by its legal form: “Mineração Serra Azul Ltda.” has no role in it)
            organisation_name = organisation_name or (
                len(words) >= 2 and words[-1].lower_.strip(".").replace(".", "") in LEGAL_FORMS - {"co", "sa", "ag", "nv", "bv"}
            ) or (
                # (or a body named by its head and brief: “the Office of the Patient Data Commissioner”)
                len(words) >= 3 and words[0].lower_ in lexicons.organisation_words() and words[1].lower_ in ("of", "for")
                and _clean(words[0].text) not in titles
            )
            if organisation_name:
                # “General and Municipal Trades Union”, “Hollins Royal Infirmary”: title words and
                # given names inside an organisation's name are part of it
                first_name, role_zone = None, 0
            # (an organisation's name before a title is a role when the model starts a person
            # after it: “Mineral Resources Minister Pumla Ngcobo”)
            person_after = any(t.ent_type_ == "PERSON" and t.ent_iob_ == "B" for t in words[1:])
            if first_name or tokens[0].ent_type_ != "ORG" or _clean(words[0].text) in titles or person_after:
                for n_w, t in enumerate(words[:role_zone]):
                    if _clean(t.text) in titles and not _glued_to_a_name(t):  # (“St-Onge”: a surname, not a saint)
                        last_title = n_w
            # an honorific always ends the role (“Education Minister Dr. Kofi Mensah”)
            for n_w, t in enumerate(words[:role_zone]):
                if _clean(t.text) in _HONORIFICS and not _glued_to_a_name(t):
                    last_title = max(last_title, n_w)
            # “Tan Sri”, the Malaysian style, ends it too — though Tan alone is a surname, and Sri
            # alone a given name (“Sri Mulyani”)
            for n_w in range(len(words) - 2):
                if words[n_w].lower_ == "tan" and words[n_w + 1].lower_ in ("sri", "seri"):
                    last_title = max(last_title, n_w + 1)
                # … and so does the British “Det Con” (a detective constable; Con alone is a given name)
                if _clean(words[n_w].text) == "det" and words[n_w + 1].lower_ in ("con", "con."):
                    last_title = max(last_title, n_w + 1)
            # … and so does a title right before a known first name, even after a place that
            # looks like one (“Dalton Fire Chief Ray Brennan”)
            for n_w, t in enumerate([] if organisation_name else words[:-2]):
                if _clean(t.text) in titles and lexicon_gender(words[n_w + 1].text) and _clean(words[n_w + 1].text) not in titles:
                    last_title = max(last_title, n_w)
            # a capitalised role word before a known first name: “Writer Nadia Ferraro”
            rest = words[last_title + 1 :]
            # — or, opening the sentence, a word the lexicon knows for a person, before a given name
            # it doesn't know (“Organiser Mere Paewai says …”)
            # (not a given name the lexicon lacks where the model starts a person: “Faraz Ali Qureshi”)
            role_before = first > 0 and doc[first - 1].text.islower() and (
                _clean(doc[first - 1].text) in titles or doc[first - 1].lower_ in _person_nouns()
            )  # (“Party leader Abdirahman Hussein Gedi”: the role is given, so the next word is a name)
            place_name = words[-1].lower_ in _STREET_WORDS  # (“Old Hope Road”: Hope is no given name here)
            # an initial is part of the name, never a role (“P. Harish Kumar”)
            initial = bool(rest) and (_an_initial(rest[0].text) or (len(rest[0].text) == 1 and rest[0].text.isupper()))
            # (a given name the lexicon lacks, before a father's name it knows, is no role after a
            # style of address — “Sheikh Mutlaq Hamad Al-Khalidi” — nor before a role given after
            # the name: “Mahamat Saleh Ahmat, a former schoolteacher,”)
            styled = last_title >= 0 and _clean(words[last_title].text) in _HONORIFICS | _COURTESY | _MALE_TITLES | _FEMALE_TITLES
            affiliation = bool(rest) and (
                rest[0].lower_ in _AFFILIATION_WORDS or rest[0].lower_ in lexicons.nationalities()
            )  # (but “Republican Mike Smith”, “Kenyan Mary Njeri”: a party or a nation, whatever follows)
            role_after = not affiliation and any(
                c.dep_ == "appos" and c.pos_ == "NOUN" and self.is_person_noun(c.lemma_.lower()) and c.i > tokens[-1].i
                for c in doc[_head_of(tokens)].children
            ) if tokens else False
            if len(rest) >= 3 and not lexicon_gender(rest[0].text) and not organisation_name and not role_before and not place_name and not initial and (
                (lexicon_gender(rest[1].text) and not _hyphen_glued(rest[1]) and rest[1].text not in _SIKH_NAMES
                 # (“Máiréad Nic Suibhne”: a particle opening a surname, however like a given name)
                 and not (rest[1].lower_ in _SURNAME_PARTICLES and len(rest) >= 3 and rest[2].text[:1].isupper()) and (
                    self.describes_a_person(rest[0].lower_)
                    or (
                        not (rest[0].ent_type_ == "PERSON" and (rest[0].ent_iob_ == "B" or last_title >= 0))
                        and not styled and not role_after
                    )
                ))
                or (affiliation and lexicon_gender(rest[1].text))  # (“Labour Dave Price”, however the recogniser joined them)
                or (rest[0].lower_ in _person_nouns() and _opens_sentence(rest[0]) and rest[0].ent_type_ != "ORG")
                # (or one it only guesses from the ending: “Florist Gord Fennimore had urged …”)
                or (_opens_sentence(rest[0]) and self.is_person_noun(rest[0].lower_) and rest[0].ent_type_ != "ORG")
            ):
                last_title += 1
            elif len(rest) >= 3 and not organisation_name and not place_name and not initial and not styled and not role_before and not (
                first > 0 and doc[first - 1].is_lower and self.is_person_noun(doc[first - 1].lower_)
            ):
                # anywhere, a word the list knows for a person, before two or more capitalised
                # words, ends a role (“the win went to Veteran Kwabena Asante”, “State Trooper
                # Kwabena Asante said”) — not a surname written first before a hyphened given
                # name (“Son Heung-min”, one word after it), nor after a role already given
                # (“analyst Fan Kah Wai”)
                last_title += 1 + max(
                    (
                        n for n in range(len(rest) - 2)
                        if rest[n].lower_ in _person_nouns() and not _lexicon_certain(rest[n].text)
                        and sum(1 for t in rest[n + 1 :] if t.text[:1].isupper() and not doc[t.i - 1].text in _HYPHEN_TOKENS) >= 2
                    ),
                    default=-1,
                )
            office: list[str] = []  # the office before the run whose brief the run opens with
            styled_at = last_title >= 0 and _clean(words[last_title].text) in _HONORIFICS | _COURTESY | _STYLES_AFTER_A_ROLE
            # (the office may itself be “X of Y”: “Senior Minister of State for Digital Resilience”)
            of_state = (
                first >= 4 and doc[first - 3].lower_ == "of" and doc[first - 2].text[:1].isupper()
                and _clean(doc[first - 4].text) in titles and doc[first - 4].text[:1].isupper()
            )
            brief_of_office = (
                first >= 2 and doc[first - 1].lower_ in ("of", "for") and doc[first - 2].text[:1].isupper()
                and (_clean(doc[first - 2].text) in titles or (of_state and doc[first - 1].lower_ == "for"))
            )
            office_words = (
                [*_office_words(doc, first - 4), doc[first - 3].text, doc[first - 2].text, doc[first - 1].text]
                if brief_of_office and _clean(doc[first - 2].text) not in titles
                else [*_office_words(doc, first - 2), doc[first - 1].text] if brief_of_office else []
            )
            if not brief_of_office and first >= 4 and doc[first - 1].lower_ in ("of", "for"):
                # (a longer brief: “Minister for Treaty of Waitangi Negotiations Callum Reddaway”)
                k = first - 2
                while k > 0 and first - k < 9 and (doc[k].text[:1].isupper() and doc[k].is_alpha or doc[k].lower_ in ("of", "for", "and", "the")) and not (
                    _clean(doc[k].text) in titles and doc[k].text[:1].isupper()
                ):
                    k -= 1
                if _clean(doc[k].text) in titles and doc[k].text[:1].isupper() and self._inside[k] < 0 and doc[k + 1].lower_ in ("of", "for"):
                    brief_of_office = True
                    office_words = [*_office_words(doc, k)[:-1], *(t.text for t in doc[k:first])]
            # (a given name the lexicon lacks is the word before a patronymic: “… Aisyah binte Rahman”)
            before_father = next((n_w - 1 for n_w, t in enumerate(words) if n_w >= 2 and t.lower_ in _PATRONYMIC), None)
            name_opens = min(n for n in (first_name, before_father) if n is not None) if (first_name, before_father) != (None, None) else None
            if brief_of_office and name_opens is None:
                # (a given name the lexicon lacks, “… Negotiations Aroha Te Kani”: the brief ends on
                # the last word a brief ends on — a plural, or a field of government — two words or
                # more before the run's end)
                ends = [n for n, t in enumerate(words[:-2]) if t.tag_ == "NNPS" or t.lower_ in _BRIEF_ENDS]
                name_opens = ends[-1] + 1 if ends else None
            if brief_of_office and not styled_at and name_opens is not None and name_opens >= 1 and len(words) - name_opens >= 2:
                # “Undersecretary of Healthcare Networks Rodrigo Andrés Pizarro Uribe”: the office's
                # brief runs up to the first given name
                last_title = max(last_title, name_opens - 1)
                office = office_words
            elif brief_of_office and styled_at:
                # “Chief Inspector of Mines Eng. Chilufya Mwape-Banda”: the brief, up to the style
                office = office_words
            opens_initials = next(
                (n_w for n_w, t in enumerate(words) if _an_initial(t.text)), None
            )
            if (
                opens_initials is not None and opens_initials >= 1 and opens_initials > last_title + 1 and first >= 3
                and doc[first - 1].lower_ == "the" and doc[first - 2].lower_ in ("of", "for")
                and _clean(doc[first - 3].text) in titles and doc[first - 3].text[:1].isupper()
            ):
                # “Leader of the Opposition K. R. Venkatesh”: the office's brief runs up to the
                # initials that open the name
                last_title = max(last_title, opens_initials - 1)
                office = [*_office_words(doc, first - 3), doc[first - 2].text, doc[first - 1].text]
            while last_title >= 0 and _clean(words[last_title].text) in _AMBIGUOUS_STYLES and len(words) - last_title - 1 < 2:
                last_title -= 1  # (“Nana Mouskouri”, “ASP Isotopes”: a style only before a full name)
            if (
                last_title >= 0 and _clean(words[last_title].text) in ("pak", "bu") and last_title + 1 < len(words)
                and _ROMANISED_GIVEN.match(self.text[words[last_title + 1].idx : words[-1].idx + len(words[-1])])
            ):
                last_title -= 1  # (“Pak Se-ri”: a Korean family name before a romanised given name, no Indonesian style)
            title_words = [*office, *(t.text for t in words[: last_title + 1])]
            name_words = words[last_title + 1 :]
            if len(name_words) == 1 and len(name_words[0].text) == 1 and name_words[0].text.isupper() and title_words:
                # “Officer B”, “Witness A”, “Soldier F”: an anonymised designation is the whole
                # name (and the role still describes them: “the officer”)
                name_words = words[last_title:]
            while name_words and _clean(name_words[-1].text) in _SUFFIXES:
                name_words.pop()
            if len(words) == 1 and _fronted_participle(words[0]):
                name_words = []  # “Defending, Ms Halloran said …”: a capitalised verb, not a name
            if seat_only or name_words and name_words[0].lower_ in ("of", "for", "and", "&"):
                name_words = []  # “Minister for Health”: a title and its brief, nobody's name
            if name_words:
                # hyphenated and apostrophe names stay one word: Achebe-Marsh, O’Hagan
                name_text = _join_name(doc, name_words, tokens)
                if (name_words[0].lower_ in _NAME_PARTICLES and (name_words[0].lower_ not in _WELSH_PARTICLES or name_words[0].text.islower())) or (
                    len(name_words) == 2 and name_words[0].lower_ in _SURNAME_PARTICLES - {"mac"}  # (Mac Jones: a given name)
                ):
                    name_text = name_text.replace(" ", "\u00a0")  # “von der Leyen”, “Ó Dúill” alone: one surname
                start = tokens[0].idx
                end = tokens[-1].idx + len(tokens[-1])
                runs.append(
                    NameRun(
                        start=start,
                        end=end,
                        text=self.text[start:end],
                        name_tokens=tuple(w.replace("\u00a0", " ") for w in name_text.split(" ")),
                        titles=tuple(title_words),
                        head=_head_of(tokens),
                        nickname=nickname,
                        generation=generation,
                    )
                )
            i = max(j, i + 1)
        return runs

    def _plural_written_lower_elsewhere(self, tok: Token) -> bool:
        """“Keepers, for their part, …” where the article also writes “keepers”: the tagger may
        call the capitalised plural a name, but the article's own spelling says otherwise."""
        return (
            tok.tag_ in ("NNS", "NNPS") and tok.lower_.endswith("s") and tok.text[1:].islower()
            and _opens_sentence(tok) and any(t.text == tok.lower_ for t in self.tokens)
        )

    def _named_elsewhere(self, tok: Token) -> bool:
        """The word capitalised again where no sentence starts (“… said Winters”): a name."""
        return any(
            t.text == tok.text and t.i != tok.i and not _opens_sentence(t) for t in self.tokens
        )

    def _home_of_someone(self, head: Token) -> bool:
        """“a retired teacher from Wilmslow”: a place someone is from — not a body someone speaks
        for (“a spokeswoman from Vodafone”), nor one the recogniser calls an organisation."""
        if head.dep_ != "pobj" or head.head.lower_ != "from" or any(c.dep_ == "det" for c in head.children):
            return False
        noun = head.head.head.lemma_.lower()
        if noun in _EMIGRATING:
            return True  # “whose parents emigrated from Chihuahua”: only a place, whatever the tag
        if head.ent_type_ == "ORG":
            return False
        if head.head.head.pos_ == "VERB":
            return noun in _MOVING_FROM  # (“moved from Duluth”; not “moved from Google”, tagged a body)
        return self.describes_a_person(noun) and noun not in SPOKESPEOPLE and noun not in _SPEAKS_FOR_NOUNS

    def _kind_of(self, run: NameRun) -> Literal["person", "organisation"] | None:
        """Weigh several weak signals: the small model's NER alone is not to be trusted."""
        if len(run.name_tokens) == 1 and _PARTY_AND_STATE.fullmatch(run.name_tokens[0]) and self.text[:run.start].rstrip()[-1:] in (",", "("):
            # “Sen. Jane Doe, R-Ohio,”, “(D-Calif.)”, “R-Wausau”: a party and a state or a home
            # town, set after a name — no one (a company in its own place, D-Link, is a name)
            return None
        if _PARTY_BEFORE_PLACE.search(self.text, max(0, run.start - 6), run.start + 3):
            return None  # (and a county of several words: “Renata Webb, D-Prince George’s,”)
        head = self.tokens[run.head]
        if (
            len(run.name_tokens) >= 2 and _clean(run.name_tokens[-1]) in lexicons.titles() and self.text[run.end : run.end + 1] == ","
            and any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i for c in head.children)
        ):
            return None  # “The GPFF President, Nana X,”, “Chief Press Secretary, Mr Y,”: an office, its holder named next
        ent = head.ent_type_
        words = {w.lower().strip(".,") for w in run.name_tokens}
        if words <= lexicons.titles():
            return None  # “Minister says …” in a headline: a title alone is a description
        if " ".join(run.name_tokens) in self._things_named:
            return None  # “a leasing program called “GridShare””: a thing, however often named
        thing = head
        while thing.dep_ == "compound" and thing.head.i > thing.i:
            thing = thing.head
        if (
            thing is not head and thing.lemma_.lower() in _PRODUCT_NOUNS
            and not words & lexicons.organisation_words() and ent != "PERSON"
        ):
            return None  # “Corvane Systems' StockPilot warehouse platform”: a product, not a speaker
        if len(run.name_tokens) == 1 and head.i >= 1 and self.tokens[head.i - 1].lemma_.lower() in _ONLY_PRODUCTS and (
            self.tokens[head.i - 1].is_lower and ent != "PERSON" and not words & lexicons.organisation_words()
            # (not a name opening a clause of its own: “the truck Okafor used”)
            and head.dep_ not in ("nsubj", "nsubjpass")
        ):
            self._things_named.add(run.name_tokens[0])  # (and so on every later mention: “batches of Cardiprel 40 mg”)
            return None  # “its blood pressure tablet Cardiprel”, “the drone Skyhawk”: a product named after its sort

        role = list(run.name_tokens)
        brief = next((n for n, w in enumerate(role) if w.lower() in ("for", "of")), None)
        if brief is not None and brief >= 2:
            role = role[:brief]  # (“County Executive Committee Member for Finance”: a role and its brief)
        last_word = role[-1].lower()
        if len(role) >= 2 and _role_word(last_word) and all(
            w.lower() in lexicons.titles() or w.lower() in _ROLE_MODIFIERS for w in role[:-1]
        ):
            return None  # “Group Managing Director”, “National Coordinator”: a role, capitalised
        first_i = self._token_index_at(run.start)
        if (
            len(role) >= 2 and _role_word(last_word) and first_i > 0 and self.tokens[first_i - 1].lower_ in _ROLE_DETERMINERS
            and not words & {"of", "for", "and", "&"}
            and (
                not any(
                    t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "LOC") and t.lower_ not in _ROLE_MODIFIERS
                    for t in self.tokens[first_i : self._token_index_at(run.end) - 1]
                )
                # (whatever the recogniser thought of it, a role a named person follows in apposition)
                or any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in self.tokens[run.head].children)
            )
        ):
            # “The Regional Health Director, Dr. Kofi Asante”: an article's role, no name (not “the
            # Carrow Executive”, “the Office of the Governor”: bodies)
            return None

        if [_clean(t) for t in run.titles] in (["st"], ["saint"]) and head.dep_ == "pobj" and (
            head.head.lower_ in _PLACE_PREPOSITIONS
            # (or the end of a body's name: “the Sisters of St Brendan”, “the Order of St John”)
            or (head.head.lower_ == "of" and head.head.head.text[:1].isupper())
        ):
            return None  # “on Old Hope Road in St Andrew”: a parish, a town or a church, no saint who speaks
        if run.name_tokens[0].lower() in _WEATHER and len(run.name_tokens) >= 2:
            return None  # “Hurricane Liesl”, “Storm Ciarán”, “Typhoon Mawar”: weather, which says nothing
        if len(run.name_tokens) == 2 and run.name_tokens[0] in ("Co", "Co.") and run.name_tokens[1].lower() not in lexicons.organisation_words():
            return None  # “Co Offaly”, “Co. Antrim”: an Irish county, no one
        if _an_animal(head):
            return None  # “Biscuit, a four-year-old Jack Russell cross,”: a pet, however it is named
        person = organisation = other = 0.0
        if words & lexicons.organisation_words():
            organisation += 3
            if len(run.name_tokens) >= 3 and run.name_tokens[0].lower() in lexicons.organisation_words():
                organisation += 2  # (a name that opens on its head, as Spanish and Portuguese put it: “Club Social y Deportivo X”)
        if len(run.name_tokens) >= 2 and run.name_tokens[-1].lower().strip(".,").replace(".", "") in LEGAL_FORMS - {"co", "sa", "ag", "nv", "bv"}:
            organisation += 5  # “Perdana Bina Teguh Sdn Bhd”, “Kestrel Foods Plc”: only a business has a legal form
        if len(run.name_tokens) >= 2 and run.name_tokens[-1].lower() == "district" and run.name_tokens[-2].lower() in _DISTRICT_BODIES:
            organisation += 3  # “Selwyn Ridge Regional District”, “Elm Grove School District”: a body, not a place
        elif run.name_tokens[-1].lower() in lexicons.words("place_words"):
            other += 3  # a place word as the head (Fenwick Park), not inside (Lackawanna Valley Transit)
        if ent == "ORG":
            organisation += 1.5
        elif ent == "PERSON":
            person += 2
        elif ent in ("GPE", "LOC", "FAC"):
            other += 2.0  # a strong hint, but a known first name with one more sign outweighs it
        elif ent in _NON_PERSON_ENTS:
            other += 1.5
        if run.titles:
            person += 3
        if len(run.name_tokens) >= 2 and not words & lexicons.organisation_words() and any(
            c.dep_ == "prep" and c.lower_ in ("of", "at") and c.idx >= run.end and any(
                g.dep_ == "pobj" and (g.ent_type_ == "ORG" or g.lower_ in lexicons.organisation_words()) for g in c.children
            )
            for c in head.children
        ):
            person += 2  # “Wannaporn Sukjai of Chao Phraya Capital said”: someone of a body
        if len(run.name_tokens) >= 2 and _SIKH_NAMES & set(run.name_tokens[1:]) and not words & lexicons.organisation_words():
            person += 3  # the Sikh names, after a given name: Jasleen Kaur Dhillon-Brar
        if run.nickname and len(run.name_tokens) >= 2:
            person += 3  # Losaline “Losa” Havili: only a person carries a nickname inside the name
        if run.name_tokens[-1] in self._aged:
            person += 3
        if head.dep_ == "pobj" and head.head.lower_ == "as" and any(
            c.dep_ == "dobj" and c.lemma_ == "name" for c in head.head.head.children
        ):
            person += 4  # “who gave his name only as Stuart”
        # what the name owns or qualifies: “Lumora’s chief executive”, “its shares”, “a Lumora
        # researcher” are said of organisations
        owned = head.head.lemma_.lower() if head.dep_ in ("poss", "compound", "nmod") and head.head.i != head.i else ""
        if head.dep_ == "compound" and any(c.dep_ == "poss" for c in head.head.children):
            owned = ""  # (“its Tel Aviv headquarters”: where the owner's things are, not their owner)
        if owned in _ORGANISATION_POSSESSIONS:
            organisation += 3
        if self._team_before_a_player(run.end):
            organisation += 3  # (“Malabar Mariners fast bowler Arjun X”, “Triana general manager Luis Y”: a team)
        if len(run.name_tokens) == 1 and head.tag_ == "NNPS" and any(c.lower_ == "the" for c in head.children):
            organisation += 3  # “the Foxes”, “the Gulls”: a team, not a person
        if len(run.name_tokens) >= 2 and lexicon_gender(run.name_tokens[0]):
            person += 2
            if any(w in _NAME_PARTICLES for w in run.name_tokens[1:-1]):
                person += 1  # (a given name, then a surname with its particles: “Mateo de la Rosa”)
        role = head.head if head.dep_ == "appos" else head
        if role.dep_ in ("nsubj", "nsubjpass") and role.head.lemma_.lower() in lexicons.reporting_verbs():
            person += 1
            organisation += 0.5
            if ent in ("NORP", "GPE") and not any(c.dep_ == "det" for c in head.children):
                person += 2  # “Irish murmured”: a people's or place's name with no “the” that speaks is a nickname
        if any(c.dep_ == "appos" for c in head.children):
            person += 0.5
        # “Vantora, the cloud software company,” / “Northvane, which operates the lines”: what
        # the appositive or relative clause says the name is
        # (or a person: “Olumide Bakare, a delivery driver”, “Bakare, who …”)
        for c in head.children:
            if c.dep_ == "appos" and self._inside[c.i] < 0 and c.pos_ == "NOUN":
                noun = c.lemma_.lower()
                if c.i >= 2 and self.tokens[c.i - 1].text in _HYPHEN_TOKENS and not self.tokens[c.i - 2].whitespace_:
                    noun = f"{self.tokens[c.i - 2].lower_}-{noun}"  # “the payments start-up”
                if (noun in _COMPANY_NOUNS and noun not in _PEOPLE_TOO) or noun in lexicons.organisation_words():
                    organisation += 4  # (outweighs the model's PERSON for a one-word brand that speaks)
                if noun in _person_nouns() or (
                    noun in lexicons.titles() and noun not in lexicons.organisation_words() and any(g.dep_ == "poss" for g in c.children)
                ):
                    person += 3  # (“Audley Prendergast, the ministry’s permanent secretary”, tagged a place)
            elif c.dep_ == "relcl":
                if any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "which" for g in c.children):
                    organisation += 4  # (“which” is never said of a person, whatever the name looks like)
                if any(g.lower_ == "whose" and g.dep_ == "poss" and _relation(g.head.lemma_) for g in c.subtree):
                    person += 3  # (“Akosua Fosuaa, whose husband is among the trapped men”: only people have kin)
                # (not “a retired teacher from Wilmslow, who invested …”: the “who” is the
                # teacher's, hung by the parse on the place she is from)
                if any(g.lower_ == "who" for g in c.subtree if g.i < c.i) and not (words & lexicons.organisation_words()) and not (
                    self._home_of_someone(head)
                ):
                    person += 3
        # a role noun in front: “the reviewer Tobiah Fenn”, “head coach Mirela Dascalu”
        fronting = [
            c for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "NOUN" and c.i < head.i
        ]
        if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < head.i:
            fronting.append(head.head)
        just_before = self.tokens[first_i - 1] if first_i > 0 else None
        if len(run.name_tokens) == 1 and self._home_of_someone(head):
            other += 3  # “a retired teacher from Wilmslow”: where someone is from
        held_role, _ = _role_of_body_before(self.doc, self.tokens[first_i], run, self._inside)
        if held_role and _role_word(held_role.split()[-1].lower()):
            person += 3  # “The chairman of Harbourline, Tunde Adebayo-Cole,”: who holds a role of a body
        if (
            just_before is not None and just_before.pos_ == "NOUN" and self._inside[just_before.i] < 0
            and just_before.lower_ == just_before.text and self.is_person_noun(just_before.lemma_)
        ):
            # (however the parse attached it: “Across the road, dairy farmer Tama Rewiti spent …”)
            fronting.append(just_before)
        # (a maker or an operator may be a person: “Film maker Jo Roe”)
        # (… unless the name itself ends like a business: “rail operator Lumina Rail”)
        business_name = run.name_tokens[-1].lower() in lexicons.company_words() and len(run.name_tokens) >= 2
        bodies = [
            c for c in fronting if c.lemma_.lower() in _PUBLICATIONS
            or c.lemma_.lower() in (_COMPANY_NOUNS if business_name else _COMPANY_NOUNS - _PEOPLE_TOO)
        ]
        if bodies:
            organisation += 4  # “the student newspaper, the Whitfield Lantern”: the sort of body it is
            if head.dep_ == "appos" and head.head in bodies and any(c.dep_ == "det" for c in head.head.children):
                organisation += 2  # (“the environmental group Jaring Pesisir”: named as the body, whatever its first word sounds like)
        elif fronting:
            person += 2
            if any(self.is_person_noun(c.lemma_.lower()) for c in fronting):
                person += 1  # (a noun for what a person does: “dairy farmer Tama Rewiti”)
        # “the campaign group Restitution Now”, “the charity Safe Harbour”: the sort of body named
        # just before the name, with its article
        sort = just_before if first_i >= 2 else None
        if sort is not None and sort.pos_ == "NOUN" and self._inside[sort.i] < 0 and (
            sort.lemma_.lower() in (_COMPANY_NOUNS - _PEOPLE_TOO) or sort.lemma_.lower() in lexicons.organisation_words()
        ) and any(t.lower_ in ("the", "a", "an") or t.dep_ == "poss" for t in self.tokens[max(0, first_i - 6) : first_i - 1]) and not (
            # (not “told the court Ana Ruiz had lied”, “the club Chidi Okafor founded”: the name
            # opens a clause of its own, and a person's name is a person's)
            sort.dep_ in ("dobj", "dative") or (head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ in ("relcl", "ccomp"))
            # (a person's name, unless the sort is compounded onto it under one “the”: “the
            # UK-based group Fair Seams”, whatever the first word sounds like)
            or ((ent == "PERSON" or lexicon_gender(run.name_tokens[0])) and not (
                sort.dep_ == "compound" and sort.head.i == head.i and any(c.lower_ == "the" for c in head.children)
                and sort.lemma_.lower() not in _PEOPLE_TOO
            ))
        ):
            organisation += 4
        if just_before is not None and just_before.lower_ in ("based", "headquartered") and first_i >= 2 and self.tokens[first_i - 2].text in _HYPHEN_TOKENS and (
            ent != "PERSON" and not lexicon_gender(run.name_tokens[0]) and not any(
                c.dep_ == "appos" and c.pos_ == "NOUN" and self.is_person_noun(c.lemma_.lower()) for c in head.children
            )
        ):  # (not “Lagos-based Chidi Okeke”, “Nairobi-based Wanjiru Kamau, a consultant,”)
            organisation += 3  # “Bremen-based Vogel Raumtechnik”: a firm where it is based (a person has a noun: “Leeds-based artist X”)
        if (
            len(run.name_tokens) == 1 and not run.titles and 0 < person <= 2 and organisation == 0 and _opens_sentence(head)
            and not lexicon_gender(run.name_tokens[0]) and self.text.count(run.name_tokens[0]) == 1
            and _written_lower_only(self.doc, run.name_tokens[0]) and not any(c.dep_ == "appos" for c in head.children)
        ):
            # “Groundwater, she said, was being pumped …”, “Calm was restored by …”: a word the
            # language writes in lower case, capitalised by its place and never met again, that
            # only the recogniser calls a person, names no one (but “Kowalczyk was born …”)
            return None
        best = max(person, organisation, other)
        if best <= 0 or best == other:
            return None
        return "person" if person >= organisation else "organisation"

    def _entity_for_full(self, run: NameRun) -> int | None:
        kind = self._kind_of(run)
        if kind != "person" and not {w.lower() for w in run.name_tokens} & lexicons.organisation_words() and any(
            e.kind == "person" and _surnames_of(e.name, " ".join(run.name_tokens)) for e in self.entities
        ):
            # “Arriaga Vidal, a summer signing from Spanish club X,” after Tomás Arriaga Vidal;
            # “Almeida Prado said”, tagged a place, after Sebastião Rangel de Almeida Prado
            kind = "person"
        if kind is None:
            return None
        name = " ".join(run.name_tokens)
        if kind == "organisation" and run.name_tokens[0].lower() == "the":
            name = " ".join(run.name_tokens[1:])
        if kind == "organisation" and len(run.name_tokens) >= 4 and run.name_tokens[0] in _COUNTRY_PREFIXES and (
            run.name_tokens[-1].lower() in _STATE_BODIES
        ):
            # “the US National Seafood Safety Administration”: the country says whose, the name is
            # the rest (not “US Steel”, a company's name; nor “UK Supreme Court”, where the rest
            # names a body many countries have)
            name = " ".join(run.name_tokens[1:])
        first = last = None
        longer = [e for e in self.entities if e.kind == "organisation" and e.name.lower().startswith(name.lower() + " ")]
        if not longer and kind == "organisation" and len(run.name_tokens) >= 2 and run.name_tokens[-1].lower() in _BODIES_OF and (
            not _of_another_tier(self.tokens[self._token_index_at(run.start)])
        ):
            # “the Health Ministry” for the Ministry of Health the article named
            longer = self._body_of(run.name_tokens[-1], run.name_tokens[:-1])
        if not longer and kind == "organisation" and len(run.name_tokens) >= 3 and run.name_tokens[0].lower() in _BODIES_OF and run.name_tokens[1] == "of":
            # … and the Ministry of Health after “the Health Ministry”: the same body, its full name
            inverted = f"{' '.join(run.name_tokens[2:])} {run.name_tokens[0]}".lower()
            same = [e for e in self.entities if e.kind == "organisation" and e.name.lower() == inverted]
            if len(same) == 1:
                same[0].name = name
                return self._enrich(same[0], run)
        if not longer and kind == "organisation" and len(name.split()) >= 2:
            # “the Reserve Bank” after “the National Reserve Bank”: the same body, its first word dropped
            longer = [e for e in self.entities if e.kind == "organisation" and e.name.lower().endswith(" " + name.lower())]
        if longer:
            return self._enrich(longer[0], run)  # “Silver Birch” after “Silver Birch Capital”: the firm, shortened
        if kind == "person":
            name, first, last = split_person_name(name)
            if first and first.lower() in _AMBIGUOUS_STYLES:
                # “Gogo Mhlanga said” after Gogo Esinath Mhlanga: the style again, before her surname
                same = [e for e in self.entities if e.kind == "person" and e.last == last]
                if not same:
                    # (“Don Ernesto said” after Ernesto Villalba Ruiz: the style, before his given name)
                    same = [e for e in self.entities if e.kind == "person" and e.first == last and e.last != last]
                if len(same) == 1:
                    return self._enrich(same[0], run)
        generation = run.generation if kind == "person" else None
        if kind == "organisation" and len(run.name_tokens) >= 2:
            # “Sundaram Lifecare recalls …” in the headline, “Sundaram Lifecare Ltd has …” below:
            # the name read before without its legal form, whatever kind it was given then
            bare = " ".join(without_legal_form([w.lower() for w in name.split()]))
            same = [
                e for e in self.entities if e.name.lower() == bare and bare != name.lower()
                # (not a founder the firm is named after: “Bernard Matthews” beside “Bernard Matthews Ltd”)
                and (e.kind == "organisation" or not (e.title or e.age or _lexicon_certain(e.first or "")))
            ]
            if len(same) == 1:
                same[0].kind, same[0].first, same[0].last, same[0].name = "organisation", None, None, name
                return self._enrich(same[0], run)
        for ent in self.entities:
            if generation and ent.generation and _clean(ent.generation) != _clean(generation):
                continue  # Dalton Pruitt Jr. and Dalton Pruitt III: father and son
            if ent.name.lower() == name.lower() or (ent.kind == "person" and " " in name and name in ent.aliases):
                # the first reading of a name's kind stands (“Te Rangi-Whitcombe” again, however
                # the words around it read this time)
                return self._enrich(ent, run)
            if ent.kind != kind:
                continue
            if kind == "person" and ent.last == last and (ent.first == first or (first == "" and " " in last)):
                if len(name) > len(ent.name):
                    ent.name = name
                return self._enrich(ent, run)
            if kind == "person" and first == "" and ent.last and _particle_surname_of(ent.last, last, exact_too=True):
                # “De la Fuente” opening a sentence, for Ignacio de la Fuente Varela: a surname with
                # its particle, capitalised by its place — or the first of a Spanish pair
                ent.aliases.add(self.text[run.start : run.end])
                return self._enrich(ent, run)
            if kind == "person" and _surnames_of(ent.name, name) and (
                # (not someone introduced in apposition — “His nephew, Wei Ming,” beside his uncle
                # Zhang Wei Ming — nor a name another person already has)
                self.tokens[run.head].dep_ != "appos" and not any(
                    c.dep_ == "appos" and any(g.dep_ == "poss" for g in c.children) for c in self.tokens[run.head].children
                )  # (“Boon Keng, his nephew,”: someone's relative, introduced)
                and not any(e.name.lower() == name.lower() for e in self.entities)
            ):
                ent.aliases.add(name)  # “Gómez de la Vega” for María Fernanda Gómez de la Vega
                return self._enrich(ent, run)
            if kind == "person" and _given_names(ent.name).lower() == name.lower():
                return self._enrich(ent, run)  # “Dr Ahmad Faizal” after Ahmad Faizal bin Rahman
            if kind == "person" and _given_names(name).lower() == ent.name.lower():
                ent.name, ent.first, ent.last = name, first, last  # … and the other way round
                return self._enrich(ent, run)
            if kind == "person" and ent.last == last and run.nickname and ent.first == run.nickname:
                # “Peggy Halloran” in the headline, Margaret “Peggy” Halloran in the text: one
                # person, named formally
                ent.name, ent.first = name, first
                ent.nicknames.add(run.nickname)
                return self._enrich(ent, run)
            if kind == "person" and ent.last == last and first in ent.nicknames:
                return self._enrich(ent, run)  # … and “Peggy Halloran” again after it
            if kind == "organisation" and " " in ent.name and name.lower().endswith(" " + ent.name.lower()):
                ent.name = name  # “Reserve Bank” in a headline, “National Reserve Bank” in the text
                return self._enrich(ent, run)
            if kind == "organisation" and name.lower().startswith(ent.name.lower() + " "):
                # “Pine Ridge” then “Pine Ridge Capital”: one organisation, named in full by the longer
                ent.name = name
                return self._enrich(ent, run)
        ent = Entity(len(self.entities), kind, name, first=first, last=last, generation=generation)
        if run.nickname:
            ent.nicknames.add(run.nickname)
        self.entities.append(ent)
        return self._enrich(ent, run)

    def _short_name_of(self, head: Token) -> Entity | None:
        """“the Federación de Trabajadores de la Salud del Norte, or Fetrasanor,”: a body's short
        name, given after “, or” (the way a parenthesised acronym is)."""
        i = head.i
        if i < 3 or self.tokens[i - 1].lower_ != "or" or self.tokens[i - 2].text != ",":
            return None
        if i + 1 < len(self.tokens) and self.tokens[i + 1].text not in (",", ".", ")"):
            return None
        if head.ent_type_ == "PERSON" or any(
            e.kind == "person" and (head.text in e.aliases or head.text in (e.last, e.first)) for e in self.entities
        ):
            return None  # (“the Committee, or Powell,”: a person already named is no short name)
        before = self.tokens[i - 3]
        m = next((m for m in self.mentions if m.start <= before.idx < m.end), None)
        ent = self.entities[m.entity] if m is not None else None
        return ent if ent is not None and ent.kind == "organisation" and len(ent.name.split()) >= 3 else None

    def _organisation_begun(self, run: NameRun) -> int | None:
        """“St. Brendan’s said …” after “St. Brendan’s Regional Medical Center”: a title and a
        name that, as written, open an organisation's name are that organisation, not a saint."""
        if not run.titles:
            return None
        written = self.text[run.start : run.end].replace("’", "'")
        matches = [
            e for e in self.entities
            if e.kind == "organisation" and e.name.replace("’", "'").startswith((written + " ", written + "'s "))
        ]
        if len(matches) != 1:
            return None
        matches[0].aliases.add(written)  # (its title is no role: “St.” here is part of the name)
        return matches[0].id

    def _team_before_a_player(self, end: int) -> bool:
        """“Malabar Mariners fast bowler Arjun Venkataraman”: a name (ending at offset `end`) set
        before a player's or a coach's role, itself before a person's name, is their team
        (however the parse read it)."""
        i = self._token_index_at(end - 1) + 1
        skipped = 0
        while i < len(self.tokens) and skipped < 2 and self.tokens[i].is_lower and self.tokens[i].lemma_.lower() not in _TEAM_ROLES:
            i, skipped = i + 1, skipped + 1  # (“fast”, “general”)
        return (
            i + 1 < len(self.tokens) and self.tokens[i].is_lower and self.tokens[i].lemma_.lower() in _TEAM_ROLES
            and self.tokens[i + 1].ent_type_ == "PERSON"
        )

    def _teams(self) -> list[Entity]:
        """Organisations named before a sporting role (“Malabar Mariners fast bowler”, “the
        Mariners' leading wicket-taker”): teams, whatever their names say."""
        found = []
        for m in self.mentions:
            ent = self.entities[m.entity]
            head = self.tokens[m.token]
            if ent.kind == "organisation" and ent not in found and (
                (head.dep_ in ("compound", "poss", "nmod") and head.head.lemma_.lower() in _TEAM_ROLES)
                or self._team_before_a_player(m.end)
            ):
                found.append(ent)
        return found

    def _body_of(self, body: str, brief: list[str]) -> list[Entity]:
        """The one organisation named “<body> of <brief>…” (“Ministry of Health”, “Department of
        Education and Skills”): news writes it “the Health Ministry”, “the education department”
        too."""
        opening = f"{body} of {' '.join(brief)}".lower()
        found = [
            e for e in self.entities
            if e.kind == "organisation" and (e.name.lower() == opening or e.name.lower().startswith(opening + " "))
        ]
        return found if len(found) == 1 else []

    def _entity_for_single(self, run: NameRun) -> int | None:
        word = run.name_tokens[0]
        head = self.tokens[run.head]
        after = self.tokens[head.i + 1] if head.i + 1 < len(self.tokens) else None
        if after is not None and after.is_lower and after.lower_ in _BODIES_OF and not run.titles and not _of_another_tier(head):
            body = self._body_of(after.lower_, [word])
            if body:
                return self._enrich(body[0], run)  # “Health ministry confirms …” for the Ministry of Health
        aka = self._short_name_of(head)
        if aka is not None:
            aka.aliases.add(word)
            return self._enrich(aka, run)
        known = [e for e in self.entities if e.kind == "organisation" and word in e.aliases and e.name != word]
        if len(known) == 1 and not run.titles:
            return self._enrich(known[0], run)  # “Fetrasanor” again
        if (
            not run.titles and _opens_sentence(head) and (word.lower() in _person_nouns() or self.describes_a_person(word.lower()))
            and head.i + 2 < len(self.tokens) and self.tokens[head.i + 1].lower_ in ("and", "&")
            and self.tokens[head.i + 2].is_lower
            # (not a surname already met: “Dr Anne Baker …” ¶ “Baker and colleagues wrote”)
            and not any(e.kind == "person" and (e.last or "").lower() == word.lower() for e in self.entities)
        ):
            return None  # “Founder and chief executive Daniel Koh said”: the first of two roles, capitalised
        if not run.titles and word.lower() in _COMPANY_NOUNS | _GROUP_NOUNS and _opens_sentence(head) and head.i + 1 < len(self.tokens) and (
            self.tokens[head.i + 1].is_lower
        ) and not any(e.kind == "person" and (e.last or "").lower() == word.lower() for e in self.entities):
            return None  # “Company spokesman X rejected …”: a common noun capitalised by its place
        if self._paragraph[head.i] == 0 and not run.titles and (
            word.lower() in _person_nouns()
            # (“Bowler tells court …” where the story says “the bowler” and never “Bowler”)
            or (any(t.text == word.lower() for t in self.tokens) and not self._named_elsewhere(head))
        ):
            return None  # “Mother describes crash” in a headline: a description in capitals
        if word.lower() in lexicons.organisation_words() and not run.titles and not any(
            e.kind == "person" and e.last == word for e in self.entities
        ):
            # “the Council”, “the Ministry”: the organisation of that sort already named
            named = [e for e in self.entities if e.kind == "organisation" and e.name.split()[-1].lower() == word.lower() and e.name != word]
            if named:
                return self._enrich(self._most_recent(named, run.start), run)
            start, end = self._sentence[head.i]
            subhead = start == head.i and not any(t.text in (".", "!", "?") for t in self.tokens[start:end])
            if head.pos_ != "PROPN" or subhead:
                return None  # “Company denies …” in a subhead: a common noun, capitalised, not a name
        if (head.ent_type_ == "NORP" or word.lower() in lexicons.nationalities() or word.lower() in _AFFILIATION_WORDS) and head.i > 0 and self.tokens[
            head.i - 1
        ].lower_ in ("the", "a", "an", "one", "another") and not run.titles and not (
            # (but “The Independent, which published the reports,”: a “which” says a body's name)
            any(c.dep_ == "relcl" and any(g.lower_ == "which" for g in c.children) for c in head.children)
            or any(e.kind == "organisation" and e.name.lower() in (word.lower(), f"the {word.lower()}") for e in self.entities)
        ):
            return None  # “the Dane”, “an Irishman”, “one Republican”: a description, resolved as one
        matches = [e for e in self.entities if e.kind == "person" and e.last and e.last.lower() == word.lower()]
        if not matches and " " in word:
            # “De la Fuente” for Ignacio de la Fuente Varela: the first of a Spanish pair of
            # surnames, with its particle
            matches = [e for e in self.entities if e.kind == "person" and e.last and _particle_surname_of(e.last, word)]
        if len(matches) > 1 and run.generation:
            # “Pruitt Jr. said”: the father, not the son, Dalton Pruitt III
            matches = [e for e in matches if e.generation and _clean(e.generation) == _clean(run.generation)] or matches
        if len(matches) > 1 and head.i >= 1 and self.tokens[head.i - 1].lower_ in ("younger", "elder", "older"):
            # “the elder Pruitt” of a father and son: the suffixes order the generations (a name
            # without one is the father of its Jr.)
            def elder_first(e: Entity) -> int:
                return _GENERATION_ORDER.get(_clean(e.generation or "sr"), 0)

            same_name = [e for e in matches if e.first == matches[0].first]
            if len(same_name) == len(matches) and any(e.generation for e in matches):
                ranked = sorted(matches, key=elder_first)
                if elder_first(ranked[0]) != elder_first(ranked[-1]):
                    matches = [ranked[-1] if self.tokens[head.i - 1].lower_ == "younger" else ranked[0]]
        if len(matches) > 1:
            # “The elder Kim, 78,”: an age given with the surname rules out relatives of another age
            age = _age_after(self.tokens, head)
            if age is not None:
                matches = [e for e in matches if e.age in (None, age)] or matches
        if len(matches) > 1:
            matches = self._by_title_gender(matches, run) or matches
        if len(matches) > 1:
            matches = self._by_seniority(matches, self._token_index_at(run.start), self._token_index_at(run.end - 1)) or matches
        if len(matches) > 1:
            matches = [self._of_relatives(matches, run.start, _says(head), titled=bool(run.titles))]
        if not matches:
            # a surname that is not the last word: Íñigo Salcedo Barrera → “Salcedo”
            matches = [
                e for e in self.entities
                if e.kind == "person" and len(e.name.split()) >= 3 and word.lower() in [w.lower() for w in e.name.split()[1:]]
            ]
        if not matches:
            matches = [e for e in self.entities if e.kind == "person" and e.first and e.first.lower() == word.lower()]
        if not matches:
            # a nickname the article gave inside the name: Marcus “Deuce” Whitfield … “Deuce said”
            matches = [e for e in self.entities if e.kind == "person" and word in e.nicknames]
        if not matches:
            # an organisation by its first word: “Pinecrest” for Pinecrest Foods
            matches = [e for e in self.entities if e.kind == "organisation" and e.name.split()[0].lower() == word.lower()]
        if not matches:
            # … or by the one word of its name that is no sort of body: “Valdemora” for Atlético
            # Valdemora, “Almenara” for Deportivo Almenara
            matches = [
                e for e in self.entities if e.kind == "organisation" and len(e.name.split()) >= 2
                and e.name.split()[-1].lower() == word.lower() and all(w.lower() in lexicons.organisation_words() for w in e.name.split()[:-1])
            ]
            matches = matches if len(matches) == 1 else []
        if not matches and word.lower() not in lexicons.organisation_words() and word.endswith("s") and not word.endswith("ss"):
            # … or “the Ironbarks” for the Brisbane Ironbarks: a team by its plural nickname, the
            # place before it dropped (the one body so named; not a surname: “Adeyemi-Banks”
            # is a person even where the tagger called “Olu Adeyemi-Banks” a body)
            matches = [
                e for e in self.entities
                if e.kind == "organisation" and len(e.name.split()) >= 2 and e.name.split()[-1].lower() == word.lower()
                and e.name.split()[-2][:1].isupper() and "-" not in word
            ]
            matches = matches if len(matches) == 1 else []
        if not matches and word.isupper() and 2 <= len(word) <= 6:
            # … or by its initials: “CPS” for the Crown Prosecution Service
            matches = [e for e in self.entities if e.kind == "organisation" and _abbreviates(word, e.name)]
            if not matches:
                # … or a person by the initials of their office: “the CS” for Agriculture Cabinet
                # Secretary Naliaka Wafula, “the DPP”
                holders = [e for e in self.entities if e.kind == "person" and not e.anonymous and _office_initials(e.title or "", word)]
                matches = holders if len(holders) == 1 else []
            if not matches and len(word) >= 3:
                # … or of its name without the place that opens it: “the PTA” for the Coolshade
                # Parent-Teacher Association
                matches = [
                    e for e in self.entities
                    if e.kind == "organisation" and _initials(" ".join(e.name.split()[1:])) == word
                ]
            spelled = None if matches else _spelled_out(self.text, word)
            if spelled is not None:
                # … spelled out only where no entity is made, inside a quote: “writing to the
                # Coastal Football Alliance” … “the CFA said”
                ent = Entity(len(self.entities), "organisation", spelled)
                self.entities.append(ent)
                return self._enrich(ent, run)
        if matches:
            # the most recently mentioned one with that name
            return self._enrich(self._most_recent(matches, run.start), run)
        kind = self._kind_of(run)
        if kind is None or (word.lower() in _TONGUES and (kind == "organisation" or not _says(head))):
            return None  # (“where Welsh remains the language”: a tongue, unless someone so called speaks)
        if kind == "person":
            # the full name was written earlier where nothing showed it was a person (“a victory
            # over Naledi Dube”): the surname now says it is, and the full name is the name
            earlier = [r for r in self._unplaced if r.start < run.start and r.name_tokens[-1] == word and len(r.name_tokens) <= 3]
            if earlier:
                name, first, last = split_person_name(" ".join(earlier[-1].name_tokens))
                ent = Entity(len(self.entities), "person", name, first=first, last=last)
                self.entities.append(ent)
                return self._enrich(ent, run)
            # … or made a body of it (“Chidinma Okafor-Bello’s “Nobody’s Daughter””, the owner of
            # a title): the surname, now plainly a person's, makes a person of the full name
            taken = [
                e for e in self.entities
                if e.kind == "organisation" and len(e.name.split()) in (2, 3) and e.name.split()[-1] == word
                and not {w.lower() for w in e.name.split()} & lexicons.organisation_words()
                and e.name.split()[0][:1].isupper()
            ]
            if len(taken) == 1:
                ent = taken[0]
                ent.kind = "person"
                ent.name, ent.first, ent.last = split_person_name(ent.name)
                return self._enrich(ent, run)
        # a lone known first name (“His wife, Mary, agreed”) is a first name, not a surname
        given = kind == "person" and lexicon_gender(word) is not None
        ent = Entity(
            len(self.entities), kind, word, first=word if given else None, last=None if given or kind != "person" else word
        )
        self.entities.append(ent)
        return self._enrich(ent, run)

    def _of_relatives(self, relatives: list[Entity], before: int, cue: bool, titled: bool = True) -> Entity:
        """Two people share a surname (a politician and her brother). A bare surname that says
        something (`cue`) is whoever has just been speaking; otherwise the one the article calls
        by the surname, else the one who has just been speaking, else the one it is about —
        the first introduced."""
        first_seen: dict[int, int] = {}
        for m in self.mentions:
            first_seen[m.entity] = min(m.start, first_seen.get(m.entity, m.start))
        if not titled:
            # a bare surname is not a relative the article keeps apart from the person it is
            # about by a title (“Mrs. Holloway said …”, then “Holloway took up the saxophone”);
            # the person it is about may have a title of their own (“Mr Pritchard”)
            about = min(relatives, key=lambda e: first_seen.get(e.id, 1 << 30))
            untitled = [e for e in relatives if e is about or not self._called_by_surname(e, before, titled_only=True)]
            relatives = untitled or relatives
        speaking = self._recent_speaker([e.id for e in relatives], before) if cue else None
        if speaking is not None:
            return speaking  # “Her daughter, Ruth Pellow, said … ‘…,’ Ms Pellow said”
        # the article already calls one of them by the bare surname (“Okonjo”, “Mrs Petch”),
        # and the others by first or full name: the surname is still that one
        by_surname = [e for e in relatives if self._called_by_surname(e, before)]
        if len(by_surname) == 1:
            return by_surname[0]
        relatives = by_surname or relatives
        speaking = self._recent_speaker([e.id for e in relatives], before)
        return speaking or min(relatives, key=lambda e: first_seen.get(e.id, 1 << 30))

    def _called_by_surname(self, ent: Entity, before: int, titled_only: bool = False) -> bool:
        """Named by the surname alone before `before` (titles aside); with `titled_only`, only
        ever with a title in front (“Mrs. Holloway”), never bare."""
        titles = lexicons.titles()
        found = False
        for m in self.mentions:
            if m.entity == ent.id and m.start < before:
                words = [w for w in m.text.split() if _clean(w) not in titles]
                if len(words) == 1 and words[0] == ent.last:
                    if titled_only and len(m.text.split()) == 1:
                        return False
                    found = True
        return found

    def _recent_speaker(self, ids: list[int], before: int) -> Entity | None:
        """Among these entities, the one last named as the subject of a reporting verb in this
        paragraph or the two before (“Her daughter, Ruth Pellow, said: … ¶ “…,” she said. ¶
        “…,” Ms Pellow added”)."""
        here = self._paragraph_at(before)
        found: tuple[int, int] | None = None  # (where, entity)
        for m in sorted(self.mentions, key=lambda m: m.start, reverse=True):
            if m.start >= before or m.entity not in ids or here - m.paragraph > 2:
                continue
            if _says(self.tokens[m.token]):
                found = (m.start, m.entity)
                break
        # … or as a he or she that reports, in a paragraph that named one of them before it
        # (“President Jeffrey Hsu …, he said …” ¶ “…,” Hsu said): pronouns are not on the
        # timeline yet while names are read
        for i in range(self._token_index_at(before) - 1, -1, -1):
            tok = self.tokens[i]
            if found is not None and tok.idx <= found[0]:
                break
            if here - self._paragraph[tok.i] > 2:
                break
            if tok.lower_ not in ("he", "she") or self._inside[tok.i] >= 0 or not _says(tok):
                continue
            # (only where the one named is the paragraph's last person before it, as a subject)
            named = [
                m for m in self.mentions
                if m.start < tok.idx and m.paragraph == self._paragraph[tok.i] and self.entities[m.entity].kind == "person"
            ]
            if named:
                latest = max(named, key=lambda m: m.start)
                # (not one the article calls by the given name, “Nina”, to keep her apart from the
                # one it calls by the surname)
                given = self.entities[latest.entity].first
                if latest.entity in ids and latest.is_subject and not any(
                    m.entity == latest.entity and m.text == given for m in self.mentions
                ):
                    found = (tok.idx, latest.entity)
                break
        return self.entities[found[1]] if found is not None else None

    def _by_seniority(self, entities: list[Entity], first: int, last: int) -> list[Entity]:
        """“the younger Holloway”, “the elder Kovačević”, “Blackwood senior”: of relatives sharing
        a surname (written from token `first` to `last`), the one the article made younger or
        older — by age, else by the kin word it gave them."""
        words = [t.lower_ for t in self.tokens[max(0, first - 2) : first]]
        after = self.tokens[last + 1].lower_.strip(".") if last + 1 < len(self.tokens) else ""
        if self.tokens[last].lower_.strip(".") in ("senior", "snr", "junior", "jnr"):
            after = self.tokens[last].lower_.strip(".")  # (the run kept it as a generation: “Blackwood senior”)
        if len(words) == 2 and words[0] == "the" and words[1] in ("younger", "elder", "older"):
            younger = words[1] == "younger"
        elif after in ("senior", "snr", "junior", "jnr"):
            younger = after in ("junior", "jnr")  # “Blackwood senior was more forthcoming”
        else:
            return []
        # (a father and a mother both older than the son: the he or she that follows says which)
        gender = self._pronoun_gender_after(self.tokens[last])
        end = self._sentence[last][1]
        if gender is None and end < len(self.tokens):
            # (or the he or she that opens the next sentence: “… kept a low profile. Asked …, he smiled”)
            opener = next((t for t in self.sentence_tokens(end) if t.dep_ == "nsubj" and self._inside[t.i] < 0), None)
            gender = {"he": "male", "she": "female"}.get(opener.lower_ if opener is not None else "")
        entities = [e for e in entities if gender is None or (e.gender or lexicon_gender(e.first or "")) in (None, gender)]
        said_age = _age_after(self.tokens, self.tokens[last])
        if said_age is not None:
            entities = [e for e in entities if e.age in (None, said_age)]  # (“The elder Kim, 78,”: not the one who is 45)
        aged = [e for e in entities if e.age is not None]
        if len(aged) >= 2:
            chosen = min(aged, key=lambda e: e.age) if younger else max(aged, key=lambda e: e.age)
            return [chosen]

        def said(e: Entity) -> set[str]:
            return set((e.title or "").lower().split()) | set(_role_heads(e))

        kin = _CHILD_WORDS if younger else _PARENT_WORDS
        fitting = [e for e in entities if said(e) & kin]
        if not fitting:
            # “his older brother, Tomas” … “the younger Rimkus”: the other one
            other = [e for e in entities if said(e) & ({"older", "elder"} if younger else {"younger"})]
            fitting = [e for e in entities if e not in other] if len(other) == 1 and len(entities) == 2 else []

        return fitting if len(fitting) == 1 else []

    def _by_title_gender(self, entities: list[Entity], run: NameRun) -> list[Entity]:
        """“Ms Sandoval” can only be one of the women called Sandoval."""
        titles = {t.strip(".").lower() for t in run.titles}
        want = "male" if titles & _MALE_TITLES else "female" if titles & _FEMALE_TITLES else None
        if want is None:
            return []
        # a first name the lexicon does not know (Kirra, Chidi) may be either: it stays in, and
        # still beats one the lexicon knows is the other sex
        return [e for e in entities if lexicon_gender(e.first or "") in (None, want)]

    def _most_recent(self, entities: list[Entity], before: int) -> Entity:
        """The entity mentioned last before `before`; for a surname that comes first (in a
        headline), the one whose full name comes next."""
        ids = {e.id for e in entities}
        earlier = [m for m in self.mentions if m.entity in ids and m.start < before]
        if earlier:
            return self.entities[max(earlier, key=lambda m: m.start).entity]
        later = [m for m in self.mentions if m.entity in ids]
        return self.entities[min(later, key=lambda m: m.start).entity] if later else entities[-1]

    def _enrich(self, ent: Entity, run: NameRun) -> int:
        doc = self.doc
        if ent.kind == "person" and run.generation and not ent.generation and not any(
            e.generation and e.last == ent.last and e.first == ent.first for e in self.entities
        ):
            ent.generation = run.generation  # “Wendell Haskins” in the headline, “Wendell Haskins Jr.” below
        if ent.generation and not ent.name.endswith(" " + ent.generation):
            ent.name = f"{ent.name} {ent.generation}"  # (again after a longer spelling replaced the name)
        ent.aliases.add(" ".join(run.name_tokens))
        head = self.tokens[run.head]
        if ent.kind == "person" and len(run.name_tokens) >= 2:
            # “Júlio César Ferreira da Silva, the midfielder universally known as “Juninho,””:
            # the name the article goes on to call him by
            _, sentence_end = self._sentence[run.head]
            stop = self.tokens[sentence_end - 1].idx + len(self.tokens[sentence_end - 1])
            known = _KNOWN_AS.match(self.text, run.end, max(run.end, stop))
            if known is not None:
                ent.nicknames.add(known.group(1))
            if _THEY_THEM.search(self.text, run.end, max(run.end, stop)):
                ent.they = True  # “…, who uses they/them pronouns”
        titles = [t.strip(".").lower() for t in run.titles]
        for t in titles:
            if t in _MALE_TITLES:
                ent.gender_votes["male"] += 5
            elif t in _FEMALE_TITLES:
                ent.gender_votes["female"] += 5
        role = [t for t in run.titles if t.strip(".").lower() not in _MALE_TITLES | _FEMALE_TITLES]
        while len(role) > 1 and role[-1].strip(".").lower() in _STYLES_AFTER_A_ROLE:
            role.pop()  # (“Agriculture Cabinet Secretary Dr Naliaka Wafula”: the office, not the doctorate)
        role_words = _pre_name_role(doc, run, self._inside) or " ".join(role)
        appos_title, appos_org = _appositive(doc, head, self._inside)
        if not appos_title and (not role_words or _only_courtesy(role_words) or _only_honorifics(role_words)):
            first = self.tokens[self._token_index_at(run.start)]
            role_words, body = _role_of_body_before(doc, first, run, self._inside)
            appos_org = appos_org or body
            role_words = (
                role_words or _possessed_role_before(doc, first, run, self._inside) or _office_before(doc, first, self._inside)
                or " ".join(role)
            )
        age = _age_after(self.tokens, head) or _age_before(self.tokens[self._token_index_at(run.start)])
        if age is not None and ent.age is None:
            ent.age = age
        if not ent.title and (appos_title or role_words):
            ent.title = appos_title or role_words
        if ent.kind == "organisation" and not ent.title:
            # “The charity Hearing Forward”: the sort of body it is, so that “the charity” finds it
            first_i = self._token_index_at(run.start)
            sort = self.tokens[first_i - 1] if first_i >= 1 else None
            if sort is not None and sort.pos_ == "NOUN" and self._inside[sort.i] < 0 and (
                sort.lemma_.lower() in _BODY_NOUNS or sort.lemma_.lower() in _COMPANY_NOUNS
                or sort.lemma_.lower() in lexicons.organisation_words()
            ):
                ent.title = sort.lemma_.lower()
        ent.roles.update(r for r in (appos_title, role_words) if r)
        led = _role_by_agency(head)
        if ent.kind == "person" and led is not None:
            ent.roles.add(led)  # “a panel chaired by Judge X” … “the chair asked”
            body = _led_body(head)
            if body is not None and body.text[:1].isupper() and not ent.affiliation:
                ent.affiliation = body.text  # (“Ashby, managed by Keith Dunne,”: Ashby's manager)
        if (
            ent.kind == "person" and head.dep_ == "nsubj" and head.head.lemma_ == "be" and self._inside[head.i] < 0
            and head.head.dep_ not in ("ccomp", "xcomp", "advcl")  # (not what someone said he was)
        ):
            # “Daniel Okonkwo-Reilly, 44, was the first witness called”: what the sentence says
            # the person is describes them later (“the witness paused”)
            attr = next((c for c in head.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
            if attr is not None and self._inside[attr.i] < 0 and not any(c.dep_ == "neg" for c in head.head.children):
                noun = attr.lemma_.lower()
                if self.describes_a_person(noun) and any(
                    c.dep_ in ("det", "poss") for c in attr.children
                ):
                    ent.roles.add(noun)
        # “His coach, the former circuit player Leung Tsz-hin,”: the noun the name (or its role)
        # stands beside is a role too (“said the coach”) — not one news keeps for the unnamed
        # (“Another former employee, content writer X”)
        outer, steps = head, 0
        while outer.dep_ in ("appos", "compound") and outer.head.i < outer.i and steps < 3:
            outer, steps = outer.head, steps + 1
            noun = outer.lemma_.lower()
            if (
                role_words and outer.pos_ == "NOUN" and self._inside[outer.i] < 0 and self.describes_a_person(noun)
                and noun not in role_words.lower() and noun not in _UNNAMED_NOUNS
            ):
                ent.roles.add(noun)
                break
        for role in (appos_title, role_words):
            # “His wife, Ruth,”, “a mother of two”: the role says the gender as a title does
            sex = _person_nouns().get(role_head(role)) if role else None
            if sex is not None:
                ent.gender_votes[sex] += 5
        if not ent.affiliation and appos_org:
            ent.affiliation = appos_org
        if run.titles or head.ent_type_ in ("PERSON", "ORG") or appos_title:
            ent.strong = True
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in lexicons.reporting_verbs():
            ent.strong = True
        return ent.id

    def _add_mention(self, run: NameRun, entity: int | None) -> None:
        if entity is None:
            return
        head = self.tokens[run.head]
        first = head
        while first.i > 0 and self.tokens[first.i - 1].idx >= run.start:
            first = self.tokens[first.i - 1]
        after = self.tokens[head.i + 1] if head.i + 1 < len(self.tokens) else None
        # “Ms Ramaswamy, whose novel was shortlisted, spent …”: a name that opens its sentence
        # and is set off by a comma is the subject, whatever the parse made of the clause
        fronted = (first.is_sent_start or (first.i > 0 and self.tokens[first.i - 1].is_space)) and (
            after is not None and after.text == ","
        ) and self.entities[entity].kind == "person"
        if fronted and not any(t.pos_ in ("VERB", "AUX") for t in self.sentence_tokens(head.i)):
            fronted = False  # a list of names after a colon (“by name: Daisy, Clementine”) has no verb
        # “Lowell laughs and does not deny it.” read as the noun “laughs” with the name compounded
        # onto it: a plural-noun root right after the name, with a verb conjoined, is a verb
        misread_verb = (
            head.dep_ == "compound" and head.head.i == head.i + 1 and head.head.dep_ == "ROOT"
            and head.head.tag_ == "NNS" and head.head.text.islower() and self.entities[entity].kind == "person"
            and (
                any(c.dep_ == "conj" and c.pos_ == "VERB" for c in head.head.children)
                # (“Asked what to expect, Ocampo-Ruiz laughs.”: the bare noun ends the sentence)
                or (
                    not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in head.head.children)
                    and head.head.i + 1 < len(self.tokens) and self.tokens[head.head.i + 1].text in (".", "!")
                )
            )
        )
        # “Her mother, Mariam Haddad, watched from the front row.” read as a noun phrase with the
        # verb hung on it as a clause: the name in apposition to it is what the sentence is about
        misread_verb = misread_verb or (
            head.dep_ == "appos" and head.head.dep_ == "ROOT" and head.head.pos_ == "NOUN"
            and any(c.dep_ == "acl" and c.pos_ == "VERB" and c.i > head.i for c in head.head.children)
            and self.entities[entity].kind == "person"
        )
        fronted = fronted or misread_verb or self._orphan_subject(head, first, entity)
        # “Raiders captain Sione Vaka, …, played”: the title word read as the verb whose subject
        # is the team and whose object is the name — the titled person is the subject
        title_slip = head.head if (
            first.i > 0 and head.dep_ == "dobj" and head.head.i == first.i - 1
            and head.head.dep_ in ("nsubj", "nsubjpass") and head.head.lower_ in lexicons.titles()
        ) else None
        # “Saints director of rugby Gareth Mullan, …, allowed himself a smile”: the name read as
        # the object of “of”, with the rest of the role (“rugby”) compounded onto it — the
        # person holds the role that is the subject (not so “the wife of Gareth Mullan”)
        if title_slip is None and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ in ("nsubj", "nsubjpass") and (
            head.head.head.lemma_.lower() not in _RELATIONS  # (“The widow of firefighter Lee Bowen”)
        ) and any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower and c.idx < run.start for c in head.children
        ) and self.entities[entity].kind == "person":
            title_slip = head.head.head
        named_as = _subject_named_as(head) if self.entities[entity].kind == "person" else None
        mention = EntityMention(
            start=run.start,
            end=run.end,
            text=run.text,
            entity=entity,
            token=run.head,
            # “His wife, Mary, agreed”: a name in apposition to the subject is the subject
            # (or coordinated with it: “X and Y said”, or a parse that made “Outside court” the
            # subject and the name its conjunct)
            is_subject=head.dep_ in ("nsubj", "nsubjpass")
            or (head.dep_ in ("appos", "conj") and _through_appositions(head.head).dep_ in ("nsubj", "nsubjpass"))
            or fronted
            or title_slip is not None
            or _according_to(head)
            # “was led by Chief Willie Tavoa, …, who spoke through an interpreter”: the doer of a
            # passive, and the one a “who” clause is about, are what the sentence is about
            or (
                head.dep_ == "pobj" and head.head.dep_ == "agent" and self.entities[entity].kind == "person"
                and head.head.head.lemma_.lower() not in _SEEING  # (“an email seen by The Ledgerline”)
            )
            or (_who_clause(head) and self.entities[entity].kind == "person" and self.entities[entity].first is not None)
            or named_as is not None,
            paragraph=self._paragraph[run.head],
            main=_main_subject(title_slip or named_as or head) or fronted,
        )
        self.mentions.append(mention)

    def _orphan_subject(self, head: Token, first: Token, entity: int) -> bool:
        """“At a market stall in Mataderos, Norma Quiroga, 67, was counting coins”, parsed with
        the name as one more place of the opening phrase and a main verb with no subject: the
        person right before that verb, after the phrase's comma, is what the sentence is about."""
        if self.entities[entity].kind != "person" or head.dep_ in ("nsubj", "nsubjpass") or first.i == 0:
            return False
        if self.tokens[first.i - 1].text != ",":
            return False
        start, end = self._sentence[head.i]
        root = next((t for t in self.tokens[start:end] if t.dep_ == "ROOT"), None)
        if root is None or root.pos_ not in ("VERB", "AUX") or root.i <= head.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children
        ):
            return False
        gap = self.tokens[head.i + 1 : root.i]
        return len(gap) <= 8 and not any(t.pos_ in ("VERB", "PROPN", "PRON") for t in gap)

    def _name_the_narrator(self) -> Entity | None:
        """Who “I” is in a first-person story (“‘Pip,’ said Joe”): the person the others
        address by name. Only where “I” narrates throughout — a news report quoting its
        reporter's questions never qualifies."""
        narrating = sum(1 for t in self.tokens if t.text == "I" and self._inside[t.i] < 0)
        if narrating < _NARRATION_MIN or narrating * 400 < len(self.tokens):
            return None
        by_word: dict[str, Entity] = {}
        for e in self.entities:
            if e.kind == "person" and not e.anonymous:
                for w in (e.first, e.last):
                    if w:
                        by_word.setdefault(w, e)
        counts: dict[str, int] = {}
        n = len(self.tokens)
        for t in self.tokens:
            if self._inside[t.i] < 0 or t.pos_ != "PROPN":
                continue
            if t.text not in by_word:
                if not lexicon_gender(t.text) or _clean(t.text) in lexicons.titles():
                    continue
                # a given name heard only in the others' words: the narrator may be named nowhere else
                by_word[t.text] = Entity(-1, "person", t.text, first=t.text)
            before = self.tokens[t.i - 1] if t.i > 0 else None
            after = self.tokens[t.i + 1] if t.i + 1 < n else None
            opens = before is None or before.text in ("“", '"', "‘", ",", "dear", "Dear") or self._inside[before.i] != self._inside[t.i]
            closes = after is not None and (after.text in (",", "!", "?", ".", "”", '"', "’") or self._inside[after.i] != self._inside[t.i])
            # a vocative stands alone between commas or marks: the narrator is addressed (not
            # talked about) by someone else, and “I” answers within the next two quotes — in a
            # column, the crowd's “Resign, Boris!” is never followed by the columnist's reply
            if opens and closes and not self._quote_by_narrator(t) and self._answered_by_narrator(t):
                counts[t.text] = counts.get(t.text, 0) + 1
        if not counts:
            return None
        best = max(counts, key=lambda w: counts[w])
        if counts[best] < 2:
            return None
        ent = by_word[best]
        if ent.id < 0:
            ent.id = len(self.entities)
            ent.strong = True
            self.entities.append(ent)
        return ent

    def _answered_by_narrator(self, tok: Token) -> bool:
        """Whether one of the two quotes after the one holding `tok` is cued by “I”."""
        k = self._inside[tok.i]
        seen: list[int] = []
        for t in self.tokens[tok.i :]:
            q = self._inside[t.i]
            if q > k and q not in seen:
                seen.append(q)
                if self._quote_by_narrator(t):
                    return True
                if len(seen) == 2:
                    return False
        return False

    def _quote_by_narrator(self, tok: Token) -> bool:
        """Whether the quote holding `tok` is cued by “I said”/“said I” right after it."""
        k = self._inside[tok.i]
        j = tok.i
        while j < len(self.tokens) and self._inside[j] == k:
            j += 1
        return any(t.text == "I" and self._inside[t.i] < 0 for t in self.tokens[j : j + 4])

    def _reconsider_kinds(self) -> None:
        """A lone name first read as a person (“Families sue Lumora”) is an organisation when
        a later mention owns what only organisations have (“Lumora’s chief executive”, “a
        Lumora researcher”) and nothing marks it as a person (a first name, a title, a gender)."""
        for ent in self.entities:
            if ent.kind != "person" or ent.anonymous:
                continue
            # “the advocacy group Riders United Millbrook”: the role says what it is
            # (the head of the role, before any “of”: a member of parliament is a person)
            title_head = role_head(ent.title or "")
            # (not a given name and surname the recogniser calls a person, under a role that
            # names a doer as well as a body: “the veteran broadcaster Adwoa Nkansah-Boateng” is a
            # broadcaster, not a broadcasting company; “the company Halvorsen Therapeutics” is one)
            tagged_person = ent.first is not None and title_head.endswith(("er", "or")) and any(
                self.tokens[m.token].ent_type_ == "PERSON" for m in self.mentions if m.entity == ent.id
            )
            if (
                title_head in lexicons.organisation_words() or title_head in _COMPANY_NOUNS or title_head in _BODY_NOUNS
            ) and not lexicon_gender(ent.first or "") and not tagged_person:
                ent.kind, ent.first, ent.last = "organisation", None, None
                continue
            if (ent.first and lexicon_gender(ent.first)) or (ent.title or "").lower().strip(".") in lexicons.titles():
                continue  # a given name or a courtesy title: a person
            for m in self.mentions:
                if m.entity != ent.id:
                    continue
                head = self.tokens[m.token]
                owns = head.dep_ in ("poss", "compound") and head.head.lemma_.lower() in _ORGANISATION_POSSESSIONS
                # “a spokesperson for Skyvale”: only a body (or a named, titled person) has one
                spoken_for = (
                    head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.lemma_.lower() in SPOKESPEOPLE
                )
                if owns or spoken_for or (m.is_subject and _states_of_itself(_through_appositions(head).head)):
                    ent.kind, ent.first, ent.last, ent.title = "organisation", None, None, None
                    break

    def _add_mistagged_surnames(self) -> None:
        """“Ellery paused …”, “Wren was more candid …”: the tagger calls an unusual surname a
        noun or verb, but once the article has named the person in full, the capitalised word
        is that person (a word the article also uses in lower case is left alone)."""
        surnames: dict[str, list[Entity]] = {}
        for e in self.entities:
            if e.kind == "person" and e.last and e.first and not e.anonymous and len(e.last) > 1:
                surnames.setdefault(e.last, []).append(e)
        # … or by the other half of the name: family name first (Ha Min-seok), or a first name
        for e in self.entities:
            if e.kind == "person" and e.first and e.last and not e.anonymous and len(e.first) > 1:
                surnames.setdefault(e.first, [e])
        # … and a one-word organisation name (“Vaultly, the exchange that …” read as an adverb)
        single = {e.name: e for e in self.entities if e.kind == "organisation" and " " not in e.name and len(e.name) > 2}
        for name, e in single.items():
            surnames.setdefault(name, [e])
        if not surnames:
            return
        candidates = [t for t in self.tokens if t.text in surnames and t.pos_ != "PROPN" and self._inside[t.i] < 0]
        if not candidates:
            return
        covered = {t for m in self.mentions for t in range(m.token - 4, m.token + 1)}
        lower = {t.lower_ for t in self.tokens if t.text.islower()}
        first_seen: dict[int, int] = {}
        for m in self.mentions:
            first_seen.setdefault(m.entity, m.start)
        added = []
        for tok in candidates:
            named = surnames[tok.text]
            if len(named) == 1:
                ent = named[0]
            else:
                by_age = self._by_seniority(named, tok.i, tok.i)  # (“Blackwood senior”)
                ent = by_age[0] if by_age else self._of_relatives(named, tok.idx, _says(tok))
            if tok.i in covered or tok.lower_ in lower:
                continue
            if tok.i + 1 < len(self.tokens) and self.tokens[tok.i + 1].text[:1].isupper() and self.tokens[tok.i + 1].is_alpha:
                continue  # part of some longer name the roster chose not to keep
            if first_seen.get(ent.id, len(self.text)) > tok.idx and ent.name != tok.text:
                continue  # only after the full name has introduced the person
            # the tagger's “Tolliver said …” as an adverb before a verb with no subject: the subject
            stranded = (
                tok.head.pos_ in ("VERB", "AUX") and tok.i < tok.head.i and tok.dep_ in ("advmod", "npadvmod", "compound", "dep")
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children)
            )
            added.append(EntityMention(
                tok.idx, tok.idx + len(tok), tok.text, ent.id, tok.i,
                tok.dep_ in ("nsubj", "nsubjpass") or stranded, self._paragraph[tok.i],
                _main_subject(tok) or (stranded and tok.head.dep_ == "ROOT"),
            ))
        for m in added:
            insort(self.mentions, m, key=lambda m: m.start)

    def _other_in_view(self, entity: int, gender: str, i: int) -> bool:
        """Someone else of that gender (by first name or title) named in this paragraph or the
        one before, before token `i`: whom a he/she after a quote may well mean instead."""
        here = self._paragraph[i]
        for m in self.mentions:
            if m.token >= i or m.entity == entity or here - m.paragraph > 1:
                continue
            other = self.entities[m.entity]
            if other.kind == "person" and not other.anonymous and lexicon_gender(other.first or "") == gender:
                return True
        return False

    def _token_index_at(self, char: int) -> int:
        """Index of the first token starting at or after character `char`."""
        return bisect_left(self._starts, char)

    def _sentence_before(self, i: int) -> tuple[int, int] | None:
        """Token bounds of the sentence before the one holding token `i`, if any."""
        start, _ = self._sentence[i]
        return self._sentence[start - 1] if start > 0 else None

    def sentence_tokens(self, i: int) -> list[Token]:
        start, end = self._sentence[i]
        return self.tokens[start:end]

    def _chain_pronouns(self) -> None:
        """Subject pronouns outside quotes join the timeline as mentions of whom they resolve to,
        in text order: “She married … She went out … she remembered” stays with one person even
        when another woman was named in between. So do relatives (“His wife is not convinced.”),
        for the “she said” after them."""
        for tok in self.tokens:
            if self._inside[tok.i] >= 0 or tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            start = tok.idx
            if tok.lower_ in ("he", "she"):
                ent, _ = self.resolve_pronoun(tok)
            elif tok.pos_ == "NOUN" and tok.i not in self._by_token:
                # … and so do relatives (“His wife is not convinced.”), for the “she said” after
                ent = self.relative_of(tok)
                start = min(c.idx for c in tok.lefts) if list(tok.lefts) else tok.idx
            else:
                continue
            if ent is None:
                continue
            mention = EntityMention(
                start, tok.idx + len(tok), self.text[start : tok.idx + len(tok)], ent.id, tok.i, True,
                self._paragraph[tok.i], _main_subject(tok),
            )
            insort(self.mentions, mention, key=lambda m: m.start)

    def _family_surnames(self) -> None:
        """“Her son, Martin, said”: a relative named by first name only shares the surname of
        the person whose relative he is (the usual reading in news and obituaries)."""
        for ent in self.entities:
            if ent.kind != "person" or ent.anonymous or ent.last or not ent.first:
                continue
            for m in self.mentions:
                if m.entity != ent.id:
                    continue
                head = self.tokens[m.token]
                relation = head.head if head.dep_ == "appos" else None
                if relation is None or relation.lemma_.lower() not in _KIN:
                    continue
                owner = next((c for c in relation.children if c.dep_ == "poss"), None)
                if owner is None:
                    continue
                if owner.lower_ in MALE_PRONOUNS | FEMALE_PRONOUNS:
                    relative, _ = self.resolve_pronoun(owner)
                else:
                    relative = self.entity_at(owner.i)
                if relative is not None and relative.kind == "person" and relative.last and not relative.anonymous:
                    ent.last = relative.last
                    ent.name = f"{ent.first} {relative.last}"
                    ent.aliases.add(ent.name)
                    break

    def _lead_roles(self) -> None:
        """“The chief executive of Meridian Rail has admitted … ¶ Giving evidence, Alastair
        Penhaligon said …”: a news lead describes the person its next paragraph names. The role
        of a lead's unresolved definite subject goes to the first person named as a subject in
        the paragraph after it (the headline and the first two paragraphs only)."""
        for tok in self.tokens:
            if self._paragraph[tok.i] > 2:
                break  # (tokens come in text order: the lead is over)
            if (
                tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN" or tok.tag_ == "NNS"
                or self._inside[tok.i] >= 0
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                # (the lead's own subject, not someone in what another said: “Their manager X
                # said the referee was wrong”)
                or tok.head.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "acl")
            ):
                continue
            role = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.is_lower] + [tok]
            words = [t.lower_ for t in role]
            if not (set(words) & lexicons.titles() or self.is_person_noun(tok.lemma_.lower())):
                continue
            if self.resolve_description(["the", *words], tok.idx) is not None:
                continue
            here = self._paragraph[tok.i]
            named = next(
                (
                    m for m in self.mentions
                    if m.paragraph == here + 1 and m.is_subject and self.entities[m.entity].kind == "person"
                    and not self.entities[m.entity].anonymous and not _introduced_otherwise(self.tokens[m.token])
                ),
                None,
            )
            if named is not None:
                ent = self.entities[named.entity]
                text = " ".join(words)
                ent.roles.add(text)
                ent.title = ent.title or text

    def _add_descriptions(self) -> None:
        """Definite descriptions that are subjects (“The judge was unmoved.”) join the timeline,
        so that a later pronoun can find the person they describe."""
        def add(mention: EntityMention) -> None:
            # (on the timeline at once: “His captain was blunter. “…,” the 27-year-old flanker
            # said” finds the captain)
            insort(self.mentions, mention, key=lambda m: m.start)

        for tok in self.tokens:
            if tok.dep_ not in ("nsubj", "nsubjpass"):
                continue  # (every branch below is about a subject)
            # (the subject of a reply is resolved with its quote, which knows who asked: “the
            # 52-year-old replied” is not the one who asked)
            replying = tok.head.lemma_.lower() in REPLY_VERBS
            age = _age_of(tok) if not replying else None
            if age is None and tok.pos_ in ("NOUN", "PROPN") and not replying:
                # “The 26-year-old Swede, nicknamed …”: an age before the noun
                age = next((_age_of(c) for c in tok.children if c.dep_ == "amod" and _age_of(c) is not None), None)
            if age is not None and self._inside[tok.i] < 0:
                # “The 29-year-old admitted he had …”: the person of that age
                ent = self.resolve_age(age, tok.idx, self._paragraph[tok.i])
                if ent is not None and ent.kind == "person" and not self._within_a_mention(tok.idx):
                    add(self._subject_mention(tok, ent, tok.left_edge.idx))
                    if tok.text[:1].isupper() and (tok.ent_type_ == "NORP" or tok.lower_ in lexicons.nationalities()):
                        ent.roles.add(tok.text)  # “The 26-year-old Swede, nicknamed …”: later “the Swede”
                continue
            if (
                tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and self._inside[tok.i] < 0
                and any(c.dep_ == "poss" and (c.pos_ in ("NOUN", "PROPN") or c.lower_ in ("his", "her", "their", "its")) for c in tok.children)
                and not self._within_a_mention(tok.idx)
            ):
                # “The city’s streets director sees it differently.” … “The director, X, says”;
                # “His captain was blunter.” after “Wanderers captain Ross McAllister”: the one
                # person given that role
                ent = self.named_next(tok) or self._named_right_after(tok)
                owner = next(c for c in tok.children if c.dep_ == "poss")
                if ent is None and owner.lower_ in ("his", "her", "their", "its"):
                    held = [e for e in self.entities if e.kind == "person" and tok.lemma_.lower() in _role_heads(e)]
                    ent = held[0] if len(held) == 1 else None
                if ent is not None:
                    add(self._subject_mention(tok, ent, tok.left_edge.idx))
                continue
            if (
                (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.lower_ in lexicons.nationalities() and not self._within_a_mention(tok.idx)))
                and self._inside[tok.i] < 0
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            ):
                named_here = [
                    c for c in tok.rights
                    if c.dep_ in ("appos", "compound") and self._within_a_mention(c.idx)
                ]
                if named_here:
                    continue  # “The campaign group Restitution Now said”: the name it gives speaks
                words = ["the"] + [c.text for c in tok.lefts if c.dep_ in ("compound", "amod")] + [tok.lemma_.lower()]
                ent = self.resolve_description(words, tok.idx) or self.named_next(tok) or self._topic_described(tok)
                if ent is not None and self.unnamed_since(tok, tok.lemma_.lower(), ent):
                    continue  # (“A senior diplomat who spoke on condition of anonymity” ¶ “the diplomat said”)
                if ent is not None and ent.kind == "person" and tok.tag_ == "NNS":
                    continue  # “the replacements” are several people, not the replacement hooker
                if ent is not None:
                    if ent.kind == "person" and tok.lemma_.lower() in lexicons.titles() and tok.lemma_.lower() not in ent.descriptors():
                        ent.roles.add(tok.lemma_.lower())  # (an office found by who held the floor: “the governor” from now on)
                    add(self._subject_mention(tok, ent, min(c.idx for c in tok.lefts) if list(tok.lefts) else tok.idx))

    def _named_right_after(self, tok: Token) -> Entity | None:
        """“Their captain, lock Jarrah Winterbottom, posted …”: the person named between commas
        right after the noun (after a word or two for the role), whatever the parse made of it."""
        end = tok.idx + len(tok)
        for m in self.mentions:
            if m.start <= end or m.start - end > 40:
                continue
            ent = self.entities[m.entity]
            if ent.kind == "person" and not ent.anonymous and _COMMA_ROLE.fullmatch(self.text[end : m.start]) and (
                self.text[m.end : m.end + 1] == ","
            ):
                return ent
        return None

    def _topic_described(self, tok: Token) -> Entity | None:
        """“Brackwell boss Martin Quayle was in a rather different mood. The former Stainmoor
        midfielder …”, “… before Arriaga Vidal curled the winner. ¶ The Spaniard, who …”: a
        sentence opening on “the” and a word for what a person is (a nationality, a position, a
        former calling; not an office, which is someone's to hold, nor a word news keeps for the
        unnamed) and that no one was called before is the person the sentence before was about."""
        lemma = tok.lemma_.lower()
        nationality = tok.lower_ in lexicons.nationalities()
        opens = tok.left_edge.i == self._sentence[tok.i][0] or (tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT")
        if tok.tag_ in ("NNS", "NNPS") or not opens or lemma in _UNNAMED_NOUNS:
            return None  # (“The Spaniard …”, “In a post, the Ethiopian wrote”: what the sentence is about)
        # (a word for whoever leads, with what they lead — “The union leader said” after “Sgt. X,
        # president of the Police Benevolent Council,” — is someone of rank just named)
        leading = lemma in _LEADING_WORDS and any(c.dep_ == "compound" for c in tok.lefts)
        if not nationality and not leading and (
            lemma in lexicons.titles() or lemma not in _person_nouns()
            or not any(c.dep_ in ("amod", "compound") for c in tok.lefts)  # (“the former …”, “the Stainmoor …”)
        ):
            return None
        here = self._paragraph[tok.i]
        if nationality:
            # (the one the text tied to that country: “Arriaga Vidal, a signing from Spanish club
            # X,” for “The Spaniard”, though Sutcliffe was the sentence's subject)
            stem = tok.lower_[: max(3, min(5, len(tok.lower_) - 1))]
            for m in reversed(self.mentions):
                if m.start >= tok.idx:
                    continue
                if here - m.paragraph > 1:
                    break
                ent = self.entities[m.entity]
                start, end = self._sentence[m.token]
                tied = [
                    t for t in self.tokens[start:end]
                    if t.text[:1].isupper() and t.lower_.startswith(stem) and self._inside[t.i] < 0 and not self._within_a_mention(t.idx, "person")
                ]
                if ent.kind == "person" and not ent.anonymous and tied:
                    # (the nearest person the country word describes, however far up: “Ruud
                    # Verbeek, a signing from Dutch side Zeewolde,” is Verbeek's — not the side's,
                    # which the tagger may make a person, named by a noun for no person)
                    # (the timeline is not indexed by token yet while descriptions are added)
                    above = [
                        self.entities[a.entity] for t in tied for up in t.ancestors for a in self.mentions
                        if a.start <= up.idx < a.end and self.entities[a.entity].kind == "person" and not self.entities[a.entity].anonymous
                        and not any(
                            c.dep_ == "compound" and c.is_lower and c.pos_ == "NOUN" and not self.describes_a_person(c.lemma_.lower())
                            for c in up.children
                        )
                    ]
                    return above[0] if above else ent
        for m in reversed(self.mentions):
            # (the subject of a sentence's main verb: not “… said Thornwick would be …”)
            if m.start >= tok.idx or not m.is_subject or not m.main:
                continue
            if here - m.paragraph > 1:
                break
            ent = self.entities[m.entity]
            if ent.kind == "person" and not ent.anonymous and not leading and ent.title and role_head(ent.title) != lemma:
                # (“Manager X said his new signing, Y, had impressed. The former Rovers
                # midfielder …”: someone else the sentence named, given no other office, is the one
                # — the manager only if nobody else was named)
                start, end = self._sentence[m.token]
                others = [
                    self.entities[o.entity] for o in self.mentions
                    if o.start > m.start and o.token < end and o.entity != ent.id
                    and self.entities[o.entity].kind == "person" and not self.entities[o.entity].anonymous
                ]
                fitting = {
                    o.id: o for o in others
                    if not o.title or role_head(o.title) == lemma or not self.describes_a_person(role_head(o.title))
                }
                if len(fitting) == 1:
                    return next(iter(fitting.values()))
            party = any(c.dep_ == "compound" and c.lower_ == "party" for c in tok.lefts)
            if ent.kind == "person" and not ent.anonymous and (
                not leading or (ent.title and (not public_office(ent.title) or (party and leads_a_party(ent.title))))
            ):
                return ent  # (“the union leader” is not the minister or mayor the union met)
            return None  # (the last one the text was about is no person we can name)
        return None

    def _within_a_mention(self, char: int, kind: str | None = None) -> bool:
        """Whether a mention already on the timeline (of an entity of `kind`, if given) covers
        this character."""
        return any(m.start <= char < m.end and (kind is None or self.entities[m.entity].kind == kind) for m in self.mentions)

    def _subject_mention(self, tok: Token, ent: Entity, start: int) -> EntityMention:
        """A mention of `ent` by the subject phrase from `start` to its head `tok`."""
        end = tok.idx + len(tok)
        return EntityMention(start, end, self.text[start:end], ent.id, tok.i, True, self._paragraph[tok.i], _main_subject(tok))

    def _add_anonymous(self) -> None:
        """Unnamed people who are subjects (“a woman waiting for a prescription was blunter”)
        join the timeline, so that a pronoun after them does not jump to a named person."""
        nouns = _person_nouns()
        found = []
        for tok in self.tokens:
            if (tok.dep_ not in ("nsubj", "nsubjpass") and not subject_read_as_appositive(tok)) or tok.pos_ != "NOUN" or self._inside[tok.i] >= 0:
                continue
            lemma = tok.lemma_.lower()
            if lemma not in nouns and lemma not in lexicons.titles() and not (
                # (“A Tallis dealer in Boulder, who spoke on condition of anonymity, said”; not “A
                # typewriter sits on the desk”)
                self.is_person_noun(lemma) and tok.tag_ == "NN" and (
                    tok.head.lemma_.lower() in lexicons.reporting_verbs()
                    or _who_clause(tok)
                )
            ):
                continue
            # (a spokesman or spokeswoman can be the he/she after; a “spokesperson” stays out of
            # the timeline, where a pronoun of either gender would stop at it)
            body = self._body_spoken_for(tok) if lemma in SPOKESPEOPLE and nouns.get(lemma) else None
            if body is None and lemma in SPOKESPEOPLE and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
                continue  # “a spokesperson for the Red Cross” speaks for the Red Cross
            if any(
                c.dep_ == "appos" and c.pos_ == "PROPN" and (c.head.dep_ != "pobj" or self._within_a_mention(c.idx, "person"))
                for c in tok.subtree if c.i - tok.i <= 14
            ):
                continue  # “Another resident, Paula Grant, said”: she has a name (not “for the Board (NCSB)”)
            dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "poss")]
            if not dets:
                continue
            if dets[0] not in _INDEFINITE and not (
                # “the woman travelling to Tampa”: a word news keeps for the unnamed, pinned down
                # by what she is doing, that no named person answers to
                dets[0] == "the" and lemma in _UNNAMED_NOUNS
                and any(c.dep_ in ("acl", "relcl") for c in tok.children)
                and self.resolve_description([lemma], tok.idx) is None
                and not self._within_a_mention(tok.idx)
            ):
                continue  # (“her husband” is usually someone the article has named)
            first = next((t for t in tok.subtree if not t.is_punct and not t.is_space), tok)
            start = first.idx
            ent = Entity(len(self.entities), "person", self.text[start : tok.idx + len(tok)], anonymous=True, strong=True)
            ent.gender = nouns.get(lemma)
            ent.speaks_for = body.id if body is not None else None
            self.entities.append(ent)
            found.append(
                EntityMention(start, tok.idx + len(tok), ent.name, ent.id, tok.i, True, self._paragraph[tok.i], _main_subject(tok))
            )
        taken = {m.token for m in found}
        for head in self._unnamed_on_purpose():
            if head.i in taken or self._within_a_mention(head.idx):
                continue
            taken.add(head.i)
            first = next((t for t in head.subtree if not t.is_punct and not t.is_space), head)
            if head.i > 0 and self.tokens[head.i - 1].lower_ in _INDEFINITE:
                first = min(first, self.tokens[head.i - 1], key=lambda t: t.i)
            ent = Entity(len(self.entities), "person", self.text[first.idx : head.idx + len(head)], anonymous=True, strong=True)
            ent.gender = _person_nouns().get(head.lemma_.lower()) or self._own_pronoun_gender(head)
            self.entities.append(ent)
            # (the topic of its sentence, whatever the parse made of it: “One tenant, who cannot
            # be identified, described how he …”)
            found.append(EntityMention(first.idx, head.idx + len(head), ent.name, ent.id, head.i, True, self._paragraph[head.i], True))
        if found:
            self.mentions.extend(found)
            self.mentions.sort(key=lambda m: m.start)

    def _not_to_be_named(self, tok: Token) -> bool:
        """“(asked) not to be named”, “cannot be identified”, “asking that her name not be
        used”: a name withheld on purpose."""
        lemma = tok.lemma_.lower()
        if lemma in ("use", "publish", "print", "give", "disclose", "reveal") and tok.tag_ == "VBN":
            # (only the name's own verb: “her name not be used”)
            if not any(
                c.dep_ == "nsubjpass" and c.lemma_.lower() == "name"
                and any(p.dep_ == "poss" and p.lower_ in ("her", "his", "their") for p in c.children)
                for c in tok.children
            ):
                return False
        elif lemma not in ("name", "identify") or tok.tag_ != "VBN":
            return False
        return any(t.lower_ in ("not", "n't", "cannot") for t in self.tokens[max(tok.i - 4, 0) : tok.i])

    def withholds_name(self, verb: Token, pronoun: Token | None = None) -> bool:
        """“…,” she told the Ledger, asking that her name not be used: the one telling asked to
        stay unnamed, whoever the pronoun would otherwise mean — but not when someone else in a
        clause of its own asks it (“she said, adding that the boy's parents had asked that his
        name not be published”)."""
        own = {"he": "his", "she": "her"}.get(pronoun.lower_ if pronoun is not None else "")
        for t in verb.subtree:
            if not (verb.i < t.i < verb.i + 20) or self._inside[t.i] >= 0 or not self._not_to_be_named(t):
                continue
            if own is not None and any(
                p.dep_ == "poss" and p.lower_ in ("his", "her") and p.lower_ != own
                for c in t.children if c.lemma_.lower() == "name" for p in c.children
            ):
                continue  # (“his name” withheld by a she)
            clause, other_subject = t, False
            while clause.i != verb.i and clause.head.i != clause.i:
                clause = clause.head
                if clause.i != verb.i and any(
                    c.dep_ in ("nsubj", "nsubjpass") and (pronoun is None or c.lower_ != pronoun.lower_)
                    for c in clause.children
                ):
                    other_subject = True  # (the asking is someone else's)
                    break
            if not other_subject:
                return True
        return False

    def _unnamed_on_purpose(self) -> list[Token]:
        """Heads of phrases the article says it will not name: “one regular, who asks not to be
        named”, “a tenant who cannot be identified” — whatever noun, and whatever the parse made
        of the sentence, the person is there, and a he/she after may be theirs."""
        heads = []
        for tok in self.tokens:
            if self._inside[tok.i] >= 0 or not self._not_to_be_named(tok):
                continue
            # the noun the “who …” clause hangs on, read from the words (the parse of such long
            # subjects is often astray)
            start = self._sentence[tok.i][0]
            # (past “… and who asked not to be named” to the first “who” of the pair)
            whos = [t for t in reversed(self.tokens[max(start, tok.i - 30) : tok.i]) if t.lower_ == "who" and t.i > 1]
            before_who = [self.tokens[w.i - 2] if self.tokens[w.i - 1].is_punct else self.tokens[w.i - 1] for w in whos]
            head = next((h for h in before_who if h.pos_ != "CCONJ"), None)
            if head is None:
                clause = tok
                while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i and clause.i - clause.head.i < 12:
                    clause = clause.head
                if clause.dep_ not in ("relcl", "acl"):
                    continue
                head = clause.head
            of_whom = head
            while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("NOUN", "NUM", "ADJ") and (
                head.head.head.i < head.i
            ):
                head = head.head.head  # “A strategist at one of the largest lenders, who asked not to be named”
            described = head
            while head.dep_ == "appos" and head.head.pos_ in ("NOUN", "NUM", "ADJ"):
                head = head.head  # “One tenant, a warehouse worker who cannot be identified”
            if head.pos_ not in ("NOUN", "NUM", "ADJ"):
                continue  # (an adjective with its article stands for a person: “one regular”)
            # (“Her neighbour, a retired teacher who did not want to be named”: the indefinite
            # may be the appositive's)
            # (“The father of a former player, who asked not to be named”: someone known only
            # through an unnamed other)
            if any(self._indefinite(h) for h in {head, described}) or (
                of_whom is not head and self._indefinite(of_whom) and self.describes_a_person(head.lemma_.lower())
            ):
                heads.append(head)
        return heads

    def _indefinite(self, head: Token) -> bool:
        """“a tenant”, “one regular”, “one”: someone not (yet) identified."""
        dets = [c.lower_ for c in head.children if c.dep_ in ("det", "nummod")] + ([head.lower_] if head.pos_ == "NUM" else [])
        before = self.tokens[head.i - 1].lower_ if head.i > 0 else ""
        # (or the phrase's first word, the parse having hung the article on a compound: “A
        # community elder in Nowshera, who asked not to be named”)
        return bool(dets and dets[0] in _INDEFINITE) or before in _INDEFINITE or head.left_edge.lower_ in ("a", "an")

    def _own_pronoun_gender(self, head: Token) -> Gender | None:
        """“… who asked not to be named, said she had worked there”: the first personal pronoun
        outside quotes in the unnamed person's own sentence."""
        start, end = self._sentence[head.i]
        for t in self.tokens[head.i + 1 : end]:
            if self._inside[t.i] < 0 and t.lower_ in MALE_PRONOUNS:
                return "male"
            if self._inside[t.i] < 0 and t.lower_ in FEMALE_PRONOUNS:
                return "female"
        return None

    def _body_spoken_for(self, spokesperson: Token) -> Entity | None:
        """The organisation “a ValuMart spokeswoman” or “a spokesman for the council” speaks for."""
        for c in spokesperson.children:
            owner = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "for" else (
                c if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" else None
            )
            if owner is None:
                continue
            # (the timeline is still being built: look the owner up among the mentions)
            ent = next((self.entities[m.entity] for m in self.mentions if m.start <= owner.idx < m.end), None)
            if ent is not None and ent.kind == "organisation":
                return ent
        return None

    def spoken_for(self, ent: Entity) -> Entity:
        """Whom an unnamed spokesperson's words belong to: the body, when the article said which."""
        return self.entities[ent.speaks_for] if ent.speaks_for is not None else ent

    def _person_at(self, token_i: int) -> Entity | None:
        ent = self.entity_at(token_i)
        return ent if ent is not None and ent.kind == "person" and not ent.anonymous else None

    def entity_of_phrase(self, token: Token) -> Entity | None:
        """The entity a noun phrase names, directly or through an appositive name
        (“the reviewer Tobiah Fenn”, “the director, Jane Roe”)."""
        ent = self.entity_at(token.i)
        if ent is not None and not ent.anonymous:
            return ent
        # “A Renmark cafe owner”, “a Vantora engineer”: someone unnamed from that place or body
        # (a spokesperson speaks for it, and is read as such elsewhere)
        unnamed_of = any(c.dep_ in ("det", "nummod") and c.lower_ in _SOME for c in token.children) and (
            token.lemma_.lower() not in SPOKESPEOPLE
            and (self.is_person_word(token.lemma_.lower()) or token.lemma_.lower() in lexicons.titles())
        ) or (
            # (“A senior Civic Reform figure, who asked not to be named”: whatever the noun, the
            # article made an unnamed person of it)
            ent is not None and ent.anonymous and token.lemma_.lower() not in SPOKESPEOPLE
        )
        # a person in apposition names the noun before a body compounded onto it does (“A
        # Lumenwise spokeswoman, Hannah Voigt,” is Voigt)
        children = sorted(token.children, key=lambda c: c.dep_ != "appos" or self._person_at(c.i) is None)
        for child in children:
            if unnamed_of and child.dep_ in ("compound", "nmod") and child.i < token.i:
                continue
            if self.member_of(token) is not None and child.dep_ in ("compound", "nmod") and child.i < token.i:
                continue  # “the Wanderers head coach”: someone of that club, not the club
            if child.dep_ in ("appos", "compound", "nmod", "conj") and self._inside[child.i] < 0:
                named = self.entity_at(child.i)
                if named is not None and not named.anonymous:
                    return named  # “the reviewer Tobias Fenn”: the name wins
        for inner in token.subtree:
            # “A spokesman for the Civic Party, Tobias Grunwald,”: the parse hangs the name on
            # the party, but it names the spokesman
            if inner.dep_ == "appos" and inner.i > token.i and self._inside[inner.i] < 0 and inner.i - token.i <= 14:
                named = self._person_at(inner.i)
                if named is not None:
                    return named
        lemma = token.lemma_.lower()
        if ent is None and lemma in lexicons.titles():
            # “Leader of the Opposition Prakash Deshmane”, “councillor for infrastructure Nurul
            # Huda Abdullah”: the rest of the title read as the object of “of” or “for”, with the
            # name compounded onto it
            for prep in token.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
                    continue
                for obj in prep.children:
                    named = self._person_at(obj.i) if obj.dep_ == "pobj" else None
                    if named is not None and any(
                        c.dep_ in ("compound", "det") and c.i < obj.i and self.entity_at(c.i) is not named for c in obj.children
                    ):
                        return named
        if ent is None and token.pos_ == "NOUN" and (
            self.describes_a_person(lemma) or lemma in SPOKESPEOPLE
        ):
            # “the museum’s founder, Sir Edmund Ferrier, …” with the name hung elsewhere by the
            # parse: a person named between commas right after the role is the role's holder
            nxt = token.right_edge.i if token.right_edge.text == "," else token.right_edge.i + 1
            if nxt + 1 < len(self.tokens) and self.tokens[nxt].text == ",":
                j = nxt + 1  # (a mention covers its titles: “Sir Edmund Ferrier” from “Sir”)
                # (… after a word or two for the role, however tagged: “Their captain, lock
                # Jarrah Winterbottom, posted …”)
                while j < nxt + 3 and j + 1 < len(self.tokens) and self.tokens[j].is_lower and self.tokens[j].is_alpha and self._person_at(j) is None:
                    j += 1
                named = self._person_at(j)
                if named is not None:
                    end = j
                    while end + 1 < len(self.tokens) and self.entity_at(end + 1) is named:
                        end += 1
                    if end + 1 < len(self.tokens) and self.tokens[end + 1].text in (",", ".", ";"):
                        return named
        return ent

    def last_pair(self, token: Token) -> tuple[Entity, Entity] | None:
        """The two people last named together (“Thibodeau and Furey”, “X and his wife, Y”), in
        this paragraph or the two before: whom “the former” and “the latter” mean."""
        here = self._paragraph[token.i]
        for m in reversed(self.mentions):
            if m.start >= token.idx or here - m.paragraph > 2:
                continue
            head = self.tokens[m.token]
            other = next((c for c in head.children if c.dep_ == "conj"), None)
            second = self._person_at(other.i) if other is not None else None
            first = self.entities[m.entity]
            if second is not None and first.kind == "person" and not first.anonymous and second.id != first.id:
                return first, second
        return None

    def head_named_next(self, noun: Token) -> Entity | None:
        """“Corvane's chief executive described the launch as …” ¶ “…,” said Anneliese
        Vos-Tanaka, who took over as CEO: the head of a body the article named is the person met
        next — not one it gives another role or body (“Analyst Jo Park, of Barclays”)."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        body = self.entity_at(owner.i) if owner is not None else None
        if (owner is not None and owner.lower_ == "its") or (
            owner is None and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        ):
            # (“Tallyfern Inc said … what its chief executive called …”, “the chief executive
            # described …”: the head of the body in view)
            body = self.recent_organisation(noun.idx)
        if noun.lemma_.lower() not in _LEADING_ROLES or body is None or body.kind != "organisation":
            return None
        ent = self.introduced_next(noun)
        if ent is None or ent.affiliation or (ent.title and role_head(ent.title) not in _LEADING_ROLES):
            return None
        met = min((m for m in self.mentions if m.entity == ent.id and m.start > noun.idx), key=lambda m: m.start, default=None)
        if met is not None and _introduced_otherwise(self.tokens[met.token]):
            return None  # (“Tom Reid, who was booked on the flight, was unhurt”: a passenger)
        return ent

    def member_of(self, noun: Token) -> Entity | None:
        """The organisation compounded onto a noun for a person who is not its voice (“the
        Wanderers head coach”, “an SCVESA data analyst”): someone of it, never the body itself."""
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma in SPOKESPEOPLE or not self.describes_a_person(lemma):
            return None
        for child in noun.children:
            if child.dep_ in ("compound", "nmod", "amod") and child.i < noun.i and self._inside[child.i] < 0 and child.text[:1].isupper():
                ent = self.entity_at(child.i)
                if ent is not None and ent.kind == "organisation":
                    return ent
        return None

    def named_later(self, ent: Entity) -> Entity | None:
        """The person an unnamed one introduced with “the” turns out to be (“The woman who ran
        Reform's campaign has just walked past.” … “Campaign director Lena Okafor spent …”)."""
        if not ent.anonymous:
            return None
        first = min((m for m in self.mentions if m.entity == ent.id), key=lambda m: m.start, default=None)
        noun = self.tokens[first.token] if first is not None else None
        if noun is None:
            return None
        known_as = next(
            (
                self.entities[m.entity] for m in self.mentions
                if (named := _subject_named_as(self.tokens[m.token])) is not None and named.i == noun.i
                and self.entities[m.entity].kind == "person"
            ),
            None,
        )
        if known_as is not None:
            return known_as  # “A farmer known as Abu Khaled said …”: the name he goes by
        if self._withheld_in_sentence(noun):
            return None  # (“The woman who found it, who asked not to be named”)
        identified = self._identified_as().get(noun.lemma_.lower())
        if identified is not None and identified[0] >= noun.idx and (
            ent.gender is None or identified[1].gender in (None, ent.gender)
        ):
            return identified[1]  # “The official who spoke was later identified as Dr X”
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            # (“a woman”, “one resident”: left unnamed on purpose — unless a news lede described
            # before it named: “A structural engineer … told jurors that he …” ¶ “X, 44, was …”)
            return self.identified_later(noun)
        return self.introduced_next(noun)

    def _withheld_in_sentence(self, noun: Token) -> bool:
        """Whether the sentence of `noun` says someone in it is not to be named (“who asked not
        to be named”, “on condition of anonymity”: whom it is said of is often misread, so the
        whole sentence counts)."""
        if self._withheld is None:
            self._withheld = {
                tok.i for tok in self.tokens
                if self._inside[tok.i] < 0 and (tok.lower_ == "anonymity" or self._not_to_be_named(tok))
            }
        start, end = self._sentence[noun.i]
        return any(start <= i < end for i in self._withheld)

    def _identified_as(self) -> dict[str, tuple[int, Entity]]:
        """Roles the article later names outright — “The official who spoke at the meeting was
        later identified as Dr Claudette Ambersley”, “the driver, named as Tom Reid” — by the
        role's noun: where it says so, and who."""
        if self._identified is not None:
            return self._identified
        found: dict[str, tuple[int, Entity]] = {}
        for verb in self.tokens:
            if self._inside[verb.i] >= 0:
                continue
            if verb.lemma_ == "give" and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and any(
                c.dep_ == "dobj" and c.lemma_ == "name" for c in verb.children
            ):
                # “A man standing beside her, who gave his name only as Stuart,”
                person = self._person_named_as(verb)
                role = verb.head
                while not self.describes_a_person(role.lemma_.lower()) and role.dep_ == "pobj" and role.head.head.pos_ == "NOUN":
                    role = role.head.head  # (“A woman beside the ticket machines, who …”)
                if person is not None:
                    found.setdefault(role.lemma_.lower(), (role.idx, person))
                continue
            if verb.lemma_ not in ("identify", "name") or verb.tag_ != "VBN":
                continue
            role = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
            if role is None and verb.dep_ in ("acl", "appos") and verb.head.pos_ == "NOUN":
                role = verb.head  # (“the driver, named as Tom Reid,”)
            if role is not None and any(c.lower_ in ("other", "another", "second") for c in role.children):
                continue  # (“The other driver, named as Tom Reid,”: not the one met before)
            person = self._person_named_as(verb)
            if role is not None and person is not None:
                found.setdefault(role.lemma_.lower(), (verb.idx, person))
        self._identified = found
        return found

    def _person_named_as(self, verb: Token) -> Entity | None:
        """The person after the verb's “as” (“identified as Dr X”, “gave his name as Stuart”)."""
        return next(
            (self._person_at(o.i) for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"),
            None,
        )

    def _pronoun_gender_after(self, noun: Token) -> Gender | None:
        """The gender a he/his/him or she/her after `noun` in its sentence (outside quotes) gives
        the one it describes (“A Co Clare publican has told a court he …”)."""
        end = self._sentence[noun.i][1]
        pronouns = {t.lower_ for t in self.tokens[noun.i + 1 : end] if self._inside[t.i] < 0}
        return "male" if pronouns & {"he", "his", "him"} else "female" if pronouns & {"she", "her"} else None

    def introduced_next(self, noun: Token, since: Token | None = None, gender: Gender | None = None) -> Entity | None:
        """“…,” said the Wanderers head coach, who … ¶ “Euan Farquharson, in his second season
        …”: a described speaker nobody before fits is the person named next, as the subject of
        the following sentence, in this paragraph or the next, met there for the first time
        (the paragraphs and the sentence counted from `since`, the pronoun that stood for the
        description, if given; “for the first time” still from the description itself)."""
        if self._withheld_in_sentence(noun):
            return None  # (“The woman who found it, who asked not to be named, said”)
        here = self._paragraph[(since or noun).i]
        sentence_end = self._sentence[(since or noun).i][1]
        gender = gender or self._pronoun_gender_after(noun) or _person_nouns().get(noun.lemma_.lower())
        seen = {m.entity for m in self.mentions if m.start < noun.idx}
        for m in self.mentions:
            if m.token < sentence_end or self._inside[m.token] >= 0:
                continue
            if self._paragraph[m.token] - here > 1:
                break
            ent = self.entities[m.entity]
            if ent.kind != "person" or ent.anonymous:
                continue
            if m.entity in seen or not m.is_subject:
                return None  # the next person met is someone known, or not what a sentence is about
            if gender is not None and ent.gender not in (None, gender):
                return None
            return ent
        return None

    def _learn_gender(self) -> None:
        """Pronouns in a sentence whose only named person is the subject tell that person's gender."""
        by_sentence: dict[int, list[EntityMention]] = {}
        for m in self.mentions:
            if self.entities[m.entity].kind == "person":
                by_sentence.setdefault(self._sentence[m.token][0], []).append(m)
        after_quote: dict[int, list[str]] = {}
        for sent_start, mentions in by_sentence.items():
            if len({m.entity for m in mentions}) != 1:
                continue
            m = mentions[0]
            sent = self.sentence_tokens(m.token)
            asking = self.tokens[m.token].head.lemma_.lower() in ASKING | _DIRECTING
            name_head = _phrase_head(self.tokens[m.token])
            if name_head.dep_ == "pobj" and name_head.head.lower_ == "by" and name_head.head.head.lemma_.lower() in ASKING | {"question", "press", "interview", "challenge"}:
                # (“Asked by Justice Ong whether he felt vindicated, he shook his head”: the
                # pronouns are the one asked, not the one asking)
                continue
            first = self.entities[m.entity].first or ""
            certain = lexicon_gender(first) if first and _lexicon_certain(first) and not _crosses_cultures(first) else None
            male = female = 0
            for t in sent:
                if t.i <= m.token or self._inside[t.i] >= 0:
                    continue
                # possessives and reflexives point back to the subject, and so does the subject
                # of what the subject said (“Lombardi said he had offered …”); other pronouns
                # often point at someone else (“X told him he had …”)
                reported = (
                    t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ccomp" and m.is_subject
                    and t.head.head.i == self.tokens[m.token].head.i
                    and not any(c.dep_ in ("dobj", "dative") for c in t.head.head.children)
                    and not asking  # “Oyelowo asked whether she had …”: the she is who was asked
                )
                if not (t.dep_ == "poss" or t.lower_ in ("himself", "herself") or reported):
                    continue
                if t.dep_ == "poss" and _clause_subject_pronoun(t) is not None:
                    continue  # “… whether she had put her concerns in writing”: her is that she
                if t.dep_ == "poss" and t.head.dep_ == "appos":
                    continue  # “Reyes, her editor, told me”: the her is someone else
                # what someone says of a he or she is often about somebody else (police on a
                # missing woman): half the weight of a possessive
                weight = 0.5 if reported else 1.0
                low = t.lower_
                if low not in ("himself", "herself") and certain is not None and certain != (
                    "male" if low in MALE_PRONOUNS else "female"
                ):
                    continue  # “Tomasz Wielgosz describes her stroke”: the her is the swimmer's
                if low in MALE_PRONOUNS:
                    male += weight
                elif low in FEMALE_PRONOUNS:
                    female += weight
            # a sentence that opens with he/she right after one about this person alone
            nxt = self._sentence[m.token][1]
            if nxt < len(self.tokens):
                following = self.sentence_tokens(nxt)
                # (the first subject outside quotes: “… .” ¶ “We wanted it real,” he said.)
                opener = next((t for t in following if t.dep_ in ("nsubj", "nsubjpass") and self._inside[t.i] < 0), None)
                if opener is not None and m.is_subject and self._inside[opener.i] < 0 and not asking:
                    if any(self._inside[t.i] >= 0 for t in following if t.i < opener.i):
                        # after a quote the he/she may skip this person for one of the other
                        # gender (“His neighbour Anna … “…,” he said”): it only speaks where
                        # the first name says nothing for certain (Jordan, Nicola, Olumide)
                        said = "male" if opener.lower_ == "he" else "female"
                        if opener.lower_ in ("he", "she") and not self._other_in_view(m.entity, said, opener.i):
                            after_quote.setdefault(m.entity, []).append(said)
                    elif not any(
                        t.i > m.token and self._inside[t.i] < 0 and t.dep_ in ("dobj", "pobj", "dative")
                        and t.lower_ == {"he": "him", "she": "her"}.get(opener.lower_)
                        for t in sent
                    ):
                        # (not when the sentence spoke of another he or she: “Ciarán Ó Dubhghaill
                        # described her as …” ¶ “In one of her last interviews, she …” is her)
                        male += opener.lower_ == "he"
                        female += opener.lower_ == "she"
            votes = self.entities[m.entity].gender_votes
            votes["male"] += _TEXT_VOTE * male
            votes["female"] += _TEXT_VOTE * female
        for ent in self.entities:
            if ent.kind != "person":
                continue
            first = ent.first or ""
            ent.gender_from_text = ent.gender_votes["male"] != ent.gender_votes["female"]
            lex = lexicon_gender(first) if first else None
            # (“Rohani binti Ismail”, “Hamzah bin Yusof”: daughter of, son of — the name says it)
            patronymic = next((w.lower() for w in ent.name.split()[1:-1] if w.lower() in _PATRONYMIC), None)
            if patronymic is not None:
                lex = "male" if patronymic in ("bin", "ibn", "a/l", "s/o") else "female"
                ent.gender_votes[lex] += 2.5
                ent.gender_from_text = True
            elif lex:
                # “mostly” names (Jess, Hollis, Rail) are weak evidence; the article may overrule
                ent.gender_votes[lex] += 2.5 if _lexicon_certain(first) else 1.0
            if not (lex and _lexicon_certain(first)) or _crosses_cultures(first):
                for said in after_quote.get(ent.id, []):
                    ent.gender_votes[said] += _TEXT_VOTE
            male, female = ent.gender_votes["male"], ent.gender_votes["female"]
            if male > female:
                ent.gender = "male"
            elif female > male:
                ent.gender = "female"
            ent.gender_certain = abs(male - female) >= 2

    # ---------------------------------------------------------------- resolving
    def entity_at(self, token_i: int) -> Entity | None:
        """The entity whose name mention covers token `token_i` (e.g. a verb's subject)."""
        m = self._by_token.get(token_i)
        return self.entities[m.entity] if m is not None else None

    def mention_at(self, token_i: int) -> EntityMention | None:
        return self._by_token.get(token_i)

    def resolve_pronoun(self, token: Token, exclude: frozenset[int] = frozenset()) -> tuple[Entity | None, int]:
        """The most recent compatible subject before `token` (and how many mentions back),
        never one of the entities in `exclude`."""
        low = token.lower_
        if low in MALE_PRONOUNS:
            want: str | None = "male"
        elif low in FEMALE_PRONOUNS:
            want = "female"
        elif low in PLURAL_PRONOUNS or low == "it":
            if low == "they":
                person = self._they_person_in_view(token)
                if person is not None:
                    return person, 0
            return self._resolve_organisation(token)
        elif low in ("i", "me") and self.narrator is not None and self._inside[token.i] < 0:
            return self.narrator, 0
        else:
            return None, 0
        # “Asked whether Lacombe would play, he replied”, “Asked by Greave …, she said”, “Pressed
        # on why Amara was dropped, he said”: whoever the question was about or put it is not
        # the one answering it
        asked_about = {
            m.entity for a in self.sentence_tokens(token.i) if a.lemma_ in ASKING and a.tag_ in ("VBN", "VBD") and a.i < token.i and a.dep_ == "advcl"
            for t in a.subtree
            if not (t.head == a and t.dep_ in ("dobj", "dative")) and (m := self.mention_at(t.i)) is not None
        }
        # “In a statement read by his lawyer, he said”: whoever reads or delivers someone's words
        # in the pronoun's sentence is not the one they belong to
        readers = {
            m.entity for v in self.sentence_tokens(token.i) if v.lemma_ in _PASSING_ON and v.dep_ == "acl" and v.i < token.i
            for a in v.children if a.dep_ == "agent" for t in a.subtree if (m := self.mention_at(t.i)) is not None
        }
        exclude = exclude | self._own_clause_subjects(token) | readers
        deceased = self._deceased()
        if (
            deceased is not None and deceased.id not in exclude and deceased.gender == want and self._inside[token.i] < 0
            and self._opens_its_paragraph(token)
            # (not after a paragraph in which someone else of that gender spoke or acted: “Her
            # neighbour, Sue Allen, said … ¶ She said: …”)
            and not any(
                m.is_subject and m.entity != deceased.id and self.entities[m.entity].gender == want
                and self._paragraph[token.i] - m.paragraph == 1 and m.text.lower() not in _PRONOUN_WORDS
                for m in self.mentions
            )
        ):
            # an obituary: a he or she that opens a paragraph, before anyone else is named or
            # quoted there, is the one who died (“She was unrepentant.” after a paragraph quoting
            # a colleague)
            return deceased, 1
        before = [
            m for m in self.mentions
            if m.end <= token.idx and m.token != token.i and self.entities[m.entity].kind == "person"
            and m.entity not in exclude and m.entity not in asked_about
        ]
        before.reverse()
        here = self._quote_opened_in(token)

        def fits(e: Entity) -> bool:
            return e.gender == want or ((e.gender is None or not e.gender_certain) and e.strong)

        # sentence by sentence backwards (this paragraph and the one before): the sentence's main
        # subject if it fits, else its nearest fitting subject — centring on whom each sentence
        # is about, so “The coach added that Okonjo had …” gives the coach, not Okonjo
        by_sentence: dict[int, list[EntityMention]] = {}
        for m in before:
            if here - m.paragraph <= 1 and m.is_subject:
                by_sentence.setdefault(self._sentence[m.token][0], []).append(m)
        asked = self._asked(token, before)
        if asked is not None and fits(self.entities[asked.entity]):
            return self.entities[asked.entity], 0
        met = self._only_person_met(token, before, fits)
        if met is not None:
            return met, 0
        object_forms = {"male": ("him",), "female": ("her",)}[want]

        def speaks_of_another(m: EntityMention) -> bool:
            # “A builder showed her the new wing. She said …”: an unnamed subject whose sentence
            # has a him/her for someone else of the pronoun's gender hands the pronoun on
            start, end = self._sentence[m.token]
            return self.entities[m.entity].anonymous and any(
                t.lower_ in object_forms and t.dep_ in ("dobj", "dative", "pobj") and self._inside[t.i] < 0
                for t in self.tokens[start:end]
            )

        # “Ms Tan said she had met Mr Holloway, when he assured her …”: nobody in the pronoun's
        # own sentence who is a subject fits, but someone it named just before does
        own_start = self._sentence[token.i][0]
        own = [m for m in before if m.token >= own_start]
        if own and not any(m.is_subject and fits(self.entities[m.entity]) for m in own):
            named = next(
                (m for m in own if self.entities[m.entity].gender == want and not self.entities[m.entity].anonymous), None
            )
            if named is not None:
                return self.entities[named.entity], 0
        # “McAlister's husband, Doug, pulls up … “…,” she says”: no one in this paragraph who is
        # a subject fits, but the one whose husband it is does
        if not any(here - m.paragraph <= 1 and m.is_subject and fits(self.entities[m.entity]) for m in before):
            owner = next(
                (
                    m for m in before if here - m.paragraph <= 1 and _phrase_head(self.tokens[m.token]).dep_ == "poss"
                    and self.entities[m.entity].gender == want and not self.entities[m.entity].anonymous
                ),
                None,
            )
            if owner is not None:
                return self.entities[owner.entity], 0

        def modifies_a_noun(m: EntityMention) -> bool:
            # “…, the year Mistik was first elected chief”: the subject of a clause that only
            # describes a noun is not what the sentence is about
            # (but a “said” the parse hung on a clause still has its speaker: “a dealer who gave
            # his name only as Abu Ali said he had not sold …”)
            head = self.tokens[m.token]
            if head.dep_ == "nsubj" and head.head.lemma_ == "say" and any(c.dep_ == "ccomp" for c in head.head.children):
                return False
            return not m.main and any(a.dep_ in ("relcl", "acl") for a in head.ancestors)

        for distance, sentence in enumerate(sorted(by_sentence, reverse=True)):
            group = [m for m in by_sentence[sentence] if not speaks_of_another(m) and not modifies_a_noun(m)]
            chosen = next((m for m in group if m.main and fits(self.entities[m.entity])), None)
            chosen = chosen or next((m for m in group if fits(self.entities[m.entity])), None)
            if chosen is not None:
                return self.entities[chosen.entity], distance
        if by_sentence:
            # the last sentence was about one person whose gender only a first-name lexicon
            # guessed (Jess, Sasha): when nobody of the pronoun's gender is in view, the
            # centring outweighs the guess
            last = by_sentence[max(by_sentence)]
            centre = next((m for m in last if m.main), None)
            # (a “he” at the centre already told its gender: nothing to outweigh)
            if centre is not None and len({m.entity for m in last}) == 1 and centre.text.lower() not in _PRONOUN_WORDS:
                ent = self.entities[centre.entity]
                in_view = any(
                    self.entities[m.entity].gender == want and here - m.paragraph <= 2 for m in before
                )
                if not ent.gender_from_text and ent.strong and not in_view and _name_is_shared(ent.first or ""):
                    return ent, 1
        passes = (
            lambda m, e: e.gender == want and m.is_subject and here - m.paragraph <= 2,
            lambda m, e: e.gender == want and here - m.paragraph <= 2,
            lambda m, e: e.gender == want,
            # nobody of that gender is known: the nearest person we know nothing against
            lambda m, e: e.gender is None and e.strong and here - m.paragraph <= 6,
        )
        for rank, accept in enumerate(passes):
            for distance, m in enumerate(before):
                ent = self.entities[m.entity]
                if accept(m, ent):
                    return ent, distance + rank
        return None, 0

    def _own_clause_subjects(self, token: Token) -> frozenset[int]:
        """Entities an object pronoun cannot mean: the subjects of its own clause (“Maas read a
        note from her” — had she been Maas, it would say herself)."""
        verb = _clause_verb(token) if token.dep_ in ("dobj", "pobj", "dative", "iobj") else None
        if verb is None:
            return frozenset()
        named = (self.entity_of_phrase(s) for s in _clause_subjects(verb))
        return frozenset(e.id for e in named if e is not None)

    def _only_person_met(self, token: Token, before: list[EntityMention], fits: Callable[[Entity], bool]) -> Entity | None:
        """“Our reporter spoke to Fiona Ogilvie, 45, … She said: …”: when the sentence before is
        about no named subject (a reporter, “I”, a crowd) and names one person who fits, the
        pronoun is that person."""
        bounds = self._sentence_before(token.i)
        if bounds is None:
            return None
        prev_start, prev_end = bounds
        previous = self.tokens[prev_start:prev_end]
        if self._paragraph[prev_start] != self._paragraph[token.i]:
            return None
        there = [m for m in before if prev_start <= m.token < prev_end]
        if not there or any(m.is_subject for m in there):
            return None
        subject = next((t for t in previous if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
        if subject is not None and subject.lower_ in _PRONOUN_WORDS - {"we"}:
            return None  # “She met Ruth …”: the she is the one in view
        people = {m.entity for m in there if fits(self.entities[m.entity])}
        return self.entities[people.pop()] if len(people) == 1 else None

    def _asked(self, token: Token, before: list[EntityMention]) -> EntityMention | None:
        """The person a question was just put to (“I asked Achterberg: …?”, “Pressed by
        reporters, …” does not count): in an interview write-up the answer's he/she is them,
        even when someone else was the last subject."""
        bounds = self._sentence_before(token.i)
        if bounds is None:
            return None
        prev_start, prev_end = bounds
        if self._paragraph[prev_start] < self._paragraph[token.i] - 1:
            return None
        # (a question mark, or a question reported: “asked Castellano whether he accepted …”)
        if not any("?" in t.text or t.lower_ == "whether" for t in self.tokens[prev_start:prev_end]):
            return None
        for m in before:
            if m.token < prev_start:
                break
            head = self.tokens[m.token]
            verb = head.head.head if head.dep_ == "pobj" else head.head
            if head.dep_ in ("dobj", "pobj", "dative") and verb.lemma_ in ASKING:
                return m
        return None

    def _deceased(self) -> Entity | None:
        """The person an obituary is about: named in a headline that says they died (“X, who …,
        dies aged 81”) or a lead that does (“X … has died”)."""
        if self._deceased_cache is not None:
            return self._deceased_cache or None
        found: Entity | None = None
        dying = set()
        for t in self.tokens:
            if self._paragraph[t.i] > 1:
                break  # (tokens come in text order: the headline and lead are over)
            if t.lemma_.lower() == "die" and t.pos_ == "VERB" and self._inside[t.i] < 0:
                dying.add(self._paragraph[t.i])
        for para in (0, 1):
            if para not in dying:
                continue
            named = [m for m in self.mentions if m.paragraph == para and self.entities[m.entity].kind == "person"]
            named = [m for m in named if not self.entities[m.entity].anonymous]
            if named:
                found = self.entities[named[0].entity]
                break
        self._deceased_cache = found or False
        return found

    def _opens_its_paragraph(self, token: Token) -> bool:
        """`token` is the first subject of its paragraph, with no one named and nothing quoted
        before it there (the headline and lead aside)."""
        para = self._paragraph[token.i]
        if para < 2:
            return False
        for t in self.tokens[token.i - 1 :: -1] if token.i > 0 else []:
            if self._paragraph[t.i] != para:
                break
            if self._inside[t.i] >= 0 or self.mention_at(t.i) is not None or t.dep_ in ("nsubj", "nsubjpass"):
                return False
        return True

    def unnamed_in_view(self, token: Token, lemma: str) -> bool:
        """An unnamed person of that sort (“an official”, “one nurse”) met in this paragraph or
        the two before: whom “the official” goes on meaning."""
        here = self._paragraph[token.i]
        return any(
            m.end <= token.idx and here - m.paragraph <= 2 and self.entities[m.entity].anonymous
            and self.tokens[m.token].lemma_.lower() == lemma
            for m in self.mentions
        )

    def spoken_of_before(self, token: Token, lemma: str) -> bool:
        """“Their manager X said the referee was wrong.” ¶ “…,” the referee said: a “the
        referee” met in this paragraph or the two before inside what someone else said is a
        third person the speaker spoke of, not the speaker — “the referee” goes on meaning them."""
        here = self._paragraph[token.i]
        for t in reversed(self.tokens[: token.i]):
            if here - self._paragraph[t.i] > 2:
                break
            if t.lemma_.lower() != lemma or self._inside[t.i] >= 0:
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) or self._within_a_mention(t.idx):
                continue
            clause = _clause_verb(t)
            if clause is not None and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in lexicons.reporting_verbs() and any(
                c.dep_ == "nsubj" and c.i != t.i for c in clause.head.children
            ):
                return True
        return False

    def unnamed_since(self, token: Token, lemma: str, named: Entity) -> bool:
        """An unnamed person of that sort met in this paragraph or the one before, after the
        last mention of `named`."""
        here = self._paragraph[token.i]
        last_named = max((m.start for m in self.mentions if m.entity == named.id and m.end <= token.idx), default=-1)
        return any(
            last_named < m.start and m.end <= token.idx and here - m.paragraph <= 1 and self.entities[m.entity].anonymous
            and self.tokens[m.token].lemma_.lower() == lemma
            # (one who spoke: not “said a teacher had been sacked”)
            and _phrase_head(self.tokens[m.token]).head.lemma_.lower() in lexicons.reporting_verbs()
            for m in self.mentions
        )

    def centre(self, token: Token, unnamed_like: str | None = None) -> Entity | None:
        """The named person the last sentences were about (a main subject in this paragraph or
        the one before): whom “the Swede” or “the campaigner” means when no title says so.
        None when an unnamed speaker described by `unnamed_like` (“one resident”) is in view."""
        here = self._paragraph[token.i]
        want = _person_nouns().get(unnamed_like or "")
        further: Entity | None = None
        for m in reversed(self.mentions):
            if m.end > token.idx or here - m.paragraph > 2:
                continue
            ent = self.entities[m.entity]
            if ent.anonymous and unnamed_like and unnamed_like in ent.name.lower():
                return None
            # the source of an “According to Osman, …” paragraph is in view as much as a subject
            according = _according_to(self.tokens[m.token])
            if not ((m.main or according) and ent.kind == "person" and not ent.anonymous):
                continue
            if here - m.paragraph > 1:
                # (“the mother of two” two paragraphs after “she said”, past a paragraph about her
                # son; not “the mother of two who lives opposite”, someone new)
                if further is None and want is not None and ent.gender == want and not any(
                    c.dep_ in ("relcl", "acl") for c in token.subtree
                ):
                    further = ent
                continue
            if want is None or ent.gender in (None, want):
                return ent
        if further is None:
            # (“… The words are those of Comfort Ajayi-Oche, a yam trader. ¶ … ¶ “…,” the
            # grandmother said.”: nobody is a main subject, but one person alone is in view)
            # (not someone only acted upon: “A car struck cyclist Tom Reid … the driver said”)
            in_view = {
                m.entity for m in self.mentions
                if m.end <= token.idx and here - m.paragraph <= 1 and self.entities[m.entity].kind == "person"
                and not _acted_upon(self.tokens[m.token])
            }
            if len(in_view) == 1:
                ent = self.entities[in_view.pop()]
                # (a name that says it is a person, not “Lyon” the tagger took for one)
                if not ent.anonymous and (
                    ent.gender == want if want is not None else ent.gender is not None or (ent.strong and " " in ent.name)
                ):
                    return ent
        return further

    @staticmethod
    def stands_for_someone(lemma: str) -> bool:
        """A noun that can be a speaker, named or not: a role, an unnamed witness, a body, a
        group of people — unlike “the plan” or “the offences”, which only get talked about."""
        return (
            People.is_person_noun(lemma)
            or lemma in _UNNAMED_NOUNS
            or lemma in _COMPANY_NOUNS
            or lemma in _BODY_NOUNS
            or lemma in _GROUP_NOUNS
            or lemma in lexicons.titles()
            or lemma in lexicons.organisation_words()
        )

    @staticmethod
    def describes_a_person(lemma: str) -> bool:
        """A noun for one person: plain (woman, mother), by what they do (dealer, economist) or a
        title (judge, minister)."""
        return People.is_person_word(lemma) or People.is_person_noun(lemma) or lemma in lexicons.titles()

    @staticmethod
    def noun_gender(lemma: str) -> Gender | None:
        """The sex a noun for a person gives (mother, chairman), if any."""
        return _person_nouns().get(lemma)

    @staticmethod
    def is_person_word(lemma: str) -> bool:
        """Any noun the lexicon knows for a person, plain ones (woman, mother) included."""
        return lemma in _person_nouns()

    @staticmethod
    def is_person_noun(lemma: str) -> bool:
        """A noun for a person by what they do (campaigner, cobbler, economist, advocate)."""
        if lemma in lexicons.organisation_words() or lemma in _BODY_NOUNS or lemma in _COMPANY_NOUNS or lemma in _UNNAMED_NOUNS:
            return False
        if lemma in lexicons.titles():
            return False  # “the judge”, “the manager”: a role someone else holds, not the defendant or player in view
        return lemma in _person_nouns() or (
            lemma.endswith(("ist", "ian", "er", "or", "ee", "man")) and lemma not in _NOT_PEOPLE
        )  # (postman, fisherwoman)

    def singular_they(self, token: Token) -> Entity | None:
        """“Alex Pellow, a neighbour, said they ran outside. ‘…,’ they said.”: when no body or
        group is the they, the person who was last a subject — named in full, never given a he,
        she or title, not one of a pair — unless a group of people is named from their sentence
        on (and the article did not already say they or their of them first)."""
        here = self._paragraph[token.i]
        for m in reversed([m for m in self.mentions if m.end <= token.idx]):
            if here - m.paragraph > 1:
                return None
            if not m.is_subject:
                continue
            ent = self.entities[m.entity]
            if ent.kind != "person" or ent.anonymous or ent.gender_from_text or not (ent.first and ent.last):
                return None  # (a body, an unnamed or gendered person, a lone word: “Members of the family”)
            head = self.tokens[m.token]
            if head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children):
                return None  # “Alex Morgan and Sam Taylor … they said”: the two of them
            start, end = self._sentence[m.token]
            for t in self.tokens[m.token + 1 : end]:
                if self._inside[t.i] >= 0:
                    continue
                if t.tag_ in ("NNS", "NNPS") and self.stands_for_someone(t.lemma_.lower()):
                    break  # (“met residents and heard their complaints”: theirs)
                if t.lower_ in ("they", "their", "them"):
                    return ent  # the article already said they of them: “Sam Okonkwo … their class”
            # (a group anywhere from the person's sentence on: “met residents”, “led the workers”)
            between = self.tokens[start : token.i]
            if any(
                t.tag_ in ("NNS", "NNPS") and self._inside[t.i] < 0 and self.stands_for_someone(t.lemma_.lower())
                for t in between
            ):
                return None
            return ent
        return None

    def employer_of(self, noun: Token) -> Entity | None:
        """“Oduya's firm”, “Mwale's union”: the body a named person was said to be of (“Kofi
        Oduya of Crestfield Research”), when it is a body of that sort (a firm is a business,
        not the ministry he once advised)."""
        lemma = noun.lemma_.lower()
        if lemma not in _COMPANY_NOUNS and lemma not in _BODY_NOUNS:
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        person = self.entity_at(owner.i) if owner is not None else None
        if person is None or person.kind != "person":
            return None
        businesses = self._businesses()

        def of_the_sort(body: Entity) -> bool:
            if lemma in _COMPANY_NOUNS:
                return body in businesses
            return bool({w.lower() for w in body.name.split()} & (_BODY_NOUNS[lemma] | {lemma}))

        if person.affiliation:
            return next(
                (
                    e for e in self.entities
                    if e.kind == "organisation" and e.name.lower() == person.affiliation.lower() and of_the_sort(e)
                ),
                None,
            )
        # (… or said in a clause about them: “Raymond Oduya, who covers devices for Crestfield Research”)
        for m in self.mentions:
            if m.entity != person.id or m.start >= noun.idx:
                continue
            for clause in (c for c in self.tokens[m.token].children if c.dep_ == "relcl"):
                body = next(
                    (
                        e for t in clause.subtree
                        if (e := self.entity_at(t.i)) is not None and e.kind == "organisation" and of_the_sort(e)
                    ),
                    None,
                )
                if body is not None:
                    return body
        return None

    def _they_person_in_view(self, token: Token) -> Entity | None:
        """The person the article said uses they/them, when they are the last person who was a
        subject in this paragraph or the one before."""
        if not any(e.they for e in self.entities):
            return None
        here = self._paragraph[token.i]
        for m in reversed([m for m in self.mentions if m.end <= token.idx]):
            if here - m.paragraph > 1:
                return None
            ent = self.entities[m.entity]
            if m.is_subject and ent.kind == "person" and not ent.anonymous and m.text.lower() not in _PRONOUN_WORDS:
                # (not past several people a sentence since was about: “Officials from
                # Northfield Council visited. “…,” they said”)
                plural_since = any(
                    t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS") and self._inside[t.i] < 0 and t.head.dep_ == "ROOT"
                    for t in self.tokens[m.token + 1 : token.i]
                )
                return ent if ent.they and not plural_since else None
        return None

    def _quote_opened_in(self, token: Token) -> int:
        """The paragraph a pronoun's distances count from: its own, or — after a quote that ran
        over several paragraphs (“… ¶ “…,” it said.”) — the one where that quote opened: each
        paragraph that opens with a quote, after one that ended inside an unclosed one, is
        part of the same quote."""
        here = self._paragraph[token.i]
        first = token.i
        while here > 0:
            while first > 0 and self._paragraph[first - 1] == here:
                first -= 1
            o = first
            while o < len(self.tokens) and self.tokens[o].is_space:
                o += 1
            b = first - 1
            while b >= 0 and self.tokens[b].is_space:
                b -= 1
            if o >= len(self.tokens) or b < 0 or self._inside[o] < 0 or self._inside[b] < 0:
                return here
            opening, last = self.tokens[o], self.tokens[b]
            if self._inside[last.i] == self._inside[opening.i] or last.text in DOUBLE_CLOSE + SINGLE_CLOSE + DOUBLE_STRAIGHT:
                return here  # (the quote before was closed: a new one, not the same one going on)
            here, first = self._paragraph[last.i], last.i
        return here

    def _resolve_organisation(self, token: Token) -> tuple[Entity | None, int]:
        here = self._quote_opened_in(token)
        before = [m for m in self.mentions if m.end <= token.idx]
        if token.lower_ == "they":
            group = self._group_of_a_body(token)
            if group is not None:
                return group, 1
        for distance, m in enumerate(reversed(before)):
            ent = self.entities[m.entity]
            if here - m.paragraph > 1:
                break
            if ent.kind == "organisation" and m.is_subject:
                return ent, distance
        # “a bloc of nations, the Alliance of Coastal States, rejected a text it said …”: the
        # parse hid the subject, but an organisation named earlier in the same sentence is “it”
        if token.lower_ != "it":
            return None, 0  # “they said” after “a statement released through Kent Police” is the family
        start, _ = self._sentence[token.i]
        for m in reversed(before):
            if m.token < start:
                break
            if self.entities[m.entity].kind == "organisation" and self.tokens[m.token].dep_ != "pobj":
                return self.entities[m.entity], 1
        return None, 0

    def _group_of_a_body(self, token: Token) -> Entity | None:
        """“Analysts at Shirogane Securities cut their target. “…,” they wrote in a note”: “they”
        after several unnamed people of one body, the last subject of the paragraph, is the body."""
        here = self._paragraph[token.i]
        last = next(
            (
                t for t in reversed(self.tokens[: token.i])
                if self._paragraph[t.i] != here or (self._inside[t.i] < 0 and t.dep_ in ("nsubj", "nsubjpass"))
            ),
            None,
        )
        if last is None or self._paragraph[last.i] != here:
            return None
        if not (last.tag_ == "NNS" and self.is_person_noun(last.lemma_.lower())) or last.lemma_.lower() in _UNNAMED_NOUNS:
            return None  # (not “Fans of FC Valmont …, they sang”: people of their own)
        return self.body_after(last, ("at", "from", "of", "with"))

    def body_after(self, noun: Token, preps: tuple[str, ...]) -> Entity | None:
        """The organisation a noun's preposition names (“analysts at Ashgrove Securities”, “the
        board of Pemberton Hale”), if the article made one of it."""
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                body = next((g for g in c.children if g.dep_ == "pobj"), None)
                ent = self.entity_at(body.i) if body is not None else None
                if ent is not None and ent.kind == "organisation":
                    return ent
        return None

    def resolve_description(self, words: list[str], before: int) -> Entity | None:
        """An entity whose title, affiliation or organisation name holds all these words (as
        written: a capitalised modifier names a body)."""
        wanted = {w.lower() for w in words if w.lower() not in ("the", "a", "an", "this", "that")}
        if not wanted:
            return None
        head = words[-1].lower() if words else ""
        # “the company”, “the ministry” describe organisations, never a person whose title
        # happens to hold the word (“company managing director”)
        only_organisations = head in _COMPANY_NOUNS or head in lexicons.organisation_words() or head in _BODY_ONLY
        kinds = ("organisation",) if only_organisations else ("person", "organisation")
        candidates = [e for e in self.entities if e.kind in kinds and wanted <= e.descriptors() and not _below_the_office(e, wanted)]
        if not candidates and only_organisations:
            # (a word for a body that is also someone's position: “Lithuanian center Dovydas
            # Rimkus” … “the center told reporters”)
            candidates = [e for e in self.entities if e.kind == "person" and wanted <= e.descriptors() and head in _role_heads(e)]
        if not candidates:
            singular = {w[:-1] if w.endswith("s") else w for w in wanted}
            candidates = [
                e for e in self.entities if e.kind in kinds and singular <= e.descriptors() and not _below_the_office(e, singular)
            ]
        if not candidates and only_organisations and len(wanted) > 1 and all(_idle_body_modifier(w) for w in wanted - {head}):
            # “the three-member tribunal”, “the newly formed authority”: its size or standing is no
            # part of a body's name — the one body of that sort is meant (not “the foreign
            # ministry” for another country's ministry)
            by_head = [e for e in self.entities if e.kind == "organisation" and head in e.descriptors()]
            candidates = by_head if len(by_head) == 1 else []
        if not candidates and "person" in kinds and len(wanted) > 1:
            # “the council leader” for the one person titled “leader”: a modifier the title lacks
            by_head = [
                e for e in self.entities
                if e.kind == "person" and e.title and e.title.lower().split()[-1] == head and not _below_the_office(e, wanted)
            ]
            if not by_head:
                # “the senior investigating officer” for the one Detective Chief Inspector (an
                # officer by rank): the one person the role's head describes
                by_head = [
                    e for e in self.entities
                    if e.kind == "person" and not e.anonymous and head in e.descriptors() and not _below_the_office(e, wanted)
                ]
            bodies = {w.lower() for e in self.entities if e.kind == "organisation" for w in e.name.split()}
            # (a capitalised word naming another body, “the Wanderers head coach” for the
            # Borderers' coach — not a common noun, “the council leader” for the leader)
            named = {w.lower() for w in words[:-1] if w[:1].isupper()}
            if len(by_head) > 1 and named:
                # (“said the Ashby manager” of two managers: the one whose club is Ashby)
                of_it = [e for e in by_head if named <= {w.lower() for w in (*e.descriptors(), *(e.affiliation or "").split())}]
                by_head = of_it if len(of_it) == 1 else by_head
            foreign = named & bodies - {w.lower() for e in by_head for w in (*e.descriptors(), *(e.affiliation or "").split())}
            if foreign and len(by_head) == 1 and not by_head[0].affiliation and head in _ROLE_BY_VERB.values() and (
                head not in (by_head[0].title or "").lower().split()
                # (not when the body so led was named: “Rovers, managed by Gordon Pike,”)
                and not any(
                    m.entity == by_head[0].id and (body := _led_body(self.tokens[m.token])) is not None and body.text[:1].isupper()
                    for m in self.mentions
                )
            ):
                # (but of one whose club the article never said, the role only read from a verb —
                # “the club managed by his father, Gordon” … “said the Hartwell manager” — the
                # body's name says nothing against)
                foreign = set()
            if len(by_head) > 1:
                # “the interim coach said” with an assistant coach and a sacked coach named: the
                # one this paragraph has as a subject
                here = self._paragraph_at(before)
                in_view = {m.entity for m in self.mentions if m.start < before and m.is_subject and m.paragraph == here} & {e.id for e in by_head}
                if not in_view:
                    # (or the one the paragraph before was about: “…,” DiMarco said. ¶ “Asked
                    # about the officials, the coach described …”)
                    in_view = {m.entity for m in self.mentions if m.start < before and m.is_subject and m.paragraph == here - 1} & {e.id for e in by_head}
                by_head = [e for e in by_head if e.id in in_view] if len(in_view) == 1 else by_head
            candidates = by_head if len(by_head) == 1 and not foreign else []
        if not self.describes_a_person(head):
            # “the chemistry” is not the professor of chemistry: a person is described by a noun
            # for a person or by the head of a role given them, not by any word of it
            candidates = [e for e in candidates if e.kind != "person" or head in _role_heads(e)]
        if len(candidates) > 1:
            # “the transport secretary” is the one whose title is exactly that
            phrase = " ".join(w.lower() for w in words if w.lower() not in ("the", "a", "an", "this", "that"))
            exact = [e for e in candidates if (e.title or "").lower() == phrase]
            # (… else one given the word itself, not only a word for the same rank: “the skipper”
            # is the trawler's skipper, not the ferry's captain)
            literal = [
                e for e in candidates
                if e.kind == "person" and head in {w.strip(".,’'").lower() for r in (e.title or "", *e.roles) for w in r.split()}
            ] if all(e.kind == "person" for e in candidates) else []
            candidates = exact or literal or candidates
        if head in _BODY_NOUNS and len(wanted) == 1 and (not candidates or all(e.kind == "organisation" for e in candidates)):
            # “the charity”, “the club”, “the party”: the organisation of that sort in view —
            # whether or not its name says so (“The UPC hit back. … the party said” beside the
            # Civic Action Party)
            sorts = _BODY_NOUNS[head]
            candidates = candidates + [
                e for e in self.entities if e.kind == "organisation" and {w.lower() for w in e.name.split()} & sorts
                and e not in candidates
            ]
        if head in _TEAM_NOUNS and not candidates and all(w in lexicons.nationalities() for w in wanted - {head}):
            # “the franchise said”, “The Spanish club later posted”: a body whose name says no
            # sort, but that the article made a team by setting its name before a player's or a
            # coach's role (“Malabar Mariners fast bowler X”, “Triana general manager Y”)
            candidates = self._teams()
        elif head in _BODY_NOUNS and not candidates and all(w.isalpha() for w in wanted - {head}) and self._paragraph_at(before) <= 1:
            # a lead's “the data watchdog” for the Office of the Patient Data Commissioner named
            # further down: a body of that sort whose name holds the rest (only one not yet met)
            # (its head or its opening word of that sort — not “the transit authority” for the
            # Amalgamated Transit Union, a union)
            candidates = [
                e for e in self.entities if e.kind == "organisation" and wanted - {head} <= {w.lower() for w in e.name.split()}
                and {e.name.split()[0].lower(), e.name.split()[-1].lower()} & _BODY_NOUNS[head]
                and not (e.name.split()[-1].lower() in lexicons.organisation_words() and e.name.split()[-1].lower() not in _BODY_NOUNS[head])
                and not any(m.entity == e.id and m.start < before for m in self.mentions)
            ]
        if wanted & _COMPANY_NOUNS and candidates:
            # (“the company” before the one the article will later call “a Norwegian company”
            # is met: the business already named is meant)
            met = {m.entity for m in self.mentions if m.start < before}
            if not met & {e.id for e in candidates} and met & {e.id for e in self._businesses()}:
                candidates = []
        if head in _TRADE_OF:
            candidates = [e for e in candidates if e.kind != "organisation" or {w.lower() for w in e.name.split()} & _TRADE_OF[head]]
        if wanted & _COMPANY_NOUNS and not candidates:
            # “the company”, “the firm”: a business the article named (not a college or a council)
            # — “the group” may be a campaign's too (“the Front for Depositor Rights … the group said”)
            candidates = self._businesses()
            if head in _TRADE_OF:
                candidates = [e for e in candidates if {w.lower() for w in e.name.split()} & _TRADE_OF[head]]
            if wanted == {"group"}:
                candidates += [
                    e for e in self.entities
                    if e.kind == "organisation" and e not in candidates and {w.lower() for w in e.name.split()} & _CAMPAIGN_WORDS
                ]
        elif head in _COMPANY_NOUNS and candidates and not any(
            m.is_subject or (self.tokens[m.token].dep_ == "appos" and self.tokens[m.token].head.dep_ in ("nsubj", "nsubjpass"))
            for m in self.mentions if m.start < before and m.entity in {e.id for e in candidates}
        ):
            # a phrase called one business so (“shares of parent company Tallis Group fell”), but
            # another is the one that did something (“Northwind Airways said …”): the article's
            # company is the one that acts, not one merely named in passing
            acting = {
                m.entity for m in self.mentions if m.start < before and m.is_subject
                and m.entity in {e.id for e in self._businesses()}
            }
            candidates = [e for e in self.entities if e.id in acting] or candidates
        if (
            not candidates and words[0].lower() == "the" and head in _LEADING_OFFICES
            # (“the former New Mexico governor”: a time or a place does not make it another office)
            and all(w.lower() in _FORMERLY or w[:1].isupper() for w in words[1:-1])
        ):
            candidates = self._untitled_in_view(before)
        if not candidates:
            return None
        ids = {e.id for e in candidates}
        earlier = [m for m in self.mentions if m.entity in ids and m.start < before]
        if earlier and len(ids) > 1 and only_organisations:
            # “Harcourt United rejected an offer from FC Valmont, with the club insisting …”: of
            # several bodies of that sort named in the sentence, the one it is about (its subject)
            sentence_start, _ = self._sentence[min(self._token_index_at(before), len(self.tokens) - 1)]
            subjects = [m for m in earlier if m.is_subject and m.token >= sentence_start]
            if subjects:
                return self.entities[max(subjects, key=lambda m: m.start).entity]
            # … else one that did something in this paragraph or the one before, else the one
            # the article is about (named in its headline or lead, and most often): “Ngozi
            # Adebayo of Trellis Capital Markets was upbeat. … The company also said” is still
            # the article's company
            # (one named in this very paragraph is still the one meant: “Fans of FC Valmont
            # clashed with police, and the club said …”)
            here = self._paragraph_at(before)
            recent = [m for m in earlier if m.is_subject and here - m.paragraph <= 1]
            if recent and max(earlier, key=lambda m: m.start).paragraph != here:
                return self.entities[max(recent, key=lambda m: m.start).entity]
            # (… or the one just introduced as a body of that sort: “a move criticised by the
            # environmental group Jaring Pesisir” ¶ “…,” the group said — not the Siam Kanok Group)
            sorted_so = [
                m for m in earlier if here - m.paragraph <= 1 and head in (self.entities[m.entity].title or "").lower().split()
            ]
            if sorted_so:
                return self.entities[max(sorted_so, key=lambda m: m.start).entity]
            led = {m.entity for m in earlier if m.paragraph <= 1}
            if led and max(earlier, key=lambda m: m.start).paragraph != here:
                counts = Counter(m.entity for m in earlier if m.entity in led)
                in_body = {m.entity for m in earlier if m.paragraph >= 1}
                first_seen: dict[int, int] = {}
                for m in earlier:
                    first_seen.setdefault(m.entity, m.start)
                # (a headline word the recogniser made a body, “Signal failure inquiry”, loses)
                topic = max(counts, key=lambda e: (counts[e], e in in_body, -first_seen[e]))
                return self.entities[topic]
        if earlier:
            return self.entities[max(earlier, key=lambda m: m.start).entity]
        # a headline or lead that describes someone named only later (“Minister says …”)
        # — the one introduced next, within two paragraphs
        here = self._paragraph_at(before)
        reach = 8 if here <= 1 and only_organisations else 2  # (a headline's or lead's body may be named well down)
        later = [m for m in self.mentions if m.entity in ids and m.start >= before and m.paragraph - here <= reach]
        return self.entities[min(later, key=lambda m: m.start).entity] if later else None

    def _untitled_in_view(self, before: int) -> list[Entity]:
        """“Sheikh Khalid …, who has led the authority since 2019, told a press conference …”
        ¶ “the governor said:”: an office nobody was given is held by the one the paragraph (or
        the one before) was about, if the article gave them no other role."""
        here = self._paragraph_at(before)
        recent = [
            m for m in self.mentions
            if m.start < before and m.is_subject and m.paragraph >= max(1, here - 1) and self.entities[m.entity].kind == "person"
        ]
        if not recent:
            return []
        latest = max(recent, key=lambda m: m.start)
        ent = self.entities[latest.entity]
        verb = _phrase_head(self.tokens[latest.token]).head
        if verb.lemma_.lower() not in lexicons.reporting_verbs() and verb.lemma_.lower() not in ("speak", "address", "brief"):
            return []  # (someone who only did something — “Michael Reyes pleaded not guilty” — holds no office the next words name)
        sentence = self._sentence[min(self._token_index_at(before), len(self.tokens) - 1)]
        if any(m.entity == ent.id and sentence[0] <= m.token < sentence[1] for m in self.mentions):
            return []  # (“Ms Ruiz said the inspector told them”: she speaks of someone else)
        if ent.anonymous or any(not _only_courtesy(r) for r in {ent.title or "", *ent.roles} - {""}):
            return []
        return [ent]

    def _businesses(self) -> list[Entity]:
        """Organisations the article named that could be a company (not a college or a council)."""
        not_companies = lexicons.organisation_words() - lexicons.company_words()
        return [
            e for e in self.entities if e.kind == "organisation" and not ({w.lower() for w in e.name.split()} & not_companies)
        ]

    def named_next(self, noun: Token) -> Entity | None:
        """“The city’s streets director sees it differently. “…,” she says.” ¶ “The director,
        Carol Ann Beaulieu, says …”: a role described and quoted, then named in this paragraph or
        the next as “The director, X,” (or by a word for the same rank: “The executive, X,” after
        “the finance chief”)."""
        lemma = noun.lemma_.lower()
        if self._inside[noun.i] >= 0 or not (self.describes_a_person(lemma) or lemma in _LEADING_ROLES):
            return None  # (“the company's head of mission operations” … “The official, X,”)
        here = self._paragraph[noun.i]
        for t in self.tokens[noun.i + 1 :]:
            if self._paragraph[t.i] - here > 1 or t.i + 3 >= len(self.tokens):
                break
            if t.lower_ not in ("the", "that", "this") or self._inside[t.i] >= 0:
                continue  # (“The director, X,”, “That analyst, X,”)
            role, comma, name = self.tokens[t.i + 1], self.tokens[t.i + 2], self.tokens[t.i + 3]
            r = role.lemma_.lower()
            if role.pos_ != "NOUN" or comma.text != "," or not (r == lemma or {r, lemma} <= _LEADING_ROLES):
                continue
            m = next((m for m in self.mentions if m.start == name.idx), None)  # (rare: only past the pattern)
            if m is not None and self.entities[m.entity].kind == "person" and not self.entities[m.entity].anonymous:
                return self.entities[m.entity]
        return None

    def identified_later(self, noun: Token) -> Entity | None:
        """A news lede describes before it names (“A Co Clare publican has told a court …”, then
        “Tom Gilsenan (64), who has run …”; “prosecutor tells jury” in the headline): the person
        the next paragraphs name who holds that role, else who is next named doing something
        (not done to: “Kyle Bennett was shot”) and fits the lede's he or she."""
        para = self._paragraph[noun.i]
        lemma = noun.lemma_.lower()
        if para > 1 or self._inside[noun.i] >= 0 or noun.pos_ not in ("NOUN", "PROPN"):
            return None
        if not self.describes_a_person(lemma):
            return None
        # only the one doing the telling (“told a jury”, “told by a judge”), not the one told of
        # (“A man accused of murder ‘lied and lied again’, a jury heard”)
        verb = noun.head.head if noun.head.lower_ == "by" or (noun.dep_ == "appos" and in_dateline(noun.head)) else noun.head
        telling = verb.lemma_.lower()
        if telling not in lexicons.reporting_verbs() and verb.lower_ not in ("tells", "told", "says", "said"):
            return None
        dets = [c.lower_ for c in noun.children if c.dep_ in ("det", "nummod", "poss")]
        if para == 0:
            if dets:
                return None
            # a headline noun: the lede's description of that sort, if it has one — or the
            # person the lead names with that role (“… says club historian Margaret Szabo”)
            for tok in self.tokens[noun.i + 1 :]:
                if self._paragraph[tok.i] > 2:
                    break
                if self._paragraph[tok.i] >= 1 and tok.lower_ == lemma and tok.pos_ in ("NOUN", "PROPN") and self._inside[tok.i] < 0:
                    named = self._person_at(tok.head.i) if tok.dep_ == "compound" else self.entity_of_phrase(tok)
                    if named is not None and named.kind == "person" and not named.anonymous:
                        return named
                    if self._paragraph[tok.i] == 1:
                        return self.identified_later(tok)
        elif dets[:1] not in (["a"], ["an"]) and not (dets[:1] in (["the"], ["its"], ["their"]) and self._first_described(noun)):
            # (“…,” the veteran skipper said. — a lede that opens on someone's words, named only
            # once the quotes are done: “Jacobus le Roux has fished here for fifty years”)
            return None
        definite = dets[:1] in (["the"], ["its"], ["their"])  # (“its chief executive told investors”)
        firsts: dict[int, EntityMention] = {}
        for m in self.mentions:
            if m.entity not in firsts or m.start < firsts[m.entity].start:
                firsts[m.entity] = m
        body = max(para, 1)
        later = sorted(
            (
                m for m in firsts.values()
                if m.start > noun.idx and 0 < self._paragraph[m.token] - body <= (8 if lemma in _NAMED_WITH_TITLE else 4)
                and self.entities[m.entity].kind == "person" and not self.entities[m.entity].anonymous
            ),
            key=lambda m: m.start,
        )
        roles = _ROLE_SYNONYMS.get(lemma, set()) | {lemma}
        for m in later:
            ent = self.entities[m.entity]
            held = set(re.findall(r"[a-z]+", f"{ent.title or ''} {m.text}".lower()))
            if held & roles:
                return ent
        if para == 0 or lemma in _NAMED_WITH_TITLE:
            return None  # (“a judge said his decision …”: a judge is named with the title, not as the next person)
        gender = self._pronoun_gender_after(noun)
        fitting = []
        for m in later:
            ent, head = self.entities[m.entity], self.tokens[m.token]
            if self._prose_paragraphs(body, self._paragraph[m.token]) > 2 or head.dep_ != "nsubj" or _holds_office(ent, m):
                continue
            if definite and _introduced_otherwise(head):
                continue
            if gender is not None and (ent.gender or lexicon_gender(ent.first or "")) not in (None, gender):
                continue
            fitting.append((head.head.lemma_.lower() != telling, m.start, ent))
        return min(fitting, key=lambda f: (f[0], f[1]))[2] if fitting else None

    def _first_described(self, noun: Token) -> bool:
        """The lede's first word for someone: no one it could mean has been met before it."""
        lemma = noun.lemma_.lower()
        return not any(
            t.lemma_.lower() == lemma and self._inside[t.i] < 0 and self._paragraph[t.i] > 0 for t in self.tokens[: noun.i]
        ) and not any(
            m.start < noun.idx and self._paragraph[m.token] > 0 and self.entities[m.entity].kind == "person" for m in self.mentions
        ) and (
            self.resolve_description([lemma], noun.idx) is None
        )

    def _prose_paragraphs(self, after: int, upto: int) -> int:
        """Paragraphs after `after` up to `upto` that do not open with someone's words: the
        quotes that follow a description are its person's, and do not move the story on."""
        count, seen = 0, set()
        for tok in self.tokens:
            p = self._paragraph[tok.i]
            if p in seen or tok.is_space:
                continue
            seen.add(p)
            if after < p <= upto and self._inside[tok.i] < 0 and tok.text not in ("“", '"', "‘", "'"):
                count += 1
        return count

    def relative_of(self, noun: Token) -> Entity | None:
        """“his wife”, “Daniel's mother”: the person a kin noun with an owner stands for."""
        owner = next((c for c in noun.children if c.dep_ == "poss" and self._inside[c.i] < 0), None)
        if owner is None or noun.lemma_.lower() not in _RELATIONS:
            return None
        of = self.resolve_pronoun(owner)[0] if owner.lower_ in _PRONOUN_WORDS else self.entity_of_phrase(owner)
        return self.resolve_kin(noun.lemma_.lower(), of, noun.idx) if of is not None else None

    def resolve_kin(self, kin: str, owner: Entity, before: int) -> Entity | None:
        """“his wife”, “her son”: the relative of `owner` — the owner themself when the article
        made them that relation (“His son, Ben, wept … his son said”: the “his” is Ben), else
        the one other person named before who shares the surname and was introduced as that
        relation, else (for a spouse, or a parent or child whose ages fit) the only one who can
        be it. Families in the news are named in full once, then by relation."""
        if kin not in _RELATIONS or owner.kind != "person":
            return None
        want = _person_nouns().get(kin)
        if _holds(owner, kin) and (want is None or (owner.gender or lexicon_gender(owner.first or "")) in (None, want)):
            return owner  # (a wife's “her husband” is not herself)
        stated = self._stated_kin(kin, owner, before)
        if stated is not None:
            return stated
        if not owner.last:
            return None
        named_before = {m.entity for m in self.mentions if m.start < before}
        family = [
            e for e in self.entities
            if e.kind == "person" and e.id != owner.id and not e.anonymous and e.last == owner.last
            and e.id in named_before
            and (want is None or (e.gender or lexicon_gender(e.first or "")) in (None, want))
        ]
        introduced = [e for e in family if _holds(e, kin)]
        if introduced:
            return introduced[0] if len(introduced) == 1 else None
        # (another relation — though a husband or wife is often the parent: “Mrs Ellory's
        # husband, Dennis Ellory” is her son's father)
        family = [
            e for e in family
            if not any(_relation(w) and not (w in _SPOUSES and kin in _PARENT_WORDS) for w in _role_heads(e))
        ]
        if kin not in _SPOUSES:
            # a parent or child only where the ages say so (a couple's ages never make a son),
            # or where the owner was introduced as the child (“Her daughter, Lindiwe … her mother”)
            older = kin in _PARENT_WORDS
            inverse = _CHILD_WORDS if older else _PARENT_WORDS
            owner_is_inverse = any(w in inverse for w in _role_heads(owner))
            family = [
                e for e in family
                if owner_is_inverse or (
                    e.age is not None and owner.age is not None and (e.age > owner.age if older else e.age < owner.age)
                )
            ]
        return family[0] if len(family) == 1 else None

    def _stated_kin(self, kin: str, owner: Entity, before: int) -> Entity | None:
        """“Shona Pettigrew, whose son Lachlan was on the bus”: the article said who is whose
        relative, surname or not — so Lachlan's mother is Shona Pettigrew and her son Lachlan."""
        want = _person_nouns().get(kin)
        for t in self.tokens:
            if t.idx >= before:
                break
            if t.lower_ != "whose" or self._inside[t.i] >= 0 or _relation(t.head.lemma_) is None:
                continue
            said = t.head
            # (the name right after the relation, whatever the parse made of it)
            after = said.i + 1 if said.i + 1 < len(self.tokens) and self.tokens[said.i + 1].text != "," else said.i + 2
            named = self.entity_at(after) if after < len(self.tokens) else None
            j = t.i - 1
            while j >= 0 and self.tokens[j].text == ",":
                j -= 1
            holder = self.entity_at(j) if j >= 0 else None
            if named is None or holder is None or named is holder or "person" != holder.kind or "person" != named.kind:
                continue
            if owner is holder and _relation(kin) == _relation(said.lemma_):
                return named
            if owner is named and _inverse(kin, said.lemma_) and (
                want is None or (holder.gender or lexicon_gender(holder.first or "")) in (None, want)
            ):
                return holder
        return None

    def _paragraph_at(self, char: int) -> int:
        i = self._token_index_at(char)
        if i < len(self.tokens):
            return self._paragraph[i]
        return self._paragraph[-1] if self._paragraph else 0

    def recent_organisation(self, before: int) -> Entity | None:
        """The organisation mentioned last before `before`, within this paragraph or the two before."""
        here = self._paragraph_at(before)
        window = [
            m for m in self.mentions
            if m.start < before and here - m.paragraph <= 2 and self.entities[m.entity].kind == "organisation"
        ]
        # an organisation that did something (“Northway Rail says …”) over one merely named
        chosen = (
            next((m for m in reversed(window) if m.main), None)
            or next((m for m in reversed(window) if m.is_subject), None)
            or (window[-1] if window else None)
        )
        return self.entities[chosen.entity] if chosen is not None else None

    def resolve_age(self, age: int, before: int, paragraph: int, exclude: frozenset[int] = frozenset()) -> Entity | None:
        """“the 34-year-old”: the person given that age (“Achterberg, 34,”), else the person the
        last sentences were about (never one in `exclude`: whom a reply answers)."""
        aged = [e for e in self.entities if e.age == age and not e.anonymous and e.id not in exclude]
        if len(aged) == 1:
            return aged[0]
        # the person the last sentences were about — a subject first, else anyone named (“For
        # Kovalenko, …, the win was a long time coming. “…,” the 22-year-old said”)
        # (a main subject before one inside a clause: “She learned her son was safe …” is about her)
        # (one doing something before one done to: “X was penalised …, and Brennan-Moore asked
        # for the ball. “I wanted it,” the 22-year-old says”)
        # (a reply looks one paragraph further back: past the question it answers — and so does
        # a description after a paragraph that names nobody, not even someone unnamed: “… Bishop
        # Everton Mullings-Grant, has drawn …” ¶ “The sermon, titled …” ¶ “…,” the 66-year-old said)
        nobody_between = not any(m.paragraph == paragraph - 1 and self.entities[m.entity].kind == "person" for m in self.mentions)
        reach = 2 if exclude or nobody_between else 1
        for rank in (0, 1, 2, 3):
            for m in reversed(self.mentions):
                ent = self.entities[m.entity]
                in_view = m.start < before and paragraph - m.paragraph <= reach and (
                    paragraph - m.paragraph <= 1 or exclude or m.is_subject
                )
                head = _phrase_head(self.tokens[m.token])
                acting = m.is_subject and head.dep_ == "nsubj" and head.head.dep_ not in ("relcl", "acl") and head.head.pos_ in ("VERB", "AUX")
                fits = (acting, m.is_subject and m.main, m.is_subject, True)[rank]
                if in_view and fits and ent.kind == "person" and not ent.anonymous and ent.id not in exclude:
                    if ent.age is not None and ent.age != age:
                        continue  # “the 33-year-old” is not the player the article said was 21
                    return ent
        return None


# -er/-or nouns that are things, not people: never “the person the paragraph is about”
_NOT_PEOPLE = {
    "paper", "report", "letter", "number", "order", "document", "poster", "flyer", "register",
    "monitor", "computer", "counter", "filer", "filter", "folder", "sticker", "banner", "flier",
    "trailer", "indicator", "operator", "sector", "factor", "motor", "error",
    "newspaper", "tabloid", "broadcaster", "publisher", "retailer", "manufacturer", "provider",
    "carrier", "lender", "insurer", "developer", "owner", "user", "other", "former", "latter",
    "human",
}
# words for whoever leads something (“the union leader”, “the Rovers boss”)
_LEADING_WORDS = {"leader", "boss", "chief", "head"}
# offices of state, which no union or party leader holds
_PUBLIC_OFFICES = {
    "minister", "governor", "mayor", "senator", "representative", "congressman", "congresswoman", "councillor",
    "councilor", "councilmember", "premier", "chancellor", "judge", "justice", "sheriff", "executive",
}


def leads_a_party(title: str) -> bool:
    """A prime minister or premier is their party's leader too (“the party leader said” of the
    Prime Minister just quoted)."""
    low = title.lower()
    return "prime minister" in low or "premier" in low or "first minister" in low or "taoiseach" in low


def public_office(title: str) -> bool:
    """“Transport Secretary”, “County Executive”, “Governor”: an office of state (a capitalised
    secretary is a minister; “general secretary” of a union is not)."""
    words = title.replace(".", "").split()
    last = words[-1].lower() if words else ""
    if last == "executive" and (not words[-1][:1].isupper() or len(words) < 2 or words[-2].lower() == "chief"):
        return False  # (a “County Executive”, not a company's or a union's chief executive)
    return last in _PUBLIC_OFFICES or (
        last == "secretary" and words[-1][:1].isupper() and len(words) > 1 and words[0][:1].isupper() and words[0].lower() != "general"
    )


# a country written before a state body's name (“the US National … Administration”)
_COUNTRY_PREFIXES = {"US", "U.S.", "UK", "U.K.", "EU"}
_STATE_BODIES = {
    "administration", "agency", "department", "service", "commission", "bureau", "office", "authority", "board",
    "institute", "institutes", "council", "court", "army", "navy", "senate", "congress", "mint", "survey",
}
# a party and a state or home town set after a lawmaker's name (“R-Ohio”, “D-Calif.”)
_PARTY_AND_STATE = re.compile(r"[RDI]-[A-Z][\w.]*")
# the words a minister's or a secretary's brief ends on (“… for Treaty of Waitangi Negotiations”,
# “… for Health”), where a name the lexicon does not know begins
_BRIEF_ENDS = {
    "affairs", "relations", "negotiations", "services", "resources", "works", "communications", "development", "education",
    "health", "justice", "finance", "trade", "energy", "housing", "transport", "defence", "defense", "security", "environment",
    "industry", "planning", "culture", "tourism", "sport", "agriculture", "fisheries", "forestry", "labour", "employment",
    "infrastructure", "welfare", "immigration", "innovation", "heritage", "conservation", "treasury",
}
_WEATHER = {"hurricane", "typhoon", "cyclone", "storm", "tropical", "supertyphoon"}
_PARTY_BEFORE_PLACE = re.compile(r"[,(]\s*[RDI]-[A-Z]")
# a comma and a word or two for a role before a name (“Their captain, lock X,”)
_COMMA_ROLE = re.compile(r",\s+(?:[a-z][\w-]*\s+){0,2}")
# what follows “on” after a body's name when it is no brief (“the Council on Monday”)
_WEEKDAYS_AND_MONTHS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
}
# nouns news uses for people it does not name (“the source said”): they never stand
# for a named person
_UNNAMED_NOUNS = {
    "source", "official", "insider", "aide", "witness", "eyewitness", "resident", "neighbour",
    "neighbor", "woman", "man", "girl", "boy", "lady", "gentleman", "passenger", "bystander",
    "onlooker", "villager", "local", "customer", "shopper", "voter", "caller", "diner", "spectator",
    "commuter", "motorist", "pedestrian", "mourner", "worshipper", "churchgoer", "tourist",
    "visitor", "member", "participant", "attendee", "friend", "relative", "colleague", "person",
    "employee", "worker", "student", "parent", "mother", "father", "fan", "supporter", "protester",
}
SPOKESPEOPLE = {"spokesperson", "spokesman", "spokeswoman"}  # people who speak for a body
# verbs of answering someone else's words, alone or with “back” (“she shot back”)
REPLY_VERBS = {"reply", "retort", "counter", "respond", "answer", "rejoin"}
_INDEFINITE = ("a", "an", "one", "another")  # “a resident”, “one regular”: someone left unnamed
# … and some of several (“two Hollis engineers”, “several Renmark residents”)
_SOME = frozenset(_INDEFINITE) | {"two", "three", "four", "several", "some", "many", "other"}
_ORGANISATION_POSSESSIONS = {
    "shares", "share", "stock", "headquarters", "employees", "employee", "staff", "workforce",
    "customers", "board", "ceo", "executive", "spokesperson", "spokesman", "spokeswoman",
    "chairman", "chairwoman", "subsidiary", "revenue", "profit", "profits", "shareholders",
    "researcher", "researchers", "engineers", "app", "platform", "website", "lawyers",
    "depot", "factory", "plant", "warehouse", "premises", "branches", "outlets", "stores", "brand",
}
_NARRATION_MIN = 12  # “I” outside quotes this often (and one in 400 tokens) makes a narrator
# verbs of passing on someone else's words (“a statement read by his lawyer”)
_PASSING_ON = {"read", "deliver", "relay"}  # (not “issued by”: people issue their own statements)
# roles a lede describes that the body names by another word (“a federal prosecutor” …
# “Assistant U.S. Attorney Danielle Ferreira”)
_ROLE_SYNONYMS = {
    "prosecutor": {"attorney", "prosecuting", "prosecution", "depute", "fiscal"},
    "publican": {"landlord", "landlady", "bar"},
    "officer": {"officer", "constable", "sergeant", "detective"},
    "boss": {"chief", "executive", "founder", "director", "owner"},
    "executive": {"ceo"},  # (“its chief executive told investors” … “President and CEO X”)
    "ceo": {"executive"},
}
# roles the body names with their title (“Judge Catherine Rewi”), so a lede's “a judge” is never
# simply the next person named
_NAMED_WITH_TITLE = {
    "judge", "coroner", "prosecutor", "magistrate", "sheriff", "minister", "senator", "mayor", "councillor",
    "governor", "inspector", "detective", "sergeant", "constable", "president", "chancellor",
}
_SEEING = {"see", "obtain", "review", "read", "hear", "view", "examine", "verify", "receive", "confirm"}
ASKING = {"ask", "put", "press", "question", "pose", "challenge", "quiz"}
# verbs whose subject directs words at someone else, whose he/she then follows
_DIRECTING = {"urge", "tell", "warn", "remind"}
_KIN = {
    "son", "daughter", "brother", "sister", "father", "mother", "husband", "wife", "grandson",
    "granddaughter", "grandfather", "grandmother", "twin", "mum", "mom", "dad",
}
# familiar words for a relation, as the relation they name
_FAMILIAR = {"mum": "mother", "mom": "mother", "dad": "father"}
_SIBLINGS = {"brother", "sister", "twin"}
_RELATIONS = _KIN | {"widow", "widower"}  # (not “partner”: a law firm has partners)
_SPOUSES = {"husband", "wife", "widow", "widower"}  # one relation, several words


def _relation(word: str) -> str | None:
    """The family relation a word names (wife and widow are one), or None."""
    word = word.lower()
    if word not in _RELATIONS:
        return None
    return "spouse" if word in _SPOUSES else _FAMILIAR.get(word, word)


def _inverse(kin: str, stated: str) -> bool:
    """`kin` of someone stated to be the `stated` relation of another (a son's mother, a wife's
    husband, a sister's brother) is that other."""
    a, b = _relation(kin), _relation(stated)
    if a is None or b is None:
        return False
    if a == "spouse" or b == "spouse":
        return a == b
    if a in _SIBLINGS or b in _SIBLINGS:
        return a in _SIBLINGS and b in _SIBLINGS
    return (a in _PARENT_WORDS and b in _CHILD_WORDS) or (a in _CHILD_WORDS and b in _PARENT_WORDS)


def _role_heads(ent: Entity) -> list[str]:
    """The head word of each role given (“mother” of “the mother of the victim”)."""
    return [role_head(r) for r in ent.roles if role_head(r)]


def _holds(ent: Entity, kin: str) -> bool:
    """The article introduced `ent` as that relation (“Her son, Tobias Ellery”)."""
    return any(_relation(w) == _relation(kin) for w in _role_heads(ent))
# nouns for several people acting as one (who can say or call things together)
_GROUP_NOUNS = {
    "team", "staff", "crew", "family", "couple", "jury", "panel", "committee", "board", "group",
    "union", "campaign", "community", "crowd", "audience", "class", "squad", "band", "household",
    "industry", "defence", "defense", "prosecution", "government", "opposition", "administration",
    "police", "military", "army", "side", "camp",
}
_COMPANY_NOUNS = {
    "company", "firm", "business", "group", "retailer", "manufacturer", "maker", "operator",
    "employer", "brand", "startup", "start-up", "insurer", "chain", "bakery", "airline", "carrier", "supplier",
    "developer", "lender", "provider", "platform", "consultancy", "fintech", "distributor", "wholesaler",
    "conglomerate", "subsidiary",
    # (what a business makes, in one word: “the drugmaker said”, “the Japanese carmaker”)
    "drugmaker", "carmaker", "automaker", "chipmaker", "planemaker", "steelmaker", "shipbuilder", "utility", "miner", "brewer",
}
# … two of which are people as often, so a business only when its name says the trade
# (“Kestrel Gold Mines Plc … the miner said”, not a mine's “the miner said”)
_TRADE_OF = {
    "miner": {"mine", "mines", "mining", "minerals", "resources", "gold", "platinum", "copper", "coal", "nickel", "mineração", "minera"},
    "brewer": {"brewery", "breweries", "brewing", "brewers", "brouwerij", "brouwerijen", "brauerei"},
}
_PEOPLE_TOO = {"developer", "provider", "maker", "operator", "miner", "brewer"}
# words for a sports team, and the players' roles a team's name is set before
_TEAM_NOUNS = {"club", "franchise", "team", "side"}
_SPORTING_ROLES = {
    "player", "striker", "forward", "midfielder", "defender", "goalkeeper", "keeper", "winger", "bowler", "batsman", "batter",
    "spinner", "all-rounder", "wicketkeeper", "opener", "center", "centre", "guard", "quarterback", "pitcher", "prop", "hooker",
    "flanker", "scrum-half", "fly-half", "fullback", "full-back", "wicket-taker", "scorer", "signing", "skipper",
}
_TEAM_ROLES = _SPORTING_ROLES | {"manager", "coach", "captain", "president"}
# bodies named “<body> of <brief>” and also “the <brief> <body>” (Ministry of Health, the Health Ministry)
_BODIES_OF = {"ministry", "department", "office", "directorate", "secretariat", "bureau", "agency", "commission", "council"}
# what a campaign, a lobby or a residents' group calls itself — “the group” as much as a business
_CAMPAIGN_WORDS = {
    "front", "movement", "alliance", "coalition", "association", "campaign", "friends", "network", "forum",
    "collective", "league", "action", "watch", "voice", "rights", "initiative", "group", "society",
}
# what a publication is called (“the student newspaper, the Whitfield Lantern”)
_PUBLICATIONS = {
    "newspaper", "paper", "magazine", "tabloid", "journal", "newsletter", "weekly", "daily", "outlet", "website",
    # (and the stations a quote was given to: “told local station Rádio Serrana”)
    "station", "channel", "network",
}
# what comes before “District” in the name of a body that governs or serves one
_DISTRICT_BODIES = {
    "regional", "school", "water", "fire", "health", "hospital", "irrigation", "transit", "library", "sanitation",
    "utility", "conservation", "park", "parks", "improvement", "drainage", "unified",
}  # “Kwame Asante, a developer from Accra”: no sign of a business
_GALLERIES = {"museum", "gallery"}
_THEATRES = {"theatre", "theater", "playhouse", "opera"}
_BROADCASTERS = {"network", "broadcasting", "television", "tv", "radio"}
_AIRLINES = {"airways", "airlines"}
# words that qualify a role written with capitals (“Group Managing Director”, “Deputy National
# Coordinator”): with a title after them, nobody's name
_ROLE_MODIFIERS = {
    "group", "national", "deputy", "managing", "executive", "senior", "general", "regional", "assistant", "acting",
    "interim", "vice", "joint", "principal", "chief", "associate", "special", "founding", "honorary", "global",
    "international", "technical", "operating", "financial", "commercial", "communications", "legal", "medical",
    "county", "state", "federal", "provincial", "district", "divisional", "area", "zonal", "local",
    "committee", "board", "council", "cabinet", "party", "parliamentary", "ward", "branch",
}
# what a product is (“the StockPilot platform”, “PowerNest units”): a name compounded onto one
# names a thing
_PRODUCT_NOUNS = {
    "platform", "app", "application", "software", "product", "device", "model", "handset", "phone",
    "console", "chip", "processor", "vehicle", "truck", "aircraft", "jet", "drone", "engine", "battery", "tablet",
    "laptop", "headset", "charger", "sensor", "tracker", "drug", "vaccine", "pill", "supplement", "feature",
    "update", "subscription", "range",
}
# … of which these never name the business behind them (a “platform” or an “app” may: “the
# fundraising platform GiveRound said”)
_ONLY_PRODUCTS = {
    "drug", "tablet", "pill", "vaccine", "supplement", "device", "handset", "phone", "vehicle", "truck", "aircraft", "jet",
    "drone", "engine", "battery", "laptop", "headset", "charger", "sensor", "medicine", "capsule", "inhaler",
}
# styles that may stand between an office and the name, no part of the office
_STYLES_AFTER_A_ROLE = {"dr", "prof", "eng", "engr", "hon", "mr", "mrs", "ms", "miss", "sir", "dame", "rev", "shri", "smt", "datuk", "dato", "tan", "sri", "seri", "alhaji", "atty", "adv", "amb", "arch", "pst"}
# plurals that open a sentence about a company's stock (“Shares of X fell”), never a body's name
# (unlike “Veterans of Foreign Wars”)
_MARKET_PLURALS = {"shares", "stocks", "bonds", "units", "sales", "profits", "revenues", "prices", "customers"}
# who a body's name says it belongs to (“People’s Reform Front”, “Women’s Institute”)
_OWNERS_IN_NAMES = {"people", "women", "men", "children", "workers", "citizens", "farmers", "peoples", "nation", "veterans", "teachers", "patients", "residents", "consumers", "taxpayers", "students"}
# words that make what follows a description, never a name (“the”, “its”: “its Chief Director”)
_ROLE_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "whose"}
# people who speak for a body they come “from” (“a representative from Google”)
_SPEAKS_FOR_NOUNS = {"representative", "rep", "official", "executive", "delegate", "envoy", "lawyer", "analyst", "engineer", "employee", "worker", "staffer", "source"}
# a hyphen as its own token (plain or non-breaking), as in “secretary - general” split by the tokenizer
_HYPHEN_TOKENS = ("-", "‑")
# words for the one at the top, any of which may re-describe another (“the finance chief” …
# “The executive, Marcus Oyelaran,”)
_LEADING_ROLES = {
    "chief", "executive", "director", "head", "boss", "officer", "official", "manager", "leader", "chair",
    "chairman", "chairwoman", "president",
}
_BODY_NOUNS = {
    "regulator": {"board", "commission", "authority", "agency", "office", "administration", "regulator", "inspectorate"},
    "agency": {"board", "commission", "authority", "agency", "office", "administration", "service"},
    "authority": {"authority", "board", "commission", "agency", "executive", "transit", "transport"},
    "watchdog": {"board", "commission", "authority", "agency", "office", "regulator", "inspectorate", "ombudsman"},
    "charity": {"trust", "foundation", "charity", "society", "association", "fund", "appeal"},
    "club": {"club", "city", "united", "rovers", "fc", "athletic", "town", "wanderers", "deportivo", "atlético", "atletico", "sporting"},
    "force": {"police", "constabulary", "force"},
    "police": {"police", "constabulary", "force"},
    "union": {"union", "federation", "association", "workers", "sindicato", "sindicat", "syndicat", "federación", "federação", "confederación", "confederação"},
    "party": {
        "party", "democrats", "republicans", "conservatives", "labour", "greens", "congress", "alliance", "front", "movement", "league",
        # (parties named in Spanish, Portuguese, Catalan or French: “Movimiento Cívico Renovador”)
        "partido", "partit", "parti", "alianza", "aliança", "movimiento", "movimento", "frente", "izquierda", "unión", "união",
        "coalición", "bloque", "bloco", "rassemblement",
    },
    "court": {"court", "tribunal"},
    "university": {"university", "college", "institute", "universidad", "universidade", "université", "università"},
    "school": {"school", "academy", "college"},
    # “the district”: a school (or other) district, or a US county's schools
    "district": {"district", "schools"},
    "hospital": {"hospital", "infirmary", "clinic", "medical"},  # (US hospitals are “… Medical Center”)
    "label": {"records", "recordings"},
    "publisher": {"books", "publishing", "publishers"},
    "studio": {"studios", "pictures", "films"},
    "museum": _GALLERIES,
    "gallery": _GALLERIES,
    "theatre": _THEATRES,
    "theater": _THEATRES,
    "network": _BROADCASTERS,
    "broadcaster": _BROADCASTERS,
    "airline": _AIRLINES,
    "carrier": _AIRLINES,
    "bank": {"bank", "banking"},
    "council": {"council", "borough"},
    "utility": {"water", "energy", "power", "electric", "electricity", "gas", "utilities", "utility"},
}
# body nouns that never describe a person, whatever a title holds (“utility chief executive”)
_BODY_ONLY = {"utility", "regulator", "watchdog"}


@lru_cache(maxsize=1)
def _person_nouns() -> dict[str, Gender | None]:
    table: dict[str, Gender | None] = {}
    for entry in lexicons.words("person_nouns"):
        noun, _, g = entry.partition(":")
        table[noun] = "male" if g == "m" else "female" if g == "f" else None
    return table


def _age_of(tok: Token) -> int | None:
    """The age in “the 29-year-old” when `tok` is its “old”."""
    if tok.lower_ != "old" or tok.i < 4:
        return None
    doc = tok.doc
    year, num = doc[tok.i - 2], doc[tok.i - 4]
    if year.lower_ not in ("year", "years") or not num.text.isdigit():
        return None
    return int(num.text)


_ROMANISED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")  # Ka-ming, Ji-woo: two syllables, the second lower-case


@lru_cache(maxsize=4096)
def split_person_name(name: str) -> tuple[str, str, str]:
    """(canonical name, first name, surname) by nameparser: titles and suffixes the run kept
    (“Jr.”, “III”) are dropped, particles stay with the surname (“von der Leyen”)."""
    from nameparser import HumanName

    # (a tabloid lead's capitals: “DECLAN Moriarty” is Declan Moriarty)
    name = " ".join(w.capitalize() if len(w) > 3 and w.isupper() and w.isalpha() else w for w in name.split(" "))
    parsed = HumanName(name)
    words = name.split()
    parts = [p for p in (parsed.first, parsed.middle, parsed.last) if p]
    designation = len(words) == 2 and len(words[1]) == 1 and words[1].isupper()
    if (parsed.title in _RANK_OR_GIVEN or designation) and len(words) > 1 and not parsed.first:
        # the run already took its titles off: a rank left is a given name (Col Strachan), or
        # part of an anonymised designation (Officer B)
        return " ".join([parsed.title, *parts]), parsed.title, parsed.last or words[-1]
    if parsed.title and parts and words[0] == parsed.title and _clean(parsed.title) in ("md", "mohd", "muhd", "mohamad", "ma"):
        # what nameparser takes for a title the run kept as a name: “Md.” (Mohammad) of a
        # Bangladeshi name is no doctorate
        parts = [parsed.title, *parts]
    canonical = " ".join(parts) if parts else name
    # Irish and Scottish patronymic particles belong to the surname (Máire Ní Bhriain, Seán Mac
    # Giolla); alone before it (“Cllr Ní Bhriain”) they make no first name
    if len(words) >= 2 and _ROMANISED_GIVEN.fullmatch(words[-1]) and words[-2][:1].isupper() and words[-2].isalpha():
        # a Chinese or Korean name, surname first: “Wong Ka-ming”, “Chloe Lam Hoi-yan” (an
        # English given name before it) are Wong and Lam, whose given names follow the surname
        return name, words[0] if len(words) >= 3 else words[-1], words[-2]
    if len(words) >= 2 and words[0].lower() in _NAME_PARTICLES - {"al", "el"} - _PATRONYMIC - _WELSH_PARTICLES and (
        words[1].lower() in _NAME_PARTICLES or words[0].islower()
    ):
        # a surname with its particles, alone (“De la Fuente”, “Van den Akker”, “de Villiers”):
        # no first name (but “Del Harris”, “Von Miller”, “Le Thi Hoa” open with given names)
        return name, "", name
    at = next((i for i, w in enumerate(words[:-1]) if w.lower() in _SURNAME_PARTICLES or w in _WELSH_PARTICLES), None)
    if at is not None and len(words) <= 4:
        return name, (words[0] if at > 0 else ""), " ".join(words[at:])
    return canonical, parsed.first or words[0], parsed.last or words[-1]


def _given_names(name: str) -> str:
    """The names before a patronymic (“Ahmad Faizal” of “Ahmad Faizal bin Rahman”), by which
    Malay and Arabic names are shortened; "" for a name without one."""
    words = name.split()
    cut = next((n for n, w in enumerate(words) if n >= 1 and w.lower() in _PATRONYMIC), None)
    return " ".join(words[:cut]) if cut is not None and cut + 1 < len(words) else ""


# offices that head a body, the ones a story names its untitled subject by (“the governor said”)
_LEADING_OFFICES = {
    "governor", "president", "chairman", "chairwoman", "chair", "mayor", "premier", "minister", "chancellor",
    "speaker", "commissioner", "director", "ceo", "founder", "leader", "head", "secretary", "superintendent",
}
_FORMERLY = {"former", "ex", "then", "outgoing", "retired", "incoming", "current", "sitting", "longtime", "long-serving"}
# ranks below the office they qualify: a deputy governor is not “the governor”
_BELOW_THE_OFFICE = {"deputy", "assistant", "vice", "associate", "under", "shadow", "lieutenant", "lt", "lt."}


def _below_the_office(ent: Entity, wanted: set[str]) -> bool:
    """`ent`'s title puts it a rank below the office the words name (“the governor” is not the
    Deputy Governor, though “the deputy governor” is)."""
    if wanted & {"interim", "acting", "caretaker", "new"}:
        return False  # (“the interim coach” is often the assistant coach, stepping up)

    def below(part: str) -> bool:
        words = [w.lower() for w in part.split()]
        return any(w in _BELOW_THE_OFFICE and w not in wanted and set(words[n + 1 :]) & wanted for n, w in enumerate(words))

    parts = [p for p in {ent.title or "", *ent.roles} if p]
    # (one given the office itself as well — an assistant coach made interim coach — holds it)
    return any(below(p) for p in parts) and not any(not below(p) and wanted & set(p.lower().split()) for p in parts)


def _office_initials(title: str, acronym: str) -> bool:
    """`acronym` is the initials of the title's last two or more words (“CS” of “Agriculture
    Cabinet Secretary”), written with capitals or not."""
    words = [w for w in title.split() if w[:1].isalpha()]
    # (not past a rank below the office: a Deputy Attorney General is not “the AG”)
    return any(
        "".join(w[0].upper() for w in words[n:]) == acronym
        and not {w.lower() for w in words[:n]} & (_BELOW_THE_OFFICE | {"acting"})
        for n in range(len(words) - 1)
    )


def _initials(name: str) -> str:
    """Capital initials, a hyphened word giving one per part (“Parent-Teacher” → PT)."""
    return "".join(w[0] for w in re.split(r"[\s\-‑]+", name) if w[:1].isupper())


def _abbreviates(acronym: str, name: str) -> bool:
    """`acronym` is the name's initials, with or without its legal form (“SAL” for Sarangdhar
    Aerosystems Ltd, “PBT” for Perdana Bina Teguh Sdn Bhd)."""
    words = name.split()
    bare = " ".join(words[: len(without_legal_form([w.lower() for w in words]))])
    return acronym in (_initials(name), _initials(bare))


def _spelled_out(text: str, acronym: str) -> str | None:
    """The one run of capitalised words in `text` whose initials are `acronym` (small joining
    words allowed between them: “Crown Prosecution Service” for CPS, “Bank of England” for BE)."""
    # (without a possessive: “the Punjab Navnirman Morcha's campaign”)
    runs = (re.sub(r"['’]s$", "", re.sub(r"^The\s+", "", m.group(0))) for m in _CAPITALISED_RUN.finditer(text))
    found = {run for run in runs if _initials(run) == acronym and len(run.split()) >= 2}
    return found.pop() if len(found) == 1 else None


_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w’'-]+(?:\s+(?:(?:of|and|for|the|on|in|&)\s+)?[A-Z][\w’'-]+)+")


def _particles_then_name(tokens: list[Token], j: int) -> bool:
    """“von der Leyen”, “de la Cruz”: lowercase particles leading into a capitalised surname."""
    if tokens[j].lower_ == "do" and not (
        j > 0 and _name_token(tokens[j - 1]) and (tokens[j].pos_ not in ("VERB", "AUX") or (j > 1 and _name_token(tokens[j - 2])))
    ):
        return False  # (the Portuguese “do” only inside a name — “Ana Beatriz do Nascimento” — never “they do Christmas”)
    k = j
    while k < len(tokens) and tokens[k].lower_ in _NAME_PARTICLES and tokens[k].text[:1].islower() and k - j < 3:
        k += 1
        if k < len(tokens) and tokens[k].text in _HYPHEN_TOKENS and not tokens[k - 1].whitespace_:
            k += 1  # al-Harthy, el-Sayed
    if k <= j or k >= len(tokens):
        return False
    nxt = tokens[k]
    # (or a capitalised word the tagger called a noun, with a name hyphened on: “du Plessis-Khumalo”)
    glued = k + 2 < len(tokens) and tokens[k + 1].text in _HYPHEN_TOKENS and not nxt.whitespace_ and _name_token(tokens[k + 2])
    # (… or between a given name and a capitalised word the tagger called a noun: “Gethin ap Dafydd”)
    framed = j > 0 and _name_token(tokens[j - 1]) and nxt.text[1:].islower()
    return _name_token(nxt) or (nxt.text[:1].isupper() and nxt.is_alpha and (glued or framed))


# “…, known as “Juninho,””, “, nicknamed ‘Tess’”: a name the person goes by, right after theirs
_KNOWN_AS = re.compile(
    r"(?:,? (?!whose\b|where\b|which\b)[^“\"‘.;\n]{0,80}?)?\b(?:known|nicknamed|dubbed)\s+(?:simply\s+|to\s+\w+\s+)?(?:as\s+)?"
    r"[“\"‘']([A-Z][^”\"’'\s,.]{1,25}(?: [A-Z][^”\"’'\s,.]{1,25})?)[,.]?[”\"’']"
)

_THEY_THEM = re.compile(r"\b(?:uses?|prefers?|goes by)\s+(?:the\s+)?(?:pronouns?\s+)?[“\"‘']?they(?:/|\s+and\s+)them\b", re.IGNORECASE)

_THING_CALLED = re.compile(
    r"\b([a-z]+),?\s+(?:called|named|dubbed|branded|nicknamed)\s+[“\"‘']([A-Z][^”\"’'\n]{0,40}?)[,.]?[”\"’']"
)


def _things_named(text: str) -> frozenset[str]:
    """Names the article gives things in quotes (“a leasing program called “GridShare””, “an app
    dubbed “Nestly””): products and schemes, never speakers, wherever the name recurs."""
    return frozenset(
        m.group(2).strip() for m in _THING_CALLED.finditer(text)
        if not People.describes_a_person(m.group(1))
        and m.group(1) not in ("is", "was", "be", "been", "being", "have", "has", "had", "we", "they", "i", "she", "he")
    )


def _age_after(tokens: list[Token], head: Token) -> int | None:
    """“Tamsin Achterberg, 34, said”, “Cathal Gilsenan (31)”: the number set off by commas or in
    brackets right after a name."""
    i = head.i
    if i + 4 < len(tokens) and tokens[i + 1].text == "," and tokens[i + 2].lower_ == "now" and tokens[i + 3].like_num:
        i += 1  # (“The elder Brennan, now 76, has …”)
    if i + 3 < len(tokens) and tokens[i + 2].like_num and (tokens[i + 1].text, tokens[i + 3].text) in ((",", ","), ("(", ")")):
        try:
            value = int(tokens[i + 2].text)
        except ValueError:
            return None
        return value if 0 < value < 120 else None
    if i + 3 < len(tokens) and tokens[i + 1].text == "," and tokens[i + 2].lower_ in ("a", "an"):
        # “Sir Michael Tennant-Lowe, a 71-year-old former deputy speaker, …”
        for t in tokens[i + 3 : i + 9]:
            if t.lower_ == "old":
                return _age_of(t)
            if t.text == ",":
                break
    return None


def _age_before(first: Token) -> int | None:
    """“uncapped 22-year-old S. Tharshan”, “the 19-year-old midfielder Tom Ruiz”: an age set
    before the name (the role nouns between it and the name included)."""
    doc = first.doc
    i = first.i - 1
    while i >= 0 and first.i - i <= 3 and doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ") and doc[i].lower_ != "old":
        i -= 1
    return _age_of(doc[i]) if i >= 0 else None


def _fronted_participle(tok: Token) -> bool:
    """A sentence-initial “-ing”/“-ed” word followed by a comma (Defending, Speaking, Asked) —
    not a surname so spelt (“Kettering, who stepped back, struck a different note”)."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if not (tok.is_sent_start and nxt is not None and nxt.text == "," and tok.lower_.endswith(("ing", "ed"))):
        return False
    after = tok.doc[tok.i + 2] if tok.i + 2 < len(tok.doc) else None
    return after is None or after.lower_ not in ("who", "whose")  # (a “who” clause describes a name)


ORIGINAL_TEXT = "attribution.original_text"  # Doc.user_data key: the article text as written
_NEVER_NAMES = {
    "i", "i.", "me", "my", "we", "you", "he", "she", "it", "they", "the", "a", "an", "this", "that",
    # documents and formats written in capitals (“a district FAQ”, “a PDF”): no one who speaks
    "faq", "faqs", "pdf", "pdfs", "url", "q&a", "rsvp", "ps", "tl;dr",
}
_APOSTROPHE_NAME = re.compile(r"^(?:[A-Z][a-z]?[’'][A-Z][a-z]+|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+)$")


def _plural_opening_a_sentence(tok: Token) -> bool:
    """A plural common noun (“Winters”, “Mornings”) the tagger saw as one, first in its sentence."""
    return (
        tok.tag_ == "NNS" and tok.lemma_.lower() != tok.lower_ and tok.text[1:].islower() and _opens_sentence(tok)
    )


def _opens_sentence(tok: Token) -> bool:
    """First in its sentence, or first on its line (where the parse ran two lines together)."""
    return tok.is_sent_start or tok.i == 0 or tok.doc[tok.i - 1].is_space


_DEFINED_ACRONYM = re.compile(r"\(([A-Z][A-Z&]{1,7})\)")


def _in_dateline(tok: Token) -> bool:
    """Capitals from the start of a line up to a dash: “NAIROBI —”, “ST HELENA BAY -”,
    “SAN FRANCISCO (Capstone Wire) -”."""
    doc, i = tok.doc, tok.i

    def capitals(t: Token) -> bool:
        return (t.is_alpha and t.text.isupper()) or t.text == ","

    while i > 0 and capitals(doc[i - 1]) and not doc[i - 1].is_space:
        i -= 1
    if not (i == 0 or doc[i - 1].is_space or "\n" in doc[i - 1].text):
        return False
    j = tok.i
    while j + 1 < len(doc) and capitals(doc[j + 1]):
        j += 1
    if doc[j].text == "," or (j + 1 < len(doc) and doc[j + 1].text == ","):
        # (past the state or country after the city: “SANTA FE, New Mexico —”)
        j = j if doc[j].text == "," else j + 1
        while j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha and not doc[j + 1].is_space:
            j += 1
    if j + 1 < len(doc) and doc[j + 1].text == "(":
        j = next((t.i for t in doc[j + 2 : j + 9] if t.text == ")"), len(doc))  # (the agency's name)
    return j + 1 < len(doc) and doc[j + 1].text in ("-", "—", "–", "--")


_DATELINE_OPENING = re.compile(r"[A-Z][A-Z .,'’-]*(?:, (?:[A-Z][a-z.]+ )+)?\([^()\n]*")  # “SAN FRANCISCO (Capstone …”
_DATELINE_CLOSING = re.compile(r"[^()\n]*\)\s*(?:-|—|–|--)\s")  # “… Wire) - ”


_PARSED_TEXT = "attribution.parsed_text"  # (doc.user_data key: the text read once per document)


def _doc_text(doc: Doc) -> str:
    """The parsed text, built once per document (`Doc.text` joins every token each time)."""
    text = doc.user_data.get(_PARSED_TEXT)
    if text is None:
        text = doc.user_data[_PARSED_TEXT] = doc.text
    return text  # type: ignore[no-any-return]


_DATELINE_CITY = re.compile(r"[A-Z][A-Z .'’-]*[A-Z], (?:[A-Z][a-z.]+ )*")  # “DAYTON, ”, “SANTA FE, New ”
_DATELINE_REST = re.compile(r"[A-Za-z.]*(?: [A-Z][a-z.]+)*\s*(?:\([^()\n]*\)\s*)?(?:-|—|–|--)\s")  # “Ohio — ”


def _dateline_around(tok: Token, mark: str, opening: re.Pattern[str], rest: re.Pattern[str]) -> bool:
    """The line up to `tok` is a dateline's opening (with `mark` in it) and the text from `tok`
    closes it with a dash. Read from the text: every capitalised token asks, so this is cheap."""
    text = _doc_text(tok.doc)
    line = text.rfind("\n", 0, tok.idx) + 1
    return mark in text[line : tok.idx] and opening.fullmatch(text, line, tok.idx) is not None and rest.match(text, tok.idx) is not None


def _region_in_dateline(tok: Token) -> bool:
    """“DAYTON, Ohio —”: the state or country after a dateline's city is a place, not a name."""
    return _dateline_around(tok, ",", _DATELINE_CITY, _DATELINE_REST)


def in_dateline(tok: Token) -> bool:
    """Part of a dateline (“DAYTON, Ohio —”, “SAN FRANCISCO (Capstone Wire) -”): a place or a
    wire service, never a speaker."""
    return (tok.text.isupper() and tok.is_alpha and _in_dateline(tok)) or _agency_in_dateline(tok) or _region_in_dateline(tok)


def _agency_in_dateline(tok: Token) -> bool:
    """“SAN FRANCISCO (Capstone Wire) -”: the wire service that filed the story, not one of
    its bodies (it may be named again in the story, where it counts)."""
    return _dateline_around(tok, "(", _DATELINE_OPENING, _DATELINE_CLOSING)


def _name_token(tok: Token) -> bool:
    text = tok.text
    if not text[:1].isupper() or tok.lower_ in _NEVER_NAMES:
        return False
    if in_dateline(tok):
        return False  # “ST HELENA BAY -”: a place, however short its words
    if len(text) > 5 and text.isupper() and text.isalpha():
        # datelines and headlines in capitals (LARKFIELD —); acronyms (RNLI) stay — but a tabloid
        # lead's capitalised given name before its surname is a name (“DECLAN Moriarty was …”)
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return (
            nxt is not None and nxt.text[:1].isupper() and nxt.text[1:].islower() and nxt.is_alpha
            and lexicon_gender(text.capitalize()) is not None
        )
    if tok.pos_ == "PROPN" or _APOSTROPHE_NAME.match(text):
        return True
    if tok.i > 0 and _clean(tok.doc[tok.i - 1].text) in lexicons.titles() and tok.pos_ not in ("DET", "PRON", "ADP", "CCONJ"):
        return True  # whatever the tagger thought: “Mr O’Neill” (tagged ADV)
    # titles and initials the tagger calls NOUN or X ("Dr.", "J.")
    if _clean(text) in lexicons.titles() and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text[:1].isupper():
        return True
    if _an_initial(text):
        return True
    if tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I":
        return True  # inside a person's name, whatever the tag: “Fiona Greaves” (Greaves a verb)
    if _before_a_nickname(tok):
        return True
    if (
        tok.ent_iob_ == "B" and tok.pos_ in ("ADJ", "NOUN", "X") and tok.is_alpha and text[1:].islower() and tok.i + 1 < len(tok.doc)
        and tok.doc[tok.i + 1].pos_ == "PROPN" and tok.doc[tok.i + 1].ent_iob_ == "I" and tok.dep_ in ("amod", "compound")
    ):
        return True  # a given name the tagger called a word, opening an entity with the surname: “Wannaporn Sukjai”
    return tok.ent_type_ in ("PERSON", "ORG") and tok.pos_ in ("NOUN", "ADJ", "X")


def _subject_named_as(head: Token) -> Token | None:
    """“a dealer who gave his name only as Abu Ali said”, “a farmer known as Abu Mahmoud said”:
    the subject the name is given to, whose clause the name stands in."""
    if head.dep_ != "pobj" or head.head.lower_ != "as":
        return None
    verb = head.head.head
    if verb.dep_ not in ("relcl", "acl") or verb.lemma_.lower() not in ("give", "know", "identify", "call", "name", "go"):
        return None
    subject = _through_appositions(verb.head)
    return subject if subject.dep_ in ("nsubj", "nsubjpass") else None


# the role a passive's agent holds over its subject: “a panel chaired by X” makes X its chair
_ROLE_BY_VERB = {
    "chair": "chair", "lead": "leader", "coach": "coach", "captain": "captain", "found": "founder", "own": "owner",
    "manage": "manager", "direct": "director", "head": "head", "edit": "editor", "skipper": "skipper", "train": "trainer",
}  # (not “conducted”, “presented”, “hosted”: a study conducted by Dr X makes her no conductor)


def _of_another_tier(first: Token) -> bool:
    """“the state Health Department”, “the federal health ministry”: a tier of government before
    the body's name, which may not be the “Department of Health” the article named."""
    return first.i > 0 and first.doc[first.i - 1].lower_ in ("state", "federal", "county", "city", "provincial", "regional", "national", "local")


def _led_body(head: Token) -> Token | None:
    """The thing a passive's agent leads: “Rovers” of “Rovers, managed by Gordon Pike,”, “the
    club” of “the club managed by his father, Gordon”."""
    up = _through_appositions(head)
    if up.dep_ != "pobj" or up.head.lower_ != "by" or up.head.dep_ != "agent":
        return None
    verb = up.head.head
    if verb.dep_ == "acl":
        return verb.head
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _role_by_agency(head: Token) -> str | None:
    """“The panel, chaired by the judge Ingrid Solberg,”, “a side captained by X”: the role the
    verb gives the one doing it."""
    up = _through_appositions(head)
    if up.dep_ != "pobj" or up.head.lower_ != "by" or up.head.dep_ != "agent":
        return None
    verb = up.head.head
    return _ROLE_BY_VERB.get(verb.lemma_.lower()) if verb.tag_ == "VBN" else None


def _who_clause(head: Token) -> bool:
    """A name with a relative clause whose subject is “who” (“X, who spoke through …”), the name
    an appositive of it included (“X, 78, the senior elder, who …”)."""
    holders = [head] + [c for c in head.children if c.dep_ == "appos"]
    return any(
        c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "who" for g in c.children)
        for h in holders
        for c in h.children
    )


def _before_a_nickname(tok: Token) -> bool:
    """Deshawn “Smoke” Ellery: a capitalised word, then a quoted word or two, then a name, is a
    first name, whatever the tagger made of it (“Deshawn” as an adjective)."""
    doc, i = tok.doc, tok.i
    if not (tok.is_alpha and tok.text[:1].isupper() and i + 3 < len(doc) and doc[i + 1].text in ("“", '"', "‘")):
        return False
    closing = {"“": "”", '"': '"', "‘": "’"}[doc[i + 1].text]
    for k in range(i + 2, min(i + 5, len(doc) - 1)):
        if doc[k].text == closing:
            after = doc[k + 1]
            surname = (after.pos_ == "PROPN" and after.text[:1].isupper()) or (
                after.text in _NAME_PARTICLES and _particles_then_name(doc, after.i)
            )
            return k > i + 2 and surname and all(d.text[:1].isupper() for d in doc[i + 2 : k])
    return False


def _name_tail(tok: Token, doc: Doc | list[Token]) -> bool:
    """The lower-case second half of a hyphenated given name: Ji-woo, Min-seok."""
    i = tok.i
    if i < 2 or not (tok.is_alpha and tok.is_lower and len(tok) <= 5):
        return False
    hyphen, first = doc[i - 1], doc[i - 2]
    return hyphen.text in _HYPHEN_TOKENS and not hyphen.whitespace_ and not first.whitespace_ and first.text[:1].isupper() and first.is_alpha


def _states_of_itself(verb: Token) -> bool:
    """“Northvane said in a statement that it had …”: a statement, and an “it” for itself —
    together (either alone is common for people too) they speak of an organisation."""
    # (or on its own pages: “said on its social media pages that it was …”)
    in_statement = any(
        c.dep_ == "prep" and any(
            (c.lower_ == "in" and g.lemma_.lower() == "statement") or any(p.dep_ == "poss" and p.lower_ == "its" for p in g.children)
            for g in c.children
        )
        for c in verb.children
    )
    says_it = any(
        c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "it" for g in c.children)
        for c in verb.children
    )
    return in_statement and says_it


def _branch_number(tok: Token, run: list[Token]) -> bool:
    """“Workers Union Local 17”: a union branch's number belongs to its name."""
    return bool(run) and run[-1].lower_ == "local" and tok.like_num and tok.is_digit


def _joiner(tok: Token, doc: Doc, j: int) -> bool:
    """Hyphens and apostrophes inside names (Achebe-Marsh, O’Hagan) keep the run going."""
    if tok.lower_ in ("’s", "'s") and _organisation_word_ahead(doc, j + 1):
        # a singular possessive inside an organisation's name (Fishermen’s Federation, St.
        # Brendan’s Regional Medical Center), but not a place owning one (India’s Ministry of
        # External Affairs)
        return j > 0 and doc[j - 1].ent_type_ not in ("GPE", "LOC", "NORP")
    if tok.text in ("-", "’", "'", "‑") and j + 1 < len(doc):
        nxt = doc[j + 1]
        if _name_tail(nxt, doc):
            return True
        if tok.text in ("’", "'") and j > 0 and doc[j - 1].lower_.endswith("s") and not doc[j - 1].whitespace_:
            # a plural possessive inside an organisation's name: Rail Workers’ Union, and
            # Seafarers’ and Dockers’ Federation
            ahead = [t.lower_ for t in doc[j + 1 : j + 6]]
            if tok.whitespace_ and (
                nxt.lower_ in lexicons.organisation_words()
                or (nxt.lower_ in ("and", "&") and any(w in lexicons.organisation_words() for w in ahead[1:]))
            ):
                return True
        return not tok.whitespace_ and (nxt.text[:1].isupper() or _lower_given_half(nxt)) and (j == 0 or not doc[j - 1].whitespace_)
    return False


def _lower_given_half(tok: Token) -> bool:
    """The lower-case half of a romanised given name (“Tseng Chih-hsiung”, “Kim Min-jun”) after
    a hyphen: kept in the person by the recogniser, or no English word (not “Smith-led”)."""
    doc = tok.doc
    if not (tok.is_lower and tok.is_alpha and tok.i >= 2 and doc[tok.i - 1].text in _HYPHEN_TOKENS):
        return False
    before = doc[tok.i - 2]
    if doc[tok.i - 1].whitespace_ or before.whitespace_ or not before.text[:1].isupper() or tok.text.endswith(("ed", "ing")):
        return False
    return (tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I") or not _written_lower_only(doc, tok.text)


def _written_lower_only(doc: Doc, word: str) -> bool:
    """Whether the model's strings hold this word only in lower case (see
    `nlp.remember_lowercase_words`); a pipeline given no such table: no."""
    lookups = doc.vocab.lookups
    return lookups.has_table(LOWERCASE_WORDS_TABLE) and word.lower() in lookups.get_table(LOWERCASE_WORDS_TABLE)


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause a token sits in (its nearest verbal ancestor), if any."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _clause_subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _clause_subject_pronoun(possessive: Token) -> Token | None:
    """The he/she subject of the clause a possessive sits in, when that clause has one: the
    possessive agrees with it, and says nothing of anyone named outside the clause."""
    verb = _clause_verb(possessive)
    subject = next(iter(_clause_subjects(verb)), None) if verb is not None else None
    if subject is not None and subject.lower_ in ("he", "she") and subject.i != possessive.i:
        return subject
    return None


def _plural_owner_in_name(tok: Token) -> bool:
    """“Kenyan Footballers’ Guild”: a capitalised plural (tagged a common noun) owning an
    organisation word is part of the body's name."""
    doc, j = tok.doc, tok.i
    return (
        tok.tag_ == "NNS" and tok.text[:1].isupper() and tok.is_alpha and not tok.is_sent_start and tok.lower_.endswith("s")
        and j + 2 < len(doc) and doc[j + 1].text in ("’", "'") and not tok.whitespace_ and _organisation_word_ahead(doc, j + 2)
    )


def _possessive_in_name(tok: Token) -> bool:
    """“People’s Reform Front”, “Women’s Institute”: a possessive inside a body's name, the
    capitalised words after it ending in an organisation word."""
    doc, j = tok.doc, tok.i
    return (
        tok.text in ("'s", "’s") and j > 0 and doc[j - 1].text[:1].isupper() and not doc[j - 1].whitespace_
        and doc[j - 1].lower_ in _OWNERS_IN_NAMES and _organisation_word_ahead(doc, j + 1)
    )


def _organisation_word_ahead(doc: Doc, j: int) -> bool:
    """Capitalised words from `j` on that end in an organisation word (… Regional Medical Center)."""
    for t in doc[j : j + 4]:
        if not (t.text[:1].isupper() and t.is_alpha):
            return False
        if t.lower_ in lexicons.organisation_words():
            return True
    return False


def _join_name(doc: Doc, words: list[Token], run: list[Token]) -> str:
    """Name words joined as written, keeping hyphens and apostrophes inside them."""
    keep = {t.i for t in words}
    parts: list[str] = []
    for t in run:
        if t.i in keep or (parts and t.i + 1 in keep and t.text in "-’'‑" and (not t.whitespace_ or doc[t.i - 1].lower_.endswith("s"))) or (
            parts and t.lower_ in ("’s", "'s") and t.i + 1 in keep
        ):
            if parts and t.i - 1 >= 0 and not doc[t.i - 1].whitespace_ and (doc[t.i - 1].i in keep or doc[t.i - 1].text in "-’'‑"):
                parts[-1] += surface(t)
            else:
                parts.append(surface(t))
    return " ".join(parts)


def _head_of(tokens: list[Token]) -> int:
    """The rightmost token attached outside the run: names are head-final in English."""
    ids = {t.i for t in tokens}
    for t in reversed(tokens):
        if (t.head.i not in ids or t.head.i == t.i) and t.pos_ == "PROPN":
            return t.i
    return tokens[-1].i


def _plural_name_word(tok: Token) -> bool:
    """A capitalised plural that can open a body's name (Friends, Veterans, Mothers)."""
    return tok.tag_ in ("NNS", "NNPS") and tok.text[:1].isupper() and tok.text[1:].islower() and tok.lower_.endswith("s")


def _plural_opening_a_body(doc: list[Token], i: int) -> bool:
    """“The Friends of Ostrava Contact Group”: “the”, a capitalised plural the tagger made a
    common noun, then “of” and a body's name."""
    if not _plural_name_word(doc[i]) or i + 2 >= len(doc) or doc[i + 1].lower_ != "of" or i == 0 or doc[i - 1].lower_ != "the":
        return False  # (with its article: not “Customers of Thabeng Financial Group said …”)
    ahead = i + 3 if doc[i + 2].lower_ == "the" else i + 2
    return ahead < len(doc) and _organisation_word_ahead(doc, ahead)


def _org_connector(tok: Token, run: list[Token], doc: Doc, j: int) -> bool:
    """“of”, “for”, “and” inside an organisation's name: Ministry of Health — and “the” right
    after such an “of” (“Office of the Governor”, “Department of the Treasury”)."""
    if (
        run and tok.lower_ == "the" and run[-1].lower_ == "of" and len(run) >= 2 and j + 1 < len(doc)
        and (run[-2].lower_ in lexicons.organisation_words() or (_plural_name_word(run[-2]) and _organisation_word_ahead(doc, j + 1)))
        and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha
    ):
        return True
    if run and tok.lower_ in ("to", "the") and {t.lower_ for t in run} & _ACCREDITED and j + 1 < len(doc) and (
        (tok.lower_ == "to" and doc[j + 1].lower_ == "the" and j + 2 < len(doc) and doc[j + 2].text[:1].isupper())
        or (tok.lower_ == "the" and run[-1].lower_ == "to" and doc[j + 1].text[:1].isupper())
    ):
        return True  # “the Permanent Mission of Kavaria to the United Nations”: where it is accredited
    if run and tok.lower_ == "on" and j + 1 < len(doc) and run[-1].lower_ in lexicons.organisation_words():
        # “Special Investigation Committee on Product Safety”, “Council on Foreign Relations”
        nxt = doc[j + 1]
        return (
            nxt.text[:1].isupper() and nxt.is_alpha and run[-1].text[:1].isupper()
            and nxt.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC", "PRODUCT", "PERSON")
            # (a platform, not the rest of this one's name: “… Council on Facebook”)
            and nxt.lower_ not in _PLATFORMS
            and _clean(nxt.text) not in _WEEKDAYS_AND_MONTHS
        )  # (not “… Bank Limited on Tuesday”, “the Council on Monday”)
    if not run or tok.lower_ not in ("of", "for", "and", "&") or j + 1 >= len(doc):
        return False
    nxt = doc[j + 1]
    if tok.lower_ in ("and", "&") and j + 2 < len(doc) and doc[j + 2].text in ("'s", "’s"):
        return False  # “Siam Kanok Group and Indonesia's PT Rinjani”: a second owner, not one name
    if len(run) >= 2 and lexicon_gender(run[0].text) and not any(t.lower_ in lexicons.organisation_words() for t in run):
        return False  # “Omar Fadel of Brightline Securities”: a person of an organisation
    if tok.text == "&" and run[-1].text[:1].isupper() and nxt.text[:1].isupper() and nxt.is_alpha and _clean(nxt.text) not in lexicons.titles():
        return True  # “Hartwell & Lowe”, “Marks & Spencer”: an ampersand joins one firm's name, tagged or not
    if tok.lower_ in ("and", "&") and len(run) >= 3 and any(
        _clean(a.text) in lexicons.titles() and _lexicon_certain(b.text) and c.text[:1].isupper()
        for a, b, c in zip(run, run[1:], run[2:])
    ):
        return False  # “House Speaker Brock Hallaway and Senate Majority Leader X”: two people, titled
    if tok.lower_ == "for" and nxt.ent_type_ == "PERSON" and _lexicon_certain(nxt.text) and not _organisation_word_ahead(doc, j + 1):
        return False  # “an offer from FC Valmont for Rafael Ondina”: a person after the body
    if (
        tok.lower_ in ("and", "&") and len(run) >= 2 and run[-1].lower_ in lexicons.organisation_words()
        and run[-1].text[:1].isupper() and _organisation_word_ahead(doc, j + 1)
        # (but a brief after “of” goes on: “Ministry of Mining and Strategic Resources”)
        and not (len(run) >= 3 and run[1].lower_ == "of" and run[0].lower_ in lexicons.organisation_words())
    ):
        return False  # “Skyline Airways and Cascadia Air”: two bodies, each complete
    in_entity = tok.ent_iob_ == "I" and tok.ent_type_ in ("ORG", "FAC")
    org_word = any(t.lower_ in lexicons.organisation_words() for t in run)
    if not org_word and tok.lower_ == "of" and _plural_name_word(run[-1]):
        # “The Friends of Azmara Contact Group”, “Veterans of the Coastal War Association”: a
        # plural opening a body's name, its head word after the “of”
        ahead = j + 2 if nxt.lower_ == "the" else j + 1
        org_word = _organisation_word_ahead(doc, ahead)
    if not org_word and tok.lower_ == "and":
        # “Japan Track and Field Union”: the organisation word may come after the “and”
        ahead = doc[j + 1 : j + 5]
        for t in ahead:
            if not (t.text[:1].isupper() or t.text in ("’", "'")):
                break
            if t.lower_ in lexicons.organisation_words():
                org_word = True
                break
    if tok.lower_ == "of" and nxt.lower_ == "the" and j + 2 < len(doc) and (
        run[-1].lower_ in lexicons.organisation_words() or _plural_name_word(run[-1])
    ):
        nxt = doc[j + 2]  # (“Office of the Governor”, “Friends of the Lake Trust”)
    return (in_entity or org_word) and (_name_token(nxt) or (nxt.text[:1].isupper() and nxt.is_alpha))


def _pre_name_role(doc: Doc, run: NameRun, inside: list[int]) -> str | None:
    """Common nouns compounded onto the name: “head coach” Mirela Dascalu, “paediatrician” Dr. X."""
    head = doc[run.head]
    # (the parse may hang the role on a word of the name other than its head: “managing
    # director K. Srinivasa Murthy”, the role a compound of “Srinivasa”)
    holders = [t for t in doc[max(0, run.head - 3) : run.head] if t.idx >= run.start]
    role = [
        c
        for h in (head, *holders)
        for c in h.children
        if c.dep_ in ("compound", "amod", "nmod") and c.idx < run.start and c.pos_ == "NOUN" and inside[c.i] < 0
    ]
    if not role and head.dep_ == "appos" and head.head.idx < run.start and (
        head.head.pos_ == "NOUN"
        # (or a member's letters, which the parse takes for a name: “The local MP, Jane Corrigan,”)
        or head.head.is_upper and _clean(head.head.text) in _MEMBERS
    ):
        role = [head.head]  # “the reviewer Tobiah Fenn”: the name stands in apposition to its role
    first = next((t for t in head.subtree if t.idx >= run.start), head)
    before = doc[first.i - 1] if first.i > 0 else None
    if (
        not role and before is not None and before.pos_ == "NOUN" and before.text.islower() and inside[before.i] < 0
        and before.dep_ == head.dep_ and before.head.i == head.head.i and _role_word(before.lemma_.lower())
    ):
        # “WPJHL commissioner Darlene Fitzhugh-Obi said”: the parse made the role a second
        # subject beside the name, not a compound of it
        role = [before]
    if not role:
        return None
    noun = role[-1]
    if _relation(noun.lemma_) and (
        any(c.dep_ == "conj" and _relation(c.lemma_) for c in noun.children)
        or (noun.i >= 2 and doc[noun.i - 1].lower_ in ("and", "&") and _relation(doc[noun.i - 2].lemma_))
    ):
        return None  # “husband and wife Graham and Alison Pettifer”: a pair's roles, not one name's
    # (a rank opening the sentence is read as a name or a verb: “Deputy governor X”, “Acting
    # chief executive X” — it is still part of the role)
    # (the role's own words, not its brief: “The chairman of the committee, X,” is a chairman)
    words = [
        t for t in noun.subtree
        if t.idx < run.start and t.i <= noun.i and t.dep_ != "det" and (
            t.pos_ in ("NOUN", "ADJ") or t.i == noun.i or t.text in _HYPHEN_TOKENS or (t.lower_ in _ROLE_MODIFIERS and t.i < noun.i)
        )
    ]
    # (“two-term Mayor Grant Haskell”, “three-time champion”: a count, not a role)
    counted = {t.i for t in words if t.i >= 2 and doc[t.i - 1].text in _HYPHEN_TOKENS and doc[t.i - 2].like_num}
    words = [t for t in words if t.i not in counted and not (t.text in _HYPHEN_TOKENS and t.i + 1 in counted)]
    while words and words[0].text in _HYPHEN_TOKENS:
        words.pop(0)
    return _as_written(words)


_COURTESY = _HONORIFICS - {"prof", "professor", "sen", "rep", "gov", "cllr", "coun", "judge"} | {
    "lord", "lady", "reverend", "datuk", "datin", "dato", "dato'", "dato’", "seri", "tun", "tan", "sri", "puan", "encik",
    "sheikh", "sheikha", "alhaji", "alhaja", "hajiya", "haji", "hajjah", "mallam", "shri", "smt",
    "comrade", "cde", "madam", "rt", "nana", "gogo", "jjajja", "mama", "mzee", "khun", "hajah", "oba", "igwe", "bu", "ibu", "pak", "bapak", "doña", "dona", "don",
    "maître", "maitre", "señor", "señora", "senhor", "senhora", "signor", "signora", "herr", "frau",
}


# an Irish surname's word after its particle, mutated: “Nic an tSaoi”, “Ó hÉigeartaigh”, “Mac an
# Bhaird” — “an” and the lower-case letter before the capital are part of the name
_IRISH_MUTATED = re.compile(r"(?:t|n|h|bh|mb|gc|nd|ng|bp|dt)[A-ZÁÉÍÓÚ][a-záéíóú]+$")


def _hyphened_mutation(tok: Token) -> bool:
    """The Scottish Gaelic “t-Saoir” of Mac an t-Saoir, which the tokenizer splits in three."""
    doc = tok.doc
    return (
        tok.text in ("t", "h", "n") and not tok.whitespace_ and tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("-", "‑")
        and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].text[:1].isupper()
    )


def _irish_surname_part(tok: Token, previous: Token) -> bool:
    if previous.lower_ in _SURNAME_PARTICLES and tok.lower_ == "an":
        following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return following is not None and (
            following.text[:1].isupper() or _IRISH_MUTATED.match(following.text) is not None or _hyphened_mutation(following)
        )
    if previous.lower_ == "an" and _hyphened_mutation(tok):
        return True
    return (previous.lower_ in _SURNAME_PARTICLES or previous.lower_ == "an") and _IRISH_MUTATED.match(tok.text) is not None


def _surnames_of(full: str, written: str) -> bool:
    """`written` is the surnames that end `full`, its given names dropped (“Gómez de la Vega”
    of María Fernanda Gómez de la Vega, “Pizarro Uribe” of Rodrigo Andrés Pizarro Uribe) — not a
    shorter name that opens on a given name (“Jane Smith” beside Mary Jane Smith)."""
    have, want = full.lower().split(), written.lower().split()
    # (surnames, not the given names of someone else in a family written name-first: “Wei Ming”
    # beside his uncle Zhang Wei Ming — a particle or a second given name says so)
    surnames = any(w in _NAME_PARTICLES for w in want[1:]) or len(have) - len(want) >= 1
    # (a first surname that is also a given name — Cruz, Santos — after two given names: “Cruz
    # Tejerina” of Sonia Ercilia Cruz Tejerina)
    # (nor “Abu Shaqra” of Rula Abu Shaqra: “Abu” opening a surname is no given name there)
    given_too = lexicon_gender(written.split()[0]) is not None and len(have) - len(want) < 2 and want[0] not in ("abu", "abou", "bou")
    return 2 <= len(want) < len(have) and have[-len(want) :] == want and not given_too and surnames


def _particle_surname_of(surname: str, written: str, exact_too: bool = False) -> bool:
    """`written`, a surname that opens with a particle, is the start of `surname` (“De la
    Fuente” of “de la Fuente Varela”, the first of a Spanish pair) — or, with `exact_too`, the
    whole of it in other capitals (“De la Peña” of “de la Peña”)."""
    if not written or written.split()[0].lower() not in _NAME_PARTICLES:
        return False
    have, want = surname.lower(), written.lower()
    return have.startswith(want + " ") or (exact_too and have == want)


def _hyphen_glued(tok: Token) -> bool:
    """The first half of a hyphened surname (“Solomon-Pirini”), never a given name alone."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text in _HYPHEN_TOKENS and not doc[tok.i + 1].whitespace_


def _glued_to_a_name(tok: Token) -> bool:
    """A title word hyphened onto a capitalised word that is no title (“St-Onge”, not
    “Premier-elect” or “Vice-President”): the first half of a surname."""
    if not _hyphen_glued(tok):
        return False
    after = tok.doc[tok.i + 2]
    return after.text[:1].isupper() and _clean(after.text) not in lexicons.titles() | {"elect", "designate"}


def _introduced_otherwise(name: Token) -> bool:
    """A name brought in with a clause of its own to do something other than speak (“Tom Reid,
    who lives next door, heard the crash”): someone new, not the one a lede described and
    quoted (“the pensioner said”) — who would go on telling (“X, who spoke to the Ledger, said”)."""
    return any(c.dep_ == "relcl" for c in name.children) and name.head.lemma_.lower() not in lexicons.reporting_verbs()


# verbs for going from a place to live or be elsewhere: what follows “from” is a place
_EMIGRATING = {"emigrate", "immigrate", "migrate", "hail"}
_MOVING_FROM = _EMIGRATING | {"flee", "relocate", "move", "travel", "drive", "fly", "commute", "escape"}

# what a named animal is (“Biscuit, a Jack Russell cross”, “the panda Lan Xi”)
_ANIMALS = {
    "dog", "puppy", "pup", "cat", "kitten", "terrier", "spaniel", "labrador", "retriever", "collie", "poodle", "beagle",
    "bulldog", "husky", "greyhound", "lurcher", "whippet", "dachshund", "alsatian", "mongrel", "cross", "pet", "horse", "pony",
    "mare", "stallion", "gelding", "filly", "colt", "foal", "donkey", "cow", "bull", "calf", "sheep", "lamb", "goat", "pig",
    "parrot", "budgie", "owl", "eagle", "hawk", "falcon", "hen", "tortoise", "turtle", "snake", "rabbit", "hamster",
    "panda", "tiger", "lion", "lioness", "elephant", "gorilla", "chimpanzee", "orangutan", "giraffe", "whale", "dolphin",
    "seal", "penguin", "otter", "bear", "cub", "wolf", "fox",
}


def _an_animal(head: Token) -> bool:
    """A name in apposition to, or compounded after, a word for an animal."""
    if any(
        c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and c.text in _ANIMALS  # (lower case: not “a two-time Lion”)
        and not any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)  # (not “a bear of a man”)
        for c in head.children
    ):
        return True
    # (“the terrier Biscuit”, “a Jack Russell cross”: a name compounded onto the animal, either way)
    return head.dep_ in ("appos", "compound") and head.head.i != head.i and head.head.text in _ANIMALS


_HARMING = {
    "strike", "hit", "injure", "kill", "attack", "shoot", "stab", "rob", "knock", "hurt", "run", "wound", "assault",
    "crush", "mow", "push", "throw", "beat", "punch", "kick", "bite", "hurl", "drag", "ram",
}


# what a description says of a body's size or standing, never of which body it is
_IDLE_BODY_MODIFIERS = {
    "-", "member", "strong", "judge", "person", "seat", "independent", "full", "entire", "whole", "new", "newly",
    "formed", "statutory", "powerful", "influential", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve",
}


def _idle_body_modifier(word: str) -> bool:
    return word in _IDLE_BODY_MODIFIERS or word.isdigit() or (
        "-" in word and all(p in _IDLE_BODY_MODIFIERS or p.isdigit() for p in word.split("-"))
    )


def _role_word(word: str) -> bool:
    """A title or a noun the lexicon knows for a person (not one guessed from its ending:
    “Observer”, “parent” of a company)."""
    return word in lexicons.titles() or word in _person_nouns()


def _phrase_head(tok: Token) -> Token:
    """The head of the phrase a name stands in, past the compounds and appositions around it
    (“cyclist Tom Reid” → cyclist), where the phrase's own dependency is read."""
    while tok.dep_ in ("appos", "compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _acted_upon(tok: Token) -> bool:
    """The name is the object of a verb of harm (“A car struck cyclist Tom Reid”)."""
    head = _phrase_head(tok)
    return head.dep_ in ("dobj", "dative", "iobj") and head.head.lemma_.lower() in _HARMING


def _office_before(doc: Doc, first: Token, inside: list[int]) -> str | None:
    """“The Vice Chancellor, Prof. Justine Akello-Odongo,”, “turning to the Minister for Health,
    X,”: an office in capitals, set before the name it belongs to."""
    if first.i < 3 or doc[first.i - 1].text != "," or inside[first.i] >= 0:
        return None
    j = first.i - 2
    words: list[Token] = []
    # (with its brief: “The Minister of State for Higher Education, Hon. Dr X,”)
    while j >= 0 and first.i - j < 12 and doc[j].lower_ != "the" and (
        doc[j].text[:1].isupper() and doc[j].is_alpha or doc[j].lower_ in ("of", "for", "and")
    ):
        words.insert(0, doc[j])
        j -= 1
    office = words[: next((n for n, t in enumerate(words) if t.lower_ in ("of", "for")), len(words))]
    if not office or j < 0 or doc[j].lower_ != "the" or _clean(office[-1].text) not in lexicons.titles() or not all(
        _clean(t.text) in lexicons.titles() or t.lower_ in _ROLE_MODIFIERS for t in office
    ):
        return None
    if not _opens_sentence(doc[j]):
        # (inside a sentence, only an office the name stands beside between commas: not
        # “Addressing the Speaker, Hon. X said”, where the name opens the sentence proper)
        k = first.i
        while k + 1 < len(doc) and (doc[k + 1].text[:1].isupper() or doc[k + 1].text in _HYPHEN_TOKENS or doc[k + 1].text == "."):
            k += 1
        if k + 1 >= len(doc) or doc[k + 1].text != ",":
            return None
    return " ".join(t.text for t in words)


def _only_honorifics(words: str) -> bool:
    """“Prof.”, “Dr”: styles of learning, no office (“The Vice Chancellor, Prof. X,” holds one)."""
    return all(w.strip(".").lower() in _HONORIFICS | {"hon", "eng", "engr"} for w in words.split())


def _holds_office(ent: Entity, mention: EntityMention) -> bool:
    """Named with a title that says what the person does (“Judge X”, “Inspector X”), not a
    style of courtesy (“Datuk Seri X”, “Mr X”): an office holder is not the lede's unnamed one."""
    first = mention.text.split()[0].strip(".").lower()
    return bool(ent.title and not _only_courtesy(ent.title)) or (first in lexicons.titles() and first not in _COURTESY)


def _only_courtesy(words: str) -> bool:
    """“Datuk Dr”: titles of courtesy that say nothing of what the person does."""
    return all(w.strip(".").lower() in _COURTESY for w in words.split())


def _possessed_role_before(doc: Doc, first: Token, run: NameRun, inside: list[int]) -> str | None:
    """“The ministry's secretary-general, Datuk Dr Siti Kamaruddin,”: a role owned by someone,
    read from the words, since the parse of a hyphened role before a name is often astray."""
    if first.i < 3 or doc[first.i - 1].text != "," or inside[first.i] >= 0:
        return None
    after = doc[run.head + 1] if run.head + 1 < len(doc) else None
    if after is None or (after.text != "," and after.pos_ not in ("VERB", "AUX")):
        return None
    j = first.i - 2
    while j > 0 and first.i - 2 - j < 4 and (doc[j].is_lower and doc[j].is_alpha or doc[j].text in _HYPHEN_TOKENS):
        j -= 1
    words = doc[j + 1 : first.i - 1]
    if not len(words) or words[0].text in _HYPHEN_TOKENS or words[-1].text in _HYPHEN_TOKENS or inside[j] >= 0:
        return None
    if not (doc[j].tag_ == "POS" or doc[j].tag_ == "PRP$"):
        return None
    # a role (not “Since her husband's death last spring, Mary Doyle …”), owned by the phrase
    # that opens the clause (not one inside an opening prepositional phrase)
    last = words[-1]
    if not (People.describes_a_person(last.lemma_.lower()) or last.lower_ in lexicons.titles()):
        return None
    opening = doc[j - 1].left_edge.i if doc[j].tag_ == "POS" else j
    if opening > 0 and not (doc[opening - 1].is_punct or doc[opening - 1].is_space or doc[opening - 1].is_sent_end):
        return None
    return _as_written(list(words))


def _role_of_body_before(doc: Doc, first: Token, run: NameRun, inside: list[int]) -> tuple[str | None, str | None]:
    """Role and organisation from “The governor of HMP Carrow, Martin Okonjo,” (`first` is the
    name's first token): the parser hangs the name on the organisation, the nearest noun, so the
    role is read from the words."""
    if first.i < 4 or doc[first.i - 1].text != "," or inside[first.i] >= 0:
        return None, None
    after = doc[run.head + 1] if run.head + 1 < len(doc) else None
    if after is not None and after.text != "," and after.pos_ not in ("VERB", "AUX"):
        return None, None
    j = first.i - 2
    # back over the organisation's name (or a body the article does not name: “the finance
    # committee”)
    while j > first.i - 9 and j > 0 and (
        doc[j].text[:1].isupper() or doc[j].lower_ in ("the", "and", "&") or (doc[j].pos_ in ("NOUN", "ADJ") and doc[j].is_lower)
    ):
        j -= 1
    prep = doc[j]
    if prep.lower_ not in ("of", "at", "for") or j == first.i - 2 or j < 1:
        return None, None
    body = [t for t in doc[j + 1 : first.i - 1] if t.lower_ != "the"]
    role = doc[j - 1]
    named_body = any(t.pos_ == "PROPN" or t.ent_type_ == "ORG" for t in body)
    # (a role in capitals is an office: “The Speaker of the Assembly, Rt. Hon. X,”)
    office = role.text[:1].isupper() and role.lower_ in lexicons.titles() and not any(c.dep_ == "compound" for c in role.children)
    if (
        role.pos_ not in ("NOUN", "PROPN") or role.tag_ in ("NNS", "NNPS") or not (role.is_lower or office) or inside[role.i] >= 0
        or not (named_body or body[-1:] and body[-1].lemma_.lower() in lexicons.organisation_words())
        # (“In a letter to the chairman of Acme, Jane Baker …”: a role someone else holds)
        or role.dep_ in ("pobj", "dobj", "dative", "attr")
    ):
        return None, None
    words = [t for t in doc[role.left_edge.i : role.i + 1] if (t.pos_ in ("NOUN", "ADJ") and t.is_lower) or t.i == role.i]
    return _as_written(words), (_as_written(body) if named_body else None)


def appositive_is_subject(noun: Token) -> bool:
    """“Under questioning from the solicitor, X, the doctor accepted …”: no comma closes the
    “appositive” — the noun phrase is the subject of the verb that follows, not a role of the name."""
    doc = noun.doc
    after = doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(doc) else None
    return (
        noun.dep_ == "appos" and after is not None and after.pos_ in ("VERB", "AUX") and after.tag_ != "VBG"
        and not any(c.dep_ == "relcl" for c in noun.children)
    )


def subject_read_as_appositive(noun: Token) -> bool:
    """“At a clinic in Soweto, a nurse who … said …”: the parse hangs the subject on the place
    that ends the opening phrase; the verb it belongs to is left with no subject of its own."""
    if noun.dep_ != "appos" or not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children):
        return False
    up = noun.head
    while up.dep_ in ("pobj", "prep") and up.head.i != up.i:
        up = up.head
    top = next((t for t in noun.ancestors if t.head.i == up.i), None)
    return (
        up.pos_ == "VERB" and up.i > noun.i and top is not None and top.dep_ == "prep" and _opens_sentence(top.left_edge)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in up.children)
    )


def _appositive(doc: Doc, head: Token, inside: list[int]) -> tuple[str | None, str | None]:
    """Title and affiliation from an appositive: “Luke Coffey, a senior fellow at the Hudson Institute”."""
    appos = [
        c for c in head.children
        if c.dep_ == "appos" and inside[c.i] < 0 and c.left_edge.i > head.i and (
            # right after the name, the rest of a long name allowed in between (“The Alliance of
            # Technology Workers, a labor group”)
            c.left_edge.i <= head.i + 3
            # (or an age in between: “Chief Willie Tavoa, 78, the senior elder of Navoka”)
            or all(
                t.is_punct or t.like_num or t.pos_ in ("PROPN", "ADP", "DET", "CCONJ", "PART")
                for t in doc[head.i + 1 : c.left_edge.i]
            )
        )
    ]
    appos = [c for c in appos if not c.like_num] or appos
    if not appos:
        return None, None
    a = appos[0]
    if a.pos_ not in ("NOUN",) or subject_read_as_appositive(a):
        return None, None
    if appositive_is_subject(a):
        return None, None
    left = [c for c in a.lefts if c.dep_ in ("amod", "compound") and c.pos_ in ("NOUN", "ADJ", "PROPN")]
    title_tokens = [t for c in left for t in c.subtree] + [a]
    org: str | None = None
    for prep in a.children:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            span = [t for t in pobj.subtree if t.dep_ not in ("det",) and inside[t.i] < 0]
            if pobj.pos_ == "PROPN" or pobj.ent_type_ == "ORG" or any(t.pos_ == "PROPN" for t in span):
                org_tokens = [t for t in span if t.i <= pobj.i or t.pos_ == "PROPN" or t.dep_ in ("prep", "pobj")]
                text = _as_written([t for t in doc[org_tokens[0].i : org_tokens[-1].i + 1]]) if org_tokens else None
                if text and text.lower().startswith("the "):
                    text = text[4:]
                org = org or text
            elif prep.lower_ == "of" and not org:
                title_tokens += [prep] + [t for t in pobj.subtree if t.dep_ != "det" and t.i < a.i + 6]
    title_tokens.sort(key=lambda t: t.i)
    return _as_written(title_tokens), org


def _as_written(tokens: list[Token]) -> str | None:
    """Tokens joined as the text has them (“First-time director”), gaps closed with a space."""
    if not tokens:
        return None
    out = surface(tokens[0])
    for prev, tok in zip(tokens, tokens[1:]):
        joined = tok.i == prev.i + 1 and not prev.whitespace_
        out += ("" if joined else " ") + surface(tok)
    return out


def surface(tok: Token) -> str:
    """The token as the article wrote it: the parse may have seen O'Neill for O’Neill
    (see `attribution.extract.parse_text`); names must come out as written."""
    original = tok.doc.user_data.get(ORIGINAL_TEXT)
    return original[tok.idx : tok.idx + len(tok)] if original is not None else tok.text

