from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from attribution.db import store as store_mod
from attribution.db.models import ArticleRow, QuoteRow, ReviewEventRow, SpeakerAliasRow, SpeakerRow
from attribution.db.store import content_hash, store_extraction
from attribution.normalise import quote_hash
from attribution.records import Speaker
from storehelpers import GRANGE, OKORO, extraction, quote_at

TEXT = ("Rovers win\n“Stop thinking and just run at them,” Grange said.\n"
        "Okoro added: “Unreal.”\n")


def _first(text: str = TEXT, source: str = "a.txt"):  # type: ignore[no-untyped-def]
    return extraction(
        text, source,
        [quote_at(text, "Stop thinking and just run at them,", "Hollis Grange", cue="said",
                  speaker_mention="Grange", confidence=0.9, method="cue"),
         quote_at(text, "Unreal.", "Daniel Okoro", cue="added", method="colon")],
        (GRANGE, OKORO), title="Rovers win",
    )


def _count(session: Session, model) -> int:  # type: ignore[no-untyped-def]
    return session.scalar(select(func.count()).select_from(model)) or 0


def _review(session: Session, quote: QuoteRow, status: str = "verified",
            speaker: SpeakerRow | None = None) -> None:
    old_speaker = quote.speaker.name if quote.speaker else None
    quote.status = status
    quote.reviewer = "ed"
    if speaker is not None:
        quote.speaker_id = speaker.id
    session.add(ReviewEventRow(
        quote_id=quote.id, article_id=quote.article_id, quote_text=quote.text,
        quote_start=quote.start, quote_end=quote.end, reviewer="ed", old_status="unreviewed",
        new_status=status, old_speaker=old_speaker,
        new_speaker=speaker.name if speaker else old_speaker,
    ))
    session.commit()


def test_new_article_stores_quotes_speakers_and_aliases(session: Session) -> None:
    result = store_extraction(session, _first(), "test/1")
    session.commit()
    assert (result.status, result.quotes, result.new_quotes, result.speakers) == ("new", 2, 2, 2)
    article = session.get(ArticleRow, result.article_id)
    assert article is not None
    assert article.text == TEXT and article.content_hash == content_hash(TEXT)
    assert article.title == "Rovers win" and article.extractor == "test/1"
    quotes = session.scalars(select(QuoteRow).order_by(QuoteRow.start)).all()
    assert [q.text for q in quotes] == ["Stop thinking and just run at them,", "Unreal."]
    assert TEXT[quotes[0].start:quotes[0].end] == quotes[0].text
    assert quotes[0].norm_hash == quote_hash("stop thinking and just run at them")
    grange = session.scalar(select(SpeakerRow).where(SpeakerRow.name_key == "hollis grange"))
    assert grange is not None and grange.title == "manager"
    assert quotes[0].speaker_id == quotes[0].machine_speaker_id == grange.id
    aliases = set(session.scalars(select(SpeakerAliasRow.alias_key).where(SpeakerAliasRow.speaker_id == grange.id)))
    assert aliases == {"hollis grange", "grange", "hollis"}


def test_same_text_again_is_a_no_op(session: Session) -> None:
    first = store_extraction(session, _first(), "test/1")
    session.commit()
    again = store_extraction(session, _first(source="copy.txt"), "test/2")
    session.commit()
    assert again.status == "unchanged" and again.article_id == first.article_id
    assert again.quotes == 2 and again.new_quotes == 0
    assert _count(session, ArticleRow) == 1 and _count(session, QuoteRow) == 2
    assert _count(session, SpeakerAliasRow) == 5
    assert session.get(ArticleRow, first.article_id).extractor == "test/1"  # type: ignore[union-attr]


def test_speakers_are_global_and_filled_in(session: Session) -> None:
    store_extraction(session, extraction("A “x y z” said Grange.", "1.txt",
                                         [quote_at("A “x y z” said Grange.", "x y z", "hollis GRANGE")]), "t")
    session.commit()
    text2 = "B “p q r” said the manager."
    store_extraction(session, extraction(text2, "2.txt", [quote_at(text2, "p q r", "Hollis Grange")], (GRANGE,)), "t")
    session.commit()
    speakers = session.scalars(select(SpeakerRow)).all()
    assert len(speakers) == 1
    assert speakers[0].title == "manager" and speakers[0].affiliation == "Kestrel Rovers"
    assert {q.speaker_id for q in session.scalars(select(QuoteRow))} == {speakers[0].id}


