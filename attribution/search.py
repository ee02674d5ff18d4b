"""Full-text candidate retrieval over stored quotes: SQLite FTS5 when present, LIKE otherwise.

`check` and `quotes --search` must stay fast on millions of quotes, so neither scans the table:
the claim's most distinctive words (rarest in the index, counted by capped probes)
are OR-ed into one FTS5 query ranked by bm25, and only the top few rows are scored by rapidfuzz.
A database without the index (not SQLite, or made without the migration) falls back to `LIKE`
on the longest few words, which is correct but scans.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import replace

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session, selectinload

from attribution.check import DEFAULT_THRESHOLD, Candidate, CheckResult, check_claim, context_window
from attribution.db.models import ArticleRow, QuoteRow, SpeakerRow

FTS_TABLE = "quotes_fts"
MAX_TERMS = 6  # rarest words OR-ed into the query: enough to find a changed quote, few to stay fast
LIKE_TERMS = 3
RANK_BUDGET = 10_000  # at most this many quotes are bm25-ranked for one query (~10 ms)

# Words too common to pick out a quote (the FTS index still holds them).
STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself
    just me more most my myself no nor not now of off on once only or other our ours ourselves out
    over own re s same she should so some such t than that the their theirs them themselves then
    there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself yourselves ll ve d m don didn
    doesn isn wasn aren weren won wouldn couldn shouldn said says say""".split()
)
# FTS5's unicode61 tokenizer: runs of letters and digits (diacritics folded), everything else splits.
_TOKEN = re.compile(r"[^\W_]+")


def fts_tokens(text_: str) -> list[str]:
    """The claim's words as FTS5 (unicode61, remove_diacritics) tokenises them, in order, unique."""
    folded = unicodedata.normalize("NFKD", text_.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    seen: dict[str, None] = {}
    for tok in _TOKEN.findall(folded):
        seen.setdefault(tok, None)
    return list(seen)


def distinctive(tokens: Sequence[str]) -> list[str]:
    """Tokens worth searching for: not stopwords, not single characters (unless nothing else is)."""
    good = [t for t in tokens if t not in STOPWORDS and len(t) > 1]
    return good or [t for t in tokens if len(t) > 1] or list(tokens)


def has_fts(session: Session) -> bool:
    """Whether the quotes full-text index exists on this database."""
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        return False
    row = session.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n"), {"n": FTS_TABLE}
    ).first()
    return row is not None


def _rarest(session: Session, tokens: Sequence[str], k: int) -> list[tuple[str, int]]:
    """The k tokens in fewest quotes, with their counts capped at RANK_BUDGET + 1 (absent ones
    dropped: they cannot match). Counting stops at the cap, so a very common word costs a
    bounded probe (fts5vocab would walk its whole posting list: ~6 ms per word at 10^6 quotes)."""
    probe = text(
        f"SELECT count(*) FROM (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q LIMIT :cap)"
    )
    counts: dict[str, int] = {}
    for tok in tokens:
        n = int(session.execute(probe, {"q": _fts_query([tok]), "cap": RANK_BUDGET + 1}).scalar() or 0)
        if n:
            counts[tok] = n
    ranked = sorted(counts, key=lambda t: (counts[t], -len(t)))[:k]
    return [(t, counts[t]) for t in ranked]


def _fts_query(tokens: Iterable[str], op: str = "OR") -> str:
    return f" {op} ".join('"' + t.replace('"', '""') + '"' for t in tokens)


def _fts_ids(session: Session, query: str, limit: int, ranked: bool) -> list[int]:
    order = "ORDER BY rank " if ranked else ""
    rows = session.execute(
        text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q {order}LIMIT :n"),
        {"q": query, "n": limit},
    ).all()
    return [int(r[0]) for r in rows]


def search_quotes(session: Session, text_: str, limit: int = 20) -> list[int]:
    """Ids of stored quotes that best match `text_`, best first (FTS5 bm25, or LIKE fallback).

    Quotes with all the distinctive words come first, then those with any of the rarest ones.
    Ranking costs time per matching quote, so terms are added only while the quotes they could
    match stay under `RANK_BUDGET`; a claim made only of very common words is answered unranked.
    """
    tokens = distinctive(fts_tokens(text_))
    if not tokens or limit <= 0:
        return []
    if not has_fts(session):
        return _like_search(session, tokens, limit)
    terms = _rarest(session, tokens, MAX_TERMS)
    if not terms:
        return []
    rarest_df = terms[0][1]
    ids: list[int] = []
    if len(terms) > 1:
        ranked = rarest_df <= RANK_BUDGET
        # only very common words: intersecting a few of them finds `limit` quotes soonest
        anded = terms if ranked else terms[:3]
        ids = _fts_ids(session, _fts_query((t for t, _ in anded), "AND"), limit, ranked)
    if len(ids) < limit:
        chosen, total = [], 0
        for term, df in terms:
            if chosen and total + df > RANK_BUDGET:
                break
            chosen.append(term)
            total += df
        more = _fts_ids(session, _fts_query(chosen), limit + len(ids), total <= RANK_BUDGET)
        ids = list(dict.fromkeys([*ids, *more]))[:limit]
    return ids


