"""Ordered attribution rules: who said each quotation, by which cue, with what confidence.

Rules, tried in order for each quote; the first that finds a speaker mention decides and names
itself in `method` (confidences in `BASE_CONFIDENCE`):

1. `cue-after`   — a reporting verb right after the quote, in the same sentence, with its subject
                   outside the quote (“…,” Coffey explained / “…,” said John Hardie); `verb-after`
                   for any verb after a quote ending in a comma, ? or !;
2. `cue-before`  — a reporting verb before the quote that ends with a comma or colon (Smith said,
                   “…” / She asked: “…”), `split-quote` when that frame sits between two quotes;
                   a colon sentence with its subject, or a colon ending the previous paragraph, is
                   `colon-intro` (“Rocha’s first words were: …” gives the words' owner);
3. `embedded-cue`— the quote sits inside a reported clause (He called the plan “reckless”, she said
                   they had “switched off”): the nearest reporting-verb ancestor and its subject;
4. `according-to`, `sentence-cue`, `dash-byline` — non-verbal cues and a cue elsewhere in the
                   sentence; `cue-after-stop` for a verb of uttering after a full-stop-closed quote
                   (“… Finally.” Dana Okwuosa wrote on X.); `cue-next-paragraph` for a quote-only
                   paragraph whose next paragraph points back and names its speaker (“That was how
                   Irene Castellano described …”); `introduced-after` for a paragraph that
                   opens with a whole quote and then introduces someone by name for the first
                   time (“‘…’ Passenger Rawiri Tane was in the lounge …”);
5. no cue: `continuation` (the previous quote in the paragraph, past a short slogan),
                   `sentence-subject` (the sentence or paragraph just before is about one person:
                   “Pruitt was unmoved. “…””), `multi-paragraph`, `dialogue-turn`,
                   `interview-question` (an uncued question answered in the next paragraph: the
                   unnamed interviewer), `addressed` (the uncued answer to a question that named
                   whom it asked: “…, Mr Lockhart?” she asked. ¶ “…” → Lockhart), `previous-paragraph` (a quote-only paragraph after one by
                   the same speaker, nobody else speaking in between) and `previous-speaker` (the
                   previous paragraph reported someone's words without quoting them).
6. `repeated-words` — a headline quote nobody was found saying, whose words the body quotes
                   again with a speaker; `same-sentence` (decided after classification) — a
                   fragment no cue reaches, later in the sentence of a cued fragment (“said he was
                   ‘honoured’ to serve at a time of ‘real uncertainty’”), is that speaker's.

A subject resolves through `People`: a name to its canonical entity, a pronoun to the person the
last sentences were about that fits, a description ("the judge", "the Swede", "the company") to
the entity it describes or, for a role no title gave anyone, to the person in view.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from attribution import lexicons
from attribution.nlp import DOTTED_TITLES
from attribution.people import (
    ASKING, FEMALE_PRONOUNS, MALE_PRONOUNS, PLURAL_PRONOUNS, REPLY_VERBS, SPOKESPEOPLE, Entity, People, appositive_is_subject,
    in_dateline, leads_a_party, lexicon_gender, public_office,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

    from attribution.marks import QuoteSpan

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_SENTENCE_END = ".!?"
_HYPHENS = ("-", "‑")
_NESTED = re.compile(r"“[^”]*”|‘[^’]*’(?!\w)|\"[^\"]*\"")
# a name addressed in a question, at its end or its start: “…, Mr Lockhart?”, “Ms Roe, did you …?”
_VOCATIVE_END = re.compile(r",\s+((?:[A-Z][a-z]{0,9}\.?\s+)?[A-Z][\w’'\-]+)\s*\?\W*$")
_VOCATIVE_START = re.compile(r"((?:[A-Z][a-z]{0,9}\.?\s+)?[A-Z][\w’'\-]+),\s")
_CLOSING_MARKS = " \t’'”\""
_CLOSING_TRAIL = _CLOSING_MARKS + ".,"
# a noun with its determiner right before the name: an apposition, not someone addressed
_DESCRIBED_BEFORE_NAME = re.compile(r"\b(?:the|a|an|my|our|your|his|her|their)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+,\s*$", re.IGNORECASE)
_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | {"i", "you", "it"}
# nouns for people or bodies that speak on someone's behalf, and documents that speak for their author
_ACCOUNTS = {"account", "feed", "handle"}  # (social-media accounts: their owner's words)
_SPEAKS_FOR = SPOKESPEOPLE | {"office", "campaign", "team", "staff", "press", "representative"} | _ACCOUNTS
# those who govern an organisation and speak as it (“the board of Pemberton Hale”)
_GOVERNING_GROUPS = {"board", "management", "directors", "leadership", "trustees", "governors"}
# verbs by which someone puts a document out (“His family released a statement”)
_ISSUING = {
    "release", "issue", "publish", "send", "post", "put", "circulate", "distribute", "file", "submit", "write", "pen", "sign",
    "deliver", "read", "make", "share", "tweet", "email", "lodge", "prepare", "compile", "produce", "draft", "author",
}
_DOCUMENT_NOUNS = {
    "report", "statement", "study", "letter", "review", "survey", "analysis", "filing", "release", "memo",
    "post", "blog", "website", "newsletter", "submission",
    # … and the papers of courts, tribunals, regulators and litigants (“the determination said”,
    # “Its petition describes the decision as …”)
    "determination", "ruling", "judgment", "judgement", "findings", "petition", "complaint", "lawsuit",
    "affidavit", "indictment", "communique", "communiqué", "circular", "directive", "audit", "inquiry",
    "investigation", "dossier", "document", "paper", "motion",
    # … and messages (“the email said”, “the notice read”)
    "email", "e-mail", "message", "notice", "tweet",
    # … and writings (“His chapter concludes that …”, “her column argued”)
    "chapter", "article", "column", "essay", "editorial", "op-ed", "thesis", "speech",
}
# verbs of praise, which report the words they take as their object (“praised its ‘patient
# intelligence’”) but not words someone else said (“praised Dr Ahmed for warning that “…””)
_PRAISING = {"praise", "laud", "applaud", "commend"}


def _praise_of_another(verb: Token, quoted: list[Token]) -> bool:
    """`verb` praises, and the quoted words hang on something other than its object phrase."""
    if verb.lemma_.lower() not in _PRAISING:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for obj in objects:
        if obj.pos_ == "PROPN" or any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in obj.children):
            return True  # (“praised Dr Ahmed”, “applauded Isak's pledge”: someone else's words)
        if any(t.i in {c.i for c in obj.subtree} and t.head.pos_ not in ("VERB", "AUX") for t in quoted):
            return False  # (the quote is the thing praised, or part of it)
    return True


# words that put an office in the past (“the former army colonel”): a detail of someone's life
_FORMER = {"former", "retired", "onetime", "one-time", "ex"}
# what the one putting questions does to the one answering (“the judge asked Nnaji to look …”)
_QUESTIONING = {"ask", "question", "press", "quiz", "grill", "cross-examine", "interrogate"}
# verbs whose subject puts out the document they come “with” (“followed up with an email”)
_ANSWERING_WITH = {"follow", "respond", "reply", "react", "answer", "counter", "hit", "weigh", "come"}
# what a document does when it gives its own words (“The report ends with …:”, “The memo continued:”)
_DOCUMENT_GIVING = {"end", "conclude", "close", "open", "begin", "start", "continue", "state", "say", "read", "add", "warn", "note", "put", "sum", "finish"}
# what someone reads out, issues or gives: the words that follow in quotes are theirs
_DELIVERED = {"statement", "message", "note", "letter", "tribute", "account", "speech", "address", "eulogy", "warning", "apology"}
# things written that carry someone's words, whose text a quote gives (“The note read: …”)
_WRITTEN = {
    "message", "text", "email", "e-mail", "note", "letter", "post", "tweet", "card", "notice", "memo",
    "statement", "caption", "entry", "leaflet", "flyer", "telegram", "voicemail", "postcard", "reply",
    "update", "bulletin", "announcement",
}
# verbs of writing or sending a written thing: their subject or agent is its author
_AUTHORING = {
    "write", "send", "leave", "post", "sign", "pen", "issue", "publish", "text", "email", "tweet", "draft",
    "scrawl", "type", "compose", "pin", "tape",
}
# what a written thing does when a colon gives its words: “It read: …”, “The note said: …”
_READING = {"read", "say", "state", "go", "run", "begin", "continue", "end", "add", "warn", "declare"}
# reporting verbs that also take things for subjects (“the figures reflected ‘…’”)
_EVIDENCE_VERBS = {
    "reflect", "show", "suggest", "indicate", "mean", "prove", "demonstrate", "signal", "reveal", "confirm",
    "point", "hint", "highlight", "underline", "underscore", "illustrate",
}
# “Rocha’s first words were: …”, “her reply was: …”: the owner of the words speaks them
_WORDS_NOUNS = {
    "word", "words", "reply", "response", "answer", "message", "verdict", "advice", "comment", "remark",
    "prediction", "warning", "retort", "quip", "admission", "plea", "assessment",
}
_ANSWERS = {"reply", "response", "answer", "retort"}
# what someone puts forward in a “that” clause: the quote inside it is theirs
_CLAIM_NOUNS = {
    "warning", "claim", "accusation", "allegation", "complaint", "criticism", "promise", "pledge", "vow", "assurance",
    "insistence", "suggestion", "prediction", "argument", "admission", "threat", "boast", "assertion", "contention",
}
# what carries someone's words, set beside them (“a line from X, ‘…’”)
_QUOTED_NOUNS = {"line", "passage", "quote", "quotation", "blurb", "tribute"}
# verbs whose passive agent gave the words (“The words were shouted by X”)
_GIVING_WORDS = {
    "say", "shout", "speak", "utter", "write", "read", "deliver", "post", "tweet", "yell", "scream",
    "chant", "whisper", "pen", "issue", "voice", "sing", "cry", "call", "type", "scrawl", "send",
}
_BACK_VERBS = {"shoot", "fire", "hit", "snap", "bite", "talk", "push"}
# verbs of taking words in or taking them on: “That was what Reid wanted to hear” names the listener
_RECEIVING = {
    "hear", "want", "expect", "need", "see", "read", "watch", "get", "receive", "like", "wait", "fear",
    "learn", "find", "hope", "dispute", "deny", "reject", "doubt", "question", "dread", "refuse", "face",
}
# … and what words given as a pledge or a rebuke are called (“That assurance came from X”)
_MORE_SAYINGS = {
    "assurance", "pledge", "appeal", "rebuke", "reminder", "apology", "tribute", "suggestion", "insistence", "confession",
}  # (not “challenge”, “call”, “threat”: as often events as words)
# verbs that make words a subject's own in “It is a line X repeats” (besides reporting verbs)
_USING_WORDS = {"repeat", "use", "coin", "deliver", "utter", "quote", "trot", "have", "favour", "favor", "love"}
# verbs by which a sentence's subject gave words its object names (“X delivered the line”);
# answering, denying or sharing them (“dismissed the charge”, “echoed the sentiment”) is not giving
_DELIVERING = (_USING_WORDS - {"have", "love", "favour", "favor", "use", "quote", "trot"}) | _GIVING_WORDS | {
    "make", "offer", "level", "add", "reiterate", "restate", "reaffirm", "renew", "stand",
}
# what something is put to that is no one to answer: “put it to a vote that …”
_NOT_ADDRESSEES = {"vote", "ballot", "referendum", "test", "use", "rest", "bed", "sleep", "shame", "death", "work", "music"}
# words that make “the view of X” someone else's view of the quote: also, not, too, shared
_NOT_THEIRS = {"also", "not", "n't", "too", "hardly", "never", "shared", "echoed"}
# what a quote is called when the next sentence points back at it (“It is a line Bruce repeats.”)
_SAYINGS = _WORDS_NOUNS | {
    "line", "phrase", "refrain", "mantra", "motto", "saying", "joke", "question", "complaint", "view", "take",
    "claim", "argument", "description", "summary", "account", "explanation", "promise", "boast", "lament",
    "charge", "accusation", "criticism", "conclusion", "judgement", "judgment", "reaction", "observation", "diagnosis",
    "forecast", "experience", "feeling", "sentiment", "fear", "worry",
}
# nouns that say how someone stands to another person: never the person in view themself
_OTHERS = {
    "friend", "neighbour", "neighbor", "colleague", "relative", "mate", "teammate", "team-mate",
    "partner", "boss", "classmate", "flatmate", "housemate", "schoolfriend", "pal", "acquaintance",
}
_PARENT_OF = re.compile(r"\b([A-Za-z]+)-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b", re.IGNORECASE)
_AGE = re.compile(r"\b(\d{1,3})[-‑]year[-‑]old\b")
# words written with a full stop that does not end the sentence (Dr. Smith, St. Louis, No. 10)
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "capt", "lt", "sgt", "st",
    "rev", "fr", "hon", "cllr", "cr", "maj", "jr", "sr", "no", "vs", "inc", "co", "ltd", "corp",
    "dept", "det", "insp", "supt", "mt", "ft", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "u.s",
} | {w.lower() for w in DOTTED_TITLES}
# verbs that report only with their particle: “shot back”, “chimed in”, “weighed in”
_PHRASAL_CUES = {"shoot": "back", "fire": "back", "hit": "back", "chime": "in", "weigh": "in", "pipe": "up", "cut": "in"}
# verbs that report only with a clause: “accepted that …” (not “accepted the offer”)
_CLAUSE_ONLY_CUES = {"accept", "find", "recommend"}
_IRREGULAR_CUES = {"said", "says", "told", "tells", "wrote", "writes", "added", "asked", "spoke", "swore"}

BASE_CONFIDENCE = {
    "cue-after": 0.95,
    "verb-after": 0.8,
    "cue-before": 0.92,
    "split-quote": 0.93,
    "colon-intro": 0.85,
    "embedded-cue": 0.85,
    "sentence-cue": 0.75,
    "according-to": 0.88,
    "dash-byline": 0.8,
    "continuation": 0.8,
    "multi-paragraph": 0.88,
    "previous-paragraph": 0.75,
    "previous-speaker": 0.6,
    "dialogue-turn": 0.6,
    "sentence-subject": 0.6,
    "cue-after-stop": 0.8,
    "cue-next-paragraph": 0.75,
    "interview-question": 0.5,
    "introduced-after": 0.6,
    "addressed": 0.65,
    "repeated-words": 0.6,
    "same-sentence": 0.7,
}
# verbs that can only mean “said this” when they follow a quote with nothing of their own
_UTTERING = {"say", "write", "post", "tweet", "add", "reply", "answer", "comment", "announce"}


@dataclass(frozen=True)
class Attribution:
    """The outcome for one quote: the mention that names the speaker and how it was found."""

    method: str
    confidence: float
    cue: str | None = None
    mention: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    speaker: str | None = None
    speaker_entity: int | None = None
    evidence: str | None = None
    cue_found: bool = False  # a verbal/non-verbal cue (not inherited), used by classification


_SAID_OF_SOMEONE = {"quote", "cite", "ask", "name", "describe", "call", "question", "tell", "urge", "accuse", "criticise", "criticize"}
NONE = Attribution(method="none", confidence=0.0)
# an uncued question alone in its paragraph and answered in the next: the (unnamed) interviewer's
_QUESTION = Attribution(
    method="interview-question", confidence=0.5, evidence="interview-question: uncued, answered in the next paragraph"
)


# what opens a clause set before the main one (“After X called it “…,” Y left”)
_FRONTING_CONJUNCTIONS = {
    "after", "when", "whenever", "as", "before", "while", "because", "since", "although", "though", "once", "until",
    "if", "unless", "whereas",
}


def _document_reads(verb: Token) -> bool:
    """“…,” the statement read: after its words, a written thing that reads gives them (not
    “she read a book”; before a colon, “Its letter reads:” is its author's, found elsewhere)."""
    if verb.lower_ not in ("read", "reads") or any(t.text == ":" for t in verb.doc[verb.i + 1 : verb.i + 5]):
        return False
    # (the tagger sometimes reads “the post read.” as one noun: “post” compounded onto “read”)
    deps = ("nsubj",) if verb.pos_ == "VERB" else ("compound",) if verb.dep_ == "ROOT" else ()
    return any(c.dep_ in deps and c.lemma_.lower() in _DOCUMENT_NOUNS | _WRITTEN for c in verb.children)


def _second_of_between(noun: Token) -> bool:
    """The noun after “and” in a “between X and Y” left open before it."""
    left = noun.doc[max(noun.left_edge.i - 1, 0)]
    if left.lower_ != "and":
        return False
    return any(t.lower_ == "between" for t in noun.doc[max(left.i - 8, 0) : left.i])


def _put_to_someone_that(put: Token) -> bool:
    """“put it to him that …”, “put it to the witness that …”: a question put to a person (not
    “put it to a vote that …”, a motion)."""
    to = next((c for c in put.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    whom = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if whom is None or whom.i + 1 >= len(put.doc) or put.doc[whom.i + 1].lower_ != "that":
        return False
    return whom.pos_ in ("PRON", "PROPN") or whom.lemma_.lower() not in _NOT_ADDRESSEES


def is_cue(tok: Token) -> bool:
    """A reporting verb (said, warned, tweeted …) used as a verb, or a phrasal one (shot back)."""
    if tok.lower_ in _IRREGULAR_CUES:
        return True
    if tok.lemma_.lower() == "quote" and tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children):
        return True  # “the release quoted Dr Obi: …” (the one quoted speaks: `_quoted_one`)
    if (
        tok.pos_ == "VERB" and tok.lemma_.lower() in _PHRASAL_CUES and tok.i + 1 < len(tok.doc)
        and tok.nbor(1).lower_ == _PHRASAL_CUES[tok.lemma_.lower()]
    ):
        return True  # (the particle right after the verb, whatever the parse made of it)
    if tok.lemma_ == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children) and any(
        c.dep_ in ("mark", "advmod") and c.lower_ == "as" for c in tok.children
    ):
        return True  # “as she put it, she “never stops buzzing around””
    if tok.lemma_ == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children) and _put_to_someone_that(tok):
        return True  # “Counsel put it to him that the memo had placed “undue pressure” on crews”
    if _document_reads(tok):
        return True
    if _after_an_age(tok):
        low = tok.lower_
        return any(stem in lexicons.reporting_verbs() for stem in (low[:-2], low[:-1], low[:-3]))
    if tok.lemma_.lower() in _CLAUSE_ONLY_CUES and not any(c.dep_ == "ccomp" for c in tok.children):
        return False  # “accepted that records had been ‘patchy’”, not “would accept ‘nothing less’”
    if tok.lemma_.lower() == "appeal" and any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children):
        return False  # “has appealed against a ban imposed by a tribunal that called …”: a legal appeal
    if tok.lemma_.lower() in ("continue", "begin", "start") and any(
        c.dep_ == "xcomp" or (c.dep_ == "dobj" and c.tag_ == "VBG") for c in tok.children
    ):
        return False  # “would continue to operate its schedule”: going on doing, not saying
    return tok.lemma_.lower() in lexicons.reporting_verbs() and (
        tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or misread_verb(tok)
    )


def _after_an_age(tok: Token) -> bool:
    """“The 71-year-old recalled catching …”: a past tense right after an age, which the small
    model read as one more adjective of “the 71-year-old …”, or as a verb with no subject."""
    return (
        tok.tag_ in ("JJ", "VBN", "VBD") and tok.text.islower() and tok.text.endswith("ed") and tok.i >= 3
        and tok.nbor(-1).lower_ == "old" and tok.nbor(-2).text in _HYPHENS and tok.nbor(-3).lower_ == "year"
        and not any(c.dep_ in _SUBJECT_DEPS for c in tok.children)
    )


