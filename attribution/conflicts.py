"""The same words in different articles: misattributions (`conflicts`) and altered quotes (`variants`).

Comparing every quote with every other is quadratic, so near matches are found with banded
MinHash (locality-sensitive hashing) instead: each distinct quote's set of content words
(stopwords dropped) is MinHashed (vectorised with numpy, 80 hash functions), the signature is cut
into 20 bands of 4, and only quotes sharing a band bucket are compared — with rapidfuzz, against
`threshold`. (datasketch's MinHash does the same per quote in Python: too slow for 10^6.) Exact
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

from attribution.check import DiffOp, bulk_word_keys, format_diff, names_agree, word_diff, words
from attribution.db.models import ArticleRow, QuoteRow, SpeakerRow
from attribution.search import STOPWORDS

DEFAULT_THRESHOLD = 85.0  # rapidfuzz ratio on the normalised words
MIN_WORDS = 5
ELIGIBLE_KINDS = ("speech", "partial")
BANDS = 20
ROWS = 4  # P(candidate) = 1-(1-J^4)^20 on word-set Jaccard: 0.72 at 0.5, 0.94 at 0.6, 0.996 at 0.7
BUCKET_CAP = 64
CHUNK = 20_000  # quotes tokenised per pass  # a larger bucket is compared as a star round its first member, not all pairs

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


class NearDuplicateIndex:
    """Quotes added one by one (as word lists), then grouped by same or nearly the same words.

    Adding keeps only what grouping needs — each distinct version's joined words and the ids of
    its content words in one flat list — so a million quotes never sit in memory as word
    lists. Grouping is banded MinHash over content-word sets (a random rank per vocabulary word
    and row, the minimum rank per quote: one gather and one `reduceat` per row), candidates from
    shared band buckets, confirmed with rapidfuzz.
    """

    def __init__(self) -> None:
        self.versions: list[str] = []  # distinct normalised texts
        self.version_of: dict[str, int] = {}
        self.members: list[int] = []  # version of each added item
        self._flat: list[np.ndarray] = []  # content-word ids, one int32 array per batch
        self._starts: list[np.ndarray] = []  # where each version's ids start, per batch
        self._size = 0  # ids so far
        self._vocab = _Vocabulary()

    def add(self, keys: Sequence[str]) -> int:
        """Add one quote's normalised words; returns its item index."""
        self.add_many([keys])
        return len(self.members) - 1

    def add_many(self, batch: Iterable[Sequence[str]]) -> None:
        """Add many quotes' normalised words (the bulk path: locals bound once, and one small
        id list per batch, so memory is reused rather than one huge list grown)."""
        version_of, versions, members = self.version_of, self.versions, self.members
        word_id = self._vocab.__getitem__
        stop = STOPWORDS
        ids: list[int] = []
        starts: list[int] = []
        for keys in batch:
            joined = " ".join(keys)
            v = version_of.get(joined)
            if v is None:
                v = version_of[joined] = len(versions)
                versions.append(joined)
                starts.append(len(ids))
                content = [k for k in keys if k not in stop]
                ids.extend(map(word_id, content if len(content) >= 3 else keys or ("",)))
            members.append(v)
        if starts:
            self._flat.append(np.array(ids, dtype=np.int32))
            self._starts.append(np.array(starts, dtype=np.int64) + self._size)
            self._size += len(ids)

    def candidates(self, seed: int = 1) -> Iterable[tuple[int, int]]:
        """Pairs of versions sharing a band bucket (never all pairs; a pair may repeat)."""
        n = len(self.versions)
        if n < 2:
            return
        flat = np.concatenate(self._flat)
        starts = np.concatenate(self._starts)
        vocab = max(len(self._vocab), 1)
        rng = np.random.default_rng(seed)
        for _band in range(BANDS):
            key = np.zeros(n, dtype=np.uint64)
            with np.errstate(over="ignore"):
                for _row in range(ROWS):
                    rank = rng.integers(0, 2**32, size=vocab, dtype=np.uint32)  # a random order of words
                    mins = np.minimum.reduceat(rank[flat], starts)
                    key = key * np.uint64(0x9E3779B97F4A7C15) + mins.astype(np.uint64)
            order = np.argsort(key)
            sorted_keys = key[order]
            same = sorted_keys[1:] == sorted_keys[:-1]
            if not same.any():
                continue
            bounds = np.concatenate(([0], np.flatnonzero(~same) + 1, [n]))
            sizes = np.diff(bounds)
            twos = bounds[:-1][sizes == 2]  # buckets of two, the usual case, in one go
            yield from zip(order[twos].tolist(), order[twos + 1].tolist())
            for b in np.flatnonzero(sizes > 2).tolist():
                members = order[bounds[b] : bounds[b + 1]].tolist()
                if len(members) <= BUCKET_CAP:
                    for x in range(len(members)):
                        for y in range(x + 1, len(members)):
                            yield members[x], members[y]
                else:  # a degenerate bucket: compare round its first member only
                    head = members[0]
                    for other in members[1:]:
                        yield head, other

    def groups(self, threshold: float = DEFAULT_THRESHOLD) -> list[list[int]]:
        """Groups (item indices, ≥2 each) of the same words, or words with ratio ≥ threshold."""
        versions = self.versions
        uf = _UnionFind(len(versions))
        ratio_floor = threshold / 100.0
        lengths = [len(v) for v in versions]
        find, ratio = uf.find, fuzz.ratio
        for a, b in self.candidates():
            la, lb = lengths[a], lengths[b]
            if 2 * min(la, lb) < ratio_floor * (la + lb):  # the length gap alone rules it out
                continue
            if find(a) != find(b) and ratio(versions[a], versions[b], score_cutoff=threshold):
                uf.union(a, b)
        clusters: dict[int, list[int]] = defaultdict(list)
        for item, v in enumerate(self.members):
            clusters[find(v)].append(item)
        return [m for m in clusters.values() if len(m) > 1]