def _like_search(session: Session, tokens: Sequence[str], limit: int) -> list[int]:
    """Fallback without FTS: quotes containing any of the longest words, ranked by words shared."""
    terms = sorted(tokens, key=len, reverse=True)[:LIKE_TERMS]
    lowered = func.lower(QuoteRow.text)
    rows = session.execute(
        select(QuoteRow.id, QuoteRow.text)
        .where(or_(*(lowered.like(f"%{_escape_like(t)}%", escape="\\") for t in terms)))
        .limit(limit * 50)
    ).all()
    wanted = set(tokens)
    scored = sorted(
        rows, key=lambda r: (-len(wanted & set(fts_tokens(r[1]))), r[0])
    )
    return [int(r[0]) for r in scored[:limit]]


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# --- candidates for `check` -------------------------------------------------------------------


def quote_candidates(session: Session, quote_ids: Sequence[int]) -> list[Candidate]:
    """Stored quotes as `Candidate`s, in the order of `quote_ids` (context filled in later)."""
    if not quote_ids:
        return []
    rows = session.scalars(
        select(QuoteRow)
        .where(QuoteRow.id.in_(list(quote_ids)))
        .options(
            selectinload(QuoteRow.speaker).selectinload(SpeakerRow.aliases),
        )
    ).all()
    articles = {
        aid: (source, title)
        for aid, source, title in session.execute(
            select(ArticleRow.id, ArticleRow.source, ArticleRow.title).where(
                ArticleRow.id.in_({r.article_id for r in rows})
            )
        ).all()
    }
    by_id = {r.id: r for r in rows}
    out: list[Candidate] = []
    for qid in quote_ids:
        r = by_id.get(qid)
        if r is None:
            continue
        sp = r.speaker
        out.append(
            Candidate(
                text=r.text,
                source=articles.get(r.article_id, ("?", None))[0],
                start=r.start,
                end=r.end,
                speaker=sp.name if sp else None,
                aliases=tuple(a.alias for a in sp.aliases) if sp else (),
                quote_id=r.id,
                article_id=r.article_id,
                title=articles.get(r.article_id, ("?", None))[1],
                kind=r.kind,
                status=r.status,
            )
        )
    return out


def with_context(session: Session, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Fill in each stored candidate's sentence in context (article text read only for these)."""
    ids = {c.article_id for c in candidates if c.article_id is not None and c.context is None}
    texts = (
        dict(session.execute(select(ArticleRow.id, ArticleRow.text).where(ArticleRow.id.in_(ids))).all())
        if ids
        else {}
    )
    out = []
    for c in candidates:
        if c.context is None and c.article_id in texts:
            c = replace(c, context=context_window(texts[c.article_id], c.start, c.end))
        out.append(c)
    return out


def db_candidates(session: Session, claim: str, limit: int = 50) -> list[Candidate]:
    """Stored quotes worth comparing with `claim`: exact normalised matches plus the FTS top `limit`."""
    from attribution.normalise import quote_hash

    exact = list(
        session.scalars(select(QuoteRow.id).where(QuoteRow.norm_hash == quote_hash(claim)).limit(limit))
    )
    ids = list(dict.fromkeys([*exact, *search_quotes(session, claim, limit)]))
    return quote_candidates(session, ids)


def check_stored(
    session: Session,
    claim: str,
    speaker: str | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    limit: int = 50,
    extra: Sequence[Candidate] = (),
) -> CheckResult:
    """`check` against stored quotes (plus `extra` candidates, e.g. from `--source` articles).

    Article text is read only for the quotes that matched, to show each in its sentence.
    """
    result = check_claim(claim, [*db_candidates(session, claim, limit), *extra], speaker, threshold)
    filled = with_context(session, [m.candidate for m in result.matches])
    matches = tuple(replace(m, candidate=c) for m, c in zip(result.matches, filled))
    return replace(result, matches=matches)
