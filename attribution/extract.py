"""The extraction pipeline: article → quote spans → attribution → people → records.

Pure: text in, dataclasses out. `extract_articles` streams many articles through spaCy in
batches; `extract_from_doc` does the work on one parsed `Doc` so tests can feed their own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from collections.abc import Iterable, Iterator
from itertools import chain
from typing import TYPE_CHECKING

from attribution import lexicons, marks
from attribution.attribute import Attribution, Attributor, inherit
from attribution.classify import called_a_name_after, classify, is_title_like
from attribution.people import ORIGINAL_TEXT, People, lexicon_gender
from attribution.records import Article, ArticleExtraction, ExtractedQuote, Speaker

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from attribution.marks import QuoteSpan

UNCLOSED_PENALTY = 0.8  # a quote closed at the paragraph end for want of a closing mark
# rules whose cue stands right beside the quote
ADJACENT_METHODS = frozenset({"cue-after", "verb-after", "cue-before", "split-quote", "colon-intro", "dash-byline"})


def extract_articles(
    articles: Iterable[Article], model: str | None = None, batch_size: int = 16
) -> Iterator[ArticleExtraction]:
    """Extract quotes from each article, in order, parsing them in batches."""
    from attribution import nlp as nlp_mod

    pending = iter(articles)
    first = next(pending, None)
    if first is None:
        return  # nothing to parse: don't pay for loading the model
    nlp = nlp_mod.load(model)
    stream = ((parse_text(a.text), a) for a in chain([first], pending))
    for doc, article in nlp.pipe(stream, batch_size=batch_size, as_tuples=True):
        yield extract_from_doc(article, doc)


def extract_article(article: Article, nlp: Language) -> ArticleExtraction:
    """One article with a caller's pipeline, which may come from spacy.load directly: it gets
    what `nlp.load` gives its own (dotted titles, the lower-case word table) on first use."""
    from attribution import nlp as nlp_mod

    nlp_mod.keep_dotted_titles(nlp)  # (a pipeline from spacy.load directly lacks them)
    nlp_mod.remember_lowercase_words(nlp)  # (best right after loading; its strings grow with each parse)
    return extract_from_doc(article, nlp(parse_text(article.text)))


# a speaker's own “I” inside the words: someone's, however title-cased (“Worst Refereeing I Have
# Ever Seen”; a title may open on one — “I Am Legend”)
_FIRST_PERSON = re.compile(r"(?<=\w[ ,])(?:I|I'm|I’m|I've|I’ve|I'd|I’d)\b")
_WORD_APOSTROPHE = re.compile(r"(?<=\w)’(?=\w)")


def parse_text(text: str) -> str:
    """The text spaCy parses: a typographic apostrophe inside a word becomes a straight one.

    The small model tags O’Neill or don’t badly when the apostrophe is curly (O’Neill came out as
    an adverb); the replacement keeps every offset, and names are read back from the original.
    """
    return _ABBREVIATED_MARIA.sub(_undotted_maria, _WORD_APOSTROPHE.sub("'", text))


# “Ma.” is the Philippine abbreviation of María before a given name (“Sen. Ma. Theresa
# Villanueva”); the tokenizer ends a sentence at its full stop, cutting the name in two. The
# parse reads a given name of the same length there instead (names come out as written).
_ABBREVIATED_MARIA = re.compile(r"\bMa\.(?= ([A-Z][a-z]+))")


def _undotted_maria(match: re.Match[str]) -> str:
    """“Mia” for a “Ma.” that opens a name: not the surname Ma ending a sentence (“founded by
    Jack Ma. Joseph Tsai …”) — a capitalised word before it that is no title is its given name."""
    before = match.string[max(0, match.start() - 40) : match.start()].split()
    previous = before[-1] if before else ""
    if previous[:1].isupper() and previous.strip(".,").lower() not in lexicons.titles() and not previous.endswith((".", "!", "?", ".”", ".’")):
        return match.group(0)  # (but a word that ends a sentence is no given name: “… in Manila. Ma. Theresa Cruz”)
    return "Mia" if lexicon_gender(match.group(1)) else match.group(0)


def _in_parallel(text: str, first: QuoteSpan, second: QuoteSpan) -> bool:
    """“described the play as “…” and its lead as “frightening””: a second fragment joined to the
    first by “and”/“or”/“but” and set up by the same word, so even one word is the speaker's."""
    between = text[first.mark_end : second.mark_start].split()
    before = text[max(0, first.mark_start - 40) : first.mark_start].split()
    return (
        1 < len(between) <= 8 and between[0].lower() in ("and", "or", "but") and bool(before)
        and before[-1].lower() == between[-1].lower()
    )


def _same_sentence(text: str, first: QuoteSpan, second: QuoteSpan) -> bool:
    """Two quotes a few words apart with no sentence end or line break between them."""
    between = text[first.mark_end : second.mark_start]
    return len(between) <= 150 and "\n" not in between and re.search(r"[.!?][”’\"']?\s", between) is None


def extract_text(text: str, nlp: Language, source: str = "<text>") -> ArticleExtraction:
    """Convenience for tests and the REPL."""
    return extract_article(Article(text=text, source=source), nlp)


