"""Is a quoted span someone's speech, a fragment of it, or not speech at all?

- `speech`: an utterance standing as its own sentence, or introduced by a cue and a comma/colon;
- `partial`: a fragment inside the writer's own sentence that a reporting cue attributes
  (He called the plan “reckless and expensive.”);
- `nonspeech`: titles of works, names of plans and firms, nicknames (title-cased words), and
  fragments that no cue attributes (scare quotes, terms: an “immersive” strand).
"""

from __future__ import annotations

import re

from attribution.records import QuoteKind

# words left lower-case inside a title ("Salt and Lamplight", "Blue Skies over Fenwick")
_TITLE_SMALL_WORDS = {
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
    "or", "over", "the", "to", "up", "with", "vs", "via", "de", "la", "le", "du", "von", "van",
    "del", "da", "do", "dos", "das", "di", "y", "e", "al", "el",  # (“Vecinos del Llano”, “Casa da Moeda”)
}


# “that locals call “the Gauntlet””, “began calling the rocket “the Roman candle””: a verb of
# naming, at most a few words before the quote (its object in between)
_NAMING = re.compile(
    r"\b(?:call|calls|called|calling|dub|dubs|dubbed|dubbing|nicknamed|nicknaming|labelled|labeled|"
    r"christened|known(?:\s+[^\s,]+){0,6}?\s+as|(?:refer|refers|referred|referring)\s+to(?:\s+\S+){0,2}?\s+as|named|renamed)\b"
    r"(?:\s+[^\s:,]+){0,4}\s*$",
    re.IGNORECASE,
)

# … of which these only ever give a name (“which residents have nicknamed “the second flood””,
# “known among staff simply as ‘the tablet’”),
# where “what she called “a betrayal”” is as often an opinion as a name
# (“dubbed” gives opinions too — “dubbed the inquiry “a witch hunt”” — so only with “the”
# right before the quote, which makes what follows a name: “dubbed the “milk wars””)
# (and a label a list or register gives: “the catalogue listed them simply as “fetish dolls””,
# “a process known inside the department as a “desk review””)
_ONLY_NAMING = re.compile(
    r"\b(?:(?:nicknamed|nicknaming|nickname|nicknames|christened|christen|christens)(?:\s+[^\s:,]+){0,2}"
    r"|(?:dub|dubs|dubbed|dubbing)\s+the(?:\s+[\w-]+['’]s)?"
    r"|(?:known|listed|lists|list|catalogued|cataloged|classified|classifies|registered)(?:\s+[^\s,]+){0,6}?\s+as(?:\s+(?:a|an|the))?)\s*$",
    re.IGNORECASE,
)

# a definite article right before the opening mark (“the “gross-to-net bubble””)
_DEFINITE_BEFORE = re.compile(r"\bthe\s*$", re.IGNORECASE)

_SENTENCE_OPENERS = {"i", "we", "you", "he", "she", "they", "it", "this", "that", "there", "yes", "no"}


def words_of(content: str) -> list[str]:
    return [w.strip("“”\"‘’'.,;:!?()[]—–-…") for w in content.split() if w.strip("“”\"‘’'.,;:!?()[]—–-…")]


def is_title_like(content: str) -> bool:
    """Every significant word capitalised, as in a title or a name: “Money Matters Tonight”."""
    words = words_of(content)
    if not words or len(words) > 12:
        return False
    if "’" in words[0] or "'" in words[0] or words[0].lower() in _SENTENCE_OPENERS:
        return False  # “That’s Tuesday.”, “We Won”: a sentence, not a title
    significant = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS or w == words[0]]
    if len(significant) < 2 or all(w.isupper() for w in significant):
        return False  # “It’s over,” is two words, one of them small; “NO MORE CUTS” is shouting
    return all(w[:1].isupper() or w[:1].isdigit() for w in significant)


def _name_like(words: list[str]) -> bool:
    """“the Bottoms”, “Mr Three-and-a-Half”, “final_v3”: a name, not an opinion (“reckless”)."""
    if not words or len(words) > 5:
        return False
    if words[0].lower() == "the" and len(words) > 1 and words[1][:1].isupper():
        return True
    if len(words) == 1 and ("_" in words[0] or words[0][:1] in "#@"):
        return True
    return all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words) and words[0][:1].isupper()