def test_changed_text_from_same_source_updates_in_place(session: Session) -> None:
    first = store_extraction(session, _first(), "t")
    session.commit()
    text2 = "Rovers win again\n" + TEXT[len("Rovers win\n"):] + "Grange: “We go again.”\n"
    ex2 = extraction(text2, "a.txt", [
        quote_at(text2, "Stop thinking and just run at them,", "Hollis Grange"),
        quote_at(text2, "Unreal.", "Daniel Okoro"),
        quote_at(text2, "We go again.", "Hollis Grange"),
    ], (GRANGE, OKORO))
    result = store_extraction(session, ex2, "t")
    session.commit()
    assert result.status == "updated" and result.article_id == first.article_id
    assert (result.quotes, result.new_quotes, result.kept_quotes, result.removed_quotes) == (3, 1, 2, 0)
    article = session.get(ArticleRow, first.article_id)
    assert article is not None and article.text == text2
    for quote in session.scalars(select(QuoteRow)):
        assert text2[quote.start:quote.end] == quote.text


def test_stdin_articles_never_replace_each_other(session: Session) -> None:
    a = store_extraction(session, extraction("First text.", "<stdin>", []), "t")
    b = store_extraction(session, extraction("Second text.", "<stdin>", []), "t")
    session.commit()
    assert a.status == b.status == "new" and a.article_id != b.article_id