def extract_from_doc(article: Article, doc: Doc) -> ArticleExtraction:
    text = article.text
    last = doc[-1] if len(doc) else None
    if last is not None and last.idx + len(last.text_with_ws) != len(text):
        raise ValueError("the parsed text must have the article's length (offsets are shared)")
    doc.user_data[ORIGINAL_TEXT] = text
    spans = marks.scan(text)
    paras = marks.paragraphs(text)
    para_starts = [p.start for p in paras]
    inside = [-1] * len(doc)
    paragraph_of = [0] * len(doc)
    tokens = list(doc)  # doc[i] and iteration build new Token objects each time: once is enough
    k = 0
    for t in tokens:
        while k < len(spans) and spans[k].mark_end <= t.idx:
            k += 1
        if k < len(spans) and spans[k].mark_start <= t.idx < spans[k].mark_end:
            inside[t.i] = k
        paragraph_of[t.i] = max(0, bisect_right(para_starts, t.idx) - 1)
    people = People(doc, inside, paragraph_of, text=text, tokens=tokens)
    attributor = Attributor(doc, spans, people, inside, paragraph_of)
    attributions = attributor.attribute_all()
    quotes: list[ExtractedQuote] = []
    speaking: dict[int, None] = {}  # entity ids that speak, in order of their first quote
    for n, (span, att) in enumerate(zip(spans, attributions)):
        content = text[span.start : span.end]
        b0, b1 = attributor.before_frame(n)
        context = (
            attributor.names_a_noun(n), called_a_name_after(text[span.mark_end : span.mark_end + 60]),
            attributor.named_by_a_group(n), attributor.a_noun_modifier(n), attributor.a_noun_phrase(n),
        )
        kind = classify(content, text[b0:b1], att.cue_found, att.method in ADJACENT_METHODS, *context)
        if (
            kind == "speech" and span.paragraph == 0 and len(content.split()) >= 2 and is_title_like(content)
            and not _FIRST_PERSON.search(content) and attributor.titled_subject(n)
        ):
            # a headline “Festival: “The Salt Orchard” takes top prize”: the title-cased quote
            # is what the headline's verb is about, not words the label said
            kind = "nonspeech"
        if att.method == "split-quote" and quotes and quotes[-1].kind == "speech" and kind == "partial":
            kind = "speech"  # the second half of “A,” she said, “b.” continues the utterance
        if (
            kind == "nonspeech" and att.method == "continuation" and quotes and quotes[-1].kind == "speech"
            and content.rstrip(" ’”\"'").endswith((".", "!", "?")) and not text[b0:b1].strip()
            and not text[slice(*attributor.after_frame(n))].strip() and attributor.reads_as_said(n)
        ):
            # “…,” he said. “Ask Jake.”: a sentence of its own after someone's words goes on
            # with them, however it is capitalised (not a sign's “Closed Until Further Notice.”)
            kind = "speech"
        if kind == "nonspeech" and not att.cue_found and quotes and _same_sentence(text, spans[n - 1], span):
            # “Brennan said he was ‘honoured’ to serve at a time of ‘real uncertainty’”: a fragment
            # no cue reaches, in the sentence of a cued fragment, is that speaker's — unless it
            # would be nonspeech even with a cue (a name, a title, a term)
            prev = attributions[n - 1]
            if (
                quotes[-1].kind == "partial" and prev.speaker_entity is not None
                and (len(content.split()) >= 2 or _in_parallel(text, spans[n - 1], span))
                and classify(content, text[b0:b1], True, False, *context) == "partial"
            ):
                kind, att = "partial", inherit(prev, "same-sentence")
        if kind == "nonspeech":
            # titles, names and scare quotes get no speaker, whatever a rule found
            att = Attribution(
                method="nonspeech",
                confidence=0.7,
                evidence="title-cased words or a fragment no reporting cue attributes",
            )
        elif att.method == "none":
            att = replace(att, confidence=0.5)
        if att.speaker_entity is not None:
            speaking.setdefault(att.speaker_entity, None)
        quotes.append(
            ExtractedQuote(
                start=span.start,
                end=span.end,
                text=content,
                kind=kind,
                speaker=att.speaker,
                speaker_mention=att.mention,
                speaker_start=att.mention_start,
                speaker_end=att.mention_end,
                cue=att.cue,
                confidence=round(att.confidence * (1.0 if span.closed else UNCLOSED_PENALTY), 2),
                method=att.method,
                evidence=att.evidence,
                paragraph=span.paragraph,
                closed=span.closed,
            )
        )
    speakers = []
    for entity_id in speaking:
        ent = people.entities[entity_id]
        # aliases are the name forms only: "the judge" or "he" would match other articles' people
        aliases = sorted(ent.aliases)
        speakers.append(
            Speaker(
                name=ent.name,
                kind=ent.kind,
                title=ent.title,
                affiliation=ent.affiliation,
                gender=ent.gender,
                aliases=tuple(aliases),
            )
        )
    return ArticleExtraction(article=article, quotes=tuple(quotes), speakers=tuple(speakers))