# a work's title, however long and however it reads (“a post titled “What we got wrong””)
# (not the adjective: “they are entitled: …”, “felt entitled, …”)
_TITLING = re.compile(
    r"(?<!\bare )(?<!\bis )(?<!\bwas )(?<!\bwere )(?<!\bfeel )(?<!\bfelt )(?<!\bfeels )(?<!\bbe )(?<!\bbeen )"
    r"\b(?:titled|entitled|headlined|captioned|subtitled|under the (?:heading|headline|title|banner|label))\s*[,:]?\s*$",
    re.IGNORECASE,
)

# “… was “the Headmaster”, a nickname he claims to dislike”: the writer says right after the
# quote that it is a name
_NAMED_AFTER = re.compile(
    r"^\s*[,—–-]\s*(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:nickname|moniker|slogan|motto|epithet|catchphrase)s?\b(?![’'-])",
    re.IGNORECASE,
)


# words cried out right before the quote are said, however short (“a man shouted “liar””) …
_CRIED_OUT = re.compile(
    r"\b(?:shout|shouts|shouted|shouting|yell|yells|yelled|yelling|scream|screams|screamed|screaming|"
    r"holler|hollers|hollered|hollering|bellow|bellows|bellowed|bellowing|shriek|shrieks|shrieked|shrieking)"
    r"(?:\s+out)?\s*[,:]?\s*$",
    re.IGNORECASE,
)
# … while what a crowd chants or sings is a slogan or a song (“protesters chanted “Not one more
# degree””)
_CHANTED = re.compile(r"\b(?:chant|chants|chanted|chanting|sing|sings|sang|singing)\s*[,:]?\s*$", re.IGNORECASE)


# a quote set off after a noun for a named thing is that thing's name or words, not speech
# (“a fundraiser, “Shauna’s Light”,”, “his memoir, “…””, “the campaign’s slogan, “…””) — nouns
# one never talks *to*, unlike “told the paper, “…””
_NAMED_THING = re.compile(
    r"\b(?:campaign|fundraiser|single|song|album|track|march|anthem|slogan|motto|book|novel|memoir|"
    r"film|documentary|series|poem|painting|exhibition|scheme|initiative|project|website|newsletter|blog|"
    r"brand|nickname|name|title|hashtag|catchphrase|moniker|petition|manifesto|opera|musical|collection|"
    r"essay|tune|hymn|dish|sculpture|installation|law)s?\s*,\s*$",
    re.IGNORECASE,
)
# a verb that praises or faults what follows: “praised the “extraordinary kindness” of staff”
# quotes the praiser's words, not a term
_EVALUATED = re.compile(
    r"\b(?:praised|praising|praises|praise|hailed|hailing|hails|criticised|criticized|criticising|criticizing|"
    r"condemned|condemning|condemns|welcomed|welcoming|welcomes|decried|decrying|decries|slammed|slamming|slams|"
    r"lamented|lamenting|laments|applauded|applauding|applauds|deplored|deploring|deplores)"
    r"\s+(?:the|a|an|his|her|their|its|our|my)\s*$",
    re.IGNORECASE,
)

# a verb of judging right before the quote: its words are the judge's (“Parish chair slams
# “sham” consultation”, “Mayor hails “turning point””)
_JUDGED = re.compile(
    r"\b(?:slams|slammed|blasts|blasted|criticises|criticised|criticizes|criticized|condemns|condemned|hails|hailed|"
    r"praises|praised|welcomes|welcomed|decries|decried|attacks|attacked)\s*$",
    re.IGNORECASE,
)

# one speaker's own name for something (“what he called the “water mafia””, “what Ms Ruiz calls
# the “paper wall””): their opinion quoted, where a group's name for it (“what locals call the
# “Gauntlet””, “what Republicans called the “poison pill”” — a plural, a side) or a writer's “the
# “soft landing”” picks out a term
_CALLED_BY_ONE = re.compile(
    r"\bwhat\s+(?:he|she|it|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]*[^\Ws])\s+(?:calls|called|describes\s+as|described\s+as|termed|terms)(?:\s+the)?\s*$"
)
# … and the nouns that only ever introduce a name, with or without the comma (“the slogan “…””)
_NAME_NOUN = re.compile(r"\b(?:slogan|motto|nickname|hashtag|catchphrase|moniker)s?\s*[,:]?\s*$", re.IGNORECASE)


