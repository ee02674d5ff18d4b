"""The same words in different articles: misattributions (`conflicts`) and altered quotes (`variants`).

Comparing every quote with every other is quadratic, so near matches are found with banded
MinHash (locality-sensitive hashing) instead: each distinct quote's set of content-word bigrams is
MinHashed (vectorised with numpy, 48 hash functions), the signature is cut into 16 bands of 3, and
only quotes sharing a band bucket are compared — with rapidfuzz, against `threshold`. Exact
duplicates are collapsed first by their normalised words, so a quote reprinted a thousand times
costs one comparison. Similar quotes are joined into groups (union-find); a group is a
*conflict* when quotes from different articles name different canonical speakers, and a
*variant* when one speaker's words differ between articles.

Only speech and partial quotes of at least `min_words` words take part (never nonspeech, nor a
quote a reviewer marked not-a-quote). The index is rebuilt per run in memory: on a million quotes
that is seconds, no schema change, and nothing to keep in sync.
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from attribution.check import DiffOp, format_diff, names_agree, normalised_words, word_diff, words
from attribution.db.models import ArticleRow, QuoteRow, SpeakerRow
from attribution.search import STOPWORDS

DEFAULT_THRESHOLD = 85.0  # rapidfuzz ratio on the normalised words
MIN_WORDS = 5
ELIGIBLE_KINDS = ("speech", "partial")
BANDS = 16
ROWS = 3  # P(candidate) = 1-(1-J^3)^16 on bigram Jaccard: 0.65 at 0.4, 0.87 at 0.5, 0.97 at 0.6
BUCKET_CAP = 64  # a larger bucket is compared as a star round its first member, not all pairs

GroupKind = Literal["conflict", "variant"]


# --- the pure part: clusters of similar word sequences --------------------------------------


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        return True


class _Vocabulary(dict[str, int]):
    def __missing__(self, word: str) -> int:
        self[word] = value = len(self)
        return value


def _shingle_hashes(texts: Sequence[str], seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Per text, 64-bit hashes of its bigrams of content words (all words if too few).

    Returns (hashes, starts): text i owns hashes[starts[i]:starts[i+1]]. Bigrams, unlike single
    words, are rare enough that a common word does not put half the database in one bucket.
    """
    n = len(texts)
    flat: list[int] = []
    starts = np.empty(n + 1, dtype=np.int64)
    stop = STOPWORDS
    vocab = _Vocabulary()  # word -> id in order of first use: deterministic, unlike hash(str)
    for i, joined in enumerate(texts):
        starts[i] = len(flat)
        toks = joined.split(" ")
        content = [t for t in toks if t not in stop]
        if len(content) < 3:
            content = toks
        if len(content) < 2:
            content = content * 2  # one word: its "bigram" with itself
        flat.extend(map(vocab.__getitem__, content))
    starts[n] = len(flat)
    word_hash = np.random.default_rng(seed).integers(0, 2**63, size=max(len(vocab), 1), dtype=np.uint64)
    words = word_hash[np.asarray(flat, dtype=np.int64)]
    del flat
    with np.errstate(over="ignore"):
        pairs = words[:-1] * np.uint64(0x9E3779B97F4A7C15) ^ words[1:]
    # drop the bigrams that straddle two texts: positions starts[i+1]-1 for every text
    keep = np.ones(len(pairs), dtype=bool)
    keep[starts[1:-1] - 1] = False
    return pairs[keep], starts[:-1] - np.arange(n, dtype=np.int64)