def similar_groups(texts: Sequence[Sequence[str]], threshold: float = DEFAULT_THRESHOLD) -> list[list[int]]:
    """Groups (indices into `texts`, ≥2 each) of word lists the same or nearly the same."""
    index = NearDuplicateIndex()
    for keys in texts:
        index.add(keys)
    return index.groups(threshold)


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


def _eligible_index(session: Session, min_words: int) -> tuple[NearDuplicateIndex, list[tuple[int, int, int | None]]]:
    """Every speech/partial quote with enough words, in a `NearDuplicateIndex`, with its
    (id, article, speaker) by item index."""
    stmt = select(QuoteRow.id, QuoteRow.article_id, QuoteRow.speaker_id, QuoteRow.text).where(
        QuoteRow.kind.in_(ELIGIBLE_KINDS), QuoteRow.status != "not-a-quote"
    )
    index = NearDuplicateIndex()
    meta: list[tuple[int, int, int | None]] = []
    gc_was = gc.isenabled()
    gc.disable()  # millions of small objects: the cyclic collector would rescan them all, often
    try:
        # Core rather than ORM execution: a million rows skip the ORM's per-row bookkeeping
        result = session.connection().execution_options(yield_per=CHUNK).execute(stmt)
        for chunk in result.partitions():
            keys = bulk_word_keys([row[3] for row in chunk])
            keep = [i for i, k in enumerate(keys) if len(k) >= min_words]
            index.add_many(keys[i] for i in keep)
            meta.extend((chunk[i][0], chunk[i][1], chunk[i][2]) for i in keep)
    finally:
        if gc_was:
            gc.enable()
    return index, meta


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


@dataclass(frozen=True)
class _Stored:
    source: str
    text: str
    start: int
    end: int


def _load_stored(session: Session, groups: Sequence[Sequence[_Row]]) -> dict[int, _Stored]:
    """Text, offsets and article source of every quote in the reported groups, in few queries."""
    ids = sorted({r.id for g in groups for r in g})
    out: dict[int, _Stored] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for qid, text, start, end, source in session.execute(
            select(QuoteRow.id, QuoteRow.text, QuoteRow.start, QuoteRow.end, ArticleRow.source)
            .join(ArticleRow, ArticleRow.id == QuoteRow.article_id)
            .where(QuoteRow.id.in_(chunk))
        ):
            out[qid] = _Stored(source, text, start, end)
    return out