# the sentence has spoken of a nickname before the quote
_NICKNAME_BEFORE = re.compile(r"\b(?:nickname|moniker)s?\b", re.IGNORECASE)
# what a sign, placard or shirt reads is its wording, not anyone's speech (“placards reading “…””)
_SIGN_READS = re.compile(
    r"\b(?:signs?|placards?|banners?|posters?|t-shirts?|shirts?|billboards?|stickers?|badges?)\b[^.]{0,60}?"
    r"\b(?:read|reads|reading|saying|says|said|bearing)\s*[,:]?\s*$",
    re.IGNORECASE,
)
# … while a caption someone posts is their words (“with the caption “19 hours. Worth it.””)
# what gives a written message's whole words: “with the caption”, “captioned”, “a message that read”
_CAPTION = re.compile(r"\bcaption\s*[,:]?\s*$", re.IGNORECASE)
# … a message read out whole (“a message that read “It's fine. Everything is fine.””)
_MESSAGE_READ = re.compile(
    r"\b(?:message|post|note|text|tweet|email|statement)\s+(?:that|which)\s+(?:read|reads|said|says)\s*[,:]?\s*$", re.IGNORECASE
)
_CAPTIONED = re.compile(r"\bcaptioned\s*[,:]?\s*$", re.IGNORECASE)


def _sentences(content: str) -> bool:
    """Two sentences or more, each ended (“It’s fine. Everything is fine.”)."""
    return len(re.findall(r"[.!?](?=\s+\S|\s*$)", content.rstrip(" ”’\"'"))) >= 2


def called_a_name_after(after: str) -> bool:
    """The writer's words right after a quote call it a name (“, a nickname he hates”)."""
    return _NAMED_AFTER.search(after) is not None


def _all_capitalised(words: list[str]) -> bool:
    """Every word opens with a capital: a title's shape (“Songs From The Road”, “Homecoming”)."""
    return bool(words) and all(w[:1].isupper() for w in words if w[:1].isalpha())