def misread_verb(tok: Token) -> bool:
    """“Teresa protests.”, “Kessler laughs when she hears this.”: a present-tense verb right after
    a name, which the small model tagged as a plural noun with the name as its compound; or a
    past tense after an age (“The 71-year-old recalled”)."""
    if _after_an_age(tok):
        return True
    if tok.tag_ != "NNS" or not tok.text.islower() or not tok.text.endswith("s") or tok.i == 0:
        return False
    name = tok.nbor(-1)
    return (
        name.pos_ == "PROPN" and name.dep_ == "compound" and name.head.i == tok.i
        and not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in tok.children)
    )


class Attributor:
    """Applies the rules to every quote of one parsed article."""

    def __init__(self, doc: Doc, spans: list[QuoteSpan], people: People, inside: list[int], paragraph_of: list[int]) -> None:
        self.doc = doc
        self.text = people.text  # Doc.text is rebuilt on every access: read it once
        self.spans = spans
        self.people = people
        self.inside = inside
        self.paragraph_of = paragraph_of
        self.tokens = people.tokens
        self._token_starts = [t.idx for t in self.tokens]
        self._current = 0  # the quote being attributed
        self._done: list[Attribution] = []  # the quotes attributed so far
        self._documents: dict[str, Entity] = {}  # “the report” → whose report it turned out to be

    # --------------------------------------------------------------- frames
    def _tokens_between(self, start: int, end: int) -> list[Token]:
        if end <= start:
            return []
        first = self._token_at(start)
        last = bisect_left(self._token_starts, end)
        return [t for t in self.tokens[first:last] if t.idx >= start and self.inside[t.i] < 0 and not t.is_space]

    def _token_at(self, char: int) -> int:
        """Index of the token that covers (or last starts before) character `char`."""
        return max(0, bisect_right(self._token_starts, char) - 1)

    def _room_after(self, k: int) -> int:
        """Where the writer's text after quote k stops: the next quote or the paragraph end."""
        span = self.spans[k]
        end = self._paragraph_end(span)
        if k + 1 < len(self.spans) and self.spans[k + 1].paragraph == span.paragraph:
            end = min(end, self.spans[k + 1].mark_start)
        return end

    def after_frame(self, k: int) -> tuple[int, int]:
        """Characters after quote k up to the sentence end, the next quote or the paragraph end."""
        span = self.spans[k]
        end = self._room_after(k)
        pos = span.mark_end
        if (
            self.text[span.start : span.end].rstrip().endswith(".")
            and span.closed
            and not self.text[pos:end].lstrip().startswith(("—", "–", "-"))
        ):
            return pos, pos  # “… seriously.” The company declined: the full stop ended the sentence
        for i in range(pos, end):
            if self.text[i] == ";":
                return pos, i  # “Ellie calls it “a drop”; her mother calls it …”: another clause's cue
            if self.text[i] in _SENTENCE_END and (i + 1 >= end or self.text[i + 1].isspace()):
                if not _abbreviation(self.text, i):
                    return pos, i + 1
        return pos, end

    def _fragment_of_another_clause(self, span: QuoteSpan, before_text: str, cue: Token) -> bool:
        """A fragment set inside the writer's sentence (“Raghavan suggested that the counters had
        been “within their service life”, a point Mr Lim did not dispute”; “She put it to him that
        he had “never once” described the risk”): a verb after it that is denied, or that sits
        inside what an earlier reporting verb reports, does not say who spoke the words."""
        if not before_text or before_text.endswith((",", ":", ";", "—", "–", ".", "?", "!")):
            return False  # (the quote opens its sentence or is introduced: “…,” she said)
        if _negated(cue):
            return True
        if any(c.dep_ == "ccomp" and c.i > cue.i and self.inside[c.i] < 0 for c in cue.children):
            # “Saffronair calls the reshuffle “arbitrary”, BlueLotus says it followed the rules”:
            # a verb after the fragment that reports words of its own, when a reporting verb in
            # the fragment's own clause stands before it
            opening = self.people.sentence_tokens(self._token_at(span.mark_start))[0].i
            if any(is_cue(t) and self.inside[t.i] < 0 for t in self.tokens[opening : self._token_at(span.mark_start)]):
                return True
        head = cue
        for _ in range(6):
            if head.head.i == head.i:
                return False
            head = head.head
            if head.idx < span.mark_start and is_cue(head) and self.inside[head.i] < 0:
                return True
        return False

    def before_frame(self, k: int) -> tuple[int, int]:
        span = self.spans[k]
        start = self._paragraph_start(span)
        if k > 0 and self.spans[k - 1].paragraph == span.paragraph:
            start = max(start, self.spans[k - 1].mark_end)
        for i in range(span.mark_start - 1, start - 1, -1):
            if self.text[i] in _SENTENCE_END and i + 1 < len(self.text) and self.text[i + 1].isspace():
                if not _abbreviation(self.text, i):
                    return i + 1, span.mark_start
        return start, span.mark_start

    def names_a_noun(self, k: int) -> bool:
        """“a memoir, “…”” / “the anthem “…””: the quote stands right after a noun it names."""
        i = self._token_at(self.spans[k].mark_start) - 1
        while i >= 0 and self.tokens[i].is_punct and self.tokens[i].text in ",":
            i -= 1
        if i < 0 or self.tokens[i].pos_ != "NOUN" or self.inside[i] >= 0:
            return False
        # (not a person addressed — “glared at the referee, “Disgraceful,”” — nor an answer given)
        lemma = self.tokens[i].lemma_.lower()
        return not (People.is_person_word(lemma) or lemma in lexicons.titles() or lemma in _WORDS_NOUNS)

    def a_noun_modifier(self, k: int) -> bool:
        """“a textbook “supply chain” compromise”, “a ‘community benefit’ payment”: a quoted noun
        set before another noun, as its modifier, is a term, not words someone said."""
        span = self.spans[k]
        last = self._token_at(max(span.end - 1, span.start))
        j = self._token_at(span.mark_end)
        while j < len(self.tokens) and self.tokens[j].idx < span.mark_end:
            j += 1
        if last >= len(self.tokens) or j >= len(self.tokens):
            return False
        inner, after = self.tokens[last], self.tokens[j]
        return (
            inner.pos_ in ("NOUN", "PROPN") and after.pos_ == "NOUN" and after.text.islower()
            # (its head the noun after it, or the noun that one is compounded onto: “the “Kusina
            # ng Bayan” community kitchen”)
            and (inner.head.i == after.i or (after.dep_ == "compound" and inner.head.i == after.head.i))
            and self.inside[after.i] < 0 and after.idx == span.mark_end + 1
        )

    def titled_subject(self, k: int) -> bool:
        """The word right after the quote is a lower-case verb that is no reporting cue (“… “The
        Salt Orchard” takes top prize”): the quote is the subject of the writer's sentence."""
        span = self.spans[k]
        after = self._tokens_between(span.mark_end, self._room_after(k))
        first = after[0] if after else None
        return first is not None and first.text.islower() and first.pos_ in ("VERB", "AUX") and not is_cue(first)

    def reads_as_said(self, k: int) -> bool:
        """The quote has what a spoken sentence has and a sign or a title lacks: a finite verb
        or modal, a personal pronoun, or an opening “and”, “but”, “not”, “yes” or “no”."""
        span = self.spans[k]
        toks = self.tokens[self._token_at(span.start) : bisect_left(self._token_starts, span.end)]
        if toks and toks[0].lower_ in ("and", "but", "so", "or", "not", "yes", "no", "maybe", "perhaps"):
            return True
        # (or it is two sentences or more: “2050. Maybe 2051.” — a sign or a title is one)
        sentence_ends = sum(1 for t in toks if t.text in (".", "!", "?") and t.i + 1 < len(self.tokens))
        return sentence_ends >= 2 or any(t.tag_ in ("VB", "VBP", "VBZ", "MD", "PRP") for t in toks)

    def a_noun_phrase(self, k: int) -> bool:
        """The quote is a noun phrase of its own, its last word a noun (or used as one) that
        modifies nothing outside it (“limit the “blast radius””, not “the “cowardly” attack”)."""
        span = self.spans[k]
        last = self._token_at(max(span.end - 1, span.start))
        while last > 0 and self.tokens[last].is_punct and self.tokens[last].idx >= span.start:
            last -= 1
        if last >= len(self.tokens) or self.tokens[last].idx < span.start:
            return False
        inner = self.tokens[last]
        if inner.dep_ in ("amod", "compound", "nmod", "advmod", "acomp", "npadvmod"):
            return False  # (a modifier of something outside: “the “cowardly” attack”)
        return inner.pos_ in ("NOUN", "PROPN") or inner.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos")

    def named_by_a_group(self, k: int) -> bool:
        """“the lane, which locals call “the racetrack””, “what economists call “rockets and
        feathers””: words a whole community uses for a thing are its name, a term, not someone's
        speech — unlike “Tuttle called the budget “a patch”” or “what critics call “a sham””,
        where a person, or a side in an argument, gives an opinion."""
        i = self._token_at(self.spans[k].mark_start) - 1
        for tok in reversed(self.tokens[max(0, i - 5) : i + 1]):
            if self.inside[tok.i] >= 0 or tok.text in ",;:—–" or tok.is_sent_start:
                return False
            if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ not in _NAMING_VERBS:
                continue
            if tok.lemma_ in ("describe", "know", "refer") and not any(
                t.lower_ == "as" for t in self.tokens[tok.i + 1 : i + 1]
            ):
                return False
            verb = tok
            habit = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "to" else verb.head
            namers = next((c for c in habit.children if c.dep_ == "nsubj"), None)
            if verb.tag_ == "VBG" and habit.lemma_ in ("take", "start", "begin") and habit is not verb and namers is not None and (
                namers.tag_ in ("NNS", "NNPS") or namers.lemma_.lower() in _COLLECTIVES
            ):
                return True  # “members have taken to calling them “…””: a name that caught on among many
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "agent")), None)
            if subject is None and verb.dep_ == "xcomp":  # “locals have taken to calling it …”
                subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            if subject is None and verb.dep_ == "acl" and People.describes_a_person(verb.head.lemma_.lower()):
                subject = verb.head  # “what one meteorologist called …” read as a modifier of the noun
            if subject is None:
                # passive, “a method sometimes called “twin swapping”” (its namers unsaid) — not
                # “… and has repeatedly called the audit “…””, whose subject is further back
                return verb.tag_ == "VBN" and verb.lemma_ in ("call", "dub", "term", "nickname") and (
                    verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children)
                )
            if subject.dep_ == "agent":
                subject = next((c for c in subject.children if c.dep_ == "pobj"), subject)
            return _a_whole_group(subject)
        return False

    def _paragraph_end(self, span: QuoteSpan) -> int:
        nl = self.text.find("\n", span.mark_end)
        return len(self.text) if nl < 0 else nl

    def _paragraph_start(self, span: QuoteSpan) -> int:
        start = self.text.rfind("\n", 0, span.mark_start) + 1
        while start < span.mark_start and self.text[start] in " \t\u00a0":
            start += 1  # indented paragraphs
        return start

    # ---------------------------------------------------------------- rules
    def attribute_all(self) -> list[Attribution]:
        results: list[Attribution] = []
        self._done = results
        for k in range(len(self.spans)):
            self._current = k
            results.append(self._attribute(k, results))
        return self._headline_words(results)

    def _headline_words(self, results: list[Attribution]) -> list[Attribution]:
        """A headline quotes words (“Start-up calls it a “reset””) that the body quotes again
        with its speaker: the headline's words are that speaker's."""
        headline = [k for k, s in enumerate(self.spans) if s.paragraph == 0 and results[k].speaker_entity is None]
        if not headline or "\n" not in self.text:
            return results
        for k in headline:
            words = _plain_words(self.text[self.spans[k].start : self.spans[k].end])
            if not words:
                continue
            for j in range(k + 1, len(self.spans)):
                if self.spans[j].paragraph == 0 or results[j].speaker_entity is None:
                    continue
                later = _plain_words(self.text[self.spans[j].start : self.spans[j].end])
                if any(later[i : i + len(words)] == words for i in range(len(later) - len(words) + 1)):
                    results[k] = replace(inherit(results[j], "repeated-words"), cue_found=True)
                    break
        return results

    def _named_inside(self, k: int) -> frozenset[int]:
        """People the quote itself names (“Fiona talks about jobs …”, “Mark, listen”): whoever
        speaks of or to someone by name is not that someone, so a pronoun cue must look past them."""
        span = self.spans[k]
        first, last = self._token_at(span.start), bisect_left(self._token_starts, span.end)
        # names inside a quote within the quote are someone else's words, often to the speaker
        # (“He told me, “It’ll be a year, Mrs Pennington””): they say nothing against her
        nested = [(m.start(), m.end()) for m in _NESTED.finditer(self.text, span.start, span.end)]
        words = {
            t.text for t in self.tokens[first:last]
            if t.pos_ == "PROPN" and t.text[:1].isupper() and not _modifier_name(t)
            and not any(a <= t.idx < b for a, b in nested)
        }
        if not words:
            return frozenset()
        return frozenset(
            e.id for e in self.people.entities
            if e.kind == "person" and not e.anonymous and (e.first in words or e.last in words)
        )

    def _spoken_of_around(self, subject: Token) -> frozenset[int]:
        """“Ní Bhriain, she adds, “has been carrying that festival …””: a cue set off by commas
        inside someone's sentence — the named one is what the teller speaks of, not the teller."""
        verb = subject.head
        if verb.dep_ != "parataxis" or not is_cue(verb) or subject.i == 0 or self.tokens[subject.i - 1].text != ",":
            return frozenset()
        # (only the name the aside interrupts, right before it: not “Ishikawa told jurors … because,
        # she said, …”, where the sentence's teller is the she)
        before = self.tokens[subject.i - 2] if subject.i >= 2 else None
        named = self.people.mention_at(before.i) if before is not None else None
        if named is None or named.text.lower() in _PRONOUNS or named.end != before.idx + len(before):
            return frozenset()
        return frozenset({named.entity})

    def _asker_of(self, subject: Token) -> frozenset[int]:
        """“Pierce-Whitfield asked her what she wanted. She paused. ¶ “…,” she said.”: after
        someone asked a him or her of the pronoun's gender, and nobody spoke or was a subject since,
        the answer is not the asker's (in its paragraph or the one before). A request (“asked her
        to sit down”) is no question."""
        objects = {"she": "her", "he": "him"}.get(subject.lower_)
        if objects is None:
            return frozenset()
        here = self.paragraph_of[subject.i]
        start = self.spans[self._current].mark_start if self._current < len(self.spans) else subject.idx
        for i in range(self._token_at(min(start, subject.idx)) - 1, -1, -1):
            t = self.tokens[i]
            if here - self.paragraph_of[i] > 1:
                break
            if self.inside[i] >= 0:
                return frozenset()  # (someone spoke since)
            if t.lemma_ == "ask" and t.pos_ == "VERB":
                asked = any(c.dep_ in ("dobj", "dative") and c.lower_ == objects for c in t.children)
                if any(c.dep_ == "xcomp" and c.lemma_.lower() not in _TELLING_VERBS for c in t.children):
                    # “asked her to sit down”: a request, which the asker may go on to voice (but
                    # “asked her to describe the driver” asks for words: hers follow)
                    return frozenset()
                # (the subject of “X stopped Y and asked her …” is on the first verb)
                head = t
                while head.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in head.children):
                    head = head.head
                asker = next((c for c in head.children if c.dep_ == "nsubj"), None)
                entity = self.people.entity_at(asker.i) if asker is not None else None
                return frozenset({entity.id}) if asked and entity is not None else frozenset()
            if t.dep_ in ("nsubj", "nsubjpass") and self.people.entity_at(t.i) is not None:
                return frozenset()  # (“… asked her to speak up. Kaplan then turned to the jury.”: named since)
        return frozenset()

    def _replied_to(self, subject: Token) -> frozenset[int]:
        """Whoever spoke the quote just before one that answers it (“…,” her mother says. ¶
        “…,” she counters): nobody retorts to themselves, so the pronoun means someone else.
        Only when that quote sits in this paragraph or the one before and nothing asked a question
        in between (“Asked …, he replied” answers the asker, often after the same man's words)."""
        verb = subject.head
        replies = verb.lemma_ in REPLY_VERBS or (
            verb.lemma_ in _BACK_VERBS and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)
        )
        k = self._current
        if not replies or k == 0 or subject.dep_ != "nsubj":
            return frozenset()
        if any(t.lemma_ in ASKING and t.i < subject.i for t in self.people.sentence_tokens(subject.i)):
            return frozenset()
        previous, span = self._done[k - 1], self.spans[k - 1]
        if previous.speaker_entity is None or self.spans[k].paragraph - span.paragraph > 1:
            return frozenset()
        if "?" in self.text[span.mark_end : self.spans[k].mark_start]:
            return frozenset()  # (“Was it a mistake? “Not for a moment,” she replied”: the asker's answerer)
        # (“Winterbourne glanced at the table. “Yes,” he answered”: named again since, he is
        # the one in view whatever came before)
        opened = self._paragraph_start(self.spans[k])
        if any(m.entity == previous.speaker_entity and opened <= m.start < subject.idx for m in self.people.mentions):
            return frozenset()
        return frozenset({previous.speaker_entity})

    def _attribute(self, k: int, done: list[Attribution]) -> Attribution:
        span = self.spans[k]
        a0, a1 = self.after_frame(k)
        after = self._tokens_between(a0, a1)
        fronted = self._in_fronted_clause(span)
        b0, b1 = self.before_frame(k)
        before_text = self.text[b0:b1].rstrip()
        before = self._tokens_between(b0, b1)
        # a cue that introduces the words with a colon outranks a new sentence after them: “a
        # reporter asked: “Will you play?” Lam glanced at her coach and smiled.”
        words = self.text[span.start : span.end].rstrip()
        first_after = next((t for t in after if not t.is_space), None)
        skip_after = fronted or (
            before_text.endswith(":") and words.endswith((".", "?", "!")) and first_after is not None
            and first_after.text[:1].isupper() and self._cue_in(before, prefer="last") is not None
        )
        found = self._headline_cue(k) if span.paragraph == 0 else None
        found = found or (None if skip_after else self._cue_in(after, prefer="first") or _how_put(after))
        if found and self._fragment_of_another_clause(span, before_text, found[0]):
            found = None
        if found:
            return self._make("cue-after", *found)
        found = None if skip_after else self._any_verb_after(span, after)
        if found:
            return self._make("verb-after", *found)
        between_quotes = k > 0 and self.spans[k - 1].mark_end >= b0 and self.spans[k - 1].paragraph == span.paragraph
        introduced = before_text.endswith((",", ":", ";", "—", "–")) or bool(before and not before_text)
        if introduced:
            found = self._main_cue_over(before, self._cue_in(before, prefer="last"))
            if found and before_text.endswith(":"):
                found = self._message_written_by(before, found)
            if found:
                prev = done[k - 1] if between_quotes else None
                if prev is not None and prev.mention_start is not None and prev.mention_end is not None and (
                    prev.mention_start <= found[1].idx < prev.mention_end
                ):
                    # (the very cue the first half took: the same teller, not resolved again — a
                    # “she replied” would now look past the first half's speaker as the one replied to)
                    return replace(prev, method="split-quote", evidence=f"split-quote: the cue between the halves ({prev.mention})")
                return self._make("split-quote" if between_quotes else "cue-before", *found)
            if before_text.endswith(":"):
                found = self._clause_subject(before)
                if found:
                    return self._make("colon-intro", *found)
        if introduced and before_text.endswith(",") and before:
            # “The cover carries a line from the novelist Morag Kincaid-Ross, ‘…’”: the quote in
            # apposition to words someone's — a line, a passage — is theirs
            owner = next((o for t in reversed(before) if (o := self._owner_of_quoted(t)) is not None), None)
            if owner is not None:
                return self._make("cue-before", None, owner)
        if between_quotes and introduced and before_text.endswith(","):
            # “…,” Holcombe went on, “and what …”: the words between the halves named the speaker
            # of the first half, whatever verb they used — the second half is the same utterance
            prev = done[k - 1]
            if prev.mention_start is not None and self.spans[k - 1].mark_end <= prev.mention_start < span.mark_start:
                return replace(prev, method="split-quote", evidence=f"split-quote: the cue between the halves ({prev.mention})")
        if span.mark_start == self._paragraph_start(span) and not span.continued:
            prev_para = self._previous_paragraph_text(span)
            if prev_para is not None and prev_para[1].rstrip().endswith(":"):
                toks = self._tokens_between(prev_para[0], prev_para[0] + len(prev_para[1]))
                sent_start = _last_sentence_start(toks)
                toks = toks[sent_start:]
                found = self._main_cue_over(toks, self._cue_in(toks, prefer="last")) or self._clause_subject(toks)
                if not found and sent_start > 0:
                    # “Halbridge Metro has issued a statement. Here it is in full:”
                    found = self._sentence_subject(self._tokens_between(prev_para[0], toks[0].idx))
                if found:
                    return self._make("colon-intro", *found)
        found = self._embedded(span)
        if found:
            return self._make("embedded-cue", *found)
        found = self._according_to(span, before + after)
        if found:
            return self._make("according-to", *found)
        # a fragment after “X called the city …” when the parse did not link them (the same
        # search already failed above when the quote was introduced by punctuation)
        found = None if introduced else self._cue_in(before, prefer="last")
        if found:
            return self._make("sentence-cue", *found)
        found = self._dash_byline(after)
        if found:
            return self._make("dash-byline", *found)
        found = self._bare_cue_after(k)
        if found:
            return self._make("cue-after-stop", *found)
        found = self._introduced_after(k)
        if found:
            return self._make("introduced-after", *found)
        return self._continuation(k, done)

    def _headline_cue(self, k: int) -> tuple[Token, Token] | None:
        """“Bevan ‘not for sale’, insists Kites chairman”, “Death was ‘avoidable’, coroner rules”:
        a headline ends on its cue and speaker, whatever the parse made of a sentence with no
        full stop and a verb the tagger may take for a plural noun (the speaker a name or a
        noun for someone: not “…, estimates show”, “…, calls grow for inquiry”)."""
        span = self.spans[k]
        tail = [t for t in self._tokens_between(span.mark_end, self._room_after(k)) if not t.is_space]
        if (
            len(tail) >= 2 and tail[0].text == ":" and span.mark_start == self._paragraph_start(span)
            and (named := self.people.mention_at(tail[1].i)) is not None
            and self.people.entities[named.entity].kind == "person" and not self.people.entities[named.entity].anonymous
        ):
            # “‘We have to stop fighting the water’: Maarten van der Sluijs on floating homes” —
            # a feature's headline gives the words, a colon, and whose they are (not “‘Liar’: X
            # attacked by aide”, “‘Our hero’: X's family pays tribute”: the one spoken of)
            end = next((t for t in tail[1:] if self.people.mention_at(t.i) is not named), None)
            if end is None or end.lower_ in _FEATURE_HEADLINE_LINKS:
                return tail[0], self.tokens[end.i - 1] if end is not None else tail[-1]
            return None
        if not tail or tail[0].text not in (",", ":", "—", "–") or not 2 <= len(tail) - 1 <= 6:
            return None
        if self._room_after(k) != self._paragraph_end(span):
            return None  # (more quotes to come: the words after this one are not the last)
        words = tail[1:]

        def reports(t: Token) -> bool:
            low = t.lower_
            forms = (low, low[:-1], low[:-2], low[:-3] + "y" if low.endswith(("ies", "ied")) else low)
            return t.text.islower() and any(f in lexicons.reporting_verbs() for f in forms)

        def someone(phrase: list[Token]) -> bool:
            head = phrase[-1]
            return all(t.pos_ in ("NOUN", "PROPN", "ADJ", "DET") or t.text in ("’s", "'s") for t in phrase) and (
                head.pos_ == "PROPN" or People.describes_a_person(head.lemma_.lower())
            )

        if reports(words[0]) and someone(words[1:]):
            return words[0], words[-1]  # “…, insists Kites chairman”
        if reports(words[-1]) and someone(words[:-1]):
            return words[-1], words[-2]  # “…, coroner rules”
        return None

    def _introduced_after(self, k: int) -> tuple[Token, Token] | None:
        """“‘I remember the noise more than anything.’ Passenger Rawiri Tane was in the forward
        lounge …”: a paragraph that opens with a whole quote and goes on to introduce someone,
        named there for the first time as the subject of the next sentence, opens with their
        words (only words that say I or we; not when the quote speaks of a he or she: a family's
        words about the one named)."""
        span = self.spans[k]
        content = self.text[span.start : span.end].rstrip(_CLOSING_MARKS)
        if span.mark_start != self._paragraph_start(span) or not content.endswith((".", "!", "?")):
            return None
        words = self._quote_words(span)
        if words & {"he", "she", "him", "her", "his", "hers"} or not words & {"i", "i'm", "i’m", "me", "my", "we", "us", "our"}:
            return None  # (someone's own words say I or we: not a sign, a report, a family's tribute)
        sentence = _first_sentence(self._tokens_between(span.mark_end, self._room_after(k)))
        root = _root_of(sentence)
        if root is None or _passive(root) or is_cue(root) or root.lemma_.lower() in _RECEIVING:
            return None  # (“Tom Reed read the report twice”: whoever reads or sees the words)
        subject = next((c for c in root.children if c.dep_ == "nsubj" and self.inside[c.i] < 0), None)
        mention = self.people.mention_at(subject.i) if subject is not None else None
        if mention is None:
            return None
        entity = self.people.entities[mention.entity]
        first = min(m.start for m in self.people.mentions if m.entity == entity.id)
        if entity.kind != "person" or entity.anonymous or first != mention.start:
            return None
        return root, subject

    def _message_written_by(self, before: list[Token], found: tuple[Token, Token]) -> tuple[Token, Token]:
        """“She reminded jurors of a message Ms Petrie had sent to a friend: “…””: a colon after a
        written thing the cue hands on gives that thing's words, whose author is someone else."""
        cue, _ = found
        for t in reversed(before[-20:]):
            if t.i <= cue.i:
                break
            if t.pos_ != "NOUN" or t.lemma_.lower() not in _WRITTEN or self.inside[t.i] >= 0:
                continue
            if cue not in t.ancestors:
                break
            author = _author(t)
            if author is not None and self.inside[author.i] < 0 and self._could_speak(author):
                return cue, author
            break
        return found

    def _in_fronted_clause(self, span: QuoteSpan) -> bool:
        """“After a speaker called the plan “a betrayal,” Marchetti threatened …”: the quote ends a
        fronted clause (after, when, as …) whose own verb, with its own subject, uses the words;
        the verb after the comma is the main clause's, and says nothing about them."""
        first = self._token_at(span.start)
        h = self.tokens[first] if first < len(self.tokens) else None
        steps = 0
        while h is not None and self.inside[h.i] >= 0 and h.head.i != h.i and steps < 8:
            h = h.head
            steps += 1
        while h is not None and self.inside[h.i] < 0 and h.pos_ not in ("VERB", "AUX") and h.head.i != h.i and steps < 12:
            h = h.head
            steps += 1
        return (
            h is not None and self.inside[h.i] < 0 and h.pos_ in ("VERB", "AUX") and h.i < first
            and h.dep_ in ("advcl", "ccomp") and h.head.i > first
            # (the parse may call such a clause a complement: the conjunction says it is not)
            and any(c.dep_ in ("mark", "advmod") and c.i < h.i and c.lower_ in _FRONTING_CONJUNCTIONS for c in h.children)
            and any(c.dep_ in _SUBJECT_DEPS and self.inside[c.i] < 0 for c in h.children)
        )

    def _bare_cue_after(self, k: int) -> tuple[Token, Token] | None:
        """“… Finally.” Dana Okwuosa wrote on X. — a comma typed as a full stop: the next
        sentence's reporting verb has a subject but nothing said of its own, so it reports the quote;
        or the next sentence names the words' owner (“The prediction, from Ms Sandhu, drew …”)."""
        span = self.spans[k]
        after = self._tokens_between(span.mark_end, self._room_after(k))
        while after and after[0].text in (".", "!", "?"):
            after = after[1:]  # (British style puts the full stop outside: ‘…’. That was …)
        sentence = _first_sentence(after)
        root = _root_of(sentence)
        if root is not None and sentence[0].lower_ == "the":
            # “‘…’ The prediction, from Ms Sandhu, drew cries of …”: the words' owner
            words = next((c for c in root.children if c.dep_ in _SUBJECT_DEPS), None)
            # (not “The reply from X came within the hour”: a reply answers the quote)
            owner = self._owner_of_words(words) if words is not None and words.lemma_.lower() not in _ANSWERS else None
            if owner is not None:
                return root, owner
        found = self._pointing_back(sentence)
        if found is not None:
            return found
        if root is None or root.lemma_.lower() not in _UTTERING:
            return None
        if any(c.dep_ in ("ccomp", "dobj", "xcomp", "attr", "oprd", "csubj", "neg") for c in root.children):
            return None  # “Ms Ruiz said the council …”, “Hart did not reply”: not this quote's cue
        subject = self._subject_of(root, {t.i for t in sentence})
        return (root, subject) if subject is not None and self._could_speak(subject) else None

    def _make(self, method: str, cue: Token | None, subject: Token, distance_penalty: float = 0.0) -> Attribution:
        mention_start, mention_end, mention_text = self._mention_extent(subject)
        entity, how, distance = self._resolve(subject, mention_start, mention_end)
        if entity is not None and entity.anonymous:
            entity, how = None, "unnamed"  # “a resident said”: a speaker, but nobody to name
        confidence = BASE_CONFIDENCE[method] - distance_penalty
        if how == "pronoun":
            confidence -= 0.05 + 0.02 * min(distance, 5)
        elif how in ("description", "spokesperson", "author"):
            confidence -= 0.08
        elif how in ("unresolved", "unnamed"):
            confidence -= 0.2
        cue_text = cue.text if cue is not None else None
        evidence = f"{method}: cue “{cue_text}”" if cue_text else f"{method}"
        evidence += f", subject “{mention_text}”"
        if entity is not None:
            evidence += f" → {entity.name} ({how})"
        return Attribution(
            method=method,
            confidence=round(max(0.05, min(1.0, confidence)), 2),
            cue=cue_text,
            mention=mention_text,
            mention_start=mention_start,
            mention_end=mention_end,
            speaker=entity.name if entity is not None else None,
            speaker_entity=entity.id if entity is not None else None,
            evidence=evidence,
            cue_found=True,
        )

    def _mention_extent(self, subject: Token) -> tuple[int, int, str]:
        mention = self.people.mention_at(subject.i)
        if mention is not None:
            return mention.start, mention.end, mention.text
        if subject.lower_ in _PRONOUNS:
            return subject.idx, subject.idx + len(subject), subject.text
        # a description: the noun phrase without relative clauses or appositives
        left = [t for t in subject.lefts if t.dep_ in ("det", "amod", "compound", "poss", "nummod") and self.inside[t.i] < 0]
        first = min([subject] + [t for l in left for t in l.subtree], key=lambda t: t.i)
        # a hyphenated compound the parse split up (“the 61-year-old”): back over the hyphens
        # to its article
        j = first.i
        while j > 0 and first.i - j < 6 and self.inside[j - 1] < 0 and not self.tokens[j - 1].whitespace_:
            if self.tokens[j - 1].text in _HYPHENS or self.tokens[j].text in _HYPHENS:
                j -= 1
                continue
            break
        if j < first.i and j > 0 and self.tokens[j - 1].lower_ in ("the", "a", "an"):
            j -= 1
        first = self.tokens[j]
        start = first.idx
        end = subject.idx + len(subject)
        return start, end, self.text[start:end]

    def _resolve(self, subject: Token, start: int, end: int) -> tuple[Entity | None, str, int]:
        entity, how, distance = self._resolve_subject(subject, start, end)
        if entity is not None and entity.kind == "person" and how != "pronoun" and self._many_people(subject):
            # “Economists call it …”, “Security researchers said”: people in general, not the
            # one economist or researcher the article named
            return None, "unresolved", 0
        return entity, how, distance

    def _many_people(self, subject: Token) -> bool:
        """A plural noun for people with no name attached (“keepers”, “the campers”)."""
        lemma = subject.lemma_.lower()
        if subject.tag_ not in ("NNS", "NNPS") or self.inside[subject.i] >= 0:
            return False
        if any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in subject.children):
            return False  # (“the couple's sons, Tom and Ben”)
        return People.describes_a_person(lemma) and lemma not in lexicons.organisation_words()

    def _age_apposed(self, subject: Token) -> int | None:
        """“the mum-of-two, 36, said”: an age set off by commas after a description."""
        if subject.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            return None
        for c in subject.children:
            if (
                c.i > subject.i and c.text.isdigit() and 10 <= int(c.text) <= 110 and c.i + 1 < len(self.tokens)
                and self.tokens[c.i - 1].text == "," and self.tokens[c.i + 1].text == ","
            ):
                return int(c.text)
        return None

    def _body_of_group(self, subject: Token, lemma: str) -> Entity | None:
        """“Analysts at Ashgrove Securities said in a note”, “The board of Pemberton Hale
        rejected …”: several unnamed people of one organisation, or its board, speak for it."""
        if subject.pos_ != "NOUN":
            return None
        if lemma in _GOVERNING_GROUPS:
            preps = ("of",)
        elif subject.tag_ == "NNS" and self.people.is_person_noun(lemma) and subject.head.lemma_.lower() in lexicons.reporting_verbs():
            preps = ("at", "from", "of", "with")  # (who say something, not “Keepers at Ridgecombe are using a method”)
        else:
            return None
        return self.people.body_after(subject, preps)

    def _resolve_subject(self, subject: Token, start: int, end: int) -> tuple[Entity | None, str, int]:
        named = self.people.entity_of_phrase(subject)
        if named is None:
            named = self._holder_after_brief(subject)
        if (
            named is not None and not named.anonymous and subject.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            and self.people.unnamed_since(subject, subject.lemma_.lower(), named)
        ):
            # “A senior diplomat who spoke on condition of anonymity said …” ¶ “…,” the diplomat
            # said: the unnamed one just met, not a named diplomat paragraphs before
            return None, "unresolved", 0
        if named is not None and not named.anonymous:
            return named, "name", 0
        if subject.lower_ in _PRONOUNS:
            if subject.lower_ in ("he", "she") and subject.dep_ == "nsubj" and self.people.withholds_name(subject.head, subject):
                return None, "unresolved", 0
            # (the one an aside interrupts is never its teller; the others are only likely not)
            spoken_of = self._spoken_of_around(subject)
            excluded = self._named_inside(self._current) | self._replied_to(subject) | spoken_of | self._asker_of(subject)
            entity, distance = self.people.resolve_pronoun(subject, exclude=excluded)
            if entity is None and excluded - spoken_of:
                entity, distance = self.people.resolve_pronoun(subject, exclude=spoken_of)
            if entity is None and subject.lower_ == "they":
                entity, distance = self.people.singular_they(subject), 1
                if entity is not None and entity.id in excluded:
                    entity = None  # (“Casey was the light of our lives,” they said: the family)
            if entity is not None and entity.anonymous:
                entity = self.people.named_later(entity) or entity
            gender = "male" if subject.lower_ in MALE_PRONOUNS else "female"
            described = self._described_before(subject, entity, gender)
            if described is not None:
                # “The commission's chief investigator, who led the inquiry, did not soften the
                # findings. “…,” she said.”: the pronoun stands for the description — whoever it
                # describes, else the person named next (“Dr Aroha Te Rangi-Pauling, a former
                # navigator, said …”), else nobody named
                start, end, _ = self._mention_extent(described)
                meant, _, _ = self._resolve_subject(described, start, end)
                if meant is None or meant.kind != "person" or (
                    meant is not entity and meant.gender not in (None, gender) and meant.gender_certain
                ):
                    meant = self.people.introduced_next(described, since=subject, gender=gender)
                    if meant is None and entity is not None and described.lemma_.lower() in entity.descriptors():
                        meant = entity  # (“the mayor” no rule could pin down, and the pronoun's mayor)
                return meant, ("description" if meant is not None else "unresolved"), 2
            if entity is not None:
                entity = self.people.spoken_for(entity)  # “A ValuMart spokeswoman … she said”
            return entity, ("pronoun" if entity is not None else "unresolved"), distance
        if subject.lower_ in ("former", "latter") and any(c.lower_ == "the" for c in subject.children):
            pair = self.people.last_pair(subject)
            if pair is not None:
                # “Thibodeau and Furey met in 1985 …” … “says the latter”: the second of the pair
                return pair[0 if subject.lower_ == "former" else 1], "description", 1
        lemma = _glued_lemma(subject)
        author = self._written_by(subject)
        if author is not None:
            # “The note, left by Mr Tully, said”, “Another, from Ms Fitzwater, said”
            entity, _, distance = self._resolve(author, author.idx, author.idx + len(author))
            if entity is not None and not entity.anonymous:
                return entity, "author", distance
            if author.pos_ == "NOUN" and any(c.lower_ in ("a", "an") for c in author.children):
                # (“an internal email, sent by a council asset manager”: someone unnamed wrote it,
                # not whichever body is in view)
                return None, "unresolved", 0
        if lemma in _SPEAKS_FOR and subject.pos_ == "NOUN":
            # “the sheriff's office wrote” for the Alder County Sheriff's Office the article
            # named: the body, not the sheriff
            words = {
                _without_possessive(t.lower_) for t in subject.subtree
                if t.i <= subject.i and t.is_alpha and t.lower_ not in ("the", "a", "an", "its", "their")
            }
            bodies = [
                e for e in self.people.entities
                if e.kind == "organisation" and words <= {_without_possessive(w.lower()) for w in e.name.split()}
            ]
            if len(words) >= 2 and len(bodies) == 1:
                return bodies[0], "description", 0
        body = self._body_of_group(subject, lemma)
        if body is not None:
            return body, "spokesperson", 1
        if lemma in _SPEAKS_FOR or lemma in _DOCUMENT_NOUNS:
            # “Omar’s office”, “a spokesperson for the Red Cross”, “a report by the council”:
            # they speak for their owner
            owner = _owner(subject)
            if lemma in _ACCOUNTS and (owner is None or owner.dep_ != "poss" or any(c.lower_ in ("parody", "fake") for c in subject.children)):
                return None, "unresolved", 0  # (only “X's account” is X's: not “a parody account of X”)
            sort_of_body = owner is not None and owner.dep_ == "compound" and owner.pos_ == "NOUN"
            if sort_of_body:
                # “a university spokesman”: the university the article named (a police spokesman
                # with no police force named stays unnamed)
                entity = self.people.resolve_description([owner.lemma_.lower()], owner.idx)
                return (entity, "spokesperson", 1) if entity is not None and entity.kind == "organisation" else (None, "unresolved", 0)
            if owner is not None and owner.lower_ == "its":
                # “Its petition describes …”, “its spokeswoman said”: the body in view
                entity = self.people.recent_organisation(owner.idx)
                if entity is not None:
                    return entity, "spokesperson", 1
            elif owner is not None:
                entity, _, distance = self._resolve(owner, owner.idx, owner.idx + len(owner))
                if entity is not None and not entity.anonymous:
                    if lemma in _DOCUMENT_NOUNS:
                        self._documents.setdefault(lemma, entity)
                    return entity, "spokesperson", distance
            elif lemma in SPOKESPEOPLE or lemma in _DOCUMENT_NOUNS:
                # “A spokesperson for Kestrix said … the spokesperson said”: whom the last
                # spokesperson introduced spoke for, even with another body named in between
                earlier, issued = self._earlier_owner(subject)
                if earlier is not None:
                    entity, _, distance = self._resolve(earlier, earlier.idx, earlier.idx + len(earlier))
                    if entity is not None:
                        if lemma in _DOCUMENT_NOUNS:
                            self._documents.setdefault(lemma, entity)
                        return entity, "spokesperson", distance + 1
                    if issued and earlier.lower_ not in _PRONOUNS:
                        return None, "unresolved", 0  # (“His family released a statement”: not a body's)
                if lemma in _DOCUMENT_NOUNS and self.paragraph_of[subject.i] <= 1:
                    # a lead's “An official investigation has found …”, its author named just
                    # after: “The 112-page report by the Mine Safety Authority …”
                    author = self._document_author_next(subject)
                    if author is not None:
                        entity, _, distance = self._resolve(author, author.idx, author.idx + len(author))
                        if entity is not None and not entity.anonymous:
                            return entity, "spokesperson", distance + 1
                if lemma in self._documents and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
                    # “The report also describes …” after another body spoke: the report the
                    # article already gave an author
                    return self._documents[lemma], "spokesperson", 2
                # “the spokesperson said”, “the statement said”: for the organisation in view
                entity = self.people.recent_organisation(start)
                if entity is not None:
                    if lemma in _DOCUMENT_NOUNS:
                        self._documents.setdefault(lemma, entity)
                    return entity, "spokesperson", 1
                if lemma in self._documents:
                    # “The report ends with a blunt conclusion: …” many paragraphs on: the report
                    # the article already gave an author
                    return self._documents[lemma], "spokesperson", 2
        employer = self.people.employer_of(subject)
        if employer is not None:
            return employer, "description", 1  # “Oduya's firm raised its target, calling …”
        relative = self.people.relative_of(subject)  # “his wife said”
        if relative is not None:
            return relative, "description", 1
        # “the 24-year-old’s agent”: the possessor describes someone else, not the speaker
        possessor = {t.i for c in subject.children if c.dep_ == "poss" for t in c.subtree}
        if possessor:
            start = max(start, max(self.tokens[i].idx + len(self.tokens[i]) for i in possessor))
        age = _AGE.search(self.text[start:end])
        years = int(age.group(1)) if age is not None else self._age_apposed(subject)
        if years is not None:
            # (“‘…?’ the coroner asked. ¶ ‘…,’ the 52-year-old replied”: not the one who asked)
            entity = self.people.resolve_age(years, start, self.paragraph_of[subject.i], exclude=self._replied_to(subject))
            if entity is not None:
                return entity, "description", 0
            # (“…,” the 67-year-old added — right after the words of someone only described so
            # far, no age given anyone: theirs)
            k = self._current
            last = self._done[k - 1].speaker_entity if 0 < k <= len(self._done) else None
            previous = self.people.entities[last] if last is not None else None
            if (
                previous is not None and previous.kind == "person" and previous.age in (None, years)
                and self.spans[k].paragraph - self.spans[k - 1].paragraph <= 1
                and not any(e.age == years for e in self.people.entities)
            ):
                return previous, "description", 1
        later = self.people.identified_later(subject)
        if later is not None:
            # “A Co Clare publican has told a court …” ¶ “Tom Gilsenan (64), who has run …”
            return later, "description", 2
        if named is not None:
            # an unnamed speaker (“one witness”) — unless named soon after (“an SCVESA data
            # analyst wrote …” ¶ “That analyst, Priya Ramaswamy, left …”)
            later = self.people.named_next(subject) or self.people.named_later(named)
            return (later, "description", 2) if later is not None else (named, "name", 0)
        words: list[str] = []
        for t in self.tokens[self._token_at(start) : subject.i + 1]:
            if t.i in possessor or not t.is_alpha:
                continue
            word = t.lemma_.lower() if t.i == subject.i else t.text  # (as written: a capital names a body)
            hyphen = self.tokens[t.i - 1] if t.i >= 2 else None
            if words and subject.tag_ not in ("NNS", "NNPS") and hyphen is not None and hyphen.text in _HYPHENS and not hyphen.whitespace_ and (
                not self.tokens[t.i - 2].whitespace_ and self.tokens[t.i - 2].is_alpha and self.tokens[t.i - 2].i not in possessor
            ):
                words[-1] += hyphen.text + word  # “the secretary-general”: one role, as the roster keeps it
            else:
                words.append(word)
        entity = self.people.resolve_description(words, start)
        if entity is not None and self.people.unnamed_since(subject, lemma, entity):
            return None, "unresolved", 0  # (the unnamed one just met, as above)
        if entity is not None:
            return entity, "description", 0
        if self.people.member_of(subject) is not None:
            # “the Wanderers head coach” whom no title matched: the person named next, if any,
            # not whoever the paragraph is about
            entity = self.people.named_next(subject) or self.people.introduced_next(subject)
            return (entity, "description", 2) if entity is not None else (None, "unresolved", 0)
        nationality = subject.text[:1].isupper() and (
            subject.ent_type_ == "NORP" or subject.lower_ in lexicons.nationalities()
        )
        detail_only = not nationality and not self.people.is_person_noun(lemma)
        # (a past office is a detail of someone's life, not an office someone holds: “the former
        # army colonel said” of the candidate just quoted)
        past_office = lemma in lexicons.titles() and any(c.lower_ in _FORMER for c in subject.children)
        if any(c.lower_ == "the" for c in subject.children) and self.people.spoken_of_before(subject, lemma):
            return None, "unresolved", 0  # (the one someone spoke of, unnamed: not that someone)
        if any(c.lower_ == "the" for c in subject.children) and (
            nationality or self.people.is_person_noun(lemma) or past_office
            or (self.people.is_person_word(lemma) and _new_detail(subject))
        ):
            # “the Swede said”, “the campaigner said”, “the cobbler says”: a description no
            # title or appositive gave anyone stands for the person the paragraph is about
            # (unless an unnamed “one resident” of that sort is in view)
            entity = self.people.centre(subject, unnamed_like=None if nationality else lemma)
            if entity is not None and public_office(entity.title or "") and any(
                c.dep_ == "compound" and c.is_lower and c.lemma_ in lexicons.organisation_words()
                and not (c.lemma_ == "party" and leads_a_party(entity.title or ""))
                for c in subject.children
            ):
                entity = None  # (“the party boss”, “the union leader”: not the governor the text was about)
            if entity is not None and not (detail_only and self._speaks_of(entity)) and entity is not self._teller_of(subject):
                return entity, "description", 1
        hyphenated = _PARENT_OF.search(self.text[start:end])
        if hyphenated is not None and self.people.is_person_word(hyphenated.group(1).lower()):
            # “The mum-of-two added”: the parse makes “two” the subject, but it is the same
            # detail as “the mother of two”
            entity = self.people.centre(subject, unnamed_like=hyphenated.group(1).lower())
            if entity is not None and not self._speaks_of(entity):
                return entity, "description", 1
        if self.people.unnamed_in_view(subject, lemma):
            # “An official …, who spoke on condition of anonymity, said …” ¶ “…,” the official
            # said: the same unnamed official, not the next person the article names
            return None, "unresolved", 0
        if subject.head.lemma_ in ("add", "continue") and subject.dep_ == "nsubj":
            # “‘…,’ she said. ‘…,’ the union leader added.”: a description no one else fits, adding
            # to words just quoted in this paragraph, is their speaker's — if it could be them
            # (not “the union leader” for the minister just quoted)
            k = self._current
            last = self._done[k - 1].speaker_entity if 0 < k <= len(self._done) else None
            previous = self.people.entities[last] if last is not None else None
            of_a_body = any(c.dep_ == "compound" and c.is_lower and c.lemma_ in lexicons.organisation_words() for c in subject.children)
            if (
                previous is not None and previous.kind == "person" and not previous.anonymous
                and self.spans[k].paragraph == self.spans[k - 1].paragraph and not self._speaks_of(previous)
                and not (of_a_body and public_office(previous.title or ""))
            ):
                return previous, "description", 1
        entity = self.people.named_next(subject)  # “the finance chief said” ¶ “The executive, X, …”
        if entity is None:
            entity = self.people.head_named_next(subject)  # “Corvane's chief executive described …”
        if entity is not None:
            return entity, "description", 2
        return None, "unresolved", 0

    def _holder_after_brief(self, subject: Token) -> Entity | None:
        """“Director of rugby Siân Llewellyn-Morgan said”: a title, its brief and the holder's
        name, which the parse hung on the “of” beside the brief — the name is the subject."""
        if subject.lower_ not in lexicons.titles() or People.noun_gender(subject.lemma_.lower()) is not None:
            return None
        for prep in subject.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "for") or prep.i != subject.i + 1:
                continue
            for obj in prep.children:
                ent = self.people.entity_at(obj.i)
                between = self.tokens[prep.i + 1 : self.tokens[obj.i].left_edge.i]
                if (
                    obj.dep_ == "pobj" and ent is not None and ent.kind == "person" and not ent.anonymous
                    and 0 < len(between) <= 3 and not any(t.text == "," or t.pos_ == "DET" for t in between)
                ):
                    return ent
        return None

    def _inverted_subject(self, verb: Token) -> Token | None:
        """“…,” said the hooker, who scored the opening try …: after a quote the subject follows
        the verb, and a relative clause on it misleads the parse (a noun of the clause taken for
        the subject, or none at all) — the noun set right after the verb is the one speaking."""
        if verb.i < 1 or verb.i + 2 >= len(self.tokens) or self.tokens[verb.i + 1].lower_ not in ("the", "a", "an"):
            return None
        if not self.tokens[verb.i - 1].is_punct:
            return None  # (right after the quote's closing mark or comma)
        noun = next(
            (t for t in self.tokens[verb.i + 2 : verb.i + 5] if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound" and self.inside[t.i] < 0),
            None,
        )
        if noun is None or not any(c.dep_ == "relcl" for c in noun.children):
            return None
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS and self.inside[c.i] < 0]
        return noun if not subjects or all(c.i > noun.i for c in subjects) else None

    def _described_before(self, pronoun: Token, resolved: Entity | None, gender: str) -> Token | None:
        """A person described but not named (“The council's chairman, who travelled …”) as the
        main subject of a sentence between a he or she and whoever it would otherwise mean: the
        pronoun's nearer antecedent (not a relative — “her husband” — nor of the other sex)."""
        if pronoun.lower_ not in ("he", "she"):
            return None
        here = self.paragraph_of[pronoun.i]
        # (from the pronoun's candidate named or described last: a he or she in between — “paused
        # before he spoke” — may have been given the wrong one)
        last = max(
            (
                m.end for m in self.people.mentions
                if resolved is not None and m.entity == resolved.id and m.end <= pronoun.idx and m.text.lower() not in _PRONOUNS
            ),
            default=-1,
        )
        own_start = self.people.sentence_tokens(pronoun.i)[0].i
        # (a reply looks past the question it answers: “Under questioning, the doctor accepted …”
        # ¶ “…?” Mr X asked. ¶ “…,” she replied.)
        reach = 2 if pronoun.head.lemma_.lower() in REPLY_VERBS else 1
        for i in range(pronoun.i - 1, -1, -1):
            t = self.tokens[i]
            if here - self.paragraph_of[t.i] > reach or t.idx < last:
                break
            if i >= own_start and not (t.dep_ == "nsubj" and pronoun in t.head.subtree):
                # (in the pronoun's own sentence only the subject of a clause the pronoun is
                # inside: “its chief executive told investors to brace for what he called …”)
                continue
            # (a role, a nationality — “the Swede smiled” — or an age: “The 29-year-old admitted”)
            # (a capitalised office too: “The Speaker later told journalists …”)
            describes = (
                (t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.lower_ in lexicons.titles()))
                and People.describes_a_person(t.lemma_.lower())
            ) or (
                t.pos_ in ("NOUN", "PROPN") and t.text[:1].isupper() and (t.ent_type_ == "NORP" or t.lower_ in lexicons.nationalities())
            ) or (t.lower_ == "old" and self._described_by_age(t))
            as_subject = t.dep_ == "nsubj" or (appositive_is_subject(t) and t.head.dep_ == "nsubj")  # (“X, the doctor accepted”)
            clause = t.head if t.dep_ == "nsubj" else t.head.head
            if (
                not as_subject or not describes or self.inside[t.i] >= 0 or (clause.dep_ != "ROOT" and i < own_start)
                or self.people.mention_at(t.i) is not None
            ):
                continue
            noun_gender = People.noun_gender(t.lemma_.lower())
            if noun_gender not in (None, gender):
                continue
            owner = next((c for c in t.children if c.dep_ == "poss"), None)
            owner_entity = self.people.entity_at(owner.i) if owner is not None else None
            if owner is not None and (
                (owner.pos_ == "PRON" and owner.lower_ != "its") or People.describes_a_person(owner.lemma_.lower())
                or (owner_entity is not None and owner_entity.kind == "person")
            ):
                return None  # (“His parents, a postman and a cook, …”: someone's kin, not a role — “its chief executive” is one)
            if not (owner is not None or any(c.lower_ == "the" for c in t.children)):
                return None
            sentence = [x for x in self.people.sentence_tokens(t.i) if self.inside[x.i] < 0]
            objects = {"male": ("him", "his"), "female": ("her",)}[gender]
            if resolved is not None and (
                any(x.lower_ in objects for x in sentence)
                or any((m := self.people.mention_at(x.i)) is not None and m.entity == resolved.id for x in sentence)
            ):
                return None  # (“The judge praised her honesty.”: the sentence is about the one meant)
            return t
        return None

    def _teller_of(self, subject: Token) -> Entity | None:
        """Who reports the clause `subject` is the subject of (“She added that the architect …
        called them …”: she) — never the one a description there stands for."""
        verb = subject.head
        if subject.dep_ not in _SUBJECT_DEPS or verb.dep_ != "ccomp" or not is_cue(verb.head):
            return None
        teller = next((c for c in verb.head.children if c.dep_ == "nsubj" and self.inside[c.i] < 0), None)
        if teller is None:
            return None
        if teller.lower_ in _PRONOUNS:
            return self.people.entity_at(teller.i) or self.people.resolve_pronoun(teller)[0]
        return self.people.entity_of_phrase(teller)

    def _speaks_of(self, entity: Entity) -> bool:
        """The quote being attributed calls `entity` he or she (“She was always smiling,” the
        family friend said): its speaker is someone else."""
        pronouns = {"male": MALE_PRONOUNS, "female": FEMALE_PRONOUNS}.get(entity.gender or "", set())
        return bool(self._quote_words(self.spans[self._current]) & pronouns)

    def _quote_words(self, span: QuoteSpan, first: int | None = None) -> set[str]:
        """The quote's words (its `first` ones only, if given), lower-cased, punctuation off."""
        return {w.strip(".,;:!?’'“”\"").lower() for w in self.text[span.start : span.end].split()[:first]}

    def _document_author_next(self, subject: Token) -> Token | None:
        """Who a document described in a lead is by, as the next two paragraphs say: “the report
        by X”, “… was released by X”, “X's report”."""
        here = self.paragraph_of[subject.i]
        for t in self.tokens[subject.i + 1 :]:
            if self.paragraph_of[t.i] - here > 2:
                break
            if self.inside[t.i] >= 0 or t.lemma_.lower() not in _DOCUMENT_NOUNS or t.pos_ != "NOUN":
                continue
            author = next((c for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) or _by_whom(t, by_prep=True)
            if author is None and t.dep_ == "nsubjpass" and t.head.lemma_.lower() in _ISSUING:
                author = _by_whom(t.head)
            if author is not None:
                return author
        return None

    def _earlier_owner(self, subject: Token) -> tuple[Token | None, bool]:
        """Whom “the spokesperson” speaks for: news introduces a spokesperson once (“a Kestrix
        spokesperson”, “a spokesman for the council”) and then says “the spokesperson”, even
        after naming other bodies — so the owner of the nearest one before (this paragraph or
        the two before). A document (“the report says”) is introduced once with its author,
        however far back, or put out by someone (“His family released a statement”), which
        ends the search at its issuer (the flag: if that is no one we know, no body in view
        speaks through it either)."""
        here = self.paragraph_of[subject.i]
        document = subject.lemma_.lower() in _DOCUMENT_NOUNS
        for t in reversed(self.tokens[: subject.i]):
            if here - self.paragraph_of[t.i] > 2 and not document:
                break
            # (“the report says” after “The report from the Schools Inspectorate”, however far
            # back: a document the article is about is introduced once with its author)
            if self.inside[t.i] >= 0 or (t.lemma_.lower() != subject.lemma_.lower() if document else t.lemma_.lower() not in SPOKESPEOPLE):
                continue
            owner = _owner(t)
            if owner is not None and document and owner.lower_ in ("its", "their"):
                # “A panel …, formally named the Special Investigation Committee …, released its
                # report”: “its” is the releasing subject's, and a body named inside that subject
                # is who it is
                verb = next((a for a in t.ancestors if a.pos_ == "VERB"), None)
                while verb is not None and verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
                    verb = verb.head  # (“A panel, formally called X, published its report”, parsed as two verbs)
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
                around = [*subject.subtree, *(c for c in verb.children if c.dep_ in ("dobj", "oprd") and verb.lemma_ in _NAMING_VERBS)] if subject is not None else []
                named = next(
                    (u for u in around if self.inside[u.i] < 0 and (e := self.people.entity_at(u.i)) is not None and e.kind == "organisation"),
                    None,
                )
                owner = named or owner
            if owner is not None and document and t.dep_ == "dobj" and owner.head.lower_ == "for" and t.head.lemma_.lower() in _ISSUING:
                # (“Deloitte wrote the report for the ministry”: the writer's, not the client's)
                owner = next((c for c in t.head.children if c.dep_ == "nsubj"), owner)
            if owner is not None:
                return owner, False
            if document and t.dep_ in ("dobj", "pobj"):
                # (“His family released a statement”, “In a statement, the bank said”: whoever put
                # it out — and if that is no one we know, no body in view speaks through it)
                within = t.dep_ == "pobj" and (
                    t.head.lower_ == "in" or (t.head.lower_ == "with" and t.head.head.lemma_.lower() in _ANSWERING_WITH)
                )  # (“followed up with an email”, not “woke up with a message”)
                verb = t.head.head if within else t.head
                for _ in range(2):  # (“The chairman, in a letter to shareholders, said”: “in” hung on the subject)
                    if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                        break
                    verb = verb.head
                issuer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                # (only one who put it out: not “Parents received a letter”, “Reporters asked for a statement”)
                if issuer is not None and verb.pos_ == "VERB" and (within or verb.lemma_.lower() in _ISSUING):
                    return issuer, True
        return None, False

    def _cue_in(self, tokens: list[Token], prefer: str) -> tuple[Token, Token] | None:
        """A reporting verb among `tokens` and its subject (outside any quote).

        After a quote, the cue must come before any conjunction: in “…,” and researchers have
        argued …, the verb belongs to another clause and says nothing about the quote."""
        ids = {t.i for t in tokens}
        if prefer == "first":
            for n, t in enumerate(tokens):
                if t.lower_ == "as" and t.head.lemma_ == "put" and is_cue(t.head):
                    continue  # (“…”, as their captain later put it: the one clause that does say whose)
                if (t.pos_ in ("CCONJ", "SCONJ") or (t.dep_ == "mark" and n > 0)) and self.people.mention_at(t.i) is None:
                    tokens = tokens[:n]
                    break
                if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") and not is_cue(t):
                    tokens = tokens[:n]  # “X,” is a duet …: the sentence's own verb comes first
                    break
                if (
                    t.lower_ in ("that", "which", "who") and t.head.dep_ == "relcl" and t.head.i > t.i and n > 0
                    and not any(c in self.text[max(tokens[0].idx - 3, 0) : tokens[0].idx] for c in ",?!")
                ):
                    # “… “a speed bump” for a company that had just reported …”: after a fragment
                    # (no comma closing it), a relative clause describes a noun after the quote
                    # and its verb reports nothing of the quote
                    tokens = tokens[:n]
                    break
        # a fronted “Asked by reporters how …,” puts the question; the answer has its own verb
        # (nor does a participle describing a thing: “a video posted on the company's website”)
        cues = [
            t for t in tokens
            if is_cue(t) and not (t.lemma_ == "ask" and t.tag_ == "VBN" and t.dep_ == "advcl")
            and not (
                t.dep_ == "acl" and t.tag_ == "VBN" and t.head.pos_ == "NOUN" and not self.people.describes_a_person(t.head.lemma_.lower())
                and not any(c.dep_ == "agent" for c in t.children)  # (but “a video posted by candidate X:” is X's)
            )
        ]
        if prefer == "last":
            cues.reverse()
        for cue in cues:
            subject = self._subject_of(cue, ids)
            if subject is not None and not _of_which(subject):
                return cue, subject
        return None

    def _main_cue_over(self, before: list[Token], found: tuple[Token, Token] | None) -> tuple[Token, Token] | None:
        """“Gault recalled what Okonjo had told him during the timeout: …”, “She said many
        participants had told the team they could not pay:”: a cue deep in a clause, far from
        the colon, or one whose own words the sentence already reported, yields to the
        sentence's own reporting verb."""
        if not found or not before or found[0].i >= before[-1].i - 3:
            return found
        verb = found[0]
        deep = verb.dep_ in ("relcl", "pcomp", "advcl") or (
            verb.dep_ == "ccomp" and any(c.lower_ in ("what", "how") for c in verb.children)
        ) or (
            # (what the inner verb said is already there, in its own reported clause)
            verb.dep_ == "ccomp" and is_cue(verb.head)
            and any(
                t.i != verb.i and t.i <= before[-1].i and self.inside[t.i] < 0 and any(c.dep_ == "nsubj" for c in t.children)
                for t in verb.subtree
            )
        )
        if not deep:
            return found
        ids = {t.i for t in before}
        main = next((t for t in before if is_cue(t) and (t.dep_ == "ROOT" or t.head.i not in ids)), None)
        subject = self._subject_of(main, ids) if main is not None and main is not verb else None
        if subject is None and verb.dep_ == "advcl" and any(a.dep_ == "relcl" for a in verb.ancestors):
            # “Another analyst, who asked not to be named because his firm advises one side, was
            # blunter: …”: a reason given inside a relative clause reports nothing
            return None
        return (main, subject) if subject is not None else found

    def _out_of_opening_phrase(self, subject: Token, verb: Token) -> Token:
        """“Opening the case before Judge Kulkarni, Prosecutor Deepa Nair said …”: the parse made
        the last name of the opening phrase the subject and the real one its appositive, which
        stands right before the verb."""
        start = self.people.sentence_tokens(subject.i)[0]
        if not (start.tag_ in ("VBG", "VBN") or start.pos_ == "ADP") or self.inside[start.i] >= 0:
            return subject
        comma = next((t for t in self.tokens[start.i : verb.i] if t.text == ","), None)
        if comma is None or subject.i > comma.i:
            return subject
        appos = next((c for c in subject.children if c.dep_ == "appos" and c.i > comma.i), None)
        if appos is None or appos.left_edge.i != comma.i + 1 or appos.right_edge.i + 1 != verb.i:
            return subject
        return appos

    def _subject_of(self, verb: Token, frame: set[int] | None) -> Token | None:
        quoted = self._quoted_one(verb)
        if quoted is not None:
            return quoted
        # “condemned as ‘cultural vandalism’ by the novelist”: in the passive, the agent speaks
        for agent in verb.children:
            if agent.dep_ == "agent" and self.inside[agent.i] < 0:
                objs = [c for c in agent.children if c.dep_ == "pobj" and self.inside[c.i] < 0]
                if objs:
                    return objs[0]
        if _blamed(verb):
            return None  # “Minister accused of ‘building on sand’”: the accused, not the accuser
        if verb.dep_ == "pcomp" and verb.head.lower_ == "for" and verb.tag_ == "VBG":
            # “praised Dr Ahmed for warning that …”, “criticised the mayor for saying …”: the one
            # praised or blamed did the saying
            obj = next((c for c in verb.head.head.children if c.dep_ == "dobj" and self.inside[c.i] < 0), None)
            if obj is not None and self._could_speak(obj):
                return obj
        if _passive(verb):
            # … or a “by” the parse hung elsewhere in the clause, naming someone who can speak
            for t in verb.subtree:
                if t.lower_ == "by" and self.inside[t.i] < 0:
                    objs = [c for c in t.children if c.dep_ == "pobj" and self.inside[c.i] < 0]
                    if objs and self._could_speak(objs[0]):
                        return objs[0]
        inverted = self._inverted_subject(verb)
        if inverted is not None:
            return inverted if frame is None or inverted.i in frame or self._near(inverted, verb) else None
        v = verb
        if verb.tag_ == "VBG" and verb.head.i != verb.i and verb.head.pos_ == "VERB" and any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children
        ):
            # “ruled that it could, calling it “…””: a participle after a modal is a slip of the
            # parse, which gave it the elided clause's subject — the one calling is the ruler's
            v = verb.head
        for _ in range(3):
            subjects = [c for c in v.children if c.dep_ in _SUBJECT_DEPS and self.inside[c.i] < 0]
            if len(subjects) > 1:
                # (“A person familiar with talks between the office and the observatory said”: the
                # second of a “between … and …” pair read as a subject of its own)
                subjects = [c for c in subjects if not _second_of_between(c)] or subjects
            if subjects:
                # two subjects is a parse slip (“Defending, Ms Halloran said”): take the named one
                subjects.sort(
                    key=lambda c: (self.people.entity_of_phrase(c) is None, c.pos_ == "VERB", abs(c.i - v.i))
                )
                s = subjects[0]
                if in_dateline(s):
                    # “DAYTON, Ohio — A structural engineer who … told jurors”: the parse made the
                    # dateline the subject and the real one its appositive
                    s = next((c for c in s.children if c.dep_ == "appos" and not in_dateline(c) and c.pos_ in ("NOUN", "PROPN")), s)
                named = next((c for c in s.children if c.dep_ == "conj" and self.inside[c.i] < 0), None)
                if (
                    named is not None and s.lower_ in lexicons.titles() and self.people.entity_at(named.i) is not None
                    and self.people.entity_at(named.i).kind == "person"
                    and (self.people.entity_at(s.i) is None or self.people.entity_at(s.i).kind != "person")
                ):
                    s = named  # “said RCA president and Longreach mayor Colin Brodie-Taite”: two titles, one man
                if any(c.dep_ == "amod" and c.lower_ in ("outside", "inside") for c in s.children):
                    # “Outside court, a family friend … said”: the preposition read as an adjective
                    # of the place, and the speaker as the place's appositive
                    s = next((c for c in s.children if c.dep_ == "appos"), s)
                s = self._out_of_opening_phrase(s, v)
                if s.dep_ == "nsubjpass" and v is verb and verb.lemma_.lower() not in ("quote", "report", "hear"):
                    return None  # “Carver was told …”, “will be added to …”: spoken to or of, not speaking
                fronted = s.pos_ == "VERB" or (
                    # (or tagged a noun: “Opening for the government, the minister, X, said”)
                    (s.is_sent_start or self.tokens[s.i - 1].is_space) and s.lower_.endswith(("ing", "ed"))
                    and self.people.entity_at(s.i) is None
                )
                if fronted and s.i < v.i:
                    # “Addressing supporters at 2 a.m., Mendel, 48, said”: the parse made the fronted
                    # participle the subject; the name set off just before the verb is the speaker
                    named = [
                        t for t in self.tokens[s.i + 1 : v.i]
                        if self.inside[t.i] < 0 and self.people.entity_at(t.i) is not None and self.people.entity_at(t.i).kind == "person"
                    ]
                    if named:
                        s = named[-1]
                elif s.text.islower() and s.lower_.endswith(("ing", "ed")) and self.people.entity_at(s.i) is None:
                    # “Lord Justice de Villiers, agreeing, said”: the parse made the participle set
                    # off after the name the subject, and the name its subject
                    named_subjects = [
                        c for c in s.children
                        if c.dep_ == "nsubj" and self.people.entity_at(c.i) is not None and self.people.entity_at(c.i).kind == "person"
                    ]
                    if named_subjects:
                        s = named_subjects[0]
                if s.lower_ in ("who", "that", "which") and v.dep_ == "relcl" and self.inside[v.head.i] < 0:
                    s = v.head  # “Pratt, who called the bill …”: the relative pronoun's antecedent
                    # (not when the body is a person: “Lisa Grant, a lawyer for Mark Dunn, who told …”)
                    ante = self.people.entity_of_phrase(s) if s.dep_ == "pobj" else None
                    if s.dep_ == "pobj" and (ante is None or ante.kind != "person" or not lexicon_gender(ante.first or "")):
                        # “Priyanka Menon, an analyst at Fairlight Securities, who estimated”: the
                        # parse hung “who” on the body; the person the appositive describes is meant
                        up = s
                        while up.dep_ == "pobj" and up.head.dep_ == "prep" and up.head.head.i != up.head.i:
                            up = up.head.head
                        if up.dep_ == "appos":
                            up = up.head
                        ent = self.people.entity_of_phrase(up)
                        if up is not s and ent is not None and ent.kind == "person":
                            s = up
                if v is not verb and v.dep_ == "ccomp" and is_cue(v.head) and (
                    not self._could_speak(s) or _tense_breaks_coordination(verb, v)
                ):
                    # “X said a warning had been issued and described it as …”: the cue was
                    # coordinated inside X's reported clause, whose subject cannot speak — or
                    # whose modal the past tense cannot share (“Tan said the company would
                    # need …, and described its book as …”)
                    v = v.head
                    continue
                if (
                    v is not verb and verb.tag_ == "VBG" and verb.dep_ == "advcl" and v.dep_ in ("acl", "relcl", "ccomp")
                    and v.head.i != v.i and self._a_mere_thing(s, v)
                ):
                    # “She rejected the submission that the case sat ‘…’, telling Pike: ‘…’”: a
                    # participle set after the sentence shares its main subject, not the subject
                    # of the clause the parse hung it on
                    v = v.head
                    while v.dep_ in ("acl", "relcl", "ccomp", "dobj", "pobj", "prep") and v.head.i != v.i:
                        v = v.head
                    continue
                if frame is None or s.i in frame or self._near(s, verb):
                    return s
                return None
            aside = next(
                (
                    c for c in v.children
                    if v is verb and c.dep_ in ("ccomp", "advcl") and c.i < v.i and c.lower_.endswith(("ing", "ed"))
                    and c.i + 1 < len(self.tokens) and self.tokens[c.i + 1].text == ","
                ),
                None,
            )
            named = next((g for g in aside.children if g.dep_ == "nsubj" and self.people.entity_at(g.i) is not None), None) if aside else None
            if named is not None and self.people.entity_at(named.i).kind == "person":
                # “Aidan Costigan, mitigating, said …”: the parse made the court participle set
                # off by commas the name's verb — the name is the teller's
                return named if frame is None or named.i in frame or self._near(named, verb) else None
            if v is verb and v.dep_ == "conj" and verb.i >= 2 and self.tokens[verb.i - 1].text == ",":
                # “… in which the Chairman of the Committee, Hon. X, described …”: the parse
                # coordinated the verb with the sentence's first, but the person set off by
                # commas just before it, in apposition to a noun after that first verb, is its subject
                named = self.tokens[verb.i - 2]
                ent = self.people.entity_at(named.i)
                if ent is not None and ent.kind == "person" and named.dep_ == "appos" and v.head.i < named.head.i < verb.i:
                    return named
            if v.dep_ in ("conj", "advcl", "xcomp", "relcl") and v.head.i != v.i and self.inside[v.head.i] < 0:
                if v.dep_ == "relcl":
                    return v.head if v.head.pos_ in ("PROPN", "NOUN") else None
                v = v.head
                continue
            if v is verb and v.dep_ == "acl" and v.tag_ in ("VBD", "VBN"):
                # “a dispute the company's chairman, Declan Furlong, once called “…””: a relative
                # clause with no “that”, whose subject the parse set beside the noun it describes
                between = [
                    c for c in v.head.children
                    if c.dep_ == "appos" and v.head.i < c.i < v.i and self.inside[c.i] < 0
                    and (People.describes_a_person(c.lemma_.lower()) or self.people.entity_of_phrase(c) is not None)
                ]
                if between and (frame is None or between[0].i in frame or self._near(between[0], verb)):
                    return between[0]
            if (
                v is verb and v.dep_ == "acl" and v.tag_ in ("VBD", "VBN") and self.inside[v.head.i] < 0
                and self.people.entity_at(v.head.i) is not None
                and v.lemma_ not in _SAID_OF_SOMEONE and not any(c.dep_ == "agent" for c in v.children)
            ):
                # “…,” Jo Bell, the club's captain, posted online: a past tense hung on the name
                # as a modifier is a parse slip — the name is its subject (but “Bell, quoted by
                # the paper” or “Bell, asked about it” is spoken of, not speaking)
                return v.head if frame is None or v.head.i in frame or self._near(v.head, verb) else None
            if (
                v.dep_ == "acl" and v.tag_ == "VBD" and v.head.dep_ == "ROOT" and v.head.pos_ in ("NOUN", "PROPN")
                and self.inside[v.head.i] < 0 and any(c.dep_ in ("dobj", "oprd", "cc", "conj") for c in v.children)
            ):  # (a finite verb with its own object, not “Bell, named by the paper”)
                # “The Tidewater coach, Michael Hunt, named an unchanged side and described his
                # players as …”, parsed as a noun phrase: the past tense hung on the root noun
                # is the sentence's verb, and the noun (through its name) its subject
                named = self.people.entity_of_phrase(v.head)
                if (named is not None and named.kind == "person" and not named.anonymous) or (
                    named is None and People.describes_a_person(v.head.lemma_.lower())
                ):
                    return v.head if frame is None or v.head.i in frame or self._near(v.head, verb) else None
            if v.dep_ == "acl" and v.head.head.i != v.head.i and self.inside[v.head.head.i] < 0:
                v = v.head.head  # “released a statement calling the plan …”: the statement's issuer
                continue
            if (
                v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ in ("by", "after", "before", "while", "in")
                and v.head.head.i != v.head.i and self.inside[v.head.head.i] < 0 and v.head.head.pos_ in ("VERB", "AUX")
            ):
                v = v.head.head  # “opened the debate by insisting …”: whoever opened it
                continue
            break
        # parse failures: a name or pronoun right next to the verb in the frame
        if frame is not None:
            for t in (verb.nbor(-1) if verb.i > 0 else None, verb.nbor(1) if verb.i + 1 < len(self.doc) else None):
                if t is not None and t.i in frame and t.dep_ != "poss" and (t.pos_ == "PROPN" or t.lower_ in _PRONOUNS - {"it", "you"}):
                    return t
            # “‘…,’ scoffed his wife.”: right after the quote, an inverted subject the parse made
            # the verb's object
            if verb.i > 0 and self.inside[verb.i - 1] >= 0 and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
                obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.i in frame), None)
                if obj is not None and (self._could_speak(obj) or People.stands_for_someone(obj.lemma_.lower())):
                    return obj  # (unnamed too: “‘…?’ asked one woman, who requested anonymity”)
            # … or a description the parse left without a role: “the 61-year-old said”
            prev = verb.nbor(-1) if verb.i > 0 else None
            if prev is not None and prev.i in frame and prev.pos_ in ("NOUN", "ADJ") and not any(
                c.dep_ in _SUBJECT_DEPS for c in verb.children
            ):
                back = [self.tokens[i] for i in range(max(prev.i - 5, 0), prev.i)]
                articles = [b for b in back if b.lower_ == "the"]
                after_article = [b for b in back[-4:] if articles and b.i > articles[0].i]
                if any(b.i in frame for b in articles) and not any(b.is_punct and b.text != "-" for b in after_article):
                    return prev
        if not any(c.dep_ in _SUBJECT_DEPS + ("csubj",) for c in verb.children):
            # “Kavanagh, who founded the group Save the Arle after …, said”: a long relative
            # clause misread as a clause of its own took the name as its subject
            for clause in verb.lefts:
                if clause.dep_ not in ("ccomp", "advcl", "parataxis") or clause.pos_ != "VERB":
                    continue
                for s in clause.lefts:
                    ent = self.people.entity_at(s.i)
                    if (
                        s.dep_ == "nsubj" and self.inside[s.i] < 0 and ent is not None
                        and "," in self.text[s.idx : clause.idx]
                        and (frame is None or s.i in frame or self._near(s, verb))
                    ):
                        return s
        # “Hargate’s letting agent, Ferrisford Homes, said” parsed with no subject at all: a
        # named person or organisation just before the verb, across commas only
        if not any(c.dep_ in _SUBJECT_DEPS + ("csubj",) and c.pos_ != "VERB" for c in verb.children):
            for back in range(verb.i - 1, max(verb.i - 6, -1), -1):
                t = self.tokens[back]
                if (t.is_punct and t.text in ",") or (t.like_num and t.dep_ == "appos"):
                    continue  # commas, and an age in apposition (“Petrova, 51, said”)
                if t.lower_ in ("now", "aged") and back + 1 < verb.i and self.tokens[back + 1].like_num:
                    continue  # … “Whyte, now 24, said”
                if self.inside[t.i] < 0 and self.people.entity_at(t.i) is not None:
                    if t.dep_ == "pobj" and t.head.lower_ in ("in", "for", "at", "on", "to", "with"):
                        break  # “Vance, writing in the Sunday Courier, called”: where, not who
                    return t
                if not (t.pos_ in ("PROPN",) or t.is_punct):
                    break
            # … or a name set off by a participle phrase between commas (“Harriet Vance, writing
            # in the Sunday Courier, called it …”)
            if verb.i >= 2 and self.tokens[verb.i - 1].text == ",":
                for t in self._back_in_clause(verb.i - 3, max(verb.i - 20, 0)):
                    after_comma = self.tokens[t.i + 2] if t.i + 2 < verb.i else None
                    ent = self.people.entity_at(t.i)
                    if self.tokens[t.i + 1].text == "," and after_comma is not None and ent is not None and (
                        (after_comma.tag_ in ("VBG", "VBN") and ent.kind == "person")
                        # (… or by an appositive description: “In a post on X, the Coalition for
                        # Accountable Public Spending, a civic group monitoring the inquiry, wrote”)
                        or after_comma.lower_ in ("a", "an")
                    ):
                        return t
            # … or a name and a relative clause set off by commas, however the parse read the
            # clause (“East Coast Regional Council, which co-manages the stopbank, says”)
            if verb.i >= 2 and self.tokens[verb.i - 1].text == ",":
                for t in self._back_in_clause(verb.i - 2, max(verb.i - 25, 1)):
                    back = t.i
                    if t.lower_ in ("which", "who") and self.tokens[back - 1].text == "," and back >= 2:
                        name = self.tokens[back - 2]
                        if self.inside[name.i] < 0 and self.people.entity_at(name.i) is not None:
                            return name
                        break
            # … or a person set off by an appositive that ends at the comma before the verb
            # (“Reached by phone, Mendoza, now a hitting coach in Arizona, said”)
            if verb.i >= 2 and self.tokens[verb.i - 1].text == ",":
                # (back to the sentence end or line break: the parse's own sentences often split here)
                start = verb.i - 1
                while start > 0 and verb.i - start < 20 and not (
                    self.tokens[start - 1].text in _SENTENCE_END or "\n" in self.tokens[start - 1].text
                ):
                    start -= 1
                for t in self.tokens[start : verb.i - 1]:
                    ent = self.people.entity_at(t.i)
                    if self.inside[t.i] >= 0 or ent is None or ent.kind != "person":
                        continue
                    # (or a participle or relative clause: “Mokoena, known to members as “Bra T”,
                    # said”; its closing mark may hang on the name itself)
                    end = verb.i - 2
                    while end > t.i and self.tokens[end].text in ("”", "’", '"', "'"):
                        end -= 1
                    if any(c.dep_ in ("appos", "acl", "relcl") and c.right_edge.i in (end, verb.i - 2) for c in t.children):
                        return t
        return None

    def _back_in_clause(self, start: int, stop: int) -> Iterator[Token]:
        """Tokens from `start` back to (not including) `stop`, ending early at a sentence end, a
        line break or a quote."""
        for i in range(start, stop, -1):
            t = self.tokens[i]
            if t.text in _SENTENCE_END or "\n" in t.text or self.inside[t.i] >= 0:
                return
            yield t

    def _quoted_one(self, verb: Token) -> Token | None:
        """“The release quoted its head of research, Professor Ada Obi: …”, “the paper quoted Obi
        as saying …”: whoever does the quoting only passes on the words of the one quoted."""
        if verb.lemma_.lower() == "say" and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
            verb = verb.head.head
        if verb.lemma_.lower() != "quote" or verb.pos_ not in ("VERB", "AUX"):
            return None
        if _passive(verb):  # “Obi was quoted by the paper as saying …”: Obi, not the paper
            return next((c for c in verb.children if c.dep_ == "nsubjpass" and self.inside[c.i] < 0 and self._could_speak(c)), None)
        objects = [c for c in verb.children if c.dep_ == "dobj" and self.inside[c.i] < 0]
        for obj in objects:
            # the object or the name set beside it (“its head of research, Professor Ada Obi”)
            for t in (*(c for c in obj.children if c.dep_ == "appos"), obj):
                if self.people.entity_at(t.i) is not None:
                    return t
        named = [
            c for c in verb.children
            if c.dep_ in ("npadvmod", "appos", "dobj") and self.inside[c.i] < 0 and self.people.entity_at(c.i) is not None
        ]
        if named:
            return named[0]
        return objects[0] if objects and self._could_speak(objects[0]) else None

    def _written_by(self, subject: Token) -> Token | None:
        """The author of the written thing a subject stands for (“One, left by Tully, read: …”,
        “Another, from Ms Fitzwater, said: …”); for “it”, “this” or “the email”, the author of the
        written thing last mentioned in this paragraph or the one before (“a text message that
        Dunnachie sent … It read: …”)."""
        low, lemma = subject.lower_, subject.lemma_.lower()
        written = subject.pos_ == "NOUN" and lemma in _WRITTEN
        if self.inside[subject.i] >= 0 or not (written or low in ("one", "another", "it", "this")):
            return None
        if low in ("one", "another") and self._written_before(subject) is None:
            return None  # (“Fans came from all over. One, from Glasgow, said”: a fan, not a note)
        if low not in ("it", "this"):
            author = _author(subject)
            if author is not None:
                return author if self.inside[author.i] < 0 and (self._could_speak(author) or author.pos_ == "NOUN") else None
        if not (low in ("it", "this") or (written and any(c.lower_ in ("the", "this", "that") for c in subject.children))):
            return None
        thing = self._written_before(subject)
        author = _author(thing) if thing is not None else None
        if author is None or self.inside[author.i] >= 0:
            return None
        return author if self._could_speak(author) or author.pos_ == "NOUN" else None

    def _written_before(self, subject: Token) -> Token | None:
        """The written thing last mentioned before `subject`, in its paragraph or the one before."""
        here = self.paragraph_of[subject.i]
        for t in reversed(self.tokens[: subject.i]):
            if here - self.paragraph_of[t.i] > 1:
                break
            if self.inside[t.i] < 0 and t.pos_ == "NOUN" and t.lemma_.lower() in _WRITTEN:
                return t
        return None

    def _could_speak(self, subject: Token) -> bool:
        """A name, a pronoun for people, or a noun the people roster resolves."""
        if subject.pos_ == "PROPN" or subject.lower_ in _PRONOUNS - {"it"}:
            return True
        # (or a relative the article allows: “His wife rolls her eyes. “…””)
        return (
            self.people.entity_of_phrase(subject) is not None or self.people.relative_of(subject) is not None
            or self._body_of_group(subject, subject.lemma_.lower()) is not None
        )

    def _described_by_age(self, subject: Token) -> bool:
        """“the 52-year-old”: an age stands for a person even where nothing else could speak."""
        return _AGE.search(self._mention_extent(subject)[2]) is not None

    def _near(self, subject: Token, verb: Token) -> bool:
        return abs(subject.i - verb.i) <= 12 and self.paragraph_of[subject.i] == self.paragraph_of[verb.i]

    def _clause_subject(self, tokens: list[Token]) -> tuple[None, Token] | None:
        """“He offered a single word: …” — the subject of the clause that ends in the colon."""
        for t in reversed(tokens):
            if t.lemma_.lower() in _DELIVERED and t.dep_ == "dobj":
                # “Her director read a short message from her: …”: the words are the sender's
                sender = _sender(t.head)
                if sender is not None and self.inside[sender.i] < 0 and self._could_speak(sender):
                    return None, sender
                break
        for t in reversed(tokens):
            if t.dep_ in _SUBJECT_DEPS and any(
                a.dep_ in ("relcl", "acl") and a.head.lemma_.lower() not in _WRITTEN | _DELIVERED for a in t.ancestors
            ):
                # (“Another analyst, who said his firm advises one side, was blunter: …” — but “a
                # text message Okafor sent his brother: …” is Okafor's)
                continue
            if _of_which(t):
                continue  # (“The memo, a copy of which was seen by the Wire, continued: …”)
            if t.dep_ == "dep" and t.lemma_.lower() in _DOCUMENT_NOUNS and t.pos_ == "NOUN" and (
                t.i == 0 or t.nbor(-1).is_sent_start and t.nbor(-1).lower_ == "the"
            ):
                return None, t  # (the same, the parse having lost the subject the memo is)
            # (“The email read: …”, “It said: …” — not “This prompted a reply from X: …”)
            author = self._written_by(t) if t.dep_ in _SUBJECT_DEPS and t.head.lemma_.lower() in _READING else None
            if author is not None:
                return None, author  # “The email read: …”, “It read: …”: its author's words
            if t.dep_ in _SUBJECT_DEPS and (
                t.pos_ == "PROPN" or t.lower_ in _PRONOUNS - {"it", "i", "you"} or self.people.entity_of_phrase(t)
                or self._described_by_age(t)  # “the 51-year-old was blunter: …”
                # “The report ends with a blunt conclusion: …”: a document's words are its author's
                # (not “The investigation centred on a text Okafor sent: …”)
                or (t.lemma_.lower() in _DOCUMENT_NOUNS and t.pos_ == "NOUN" and t.head.lemma_.lower() in _DOCUMENT_GIVING)
            ):
                return None, t
            if t.dep_ in _SUBJECT_DEPS and t.lemma_.lower() in _WORDS_NOUNS:
                owner = _possessor(t)
                if owner is not None and self._could_speak(owner):
                    return None, owner
        # a sentence the parse left without a verb, its root the noun that names the teller
        # (“…, Engstrom’s wife of 48 years, Joanne Engstrom, thanked rescuers: …”, “thanked”
        # read as an adjective): the noun, through its appositive name
        root = next((t for t in tokens if t.dep_ == "ROOT" and t.pos_ == "NOUN" and self.inside[t.i] < 0), None)
        if root is not None and any(t.tag_ == "VBD" and t.i > root.i and self.inside[t.i] < 0 for t in tokens):
            named = self.people.entity_of_phrase(root)
            if named is not None and named.kind == "person" and not named.anonymous:
                return None, root
        # a headline or panel style label: “Mayor Ortiz: …” — nothing before the colon but a name
        words = [t for t in tokens if not t.is_punct and not t.like_num and ":" not in t.text]
        if words and all(self.people.entity_at(t.i) is not None or t.pos_ == "PROPN" for t in words):
            named = [t for t in words if self.people.entity_at(t.i) is not None]
            return (None, named[-1]) if named else None
        # … or a description of someone the article names: “Transport secretary: …”
        if words and len(words) <= 4 and words[-1].pos_ in ("NOUN", "PROPN"):
            described = self.people.resolve_description([t.lower_ for t in words], words[0].idx)
            if described is not None:
                return None, words[-1]
        return None

    def _embedded(self, span: QuoteSpan) -> tuple[Token, Token] | None:
        """The nearest reporting verb governing the quote from outside it, and its subject."""
        toks = self.tokens[self._token_at(span.start) : self._token_at(max(span.end - 1, span.start)) + 1]
        own = {self.inside[t.i] for t in toks}
        for t in toks:
            for c in t.children:
                # “as she put it, she “never stops buzzing around””: an as-clause set on the
                # quote's own words says whose they are, whatever governs them
                # (only “as X put it”: “even as critics warned”, “as Reed had predicted” say
                # nothing of whose words these are)
                if self.inside[c.i] < 0 and c.dep_ == "advcl" and c.lemma_ == "put" and is_cue(c):
                    subject = self._subject_of(c, None)
                    if subject is not None:
                        return c, subject
        exits = []
        for t in toks:
            h = t.head
            # (“said it had “invested …” and was “actively recruiting””: the second fragment hangs
            # on a verb inside the first — look through it to the verb outside both)
            steps = 0
            while self.inside[h.i] >= 0 and self.inside[h.i] not in own and h.head.i != h.i and steps < 4:
                h = h.head
                steps += 1
            if self.inside[h.i] < 0 and h.i != t.i:
                exits.append(h)
        seen = set()
        for h in exits:
            steps = 0
            while h.i not in seen and steps < 6:
                seen.add(h.i)
                if h.idx > span.mark_end and self._conjunction_between(span.mark_end, h.idx):
                    break  # “…” and critics have argued: a verb of another clause
                if self.inside[h.i] < 0 and is_cue(h) and not _negated(h) and not _praise_of_another(h, toks):
                    # (“said the agency could not comment …, but that any bid would be judged
                    # “…””: whoever could not comment is not the one saying the words)
                    source = _passive_source(h)
                    if source is not None and self.inside[source.i] < 0 and (
                        self._could_speak(source) or People.stands_for_someone(source.lemma_.lower())
                    ):
                        return h, source  # “had been told in a letter from the trust that …”
                    subject = self._subject_of(h, None)
                    if h.dep_ == "ccomp" and (
                        (subject is None and _passive(h)) or (subject is not None and self._a_mere_thing(subject, h))
                    ):
                        # “Lund said the plan had been written ‘…’”, “… said the figures reflected
                        # ‘…’”: no one speaks in the reported clause — its teller does
                        teller = self._outer_cue(h)
                        if teller is not None:
                            return teller
                    if subject is not None and subject.dep_ != "pobj" and self._nobody_in_particular(subject):
                        # “Trewin said residents had been asking for it “…””: the named teller vouches
                        # for the words (but “she was told by a clerk that it was “…”” quotes the clerk)
                        teller = self._outer_cue(h)
                        if teller is not None and (
                            self.people.entity_of_phrase(teller[1]) is not None or teller[1].lower_ in ("he", "she")
                        ):
                            return teller
                    if subject is not None and subject.lower_ in ("he", "she") and h.dep_ in ("ccomp", "conj"):
                        # “A structural engineer … told jurors that he found corrosion and
                        # recommended that the span be closed “immediately””: the he of a
                        # clause someone tells is the teller, however the teller is known
                        teller = self._reporting_clause_teller(h)
                        if (
                            teller is not None and teller[1].pos_ == "NOUN" and People.describes_a_person(teller[1].lemma_.lower())
                            and People.noun_gender(teller[1].lemma_.lower()) in (None, "male" if subject.lower_ == "he" else "female")
                        ):
                            return teller
                    if subject is not None and self.paragraph_of[subject.i] == span.paragraph:
                        return h, subject
                    break
                if self.inside[h.i] < 0 and h.pos_ == "NOUN" and h.lemma_.lower() in _CLAIM_NOUNS:
                    # “despite warnings from its headteacher that the move would ‘…’”, “the
                    # union's claim that it would “…””: the one whose warning or claim it is
                    source = next(
                        (
                            o for p in h.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
                            for o in p.children if o.dep_ == "pobj"
                        ),
                        None,
                    ) or next((c for c in h.children if c.dep_ == "poss" and c.lower_ not in ("its", "their")), None)
                    if source is not None and self.inside[source.i] < 0 and (
                        self._could_speak(source) or People.stands_for_someone(source.lemma_.lower())
                    ):
                        return h, source
                if h.head.i == h.i:
                    break
                h = h.head
                steps += 1
        return None

    def _nobody_in_particular(self, subject: Token) -> bool:
        """“residents”, “one councillor”, “a neighbour”: people no one could name from the text."""
        if subject.pos_ != "NOUN" or self.people.entity_of_phrase(subject) is not None:
            return False
        marks = {c.lower_ for c in subject.children if c.dep_ in ("det", "nummod", "poss")}
        if subject.tag_ == "NNS":
            return not marks or marks <= {"some", "many", "several", "other"}
        return bool(marks) and marks <= {"a", "an", "one", "another", "some"}

    def _a_mere_thing(self, subject: Token, verb: Token) -> bool:
        """“the figures reflected …”, “the search would continue …”: a subject that cannot be
        the one speaking — not a name, pronoun, role, body or group of people, nor a document
        (which speaks for its author); a plural (“landlords”, “her opponents”) is taken for people."""
        if self._could_speak(subject):
            return False
        lemma = subject.lemma_.lower()
        if verb.lemma_.lower() in _EVIDENCE_VERBS:
            return True
        return subject.tag_ == "NN" and lemma not in _DOCUMENT_NOUNS and not People.stands_for_someone(lemma)

    def _cues_above(self, verb: Token, deps: tuple[str, ...]) -> Iterator[tuple[Token, Token | None]]:
        """The reporting verbs whose reported clauses (through `deps`) hold `verb`, innermost
        first, each with its subject."""
        h = verb
        while h.dep_ in deps and h.head.i != h.i and self.inside[h.head.i] < 0:
            h = h.head
            if is_cue(h):
                yield h, self._subject_of(h, None)

    def _reporting_clause_teller(self, verb: Token) -> tuple[Token, Token] | None:
        """The reporting verb whose reported clause holds `verb`, and its subject, whoever."""
        cue, subject = next(self._cues_above(verb, ("ccomp", "conj")), (None, None))
        return (cue, subject) if cue is not None and subject is not None else None

    def _outer_cue(self, verb: Token) -> tuple[Token, Token] | None:
        """Who tells a clause in which no one speaks: the reporting verb whose reported clause
        holds `verb`, and its subject, if that can speak."""
        return next(
            ((cue, s) for cue, s in self._cues_above(verb, ("ccomp", "conj", "xcomp")) if s is not None and self._could_speak(s)),
            None,
        )

    def _any_verb_after(self, span: QuoteSpan, after: list[Token]) -> tuple[Token, Token] | None:
        """“…,” he hesitated / “…?” she smiled: a quote that ends in a comma, question or
        exclamation mark hands over to the clause after it, whatever its verb."""
        content = self.text[span.start : span.end].rstrip()
        if not content.endswith((",", "?", "!", "—", "–", "-")) or not span.closed:
            return None
        head = after[:3]
        for t in head:
            if t.pos_ in ("VERB",) and t.dep_ in ("ROOT", "parataxis", "ccomp", "conj"):
                subject = self._subject_of(t, {x.i for x in after})
                if subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in _PRONOUNS - {"it", "you", "i"}):
                    return t, subject
        return None

    def _conjunction_between(self, start: int, end: int) -> bool:
        # (not the “and” of a name, nor a word inside a relative clause: “… by anyone who knew
        # where to look, researcher X wrote”, nor one joining two roles of the one speaking:
        # “President and CEO X told”)
        return any(
            t.pos_ in ("CCONJ", "SCONJ") and self.people.mention_at(t.i) is None
            and not any(a.dep_ in ("relcl", "acl") for a in t.ancestors)
            and not (t.dep_ == "cc" and t.head.pos_ in ("NOUN", "PROPN") and (
                t.head.lower_ in lexicons.titles()
                # (“co-founder and chief executive X said”: two roles of one person)
                or (t.head.i < t.i and People.describes_a_person(t.head.lemma_.lower()) and any(
                    c.dep_ == "conj" and c.i > t.i and c.pos_ == "NOUN" and People.describes_a_person(c.lemma_.lower()) for c in t.head.children
                ))
            ))
            for t in self._tokens_between(start, end)
        )

    def _according_to(self, span: QuoteSpan, frame: list[Token]) -> tuple[Token, Token] | None:
        """“according to X”, “according to X’s report”, “by X’s own account”, “in X’s words”."""
        for t in frame:
            if t.lower_ == "according" and t.i + 2 < len(self.tokens) and self.tokens[t.i + 1].lower_ == "to":
                objs = [c for c in self.tokens[t.i + 1].children if c.dep_ == "pobj"]
                if objs:
                    # “according to the city’s finance director, X” and “according to his son” name
                    # a person; “according to the city’s figures” names its owner
                    obj = objs[0]
                    someone = obj.pos_ == "NOUN" and (
                        People.stands_for_someone(obj.lemma_.lower()) or People.is_person_word(obj.lemma_.lower())
                    )
                    if not someone and obj.lemma_.lower() in _WRITTEN | _DOCUMENT_NOUNS | {"entry", "record"}:
                        # “according to a catalogue entry written by the museum's founder, X”
                        author = _author(obj) or _owner(obj)
                        if author is not None and self.inside[author.i] < 0:
                            return t, author
                    # “according to her publisher, Fenella Brierley of Kittiwake Press”: the name set beside it
                    named = next((c for c in obj.children if c.dep_ == "appos" and self.people.entity_at(c.i) is not None), None)
                    after = self.tokens[obj.i + 2] if obj.i + 2 < len(self.tokens) else None
                    if named is None and after is not None and self.tokens[obj.i + 1].text == "," and self.inside[after.i] < 0:
                        ent = self.people.entity_at(after.i)
                        named = after if ent is not None and ent.kind == "person" else None  # (however parsed)
                    lemma = obj.lemma_.lower()
                    a_role = People.describes_a_person(lemma) or (
                        lemma.endswith(("er", "or", "ent", "ant", "ist")) and lemma not in lexicons.organisation_words()
                    )  # (not “according to police, John Ames, 45, was …”: he is not their voice)
                    if named is not None and obj.pos_ == "NOUN" and a_role:
                        return t, named
                    return t, obj if someone else (_possessor(obj) or obj)
            if t.lower_ in ("account", "words", "telling", "admission") and t.dep_ == "pobj" and t.head.lower_ in ("by", "in", "on"):
                owner = _possessor(t)
                if owner is not None:
                    return t, owner
        return None

    def _dash_byline(self, after: list[Token]) -> tuple[None, Token] | None:
        if len(after) >= 2 and after[0].text in ("—", "–", "-", "--") and after[1].pos_ == "PROPN":
            names = [t for t in after[1:] if t.pos_ == "PROPN"]
            return None, names[-1] if names else after[1]
        return None

    def _previous_paragraph_text(self, span: QuoteSpan) -> tuple[int, str] | None:
        return self._paragraph_before(self._paragraph_start(span))

    def _names_someone(self, start: int, end: int) -> bool:
        """A person is named (or given a pronoun) between these characters."""
        return any(
            start <= m.start < end and self.people.entities[m.entity].kind == "person" for m in self.people.mentions
        ) or any(t.lower_ in ("he", "she", "they") for t in self._tokens_between(start, end))

    def _paragraph_before(self, start: int) -> tuple[int, str] | None:
        """The start and text of the paragraph before the one starting at `start`."""
        if start <= 1:
            return None
        end = start - 1
        while end > 0 and self.text[end - 1] in "\n \t\r":
            end -= 1
        p_start = self.text.rfind("\n", 0, end) + 1
        return p_start, self.text[p_start:end]

    def _continuation(self, k: int, done: list[Attribution]) -> Attribution:
        span = self.spans[k]
        if k > 0:
            prev = self.spans[k - 1]
            prev_att = done[k - 1]
            if prev.paragraph == span.paragraph and prev_att.speaker_entity is not None:
                return inherit(prev_att, "continuation")
            # … past a slogan or name quoted in between (“… the crowd chanted “Fix It First” …”)
            j = k - 1
            while j >= 0 and self.spans[j].paragraph == span.paragraph and done[j].speaker_entity is None and len(
                self.text[self.spans[j].start : self.spans[j].end].split()
            ) <= 4:
                j -= 1
            if j >= 0 and j < k - 1 and self.spans[j].paragraph == span.paragraph and done[j].speaker_entity is not None:
                return inherit(done[j], "continuation")
            if span.continued and prev.continues:
                return inherit(prev_att, "multi-paragraph")
        if span.mark_start != self._paragraph_start(span) and (k == 0 or self.spans[k - 1].paragraph != span.paragraph):
            # “Pruitt was unmoved. “We can't …”” — no cue anywhere, but the sentence just
            # before is about one person or organisation: the quote is theirs
            found = self._sentence_subject(self._tokens_between(self._paragraph_start(span), span.mark_start))
            if found:
                att = self._make("sentence-subject", *found)
                if att.speaker_entity is not None:
                    return att
        # a paragraph opening with a quote after a paragraph in which someone spoke
        if span.mark_start == self._paragraph_start(span):
            found = self._named_after(k)
            if found:
                att = self._make("cue-next-paragraph", *found, distance_penalty=0.1)
                if att.speaker_entity is not None:
                    return att
            prev_para = self._previous_paragraph_text(span)
            if prev_para is None:
                return NONE
            p_start, p_text = prev_para
            # a Q&A: the interviewer's question set as a paragraph of its own, unquoted (“Why
            # oysters?”), hands over to the one answering — who answered last, or was introduced
            # as answering, before it
            while (
                _bare_question(p_text) and not self._names_someone(p_start, p_start + len(p_text))
                and (before := self._paragraph_before(p_start)) is not None
            ):
                p_start, p_text = before  # (not “So what does Dr Patel make of it?”: he answers)
            # (a name or term quoted in passing — “known to supporters as “The Postman”” — is no
            # one speaking)
            quotes_there = [
                (j, s) for j, s in enumerate(self.spans[:k]) if p_start <= s.mark_start < p_start + len(p_text)
                and not (
                    done[j].speaker_entity is None and s.mark_start != p_start
                    and len(self.text[s.start : s.end].split()) <= 4
                )
            ]
            toks = self._tokens_between(p_start, p_start + len(p_text))
            if quotes_there:
                j, s = quotes_there[-1]
                last = done[j]
                if last.method == "interview-question" and j > 0 and done[j - 1].speaker_entity is not None:
                    # the answer to a question put in between: whoever spoke before it
                    return inherit(done[j - 1], "dialogue-turn")
                if last.method == "addressed" and j > 0 and done[j - 1].speaker_entity is not None and self._asks(span):
                    # the next question after the answer: the asker's turn again
                    return inherit(done[j - 1], "dialogue-turn")
                addressed = self._addressee(s, last)
                if addressed is not None:
                    return addressed
                turn = self._dialogue_turn(quotes_there, done)
                if turn is not None:
                    return inherit(turn, "dialogue-turn")
                if self._interview_question(k):
                    return _QUESTION
                # (who reported something before the last quote was heard out has not
                # interrupted it: “BlueLotus insisted it had done nothing wrong. “…,” said its
                # officer Priya Rao.”)
                after_last = [t for t in toks if t.idx >= s.mark_start]
                if last.speaker_entity is not None and not self._other_speaker(after_last, last):
                    return inherit(last, "previous-paragraph")
                return NONE
            if self._interview_question(k):
                return _QUESTION
            # reported speech without quotes: “Grange told reporters that …” (the teller, not a
            # verb inside what is told: “Raghunathan said drivers had complained …”)
            found = self._teller_in(toks)
            if found:
                att = self._make("previous-speaker", *found)
                return att if att.speaker_entity is not None else NONE
            # … or a paragraph introducing someone: “Ellie Brennan, 24, had paid £310 for her
            # ticket.” then a paragraph that is only a quote — theirs
            found = self._sentence_subject(toks)
            about_someone = bool(self._quote_words(span, first=15) & {"he", "she", "him", "her"})
            if found and not about_someone:
                # (“Kelly Brown, 17, died at the scene. ¶ “She was the light of our lives”” is her
                # family speaking of her)
                att = self._make("sentence-subject", *found, distance_penalty=0.1)
                if att.speaker_entity is not None:
                    return att
        return NONE

    def _named_after(self, k: int) -> tuple[Token, Token] | None:
        """“…” alone in its paragraph, then a paragraph that opens by pointing back at it and
        names who said it: “That was how Irene Castellano described …”, “This is what Ms Roe
        told the court.”, “So said Ms Iqbal in 2019.” (not “That came after …”, “So far, X has
        said …”)."""
        span = self.spans[k]
        end = self._paragraph_end(span)
        if self.text[span.mark_end : end].strip() or end >= len(self.text) or span.continues:
            return None  # (more of the writer's words here, or the quote runs on)
        start = end
        while start < len(self.text) and self.text[start] in "\n \t\r":
            start += 1  # (past blank lines between paragraphs)
        nxt_end = self.text.find("\n", start)
        if start >= len(self.text) or self.text[start] in "“‘\"'":
            return None  # the next paragraph is a quote of its own
        tokens = self._tokens_between(start, len(self.text) if nxt_end < 0 else nxt_end)
        return self._pointing_back(_first_sentence(tokens))

    def _pointing_back(self, sentence: list[Token]) -> tuple[Token, Token] | None:
        """A sentence right after a quote that points back at it and names who said it: “So said
        Ms Iqbal.”, “That was how Irene Castellano described …”, “Those were Cllr Sandhu’s parting
        words.”, “It is a line Bruce has taken to repeating.” (not “That came after …”)."""
        if len(sentence) < 3:
            return None  # (“No.”: too short to point back at the quote and name anyone)
        ids = {t.i for t in sentence}
        first = sentence[0].lower_
        if first == "so" and is_cue(sentence[1]):
            subject = self._subject_of(sentence[1], ids)  # “So said Ms Iqbal”
            return (sentence[1], subject) if subject is not None else None
        said_by = self._words_said_by(sentence, ids)
        if said_by is not None:
            return said_by
        used = self._words_used_by(sentence, ids)
        if used is not None:
            return used
        if first not in ("it", "that", "this", "those", "these") or sentence[1].lemma_ != "be":
            return None
        if first != "it" and sentence[2].lower_ in ("how", "what"):
            # “That is how Pearl Onslow sums up the plan”: the verb of the how/what clause, whatever it is
            # (the verb “how” hangs on, else the first: not “longest-serving” in the name's appositive)
            how = sentence[2]
            verb = how.head if how.head.pos_ == "VERB" and how.head.i > how.i else next(
                (t for t in sentence[3:] if t.pos_ == "VERB"), None
            )
            if verb is not None and verb.lemma_.lower() in _RECEIVING:
                return None  # (“That was what Tom Reid wanted to hear”: the listener)
            subject = self._subject_of(verb, ids) if verb is not None else None
            return (verb, subject) if verb is not None and subject is not None and self._could_speak(subject) else None
        root = sentence[1]
        line = next((c for c in root.children if c.dep_ == "attr" and c.lemma_.lower() in _SAYINGS), None)
        if line is None or any(t.lower_ in _NOT_THEIRS for t in sentence[1 : line.i - sentence[0].i]):
            return None  # (“That is also / not the view of X”: someone else's words, agreed or not)
        # “Those were Cllr Sandhu’s parting words”, “That was the verdict of Carys Lloyd-Bowen”,
        # “That was the charge from the opposition's spokeswoman, X”
        owner = _possessor(line) or next(
            (o for p in line.children if p.dep_ == "prep" and p.lower_ in ("of", "from") for o in p.children if o.dep_ == "pobj"), None
        )
        if owner is not None and self.inside[owner.i] < 0 and self._could_speak(owner):
            return root, owner
        # “It is a line Bruce has taken to repeating” (not “a claim Hart denies”, “the last words
        # Maria heard”: only a verb of saying or using the words makes them the subject's)
        clause = next((c for c in line.children if c.dep_ == "relcl"), None)
        verbs = [clause, *(x for x in clause.subtree if x.dep_ in ("xcomp", "pcomp"))] if clause is not None else []
        if clause is not None and (_negated(clause) or not any(
            (is_cue(v) or v.lemma_.lower() in _USING_WORDS) and v.lemma_.lower() not in _RECEIVING for v in verbs
        )):
            return None
        subject = self._subject_of(clause, ids) if clause is not None else None
        if subject is not None and subject.lower_ not in ("that", "which") and self._could_speak(subject):
            return clause, subject
        return None

    def _words_used_by(self, sentence: list[Token], ids: set[int]) -> tuple[Token, Token] | None:
        """“Thibodeau delivered the line to cheering supporters”, “Okafor repeated the words
        twice”: the sentence's subject gave the quote, which its object calls by what it is."""
        root = _root_of(sentence)
        if root is None or root.pos_ != "VERB" or _negated(root) or root.lemma_.lower() not in _DELIVERING:
            return None  # (not “Grey dismissed the charge”, “Lee echoed the sentiment”: someone else's words)
        line = next((c for c in root.children if c.dep_ == "dobj"), None)
        if line is None or line.lemma_.lower() not in _SAYINGS or not any(
            c.dep_ == "det" and c.lower_ in ("the", "those", "these", "that", "this") for c in line.children
        ):
            return None
        subject = self._subject_of(root, ids)
        if subject is None or not self._could_speak(subject):
            return None
        return root, subject

    def _words_said_by(self, sentence: list[Token], ids: set[int]) -> tuple[Token, Token] | None:
        """“The words were shouted through a megaphone by Folasade Adeyemi-Cole”, “The remark
        came from the club's chairman”: the quote's words, named as such, and who gave them."""
        words = next((t for t in sentence if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
        if words is None or words.lemma_.lower() in _ANSWERS:
            return None  # (“The response came from X”: the answer to the quote, not the quote)
        if not any(c.dep_ == "det" and c.lower_ in ("the", "those", "these", "that", "this") for c in words.children):
            return None
        verb = words.head
        lemma = words.lemma_.lower()
        if lemma in ("speaker", "author") and verb.lemma_ == "be":
            # “The speaker is Kemi Fashola, 34, who grew up …”
            source = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "PROPN"), None)
        elif lemma not in _SAYINGS | _MORE_SAYINGS | {"cry"}:
            return None
        elif _passive(verb) and words.dep_ == "nsubjpass" and verb.lemma_.lower() in _GIVING_WORDS:
            source = self._subject_of(verb, ids)  # (the agent: “by X” — not “condemned by X”)
        elif verb.lemma_ == "come":
            # (“came not from an aid worker but from Senator X”: the “from” not denied)
            froms = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"]
            froms += [c for p in froms for c in p.children if c.dep_ == "conj" and c.lower_ == "from"]
            froms = [p for p in froms if not any(c.dep_ == "neg" for c in p.children)]
            source = next((o for o in froms[-1].children if o.dep_ == "pobj"), None) if froms else None
        elif verb.lemma_ == "be":
            # “The words are those of Comfort Ajayi-Oche, a yam trader”
            those = next((c for c in verb.children if c.dep_ == "attr" and c.lower_ in ("those", "that")), None)
            source = next(
                (o for p in (those.children if those is not None else ()) if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"),
                None,
            )
        else:
            return None
        if source is None or source is words or self.inside[source.i] >= 0 or not self._could_speak(source):
            return None
        return verb, source

    def _teller_in(self, tokens: list[Token]) -> tuple[Token, Token] | None:
        """Whose words a quote-only paragraph continues: the last reporting verb among `tokens`
        whose subject names someone (“Moss said Hart told officers …” → Hart), passing over
        verbs of unnamed subjects (“Raghunathan said drivers had complained …” → Raghunathan);
        words delivered “from X” are X's (“read a statement from the family”)."""
        ids = {t.i for t in tokens}
        for verb in reversed([t for t in tokens if is_cue(t) or (t.pos_ == "VERB" and _delivered(t) is not None)]):
            if not is_cue(verb):
                sender = _sender(verb)
                if sender is not None:
                    return verb, sender
            subject = self._subject_of(verb, ids)
            if subject is not None and subject.lower_ in ("i", "we") and verb.lemma_.lower() == "ask":
                # “When I asked her whether the rent was the reason, she put the potato down.”:
                # the reporter's question — the answer that follows is the one asked
                asked = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and self.inside[c.i] < 0), None)
                if asked is not None and (asked.lower_ in ("him", "her") or self.people.entity_of_phrase(asked) is not None):
                    return verb, asked
            if subject is not None and (
                self.people.entity_of_phrase(subject) is not None or subject.lower_ in ("he", "she")
            ):
                return verb, subject
        return self._cue_in(tokens, prefer="last")

    def _asks(self, span: QuoteSpan) -> bool:
        return self.text[span.start : span.end].rstrip(_CLOSING_TRAIL).endswith("?")

    def _addressee(self, question: QuoteSpan, asked: Attribution) -> Attribution | None:
        """“‘Who signed off your bonus, Mr Lockhart?’ she asked.” ¶ “‘The remuneration
        committee.’”: an uncued answer is the person the question named, not its asker — when
        the name is one person's of the article and the question was someone else's."""
        if not self._asks(question):
            return None
        content = self.text[question.start : question.end]
        found = _VOCATIVE_END.search(content) or _VOCATIVE_START.match(content)
        if found is None:
            return self._questioned(question, asked)
        words = found.group(1).split()
        title = words[0].strip(".").lower() if len(words) == 2 else None
        if title not in lexicons.titles() and _DESCRIBED_BEFORE_NAME.search(content[: found.start(1)]):
            return None  # (“Have you met the new landlord, Ruth Kemp?”: a name in apposition)
        if len(words) == 2 and title not in lexicons.titles():
            candidates = [e for e in self.people.entities if e.kind == "person" and e.name == found.group(1)]
        else:
            word = words[-1]
            candidates = [e for e in self.people.entities if e.kind == "person" and not e.anonymous and word in (e.last, e.first)]
        if len(candidates) != 1 or candidates[0].id == asked.speaker_entity or self._speaks_of(candidates[0]):
            return None  # (“‘… Ruth Kemp?’ ¶ ‘I hear she is tough.’”: the answer speaks of her)
        entity = candidates[0]
        start = question.start + found.start(1)
        return Attribution(
            method="addressed",
            confidence=BASE_CONFIDENCE["addressed"],
            mention=found.group(1),
            mention_start=start,
            mention_end=start + len(found.group(1)),
            speaker=entity.name,
            speaker_entity=entity.id,
            evidence=f"addressed: answers the question put to “{found.group(1)}” → {entity.name}",
        )

    def _questioned(self, question: QuoteSpan, asked: Attribution) -> Attribution | None:
        """“Justice Ade asked Nnaji to look at a certificate. ¶ “Is this your signature?” she
        asked. ¶ “It is, my Lord.””: the answer is the one the asker was just said to question."""
        if asked.speaker_entity is None:
            return None
        before = self._previous_paragraph_text(question)
        start = before[0] if before is not None else self._paragraph_start(question)
        for verb in reversed(self._tokens_between(start, question.mark_start)):
            if verb.lemma_ not in _QUESTIONING or verb.pos_ != "VERB" or self.inside[verb.i] >= 0:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            target = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if target is None:
                continue
            asker = self.people.entity_at(subject.i) if subject is not None else None
            if subject is None or (asker is None and subject.lower_ not in _PRONOUNS) or (
                asker is not None and asker.id != asked.speaker_entity
            ):
                return None  # (someone else asked someone: not this exchange)
            mention = self.people.mention_at(target.i)
            entity = self.people.entity_at(target.i)
            if mention is None or entity is None or entity.kind != "person" or entity.anonymous or entity.id == asked.speaker_entity:
                return None
            return Attribution(
                method="addressed",
                confidence=BASE_CONFIDENCE["addressed"],
                mention=mention.text,
                mention_start=mention.start,
                mention_end=mention.end,
                speaker=entity.name,
                speaker_entity=entity.id,
                evidence=f"addressed: answers the one “{verb.text}” just before → {entity.name}",
            )
        return None

    def _interview_question(self, k: int) -> bool:
        """“Do you read your reviews?” alone in its paragraph, uncued, answered by a quote
        opening the next paragraph: the interviewer asking, not the interviewee."""
        span = self.spans[k]
        content = self.text[span.start : span.end].strip()
        if not content.endswith("?") or len(content.split()) > 25 or span.continues:
            return False
        end = self._paragraph_end(span)
        if self.text[span.mark_end : end].strip():
            return False  # more of the writer's words in the paragraph
        return k + 1 < len(self.spans) and self.spans[k + 1].mark_start == self._paragraph_start(self.spans[k + 1]) and (
            self.spans[k + 1].paragraph == span.paragraph + 1
        )

    def _owner_of_quoted(self, noun: Token) -> Token | None:
        """The author “from” whom a line or passage comes (“a line from X,”), when the quote
        follows right after the author's name."""
        if noun.lemma_.lower() not in _QUOTED_NOUNS or self.inside[noun.i] >= 0:
            return None
        owner = _from_whom([noun])
        return owner if owner is not None and self._could_speak(owner) and owner.i >= noun.i else None

    def _owner_of_words(self, noun: Token | None) -> Token | None:
        """Who said the words a noun stands for: “his answer”, “the prediction, from Ms Sandhu”."""
        if noun is None or noun.lemma_.lower() not in _WORDS_NOUNS or self.inside[noun.i] >= 0:
            return None
        owner = _possessor(noun) or _from_whom([noun])
        return owner if owner is not None and self._could_speak(owner) else None

    def _sentence_subject(self, tokens: list[Token]) -> tuple[None, Token] | None:
        """The subject of the last full sentence among `tokens` that could speak: of the joined
        clause nearest the quote first, a verb of saying or delivering before others; or the
        owner of the words it is about (“His answer was immediate.”)."""
        if not tokens or tokens[-1].text not in _SENTENCE_END:
            return None
        sentence = tokens[_last_sentence_start(tokens) :]
        root = _root_of(sentence)
        if root is None:
            return None
        # the clause nearest the quote first: “The red light comes on, and she leans in.”
        clauses = [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")][::-1] + [root]
        # (and a clause the parse hung before the root: “Con has a saying, one his children can recite”)
        # (not “X was charged on Sunday, police said.”: that clause is what was reported)
        if not (is_cue(root) or root.lemma_.lower() in _EVIDENCE_VERBS):
            clauses += [
                c for c in root.lefts
                if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and not any(g.dep_ == "nsubjpass" for g in c.children)
            ]
        # (“Tom read the family's statement, and Mary wept beside him. “…””: the reader speaks)
        clauses.sort(key=lambda v: 0 if _delivered(v) is not None else 1 if is_cue(v) else 2)
        for verb in clauses:
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and self.inside[c.i] < 0), None)
            if subject is None and misread_verb(verb):
                subject = verb.nbor(-1)  # “Kessler laughs when she hears this.”
            if subject is None:
                continue
            owner = self._owner_of_words(subject) if verb.lemma_ == "be" else None
            if owner is not None:
                return None, owner  # “His answer was immediate.” (not “Hale's comments were condemned by …”)
            if self._could_speak(subject) or self._described_by_age(subject):
                return None, subject  # (“the 52-year-old gave an account”: an age describes a person)
        return self._after_fronted_participle(sentence)

    def _after_fronted_participle(self, sentence: list[Token]) -> tuple[None, Token] | None:
        """“Asked whether she would run again, the 25-year-old smiled.”, parsed with “Asked” as
        the root and the real clause hung inside it: the one named or described between the
        participle clause's comma and the next verb."""
        if len(sentence) < 4 or sentence[0].tag_ not in ("VBN", "VBG", "VBD") or sentence[0].dep_ != "ROOT":
            return None
        comma = next((n for n, t in enumerate(sentence) if t.text == "," and self.inside[t.i] < 0), None)
        if comma is None:
            return None
        # (the verb, or a plural noun ending the sentence that is one: “Told this, the
        # 63-year-old shrugs.”)
        verb = next(
            (
                n for n in range(comma + 1, len(sentence))
                if sentence[n].pos_ == "VERB" or (sentence[n].tag_ == "NNS" and n + 1 < len(sentence) and sentence[n + 1].text in _SENTENCE_END)
            ),
            None,
        )
        if verb is None or verb - comma > 8:
            return None
        for t in reversed(sentence[comma + 1 : verb]):
            if t.pos_ in ("NOUN", "PROPN", "PRON", "ADJ") and (self._could_speak(t) or self._described_by_age(t)):
                return None, t
        return None

    def _dialogue_turn(self, previous: list[tuple[int, QuoteSpan]], done: list[Attribution]) -> Attribution | None:
        """In an exchange between two speakers (paragraphs opening with quotes by X, then Y),
        an uncued reply goes back to X; a single earlier speaker is a continuation instead."""
        j, s = previous[0]
        if s.mark_start != self._paragraph_start(s) or j == 0:
            return None
        p1 = done[previous[-1][0]]
        before = self._previous_paragraph_text(s)
        if before is None:
            return None
        b_start, b_text = before
        earlier = [n for n, q in enumerate(self.spans[:j]) if b_start <= q.mark_start < b_start + len(b_text)]
        if not earlier or self.spans[earlier[0]].mark_start != b_start:
            return None
        p2 = done[earlier[-1]]
        if p1.speaker_entity is None or p2.speaker_entity is None or p1.speaker_entity == p2.speaker_entity:
            return None
        return p2

    def _other_speaker(self, tokens: list[Token], last: Attribution) -> bool:
        """Someone other than the last quote's speaker reports something among `tokens`."""
        ids = {t.i for t in tokens}
        for t in tokens:
            if is_cue(t):
                s = self._subject_of(t, ids)
                if s is None:
                    continue
                if last.mention_start is not None and last.mention_end is not None and last.mention_start <= s.idx < last.mention_end:
                    continue  # the very mention that gave the last quote its speaker (“A Northline spokeswoman”)
                ent = self.people.entity_at(s.i)
                if ent is not None and ent.id != last.speaker_entity:
                    return True
        return False