def _build_groups(
    kind: GroupKind, groups: Sequence[Sequence[_Row]], session: Session, speakers: _Speakers
) -> list[QuoteGroup]:
    stored = _load_stored(session, groups)
    out = []
    for rows in groups:
        counts = Counter(r.keys for r in rows)
        ref = min(rows, key=lambda r: (-counts[r.keys], r.id))
        ordered = [ref] + sorted((r for r in rows if r is not ref), key=lambda r: r.id)
        ref_words = words(stored[ref.id].text)
        members = []
        for r in ordered:
            q = stored[r.id]
            if r.keys == ref.keys:
                sim, diff = 100.0, ()
            else:
                sim = round(fuzz.ratio(ref.keys, r.keys), 1)
                diff = tuple(word_diff(ref_words, words(q.text)))
            members.append(
                GroupMember(
                    quote_id=r.id,
                    article_id=r.article_id,
                    source=q.source,
                    speaker=speakers.name(r.speaker_id),
                    speaker_id=r.speaker_id,
                    text=q.text,
                    start=q.start,
                    end=q.end,
                    similarity=sim,
                    diff=diff,
                )
            )
        out.append(QuoteGroup(kind, tuple(members)))
    return _sorted(out)


def _groups(session: Session, threshold: float, min_words: int) -> tuple[list[list[_Row]], _Speakers]:
    index, meta = _eligible_index(session, min_words)
    versions, members = index.versions, index.members
    clusters = [[_Row(*meta[i], versions[members[i]]) for i in sorted(g)] for g in index.groups(threshold)]
    # only groups spanning articles matter for either report
    clusters = [c for c in clusters if len({r.article_id for r in c}) > 1]
    speakers = _Speakers(session)
    speakers.load(r.speaker_id for c in clusters for r in c)
    return clusters, speakers


def _attributed(cluster: list[_Row], speakers: _Speakers) -> tuple[list[_Row], dict[int, int]]:
    """The cluster's quotes that have a speaker, and each speaker id's person class."""
    attributed = [r for r in cluster if r.speaker_id is not None]
    return attributed, _person_classes((r.speaker_id for r in attributed), speakers)  # type: ignore[misc]


def find_conflicts(
    session: Session, threshold: float = DEFAULT_THRESHOLD, min_words: int = MIN_WORDS
) -> list[QuoteGroup]:
    """Groups of the same (or nearly the same) words attributed to different people in different articles."""
    clusters, speakers = _groups(session, threshold, min_words)
    found: list[list[_Row]] = []
    for cluster in clusters:
        attributed, person = _attributed(cluster, speakers)
        conflict = any(
            a.article_id != b.article_id and person[a.speaker_id] != person[b.speaker_id]  # type: ignore[index]
            for i, a in enumerate(attributed)
            for b in attributed[i + 1 :]
        )
        if conflict:
            found.append(cluster)
    return _build_groups("conflict", found, session, speakers)


def find_variants(
    session: Session, threshold: float = DEFAULT_THRESHOLD, min_words: int = MIN_WORDS
) -> list[QuoteGroup]:
    """Groups of one speaker's quote whose words changed between articles."""
    clusters, speakers = _groups(session, threshold, min_words)
    found: list[list[_Row]] = []
    for cluster in clusters:
        attributed, person = _attributed(cluster, speakers)
        by_person: dict[int, list[_Row]] = defaultdict(list)
        for r in attributed:
            by_person[person[r.speaker_id]].append(r)  # type: ignore[index]
        for group in by_person.values():
            if len({r.article_id for r in group}) > 1 and len({r.keys for r in group}) > 1:
                found.append(group)
    return _build_groups("variant", found, session, speakers)


def _sorted(groups: list[QuoteGroup]) -> list[QuoteGroup]:
    return sorted(groups, key=lambda g: (-len(g.members), g.members[0].quote_id))