def classify(
    content: str, before: str, cue_found: bool, adjacent_cue: bool = False, names_a_noun: bool = False,
    named_after: bool = False, named_by_a_group: bool = False, noun_modifier: bool = False, noun_phrase: bool = False,
) -> QuoteKind:
    """Kind of a quote from its words, the writer's text before it in the sentence, and its cue.

    `before` is the sentence text between the previous sentence end (or quote) and the opening
    mark; `cue_found` says whether a reporting cue (not mere continuation) attributes it, and
    `adjacent_cue` whether that cue stands right next to the quote (“…,” Jones said), which
    makes it speech even when its words look like a title (“Come In,” she said) — unless the
    quote stands in apposition to a noun (“her memoir, “Gloves On, Chin Down””: `names_a_noun`)
    or the words after it call it a name (“, a nickname he hates”: `named_after`).
    `named_by_a_group` says a community's naming verb takes the quote (“which locals call “…””);
    `noun_modifier` that a quoted noun modifies the noun after it (“a “supply chain” attack”);
    `noun_phrase` that the quote is a whole noun phrase of its own (“the “soft landing””, not the
    adjective of “the “cowardly” attack”).
    """
    stripped = before.rstrip()
    if stripped.lower().endswith(("so-called", "so called", "the term", "the word", "the words", "the phrase", "the terms")):
        return "nonspeech"  # the writer holds the words at arm's length: a scare quote or a term
    words = words_of(content)
    first_alpha = next((c for c in content if c.isalpha()), "")
    tail = stripped[-120:]  # (the patterns below look only at the words right before the quote)
    called_by_one = bool(_CALLED_BY_ONE.search(stripped))
    if (_NAMED_THING.search(tail) or _NAME_NOUN.search(tail)) and len(words) <= 10:
        return "nonspeech"
    if _SIGN_READS.search(tail):
        return "nonspeech"
    if _NICKNAME_BEFORE.search(stripped) and 0 < len(words) <= 5 and (words[0].lower() == "the" or _name_like(words)):
        return "nonspeech"  # “staff had a nickname for his office at the depot, ‘the vault’”
    if first_alpha.isupper() and (_CAPTION.search(tail) or stripped.endswith((".", "?", "!"))):
        # (a sentence that has ended: the parse ran it on into the quote's — “… before 3 a.m. “It ran …””)
        return "speech"
    if _CRIED_OUT.search(tail):
        return "speech"
    if _CHANTED.search(tail):
        return "nonspeech"
    # (a spaced hyphen typed for a dash introduces too: “ST HELENA BAY - “Twenty boats …””, “a
    # simple message - “Pay us …”” — not one around a title: “The band's new album - “Songs
    # From The Road” -”)
    introduced = not stripped or stripped.endswith((",", ":", "—", "–")) or (
        stripped.endswith((" -", " --")) and not (_all_capitalised(words) and len(words) <= 6)
    )
    if (
        _NAMING.search(stripped) and _name_like(words) and not (called_by_one and not is_title_like(content))
    ) or (_ONLY_NAMING.search(stripped) and len(words) <= 5):
        return "nonspeech"  # a name given to something, not words said
    label = stripped.endswith(":") and len(stripped.split()) <= 2  # a headline's “Study:”, “Exclusive:”
    if noun_modifier and len(words) <= 4 and (not introduced or label) and not called_by_one and not (
        _JUDGED.search(stripped) and not is_title_like(content)
    ):
        return "nonspeech"  # a term used as a modifier, not anyone's words (“Study: “Weekend warrior” workouts …”)
    if (
        noun_phrase and len(words) <= 3 and _DEFINITE_BEFORE.search(stripped) and not _EVALUATED.search(stripped)
        and not called_by_one
        and not content.rstrip(" ,.”’\"'").endswith(("?", "!"))
        and not {w.lower() for w in words} & {"and", "or", "but", "not"}
    ):
        # “the “soft landing” the bank has promised”, “the “gross-to-net bubble””: a phrase the
        # writer picks out as a thing — a term, not a fragment of what someone said (but “the
        # “fair and honest” choice” weighs it: an opinion quoted)
        return "nonspeech"
    if named_by_a_group and len(words) <= 5 and not introduced:
        return "nonspeech"  # “what firefighters call “crossover””: a term, not anyone's words
    if _TITLING.search(stripped) and not (
        _CAPTIONED.search(stripped) and first_alpha.isupper() and content.rstrip(" ”’\"'").endswith((".", "!", "?"))
    ):
        # “a blog post titled “What happened on Monday, and what we are changing”” (but a post
        # “captioned: “Rimu says yes. Kākāpō say BOOM.”” gives its sentences: the poster's words)
        return "nonspeech"
    if (_CAPTIONED.search(tail) or _MESSAGE_READ.search(tail)) and first_alpha.isupper() and _sentences(content):
        # (a photo “captioned “ZEKE. FROM. DEEP.””, “a message that read “It's fine. Everything is
        # fine.””: sentences, not a label like “Brighton, August 1936.”)
        return "speech"
    if named_after and len(words) <= 6 and not introduced:
        return "nonspeech"  # “… was “the Headmaster”, a nickname he claims to dislike”
    if adjacent_cue and introduced and first_alpha.isupper() and not names_a_noun:
        return "speech"
    if len(words) >= 2 and is_title_like(content):
        return "nonspeech"
    if len(words) == 1 and first_alpha.isupper():
        # “Unreal.” after a colon or a cue is a one-word answer; a lone capitalised word is a name
        # (“Tea?”, “Shame!”: a word asked or cried out is said — terms and names carry no ? or !)
        # (but “the musical “Oliver!””, “the show “Jeopardy!””: a title in apposition to a noun)
        exclaimed = content.rstrip(" ,.”’\"'").endswith(("?", "!")) and (introduced or cue_found) and not names_a_noun
        if names_a_noun and content.rstrip().endswith(","):
            return "nonspeech"  # “its mobile platform, “AnchorPay,” would be kept”: a name in apposition, the sentence going on
        return "speech" if (cue_found and introduced) or exclaimed else "nonspeech"
    if not stripped:
        return "speech"
    if introduced and first_alpha.isupper():
        return "speech"
    if cue_found or (_JUDGED.search(stripped) and len(words) <= 6):
        return "partial"  # (“slams “rigged” consultation”: the judge's word, whoever the judge turns out to be)
    return "nonspeech"