# verbs that give something a name or a label
_NAMING_VERBS = frozenset({"call", "dub", "describe", "term", "know", "refer", "nickname", "label"})
# the sides of an argument: what they call a thing is their opinion of it (“what critics call
# “a sham””), whoever they are
_SIDES = frozenset({
    "critic", "opponent", "supporter", "campaigner", "protester", "protestor", "activist",
    "detractor", "sceptic", "skeptic", "advocate", "objector",
})


_COLLECTIVES = frozenset({"staff", "people", "police", "public", "crew", "personnel", "clergy", "folk"})


def _how_put(after: list[Token]) -> tuple[Token, Token] | None:
    """“‘Dead on arrival’ was how a senior aide put it”, “… is what the mayor called it”: the
    quote is what someone's clause says they said."""
    words = [t for t in after if not t.is_punct][:2]
    if len(words) < 2 or words[0].lemma_ != "be" or words[1].lower_ not in ("how", "what"):
        return None
    verb = words[1].head if words[1].head.pos_ == "VERB" else None
    if verb is None or verb.lemma_.lower() not in _PUTTING:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (verb, subject) if subject is not None else None


_PUTTING = {"put", "describe", "call", "say", "sum", "characterise", "characterize", "phrase", "word", "term"}


def _tense_breaks_coordination(verb: Token, clause: Token) -> bool:
    """A plain past tense (“described”) cannot be coordinated with a modal verb (“would need”):
    the parse hung it on the wrong verb."""
    return (
        verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and any(c.tag_ == "MD" for c in clause.children)
    )


