"""Audit commands on a big database: build N synthetic quotes with bulk SQL, time check/search/conflicts.

    .venv/bin/python bench/bigdb.py                      # 1,000,000 quotes in a temp dir
    .venv/bin/python bench/bigdb.py --quotes 100000 --db /tmp/big.db --keep

The database is made by the real migrations (so the FTS5 index and its triggers are the real
ones), then filled with `executemany` inserts, not the extractor: Zipf-Mandelbrot-distributed pseudo-words,
10 quotes per article, 20,000 speakers. A small share of quotes are planted copies of earlier
ones in other articles — verbatim by the same speaker, verbatim by another speaker (conflicts),
and with a word or two changed (variants) — so the reports have something to find.

Goals (issue 4): `check` and `quotes --search` ≤ 50 ms warm, `conflicts` ≤ 30 s.
Measured at 1,000,000 quotes (2-core VM shared with other jobs, load ~2.5): build 92 s, 709 MB;
check 6-21 ms warm, search 3-13 ms warm, conflicts 23.3 s (3,354 groups of 3,376 planted),
variants 22.8 s (3,121 of 3,249). The planted counts are only a rough yardstick (a copy can land
in its source's own article, copies of copies merge, and one changed word in a 5-word quote falls
under the 85 threshold); the shortfall was not analysed further.
The database lives in a temporary directory unless `--db` is given; it is never committed.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from attribution.normalise import name_key, quote_hash

SYLLABLES = [c + v for c in "bcdfghjklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]
FUNCTION_WORDS = "the a to of and in we is that it for not on will be this have are with our they".split()
SPEAKERS = 20_000
QUOTES_PER_ARTICLE = 10
PLANT_RATE = 0.01  # share of quotes that copy an earlier quote (split over the three kinds)


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def build(path: Path, n_quotes: int, seed: int = 7) -> dict[str, object]:
    """Create and fill the database at `path`; returns planted examples for the timings."""
    from attribution.db.session import ensure_schema, make_engine

    engine = make_engine(f"sqlite:///{path}")
    ensure_schema(engine)
    engine.dispose()

    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    vocab = _vocabulary(rng, 40_000)
    # content words by a Zipf-Mandelbrot law (p ~ 1/(rank+100)^1.05: the commonest content word
    # is ~0.2% of them, as "said" or "people" are in English news); function words sprinkled in
    weights = 1.0 / (np.arange(1, len(vocab) + 1) + 100.0) ** 1.05
    ranks = nrng.choice(len(vocab), size=n_quotes * 20, p=weights / weights.sum())
    lengths = nrng.integers(5, 36, size=n_quotes)
    fn_mask = nrng.random(size=n_quotes * 40) < 0.35
    fn_pick = nrng.integers(0, len(FUNCTION_WORDS), size=n_quotes * 40)
    speakers = [f"{rng.choice(SYLLABLES).title()}{rng.choice(SYLLABLES)} {_vocabulary(rng, 1)[0].title()}{i}" for i in range(SPEAKERS)]

    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    con.executemany(
        "INSERT INTO speakers (id, name, name_key, kind) VALUES (?, ?, ?, 'person')",
        [(i + 1, name, name_key(name)) for i, name in enumerate(speakers)],
    )
    texts: list[str] = []
    speaker_of: list[int] = []
    planted: dict[str, list[tuple[str, str]]] = {"verbatim": [], "conflict": [], "variant": []}
    ri = fi = 0
    now = "2026-01-01 00:00:00.000000"
    quote_rows: list[tuple[object, ...]] = []
    article_rows: list[tuple[object, ...]] = []
    n_articles = (n_quotes + QUOTES_PER_ARTICLE - 1) // QUOTES_PER_ARTICLE
    qid = 0
    for aid in range(1, n_articles + 1):
        parts: list[str] = []
        offset = 0
        for _ in range(min(QUOTES_PER_ARTICLE, n_quotes - qid)):
            sid = rng.randint(1, SPEAKERS)
            roll = rng.random()
            if texts and roll < PLANT_RATE:
                src = rng.randrange(len(texts))
                kind = ("verbatim", "conflict", "variant")[int(roll / PLANT_RATE * 3)]
                words = texts[src].split()
                if kind == "variant":
                    j = rng.randrange(len(words))
                    words[j] = rng.choice(vocab)
                    sid = speaker_of[src]
                elif kind == "verbatim":
                    sid = speaker_of[src]
                text = " ".join(words)
                planted[kind].append((text, speakers[sid - 1]))
            else:
                n = int(lengths[qid])
                words = []
                for _ in range(n):
                    if fn_mask[fi % len(fn_mask)]:
                        words.append(FUNCTION_WORDS[fn_pick[fi % len(fn_pick)]])
                    else:
                        words.append(vocab[ranks[ri % len(ranks)]])
                        ri += 1
                    fi += 1
                words[0] = words[0].capitalize()
                text = " ".join(words)
            qid += 1
            texts.append(text)
            speaker_of.append(sid)
            start = offset + 1
            end = start + len(text)
            piece = f"\u201c{text},\u201d said {speakers[sid - 1]}. "
            parts.append(piece)
            offset += len(piece)
            quote_rows.append(
                (qid, aid, start, end, text, quote_hash(text), "speech", 0, 1, sid, sid, 0.9, "synthetic", "unreviewed")
            )
        body = "".join(parts)
        article_rows.append((aid, f"synthetic/{aid:07d}.txt", None, body, f"{aid:064x}", now, now, "bigdb"))
        if len(quote_rows) >= 50_000:
            _flush(con, article_rows, quote_rows)
    _flush(con, article_rows, quote_rows)
    con.commit()
    con.execute("ANALYZE")
    con.close()
    return {"planted": planted, "texts": texts}


def _flush(con: sqlite3.Connection, articles: list[tuple[object, ...]], quotes: list[tuple[object, ...]]) -> None:
    con.executemany(
        "INSERT INTO articles (id, source, title, text, content_hash, ingested_at, extracted_at, extractor) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        articles,
    )
    con.executemany(
        'INSERT INTO quotes (id, article_id, start, "end", text, norm_hash, kind, paragraph, closed, '
        "speaker_id, machine_speaker_id, confidence, method, status) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        quotes,
    )
    articles.clear()
    quotes.clear()


def _timed(fn, repeat: int) -> tuple[float, list[float], object]:  # type: ignore[no-untyped-def]
    times = []
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return times[0], times[1:] or times, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="database path (default: a temp dir, removed after)")
    parser.add_argument("--keep", action="store_true", help="keep the database (with --db)")
    parser.add_argument("--reuse", action="store_true", help="time an existing --db without rebuilding")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skip-conflicts", action="store_true")
    args = parser.parse_args(argv)

    from attribution.conflicts import find_conflicts, find_variants
    from attribution.db.session import session_scope
    from attribution.search import check_stored, search_quotes

    tmp = None
    path = args.db
    if path is None:
        tmp = Path(tempfile.mkdtemp(prefix="attribution-bigdb-"))
        path = tmp / "big.db"
    try:
        if args.reuse and path.exists():
            print(f"reusing {path}")
            con = sqlite3.connect(path)
            sample = [r[0] for r in con.execute("SELECT text FROM quotes ORDER BY id DESC LIMIT 3")]
            con.close()
            info = {"planted": {"verbatim": [], "conflict": [], "variant": []}, "texts": sample}
        else:
            if path.exists():
                path.unlink()
            t0 = time.perf_counter()
            info = build(path, args.quotes)
            print(f"built {args.quotes:,} quotes in {time.perf_counter() - t0:.1f} s "
                  f"({path.stat().st_size / 1e6:.0f} MB) at {path}")
        planted = info["planted"]  # type: ignore[index]
        texts = info["texts"]  # type: ignore[index]
        stored = texts[len(texts) // 2]
        w = stored.split()
        w[len(w) // 2] = "changedword"
        altered = " ".join(w)
        fragment = " ".join(stored.split()[1:7])
        claims = [("verbatim", stored), ("altered", altered), ("fragment", fragment),
                  ("absent", "Nothing like this was ever said by anybody here at all")]
        if planted["conflict"]:
            claims.append(("planted conflict", planted["conflict"][0][0]))

        with session_scope(str(path)) as session:
            print(f"\n{'operation':34} {'cold ms':>9} {'warm ms (median)':>17}  result")
            for label, claim in claims:
                cold, warm, result = _timed(lambda: check_stored(session, claim, speaker=None), args.repeat)
                print(f"{'check ' + label:34} {cold:9.1f} {statistics.median(warm):17.1f}  "
                      f"{result.verdict} ({len(result.matches)} matches)")  # type: ignore[attr-defined]
            for label, query in (("search 2 words", " ".join(stored.split()[2:4])), ("search sentence", stored),
                                 ("search common words", "we will not have the")):
                cold, warm, ids = _timed(lambda: search_quotes(session, query, 20), args.repeat)
                print(f"{'quotes --search ' + label[7:]:34} {cold:9.1f} {statistics.median(warm):17.1f}  {len(ids)} ids")  # type: ignore[arg-type]
            if not args.skip_conflicts:
                # wall and CPU time: on a shared machine the CPU time is the steadier figure
                t0, c0 = time.perf_counter(), time.process_time()
                conflicts = find_conflicts(session)
                t_conf, c_conf = time.perf_counter() - t0, time.process_time() - c0
                t0, c0 = time.perf_counter(), time.process_time()
                variants = find_variants(session)
                t_var, c_var = time.perf_counter() - t0, time.process_time() - c0
                print(f"{'conflicts':34} {t_conf * 1000:9.0f} {'(cpu ' + format(c_conf, '.1f') + ' s)':>17}  "
                      f"{len(conflicts)} groups (planted {len(planted['conflict'])})")
                print(f"{'variants':34} {t_var * 1000:9.0f} {'(cpu ' + format(c_var, '.1f') + ' s)':>17}  "
                      f"{len(variants)} groups (planted {len(planted['variant'])})")
    finally:
        if tmp is not None and not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
