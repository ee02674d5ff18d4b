"""The one quote normaliser: storage (`norm_hash`), re-extraction matching and conflict checks
must all agree on when two quotes are "the same words", so they all call this module.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Curly and odd quote marks → straight ones; every dash → "-".
_TRANSLATE = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
        "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"', "\u2039": "'", "\u203a": "'",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
        "\u2026": "...",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": "",
    }
)
_SPACE = re.compile(r"\s+")
# Punctuation (and quote marks) that may hang on either end of a quote depending on where the
# extractor cut it: "Unreal." and "Unreal" are the same quote.
_EDGE = " \"'.,;:!?-()[]…"


def normalise_quote(text: str) -> str:
    """Casefold, unify quote marks and dashes, collapse whitespace, strip edge punctuation."""
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE).casefold()
    text = _SPACE.sub(" ", text)
    return text.strip(_EDGE)


def quote_hash(text: str) -> str:
    """sha1 hex digest of `normalise_quote(text)`: the value stored in `quotes.norm_hash`."""
    return hashlib.sha1(normalise_quote(text).encode("utf-8")).hexdigest()


def name_key(name: str) -> str:
    """The lookup key of a speaker name or alias: casefolded, whitespace collapsed.

    `speakers.name_key` and `speaker_aliases.alias_key` hold exactly this.
    """
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", name).translate(_TRANSLATE)).strip().casefold()


# A company's legal form after its name ("Quillfield Inc.", "Sawit Harmoni Sdn Bhd"): written or
# dropped at a reporter's whim, so never a reason for two names of one company to differ.
LEGAL_FORMS = frozenset(
    "inc ltd plc llc llp corp co gmbh ag sa nv bv pty pte pvt limited bhd berhad sdn tbk"
    " sac saa srl sas ltda spa oy oyj kk lp pllc"
    # (Spanish, Mexican and Gulf forms: “Construcciones X SL”, “X SAB”, “X WLL”)
    " sl slu sab sapi wll pjsc psc fze fzco fzc eireli".split()
)


def without_legal_form(tokens: list[str]) -> list[str]:
    """Casefolded name tokens less a trailing legal form ("sdn bhd" counts as one; dotted or
    not: "S.A.C."), never all. (A generational suffix stays: Dalton Pruitt Jr. and Dalton
    Pruitt III are father and son.)"""
    end = len(tokens)
    while end > 1 and tokens[end - 1].strip(".,").replace(".", "") in LEGAL_FORMS:
        end -= 1
    return tokens[:end]