def _a_whole_group(noun: Token) -> bool:
    """“locals”, “some residents”, “economists”: a bare plural, a community rather than anyone."""
    if (noun.tag_ != "NNS" and noun.lemma_.lower() not in _COLLECTIVES) or noun.lemma_.lower() in _SIDES:
        return False  # (“what staff call “corridor care””: a collective noun is a plural)
    # (“senior figures in the Forward party”: people of one camp, giving its view)
    # (but “older growers in Mathira”: people of a place, a community)
    return all(
        c.dep_ not in ("det", "poss", "nummod", "compound", "prep") or c.lower_ in ("some", "many", "most", "all", "several")
        # (“a bacterium doctors often describe as …”: the noun the clause is about, taken by the
        # parse for a compound — with its own article, or one no plural takes)
        or (c.dep_ == "compound" and c.i < noun.i and any(d.dep_ == "det" for d in c.children))
        or (c.dep_ in ("det", "compound") and c.i < noun.i and _singular_article_before(noun))
        or (
            # (a habit, in the present: not “Residents in Leeds called the closure “…””)
            c.dep_ == "prep" and c.lower_ in ("in", "across", "around") and noun.head.tag_ in ("VB", "VBP", "VBZ")
            and any(o.ent_type_ in ("GPE", "LOC") for o in c.children)
        )
        for c in noun.children
    )