def test_failure_mid_article_rolls_back_that_article_only(session: Session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store_extraction(session, _first(), "t")
    session.commit()

    def boom(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store_mod, "_reconcile_quotes", boom)
    text2 = "Other story\nThe mayor said “No comment at all.”\n"
    ex2 = extraction(text2, "b.txt", [quote_at(text2, "No comment at all.", "Mayor Jane Roe")],
                     (Speaker("Mayor Jane Roe"),))
    with pytest.raises(RuntimeError):
        try:
            store_extraction(session, ex2, "t")
            session.commit()
        except Exception:
            session.rollback()
            raise
    assert session.scalars(select(ArticleRow.source)).all() == ["a.txt"]
    assert session.scalar(select(SpeakerRow).where(SpeakerRow.name_key == "mayor jane roe")) is None
    assert _count(session, QuoteRow) == 2


def test_reextraction_keeps_a_review_when_the_quote_moves(session: Session) -> None:
    first = store_extraction(session, _first(), "t")
    session.commit()
    quote = session.scalar(select(QuoteRow).where(QuoteRow.text == "Unreal."))
    assert quote is not None
    okoro = session.scalar(select(SpeakerRow).where(SpeakerRow.name_key == "daniel okoro"))
    reviewed_id = quote.id
    # the reviewer says Grange said it, and marks it misattributed
    grange = session.scalar(select(SpeakerRow).where(SpeakerRow.name_key == "hollis grange"))
    _review(session, quote, "misattributed", speaker=grange)

    text2 = "Rovers win\nA new first paragraph pushes everything down.\n" + TEXT[len("Rovers win\n"):]
    ex2 = extraction(text2, "a.txt", [
        quote_at(text2, "Stop thinking and just run at them,", "Hollis Grange"),
        # the machine now cuts the quote without its full stop and gives a new cue
        quote_at(text2, "Unreal", "Daniel Okoro", cue="added", confidence=0.7, method="colon2"),
    ], (GRANGE, OKORO))
    result = store_extraction(session, ex2, "t")
    session.commit()
    assert result.status == "updated" and result.kept_reviews == 1 and result.orphaned_reviews == 0
    assert result.changed_reviews == 0  # same machine speaker and kind; only method/confidence moved
    session.expire_all()
    moved = session.get(QuoteRow, reviewed_id)
    assert moved is not None
    assert (moved.start, moved.end) == (text2.index("Unreal"), text2.index("Unreal") + 6)
    assert moved.method == "colon2" and moved.confidence == 0.7  # machine fields follow
    assert moved.status == "misattributed" and moved.reviewer == "ed"  # review kept
    assert moved.speaker_id == grange.id and moved.machine_speaker_id == okoro.id  # type: ignore[union-attr]
    event = session.scalar(select(ReviewEventRow))
    assert event is not None and event.quote_id == reviewed_id
    assert result.article_id == first.article_id


def test_unreviewed_quote_speaker_follows_the_machine(session: Session) -> None:
    store_extraction(session, _first(), "t")
    session.commit()
    ex2 = extraction(TEXT, "a.txt", [
        quote_at(TEXT, "Stop thinking and just run at them,", "Daniel Okoro"),
        quote_at(TEXT, "Unreal.", "Daniel Okoro"),
    ], (GRANGE, OKORO))
    result = store_extraction(session, ex2, "t", force=True)
    session.commit()
    assert result.status == "updated" and result.kept_quotes == 2 and result.kept_reviews == 0
    okoro = session.scalar(select(SpeakerRow).where(SpeakerRow.name_key == "daniel okoro"))
    assert {q.speaker_id for q in session.scalars(select(QuoteRow))} == {okoro.id}  # type: ignore[union-attr]


def test_removed_quote_orphans_its_review_but_keeps_it(session: Session) -> None:
    store_extraction(session, _first(), "t")
    session.commit()
    quote = session.scalar(select(QuoteRow).where(QuoteRow.text == "Unreal."))
    assert quote is not None
    _review(session, quote, "verified")
    text2 = TEXT.replace("Okoro added: “Unreal.”\n", "Okoro said nothing.\n")
    ex2 = extraction(text2, "a.txt", [quote_at(text2, "Stop thinking and just run at them,", "Hollis Grange")],
                     (GRANGE,))
    result = store_extraction(session, ex2, "t")
    session.commit()
    assert (result.removed_quotes, result.orphaned_reviews) == (1, 1)
    assert session.scalar(select(QuoteRow).where(QuoteRow.text == "Unreal.")) is None
    event = session.scalar(select(ReviewEventRow))
    assert event is not None
    assert event.quote_id is None and event.quote_text == "Unreal." and event.new_status == "verified"


def test_force_reextracts_unchanged_text(session: Session) -> None:
    store_extraction(session, _first(), "t/1")
    session.commit()
    assert store_extraction(session, _first(), "t/2").status == "unchanged"
    result = store_extraction(session, _first(), "t/2", force=True)
    session.commit()
    assert result.status == "updated" and result.kept_quotes == 2 and result.new_quotes == 0
    assert session.scalar(select(ArticleRow.extractor)) == "t/2"
    assert _count(session, QuoteRow) == 2


def test_repeated_quote_matches_nearest_occurrence(session: Session) -> None:
    text = "“Yes,” he said. Later: “Yes,” she said.\n"
    ex = extraction(text, "r.txt", [quote_at(text, "Yes,", "A"), quote_at(text, "Yes,", "B", occurrence=1)])
    store_extraction(session, ex, "t")
    session.commit()
    second = session.scalar(select(QuoteRow).order_by(QuoteRow.start.desc()))
    assert second is not None
    _review(session, second, "verified")
    text2 = "Intro.\n" + text
    ex2 = extraction(text2, "r.txt", [quote_at(text2, "Yes,", "A"), quote_at(text2, "Yes,", "B", occurrence=1)])
    result = store_extraction(session, ex2, "t")
    session.commit()
    session.expire_all()
    assert result.kept_reviews == 1
    reviewed = session.get(QuoteRow, second.id)
    assert reviewed is not None and reviewed.status == "verified"
    assert reviewed.start == text2.index("Yes,", text2.index("Later"))


def test_repeated_words_keep_their_review_when_a_long_insert_shifts_them(session: Session) -> None:
    """Two people say the same words; text is inserted above and the other speaker's paragraph
    is cut. The review must stay with its own quote, not move to the surviving other one."""
    ann = Speaker("Ann Smith", aliases=("Smith",))
    tom = Speaker("Tom Jones", aliases=("Jones",))
    body = "“We will win this fight,” Ann Smith said.\n" + "Filler sentence here.\n" * 3
    tail = "“We will win this fight,” Tom Jones said.\n"
    text = body + tail
    ex = extraction(text, "dup.txt", [quote_at(text, "We will win this fight,", "Ann Smith"),
                                      quote_at(text, "We will win this fight,", "Tom Jones", occurrence=1)],
                    (ann, tom))
    store_extraction(session, ex, "t")
    session.commit()
    smith_quote = session.scalar(select(QuoteRow).order_by(QuoteRow.start))
    assert smith_quote is not None
    _review(session, smith_quote, "verified")
    # 600 characters above, Tom Jones's paragraph gone
    text2 = "Background paragraph. " * 27 + "\n" + body
    ex2 = extraction(text2, "dup.txt", [quote_at(text2, "We will win this fight,", "Ann Smith")], (ann, tom))
    result = store_extraction(session, ex2, "t")
    session.commit()
    session.expire_all()
    assert (result.kept_reviews, result.orphaned_reviews) == (1, 0)
    kept = session.get(QuoteRow, smith_quote.id)
    assert kept is not None and kept.status == "verified"
    assert kept.start == text2.index("We will win")


def test_reviewed_quote_read_differently_by_the_machine_is_reported(session: Session) -> None:
    store_extraction(session, _first(), "t")
    session.commit()
    quote = session.scalar(select(QuoteRow).where(QuoteRow.text == "Unreal."))
    assert quote is not None
    _review(session, quote, "verified")
    ex2 = extraction(TEXT, "a.txt", [
        quote_at(TEXT, "Stop thinking and just run at them,", "Hollis Grange"),
        quote_at(TEXT, "Unreal.", None, kind="nonspeech"),  # a new model calls it a name
    ], (GRANGE, OKORO))
    result = store_extraction(session, ex2, "t", force=True)
    session.commit()
    session.expire_all()
    assert (result.kept_reviews, result.changed_reviews) == (1, 1)
    kept = session.get(QuoteRow, quote.id)
    assert kept is not None and kept.status == "verified" and kept.kind == "nonspeech"