def lsh_candidates(texts: Sequence[str], seed: int = 1) -> Iterable[tuple[int, int]]:
    """Pairs of indices into `texts` (normalised words, space-joined) likely to be near-duplicates.

    Banded MinHash over content-word bigrams; never all pairs. A pair may be yielded more than once.
    """
    n = len(texts)
    if n < 2:
        return
    hashed, starts = _shingle_hashes(texts, seed)
    rng = np.random.default_rng(seed)
    mults = rng.integers(0, 2**63, size=BANDS * ROWS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    adds = rng.integers(0, 2**63, size=BANDS * ROWS, dtype=np.uint64)
    mix = rng.integers(0, 2**63, size=ROWS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    with np.errstate(over="ignore"):
        for band in range(BANDS):
            key = np.zeros(n, dtype=np.uint64)
            for r in range(ROWS):
                p = band * ROWS + r
                h = hashed * mults[p]  # a random hash function per row (multiply-add, wrapping)
                h += adds[p]
                h ^= h >> np.uint64(31)
                key = key * mix[r] + np.minimum.reduceat(h, starts)
            order = np.argsort(key)
            sorted_keys = key[order]
            same = sorted_keys[1:] == sorted_keys[:-1]
            if not same.any():
                continue
            edges = np.flatnonzero(~same) + 1
            bounds = np.concatenate(([0], edges, [n]))
            sizes = np.diff(bounds)
            # buckets of two (the usual case) in one go
            twos = bounds[:-1][sizes == 2]
            yield from zip(order[twos].tolist(), order[twos + 1].tolist())
            for b in np.flatnonzero(sizes > 2):
                members = order[bounds[b] : bounds[b + 1]].tolist()
                if len(members) <= BUCKET_CAP:
                    for x in range(len(members)):
                        for y in range(x + 1, len(members)):
                            yield members[x], members[y]
                else:
                    head = members[0]
                    for other in members[1:]:
                        yield head, other


def similar_groups(texts: Sequence[str], threshold: float = DEFAULT_THRESHOLD) -> list[list[int]]:
    """Groups (indices into `texts`, ≥2 each) of quotes with the same or nearly the same words.

    `texts` are normalised words joined by spaces (`check.normalised_words`). Exact duplicates
    group by equality; near ones by LSH candidates confirmed by rapidfuzz ratio ≥ threshold.
    """
    distinct: dict[str, list[int]] = {}
    for i, joined in enumerate(texts):
        distinct.setdefault(joined, []).append(i)
    versions = list(distinct)
    uf = _UnionFind(len(versions))
    ratio_floor = threshold / 100.0
    lengths = [len(v) for v in versions]
    for a, b in lsh_candidates(versions):
        la, lb = lengths[a], lengths[b]
        if 2 * min(la, lb) / (la + lb) < ratio_floor:  # the length gap alone rules it out
            continue
        if uf.find(a) == uf.find(b):
            continue
        if fuzz.ratio(versions[a], versions[b], score_cutoff=threshold):
            uf.union(a, b)
    clusters: dict[int, list[int]] = defaultdict(list)
    for v, members in enumerate(distinct.values()):
        clusters[uf.find(v)].extend(members)
    return [sorted(m) for m in clusters.values() if len(m) > 1]


# --- groups of stored quotes ----------------------------------------------------------------


@dataclass(frozen=True)
class GroupMember:
    """One quote in a group, with its similarity to (and word diff from) the group's reference."""

    quote_id: int
    article_id: int
    source: str
    speaker: str | None
    speaker_id: int | None
    text: str
    start: int
    end: int
    similarity: float
    diff: tuple[DiffOp, ...] = ()

    def as_record(self) -> dict[str, object]:
        return {
            "quote_id": self.quote_id,
            "article_id": self.article_id,
            "source": self.source,
            "speaker": self.speaker,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "similarity": self.similarity,
            "diff": format_diff(self.diff) if any(op.op != "equal" for op in self.diff) else None,
        }


@dataclass(frozen=True)
class QuoteGroup:
    """A conflict (same words, different speakers) or a variant (one speaker, changed words).

    The first member is the reference: the most reprinted version, earliest quote on a tie.
    """

    kind: GroupKind
    members: tuple[GroupMember, ...]

    @property
    def speakers(self) -> list[str | None]:
        return list(dict.fromkeys(m.speaker for m in self.members))

    @property
    def exact(self) -> bool:
        return all(m.similarity >= 100.0 for m in self.members)

    def as_record(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "exact": self.exact,
            "speakers": self.speakers,
            "articles": len({m.article_id for m in self.members}),
            "members": [m.as_record() for m in self.members],
        }


@dataclass(frozen=True)
class _Row:
    id: int
    article_id: int
    speaker_id: int | None
    keys: str  # normalised words, space-joined


def _eligible_rows(session: Session, min_words: int) -> tuple[list[tuple[int, int, int | None]], list[str]]:
    """(id, article, speaker) and normalised words of every speech/partial quote with enough words."""
    stmt = select(QuoteRow.id, QuoteRow.article_id, QuoteRow.speaker_id, QuoteRow.text).where(
        QuoteRow.kind.in_(ELIGIBLE_KINDS), QuoteRow.status != "not-a-quote"
    )
    meta: list[tuple[int, int, int | None]] = []
    texts: list[str] = []
    gc_was = gc.isenabled()
    gc.disable()  # millions of small objects: the cyclic collector would rescan them all, often
    try:
        for qid, aid, sid, text in session.execute(stmt.execution_options(yield_per=50_000)).tuples():
            joined = normalised_words(text)
            if joined.count(" ") + 1 >= min_words:
                meta.append((qid, aid, sid))
                texts.append(joined)
    finally:
        if gc_was:
            gc.enable()
    return meta, texts


class _Speakers:
    """Speaker names and aliases for the few speakers in reported groups, loaded on demand."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.cache: dict[int, tuple[str, tuple[str, ...]]] = {}

    def load(self, ids: Iterable[int | None]) -> None:
        missing = {i for i in ids if i is not None and i not in self.cache}
        if missing:
            for sp in self.session.scalars(
                select(SpeakerRow).where(SpeakerRow.id.in_(missing)).options(selectinload(SpeakerRow.aliases))
            ):
                self.cache[sp.id] = (sp.name, tuple(a.alias for a in sp.aliases))

    def name(self, sid: int | None) -> str | None:
        return self.cache[sid][0] if sid is not None and sid in self.cache else None

    def same(self, a: int, b: int) -> bool:
        """Two speaker rows that are one person by name or alias ("Grange" / "Hollis Grange")."""
        if a == b:
            return True
        na, aa = self.cache.get(a, ("", ()))
        nb, ab = self.cache.get(b, ("", ()))
        return bool(na and nb) and (names_agree(na, nb, ab) or names_agree(nb, na, aa))


def _person_classes(speaker_ids: Iterable[int], speakers: _Speakers) -> dict[int, int]:
    """Map each speaker id to one representative per person (name/alias agreement)."""
    reps: list[int] = []
    out: dict[int, int] = {}
    for sid in sorted(set(speaker_ids)):
        rep = next((r for r in reps if speakers.same(r, sid)), None)
        if rep is None:
            reps.append(sid)
            rep = sid
        out[sid] = rep
    return out


def _build_group(
    kind: GroupKind, rows: Sequence[_Row], session: Session, speakers: _Speakers
) -> QuoteGroup:
    counts = Counter(r.keys for r in rows)
    ref = min(rows, key=lambda r: (-counts[r.keys], r.id))
    ordered = [ref] + sorted((r for r in rows if r is not ref), key=lambda r: r.id)
    quotes = {
        q.id: q
        for q in session.scalars(select(QuoteRow).where(QuoteRow.id.in_([r.id for r in rows])))
    }
    sources = dict(
        session.execute(
            select(ArticleRow.id, ArticleRow.source).where(ArticleRow.id.in_({r.article_id for r in rows}))
        ).all()
    )
    ref_words = words(quotes[ref.id].text)
    members = []
    for r in ordered:
        q = quotes[r.id]
        if r.keys == ref.keys:
            sim, diff = 100.0, ()
        else:
            sim = round(fuzz.ratio(ref.keys, r.keys), 1)
            diff = tuple(word_diff(ref_words, words(q.text)))
        members.append(
            GroupMember(
                quote_id=r.id,
                article_id=r.article_id,
                source=sources.get(r.article_id, "?"),
                speaker=speakers.name(r.speaker_id),
                speaker_id=r.speaker_id,
                text=q.text,
                start=q.start,
                end=q.end,
                similarity=sim,
                diff=diff,
            )
        )
    return QuoteGroup(kind, tuple(members))


def _groups(session: Session, threshold: float, min_words: int) -> tuple[list[list[_Row]], _Speakers]:
    meta, texts = _eligible_rows(session, min_words)
    clusters = [
        [_Row(*meta[i], texts[i]) for i in g] for g in similar_groups(texts, threshold)
    ]
    # only groups spanning articles matter for either report
    clusters = [c for c in clusters if len({r.article_id for r in c}) > 1]
    speakers = _Speakers(session)
    speakers.load(r.speaker_id for c in clusters for r in c)
    return clusters, speakers


def find_conflicts(
    session: Session, threshold: float = DEFAULT_THRESHOLD, min_words: int = MIN_WORDS
) -> list[QuoteGroup]:
    """Groups of the same (or nearly the same) words attributed to different people in different articles."""
    clusters, speakers = _groups(session, threshold, min_words)
    out: list[QuoteGroup] = []
    for cluster in clusters:
        attributed = [r for r in cluster if r.speaker_id is not None]
        person = _person_classes((r.speaker_id for r in attributed), speakers)  # type: ignore[misc]
        conflict = any(
            a.article_id != b.article_id and person[a.speaker_id] != person[b.speaker_id]  # type: ignore[index]
            for i, a in enumerate(attributed)
            for b in attributed[i + 1 :]
        )
        if conflict:
            out.append(_build_group("conflict", cluster, session, speakers))
    return _sorted(out)


def find_variants(
    session: Session, threshold: float = DEFAULT_THRESHOLD, min_words: int = MIN_WORDS
) -> list[QuoteGroup]:
    """Groups of one speaker's quote whose words changed between articles."""
    clusters, speakers = _groups(session, threshold, min_words)
    out: list[QuoteGroup] = []
    for cluster in clusters:
        attributed = [r for r in cluster if r.speaker_id is not None]
        person = _person_classes((r.speaker_id for r in attributed), speakers)  # type: ignore[misc]
        by_person: dict[int, list[_Row]] = defaultdict(list)
        for r in attributed:
            by_person[person[r.speaker_id]].append(r)  # type: ignore[index]
        for group in by_person.values():
            if len({r.article_id for r in group}) > 1 and len({r.keys for r in group}) > 1:
                out.append(_build_group("variant", group, session, speakers))
    return _sorted(out)


def _sorted(groups: list[QuoteGroup]) -> list[QuoteGroup]:
    return sorted(groups, key=lambda g: (-len(g.members), g.members[0].quote_id))