def _singular_article_before(noun: Token) -> bool:
    """“a fungus farmers …”: “a” and a noun before a plural — a reduced relative clause the
    parse took for one noun phrase."""
    return noun.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) and any(
        c.dep_ == "compound" and c.i < noun.i for c in noun.children
    )


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _without_possessive(word: str) -> str:
    """“sheriff's” → “sheriff”, so a phrase and a name compare word by word."""
    return re.sub(r"['’]s$", "", word)


def _blamed(verb: Token) -> bool:
    """“Minister accused of …”, “Council criticised for …”: a headline's passive the parse read
    as active — a verb of blaming straight followed by what for, with no object."""
    return (
        verb.lemma_.lower() in ("accuse", "criticise", "criticize", "condemn", "slam", "blast", "rebuke")
        and verb.tag_ in ("VBN", "VBD") and verb.i + 1 < len(verb.doc) and verb.nbor(1).lower_ in ("of", "for", "over")
        and not any(c.dep_ == "dobj" for c in verb.children)
    )


def _delivered(verb: Token) -> Token | None:
    """The words a verb hands over (“read a statement”, “issued a short message”, “gave an
    account”): such a verb speaks as much as a reporting verb does."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _DELIVERED), None)


def _glued_lemma(noun: Token) -> str:
    """A noun's lemma with the words hyphened onto it (“centre-back”, “fly-half”), which the
    tokenizer splits and the lexicon knows whole."""
    doc, i = noun.doc, noun.i
    if i >= 2 and doc[i - 1].text in _HYPHENS and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha:
        glued = f"{doc[i - 2].lower_}-{noun.lemma_.lower()}"
        if People.is_person_word(glued):
            return glued  # (not “co-spokeswoman”, “ex-spokesman”: a prefix leaves the noun what it was)
    return noun.lemma_.lower()


def _passive_source(verb: Token) -> Token | None:
    """Who told, when the telling is passive and came in writing: “were told in a letter from
    the trust”. (An agent — “was told by the club” — is already `_subject_of`'s answer.)"""
    if not _passive(verb):
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            message = next(
                (o for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in _DELIVERED | _DOCUMENT_NOUNS), None
            )
            sender = _from_whom([message]) if message is not None else None
            if sender is not None:
                return sender
    return None


def _by_whom(head: Token, by_prep: bool = False) -> Token | None:
    """X in a passive's “… by X” hung on `head` as its agent (or, with `by_prep`, as a plain “by”
    preposition: “the report by X”)."""
    return next(
        (
            o for c in head.children if c.dep_ == "agent" or (by_prep and c.dep_ == "prep" and c.lower_ == "by")
            for o in c.children if o.dep_ == "pobj"
        ),
        None,
    )


def _from_whom(heads: list[Token], after: int = -1) -> Token | None:
    """X in “… from X” hung on any of `heads` (a “from” after token `after`)."""
    return next(
        (
            o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "from" and p.i > after
            for o in p.children if o.dep_ == "pobj"
        ),
        None,
    )


def _sender(verb: Token) -> Token | None:
    """X in “read a statement from X” / “issued X's statement”: whose the delivered words are."""
    words = _delivered(verb)
    if words is None:
        return None
    owner = next((c for c in words.children if c.dep_ == "poss"), None)
    # (or “a message allegedly sent by Gopalakrishnan”: the agent of what sent or wrote it)
    agent = next(
        (by for a in words.children if a.dep_ == "acl" and a.lemma_.lower() in _ISSUING if (by := _by_whom(a)) is not None),
        None,
    )
    return owner or agent or _from_whom([words]) or _from_whom([verb], after=words.i)  # (or hung on the verb)


def _modifier_name(tok: Token) -> bool:
    """“Smith’s”, “the Smith family”: a name used to qualify something, which says nothing
    about who is speaking (unlike “Fiona talks …”, whatever the tagger made of “talks”)."""
    if tok.dep_ == "poss":
        return True
    return tok.dep_ == "compound" and tok.i > 0 and tok.nbor(-1).lower_ == "the"


def _negated(verb: Token) -> bool:
    """“could not comment”, “did not say”: a verb of saying that says nothing."""
    return any(c.dep_ == "neg" for c in verb.children)


def _new_detail(noun: Token) -> bool:
    """“the mother of two”, “the retired dinner lady”: a plain noun (mother, lady) that could
    be anyone unnamed, given a detail only a writer with one person in mind adds."""
    if noun.lemma_.lower() in _OTHERS:
        return False  # “the family friend”, “the next-door neighbour”: someone else's
    counted = any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.like_num for g in c.children)
        for c in noun.children
    )
    trade = any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in noun.lefts)
    return counted or trade


def _of_which(noun: Token) -> bool:
    """“a copy of which”, “most of whom”: the subject of a relative clause, not of the sentence."""
    return any(c.lower_ == "of" and any(o.lower_ in ("which", "whom") for o in c.children) for c in noun.children)


# what follows the name in a feature headline “‘…’: Name on …” (“… says …”, “… talks …”)
_FEATURE_HEADLINE_LINKS = {"on", "says", "tells", "talks", "explains", "reflects", "recalls", "speaks", "writes", "in", "at"}


def _bare_question(paragraph: str) -> bool:
    """A short paragraph that only asks, with no quote marks: an interviewer's question."""
    words = paragraph.split()
    return 0 < len(words) <= 25 and paragraph.rstrip().endswith("?") and not any(m in paragraph for m in "“”\"‘")


# what someone is asked to do when the asking is a question (“asked her to describe …”)
_TELLING_VERBS = {"describe", "explain", "tell", "say", "recount", "identify", "confirm", "name", "recall", "clarify", "estimate"}
# where a body puts out its statements (“a statement on the club's website”)
_PAGES = {"website", "site", "page", "account", "feed", "channel", "blog", "handle"}


def _owner(noun: Token) -> Token | None:
    """Whom a spokesperson or a document speaks for: X’s …, … for X, … of X, … by X, … from X."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "by", "from", "at"):
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if objs and objs[0].pos_ in ("PROPN", "NOUN"):
                return objs[0]  # a description (“for the minister”) that may stay unresolved
    by = _by_whom(noun)  # “a report written by …” parsed as an agent
    if by is not None:
        return by
    for prep in noun.children:
        # “a statement on the club's website”: whose page it is (a his or its is left to the
        # pronoun rules)
        if prep.dep_ == "prep" and prep.lower_ in ("on", "via", "through"):
            page = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in _PAGES), None)
            owner = next((c for c in page.children if c.dep_ == "poss"), None) if page is not None else None
            if owner is not None and owner.lower_ not in ("its", "their", "his", "her"):
                return owner
    if noun.lemma_.lower() in SPOKESPEOPLE:
        # “a Vantora spokeswoman”, “a university spokesman”: the body compounded onto the noun
        # (or “nmod”, as the parse makes a name with an ampersand: “a Hartwell & Lowe spokesperson”)
        compounds = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.pos_ in ("PROPN", "NOUN")]
        if compounds:
            return compounds[-1]
    return None


def _author(noun: Token) -> Token | None:
    """Who wrote a written thing: “Tully's note”, “a note from Tully”, “a note left by Tully”,
    “an email the school sent”, “Tully posted a note” (not “seen by the Gazette”: a reader)."""
    found = _from_whom([noun])
    if found is not None:
        return found
    for clause in noun.children:
        if clause.dep_ not in ("acl", "relcl") or clause.pos_ != "VERB":
            continue
        verbs = [clause] + [x for x in clause.subtree if x.dep_ == "xcomp" and x.head.i == clause.i]
        if not any(v.lemma_.lower() in _AUTHORING for v in verbs):
            continue  # (“which has been seen by the Gazette”)
        for v in verbs:
            by = _by_whom(v)
            if by is not None:
                return by  # “left by Tully”, “sent by the school”
        if clause.dep_ == "relcl" and not any(v.lemma_.lower() in _AUTHORING and _passive(v) for v in verbs):
            # “a text message that Mr Dunnachie is alleged to have sent” (not “a letter he was sent”)
            subject = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), None)
            if subject is not None and subject.lower_ not in ("that", "which", "who"):
                return subject
    if noun.pos_ == "NOUN":
        # “Tully's note”, “his reply” — after an author the clauses name (“Her eviction notice,
        # issued by Lakeside Property”)
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ not in ("my", "our", "your", "its")), None)
        if owner is not None:
            return owner
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in _AUTHORING and not _passive(head):
        # “The council posted a notice”
        return next((c for c in head.children if c.dep_ == "nsubj"), None)
    if noun.dep_ == "pobj" and head.lower_ in ("in", "through", "via") and head.head.pos_ == "VERB" and is_cue(head.head):
        # “In a statement on the club's website, chairman Malcolm Thorne said …”
        return next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    return None


def _possessor(noun: Token) -> Token | None:
    """X in “X’s report” when the noun is a document or statement rather than a speaker."""
    if noun.pos_ == "PROPN" or noun.lower_ in _PRONOUNS:
        return None
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    return None


def _plain_words(text: str) -> list[str]:
    return [w for w in (w.strip(".,;:!?’'“”\"‘()—–-").lower() for w in text.split()) if w]


def inherit(prev: Attribution, method: str) -> Attribution:
    """The previous quote's speaker, carried over by `method` (no cue of this quote's own)."""
    return Attribution(
        method=method,
        confidence=round(min(prev.confidence, BASE_CONFIDENCE[method]), 2),
        cue=None,
        mention=None,
        speaker=prev.speaker,
        speaker_entity=prev.speaker_entity,
        evidence=f"{method}: same speaker as the quote before ({prev.speaker})",
    )


def _abbreviation(text: str, i: int) -> bool:
    """A full stop that ends an abbreviation or initial (Dr. Mr. J.) is not a sentence end."""
    if text[i] != ".":
        return False
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:i].lower()
    if j > 0 and text[j - 1].isdigit():
        return False  # “the 1960s.”, “at 5pm.”: a number's ending, not an initial
    return len(word) == 1 or word in _ABBREVIATIONS


def _root_of(sentence: list[Token]) -> Token | None:
    """The sentence's root, a verb first: the parse sometimes splits a sentence off its first
    word (“Old pier ¶ Harold | Finch fished …” makes “Harold” a root of its own)."""
    roots = [t for t in sentence if t.dep_ == "ROOT"]
    return next((t for t in roots if t.pos_ in ("VERB", "AUX")), roots[0] if roots else None)


def _first_sentence(tokens: list[Token]) -> list[Token]:
    """The tokens up to and including the first sentence end (all of them if none)."""
    return tokens[: next((n + 1 for n, t in enumerate(tokens) if t.text in _SENTENCE_END), len(tokens))]


def _last_sentence_start(tokens: list[Token]) -> int:
    for n in range(len(tokens) - 2, -1, -1):
        if tokens[n].text in _SENTENCE_END:
            return n + 1
    return 0
