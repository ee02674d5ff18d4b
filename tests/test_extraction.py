"""Attribution and classification, one phenomenon per test, in sentences written for the tests.

The spaCy model loads once per session (the `nlp` fixture in conftest.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spacy.tokens import Doc, Span

from attribution.extract import extract_from_doc, extract_text, parse_text
from attribution.people import People
from attribution.records import Article, ExtractedQuote

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def quotes(nlp, text: str) -> list[ExtractedQuote]:  # type: ignore[no-untyped-def]
    result = extract_text(text, nlp).quotes
    for q in result:  # offsets are sacred
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_mention
    return list(result)


def only(nlp, text: str) -> ExtractedQuote:  # type: ignore[no-untyped-def]
    found = quotes(nlp, text)
    assert len(found) == 1, found
    return found[0]


def parsed(nlp, text: str) -> Doc:  # type: ignore[no-untyped-def]
    """The parse the extractor would make, for tests that then reproduce a misreading the small
    model made of a news text (a tag or a dependency forced by hand)."""
    return nlp(parse_text(text))  # type: ignore[no-any-return]


def only_in(doc: Doc, text: str) -> ExtractedQuote:
    (q,) = extract_from_doc(Article(text, "t"), doc).quotes
    return q


def people_of(doc: Doc) -> People:
    return People(doc, [-1] * len(doc), [0] * len(doc))


def test_cue_after_quote_with_subject_first(nlp) -> None:  # type: ignore[no-untyped-def]
    q = only(nlp, "Marta Kowalski runs the bakery on Elm Street.\n“Flour prices doubled this year,” Kowalski complained.")
    assert (q.speaker, q.speaker_mention, q.cue, q.kind) == ("Marta Kowalski", "Kowalski", "complained", "speech")
    assert q.method == "cue-after"


def test_cue_after_quote_inverted(nlp) -> None:  # type: ignore[no-untyped-def]
    q = only(nlp, "“The bridge will reopen in May,” said Peter Lindgren, the city engineer.")
    assert q.speaker == "Peter Lindgren"
    assert q.cue == "said"


def test_speaker_before_quote_with_comma_and_colon(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(nlp, "Governor Alan Reyes said, “We will not raise taxes.”\nThe union replied: “Then we strike.”")
    assert found[0].speaker == "Alan Reyes"
    assert found[0].method == "cue-before"
    assert found[1].speaker == "union" or found[1].speaker_mention.lower().endswith("union")


def test_colon_at_end_of_previous_paragraph(nlp) -> None:  # type: ignore[no-untyped-def]
    q = quotes(nlp, "Inspector Ruth Ambler told the inquiry:\n“Nobody checked the valves for a decade.”")[0]
    assert q.speaker == "Ruth Ambler"
    assert q.method == "colon-intro"


def test_split_quote_gives_both_halves_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    first, second = quotes(nlp, "“The harvest was poor,” farmer Tomas Berg said, “but the prices held up.”")
    assert first.speaker == second.speaker == "Tomas Berg"
    assert second.method == "split-quote"
    assert second.kind == "speech"


def test_pronoun_resolves_to_earlier_person_and_skips_other_gender(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Carlos Mendez, a retired pilot, said he had flown the route for years. "
        "His neighbour Anna Fischer has campaigned against the airport. "
        "“I never heard a complaint until now,” he said."
    )
    assert only(nlp, text).speaker == "Carlos Mendez"


def test_surname_maps_to_full_name_and_title_is_stripped(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Dr. Imogen Clarke leads the trial.\n“The early results are encouraging,” Clarke said."
    result = extract_text(text, nlp)
    (q,) = result.quotes
    assert q.speaker == "Imogen Clarke"
    speaker = result.speaker("Imogen Clarke")
    assert speaker is not None and "Clarke" in speaker.aliases


def test_appositive_gives_title_and_affiliation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“Rates will fall next year,” said Omar Haddad, a senior economist at the Northbridge Bank."
    result = extract_text(text, nlp)
    speaker = result.speaker("Omar Haddad")
    assert speaker is not None
    assert speaker.title == "senior economist"
    assert speaker.affiliation == "Northbridge Bank"


def test_description_resolves_to_the_person_it_describes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Judge Miriam Osei adjourned the hearing on Tuesday.\n"
        "“This court will not be rushed,” the judge said."
    )
    assert only(nlp, text).speaker == "Miriam Osei"


def test_quote_only_paragraph_continues_previous_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“We lost the vote,” said Councillor Janet Pryce. “We will try again.”\n"
        "“The residents deserve better than this.”"
    )
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["Janet Pryce"] * 3
    assert found[1].method == "continuation"
    assert found[2].method == "previous-paragraph"


def test_reported_speech_paragraph_introduces_the_following_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Coach Bram Visser told reporters that the squad was exhausted.\n“We played three games in six days.”"
    assert only(nlp, text).speaker == "Bram Visser"


def test_according_to_attributes_a_fragment(nlp) -> None:  # type: ignore[no-untyped-def]
    q = only(nlp, "The reservoir is “close to empty,” according to Lena Novak, the water manager.")
    assert (q.kind, q.speaker, q.method) == ("partial", "Lena Novak", "according-to")


def test_partial_quote_inside_writers_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    q = only(nlp, "Senator Ruth Okafor called the budget “a fantasy written in pencil.”")
    assert q.kind == "partial"
    assert q.speaker == "Ruth Okafor"


def test_titles_and_names_are_nonspeech_without_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(nlp, "The band played “Morning Over Dublin” before the premiere of “The Quiet Harbour.”")
    assert [q.kind for q in found] == ["nonspeech", "nonspeech"]
    assert all(q.speaker is None for q in found)


def test_scare_quote_is_nonspeech(nlp) -> None:  # type: ignore[no-untyped-def]
    q = only(nlp, "The firm launched a “premium” line of bottled tap water.")
    assert q.kind == "nonspeech" and q.speaker is None


def test_organisation_as_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    q = only(nlp, "In a statement, the Harlow Water Authority said supplies were “secure for the summer.”")
    assert q.speaker == "Harlow Water Authority"


def test_dash_byline(nlp) -> None:  # type: ignore[no-untyped-def]
    q = only(nlp, "“Keep the library open.” — Margaret Ellison")
    assert q.speaker == "Margaret Ellison"
    assert q.method == "dash-byline"


def test_unbalanced_marks_never_raise_and_keep_the_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(nlp, "The mayor said “the road is closed\nTraffic was diverted.")
    assert len(found) == 1 and not found[0].closed


def test_seed_article_gold(nlp) -> None:  # type: ignore[no-untyped-def]
    """Every required speech/partial quote of the seed article, with the right canonical speaker."""
    gold = json.loads((FIXTURES / "seed-article.jsonl").read_text(encoding="utf-8").splitlines()[0])
    result = extract_text(gold["text"], nlp)
    by_span = {(q.start, q.end): q for q in result.quotes}
    for g in gold["quotes"]:
        if g["optional"]:
            continue
        q = by_span.get((g["start"], g["end"]))
        assert q is not None, f"missed {g['text'][:40]!r}"
        if g["kind"] == "nonspeech":
            assert q.kind == "nonspeech" and q.speaker is None
        else:
            assert q.kind != "nonspeech", g["text"]
            assert q.speaker == g["speaker"], (g["text"][:40], q.speaker, q.method)
    route = next(q for q in result.quotes if q.text.startswith("Trump Route"))
    assert route.kind == "nonspeech"


@pytest.mark.parametrize("name", ["dev-articles.jsonl"])
def test_dev_gold_speakers(nlp, name: str) -> None:  # type: ignore[no-untyped-def]
    """The dev gold: quotes found and speakers right on at least 95 % of required quotes."""
    right = total = 0
    for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        by_span = {(q.start, q.end): q for q in extract_text(gold["text"], nlp).quotes}
        for g in gold["quotes"]:
            if g["optional"]:
                continue
            total += 1
            q = by_span.get((g["start"], g["end"]))
            right += q is not None and q.speaker == g["speaker"]
    assert right / total >= 0.95


def test_unnamed_speaker_is_not_replaced_by_a_named_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Librarian Susan Park said the branch would stay open.\n"
        "Outside, a woman carrying two bags of books was less sure. “I will believe it when I see it,” she said."
    )
    q = only(nlp, text)
    assert q.speaker is None
    assert q.speaker_mention == "she"


def test_relative_pronoun_subject_resolves_to_its_antecedent(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Councillor Idris Vaughan, who once called the tram plan “a vanity project,” voted for it on Monday."
    q = only(nlp, text)
    assert (q.kind, q.speaker) == ("partial", "Idris Vaughan")


def test_source_named_as_owner_of_a_document_or_account(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Department of Transport published its review on Friday.\n"
        "Rail fares are “the highest in Europe,” according to the department’s own review.\n"
        "Writer Nadia Ferraro has, by her own account, “never owned a car.”"
    )
    first, second = quotes(nlp, text)
    assert first.speaker == "Department of Transport"
    assert second.speaker == "Nadia Ferraro"


def test_the_company_refers_back_to_a_named_business(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brightwell Dairies will shut its creamery, the firm announced. Workers were told by Westbrook College staff.\n"
        "“This was a painful choice,” the company said in a statement."
    )
    assert only(nlp, text).speaker == "Brightwell Dairies"


def test_surname_in_a_headline_before_the_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sandoval wins mayoral race\n"
        "Teresa Sandoval won the election on Tuesday. Her brother, Diego Sandoval, ran her campaign.\n"
        "“The city voted for change,” Sandoval said."
    )
    assert only(nlp, text).speaker == "Teresa Sandoval"


def test_role_words_before_a_title_are_not_part_of_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“Waiting lists will fall,” said Education Minister Dr. Kofi Mensah."
    result = extract_text(text, nlp)
    assert result.quotes[0].speaker == "Kofi Mensah"
    assert result.speaker("Kofi Mensah").title is not None


def test_a_verb_in_a_following_clause_is_not_the_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The poet Ada Lindqvist called the city “a cathedral of fog,” and critics have argued about the line ever since."
    )
    assert only(nlp, text).speaker == "Ada Lindqvist"


def test_full_stop_after_a_role_noun_ends_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"We expected this," said Rhea Castillo, the chief financial officer. "Sales were never going to hold."'
    )
    found = quotes(nlp, text)
    assert [q.kind for q in found] == ["speech", "speech"]
    assert [q.speaker for q in found] == ["Rhea Castillo", "Rhea Castillo"]


def test_any_verb_after_a_comma_ended_quote_hands_over(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Lucia Bertolini unveiled the statue.\n“I never thought we would finish it,” she beamed."
    q = only(nlp, text)
    assert (q.speaker, q.method) == ("Lucia Bertolini", "verb-after")


def test_second_half_after_a_semicolon(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“The river is rising,” said Warden Elias Brandt; “we are moving the sandbags now.”"
    first, second = quotes(nlp, text)
    assert first.speaker == second.speaker == "Elias Brandt"


def test_first_person_narrator_is_not_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    q = only(nlp, "“Nothing at all,” said I.")
    assert q.speaker is None and q.speaker_mention.rstrip(".") == "I"


def test_name_and_colon_label_a_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Harbour plan approved\nMayor Teodora Ruiz: “This is the best day for the port in fifty years.”"
    q = only(nlp, text)
    assert (q.speaker, q.method) == ("Teodora Ruiz", "colon-intro")


def test_short_or_capitalised_speech_with_a_cue_stays_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Ann Jones spoke.\n“It’s over,” Jones said.\n“NO MORE CUTS,” Jones shouted.\n“Come In,” she said."
    found = quotes(nlp, text)
    assert [q.kind for q in found] == ["speech", "speech", "speech"]
    assert {q.speaker for q in found} == {"Ann Jones"}


def test_curly_apostrophe_names_are_found_and_kept_as_written(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mary O’Neill chairs the committee.\n“Bills will fall,” O’Neill said."
    q = only(nlp, text)
    assert (q.speaker, q.speaker_mention) == ("Mary O’Neill", "O’Neill")


def test_abbreviated_title_resolves_a_description(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Sen. Patricia Lowell introduced the bill on Monday.\n“It is long overdue,” the senator added."
    assert only(nlp, text).speaker == "Patricia Lowell"


def test_names_with_title_words_suffixes_and_particles(nlp) -> None:  # type: ignore[no-untyped-def]
    """A surname that is also a title (King), a generational suffix kept (Jr.), particles (von der), a rank."""
    cases = {
        "Martin Luther King Jr. spoke in Memphis.\n“We shall overcome,” King said.": "Martin Luther King Jr.",
        "Commission President Ursula von der Leyen arrived.\n“Europe is ready,” von der Leyen said.": "Ursula von der Leyen",
        "Major Tom Ellis briefed the press.\n“We are ready,” Ellis said.": "Tom Ellis",
    }
    for text, speaker in cases.items():
        assert only(nlp, text).speaker == speaker, text


def test_named_person_behind_an_indefinite_description(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Another resident, Paula Grant, said the council had “simply stopped listening.”"
    assert only(nlp, text).speaker == "Paula Grant"


def test_headline_title_refers_to_the_person_named_below(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Minister calls reform “dead”\n"
        "Health Minister Omar Farouk told parliament on Tuesday that the reform was finished."
    )
    q = quotes(nlp, text)[0]
    assert (q.kind, q.speaker) == ("partial", "Omar Farouk")



def test_spokespeople_and_documents_speak_for_their_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A spokesperson for the Harbour Trust said the pier would reopen. “Repairs are on track,” the spokesperson said.\n"
        "In 2021, a report by Kessingham District Council called the pier “beyond economic repair.”"
    )
    first, second = quotes(nlp, text)
    assert first.speaker == "Harbour Trust"
    assert second.speaker == "Kessingham District Council"


def test_age_description_finds_the_person_of_that_age(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Goalkeeper Ines Duarte, 36, kept a clean sheet. Her coach, Pavel Novak, praised the defence.\n"
        "“I still love every minute of it,” the 36-year-old said."
    )
    assert only(nlp, text).speaker == "Ines Duarte"


def test_description_before_a_colon_labels_a_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "10:15 Health secretary: “We will not move on pay”\nHealth Secretary Amara Bello spoke outside parliament."
    assert quotes(nlp, text)[0].speaker == "Amara Bello"


def test_a_fronted_name_with_a_relative_clause_stays_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Councillor Joan Mercer criticised the plan.\n"
        "Mr Hollings, whose family has farmed the valley for a century, spent the morning at the hearing.\n"
        "“We were never consulted,” he said."
    )
    assert only(nlp, text).speaker == "Hollings"


def test_a_heading_without_full_stop_does_not_swallow_the_next_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "09:05 Union responds\n"
        "The union's general secretary, Marek Zielinski, has answered the minister. "
        "In a statement, he called the offer “an insult.”"
    )
    assert only(nlp, text).speaker == "Marek Zielinski"


def test_the_model_marks_line_breaks_as_sentence_ends(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Storm warning issued\nResidents were told to stay inside")
    assert [s.text.strip() for s in doc.sents] == ["Storm warning issued", "Residents were told to stay inside"]


def test_a_relative_named_by_first_name_shares_the_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Winifred Haskell, who ran the village shop for sixty years, has died aged 92.\n"
        "Her son, Robert, said she never took a day off. “She opened on Christmas morning,” he said."
    )
    assert only(nlp, text).speaker == "Robert Haskell"


def test_shared_surname_goes_to_whoever_just_spoke(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Edith Marlow founded the choir in 1961.\n"
        "Her granddaughter, Clara Marlow, said the choir had been her life. “She sang until the end,” Ms Marlow said."
    )
    assert only(nlp, text).speaker == "Clara Marlow"


def test_nickname_between_names_whatever_the_tagger_says(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The comeback was sparked by guard Nia “Jet” Okonjo.\n“We never stopped believing,” Okonjo said."
    nickname, q = quotes(nlp, text)
    assert (nickname.text, nickname.kind) == ("Jet", "nonspeech")
    assert q.speaker == "Nia Okonjo"


def test_a_name_hung_on_the_organisation_names_the_spokesman(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A spokesman for the Harbour Party, Elliot Crane, called the poll “one snapshot among many”."
    assert only(nlp, text).speaker == "Elliot Crane"


def test_in_the_passive_the_agent_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The budget has been condemned as “a betrayal of the north” by the economist Ravi Menon."
    q = only(nlp, text)
    assert (q.kind, q.speaker) == ("partial", "Ravi Menon")


def test_so_called_marks_a_scare_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Analyst Mia Lund said the so-called “halo effect” had faded."
    q = only(nlp, text)
    assert (q.kind, q.speaker) == ("nonspeech", None)


def test_a_title_after_the_noun_it_names_stays_nonspeech(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Boxing coach Vera Stone has also written a memoir, “Hands Up, Chin Down”, out next month."
    q = only(nlp, text)
    assert (q.kind, q.speaker) == ("nonspeech", None)


def test_a_named_organisation_just_before_the_verb_when_the_parse_has_no_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Outside court, an inspector said landlords had a duty.\n"
        "Hargate’s letting agent, Ferrisford Homes, said in a statement that it had "
        "‘passed on every message’ from the tenant."
    )
    assert only(nlp, text).speaker == "Ferrisford Homes"


def test_a_person_of_an_organisation_is_not_part_of_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“Nobody needs another gadget,” said Omar Fadel of Brightline Securities."
    result = extract_text(text, nlp)
    assert result.quotes[0].speaker == "Omar Fadel"


def test_a_title_right_before_a_first_name_ends_the_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“The passengers did most of the work,” said Dalton Fire Chief Ray Brennan."
    assert only(nlp, text).speaker == "Ray Brennan"


def test_an_acronym_names_the_organisation_it_abbreviates(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Crown Prosecution Service brought the case in 2022.\n"
        "“We respect the court’s decision,” the CPS said in a statement."
    )
    assert only(nlp, text).speaker == "Crown Prosecution Service"


def test_a_statement_speaks_for_the_organisation_that_issued_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harlow Bus Company suspended the route on Monday.\n"
        "“Safety comes first,” the statement said."
    )
    assert only(nlp, text).speaker == "Harlow Bus Company"


def test_a_contraction_opens_a_sentence_not_a_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“When is the vote?” asked Senator Ruth Abernathy. “That’s Tuesday.”"
    assert [q.kind for q in quotes(nlp, text)] == ["speech", "speech"]


def test_an_unnamed_motorist_blocks_the_named_passenger_before_her(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A second passenger, Denise Albright, said she hit her head on the window.\n"
        "A motorist who stopped to help described a chaotic scene. “People were standing in the snow,” she said."
    )
    q = only(nlp, text)
    assert q.speaker is None and q.speaker_mention == "she"


def test_the_charity_and_the_club_refer_to_an_organisation_of_that_sort(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Coastal Swim Safety Trust runs courses in Whitby. Castleford Rovers FC confirmed the signing.\n"
        "A spokesman for the charity said swimmers should “never go alone.”\n"
        "The club said talks were “ongoing and constructive.”"
    )
    first, second = quotes(nlp, text)
    assert first.speaker == "Coastal Swim Safety Trust"
    assert second.speaker == "Castleford Rovers FC"


def test_a_place_word_inside_an_organisation_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Lackawanna Valley Transit said it was “deeply sorry” for the delays."
    assert only(nlp, text).speaker == "Lackawanna Valley Transit"


def test_the_and_of_an_organisation_name_does_not_end_the_cue_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    q = only(nlp, "“It is dangerous,” the Ministry of Health and Social Care said.")
    assert (q.method, q.speaker) == ("cue-after", "Ministry of Health and Social Care")


def test_a_pronoun_skips_the_person_the_quote_talks_about(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Maria Lopez has worked at the mill since 1998.\n"
        "Helen Brandt, its owner, announced on Monday that the site would close in March.\n"
        "“Helen has never once asked us what we think,” she said."
    )
    # the quote names Helen in the third person: she is not the one speaking
    assert only(nlp, text).speaker == "Maria Lopez"


def test_centring_beats_a_first_name_guess_when_no_one_else_fits(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Carol Dwyer runs the allotment society.\n"
        "Its members voted on Tuesday to fight the sale of the land.\n"
        "Jess Harlow, 29, whose plot is closest to the road, has led the campaign.\n"
        "“We will not be moved,” she said."
    )
    # a lexicon calls Jess male, but the article is about her and the other woman is far back
    assert only(nlp, text).speaker == "Jess Harlow"


def test_an_interview_answer_belongs_to_the_person_asked(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ruth Ocampo has run the shelter for a decade.\n"
        "“She never takes a day off,” said Linda Shaw, a volunteer.\n"
        "I asked Ocampo whether she ever thought of quitting: “Do you?”\n"
        "“Every winter,” she said."
    )
    answer = quotes(nlp, text)[-1]
    assert (answer.text, answer.speaker) == ("Every winter,", "Ruth Ocampo")


@pytest.mark.parametrize("name", ["Kellerby Water", "Lindqvist Gazette", "Harbour Street Theatre"])
def test_utilities_papers_and_venues_are_organisations(nlp, name: str) -> None:  # type: ignore[no-untyped-def]
    text = f"{name}, which has been criticised all week, said in a statement that it had acted properly.\n“We followed every rule,” the statement said."
    assert only(nlp, text).speaker == name


def test_a_possessor_describes_someone_else_than_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Talks over the 31-year-old's new contract stalled on Friday after the striker's lawyer said the club had made "
        "“no serious offer.”\nHis lawyer, Petra Lindahl, has represented him since 2019."
    )
    # the age and the possessive belong to the player; the speaker is the lawyer, named below
    assert quotes(nlp, text)[0].speaker == "Petra Lindahl"


def test_a_reporting_verb_the_parser_hung_on_the_name_still_has_it_as_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rover woke up on Tuesday.\n"
        "\"It is talking to us again! Nobody here slept,\" Ilse Brandvold, the mission's lead engineer, posted on social media."
    )
    assert only(nlp, text).speaker == "Ilse Brandvold"


def test_a_quote_right_after_a_sentence_about_someone_is_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The council voted 7-2 to approve the depot.\n"
        "Councillor Ama Boateng, who voted against, was scathing afterwards. “This will poison the river for a generation.”"
    )
    q = only(nlp, text)
    assert (q.speaker, q.method) == ("Ama Boateng", "sentence-subject")


def test_a_sentence_about_an_object_gives_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The report was published on Monday. “Nothing in it surprised anyone.”"
    assert only(nlp, text).speaker is None


def test_post_nominals_never_pass_for_a_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ms Oluchi Dwight KC, for the families, said the evidence was damning.\n"
        "“They were warned and did nothing,” Ms Dwight said."
    )
    assert only(nlp, text).speaker == "Oluchi Dwight"


def test_a_capitalised_office_before_the_name_is_a_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Pell County Treasurer Nan Okafor said the audit was clean.\n\"We have nothing to hide,\" Okafor said."
    result = extract_text(text, nlp)
    assert result.quotes[0].speaker == "Nan Okafor"


@pytest.mark.parametrize(
    ("name", "short"), [("Harbour Dockers’ Union", "The union"), ("Northfield Rovers", "Northfield")]
)
def test_organisation_names_with_plural_possessives_and_club_words(nlp, name: str, short: str) -> None:  # type: ignore[no-untyped-def]
    text = f"{name} met on Monday.\n{short} called the offer “an insult to every member.”"
    assert only(nlp, text).speaker == name


def test_what_the_article_says_of_a_gender_beats_the_first_name_lexicon(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Committee chair Maria Santos opened the hearing.\n"
        "Councillor Andrea Bertolucci, who voted against the plan, said he had asked for a delay and that his proposal was ignored.\n"
        "Santos defended the timetable.\n"
        "“Nobody asked me anything,” he said."
    )
    # Andrea is a man's name in Italian; the article says “he” and “his” of him
    assert quotes(nlp, text)[-1].speaker == "Andrea Bertolucci"



def test_a_surname_the_tagger_missed_still_names_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The defence called Marcus Stone, the driver's cousin.\n"
        "“Who pays your rent?” the prosecutor asked. Stone paused before answering: “My cousin does.”"
    )
    # the tagger reads the second “Stone” as a common noun
    assert quotes(nlp, text)[-1].speaker == "Marcus Stone"


def test_a_pronoun_at_the_centre_is_not_outweighed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dr. Hannah Mwangi, who founded the clinic in 1974, died on Sunday aged 91.\n"
        "She treated patients for free for four decades.\n"
        "Her nephew, Peter Mwangi, is now a surgeon in Leeds.\n"
        "“She taught me everything,” Dr. Mwangi said.\n"
        "He said she had told every new doctor that they were “far too polite to the insurers.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Hannah Mwangi"


def test_the_person_a_question_was_about_does_not_answer_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Head coach Gareth Pellow spoke before Sunday's final.\n"
        "Asked whether Tomas Varga would be fit to start, he replied: “We will see in the morning.”"
    )
    assert only(nlp, text).speaker == "Gareth Pellow"


def test_a_nationality_stands_for_the_person_the_paragraph_is_about(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Millbrook's captain, Ingrid Solberg, took a calmer view.\n"
        "“We conceded too many corners,” the Norwegian said."
    )
    assert only(nlp, text).speaker == "Ingrid Solberg"


def test_the_union_is_a_workers_organisation_named_earlier(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Allied Bakery Workers Local 4, which represents 900 bakers, said it had not been told.\n"
        "In a statement, the union said: “Our members learned of this from the news.”"
    )
    assert only(nlp, text).speaker == "Allied Bakery Workers Local 4"


@pytest.mark.parametrize(
    "text",
    [
        "Drivers have long called the bend “the Widowmaker” because of its camber.",
        "Fans began calling the striker “Mr Ninety Minutes” after his third late winner.",
        "The shared folder was labelled “draft_final_2” and nobody knew who made it.",
    ],
)
def test_a_name_given_by_a_naming_verb_is_nonspeech(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    q = only(nlp, text)
    assert (q.kind, q.speaker) == ("nonspeech", None)


def test_an_opinion_after_called_stays_a_partial_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    q = only(nlp, "Senator Ruth Adeyemi called the budget “reckless and cruel” on Tuesday.")
    assert (q.kind, q.speaker) == ("partial", "Ruth Adeyemi")


def test_a_cue_after_a_full_stop_typed_for_a_comma(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The probe landed on Friday.\n“We are on the surface. Finally.” Mission director Aiko Tanabe wrote on social media."
    q = only(nlp, text)
    assert (q.speaker, q.method) == ("Aiko Tanabe", "cue-after-stop")


def test_a_verb_with_its_own_object_after_a_closed_quote_is_not_the_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Priya Nair runs the bakery. “Bread is politics.” Her rival Tom Bright said the shop had closed twice."
    assert only(nlp, text).method != "cue-after"


def test_continuation_skips_a_slogan_quoted_in_between(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“We did it,” Mayor-elect Rosa Linares told supporters in a hall where the crowd had sung her slogan, "
        "“Roads Not Words,” all night. “Tomorrow we start on the potholes.”"
    )
    last = quotes(nlp, text)[-1]
    assert (last.text, last.speaker) == ("Tomorrow we start on the potholes.", "Rosa Linares")


def test_a_colon_sentence_without_a_subject_takes_the_sentence_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kelso Water Board has issued a statement. Here it is in full:\n“Supplies are safe and testing continues.”"
    assert only(nlp, text).speaker == "Kelso Water Board"


def test_a_pronoun_after_meeting_the_only_named_person_is_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Transport minister Helen Cross urged both sides to talk.\n"
        "At the depot, our reporter met Grace Mbeki, 52, who was waiting for the last bus. "
        "Asked about the strike, she said: “I back the drivers. My son is one.”"
    )
    assert only(nlp, text).speaker == "Grace Mbeki"


def test_a_description_the_parse_left_without_a_role_still_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ivo Brandl, 58, conceded defeat shortly after midnight.\n"
        "“The voters have decided,” the 58-year-old said, “and we respect that.”"
    )
    first, second = quotes(nlp, text)
    assert (first.speaker, second.speaker) == ("Ivo Brandl", "Ivo Brandl")
    assert second.speaker_mention == "the 58-year-old"


def test_a_role_noun_stands_for_the_person_the_paragraph_is_about(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“This is a cover-up,” said Nadia Okoro, who chairs a parents' group.\n"
        "Okoro said she had written to the minister twice. “Nobody has replied,” the campaigner said."
    )
    assert quotes(nlp, text)[-1].speaker == "Nadia Okoro"


def test_an_unnamed_source_is_never_the_person_in_view(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Premier Dana Holt has denied the report.\n"
        "“The numbers were known in March,” the source said."
    )
    assert only(nlp, text).speaker is None


def test_the_regulator_is_the_agency_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The recall was announced by the Federal Food Safety Agency on Monday.\n"
        "“Nobody should eat these products,” the regulator said."
    )
    assert only(nlp, text).speaker == "Federal Food Safety Agency"


def test_a_plural_team_name_is_not_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hawks coach Irene Valdez said her side had been sluggish while the Falcons shot well early.\n"
        "Asked about the comeback, Valdez laughed. “I can't repeat what I told them,” she said."
    )
    result = extract_text(text, nlp)
    assert result.quotes[0].speaker == "Irene Valdez"
    assert all(s.kind == "organisation" for s in result.speakers if s.name == "Falcons")


def test_a_name_in_a_quote_within_the_quote_can_be_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Among those waiting is Joan Whitlow, 81, a retired postmistress.\n"
        "She said a surgeon saw her last year. “He said, ‘Six months, Mrs Whitlow, no more,’ and that was a year ago,” she said."
    )
    assert only(nlp, text).speaker == "Joan Whitlow"


def test_the_sentence_cue_beats_a_cue_deep_in_a_clause_before_a_colon(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Goalkeeper Sam Ferris, who saved two penalties in the shoot-out, recalled what Mendes had told him "
        "before the final kick: “Go left, always left.”"
    )
    assert only(nlp, text).speaker == "Sam Ferris"


def test_a_name_that_owns_a_chief_executive_is_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Parents sue Quorvia over late-night alerts\n"
        "Quorvia’s chief executive, Dan Pryce, said the alerts were optional.\n"
        "“We take safety seriously,” the company said."
    )
    result = extract_text(text, nlp)
    assert result.quotes[-1].speaker == "Quorvia"
    assert next(s for s in result.speakers if s.name == "Quorvia").kind == "organisation"


def test_a_first_person_narrator_is_named_by_how_others_address_him(nlp) -> None:  # type: ignore[no-untyped-def]
    story = " ".join(
        [
            "I had not slept. I walked to the harbour, and I waited by the wall where I always waited.",
            "I saw the boat before I heard it. I knew then that I would go. I told nobody.",
            "I remember the cold. I remember the gulls. I remember that I was afraid.",
            "Old Marten Cole was mending a net. “Tobias, you look like a ghost,” said Marten Cole.",
            "“Tobias! Will you sail with us or not?” he shouted.",
            "“I will come,” I said.",
        ]
    )
    assert quotes(nlp, story)[-1].speaker == "Tobias"


def test_a_reporters_own_question_never_names_a_narrator(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Ines Duarte met us at the depot.\n“Ines, will the buses run?” I asked.\n“Tomorrow,” she said."
    asked, answer = quotes(nlp, text)
    assert asked.speaker is None and answer.speaker == "Ines Duarte"


def test_a_fronted_participle_taken_for_the_subject_yields_to_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Opposition leader Hana Petrova won the vote.\n"
        "Speaking to crowds in Freedom Square shortly after midnight, Petrova, 51, said the country had chosen "
        "“a fresh start” that night."
    )
    assert only(nlp, text).speaker == "Hana Petrova"


def test_it_is_the_organisation_named_earlier_in_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Talks stalled after a group of 30 fishing nations, the Northern Waters Council, rejected a draft "
        "it said would “empty our seas within a decade.”"
    )
    assert only(nlp, text).speaker == "Northern Waters Council"


def test_hyphenated_given_names_with_a_lower_case_half_stay_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kim Soo-ah opened the shop in 2012.\n“We had nothing but a sewing machine,” Kim said."
    result = extract_text(text, nlp)
    assert result.quotes[0].speaker == "Kim Soo-ah"


def test_a_family_name_first_the_tagger_misreads_is_still_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Her partner, Ha Jun-ho, who runs the workshop, sees it differently.\n"
        "“She was calm. I was the one who panicked,” Ha said."
    )
    # the tagger reads this “Ha” as an interjection
    assert only(nlp, text).speaker == "Ha Jun-ho"


def test_and_inside_an_organisation_name_before_its_head_word(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Lakeland Rowing and Canoe Association said it was “deeply concerned” by the ruling."
    assert only(nlp, text).speaker == "Lakeland Rowing and Canoe Association"


def test_a_paragraph_introducing_someone_gives_them_the_next_quote_paragraph(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Thousands were stranded when the ferry was cancelled.\n"
        "Maeve Donnelly, 31, from Galway, had paid €240 for the crossing.\n"
        "“Nobody told us anything. We slept in the car.”"
    )
    q = only(nlp, text)
    assert (q.speaker, q.method) == ("Maeve Donnelly", "sentence-subject")


def test_a_capitalised_common_noun_in_a_subhead_is_not_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Company rejects claims\n"
        "Halvard Mining said in a statement that it had followed every rule.\n"
        "“Our monitoring is continuous,” the company said."
    )
    assert only(nlp, text).speaker == "Halvard Mining"


def test_a_role_that_names_a_body_makes_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Protesters carried the banners of the campaign group Greener Camden.\n"
        "In a statement, Greener Camden said the vote was a betrayal.\n"
        "“Tenants will remember this,” the statement said."
    )
    assert only(nlp, text).speaker == "Greener Camden"


def test_a_first_name_the_lexicon_does_not_know_is_still_a_person_who_says_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ngozi Okafor said it was too early to judge.\n“We need another month,” she said."
    assert only(nlp, text).speaker == "Ngozi Okafor"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a role someone else holds never falls to the person the paragraph is about
        ("Tom Reed, 34, was jailed for six years at Leeds Crown Court on Tuesday. The judge said: “You showed no remorse.”", None),
        # a verb that did not happen, after a closed quote, is no cue
        ("Residents were angry. “Nobody listens to us.” Tom Hart, the council leader, did not reply to emails.", None),
        # a surname that is also an industry word is still a surname
        ("Jane Mills chairs the committee.\n“It is wrong,” Mills said.", "Jane Mills"),
        # a family statement released through the police is the family's, not the force's
        ("In a statement released through Kent Police, they said: “She was the light of our lives.”", None),
        # the teller inside reported speech keeps the quote
        ("Prosecutors said Mark Evans later told a friend in a text message: “I panicked.”", "Mark Evans"),
        # the victim introduced above is spoken of, not speaking
        ("Kelly Brown, 17, died at the scene.\n“She was the light of our lives, always laughing.”", None),
        # a family name as a modifier inside the quote does not rule the speaker out
        ("John Smith runs the bakery on Mill Lane.\n“The Smith family has been baking here for a century,” he said.", "John Smith"),
        # centring never overrules a name the lexicon is sure of
        ("John Carter, the coach, praised the squad after the win.\n“We were lucky today,” she said.", None),
    ],
)
def test_rules_that_must_not_misfire(nlp, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    assert quotes(nlp, text)[-1].speaker == speaker


def test_what_police_say_of_a_woman_does_not_make_the_officer_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Detective Inspector John Reid said she was last seen on Friday. Reid said she had been wearing a red coat. "
        "Reid said she often walked the dog there.\n“We need anyone who saw her to call us,” he said."
    )
    assert only(nlp, text).speaker == "John Reid"


def test_a_spaced_dash_does_not_join_the_description(nlp) -> None:  # type: ignore[no-untyped-def]
    q = only(nlp, "The outlook is grim – the economist said: “Rates will rise again.”")
    assert q.speaker_mention == "the economist"


def test_a_one_word_answer_after_said_is_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    q = only(nlp, "Asked whether she had been called as a witness, Maria Lopes said: “Yes.”")
    assert (q.kind, q.speaker) == ("speech", "Maria Lopes")


def test_a_model_without_sentence_boundaries_does_not_crash() -> None:
    import spacy

    from attribution.extract import extract_text as extract_with

    result = extract_with("“We will appeal,” Dana Ruiz said.", spacy.blank("en"))
    assert [q.text for q in result.quotes] == ["We will appeal,"]


def test_an_uncued_question_answered_in_the_next_paragraph_is_the_interviewers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“I write in the mornings, before the house wakes up,” says the poet Ruth Anand.\n"
        "“Do you ever write at night?”\n"
        "“Never. Night is for reading.”"
    )
    first, question, answer = quotes(nlp, text)
    assert (question.speaker, question.method) == (None, "interview-question")
    assert (first.speaker, answer.speaker) == ("Ruth Anand", "Ruth Anand")


def test_a_rhetorical_question_followed_by_narrative_stays_with_its_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“We were promised a new bridge in 2019,” said councillor Amir Haddad.\n"
        "“Where is it?”\n"
        "The council has not replied."
    )
    assert quotes(nlp, text)[1].speaker == "Amir Haddad"


def test_a_name_that_states_things_of_itself_as_it_is_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Corvell, which runs the pipeline, said in a statement that it had shut the valves at once.\n"
        "“We are working with investigators,” the company said."
    )
    assert only(nlp, text).speaker == "Corvell"


def test_a_title_word_opening_an_organisations_name_stays_in_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The General and Allied Workers Union called the offer “a slap in the face”."
    assert only(nlp, text).speaker == "General and Allied Workers Union"


def test_a_nationality_the_tagger_takes_for_a_name_is_still_a_description(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Lars Holm, a Dane, won the stage in 2021.\n“That descent is madness,” the Dane said."
    q = only(nlp, text)
    assert (q.speaker, q.speaker_mention) == ("Lars Holm", "the Dane")


def test_the_council_is_the_council_named_in_full_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ashvale District Council said collections would resume on Monday.\nThe Council added: “Please keep bins closed.”"
    assert only(nlp, text).speaker == "Ashvale District Council"


def test_plural_possessives_joined_by_and_inside_an_organisation_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Bakers’ and Millers’ Federation said the deal was “a betrayal of every member.”"
    assert only(nlp, text).speaker == "Bakers’ and Millers’ Federation"


def test_the_owner_of_the_words_before_a_colon_speaks_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Her coach stayed with her. According to the coach, Lena Vos’s first words were: “Is my bike all right?”"
    assert only(nlp, text).speaker == "Lena Vos"


def test_the_source_of_an_according_to_paragraph_is_the_analyst(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“It makes sense on paper,” said Omar Haddad, head of research at Pell & Crane.\n"
        "According to Haddad, regulators will look hard at the deal.\n"
        "“I would expect them to ask for remedies,” the analyst said."
    )
    assert quotes(nlp, text)[-1].speaker == "Omar Haddad"


def test_a_role_noun_in_ee_stands_for_the_person_in_view(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Sam Oduya has refereed 400 league games.\n“I never wanted to be famous,” the referee said."
    assert only(nlp, text).speaker == "Sam Oduya"


def test_a_full_name_first_seen_as_an_object_names_the_surname_later(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mira Holt beat Tendai Moyo in three sets.\nMoyo, 22, called it “the longest afternoon of my life.”"
    assert only(nlp, text).speaker == "Tendai Moyo"


def test_an_organisation_named_short_and_in_full_is_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Clients of Silver Birch Capital lost millions.\nA spokesperson for Silver Birch said they had been “deceived like everyone else.”"
    assert only(nlp, text).speaker == "Silver Birch Capital"


def test_a_singular_possessive_inside_an_organisation_name_but_not_a_countrys(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        "The Coastal Fishermen’s Federation said it backed “every lawful protest”. "
        "France’s Ministry of Agriculture said talks were “constructive”.",
    )
    assert [q.speaker for q in found] == ["Coastal Fishermen’s Federation", "Ministry of Agriculture"]


def test_an_office_before_a_name_is_a_title(nlp) -> None:  # type: ignore[no-untyped-def]
    q = only(nlp, "Ombudsman Rosa Kavanagh said the bank had “failed its customers”.")
    assert q.speaker == "Rosa Kavanagh"


def test_a_fragment_inside_what_someone_says_about_a_thing_is_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Councillor Bea Lund said the budget figures reflected “a decade of neglect”.",
        "Councillor Bea Lund said the budget had been written “in a hurry and in secret”.",
    ):
        assert only(nlp, text).speaker == "Bea Lund"


def test_an_unnamed_person_inside_the_reported_clause_keeps_the_fragment(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Nadia Okoro said a supervisor had described her as “difficult” during the review."
    assert only(nlp, text).speaker is None


def test_the_subject_of_a_passive_reporting_verb_is_not_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ian Pole lost the appeal. He will now be added to the “watch register” kept by the ministry."
    assert only(nlp, text).speaker is None


def test_a_quote_paragraph_goes_to_who_told_the_paragraph_before_not_who_is_told_of(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tariq Noor, who chairs the tenants' association, said residents had complained about the lifts for months.\n"
        "“Every week somebody is stuck. Every week we phone the council.”"
    )
    assert only(nlp, text).speaker == "Tariq Noor"


def test_whoever_reads_out_a_statement_speaks_the_quote_paragraph_after(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Outside court, the cyclist’s brother, Felix Amadi, read a statement on behalf of the family.\n"
        "“He was the kindest of us. He should have come home that night.”"
    )
    assert only(nlp, text).speaker == "Felix Amadi"


def test_a_long_relative_clause_misread_as_a_clause_keeps_the_name_as_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dev Anand, who launched the petition Keep the Ferry after his mother missed a hospital visit in 2022, "
        "said the decision was “a betrayal, nothing less”."
    )
    q = only(nlp, text)
    assert (q.speaker, q.kind) == ("Dev Anand", "partial")


def test_a_name_something_is_known_by_among_some_people_is_nonspeech(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ola Berg said the path along the cliffs, long known to walkers as “the Ladder”, had washed away."
    q = only(nlp, text)
    assert (q.kind, q.speaker) == ("nonspeech", None)


def test_a_one_word_organisation_name_the_tagger_misreads_still_names_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Coinly, the crypto exchange popular with students, stopped trading on Friday.\n"
        "Coinly’s chief executive resigned on Sunday."
    )
    doc = parsed(nlp, text)
    doc[0].pos_, doc[0].tag_ = "ADV", "RB"  # what the small model made of “Vaultly” in a news lead
    doc.ents = [e for e in doc.ents if e.start != 0]
    people = people_of(doc)
    first = people.entity_at(0)
    assert first is not None and (first.name, first.kind) == ("Coinly", "organisation")


def test_police_rank_abbreviations_without_full_stops_are_titles(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Detective Chief Inspector Anwen Rees is leading the inquiry.\n"
        "“We have made two arrests,” said Det Ch Insp Rees.\n"
        "“Nobody was hurt,” added Supt Gareth Lloyd."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Anwen Rees", "Gareth Lloyd"]


def test_he_after_an_unnamed_tradesman_is_not_the_named_man_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mayor Tom Reyes defended the budget for an hour.\n"
        "In the car park afterwards, a retired electrician who had queued since dawn summed up the night. "
        "“I heard nothing new,” he said."
    )
    assert only(nlp, text).speaker is None


def test_a_description_by_sort_of_body_finds_the_organisation_named_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In a statement, Saltmarsh Records said it would reissue the band’s early albums. "
        "“These records shaped a generation,” the label said."
    )
    assert only(nlp, text).speaker == "Saltmarsh Records"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A spokeswoman for Denby Royal Infirmary said the ward was “safe and fully staffed”.", "Denby Royal Infirmary"),
        ("A spokesman for Ashby Grace Parish Council said the repairs were “long overdue”.", "Ashby Grace Parish Council"),
        ("St. Agnes’s Community Hospital said its waiting times were “falling every month”.", "St. Agnes’s Community Hospital"),
    ],
)
def test_title_words_given_names_and_possessives_inside_an_organisations_name(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert only(nlp, text).speaker == speaker


def test_two_complete_organisation_names_joined_by_and_are_two(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = parsed(nlp, "Mercer Freight Group and Halvern Shipping Company agreed to merge on Monday.")
    people = people_of(doc)
    assert {e.name for e in people.entities} == {"Mercer Freight Group", "Halvern Shipping Company"}


def test_a_name_that_runs_things_is_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brantwell, which runs the town’s buses, said in a statement that services would resume. "
        "“We apologise for the disruption,” the company said."
    )
    assert only(nlp, text).speaker == "Brantwell"


def test_an_appositive_saying_company_outweighs_a_place_tag(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestora, the data storage company, said on Monday that it would close two offices. “This was a difficult decision,” the company said."
    doc = parsed(nlp, text)
    doc.ents = [Span(doc, 0, 1, label="GPE")]  # the small model's reading of “Vantora” in a news lead
    assert only_in(doc, text).speaker == "Kestora"


def test_a_capitalised_organisation_word_opening_a_subhead_is_not_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = parsed(nlp, "Rescue goes on\nCompany denies ignoring warnings\nDivers reached the lower levels on Friday.")
    company = next(t for t in doc if t.text == "Company")
    company.pos_, company.tag_ = "PROPN", "NNP"  # how the small model read a subhead in a mine report
    people = people_of(doc)
    assert "Company" not in {e.name for e in people.entities}


def test_a_lawyer_asking_whether_she_did_something_is_not_made_a_woman_by_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Defence lawyer Paul Brennan cross-examined Dana Whitley for an hour.\n"
        "Brennan asked whether she had ever shared her password with colleagues. “Never,” she said.\n"
        "Brennan then turned to the jury. “You have heard her answer,” he said."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Dana Whitley", "Paul Brennan"]


def test_an_appositive_naming_a_trade_outweighs_an_organisation_tag(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chief executive Lars Nyberg apologised to customers.\n"
        "Obinna Adeyemi, a delivery driver from Leeds, lost £400 after an accident kept him off work. "
        "“Nobody at the bank ever called me back,” he said."
    )
    doc = parsed(nlp, text)
    name = next(t for t in doc if t.text == "Adeyemi")
    doc.ents = [e for e in doc.ents if not (e.start <= name.i < e.end)] + [Span(doc, name.i, name.i + 1, label="ORG")]
    assert only_in(doc, text).speaker == "Obinna Adeyemi"


def test_the_spokesperson_speaks_for_whoever_the_last_spokesperson_spoke_for(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Food Standards Board said it was reviewing the recall.\n"
        "A spokeswoman for Dalby Dairies said the affected batches had been “withdrawn from every shop”. "
        "“We are sorry for the worry this has caused,” the spokeswoman said."
    )
    assert quotes(nlp, text)[-1].speaker == "Dalby Dairies"


def test_a_fronted_question_and_an_age_with_now_do_not_hide_who_answers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Asked by reporters how he felt, Tomas Reyes, now 19, said only: “Tired. Just tired.”"
    doc = parsed(nlp, text)
    surname = next(t for t in doc if t.text == "Reyes")
    surname.dep_ = "npadvmod"  # the parse slip seen in a news report: the verb left without a subject
    assert only_in(doc, text).speaker == "Tomas Reyes"


def test_the_advocate_is_the_campaigner_the_paragraph_is_about(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rhona Baillie runs the Fair Rent Network, which lobbies for tenants.\n"
        "Baillie pointed to the waiting list. “Nine thousand families is not a statistic,” the advocate said."
    )
    assert only(nlp, text).speaker == "Rhona Baillie"


def test_a_surname_the_tagger_made_an_adverb_is_still_the_subject_a_pronoun_follows(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ruth Okafor lost her job in the first round of cuts.\n"
        "A colleague, who asked not to be named because she still works there, said staff were angry.\n"
        "Okafor said she bore no grudge. “I would go back tomorrow,” she said."
    )
    doc = parsed(nlp, text)
    surname = [t for t in doc if t.text == "Okafor"][-1]
    surname.pos_, surname.tag_, surname.dep_ = "ADV", "RB", "advmod"  # the small model's reading of “Tolliver said”
    assert only_in(doc, text).speaker == "Ruth Okafor"


def test_he_said_right_after_a_sentence_about_one_person_tells_their_gender(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Parents packed the school hall on Monday.\n"
        "Principal Andrea Conti, who organised the trip, apologised at the meeting.\n"
        "“We should have checked the forecast,” he said."
    )
    assert only(nlp, text).speaker == "Andrea Conti"


def test_a_message_read_out_from_someone_is_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ivo Brandt won best actor but was not at the ceremony.\n"
        "His agent, Clara Voss, read a short note from him: “I am stuck in Oslo and I am so grateful.”"
    )
    assert only(nlp, text).speaker == "Ivo Brandt"


def test_the_subject_of_a_colon_sentence_may_be_named_in_apposition(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The club’s captain, Ruth Adebayo, summed up the season in four words: “We never gave up.”"
    assert only(nlp, text).speaker == "Ruth Adebayo"


def test_an_object_pronoun_is_never_the_subject_of_its_own_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    # Piet is only “mostly male” to the lexicon, but “a note from her” cannot be his own
    text = (
        "Lena Sorvik won best actress but was not at the ceremony.\n"
        "Her agent, Piet Maas, read a short note from her: “I am stuck in Oslo and I am so grateful.”"
    )
    assert only(nlp, text).speaker == "Lena Sorvik"


def test_a_company_is_named_in_full_legal_form_included_as_the_article_writes_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # the longest name the article gives wins, for a business as for a person
    text = "Tamworth Looms Ltd cut 300 jobs on Monday. “We regret every one of them,” Tamworth Looms said."
    assert only(nlp, text).speaker == "Tamworth Looms Ltd"
    text = "Tamworth Looms warned of cuts. Tamworth Looms Ltd later confirmed 300. “We regret it,” the company said."
    assert only(nlp, text).speaker == "Tamworth Looms Ltd"


def test_a_person_after_a_body_and_for_is_not_part_of_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Portland Athletic have turned down a bid from FC Sorrento for Mateo Ibarra, "
        "with the club insisting he is “not available at any price”."
    )
    assert only(nlp, text).speaker == "Portland Athletic"


def test_a_body_described_by_sort_is_the_one_the_appositive_called_that(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Corvel Systems laid off 900 staff.\n"
        "The Union of Software Staff, a labor group that has organised several offices, called the cuts cruel. "
        "“Profits and layoffs in one quarter is not a plan,” the group said."
    )
    assert only(nlp, text).speaker == "Union of Software Staff"


def test_an_age_description_can_be_the_subject_of_a_colon_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Head coach Ray Dunmore faced reporters on Monday. “He trains like everyone else,” Dunmore said.\n"
        "Asked about a transfer request, the 58-year-old was blunt: “There isn't one.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Ray Dunmore"


def test_a_spokesman_compounded_with_a_sort_of_body_speaks_for_that_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Staff at Harrowfield University voted to strike over the closure of the music school.\n"
        "Students marched through the city centre on Saturday.\n"
        "Local shops closed early.\n"
        "A university spokesman said: “No final decision has been taken.”"
    )
    assert only(nlp, text).speaker == "Harrowfield University"


@pytest.mark.parametrize(("which", "speaker"), [("elder", "Marta Novak"), ("younger", "Filip Novak")])
def test_the_younger_or_elder_of_two_relatives_sharing_a_surname(nlp, which: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Marta Novak, 61, has run the bakery on Quay Street since 1990. "
        "Filip Novak, 34, joined her there in 2015.\n"
        f"“We never agree on the bread,” the {which} Novak said."
    )
    assert only(nlp, text).speaker == speaker


def test_a_spokeswoman_s_second_paragraph_stays_with_her_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Drivers at Eastmere Buses will strike for a week.\n"
        "A Eastmere Buses spokeswoman said: “We are disappointed by the union's decision.”\n"
        "“We would urge passengers to check before they travel.”"
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Eastmere Buses", "Eastmere Buses"]


def test_the_second_half_of_a_quote_split_by_any_verb_is_the_same_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“They keep promising ‘reform’,” Ines Duval went on, “and what they deliver is longer queues.”"
    first, second = quotes(nlp, text)
    assert (second.speaker, second.kind, second.method) == ("Ines Duval", "speech", "split-quote")
    assert second.speaker_mention == first.speaker_mention == "Ines Duval"


def test_a_second_fragment_hung_on_a_verb_inside_the_first_keeps_the_teller(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        'In a statement, Ashby Water said it had "invested more than $4 million in new pipes this year" '
        'and was "actively hiring" for 60 engineering posts.'
    )
    first, second = quotes(nlp, text)
    assert (second.kind, second.speaker) == ("partial", "Ashby Water") == (first.kind, first.speaker)


def test_a_name_before_a_verb_the_tagger_read_as_a_plural_noun_is_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Marta Quist has played the organ at St Jude's for 50 years. Her niece, Tess Harlow, helps on Sundays.\n"
        "“She never lets me touch the stops,” Harlow said.\n"
        "Quist shrugs and does not deny it. “They are mine,” she said."
    )
    doc = parsed(nlp, text)
    verb = next(t for t in doc if t.text == "shrugs")
    name = doc[verb.i - 1]
    # the small model's reading of “Lowell laughs and does not deny it”: a noun with a verb conjoined
    name.dep_, name.head = "compound", verb
    verb.pos_, verb.tag_, verb.dep_, verb.head = "NOUN", "NNS", "ROOT", verb
    deny = next(t for t in doc if t.text == "deny")
    deny.dep_, deny.head = "conj", verb
    mention = people_of(doc).mention_at(name.i)
    assert mention is not None and mention.is_subject and mention.main  # so the she after it is hers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a surname that is also an organisation word, after a given name, is a person's
        ("Det Sgt Paul Mills said: “We need witnesses.” Mills added: “Call us.”", ["Paul Mills", "Paul Mills"]),
        # a place that is also a given name after “University of” stays in the name
        ("The University of Georgia said the study was “badly flawed”.", ["University of Georgia"]),
        # a company whose name opens with an abbreviation that can be a police rank
        ("A spokesperson for DC Comics said the film was “on schedule”.", ["DC Comics"]),
        # a thing that is the subject of a sentence never catches a pronoun
        ("Rosa Kane watched from her balcony as the fire spread. A helicopter circled overhead for hours. "
         "She said: “It was terrifying.”", ["Rosa Kane"]),
        # an unnamed subject whose sentence has a her for someone else hands the she on
        ("Mayor Jane Cole toured the site on Monday. A builder showed her the new wing. She said: “It is wonderful.”", ["Jane Cole"]),
        # a quote paragraph after “X said Y told …” is Y's
        ("Prosecutor Ian Moss said Dana Hart told officers she had acted in self-defence.\n"
         "“He came at me with a knife. I had no choice.”", ["Dana Hart"]),
        # a statement read out from a family is the family's, not the reader's
        ("Coroner Alan Price read a statement from the family of Kelly Brown.\n“She was the light of our lives.”", [None]),
        # people who say things in a reported clause are not a mere thing
        ("Senator Ruth Harris said her opponents had branded her “a career politician”.", [None]),
        # “was reported as saying” still has its speaker
        ("Mayor Alan Pike was reported as saying “the city is broke” during a private dinner.", ["Alan Pike"]),
        # a sort of body the article never named stays unnamed
        ("Network Rail said the line would stay closed. A police spokesman said: “Nobody was hurt.”", [None]),
        # “the club” in a sentence about one club only
        ("Harcourt United beat FC Valmont 3-0 on Saturday. Fans of FC Valmont later clashed with police, "
         "and the club said: “We condemn this behaviour.”", ["FC Valmont"]),
        # a country-wide name word in a body's name does not make it a council
        ("Kent County Cricket Club has been sold. The council said: “We wish them well.”", [None]),
        # a he said after a sentence about Karen is Tom's when Tom is in view
        ("Tom Reed has lived on Elm Row for 30 years. His neighbour Karen Webb moved in last spring. "
         "Webb planted roses along the fence. “She has made the street beautiful,” he said.", ["Tom Reed"]),
    ],
)
def test_new_rules_that_must_not_misfire(nlp, text: str, speakers: list[str | None]) -> None:  # type: ignore[no-untyped-def]
    assert [q.speaker for q in quotes(nlp, text) if q.kind != "nonspeech"] == speakers


def test_a_leader_title_before_a_name_is_a_role_and_a_longer_description_still_finds_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senate Majority Leader Dora Vance opposed the bill. “It raids the pension fund,” Vance said.\n"
        "“We will not allow it,” the party leader said."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Dora Vance", "Dora Vance"]


def test_a_hospital_spokeswoman_speaks_for_the_medical_center_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The climber was flown to Pinecrest Medical Center. A hospital spokeswoman said he was “awake and hungry”."
    assert only(nlp, text).speaker == "Pinecrest Medical Center"


def test_a_couple_named_together_share_the_surname_and_titles_then_tell_them_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Neil and Dawn Harcourt lost their shop in the storm.\n"
        "“We had no warning,” Mrs Harcourt said.\n"
        "“Not one text from the council,” Mr Harcourt added."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Dawn Harcourt", "Neil Harcourt"]


def test_his_wife_is_the_woman_sharing_his_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Owen Pryce and Bethan Pryce have run the farm since 1990. Mr Pryce said the drought was the worst he had seen.\n"
        "“We are selling the ewes,” said his wife."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Bethan Pryce"]


def test_a_relative_nobody_named_stays_unnamed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Owen Pryce has run the farm since 1990.\n“He never takes a day off,” said his wife."
    assert only(nlp, text).speaker is None


def test_a_bare_surname_the_tagger_misread_follows_the_shared_surname_rule(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rhoswen Tally has sailed out of Fowey for fifty years.\n"
        "Her nephew, Idris Tally, runs the chandlery. Her niece, Nerys Tally, keeps the books.\n"
        "Tally herself is unmoved by the fuss. “I just like boats,” she says."
    )
    doc = parsed(nlp, text)
    tally = next(t for t in doc if t.text == "Tally" and t.nbor(1).text == "herself")
    tally.pos_ = "NOUN"  # the misreading the small model makes of an unusual surname
    assert only_in(doc, text).speaker == "Rhoswen Tally"


def test_a_described_speaker_with_a_detail_nobody_gave_is_the_person_in_view(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "At the food bank on Tuesday, Gemma Frost, 38, queued for an hour.\n"
        "“It is the first time I have needed help,” said the mother of three."
    )
    assert only(nlp, text).speaker == "Gemma Frost"


def test_an_age_description_skips_a_person_of_another_known_age(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The winger Dale Morrow, 19, scored twice. Skipper Ross Ainley lifted the cup.\n"
        "“I have waited twelve years for this,” the 31-year-old said."
    )
    doc = parsed(nlp, text)
    ainley = next(t for t in doc if t.text == "Ainley")
    ainley.dep_ = "dobj"  # age rule alone: Ainley is no subject in this parse …
    assert only_in(doc, text).speaker != "Dale Morrow"  # … but a 19-year-old is never the 31-year-old


def test_a_title_word_read_as_a_verb_leaves_the_name_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ballymore scrum-half Kieran Dolan kicked the winning goal.\n"
        "Harbour captain Fionn Ashe, known to everyone as “the Wall”, played on with a broken hand and cried as he left the field.\n"
        "“I owe this town everything,” he said."
    )
    doc = parsed(nlp, text)
    captain = next(t for t in doc if t.text == "captain")
    ashe = next(t for t in doc if t.text == "Ashe")
    verb = next(t for t in doc if t.text == "played")
    harbour = next(t for t in doc if t.text == "Harbour")
    captain.pos_, captain.dep_, captain.head = "VERB", "nsubj", verb  # the small model's reading
    ashe.dep_, ashe.head = "dobj", captain
    harbour.dep_, harbour.head = "nsubj", captain
    assert [q.speaker for q in extract_from_doc(Article(text, "t"), doc).quotes if q.kind == "speech"] == ["Fionn Ashe"]


@pytest.mark.parametrize("title", ["Sgt.", "Capt.", "Det.", "Lt.", "Coun."])
def test_a_dotted_rank_keeps_its_name_and_its_sentence(nlp, title: str) -> None:  # type: ignore[no-untyped-def]
    text = f"{title} Marla Quint of the harbour patrol spoke to reporters.\n“Nobody was hurt,” Quint said."
    doc = parsed(nlp, text)
    assert doc[0].text == title and not doc[1].is_sent_start
    roster = people_of(doc)
    (marla,) = [e for e in roster.entities if e.kind == "person"]
    assert (marla.name, marla.title) == ("Marla Quint", title)


def test_an_honorific_still_describes_someone_an_appositive_gave_a_longer_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cllr Rhian Doyle, cabinet member for transport on Kelby Council, backed the scheme.\n"
        "“It is overdue,” the councillor said."
    )
    assert only(nlp, text).speaker == "Rhian Doyle"


def test_a_rank_abbreviation_is_a_given_name_when_the_paper_later_says_mr(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cattle breeder Col Mahony, 58, lost two sheds in the fire.\n"
        "“It came over the ridge in minutes,” Mr Mahony said."
    )
    assert only(nlp, text).speaker == "Col Mahony"


def test_a_rank_the_paper_keeps_using_stays_a_rank(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Col Ruth Mahony commands the garrison.\n“We are ready,” Col Mahony said."
    assert only(nlp, text).speaker == "Ruth Mahony"


def test_a_lower_case_nickname_is_a_name_but_what_someone_called_a_thing_is_their_words(nlp) -> None:  # type: ignore[no-untyped-def]
    nickname, opinion = quotes(
        nlp,
        "Ada Marsh said the bypass, which drivers have nicknamed “the long wait”, would be widened. "
        "Mayor Ivo Brandt blamed what he called “years of neglect” in Hollin.",
    )
    assert (nickname.kind, nickname.speaker) == ("nonspeech", None)
    assert (opinion.kind, opinion.speaker) == ("partial", "Ivo Brandt")


def test_a_fragment_hung_on_a_negated_verb_of_saying_belongs_to_the_teller(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Pia Lund, a spokeswoman for the Harbour Board, said the board could not comment on a bid that had not been "
        "lodged, but that any bid would be weighed “on its merits, not on its headlines”."
    )
    q = only(nlp, text)
    assert (q.kind, q.speaker) == ("partial", "Pia Lund")


def test_a_single_word_asked_or_cried_is_speech_but_a_quoted_term_is_not(nlp) -> None:  # type: ignore[no-untyped-def]
    asked, term = quotes(
        nlp,
        "“Come in, it is raining,” Hilde Sorensen says, opening the door. “Coffee?”\n"
        "Her studio is what locals call a “Bothy” on the hill.",
    )[1:]
    assert (asked.kind, asked.speaker) == ("speech", "Hilde Sorensen")
    assert term.kind == "nonspeech"


def test_a_bare_surname_in_narration_is_the_relative_the_article_calls_by_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ingrid Halvorsen has kept bees on the hill for forty years. Halvorsen still lifts every hive herself.\n"
        "Her daughter, Sigrid Halvorsen, helps at weekends. “She will not let me near the queens,” Sigrid Halvorsen says.\n"
        "Halvorsen pulls on her gloves and lights the smoker. “She is too impatient,” she says."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Sigrid Halvorsen", "Ingrid Halvorsen"]


def test_a_bare_surname_saying_the_next_words_is_the_relative_who_just_spoke(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ingrid Halvorsen has kept bees on the hill for forty years. Halvorsen still lifts every hive herself.\n"
        "Her daughter, Sigrid Halvorsen, said her mother was “impossible to retire”.\n"
        "“She will be out there in the snow,” Ms Halvorsen said."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Sigrid Halvorsen", "Sigrid Halvorsen"]


def test_a_relative_as_subject_joins_the_timeline_for_the_pronoun_after(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rhys Morgan and Delyth Morgan ran the pub for thirty years. Mr Morgan retires on Friday, "
        "and the brewery's Ann Clwyd said he would be missed.\n"
        "His wife is less sentimental. “He will be under my feet all day,” she said."
    )
    assert only(nlp, text).speaker == "Delyth Morgan"


def test_a_relative_the_article_made_a_daughter_is_not_her_husband(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Thandi Mokoena has driven the night bus since 1990; her husband, a miner, worked days.\n"
        "“It suited us,” she says.\n"
        "Her daughter, Zola Mokoena, now drives the same route. “Mum taught me every pothole,” she says."
    )
    doc = parsed(nlp, text)
    roster = people_of(doc)
    thandi = next(e for e in roster.entities if e.name == "Thandi Mokoena")
    husband = next(t for t in doc if t.text == "husband")
    assert roster.resolve_kin("husband", thandi, husband.idx) is None
    assert [q.speaker for q in quotes(nlp, text)] == ["Thandi Mokoena", "Zola Mokoena"]


def test_the_source_of_according_to_is_the_he_of_the_next_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Council leader Brian Tate blamed the contractor. “They walked off the job,” he said.\n"
        "At the depot, 40 gritters sat idle on Monday, according to Dr Kwame Asante, its operations manager.\n"
        "“We have salt but nobody to drive,” he said."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Brian Tate", "Kwame Asante"]


def test_the_answer_to_a_reported_question_is_the_one_asked(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Host Martin Vale asked Gordon Rees, who ran the port authority for a decade, whether he regretted the sale. "
        "“Not for a second,” he said."
    )
    assert only(nlp, text).speaker == "Gordon Rees"


def test_a_role_of_an_organisation_is_still_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chidinma Obi, a member of parliament who sits on the transport committee, wrote that the delay was avoidable.\n"
        "“Everyone saw this coming,” she wrote."
    )
    doc = parsed(nlp, text)
    (obi,) = [e for e in people_of(doc).entities if "Obi" in e.name]
    assert obi.kind == "person"
    assert only(nlp, text).speaker == "Chidinma Obi"


def test_a_one_word_name_with_a_spokesperson_for_it_is_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Brindle passenger ferry lost power off the headland on Sunday, a spokesperson for Brindle said.\n"
        "“Everyone is safe and ashore,” the operator said."
    )
    doc = parsed(nlp, text)
    (brindle,) = [e for e in people_of(doc).entities if e.name == "Brindle"]
    assert brindle.kind == "organisation"


def test_the_she_after_a_named_bodys_spokeswoman_is_the_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tarnwell Foods cut the price of bread again on Monday. A Tarnwell spokeswoman declined to say whether more cuts "
        "were planned. “We never discuss future prices,” she said."
    )
    assert only(nlp, text).speaker == "Tarnwell Foods"


def test_a_hyphenated_parent_of_n_is_the_person_in_view(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cleaner Paula Dunne, 39, waited two hours for a bus in Leyton on Monday.\n"
        "The mother-of-three said: “Nobody told us a thing.”"
    )
    doc = parsed(nlp, text)
    said = next(t for t in doc if t.text == "said")
    three = next(t for t in doc if t.text == "three")
    for t in doc[three.i - 4 : three.i]:  # the small model's reading of a UK paper's “mum-of-two”
        t.dep_, t.head = ("det" if t.lower_ == "the" else "compound"), three
    three.pos_, three.dep_, three.head = "NUM", "nsubj", said
    assert only_in(doc, text).speaker == "Paula Dunne"


def test_an_anonymised_designation_is_the_whole_name_and_its_role_still_describes_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The marksman, known to the inquest only as Officer C, gave evidence from behind a screen.\n"
        "“I fired because I thought he had a rifle,” Officer C said.\n"
        "“I would do the same again,” the officer added."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Officer C", "Officer C"]


def test_a_nationality_word_that_speaks_without_an_article_is_a_nickname(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The hands gathered at the corral.\n“Rain by sundown,” Dutch muttered to Cal Emmett."
    assert only(nlp, text).speaker == "Dutch"
    # (with an article it stays a description of someone the paragraph is about)
    text = "Lars Nygaard, a Swedish trawlerman, fished the bay.\n“The cod are gone,” the Swede muttered."
    assert only(nlp, text).speaker == "Lars Nygaard"


@pytest.mark.parametrize(
    "telling, speaker",
    [
        ("had been told in a letter from the council", "Harwell District Council"),
        ("were told by the council", "Harwell District Council"),
        ("had told the council", None),  # active: the residents told it, and they have no name
    ],
)
def test_a_fragment_told_passively_belongs_to_whoever_told(nlp, telling: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harwell District Council manages the estate.\n"
        f"Tenant Amir Sethi said the residents {telling} that the damp was “a lifestyle issue”."
    )
    assert only(nlp, text).speaker == speaker


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Senator Ruth Pym dubbed the inquiry “a partisan circus” on Monday.", "partial"),  # an opinion, dubbed
        ("Ruth Pym said the stand-off, dubbed the “cheese wars”, cost 30 farms.", "nonspeech"),  # a name, dubbed
        ("Ruth Pym starred in the musical “Annie!” in 1994.", "nonspeech"),  # a title with its !
    ],
)
def test_naming_verbs_and_exclamation_marks_do_not_overreach(nlp, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert only(nlp, text).kind == kind


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the “his” is the son himself, whom the article made “his son”
        ("Former MP Alan Hart, 70, was cleared on Friday. His son, Ben Hart, wept in the gallery.\n"
         "“Justice has been done,” his son said.", "Ben Hart"),
        ("Mary Jones, 90, died on Sunday. Her daughter, Sue Jones, said she had been ill for months.\n"
         "“She never gave up,” her daughter said.", "Sue Jones"),
        # a couple's ages never make one of them the other's son; a wife is not anyone's mother
        ("Ann Cole, 70, and Tom Cole, 72, were rescued from the roof.\n“I drove over at 3am,” her son said.", None),
        ("Police named the victims as Daniel and Amy Clarke.\n“He was a gentle boy,” Daniel's mother said.", None),
        # a partner at a firm is no relation
        ("Jane Reed, a partner at Holt and Marsh, represented the family of Tom Reed.\n"
         "“He was a good man,” his daughter said.", None),
    ],
)
def test_kin_words_find_the_relative_only_when_the_article_allows_it(nlp, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    assert only(nlp, text).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Emily Carr, 34, was killed on the A40 on Friday.\n“She was always smiling,” the family friend said.",
        "Emily Carr, 34, was killed on the A40 on Friday.\n“She was always smiling,” said the mother of three.",
    ],
)
def test_a_described_speaker_who_talks_about_the_person_in_view_is_someone_else(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert only(nlp, text).speaker is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a colonel named in full keeps his rank, even when a later paragraph calls him Mr
        ("Col Tim Collins led the battalion. Col Collins, now retired, recalled the day. Mr Collins later wrote a book.\n"
         "“We were ready,” Collins said.", "Tim Collins"),
        # a given name someone already bears in full does not take a stranger's surname
        ("Kate Lewis, 33, chairs the group. Speakers included Kate and Jamie Oliver.\n“Food matters,” Kate said.",
         "Kate Lewis"),
        # a church title is a title
        ("Canon Anne Hallworth leads the cathedral.\n“We will reopen in May,” Canon Hallworth said.", "Anne Hallworth"),
    ],
)
def test_new_name_rules_that_must_not_misfire(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert only(nlp, text).speaker == speaker


def test_any_pipeline_learns_the_dotted_titles_once() -> None:
    import spacy

    from attribution.nlp import keep_dotted_titles

    blank = spacy.blank("en")  # a pipeline the library did not load itself
    assert [t.text for t in blank("Sgt. Ann Lowe")][:2] == ["Sgt", "."]
    keep_dotted_titles(blank)
    keep_dotted_titles(blank)  # (idempotent)
    assert [t.text for t in blank("Sgt. Ann Lowe")][:2] == ["Sgt.", "Ann"]


def test_headline_words_the_body_quotes_again_are_the_body_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ferry firm fined over ‘reckless’ repairs\n"
        "A ferry operator was fined £2m on Tuesday.\n"
        "Judge Helen Marsh said the company had been ‘reckless’ in skipping checks."
    )
    headline, body = quotes(nlp, text)
    assert (headline.speaker, headline.method, headline.kind) == ("Helen Marsh", "repeated-words", "partial")
    assert body.speaker == "Helen Marsh"
    # (words the body never repeats stay unattributed)
    assert quotes(nlp, text.replace("had been ‘reckless’", "had been ‘careless’"))[0].speaker is None


def test_an_age_description_finds_the_person_in_view_even_when_not_a_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "For Ilse Brandt, who had lost three finals, the title was a long time coming.\n"
        "“I stopped counting the losses,” the 24-year-old said."
    )
    assert only(nlp, text).speaker == "Ilse Brandt"


def test_a_rank_abbreviation_after_a_civilian_trade_is_a_given_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sheep farmer Col Rafferty, 61, drove his flock to the ridge. “We have seen worse,” he said.\n"
        "His wife, Dana Rafferty, said they would stay."
    )
    assert quotes(nlp, text)[0].speaker == "Col Rafferty"


def test_a_pronoun_in_a_clause_after_an_object_of_its_gender_is_that_object(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harbourmaster Ewan Doyle said the dredging would start in May.\n"
        "Councillor Priya Shah said she had met Mr Kerr, the port's owner, in March, when he told her the silt was “under control”."
    )
    assert only(nlp, text).speaker == "Kerr"


def test_a_police_rank_is_described_as_the_officer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The jury heard from Det Insp Mara Quill of Kelby Police, who led the inquiry.\n"
        "“We followed the evidence,” the officer said."
    )
    assert only(nlp, text).speaker == "Mara Quill"


def test_a_rank_abbreviation_after_a_civilian_title_is_a_given_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Col Baird, whose father worked the pit, spoke first.\n“We have been here before,” the mayor said."
    assert only(nlp, text).speaker == "Col Baird"


def test_a_gendered_role_outweighs_his_and_him_in_her_sentences(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Walter Penn spent 30 years on the bench. Now he writes novels.\n"
        "His wife, Ruth Penn, is his first reader and, by his own account, his harshest critic.\n"
        "Ruth Penn says she cut 80 pages. “He fought me on every one,” she says."
    )
    assert only(nlp, text).speaker == "Ruth Penn"


def test_an_organisation_named_short_in_the_headline_takes_its_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Central Bank says cuts are ‘some way off’\n"
        "The Federated Central Bank held its rate at 4 per cent on Thursday and said cuts were “some way off”."
    )
    assert {q.speaker for q in quotes(nlp, text)} == {"Federated Central Bank"}


def test_a_word_that_opens_the_sentence_is_not_part_of_the_name_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Former Brightkiln Games staff describe months of unpaid overtime.\n"
        "In a statement, Brightkiln Games said the claims were “simply untrue”."
    )
    doc = parsed(nlp, text)
    doc[0].pos_, doc[0].tag_ = "PROPN", "NNP"  # the small model's reading of a capitalised opener
    names = {e.name for e in people_of(doc).entities if e.kind == "organisation"}
    assert "Brightkiln Games" in names and not any(n.startswith("Former") for n in names)


def test_a_quoted_nickname_joins_the_formal_name_and_the_headline_that_used_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "At 88, Dot Fenwick still rows to work\n"
        "I meet Dorothy “Dot” Fenwick at the slipway at dawn.\n"
        "“The river keeps me honest,” Fenwick says."
    )
    found = quotes(nlp, text)
    assert [q.speaker for q in found if q.kind == "speech"] == ["Dorothy Fenwick"]
    assert [q.kind for q in found if q.text == "Dot"] == ["nonspeech"]


def test_a_courtesy_title_picks_the_relative_not_known_to_be_the_other_sex(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fisherman Ray Tolley, 58, lost his boat in the storm. His daughter, Tarni Tolley, runs the co-op.\n"
        "“He will fish again,” Ms Tolley said."
    )
    assert only(nlp, text).speaker == "Tarni Tolley"


@pytest.mark.parametrize(
    "intro, description",
    [
        ("The chief executive of Harbrook Foods, Selina Marr, said prices would rise.", "the chief executive"),
        ("The head of Dunmore Rowing Club, Selina Marr, said the regatta would go ahead.", "the head"),
    ],
)
def test_a_role_of_a_named_body_before_the_name_describes_the_person(nlp, intro: str, description: str) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs the name on the organisation, the noun nearest to it
    text = f"{intro}\nHer deputy, Mr Oduya, disagreed. “We were warned,” he said.\n“We had no choice,” {description} said."
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["Oduya", "Selina Marr"]
    marr = next(e for e in people_of(parsed(nlp, text)).entities if e.name == "Selina Marr")
    assert marr.affiliation in ("Harbrook Foods", "Dunmore Rowing Club")


def test_an_uncued_quote_after_a_joined_clause_belongs_to_that_clause_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tomas Reyes has called the bingo at the hall for thirty years.\n"
        "The doors open at seven, and he taps the microphone twice. “Eyes down, everyone.”"
    )
    assert only(nlp, text).speaker == "Tomas Reyes"


def test_the_and_before_an_organisation_word_keeps_both_halves_of_one_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Tamar and Tavy Rowing Club, which runs the regatta, said entries had doubled.\n"
        "“We have never seen anything like it,” the club said."
    )
    doc = parsed(nlp, text)
    doc[1].pos_, doc[1].tag_ = "ADJ", "JJ"  # the small model's reading of a river's name (Severn)
    assert only_in(doc, text).speaker == "Tamar and Tavy Rowing Club"


@pytest.mark.parametrize(
    "unnamed",
    [
        "One of the cleaners, a woman who asked not to be identified, said she had seen the cracks for months.",
        "A porter who did not want to be named said she had seen the cracks for months.",
        "One nurse, who cannot be named for legal reasons, wrote that she had seen the cracks for months.",
        "One regular, who has worked shifts there for years but asks not to be named, is blunter.",
        "A cleaner who said she had seen the cracks and who asked not to be named was blunter.",
    ],
)
def test_a_person_the_article_will_not_name_takes_the_pronoun_after(nlp, unnamed: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hospital manager Ruth Okafor said repairs were planned. “We acted as fast as we could,” she said.\n"
        f"{unnamed}\n“Nobody listened to us,” she said."
    )
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["Ruth Okafor", None]


def test_a_trade_ending_in_man_describes_the_person_in_view(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Flood victims wait for help\n"
        "Councillor Jane Pike said repairs would start soon. “We are doing all we can,” she said.\n"
        "Among those still waiting is 77-year-old Arthur Dunne, whose cottage flooded twice.\n"
        "“Nobody has been to see me,” the retired lighthouseman said."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Jane Pike", "Arthur Dunne"]


@pytest.mark.parametrize("what", ["a Bristol-based developer", "the online lender"])
def test_a_name_described_as_a_business_is_an_organisation(nlp, what: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        f"Havenly, {what}, said on Monday it would close two offices.\n"
        "Tenants union chair Ros Pike said members were worried. “Nobody told us,” she said.\n"
        "“We will support every tenant through the move,” the company said."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Ros Pike", "Havenly"]


def test_naming_someone_is_not_speaking_for_a_shared_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    # “called him Bertie” gives a name; the bare surname after it is still the man the piece is about
    text = (
        "Remembering Albert Quayle\n"
        "Albert Quayle kept the lighthouse at Gannet Point for thirty years.\n"
        "His sister Edna Quayle lives in the keeper's cottage. “He loved that lamp,” she says.\n"
        "Only Edna called him Bertie, and only when he was late for tea.\n"
        "Quayle himself was modest about the job. “Somebody had to,” he told this paper in 2009.\n"
        "“It was only a lamp,” Quayle once said."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Edna Quayle", "Albert Quayle", "Albert Quayle"]


def test_a_name_after_role_of_field_is_the_subject_holding_that_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harbour Town manager Neil Cotter was furious. “We were robbed,” he said.\n"
        "Cotter said he would write to the league, adding that it was “the worst decision of my career”.\n"
        "United head of football Simon Baird, watching from the stand, shrugged.\n"
        "“Neil would say that,” he said."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Neil Cotter", "Neil Cotter", "Simon Baird"]
    people = people_of(parsed(nlp, text))
    baird = next(m for m in people.mentions if m.text == "Simon Baird")
    assert baird.is_subject and baird.main


def test_a_minister_for_a_brief_is_a_title_and_an_accented_given_name_still_has_a_gender(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Budget talks stall\n"
        "Opposition spokesman Conor Daly said the plan was late. “It is a shambles,” he said.\n"
        "The Minister for Finance, Siobhán Tierney, urged patience. “We will get there,” she told the Dáil."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Conor Daly", "Siobhán Tierney"]
    names = {e.name: e.kind for e in people_of(parsed(nlp, text)).entities}
    assert names.get("Siobhán Tierney") == "person" and not any(n.startswith("for ") for n in names)


def test_a_plural_description_does_not_stand_for_one_person_holding_the_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Amy Tull scored the winner after substitute striker Kerry Vance crossed from the left.\n"
        "Tull, who had been booed all afternoon, ran to the corner as the substitutes poured onto the pitch.\n"
        "“I just hit it and hoped,” the 19-year-old said."
    )
    assert only(nlp, text).speaker == "Amy Tull"


def test_a_quote_paragraph_named_by_the_next_paragraph_pointing_back(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dev Malik runs the corner shop. “We open at six,” he said.\n"
        "“Forty years on this street, and now a car park.”\n"
        "That is how Pearl Onslow, 88, sums up the plan for her road."
    )
    found = quotes(nlp, text)
    assert [(q.speaker, q.method) for q in found] == [("Dev Malik", "cue-after"), ("Pearl Onslow", "cue-next-paragraph")]


def test_the_authority_is_the_transit_body_the_article_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bus fares to rise\n"
        "Riders on Lakeshore Metro Transit will pay more from June.\n"
        "“Nobody likes raising fares,” the authority said in a statement."
    )
    assert only(nlp, text).speaker == "Lakeshore Metro Transit"


@pytest.mark.parametrize(
    "text",
    [
        "Ian Rook chairs the board. Tom Platt was asked if the pier would close. His reply was short.\n"
        "“Over my dead body.”",
        "Ian Rook chairs the board. Tom Platt spoke last.\n"
        "“Over my dead body.” The warning, from Mr Platt, was met with laughter.",
    ],
)
def test_the_owner_of_a_reply_or_warning_speaks_the_quote_beside_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert only(nlp, text).speaker == "Tom Platt"


def test_a_fronted_participle_tagged_as_a_noun_yields_to_the_named_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Schools bill passes\n"
        "Opening for the government, the transport minister, Helen Ashby-Fraser, said the bill would end “the slow decline” of rural buses."
    )
    q = only(nlp, text)
    assert (q.speaker, q.kind) == ("Helen Ashby-Fraser", "partial")


def test_a_word_inside_a_persons_name_tagged_as_a_verb_stays_in_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Inquiry hears of warnings\nRuth Marches asked why the work had stopped. “Who decided?” Ms Marches asked."
    doc = parsed(nlp, text)
    marches = [t for t in doc if t.text == "Marches"][0]
    marches.pos_, marches.tag_ = "VERB", "VBZ"  # the small model's reading of a surname that is also a verb
    assert only_in(doc, text).speaker == "Ruth Marches"


def test_a_leads_role_goes_to_the_person_the_next_paragraph_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Water boss admits leaks were ignored\n"
        "The managing director of Tarn Valley Water has admitted that warnings about leaking mains were ignored for a year.\n"
        "Speaking at a council hearing on Monday, Graham Sowerby said the company had “no excuse”.\n"
        "Councillor Ann Petty, who chairs the hearing, asked why repairs were delayed. “Who signed that off?” she asked.\n"
        "“I did,” the managing director said."
    )
    found = quotes(nlp, text)
    assert [q.speaker for q in found if q.kind == "speech"] == ["Ann Petty", "Graham Sowerby"]


def test_an_uncued_quote_after_a_relatives_action_is_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Pellings keep bees\n"
        "Harold Pelling keeps forty hives. His wife, Doreen Pelling, sells the honey.\n"
        "“I do the hard work,” Mr Pelling says.\n"
        "His wife laughs. “He does the talking.”"
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Harold Pelling", "Doreen Pelling"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a next paragraph that does not point back at the quote names nobody for it
        (
            "Council leader Mark Ellison defended the budget. “We have no choice,” he said.\n"
            "“Every penny has been accounted for.”\nThat came after Ms Rana Iqbal resigned from the cabinet.",
            ["Mark Ellison", "Mark Ellison"],
        ),
        (
            "Council leader Mark Ellison defended the budget. “We have no choice,” he said.\n"
            "“Every penny has been accounted for.”\nSo far, opposition leader Rana Iqbal has said she will vote against it.",
            ["Mark Ellison", "Mark Ellison"],
        ),
        # a reply answers the quote; comments condemned by someone are not theirs
        (
            "Paul Dorney announced the closure.\n“The plant will shut in March.” The reply from union leader Sarah Kent came within the hour.",
            ["Paul Dorney"],
        ),
        ("Ms Hale's comments were condemned by the opposition leader, Tom Ince. “They are disgraceful.”", [None]),
        # of joined clauses, the one delivering words speaks
        (
            "Tom Okafor read the family's statement outside court, and Mary Okafor wept beside him. “We will never forget her.”",
            ["Tom Okafor"],
        ),
        # a role held by someone the sentence only mentions is not the named person's
        (
            "In a letter to the chairman of Acme Ltd, Jane Baker demanded a refund. Her lawyer wrote too.\n"
            "“We take all complaints seriously,” the chairman said.",
            [None],
        ),
        # a trade that people follow too leaves a person a person
        ("Kwame Asante, a developer from Accra, built the app. “Farmers needed it,” Asante said.", ["Kwame Asante"]),
        # “called the verdict a vindication” is speaking; “called him Edwin” is naming
        (
            "Amy Baines, 24, was cleared. Her father, Tom Baines, called the verdict a vindication.\n"
            "“We always knew she was innocent,” Baines said.",
            ["Tom Baines"],
        ),
        # the widow of a firefighter is not the firefighter
        ("The widow of firefighter Lee Bowen was given his medal. “I wish he were here,” she said.", [None]),
        # a they after two people, after a group met, or about the person named, is not that person
        ("Alex Morgan and Sam Taylor have run the bakery for a decade. “We cannot survive another rise,” they said.", [None]),
        ("Jordan Ellis met residents at the village hall on Monday. “We were never consulted,” they said.", [None]),
        ("Casey Morgan died in hospital on Friday. “Casey was the light of our lives,” they said in a statement.", [None]),
        # a mother of two “who lives opposite” is someone new
        (
            "Fire\nSarah Hill said she woke to smoke filling the house.\nHer husband, Tom Hill, carried their children outside.\n"
            "The mother of two who lives opposite said: “I called 999 straight away.”",
            [None],
        ),
        # “who” after a lawyer for a named man is his
        ("Lisa Grant, a lawyer for Mark Dunn, who told the court: “I never touched the money.”", ["Mark Dunn"]),
    ],
)
def test_the_new_rules_hold_back_where_the_plain_reading_differs(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert [q.speaker for q in quotes(nlp, text) if q.kind != "nonspeech"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Storm damage\nRiley Quinn, a volunteer with the lifeboat crew, said they were called out at 2am.\n"
            "“I have never seen waves like it,” they said.",
            ["Riley Quinn"],
        ),
        # a plural subject after the person is the they
        (
            "Storm damage\nRiley Quinn, a volunteer, said the crew was called out at 2am. Residents were furious.\n"
            "“Nobody warned us,” they said.",
            [None],
        ),
        # someone the article calls he is not a they
        (
            "Storm damage\nRiley Quinn, a volunteer, said he was called out at 2am. His neighbours agreed.\n"
            "“Nobody warned us,” they said.",
            [None],
        ),
    ],
)
def test_a_singular_they_is_the_person_just_named_whom_the_article_never_gendered(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert [q.speaker for q in quotes(nlp, text)] == expected


def test_who_after_an_appositive_ending_in_a_body_is_the_person_described(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Merger talks\nJob losses are “inevitable” in a deal of this size, according to Rhona Petrie, a consumer "
        "goods analyst at Kestrel Securities, who estimated that 800 jobs could go."
    )
    assert only(nlp, text).speaker == "Rhona Petrie"


def test_a_quote_the_next_sentence_calls_someones_line_is_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harbour Lights\nNina Royle runs the café. “We open at dawn,” she says.\n"
        "Her father, Len Royle, still fishes. “Fish don't wait.” It is a line Len has used for fifty years."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Nina Royle", "Len Royle"]


def test_a_gendered_description_reaches_past_a_paragraph_about_someone_else(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Father recalls flood rescue\n"
        "Dylan Marsh, 41, waded into the water. “I just grabbed them,” Marsh said.\n"
        "His daughter Ava was treated for a cut and went home on Tuesday.\n"
        "“Honestly, she is more upset about her bike,” the father of three said."
    )
    found = quotes(nlp, text)
    assert [q.speaker for q in found if q.kind == "speech"] == ["Dylan Marsh", "Dylan Marsh"]
    assert not any(e.name == "Father" for e in people_of(parsed(nlp, text)).entities)


@pytest.mark.parametrize("title", ["MSP", "MLA", "MPP"])
def test_a_local_legislator_title_is_not_part_of_the_name(nlp, title: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        f"Ferry cuts\nLocal {title} Fiona Baird has written to the transport secretary demanding action.\n"
        "“Nobody asked us,” Ms Baird said."
    )
    q = only(nlp, text)
    assert q.speaker == "Fiona Baird"


@pytest.mark.parametrize("after", ["No. Not this year.", "So", "That."])
def test_a_short_sentence_opening_the_paragraph_after_a_quote_never_raises(nlp, after: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Budget row\nMark Ellison defended the budget. “We have no choice,” he said.\n"
        f"“Every penny has been accounted for.”\n{after}"
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Mark Ellison", "Mark Ellison"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rail strike called off\nUnion leaders met late. “We have a deal, and it is a good one.” Those were "
            "Kofi Mensah’s first words to the waiting crowd.",
            "Kofi Mensah",
        ),
        (
            "Storm clean-up\nCrews worked through the night. “Every tree on this road came down.” That was how "
            "shopkeeper Wendy Okoro described the damage on Tuesday.",
            "Wendy Okoro",
        ),
        (
            "Late sitting\nThe vote came at dawn. “I have never seen a night like it.” That was how Senator Ann Ross, "
            "the chamber's longest-serving member, summed up the sitting.",
            "Ann Ross",
        ),
        (
            "Pier closure\nThe pier shut on Monday.\n“Forty years I have fished off it.”\n"
            "That was the complaint of angler Bill Tasker, 71, who has signed the petition.",
            "Bill Tasker",
        ),
        (
            "Budget vote\nThe motion failed by one vote. “The fight goes on.” So said Councillor Ian Boyd as he left.",
            "Ian Boyd",
        ),
    ],
)
def test_a_sentence_pointing_back_at_the_quote_in_its_paragraph_names_the_speaker(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert only(nlp, text).speaker == speaker


@pytest.mark.parametrize("after", ["That was not what Tom Reid wanted to hear.", "That was what Tom Reid had feared."])
def test_a_quote_followed_by_words_about_it_from_another_person_is_not_theirs(nlp, after: str) -> None:  # type: ignore[no-untyped-def]
    text = "Parish meeting\nNora Blake chaired. “We cannot keep the hall open.” " + after
    assert only(nlp, text).speaker != "Tom Reid"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Landlord fined\nThe court saw a letter that Mr Owen Pryce is said to have sent his tenant. It read: "
            "“Pay by Friday or the locks change.”",
            "Owen Pryce",
        ),
        (
            "Allotment row\nMargaret Hale and Dennis Rowe have feuded for years. One note, pinned up by Rowe in 2019, "
            "read: “Keep your slugs to yourself.”",
            "Dennis Rowe",
        ),
        (
            "Closure\nParents at Brookfield Primary School got the news on Monday. Sarah Lind said she heard from an "
            "email sent by the school that morning. The email read: “We are sorry to tell you the school will close.”",
            "Brookfield Primary School",
        ),
        (
            "Eviction\nTeresa Gould runs the cafe. A second notice, from Ms Gould herself, said: “Closed until further notice.”",
            "Teresa Gould",
        ),
    ],
)
def test_words_a_written_thing_carries_are_its_authors(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert only(nlp, text).speaker == speaker


def test_a_reader_of_a_written_thing_is_not_its_author(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Leak\nThe memo was obtained by the Echo. The email, which was seen by reporter Dan Hill, read: "
        "“Delete this after reading.”"
    )
    assert only(nlp, text).speaker != "Dan Hill"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Evacuation lifted\nThe order was issued by the Cedar Flats Regional District on Friday.\n"
            "“Residents may go home,” the regional district said on Sunday.",
            "Cedar Flats Regional District",
        ),
        (
            "Bus cuts\nLeeds City Council had cut the number 40 bus. The campaign group Fair Fares Yorkshire welcomed the U-turn but said it came “far too late”.",
            "Fair Fares Yorkshire",
        ),
        (
            "Food bank\nDemand is up in Leeds. The charity Second Helping said it had “never been busier”.",
            "Second Helping",
        ),
        (
            "Strike talks\nHarbour Link Terminals said in a statement that it would meet the union.\n"
            "“We want a deal before Christmas,” the statement said.",
            "Harbour Link Terminals",
        ),
    ],
)
def test_bodies_named_by_their_sort_or_their_district_speak(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert only(nlp, text).speaker == speaker


def test_a_district_that_is_only_a_place_does_not_speak(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Lake Tarn District\nTourism in the Lake Tarn District is down. “It has been a quiet summer,” said innkeeper Rosa Fell."
    assert only(nlp, text).speaker == "Rosa Fell"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Bakery profile\nNell Ashdown opens at five. “Not a chance,” Ashdown scoffs. “Bread waits for nobody.”", "Nell Ashdown"),
        (
            "Bakery profile\nNell Ashdown opens at five. Her rival Ruth Penn, a baker, is quoted often.\n"
            "Ashdown grins when she hears the name. “Ruth makes good bread, I’ll give her that.”",
            "Nell Ashdown",
        ),
    ],
)
def test_a_present_tense_verb_tagged_as_a_plural_noun_after_a_name_still_reports(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(nlp, text)[0].speaker == speaker


def test_a_clause_hung_before_the_root_can_give_the_subject_of_an_uncued_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Farm life\nTom Briggs has farmed here for forty years.\n“We are losing money,” said Ann Leary, who chairs the union.\n"
        "Briggs has a motto for all of it, one his grandchildren can recite with him. “Rain comes when it likes.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Tom Briggs"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "School fire\nMarta Lindqvist, whose daughter Ebba was in the gym, ran from her car.\n"
            "Ebba had smoke in her lungs but was “in great spirits”, her mother said.",
            "Marta Lindqvist",
        ),
        (
            "School fire\nDan Okafor, whose wife Grace teaches there, raised the alarm.\n"
            "“The smoke was black,” her husband said.",
            "Dan Okafor",
        ),
        (
            "Lost dog found\nMia Cole, 8, found the dog. Her father, Jon Cole, 41, drove her to the shelter.\n"
            "“She never gave up,” her dad said.",
            "Jon Cole",
        ),
    ],
)
def test_a_relative_the_article_stated_resolves_without_a_shared_surname(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert only(nlp, text).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Hustings\nCandidate Rhea Mott was asked about her age. Mott shot back that youth was “the one thing money can’t buy.”",
        "Hustings\nCandidate Rhea Mott was asked about her age. “I’ve run a school,” Mott fired back, “so I can run a town.”",
        "Hustings\nCandidate Rhea Mott was asked about her age. Mott chimed in that she had “more energy than the lot of them”.",
    ],
)
def test_a_verb_that_reports_only_with_its_particle_is_a_cue(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(q.speaker == "Rhea Mott" and q.kind != "nonspeech" for q in quotes(nlp, text))



def test_a_decade_ending_a_sentence_is_no_initial(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Harold Finch first fished off the pier in the 1970s. “It was packed every summer. You could not find a spot.”"
    q = only(nlp, text)
    assert (q.kind, q.speaker) == ("speech", "Harold Finch")


def test_a_first_name_split_off_its_sentence_by_the_parse_leaves_the_verb_as_root(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Old pier\nHarold Finch fished off the pier for fifty years. “It was packed every summer.”"
    assert only(nlp, text).speaker == "Harold Finch"


@pytest.mark.parametrize(
    "text",
    [
        "Chef retires\nIn the kitchen she was “the General”, a nickname she says she never minded.",
        "Chef retires\nStaff knew him as a stickler, and as “Mr Clipboard” — a moniker he wore with pride.",
    ],
)
def test_words_called_a_name_right_after_the_quote_are_nonspeech(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    q = only(nlp, text)
    assert (q.kind, q.speaker) == ("nonspeech", None)


def test_a_full_quote_followed_by_a_word_about_names_stays_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Chef retires\n“We cooked for kings,” said Ada Moss, the name above the door for forty years."
    assert only(nlp, text).kind == "speech"


def test_an_unnamed_speaker_described_with_a_long_phrase_keeps_her_pronoun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rates held\nGovernor Ana Ruiz held rates. She said inflation was “sticky.”\n"
        "A strategist at one of the largest lenders, who asked not to be named, said markets had "
        "“got ahead of themselves.” “Traders were too quick,” she said."
    )
    assert quotes(nlp, text)[-1].speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "Outage\nIn a post titled “Where we went wrong on Friday, and how we will fix it,” Brightgate said the fault was human.",
        "Book\nHer second novel, entitled “nobody asked me to stay,” came out in May, said publisher Tom Ray.",
    ],
)
def test_a_titled_work_is_nonspeech_however_it_reads(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    q = only(nlp, text)
    assert (q.kind, q.speaker) == ("nonspeech", None)


def test_a_transport_operator_named_for_its_vessels_is_the_company(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sailings cut\nIslanders blame Northsound Ferries for the cuts. Crews are based in Oban.\n"
        "“We cannot crew every sailing,” the company said."
    )
    assert only(nlp, text).speaker == "Northsound Ferries"


@pytest.mark.parametrize(
    "text",
    [
        "Heatwave\nTarrow Water said it would act. A Mildura baker said customers would “cop it on social media”.",
        "Layoffs\nHollis Robotics cut 200 jobs on Monday. A Hollis engineer said morale was “on the floor”.",
        "Power cut\nVantage Energy cut supply to 9,000 homes. One Vantage Energy customer said it was “a disgrace”.",
    ],
)
def test_someone_unnamed_from_a_place_or_body_is_not_that_place_or_body(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert only(nlp, text).speaker is None


def test_a_spokesperson_from_a_body_still_speaks_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Layoffs\nHollis Robotics cut 200 jobs on Monday. A Hollis spokeswoman said the cuts were “painful but necessary”."
    assert only(nlp, text).speaker == "Hollis Robotics"


@pytest.mark.parametrize(
    ("cue", "body"),
    [("the utility", "Greyfield Power"), ("the regulator", "Office of Rail Standards")],
)
def test_a_body_noun_is_the_body_not_a_person_whose_title_holds_it(nlp, cue: str, body: str) -> None:  # type: ignore[no-untyped-def]
    chief = "utility chief executive" if cue == "the utility" else "regulator's chair"
    text = (
        f"Price rise\n{body} raised prices on Monday. Its {chief}, Dana Wells, apologised.\n"
        f"Prices will rise again, {cue} said, warning of “further pain” ahead."
    )
    assert only(nlp, text).speaker == body


def test_a_couple_introduced_together_keep_their_own_genders_and_roles(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bakery saved\nThe shop is run by husband and wife Colin and Maria Oakes.\n"
        "Colin Oakes said: “We nearly gave up.”\n"
        "“We never stopped baking,” added his wife. “Not for a single day.”"
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Colin Oakes", "Maria Oakes", "Maria Oakes"]


def test_an_inverted_subject_read_as_the_verbs_object_still_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bakery saved\nColin Oakes, 61, and his wife, Maria Oakes, 58, run the shop.\n"
        "Colin Oakes said: “We nearly gave up.”\n"
        "“It was never in doubt,” scoffed his wife."
    )
    assert quotes(nlp, text)[-1].speaker == "Maria Oakes"


def test_a_speaker_set_off_by_a_long_appositive_before_the_verb_is_found(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Stadium to close\nContacted at home, Rita Vance, now a youth coach in Leeds, said the closure "
        "had left her “heartbroken beyond words.”"
    )
    assert only(nlp, text).speaker == "Rita Vance"


@pytest.mark.parametrize(
    "text",
    [
        # someone who denies, hears or receives the words, or agrees with them, is not their speaker
        "Audit\nThe audit found problems.\n“The mayor knew about the losses for months.”\nIt is a claim Linda Hart strongly denies.",
        "Crash\nThe son wrote home. “I am fine, Mum.” Those were the last words Maria Lopez heard from her son.",
        "Crash\nThe son wrote home. “I am fine, Mum.” That was how Tom Reid learned of the crash.",
        # a fan from a place, not a note from it
        "Cup final\nFans travelled from across the country. One, from Glasgow, said: “It was worth every penny.”",
        # the letter someone was sent is not theirs
        "Claim\nMr Tom Tully showed reporters a letter he was sent last week. It read: “Your claim has been rejected.”",
        # a reported clause before “police said” is not the next quote's speaker
        "Charge\nTom Reid, 34, was charged with murder on Sunday, police said. “We are not looking for anyone else.”",
    ],
)
def test_pointing_back_and_written_words_do_not_misfire(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(nlp, text)[-1].speaker is None


def test_also_the_view_of_someone_else_keeps_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Vote\nCouncillor Dev Patel spoke first. “We will win this vote,” said Patel. “Nobody can stop us now.” "
        "That is also the view of Councillor Jo Reed."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Dev Patel", "Dev Patel"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Court\nProsecutor Jane Moss told the court Ana Ruiz had lied. “I did nothing wrong,” Ruiz said.", "Ana Ruiz"),
        ("Eviction\nGrace Okafor was told to leave. Her eviction notice, issued by Lakeside Property, read: “You must vacate.”", "Lakeside Property"),
        ("Policy\nHealth Minister Ana Ruiz said the policy was “working as intended”, the same phrase used by her predecessor.", "Ana Ruiz"),
        ("Inquiry\nResidents say they are entitled: “We pay our taxes, and we deserve answers,” said Ann Cole.", "Ann Cole"),
    ],
)
def test_names_authors_and_kinds_after_review(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    q = quotes(nlp, text)[-1]
    assert (q.speaker, q.kind == "nonspeech") == (speaker, False)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Allotments\nHe said the shed, which plot holders refer to as “the Taj Mahal”, would stay.", "nonspeech"),
        ("Allotments\nTom Hale said the shed, which he referred to as “an eyesore”, must go.", "partial"),
    ],
)
def test_a_name_things_are_referred_to_as_is_nonspeech_but_an_opinion_is_not(nlp, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert only(nlp, text).kind == kind


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Port deal\nTransport and Logistics Minister Zodwa Khumalo welcomed the deal. “Talks work,” the minister said.",
            "Zodwa Khumalo",
        ),
        ("Licence hearing\nFor the objectors, Siobhan Kerrigan BL said the pub was “a fixture of the town”.", "Siobhan Kerrigan"),
        ("Flood relief\nLocal representative Eamon Doherty TD said the response was “far too slow”.", "Eamon Doherty"),
    ],
)
def test_roles_before_and_post_nominals_after_a_name_are_not_the_name(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(nlp, text)[-1].speaker == speaker


def test_a_ministry_tagged_as_an_organisation_before_a_title_is_a_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mine deal\nMineral Resources Minister Zodwa Khumalo welcomed the deal, calling it “a fair outcome”."
    doc = parsed(nlp, text)
    words = [t.text for t in doc]
    first, name = words.index("Mineral"), words.index("Zodwa")
    # the small model's reading: the ministry an organisation, the person starting after the title
    doc.ents = [Span(doc, first, first + 2, "ORG"), Span(doc, name, name + 2, "PERSON")]
    assert only_in(doc, text).speaker == "Zodwa Khumalo"


def test_an_age_in_brackets_after_a_name_is_that_persons_age(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Licence hearing\nPublican Seamus Rourke (64) and his son Donal Rourke (29) gave evidence. "
        "Counsel for the council, Ian Fahy, put it to the son that the bar stayed open late.\n"
        "“That is not true,” the 29-year-old replied."
    )
    assert only(nlp, text).speaker == "Donal Rourke"


def test_the_publican_is_the_pub_owner_in_view(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Pub licence\nOutside court, Martin Keogh said he was hopeful. His pub has stood on Main Street since 1902.\n"
        "“We will be here long after this,” the publican added."
    )
    assert only(nlp, text).speaker == "Martin Keogh"


def test_subject_set_off_by_a_participle_with_a_nickname_before_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    # the fronted participle takes the name as a modifier and leaves “said” with no subject; the
    # name whose participial modifier (“known … as “X””) ends at the comma before the verb speaks
    found = quotes(
        nlp,
        "Drivers reject offer\nSpeaking outside the bus depot on Monday, union organiser Kofi Mensah, known on "
        "the picket lines as “The Professor”, said the drivers would accept “nothing less than parity”.",
    )
    nickname, words = found
    assert (nickname.kind, nickname.speaker) == ("nonspeech", None)
    assert (words.kind, words.speaker, words.cue) == ("partial", "Kofi Mensah", "said")


def test_according_to_a_persons_role_names_the_person_not_the_possessor(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        "Budget passes\nThe city faces a gap. The shortfall came from “a collapse in parking revenue,” according "
        "to the city’s budget officer, Marion Tulley.\nOutside the court, Frank Doyle said he was ‘hopeful’. "
        "According to his daughter, the family will ‘accept whatever happens’.\n"
        "The Ardmore Town Council met on Monday. The scheme is “fully funded,” according to the council’s report.",
    )
    by_words = {q.text.rstrip(","): q for q in found}
    assert by_words["a collapse in parking revenue"].speaker == "Marion Tulley"
    # the daughter is never named: the words are not her father's
    daughter = by_words["accept whatever happens"]
    assert (daughter.speaker_mention, daughter.speaker) == ("his daughter", None)
    # a document is not a person: its owner speaks
    assert by_words["fully funded"].speaker == "Ardmore Town Council"


def test_a_named_spokesperson_in_apposition_is_the_speaker_not_the_body(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        "Refinery fire\nOrtega Fuels said the blaze was out. An Ortega Fuels spokesman, Callum Reyes, wrote in an "
        "email that there had been “no injuries at all”.",
    )
    assert found[-1].speaker == "Callum Reyes"


def test_a_semicolon_ends_the_clause_a_cue_after_the_quote_can_come_from(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        "Pool to shut\nThe Brennans are unhappy. Liam Brennan calls the decision “short-sighted”; his wife, "
        "Aoife Brennan, calls it “a disgrace”.",
    )
    assert [q.speaker for q in found] == ["Liam Brennan", "Aoife Brennan"]


def test_according_to_a_document_written_by_a_named_role_holder(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Masks go home\nThe masks left Benin in 1897. According to a ledger entry written in 1911 by the "
        "collection’s first keeper, Sir Arthur Penhale, they were ‘curiosities of no great value’."
    )
    assert only(nlp, text).speaker == "Arthur Penhale"
    # the slip seen in a news report: the name between commas hung on the main verb, not on the role
    doc = parsed(nlp, text)
    name = next(t for t in doc if t.text == "Penhale")
    name.dep_, name.head = "npadvmod", next(t for t in doc if t.text == "were")
    assert only_in(doc, text).speaker == "Arthur Penhale"


def test_a_description_followed_by_the_name_it_gives_is_that_name_not_an_earlier_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bones go home\nThe remains were held by the Tasman Collections Group until 1990. Prof Ann Vale, "
        "the curator, said the return was overdue.\nThe campaign group Fair Return welcomed the news but said it "
        "came ‘a century too late’."
    )
    assert only(nlp, text).speaker == "Fair Return"
    # the reading seen in a news report: the group is the subject and its name an appositive
    doc = parsed(nlp, text)
    group = next(t for t in doc if t.text == "group")
    fair, name = (next(t for t in doc if t.text == w) for w in ("Fair", "Return"))
    group.dep_, group.head = "nsubj", next(t for t in doc if t.text == "welcomed")
    name.dep_, name.head = "appos", group
    fair.dep_, fair.head = "compound", name
    assert only_in(doc, text).speaker == "Fair Return"


@pytest.mark.parametrize("word", ["Data", "Analytics", "Securities", "Solutions"])
def test_tech_and_finance_company_words_make_a_business_its_short_name_recalls(nlp, word: str) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        f"Deal collapses\nOSLO — Fennick {word} has walked away from its bid for a rival.\n"
        "In a filing on Tuesday, Fennick said the talks had become “unworkable.”",
    )
    assert found[-1].speaker == f"Fennick {word}"


def test_a_past_tense_after_an_age_read_as_an_adjective_is_still_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    # the small model reads “The 64-year-old recalled” as one noun phrase with no verb
    found = quotes(
        nlp,
        "Flood\n“The water came up so fast,” Okafor told the Gazette.\n"
        "The 64-year-old recalled watching the river rise as a boy. “It was never this high.”",
    )
    assert found[-1].speaker == "Okafor"


def test_a_first_name_before_a_quoted_nickname_is_a_name_whatever_its_tag(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Comeback\nDESMOND — Tariq \"Flash\" Osei scored twice on Sunday.\n"
        "\"We kept believing,\" Osei said."
    )
    doc = parsed(nlp, text)
    first = next(t for t in doc if t.text == "Tariq")
    first.pos_, first.tag_ = "ADJ", "JJ"  # the small model's reading of an unfamiliar first name
    q = extract_from_doc(Article(text, "t"), doc).quotes[-1]
    assert q.speaker == "Tariq Osei"


def test_a_bare_surname_is_not_the_relative_the_article_keeps_apart_by_a_title(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        "Harold Pembury, fiddler, dies at 90\nHarold Pembury, whose fiddle opened every county fair for half a "
        "century, died on Friday. He was 90.\nHis wife, Edna Pembury, said he had been ill since June. “He "
        "played until the end,” Mrs. Pembury said.\nBorn on a farm near Ludlow, Pembury learned the fiddle at 12. "
        "“Every tune has a home,” Pembury told an interviewer in 1990.",
    )
    assert found[-1].speaker == "Harold Pembury"


def test_possessives_in_a_mans_sentences_about_the_woman_in_view_do_not_make_him_a_woman(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        "At 88, Edith Marsh still runs marathons\nEdith Marsh took up running at 70, a year after the death of "
        "her husband, George.\n“I just kept going,” she says.\nHer trainer, Pavel Novak, says her pacing is "
        "perfect. Novak calls her stamina “frankly ridiculous” and says her knees are better than his.\n"
        "Novak thinks she will win again. “She is relentless,” he says.",
    )
    assert found[-1].speaker == "Pavel Novak"


def test_a_passive_doer_with_a_who_clause_is_whom_the_next_pronoun_means(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        "Carvings go home\nCulture minister Sir Robert Hale called the return overdue.\n\"Museums are not "
        "vaults,\" he told the audience. \"They are places of trust.\"\nThe delegation was led by Chief Seru "
        "Nailatikau, 81, the paramount elder of Vatukoula, who spoke through an interpreter. \"My grandfather "
        "carved some of these,\" he said.",
    )
    assert found[-1].speaker == "Seru Nailatikau"


def test_a_lede_that_describes_before_it_names_gives_the_quote_to_the_person_named_next(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        "Teacher tells inquiry she ‘begged’ council to act\n"
        "A retired teacher who lives beside the quarry has told a public inquiry that she ‘begged’ the council "
        "to act before the landslip.\n"
        "Kevin Marsh, 52, the quarry's former manager, denies any breach of safety rules.\n"
        "Maureen Ablett, 67, told the inquiry she had written to the council four times.",
    )
    assert [q.speaker for q in found] == ["Maureen Ablett", "Maureen Ablett"]


def test_a_lede_role_is_matched_to_the_body_word_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        "Fraud trial opens\nA start-up's founder sold investors “a fairy tale,” a federal prosecutor told jurors "
        "on Monday.\nThe founder, Evan Doyle, has pleaded not guilty.\n"
        "In her opening, Assistant U.S. Attorney Rosa Delgado told the jury that the product never worked.",
    )
    assert found[0].speaker == "Rosa Delgado"


def test_a_lede_witness_left_unnamed_is_not_given_to_the_official_named_next(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        "Blast at depot\nA neighbour told reporters she heard “a huge bang, then the windows went.”\n"
        "Fire chief Tom Reyes said crews arrived within six minutes.",
    )
    assert found[0].speaker is None


def test_a_conjunction_inside_a_relative_clause_does_not_cut_the_quote_from_its_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    q = only(
        nlp,
        "Breach\nThe bug in PayRail was “trivially exploitable” by anyone who knew where to look, independent "
        "researcher Ilse Vandermeer wrote in an email.",
    )
    assert (q.speaker, q.kind) == ("Ilse Vandermeer", "partial")


def test_accepting_that_something_happened_reports_it(nlp) -> None:  # type: ignore[no-untyped-def]
    q = only(
        nlp,
        "Care home inquest\nThe home's manager, Dorothy Flint, accepted that medication records had been "
        "‘patchy at best’ during the winter.",
    )
    assert (q.speaker, q.kind) == ("Dorothy Flint", "partial")


def test_a_lower_case_name_something_is_known_as_is_not_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        "Care home inquest\nThe home's manager, Dorothy Flint, accepted that a new records system – known among "
        "staff simply as ‘the screen’ – had not been used.",
    )
    assert (found[0].kind, found[0].speaker) == ("nonspeech", None)


def test_people_in_general_are_not_the_one_of_their_kind_the_article_named(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        "Fuel prices\nPrices fell slowly, said Dana Obi, an economist at Marlow Bank.\n"
        "Economists said the pattern was a textbook case of “sticky prices” and would not last.",
    )
    assert found[-1].speaker is None


def test_a_title_keeps_relatives_whose_first_name_the_lexicon_does_not_know(nlp) -> None:  # type: ignore[no-untyped-def]
    # “Mr” fits the father (a name the lexicon knows is male) and the son (a name it does not
    # know): the son, who has just been speaking, is meant
    q = only(
        nlp,
        "Heatwave death\nReginald Obuya, 84, died in his flat in July.\nReginald Obuya’s son, Chidi Obuya, "
        "52, said his father had driven buses in Wexley for 30 years.\n"
        "‘He drove half this town to work and back,’ Mr Obuya said.",
    )
    assert q.speaker == "Chidi Obuya"


def test_the_statement_someone_spoke_in_is_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        "Manager sacked\nMarlow Athletic have sacked their manager after a run of nine defeats.\n"
        "In a statement on the club's website, chairman Peter Quilley said the decision had been painful.\n"
        "\"He will always be welcome here,\" the statement continued. \"But results have not been good enough.\"",
    )
    assert [q.speaker for q in found] == ["Peter Quilley", "Peter Quilley"]


def test_the_sort_of_body_named_before_its_name_lets_the_description_find_it(nlp) -> None:  # type: ignore[no-untyped-def]
    q = only(
        nlp,
        "Sight study\nThe charity Vision Matters, which part-funded the study, welcomed the findings.\n"
        "“Sight loss is too often dismissed as part of ageing,” the charity said in a statement.",
    )
    assert q.speaker == "Vision Matters"


def test_a_lede_judge_is_not_the_defendant_named_next(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        "Driver jailed\nA young driver who fled after hitting a cyclist has been jailed, after a judge said his "
        "decision to drive away was ‘beyond comprehension’.\n"
        "Jordan Pike, 24, pleaded guilty in March to dangerous driving.",
    )
    assert found[0].speaker is None


def test_a_nickname_quoted_in_the_paragraph_before_does_not_stop_it_introducing_a_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        "Farewell\nThe defeat ended the career of Harriers prop Owen Tapsell, known to fans as “The Fridge”. "
        "Tapsell was asked what the loss meant. He spoke for two minutes without a pause.\n"
        "“This one hurts more than any of them. I knew it might be the last time.\n"
        "“Thank you to the fans. That’s it, really.”",
    )
    assert [q.speaker for q in found] == [None, "Owen Tapsell", "Owen Tapsell"]


def test_the_reporters_question_hands_the_next_quote_to_the_one_asked(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        "Last orders\nIrene Castell opened the bistro in 1998. Her partner, Tom Reyes, left in 2010.\n"
        "When I asked her whether the rent was the reason, she put the knife down.\n"
        "“Everyone wants a villain. Some of that is true.”",
    )
    assert found[-1].speaker == "Irene Castell"


def test_irish_patronymic_particles_belong_to_the_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        "Club appeal\nCllr Siobhán Nic Giolla, who lives in the parish, said the response had been \"huge\".\n"
        "\"People are ringing from Boston,\" Cllr Nic Giolla said.",
    )
    assert [q.speaker for q in found] == ["Siobhán Nic Giolla", "Siobhán Nic Giolla"]


def test_the_office_of_a_named_body_is_the_body_not_the_officeholder(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        "Wildfire\nThe Pine County Sheriff's Office ordered evacuations overnight. Sheriff Dale Rourke said crews "
        "were stretched thin.\n\"Leave now,\" the sheriff's office wrote on social media.\n"
        "The sheriff's office later posted an update about drones. \"Every drone grounds our aircraft,\" the post said.",
    )
    assert [q.speaker for q in found] == ["Pine County Sheriff's Office"] * 2


def test_a_pronoun_passes_over_the_subject_of_a_clause_that_only_describes_a_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        "Housing wait\nChief Rosalie Mistik says the band needs 60 new homes. “We are out of room,” she said.\n"
        "Carla Flett, 34, shares a house with 12 relatives. Her name went on the list in 2014, the year Mistik "
        "was first elected chief.\n“My kids do their homework in shifts,” she said.",
    )
    assert found[-1].speaker == "Carla Flett"


def test_an_unnamed_source_of_a_trade_the_lexicon_lacks_stays_unnamed(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        "Recall\nChief executive Dana Wu said the company was sorry. She said new batteries would ship in May.\n"
        "A Tallis dealer in Boulder, who spoke on condition of anonymity, said his phone had not stopped "
        "ringing. \"People are scared,\" the dealer said.\n"
        "A typewriter sits on Wu's desk, though she admits it is for show. \"I use a laptop,\" she says.",
    )
    assert [q.speaker for q in found] == [None, "Dana Wu"]


def test_a_title_with_of_before_the_name_is_that_persons(nlp) -> None:  # type: ignore[no-untyped-def]
    q = only(
        nlp,
        "Relief scheme\nCritics say the scheme is about optics. Leader of the Opposition Anil Gokhale, a "
        "three-term MLA, has called it “a photo opportunity with a price tag.”",
    )
    assert q.speaker == "Anil Gokhale"


def test_an_age_no_one_was_given_is_the_main_subject_not_someone_in_a_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        "Hiker found\nDylan Marsh, a 24-year-old student, was found alive on Sunday.\n"
        "Marsh's mother, Ruth Marsh, waited at the trailhead for four days. She learned her son was safe when "
        "a ranger held out a phone.\n\"I just sat down on the gravel,\" the 51-year-old said.",
    )
    assert found[-1].speaker == "Ruth Marsh"


def test_a_headline_accused_of_words_is_not_their_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        "Minister accused of ‘playing with fire’ as dam bill passes\nThe water minister, Helen Cray, defended "
        "the bill on Tuesday. Opposition spokesman Tom Reddy said the government was ‘playing with fire’.",
    )
    assert [q.speaker for q in found] == ["Tom Reddy", "Tom Reddy"]


def test_an_appositive_role_after_an_age_describes_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        nlp,
        "Carvings return\nThe delegation was led by Chief Sione Latu, 81, the senior elder of Vaiola, who spoke "
        "through an interpreter.\nThe elder, who wept as the first figure was unwrapped, said the carvings "
        "would stay in the village.\n\"The young people need to see them,\" the elder said.",
    )
    assert found[-1].speaker == "Sione Latu"


def test_capitalised_role_opening_the_sentence_is_not_part_of_an_unfamiliar_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # the given name is one no lexicon knows, so only the role word's being a noun for a person
    # (and its opening the sentence) says where the name starts
    text = (
        "A fund for the flooded streets has raised $30,000. Volunteer Tui Ngarimu says it will go to renters.\n"
        "“Most of them had no insurance at all,” says Ngarimu."
    )
    q = only(nlp, text)
    assert q.speaker == "Tui Ngarimu"


def test_the_one_quoted_speaks_not_whoever_does_the_quoting(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harbour Trust issued a release on Monday about the new ferry timetable.\n"
        "The release quoted its operations director, Ines Valcourt: “Nobody will wait more than twenty minutes.”\n"
        "The Evening Ledger quoted Councillor Brendan Oakes as saying: “The timetable is a fantasy.”"
    )
    first, second = quotes(nlp, text)
    assert (first.speaker, second.speaker) == ("Ines Valcourt", "Brendan Oakes")


def test_the_company_is_the_business_that_acts_not_one_named_in_passing(nlp) -> None:  # type: ignore[no-untyped-def]
    # the only phrase that calls anything “company” is about the parent, named in passing
    text = (
        "Larkspur Ferries said on Monday it would sell two of its boats.\n"
        "Shares of its parent company Meridale Holdings dropped 4 percent.\n"
        "The company said it had “no plans to cut routes.”"
    )
    assert only(nlp, text).speaker == "Larkspur Ferries"


def test_words_used_in_a_fronted_clause_are_not_the_main_clause_subjects(nlp) -> None:  # type: ignore[no-untyped-def]
    # the verb after the closing mark belongs to the main clause, not to the quoted words
    text = (
        "Councillor Ruth Abney chaired the hearing on the new bus depot.\n"
        "When a shopkeeper described the depot as “an eyesore,” Abney asked everyone to stay calm."
    )
    q = only(nlp, text)
    assert q.kind == "partial"
    assert q.speaker is None
    assert q.speaker_mention == "a shopkeeper"


def test_name_then_relative_clause_between_commas_is_the_subject_of_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    # a hyphenated verb inside the relative clause throws the small model's parse off; the
    # commas and “which” still say where the subject is
    text = (
        "Reservoir inquiry\n"
        "In a letter, Harrow Valley Water, which co-manages the weir, says it is “sure the weir held as built” but will cooperate."
    )
    q = only(nlp, text)
    assert (q.kind, q.speaker) == ("partial", "Harrow Valley Water")


def test_what_a_whole_community_calls_a_thing_is_a_term_not_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The bend below the quarry floods every spring, a stretch locals call “the moat” with a shrug.\n"
        "Engineers blame what hydrologists call “backwater rise” for the damage."
    )
    first, second = quotes(nlp, text)
    assert (first.kind, first.speaker) == ("nonspeech", None)
    assert (second.kind, second.speaker) == ("nonspeech", None)


def test_what_one_side_or_one_person_calls_a_thing_is_their_opinion(nlp) -> None:  # type: ignore[no-untyped-def]
    # critics, a named person, or a person read by the parse as a noun's modifier: an opinion
    text = (
        "Mayor Dana Kirwan unveiled the budget on Monday.\n"
        "It includes what opponents call “a giveaway to developers” and a new stadium.\n"
        "Kirwan has defended the plan for weeks and has repeatedly called the audit “a hatchet job” aimed at her."
    )
    first, second = quotes(nlp, text)
    assert first.kind == "partial"
    assert (second.kind, second.speaker) == ("partial", "Dana Kirwan")


def test_a_named_teller_vouches_for_words_put_to_people_nobody_could_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harriet Quayle, who runs the allotment society, spoke after the vote.\n"
        "Quayle said members had been begging for new fencing \"since the last century\".\n"
        "She said she had been told by one officer that the matter was \"closed for good\"."
    )
    first, second = quotes(nlp, text)
    assert (first.kind, first.speaker) == ("partial", "Harriet Quayle")
    # … but words she was told by someone are that someone's, named or not
    assert (second.speaker, second.speaker_mention) == (None, "one officer")


def test_a_pronoun_after_an_age_description_finds_the_person_of_that_age(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rafael Quintero, 34, won the final in straight sets. Coach Simon Ardley praised him.\n"
        "The 34-year-old admitted he had thought about quitting. “Some days I could not lift the racket,” he said."
    )
    assert only(nlp, text).speaker == "Rafael Quintero"


def test_a_plural_noun_capitalised_by_opening_a_sentence_is_nobody(nlp) -> None:  # type: ignore[no-untyped-def]
    # “Summers” here is the season, not a woman called Summers, even where the tagger's entity
    # recogniser thought it a person: her husband stays hers
    text = (
        "Rhona Tait and her husband, Callum Tait, run the ferry cafe. Rhona bakes.\n"
        "Summers are the busy part.\n"
        "“We sell four hundred scones a day,” says her husband."
    )
    doc = parsed(nlp, text)
    (season,) = [t for t in doc if t.text == "Summers"]
    doc.ents = [e for e in doc.ents if not (e.start <= season.i < e.end)] + [Span(doc, season.i, season.i + 1, "PERSON")]
    assert "Summers" not in {e.name for e in people_of(doc).entities}
    assert only_in(doc, text).speaker == "Callum Tait"
    # … while the surname still counts where it names someone
    named = "Mrs Patience Summers, who owns the pier, said the cafe was “the heart of the harbour.”"
    assert only(nlp, named).speaker == "Patience Summers"


def test_words_shouted_are_speech_however_short(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "As the verdict was read, a woman in the gallery yelled “cowards” and was led out.\n"
        "Ines Duarte, 40, the defendant's sister, then screamed “You will pay for this!” at the jury."
    )
    first, second = quotes(nlp, text)
    assert (first.kind, first.speaker) == ("speech", None)
    assert (second.kind, second.speaker) == ("speech", "Ines Duarte")


def test_what_a_crowd_chants_or_sings_is_a_slogan_not_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Students marched on the rector's office on Friday, chanting “Books not bombs” as the police watched.\n"
        "Later the away fans sang “Harbour Town till I die” for most of the second half."
    )
    first, second = quotes(nlp, text)
    assert (first.kind, first.speaker) == ("nonspeech", None)
    assert (second.kind, second.speaker) == ("nonspeech", None)


def test_a_quote_set_off_after_a_noun_for_a_named_thing_is_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Her neighbours have started a petition, “Save Orchard Row”, which has 900 signatures.\n"
        "The band's new single, “Paper Lanterns,” was written in a day, singer Tove Sand said.\n"
        "Sand told the paper, “We never plan anything.”"
    )
    first, second, third = quotes(nlp, text)
    assert (first.kind, first.speaker) == ("nonspeech", None)
    assert (second.kind, second.speaker) == ("nonspeech", None)
    assert (third.kind, third.speaker) == ("speech", "Tove Sand")  # the paper is told, not named


def test_what_a_sign_or_placard_reads_is_its_wording_not_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Outside, a few of the growers who had bought the pumps held hand-lettered signs reading "
        "“Where is our money?” Tom Reyes, 61, who grows walnuts nearby, said he had lost $40,000."
    )
    q = only(nlp, text)
    assert (q.kind, q.speaker) == ("nonspeech", None)


def test_a_quote_after_a_sentence_the_parse_ran_on_is_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    # “p.m.” ends the sentence, but the parse reads on into the quote
    text = (
        "A neighbour who asked not to be named said she had heard the alarm at about 11 p.m. "
        "“It went on for ages. I thought it was a car,” she said."
    )
    assert only(nlp, text).kind == "speech"


def test_a_short_form_that_opens_an_organisations_name_is_that_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    # “St.” reads as a title before a given name, but as written it opens the hospital's name
    text = (
        "Porters walked out at St. Agnes’s Community Hospital on Friday.\n"
        "In a statement, St. Agnes’s said staffing levels were “safe and closely monitored.”"
    )
    q = only(nlp, text)
    assert q.speaker is not None and q.speaker.replace("’", "'") == "St. Agnes's Community Hospital"


def test_a_name_set_off_by_a_participle_phrase_is_the_subject_not_the_place_it_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Reviews of the opera were mixed. Harriet Vance, writing in the Sunday Courier, called it "
        "‘the boldest staging in years’ and gave it five stars."
    )
    assert only(nlp, text).speaker == "Harriet Vance"


def test_a_relative_clause_after_a_fragment_reports_nothing_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brokers were split. Nadia Voss of Kestrel Capital called the delay “a hiccup” for a firm "
        "that had only just reported a profit."
    )
    assert only(nlp, text).speaker == "Nadia Voss"


def test_an_unnamed_asker_after_the_quote_is_the_speaker_not_the_last_one_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ken Lindqvist, the health minister, defended the closure. “We had no choice,” he said.\n"
        "“Where am I meant to go now?” asked one man, who did not give his name."
    )
    _, second = quotes(nlp, text)
    assert (second.speaker, second.speaker_mention) == (None, "one man")


def test_outside_court_is_where_not_who(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The trial at the High Court entered its third week.\n"
        "Outside court, a neighbour, who asked not to be named, said: “He was always polite.”"
    )
    q = only(nlp, text)
    assert (q.speaker, q.speaker_mention) == (None, "a neighbour")


def test_the_unnamed_woman_doing_something_keeps_her_pronoun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Flights were cancelled across the region. A man flying to Boise said he had slept on the floor.\n"
        "Airline chief executive Dana Ruiz apologised. “We let people down,” Ruiz said.\n"
        "At the gate, the woman waiting with three children had found a quiet bench. “They think it is a holiday,” she said."
    )
    last = quotes(nlp, text)[-1]
    assert (last.speaker, last.speaker_mention) == (None, "she")


def test_a_colon_after_a_written_message_gives_its_authors_words(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dara Quinn, 31, went missing in May. Detective Ruth Ambler gave evidence on Tuesday.\n"
        "She reminded the jury of a note Ms Quinn had left for her sister on the night she vanished: “Back by ten, don’t wait up.”"
    )
    assert only(nlp, text).speaker == "Dara Quinn"


def test_a_quoted_noun_modifying_the_next_noun_is_a_term(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Councillor Ada Brook said residents had been offered a “community dividend” payment of £500 a year.\n"
        "Brook said the offer was “an insult” to families."
    )
    first, second = quotes(nlp, text)
    assert (first.kind, first.speaker) == ("nonspeech", None)
    assert (second.kind, second.speaker) == ("partial", "Ada Brook")  # an opinion, no modifier


def test_a_second_fragment_in_the_sentence_of_a_cued_one_is_the_same_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Defence barrister Owen Hale KC said the case was ‘built on rumour’ and urged the jury not to "
        "convict a woman ‘simply because she is difficult to like’."
    )
    first, second = quotes(nlp, text)
    assert (first.kind, first.speaker) == ("partial", "Owen Hale")
    assert (second.kind, second.speaker, second.method) == ("partial", "Owen Hale", "same-sentence")


def test_a_name_after_the_sentence_spoke_of_a_nickname_is_nonspeech(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ms Kerr told the tribunal that drivers had a nickname for the manager’s cabin at the depot in Leeds, "
        "‘the bunker’, because its blinds were always down."
    )
    q = only(nlp, text)
    assert (q.kind, q.speaker) == ("nonspeech", None)


def test_the_district_is_the_school_system_the_article_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "School closure vote\n"
        "More than 200 people crowded into the Oakfield County Schools board room on Monday night.\n"
        "In a statement, the district said it was “listening to every family.”"
    )
    assert only(nlp, text).speaker == "Oakfield County Schools"


def test_an_irish_surname_with_its_particle_alone_finds_the_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The shortlist included a memoir by the broadcaster Niamh Ó Laoire.\n"
        "“I never expected to be here,” Ó Laoire said."
    )
    assert only(nlp, text).speaker == "Niamh Ó Laoire"


def test_two_titles_joined_by_and_before_one_name_are_that_persons(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Coastal Towns Network (CTN) welcomed the grant.\n"
        "“Grants don’t build sea walls,” said CTN chair and Whitby-area councillor Ronan Feltham-Price. “Contracts do.”"
    )
    first, second = quotes(nlp, text)
    assert first.speaker == second.speaker == "Ronan Feltham-Price"


def test_according_to_a_role_then_a_name_is_that_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Okonjo-Reyes won the award on Friday.\n"
        "According to her agent, Lucinda Marwood of the small Gannet Press, the novel \"had been turned down by eleven publishers before it came to me.\""
    )
    assert only(nlp, text).speaker == "Lucinda Marwood"


def test_a_role_quoted_then_named_as_the_role_comma_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harwick Foods agreed to buy the bakery chain on Monday.\n"
        "\"We are not buying it to close it,\" Harwick's finance chief said.\n"
        "The executive, Tobias Rennick, later told reporters that no sites would shut.\n"
        "Residents of Elm Row want the allotments kept. Gardener Ruth Pell, 70, has worked a plot there for years.\n"
        "The council’s parks director sees it differently. “The lease ran out in 2019,” she says.\n"
        "The director, Anya Morrow, says the council has offered another site."
    )
    first, second = quotes(nlp, text)
    assert first.speaker == "Tobias Rennick"
    assert second.speaker == "Anya Morrow"


def test_a_tabloid_lead_in_capitals_names_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rovers boss fumes\n"
        "GRAHAM Tulloch was seething after the final whistle at Brook Park.\n"
        "‘It was never a penalty’, Tulloch said."
    )
    assert only(nlp, text).speaker == "Graham Tulloch"


def test_whoever_retorts_is_not_the_one_just_quoted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harbour board chair Ines Caldwell and the treasurer, Ruth Okafor, clashed over the dredging budget.\n"
        "\"You have had two years to cost this, Ruth,\" Caldwell said.\n"
        "\"And you have had two years to read my figures,\" she retorted.\n"
        "Asked by Caldwell whether the figures were final, she replied: \"They are as final as the tide tables.\""
    )
    jab, retort, answer = quotes(nlp, text)
    assert jab.speaker == "Ines Caldwell"
    assert retort.speaker == "Ruth Okafor"
    # a reply to a question put in its own sentence is the one asked, even after her own words
    assert answer.speaker == "Ruth Okafor"


def test_a_reply_by_someone_named_again_in_its_paragraph_is_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ines Caldwell and Ruth Okafor met the divers at the quay.\n"
        "\"Is the channel clear?\" Okafor asked.\n"
        "Caldwell looked at the chart for a long time. \"Not yet,\" she answered."
    )
    assert quotes(nlp, text)[1].speaker == "Ines Caldwell"


def test_a_word_of_someones_role_does_not_describe_them(nlp) -> None:  # type: ignore[no-untyped-def]
    # “the chemistry” shares a word with “professor of chemistry” but describes no one;
    # “the professor” does
    doc = parsed(nlp, "Dr Amara Venn, a professor of chemistry at Lowther University, led the study.\nThe chemistry is unproven.")
    people = people_of(doc)
    assert people.resolve_description(["the", "chemistry"], len(doc.text)) is None
    described = people.resolve_description(["the", "professor"], len(doc.text))
    assert described is not None and described.name == "Amara Venn"


def test_a_name_given_an_age_is_a_person_whatever_the_recogniser_said(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hill town counts the cost of the flood\n"
        "TARAWERA FLATS — Hinemoa Kereama stands in what was her kitchen and points at the mud line.\n"
        "\"That is where the river got to,\" she says.\n"
        "Kereama, 71, has lived in the town for most of her life."
    )
    assert only(nlp, text).speaker == "Hinemoa Kereama"


def test_a_name_right_after_a_noun_for_what_people_do_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hill town counts the cost of the flood\n"
        "Liam Brightmore and his partner drove to the school on the hill.\n"
        "Across the road, dairy farmer Tama Rewiti spent the night on the roof of his ute. He had been told to leave.\n"
        "\"Everyone told me I was mad,\" the 54-year-old says."
    )
    assert only(nlp, text).speaker == "Tama Rewiti"


def test_an_acronym_the_article_spelled_out_speaks_for_the_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "\"Our members have run out of patience,\" the Pacific Cargo and Terminal Workers Union (PCTWU) said in a statement.\n"
        "The employer said talks could resume on Monday.\n"
        "In a separate post on social media, the PCTWU said: \"We are ready to return to the table tomorrow morning.\""
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Pacific Cargo and Terminal Workers Union"] * 2


def test_a_colon_after_words_already_reported_gives_the_outer_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dr Mira Osei led the survey of 900 tenants.\n"
        "She said several tenants had told her team they skipped meals to pay the gas bill:\n"
        "\"Nobody should have to choose between heat and food. We heard that again and again.\""
    )
    assert only(nlp, text).speaker == "Mira Osei"


def test_a_colon_right_after_an_inner_teller_gives_the_tellers_words(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Opposition leader Tom Reddaway spoke outside the chamber.\n"
        "He said the housing minister, Carla Voss, had told MPs on Tuesday:\n"
        "\"The scheme is finished and it will not come back.\""
    )
    assert only(nlp, text).speaker == "Carla Voss"


@pytest.mark.parametrize("full", ["Nurul Huda binti Osman", "Ahmad Zaki bin Yusof"])
def test_a_name_shortened_to_the_names_before_the_patronymic_is_one_person(nlp, full: str) -> None:  # type: ignore[no-untyped-def]
    short = full.split(" bin")[0]
    text = (
        f"Dr {full}, an engineer who built the sensors, said each unit cost little.\n"
        f"\"The hard part was finding volunteers,\" Dr {short} said."
    )
    assert only(nlp, text).speaker == full


def test_a_club_compounded_onto_a_role_is_someone_of_the_club_named_next(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harbour Rovers 18 Kilbride Athletic 17\n"
        "Rovers head coach Dougie Kerr was delighted with the win over Kilbride Athletic.\n"
        "Athletic captain Sam Imrie was sent to the sin bin in the second half.\n"
        "\"If that was a yellow card, I have never seen one,\" said the Athletic head coach, who had watched the replay on his phone.\n"
        "Callum Brodie, in his third season in charge, said he would write to the league."
    )
    assert only(nlp, text).speaker == "Callum Brodie"


def test_a_role_of_a_named_body_nobody_names_stays_unnamed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rovers head coach Dougie Kerr was delighted with the win over Kilbride Athletic.\n"
        "\"It was never a yellow card,\" said the Athletic head coach."
    )
    assert only(nlp, text).speaker is None


@pytest.mark.parametrize("style", ["Hon.", "Rt. Hon.", "Fr."])
def test_a_dotted_style_of_address_keeps_the_role_before_it(nlp, style: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        f"The council chairman, {style} Adewale Bankole-Martins, defended the decision on Tuesday.\n"
        "\"This project will create jobs for our young people,\" the chairman said."
    )
    assert only(nlp, text).speaker == "Adewale Bankole-Martins"


def test_figures_pointing_to_a_phrase_leave_it_to_whoever_reported_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The bank's chief economist, Dr Ruth Calder, said the numbers pointed to 'a lost decade for renters' unless supply improved."
    assert only(nlp, text).speaker == "Ruth Calder"


@pytest.mark.parametrize(
    "after",
    [
        "The words were read out at the gates by Grace Omondi, who chairs the tenants' group.",
        "The plea came from Grace Omondi, who chairs the tenants' group.",
    ],
)
def test_a_quote_alone_then_its_words_credited_by_name_in_the_next_paragraph(nlp, after: str) -> None:  # type: ignore[no-untyped-def]
    text = "Tenants blocked the gates on Monday.\n\"Nobody asked us. Not once.\"\n" + after
    assert only(nlp, text).speaker == "Grace Omondi"


def test_his_role_is_the_one_person_given_that_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rovers captain Iain Dalgleish was sent to the sin bin just before half-time.\n"
        "Rovers coach Neil Burrows said he would ask the league for an explanation. \"Nobody in our dug-out understood the call,\" Burrows said.\n"
        "His captain was blunter. \"I was rolling away. He had made up his mind,\" the 27-year-old flanker said."
    )
    assert quotes(nlp, text)[-1].speaker == "Iain Dalgleish"


def test_an_acronym_spelled_out_only_inside_a_quote_names_the_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harbour Athletic said the club would be 'writing to the Northern Rugby Board to ask how the try was given'.\n"
        "'Every official is assessed after every game', the NRB said in a short reply."
    )
    assert quotes(nlp, text)[-1].speaker == "Northern Rugby Board"


def test_a_blog_post_speaks_for_the_company_that_published_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brightwater Foods published an apology on its company blog on Monday after the recall.\n"
        "\"We were too slow, and we are sorry,\" the post said."
    )
    assert only(nlp, text).speaker == "Brightwater Foods"


@pytest.mark.parametrize("position", ["centre-back", "fly-half", "wicketkeeper"])
def test_a_player_described_by_position_is_the_player_in_view(nlp, position: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rovers coach Neil Burrows blamed the referee.\n"
        f"Skipper Ewan Tait, 29, was more forthright. The {position}, who was booked in the first half, told reporters: "
        "\"I went for the ball and I got the ball.\""
    )
    assert only(nlp, text).speaker == "Ewan Tait"


def test_an_unnamed_role_named_in_the_next_paragraph_as_that_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The board was warned in 2022. In an internal email, a Harbour Water data analyst wrote to her manager: "
        "\"I cannot make their numbers match ours.\"\n"
        "That analyst, Ines Carvalho, left the utility last year."
    )
    assert only(nlp, text).speaker == "Ines Carvalho"


def test_a_double_barrelled_surname_opening_a_sentence_stays_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Maplegrain Chief Executive Jean-Luc Tremblay-Ouellet announced the deal on Monday.\n"
        "Tremblay-Ouellet, 58, said on the call that there were \"no plans for large-scale reductions\" in frontline roles."
    )
    assert only(nlp, text).speaker == "Jean-Luc Tremblay-Ouellet"


def test_a_participle_set_off_after_the_name_does_not_take_its_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lady Justice Okonjo-Harte said the trial judge had erred.\n"
        "Lord Justice de Villiers, agreeing, said the summing-up had 'blurred the line between carelessness and crime'."
    )
    assert only(nlp, text).speaker == "de Villiers"


def test_a_body_named_with_and_before_its_acronym_is_one_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The United Freight and Rail Workers (UFRW), which represents 5,200 employees, opposes the merger.\n"
        "\"Synergies always means layoffs,\" the UFRW said."
    )
    assert only(nlp, text).speaker == "United Freight and Rail Workers"


def test_a_generic_acronym_is_the_body_it_abbreviates_after_its_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Parents at Coolshade Primary have formed the Coolshade Parent-Teacher Association to fight the merger.\n"
        "In a letter to the ministry, the PTA wrote: \"We do not accept a vote taken without a single visit to our school.\""
    )
    assert only(nlp, text).speaker == "Coolshade Parent-Teacher Association"


def test_a_role_with_modifiers_no_title_has_is_the_one_person_of_that_rank(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police released new images of the van on Tuesday.\n"
        "Detective Inspector Maeve Corr has led the inquiry since March.\n"
        "'Somebody drove that van', the senior investigating officer said."
    )
    assert only(nlp, text).speaker == "Maeve Corr"


def test_a_name_said_with_which_and_owning_a_depot_is_a_company(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The guard died in the blaze at the Corrán Interiors depot near Lisburn in the early hours.\n"
        "Corrán Interiors, which employs 140 people across three sites, said it was cooperating with police. "
        "'He was part of the family for eleven years', the company said."
    )
    assert quotes(nlp, text)[-1].speaker == "Corrán Interiors"


def test_a_name_in_apposition_to_a_verbless_reading_is_what_the_sentence_is_about(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Premier-elect Samira Haddad gave a short victory speech in the city.\n"
        "\"We heard you,\" Haddad told the crowd.\n"
        "She paid tribute to her late father, Elias Haddad, a former councillor who died in March, saying he had taught her to listen.\n"
        "Her mother, Mariam Haddad, watched from the front row. Asked afterwards by reporters how she felt, "
        "the 74-year-old said simply: \"Proud. Tired. Mostly proud.\""
    )
    assert quotes(nlp, text)[-1].speaker == "Mariam Haddad"


def test_a_person_titled_with_a_word_for_a_body_too_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A third critic, the veteran broadcaster Adwoa Nkansah-Boateng, described the production as "
        "\"the best thing on an Accra stage since the nineties\"."
    )
    assert only(nlp, text).speaker == "Adwoa Nkansah-Boateng"


def test_the_unnamed_one_is_the_person_named_just_after(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "9.45pm: The man who ran Labour's campaign has just walked past the media room. "
        "\"Too early to say anything,\" he said, grinning. Campaign director Tom Achebe spent four years rebuilding the party."
    )
    assert only(nlp, text).speaker == "Tom Achebe"


def test_an_unnamed_one_introduced_with_a_stays_unnamed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A man who had queued since dawn walked past the media room. "
        "\"Too early to say anything,\" he said. Campaign director Tom Achebe spent four years rebuilding the party."
    )
    assert only(nlp, text).speaker is None


def test_an_unnamed_role_later_identified_as_someone_is_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A senior board official, who addressed the meeting for an hour, defended the merger. "
        "\"We cannot keep two half-empty schools open,\" she said.\n"
        "Parents said they would keep their children at home in September.\n"
        "The official who spoke at the meeting was later identified as Dr Claudette Ambersley, the board's director of planning."
    )
    assert only(nlp, text).speaker == "Claudette Ambersley"


@pytest.mark.parametrize(
    "sentence",
    [
        "The trust promised to end what staff call \"corridor care\" by September.",
        "The cranes arrived in May. Union members on the picket line have taken to calling them \"pink slips on wheels.\"",
    ],
)
def test_a_name_that_caught_on_is_a_term_not_anyones_words(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    quote = only(nlp, sentence)
    assert (quote.kind, quote.speaker) == ("nonspeech", None)


def test_one_word_set_up_like_the_fragment_before_it_is_the_same_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The critic Ama Owusu described the production as \"the best thing on an Accra stage in years\" "
        "and its lead performance as \"frightening\"."
    )
    first, second = quotes(nlp, text)
    assert (second.kind, second.speaker) == ("partial", "Ama Owusu")



def test_after_a_fronted_participle_the_one_described_is_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sofia Brandt, 25, won silver in the 400m on Saturday.\n"
        "Asked whether she would target the next Games, the 25-year-old smiled. \"Ask me in a month. Right now I want a pizza.\""
    )
    assert only(nlp, text).speaker == "Sofia Brandt"


def test_after_a_fronted_participle_a_gesture_tagged_a_noun_still_makes_a_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Teresa Mbatha, 63, has made toast for night patients on Ward 9 for thirty years.\n"
        "Told this, the 63-year-old shrugs. \"It is just toast. But at three in the morning, toast is medicine.\""
    )
    assert only(nlp, text).speaker == "Teresa Mbatha"


def test_a_given_name_then_a_surname_with_particles_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "De la Rosa holds his nerve at Clearwater\n"
        "HONG KONG – Spain’s Mateo de la Rosa held off a final-round charge to win by one stroke on Sunday.\n"
        "“I could hear the crowd from the 14th green,” de la Rosa said."
    )
    assert only(nlp, text).speaker == "Mateo de la Rosa"


def test_someone_who_gave_their_name_as_x_is_x(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Commuters queued at the station for an hour.\n"
        "A woman beside the ticket machines, who gave her name only as Morag, was more sympathetic. "
        "'The drivers have a point', she said."
    )
    assert only(nlp, text).speaker == "Morag"


def test_a_colon_right_after_an_inner_teller_on_the_same_line_gives_the_tellers_words(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Jane Ruiz chairs the tenants' association.\n"
        "Ms Ruiz said the inspector told the tenants at the meeting on Friday night: \"You have to leave by Monday.\""
    )
    assert only(nlp, text).speaker != "Jane Ruiz"


def test_words_condemned_by_someone_are_not_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Councillor Jane Doe spoke first.\n"
        "\"This budget is a disgrace.\"\n"
        "The remarks were condemned by John Smith, the opposition leader."
    )
    assert only(nlp, text).speaker != "John Smith"


def test_one_person_who_started_calling_a_thing_something_gives_an_opinion(nlp) -> None:  # type: ignore[no-untyped-def]
    quote = only(nlp, "Jane Doe, the mayor, has started calling the budget \"a reckless sham\".")
    assert (quote.kind, quote.speaker) == ("partial", "Jane Doe")


def test_the_other_one_named_later_is_not_the_first(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A driver who stopped to help said the road was icy. \"I could barely stand up,\" she said.\n"
        "The other driver, named as Tom Reid, died at the scene."
    )
    assert quotes(nlp, text)[-1].speaker is None


def test_someone_who_asked_not_to_be_named_stays_unnamed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The woman who found the dog, who asked not to be named, said it had been tied to a fence. \"It was freezing,\" she said.\n"
        "Jane Doe, a vet at the Harbour clinic, said the dog would recover."
    )
    assert only(nlp, text).speaker is None


def test_an_answer_to_a_question_in_between_may_be_the_last_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Jane Doe and Mary Roe run the shelter together.\n"
        "\"We had no choice,\" Doe said.\n"
        "Was the decision a mistake? \"Not for a moment,\" she replied."
    )
    assert quotes(nlp, text)[-1].speaker == "Jane Doe"


def test_a_prefixed_spokesperson_still_speaks_for_the_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Harbour Water apologised on Monday.\n\"We regret the error,\" the company's co-spokeswoman said."
    assert only(nlp, text).speaker == "Harbour Water"


def test_a_particle_before_a_double_barrelled_surname_stays_in_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "According to Professor Johannes du Plessis-Khumalo, who co-authored 30 papers with her, she was stubborn.\n"
        "\"She once made a minister wait for an hour,\" he said."
    )
    assert quotes(nlp, text)[-1].speaker == "Johannes du Plessis-Khumalo"


def test_an_uncued_answer_belongs_to_whom_the_question_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Brandt, the depot manager, faced the inspectors on Tuesday.\n"
        "Julia Marsh, the lead inspector, pressed him on staffing. \"How many drivers were on duty, Mr Brandt?\" she asked.\n"
        "\"Fewer than we needed.\"\n"
        "\"And who decided that?\"\n"
        "\"Head office,\" Brandt said."
    )
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["Julia Marsh", "Tom Brandt", "Julia Marsh", "Tom Brandt"]
    answer = found[1]
    assert answer.method == "addressed"
    assert text[answer.speaker_start : answer.speaker_end] == "Mr Brandt"


def test_a_question_naming_no_one_keeps_the_answer_with_the_next_speaker_rules(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Julia Marsh, the lead inspector, pressed the manager. \"How many drivers were on duty, then?\" she asked.\n"
        "\"Fewer than we needed.\""
    )
    assert quotes(nlp, text)[-1].method != "addressed"


def test_an_aged_reply_to_a_question_is_not_the_askers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Foreman Peter Lwazi told the inquest the pumps had failed twice that week.\n"
        "Under questioning by coroner Ruth Banda, Lwazi said he had not checked the gauges.\n"
        "\"Why not?\" the coroner asked.\n"
        "\"There was nobody to send,\" the 48-year-old replied."
    )
    assert quotes(nlp, text)[-1].speaker == "Peter Lwazi"


def test_a_pronoun_after_an_unnamed_role_means_whoever_is_named_next(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mark Dwyer, the harbour master, said the buoys had been moved.\n"
        "The board's chief inspector, who led the review, was blunter. \"The crew were exhausted,\" she said.\n"
        "Dr Lena Ortiz, a former pilot, said the roster had been ignored for months."
    )
    assert quotes(nlp, text)[0].speaker == "Lena Ortiz"


def test_a_pronoun_after_an_unnamed_role_named_nowhere_is_nobody_known(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mark Dwyer, the harbour master, said the buoys had been moved.\n"
        "The board's chief inspector, who led the review, was blunter. \"The crew were exhausted,\" he said.\n"
        "The report is due in March."
    )
    assert quotes(nlp, text)[0].speaker is None


def test_a_pronoun_after_someones_relative_still_means_the_person_in_view(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sara Quinn has run the bakery for a decade. Her husband, a bus driver, works days.\n"
        "\"Nights suit me,\" she said."
    )
    assert quotes(nlp, text)[0].speaker == "Sara Quinn"


def test_a_count_hyphened_before_a_title_is_no_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Voters on Tuesday ousted two-term Mayor Grant Pell, ending 16 years of control.\n“I respect the result,” Pell said."
    (grant,) = [e for e in people_of(parsed(nlp, text)).entities if e.name == "Grant Pell"]
    assert grant.title == "Mayor"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruiz said fishers in Kaikoura call such squalls “grey wolves”, for how fast they arrive.",
        "Ruiz said the grant is paid under a programme called “Tana ki Uta” and runs for five years.",
        "Ruiz said the claims were settled by a shortcut known inside the firm as a “quick close.”",
        "Ruiz said that until 2020 the archive listed the masks simply as “ritual objects”.",
    ],
)
def test_a_label_a_place_or_a_register_gives_is_no_ones_words(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Marta Ruiz, the archive's director, spoke on Monday. {sentence}"
    assert only(nlp, text).kind == "nonspeech"


@pytest.mark.parametrize(
    "after",
    [
        "That pledge came from Dorcas Wembley, the council's deputy leader, who chairs the panel.",
        "The warning came not from a rival but from Dorcas Wembley, the council's deputy leader.",
        "The speaker is Dorcas Wembley, 61, who has lived on the estate since 1990.",
    ],
)
def test_a_sentence_naming_where_the_words_came_from_gives_their_speaker(nlp, after: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ivan Reyes, the housing chief, said repairs would start in May.\n"
        f"“Nobody on this estate will be moved without a home to go to.” {after}"
    )
    assert quotes(nlp, text)[-1].speaker == "Dorcas Wembley"


def test_a_name_tagged_a_place_with_a_title_in_apposition_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The talks resumed on Monday.\n"
        "Audley Prendergast, the ministry’s permanent secretary, said the offer stood. “We are not moving,” he said."
    )
    assert only(nlp, text).speaker == "Audley Prendergast"


def test_a_pronoun_given_early_to_someone_else_does_not_hide_the_described_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Curator Paul Ferris opened the ceremony.\n"
        "The council's chairman, who flew in for the day, waited a long time before he spoke.\n"
        "“They are our grandparents,” he said.\n"
        "Mr Tomas Riek, 72, said the figures had left the village in 1921."
    )
    assert quotes(nlp, text)[0].speaker == "Tomas Riek"


def test_the_official_named_next_is_the_head_of_something_just_quoted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rocket lifted off at dawn.\n"
        "“We have signal,” the company's head of mission operations said.\n"
        "The official, Ramon Cruz, said the panels had opened on schedule."
    )
    assert quotes(nlp, text)[0].speaker == "Ramon Cruz"


def test_a_welsh_patronymic_particle_stays_with_the_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The player's agent, Gruffydd ab Owain, spoke after Rhodri Owain, the coach.\n"
        "‘He has behaved impeccably,’ Mr ab Owain said."
    )
    assert only(nlp, text).speaker == "Gruffydd ab Owain"


def test_a_spokeswoman_for_a_body_with_an_acronym_is_the_she_that_follows(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Grace Muthoni, the union's manager, spoke first. “It was hail,” she said.\n"
        "A spokeswoman for the Coastal Fisheries Authority (CFA) said inspectors had been sent. “It is too early to give a figure,” she said."
    )
    assert quotes(nlp, text)[-1].speaker == "Coastal Fisheries Authority"


def test_whoever_reads_out_a_statement_is_not_its_he(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Hale was not at the hearing. His lawyer, Pete Marsh, spoke for him.\n"
        "In a short statement read by Marsh, he said: “I did nothing wrong that night.”"
    )
    assert only(nlp, text).speaker == "Tom Hale"


@pytest.mark.parametrize(
    "sentence",
    [
        "As he put it, the final was “a bit of a blur”.",
        "Teammates call him Pip because, as he puts it, he “never stops chattering”.",
    ],
)
def test_as_someone_put_it_attributes_the_words(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Liam Okafor won the final in three sets. {sentence}"
    quote = only(nlp, text)
    assert (quote.kind, quote.speaker) == ("partial", "Liam Okafor")


def test_a_past_tense_is_not_coordinated_with_a_modal_in_the_reported_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mia Lund is an analyst at Fenwick Capital. Lund said the airline would need two more routes to break even, "
        "and described its current plan as \"thin but workable.\""
    )
    assert only(nlp, text).speaker == "Mia Lund"


def test_a_description_inside_a_reported_clause_is_not_its_teller(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Helen Briggs, the planner, led the tour. She added that the engineer who built the bridge "
        "later called it ‘my proudest mistake’."
    )
    assert only(nlp, text).speaker is None


def test_a_quote_opening_a_paragraph_that_then_introduces_someone_is_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The inquiry heard from the crew on Monday.\n"
        "\"I felt the whole deck shake like a drum.\" Commuter Hana Pokai was in the café when the ship struck. She said nobody came for an hour."
    )
    quote = only(nlp, text)
    assert (quote.speaker, quote.method) == ("Hana Pokai", "introduced-after")


def test_a_quote_about_a_she_before_her_introduction_is_not_hers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The town gathered on Sunday.\n"
        "\"She was the kindest person we knew.\" Teacher Hana Pokai died in the crash last week."
    )
    assert only(nlp, text).method != "introduced-after"


def test_an_aged_nationality_after_a_name_describes_that_person_later(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lars Nyberg won the stage on Thursday.\n"
        "The 26-year-old Swede launched his sprint with 200 metres to go and held on.\n"
        "Overall leader Paul Renard of Team Lumen kept the jersey.\n"
        "Asked how he would celebrate, the Swede smiled. \"A small beer,\" he said."
    )
    assert quotes(nlp, text)[-1].speaker == "Lars Nyberg"


def test_a_role_described_just_before_is_in_view_for_an_aged_description(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harbour captain Ross Kemp was sent off in the second half.\n"
        "Coach Euan Blair said the decision was wrong. \"We will ask for an explanation,\" Blair said.\n"
        "His captain was blunter. \"He made his mind up early,\" the 27-year-old flanker said."
    )
    assert quotes(nlp, text)[-1].speaker == "Ross Kemp"


@pytest.mark.parametrize("sort", ["student newspaper", "trade magazine", "software company"])
def test_a_name_set_after_the_sort_of_body_it_is_is_an_organisation(nlp, sort: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        f"The story first ran in the {sort}, the Harrow Beacon, last month.\n"
        "The Beacon's editor says the checks took months. \"We thought it was a joke at first,\" she says.\n"
        "Nadia Perez, a history student, says the team found three sources."
    )
    roster = people_of(parsed(nlp, text))
    assert next(e for e in roster.entities if e.name == "Harrow Beacon").kind == "organisation"
    assert quotes(nlp, text)[0].speaker == "Nadia Perez"


def test_a_bodys_head_described_before_being_named_is_the_person_met_next(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brightfold Labs unveiled its first headset on Tuesday.\n"
        "Speaking to developers, Brightfold's chief executive described the launch as \"the start of a long road.\"\n"
        "\"Phones had their time,\" said Ines Marlow, who took over as CEO in 2021."
    )
    assert quotes(nlp, text)[0].speaker == "Ines Marlow"


def test_a_role_nobody_names_is_not_given_to_the_next_person_met(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The storm flattened the harbour wall on Tuesday.\n"
        "Boats were thrown onto the quay and two sheds were lost.\n"
        "\"It came round the corner like a wall,\" the village's harbourmaster said.\n"
        "Coroner Rhodri Vane opened an inquest into the death of a fisherman on Friday."
    )
    assert quotes(nlp, text)[0].speaker is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Okoro said lenders still expected the “soft landing” the bank had promised.", "nonspeech"),
        ("Okoro said firms must limit the “blast radius” of any change.", "nonspeech"),
        ("Okoro said the plan was the “fair and honest” choice.", "partial"),
        ("Okoro said the plan was “reckless”.", "partial"),
        ("Okoro said the “cowardly” attack would not go unpunished.", "partial"),
    ],
)
def test_a_short_phrase_the_writer_picks_out_with_the_is_a_term(nlp, sentence: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Ada Okoro is an economist at Fenwick Capital. {sentence}"
    assert only(nlp, text).kind == kind


@pytest.mark.parametrize("tail", ["Ask Jake.", "Not Today.", "Open Up!"])
def test_a_capitalised_sentence_after_someones_words_goes_on_with_them(nlp, tail: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Asked about the slogan, coach Ray Dunn smiled.\n“Every inch counted tonight,” he said. “{tail}”"
    quote = quotes(nlp, text)[-1]
    assert (quote.kind, quote.speaker) == ("speech", "Ray Dunn")


def test_a_title_named_after_someones_words_stays_a_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Coach Ray Dunn smiled.\n“Every inch counted tonight,” he said. “Salt Lamplight” opens at the Lyric on Friday."
    assert quotes(nlp, text)[-1].kind == "nonspeech"


@pytest.mark.parametrize(
    "headline",
    [
        "Fall at care home was ‘avoidable’, coroner rules",
        "Care home ‘failed her at every turn’, insists coroner",
    ],
)
def test_a_headline_ends_on_its_cue_and_speaker(nlp, headline: str) -> None:  # type: ignore[no-untyped-def]
    text = f"{headline}\nA coroner has criticised a care home. Coroner Helena Birch said staff had failed a resident."
    quote = quotes(nlp, text)[0]
    assert (quote.kind, quote.speaker) == ("partial", "Helena Birch")


@pytest.mark.parametrize("placed", ["Leeds-based", "Oslo-headquartered", "Toronto-listed"])
def test_where_a_body_is_based_is_no_part_of_its_name(nlp, placed: str) -> None:  # type: ignore[no-untyped-def]
    text = f"The order went to {placed} Harrowgate Freight Ltd last week.\n\"We are delighted,\" Harrowgate Freight Ltd said."
    (quote,) = quotes(nlp, text)
    assert quote.speaker == "Harrowgate Freight Ltd"
    roster = people_of(parsed(nlp, text))
    assert not any(placed in e.name for e in roster.entities)


def test_the_noun_a_name_stands_beside_is_one_of_its_roles(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kim Seo-jun finished one shot behind the winner.\n"
        "His coach, the former tour player Martin Oduya, said the week would change how he was seen.\n"
        "“People said he could not do it when it mattered,” said the coach."
    )
    assert quotes(nlp, text)[-1].speaker == "Martin Oduya"


@pytest.mark.parametrize("job", ["vet", "cook", "medic", "academic"])
def test_an_everyday_occupation_describes_the_person_in_view(nlp, job: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Geoffrey Hall, 71, lost his savings to the scheme and sat through every day of the trial.\n"
        f"Speaking outside court, the retired {job} said the sentence was ‘about right’."
    )
    assert only(nlp, text).speaker == "Geoffrey Hall"


def test_a_trailing_participle_shares_the_main_subject_not_an_embedded_ones(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Judge Mere Tane passed sentence on Friday.\n"
        "She dismissed the argument that the crash was an accident of timing, telling the driver: ‘You knew what you had hit.’"
    )
    assert only(nlp, text).speaker == "Mere Tane"


# guards against over-broad readings of this session's rules (found in review)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sarah Kent joined the bank in 2004. The judge praised her honesty at the hearing. \"I only told the truth,\" she said.", "Sarah Kent"),
        ("Mayor Ann Lee insisted the scheme was \"working well\", even as critics warned of rising costs.", "Ann Lee"),
        ("Mayor Ann Lee said voters were \"fed up\", as Tom Reed had predicted.", "Ann Lee"),
        ("In a statement issued by Senator Tom Hale on Friday, he said: \"I will not stand again.\"", "Tom Hale"),
        ("Union leader Tom Reed addressed the rally on Monday. \"We will strike if we must.\" The response came from Mayor Ann Lee within the hour.", "Tom Reed"),
        ("Acme reported a loss.\nAcme's chief executive called the results \"deeply disappointing\".\nAnalyst Jo Park, of Barclays, said investors were worried.", None),
        ("\"Danger: cliff edge. Keep out.\" Hiker Maria Lopez climbed past the sign on Sunday.", None),
    ],
)
def test_this_sessions_rules_leave_ordinary_sentences_alone(nlp, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    assert quotes(nlp, text)[0].speaker == speaker


@pytest.mark.parametrize(
    "headline", ['Prices "will keep rising", estimates show', 'Flood defences "inadequate", calls grow for inquiry', 'Rail fares "to soar", as strikes continue'],
)
def test_a_headline_tail_that_names_no_one_is_no_cue(nlp, headline: str) -> None:  # type: ignore[no-untyped-def]
    quote = quotes(nlp, f"{headline}\nThe figures were published on Monday.")[0]
    assert quote.method != "cue-after" and quote.speaker is None


def test_a_name_in_apposition_inside_a_question_is_not_addressed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ortiz runs the hostel.\n\"Have you met the new landlord, Ruth Kemp?\" Ortiz asked.\n\"Not yet. I hear she is tough.\""
    assert quotes(nlp, text)[-1].speaker != "Ruth Kemp"


def test_a_sign_after_someones_words_stays_a_sign(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "\"We were shocked,\" said owner Tom Hale. \"Closed Until Further Notice.\" The sign went up on Monday."
    assert quotes(nlp, text)[-1].kind == "nonspeech"


def test_what_residents_of_a_place_called_something_once_is_their_opinion(nlp) -> None:  # type: ignore[no-untyped-def]
    assert only(nlp, "Residents in Leeds called the closure \"a betrayal of trust\".").kind == "partial"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Grendon Mobile, the sector leader, raised prices on Monday. \"We had no choice,\" it said.", "Grendon Mobile", "organisation"),
        ("Film maker Jo Roe said: \"The budget was tight.\"", "Jo Roe", "person"),
    ],
)
def test_a_role_beside_a_name_types_it_only_when_it_says_so(nlp, text: str, name: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    roster = people_of(parsed(nlp, text))
    assert next(e for e in roster.entities if e.name == name).kind == kind


def test_a_capitalised_ab_is_a_given_name_not_a_welsh_particle(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Dutch virologist Ab Osterhaus warned of a new wave. \"We are not ready,\" Osterhaus said."
    roster = people_of(parsed(nlp, text))
    assert [e.kind for e in roster.entities] == ["person"]


def test_malaysian_honorifics_are_titles_not_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Works Minister Datuk Seri Hamzah bin Yusof told parliament the road was nearly done. \"We are on time,\" he said.\n"
        "Hamzah said the last section would open in March."
    )
    assert {q.speaker for q in quotes(nlp, text)} == {"Hamzah bin Yusof"}


def test_a_modified_role_two_people_share_is_the_one_this_paragraph_is_about(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Coach Tunde Ade was sacked on Monday. Assistant coach Emeka Obi takes charge.\n"
        "Obi, 41, a former defender, said he had spoken to Ade. “He told me to look after the boys,” the interim coach said."
    )
    assert only(nlp, text).speaker == "Emeka Obi"


def test_the_former_and_the_latter_are_the_pair_just_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Marie Roy and Liam Shaw opened the bistro in 1990.\n"
        "Roy and Shaw met at cooking school. The former still cooks; the latter runs the floor.\n"
        "“I know every regular by name,” says the latter.\n"
        "“My back knows it is time,” the former says."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Liam Shaw", "Marie Roy"]


def test_a_maori_te_stays_with_the_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rescue leader Hemi Te Kani said the pair had dug the man out before the crew landed.\n"
        "“They did everything right,” Te Kani said."
    )
    assert quotes(nlp, text)[-1].speaker == "Hemi Te Kani"


def test_a_surname_first_name_with_an_english_given_name_is_one_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Student Amy Ho wins Hong Kong piano prize\n"
        "Nineteen-year-old Amy Ho Wing-sze took the title on Saturday.\n"
        "“I practised every night,” Ho said."
    )
    assert only(nlp, text).speaker == "Amy Ho Wing-sze"


def test_a_surname_first_name_is_split_surname_first() -> None:
    from attribution.people import split_person_name

    assert split_person_name("Tang Chi-wai") == ("Tang Chi-wai", "Chi-wai", "Tang")
    assert split_person_name("Amy Ho Wing-sze") == ("Amy Ho Wing-sze", "Amy", "Ho")
    assert split_person_name("Anne-Marie Duval")[2] == "Duval"  # (a hyphened Western given name)


def test_a_capitalised_plural_the_article_also_writes_lower_case_is_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The orchard hires twelve pickers, and pickers are paid by the crate.\n"
        "Pickers, for their part, are cheerful. Asked about the weather, Maura Flynn laughed."
    )
    doc = parsed(nlp, text)
    word = next(t for t in doc if t.text == "Pickers")
    word.pos_, word.tag_, word.lemma_ = "PROPN", "NNPS", "Pickers"  # how the small model read “Keepers”
    doc.ents = [Span(doc, word.i, word.i + 1, label="PERSON")]
    names = [e.name for e in people_of(doc).entities]
    assert "Pickers" not in names and "Maura Flynn" in names


def test_a_name_before_a_verb_read_as_a_bare_plural_noun_ending_the_sentence_is_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Dana Pruitt runs the shop.\nAsked what the spring will bring, Pruitt laughs.\n“More of the same,” she says."
    doc = parsed(nlp, text)
    verb = next(t for t in doc if t.text == "laughs")
    name = doc[verb.i - 1]
    # the small model's reading: the name compounded onto the noun “laughs”, the sentence's root
    name.dep_, name.head = "compound", verb
    verb.pos_, verb.tag_, verb.dep_, verb.head = "NOUN", "NNS", "ROOT", verb
    mention = people_of(doc).mention_at(name.i)
    assert mention is not None and mention.is_subject and mention.main


def test_an_unnamed_subject_the_parse_hangs_on_a_fronted_place_is_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Health minister Joan Marsh defended the cuts on Monday.\n"
        "At a small pharmacy in Tembisa, a technician who has worked there for ten years said demand had doubled. "
        "“We run out by Wednesday,” she said."
    )
    q = only(nlp, text)
    assert q.speaker is None and q.speaker_mention == "she"


def test_a_name_in_apposition_to_a_role_in_apposition_to_the_subject_is_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ng's mentor, the former national coach Lau Pak-keung, said he had expected the win."
    doc = parsed(nlp, text)
    mentor = next(t for t in doc if t.text == "mentor")
    coach = next(t for t in doc if t.text == "coach")
    name = next(t for t in doc if t.text == "keung")
    # the parse of the news sentence: name → role → subject, each in apposition to the next
    mentor.dep_, coach.dep_, coach.head, name.dep_, name.head = "nsubj", "appos", mentor, "appos", coach
    mention = people_of(doc).mention_at(name.i)
    assert mention is not None and mention.is_subject and mention.main


def test_a_colon_introduction_outranks_the_verb_after_a_question(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tennis player Ines Vidal spoke after the final.\n"
        "At the briefing, a journalist from a local radio station asked: “Will you defend the title?” "
        "Vidal smiled at her coach before replying."
    )
    q = only(nlp, text)
    assert q.speaker is None and q.speaker_mention == "a journalist"


def test_a_body_compounded_onto_someone_the_article_leaves_unnamed_is_not_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harbour Alliance lost two seats on Thursday.\n"
        "A veteran Harbour Alliance voice, who asked not to be named, was gloomy: “We ran a lazy campaign and deserved to lose.”"
    )
    q = only(nlp, text)
    assert q.speaker is None and q.speaker_mention is not None and "voice" in q.speaker_mention


def test_the_document_says_after_it_was_introduced_with_its_author_far_back(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A review from the National Rail Safety Board (NRSB), published on Monday, praised the Hillside line.\n"
        "Passenger numbers have doubled since 2020, and the operator has hired forty new drivers.\n"
        "Councillor Ian Black, who chairs the transport committee, welcomed the news.\n"
        "Ticket prices, however, rose again in January.\n"
        "The review says signalling on the branch is “old but well maintained.”"
    )
    assert only(nlp, text).speaker == "National Rail Safety Board"


def test_a_hyphened_role_owned_by_a_body_before_a_name_with_courtesy_titles(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The union's general-secretary, Dr Azman Hashim, rejected the offer.\n"
        "“We will not sign this,” the general-secretary said."
    )
    assert only(nlp, text).speaker == "Azman Hashim"


def test_binti_and_bin_say_the_gender(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“The water came at night,” said Aminah binti Yusof, 58, who sells fish at the market.\n"
        "Her brother, a farmer who did not want to be named, pointed at the wall. “That line is from 2014,” he said."
    )
    roster = people_of(parsed(nlp, text))
    assert next(e for e in roster.entities if e.name == "Aminah binti Yusof").gender == "female"
    assert quotes(nlp, text)[-1].speaker is None


def test_an_unnamed_appositive_with_its_own_indefinite_leaves_the_speaker_unnamed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“We lost the harvest,” said Marta Quint, who farms above the river.\n"
        "Her cousin, a retired nurse who did not want to be named, was angrier. “They promised us a wall in 2019,” she said."
    )
    assert quotes(nlp, text)[-1].speaker is None


def test_a_nickname_before_a_surname_that_opens_with_a_particle(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Pieter "Piet" van der Berg has farmed here since 1970. "The rain never came," van der Berg said.'
    assert quotes(nlp, text)[-1].speaker == "Pieter van der Berg"


def test_a_dateline_in_capitals_is_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Harbour row deepens\nST LUCIA BAY - The harbour master resigned on Monday."
    roster = people_of(parsed(nlp, text))
    assert not [e for e in roster.entities if e.kind == "person"]


def test_a_lede_that_opens_on_a_described_speaker_named_after_the_quotes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cull will ruin us, says hill farmer\n"
        "\"We have kept sheep on this hill since my great-grandfather,\" the hill farmer said, pointing at the barn his father built.\n"
        "\"Nobody in the city asked us,\" he said.\n"
        "\"Let them come up here and see,\" the 71-year-old added.\n"
        "Owen Pryce-Davies has farmed above the valley for half a century. This week he wrote to the minister.\n"
        "The agriculture department said the cull was needed."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Owen Pryce-Davies"] * 3


def test_a_name_in_apposition_to_a_conjunct_of_the_subject_is_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Minister of Lakes and Inland Waters, Ruth Mbeki-Zulu, has defended the plan."
    doc = parsed(nlp, text)
    minister = next(t for t in doc if t.text == "Minister")
    waters = next(t for t in doc if t.text == "Waters")
    name = next(t for t in doc if t.text == "Zulu")
    # the parse of the news sentence: the name hung on the last word of the ministry, a conjunct
    minister.dep_, waters.dep_, waters.head, name.dep_, name.head = "nsubj", "conj", minister, "appos", waters
    mention = people_of(doc).mention_at(name.i)
    assert mention is not None and mention.is_subject


def test_a_sentence_pointing_back_after_a_full_stop_set_outside_the_marks(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The health board apologised on Friday.\n"
        "‘They knew about the backlog for a year and said nothing’. That was the accusation from the patient group leader, "
        "Glenys Harries, who has collected 300 letters."
    )
    assert only(nlp, text).speaker == "Glenys Harries"


@pytest.mark.parametrize("title", ["Adv.", "Engr.", "Atty."])
def test_professional_titles_before_a_name_are_titles_not_bodies(nlp, title: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Speaking outside court, {title} Mandla Sithole said: \"The process was unlawful.\""
    roster = people_of(parsed(nlp, text))
    assert [(e.name, e.kind) for e in roster.entities] == [("Mandla Sithole", "person")]


def test_a_spaced_hyphen_typed_for_a_dash_introduces_a_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Drought bites\nKIMBERLEY - "The dam is at nine per cent. We are rationing," the mayor said.'
    assert only(nlp, text).kind == "speech"


def test_the_words_are_those_of_someone(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The council met on Monday.\n"
        "\"We lock the doors at six now.\" The words are those of Priya Menon, a pharmacist on the high street."
    )
    assert only(nlp, text).speaker == "Priya Menon"


def test_that_is_the_experience_of_someone(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The council met on Monday.\n"
        "\"The bus never comes on time.\" That is the experience of Tomasz Wrobel, a porter who starts at five."
    )
    assert only(nlp, text).speaker == "Tomasz Wrobel"


def test_a_headline_word_the_story_writes_lower_case_is_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Flanker tells tribunal he \"never saw the money\"\n"
        "A former flanker, Idris Mensah, told a tribunal on Monday that he had been framed. "
        "The flanker, 29, denies all charges."
    )
    q = quotes(nlp, text)[0]
    assert q.speaker == "Idris Mensah"


def test_a_sentence_saying_someone_delivered_the_line_points_back_at_the_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ngozi Okonjo won the seat after midnight. The returning officer, Alan Price, said the count was the closest he had seen.\n"
        "\"We won this on the doorsteps, one street at a time.\" Okonjo delivered the line to a packed hall in Leith."
    )
    assert only(nlp, text).speaker == "Ngozi Okonjo"


def test_a_team_by_its_plural_nickname_is_the_club_named_in_full(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harriers reject second Falcons bid\n"
        "The Dunedin Harriers have turned down an offer from the Perth Falcons for their captain.\n"
        "In Perth, the Falcons said in a statement that the offer was \"final and generous\"."
    )
    assert quotes(nlp, text)[-1].speaker == "Perth Falcons"


def test_a_teller_who_asks_that_their_name_not_be_used_stays_unnamed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dr Ruth Calder, the union's president, called the offer an insult.\n"
        "Many porters are on short contracts. One of them, a night porter in the surgical wing, said she had worked there for ten years. "
        "\"We are tired and we are broke,\" she told the Gazette, asking that her name not be used."
    )
    assert only(nlp, text).speaker is None


def test_a_name_used_for_something_else_withholds_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dr Ruth Calder, the union's president, opened the meeting.\n"
        "\"We will win this,\" she told the Gazette, adding that the old name was not used any more."
    )
    assert only(nlp, text).speaker == "Ruth Calder"


def test_a_name_someone_else_asked_to_withhold_does_not_unname_the_teller(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sergeant Nora Flynn was first at the crossing.\n"
        "\"The child is lucky to be alive,\" she said, adding that the injured boy's parents had asked that his name not be published."
    )
    assert only(nlp, text).speaker == "Nora Flynn"


@pytest.mark.parametrize("position", ["forward", "prop", "playmaker"])
def test_a_player_described_by_position_is_the_player_in_view(nlp, position: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Manu Tuilagi-Reid ended his silence on Friday. Speaking after training in Penrith, the " + position + " said:\n"
        "\"I want to stay, but the club has to want me too.\""
    )
    assert only(nlp, text).speaker == "Manu Tuilagi-Reid"


def test_the_wire_service_in_a_dateline_is_no_body_of_the_story(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mill closes\nLEEDS (Northline News) - Harrow Textiles said on Monday it would close its last mill."
    roster = people_of(parsed(nlp, text))
    assert [e.name for e in roster.entities] == ["Harrow Textiles"]


def test_its_chief_executive_is_the_person_met_next(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brightloom Ltd, a lighting start-up, said on Monday it would cut a third of its staff in what its chief executive "
        "called a \"savage\" market.\n"
        "In a letter to investors, the chief executive described the cuts as \"the worst week of my working life.\" "
        "Ilse Brandvold, who founded the company in 2016, wrote that costs had doubled."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Ilse Brandvold", "Ilse Brandvold"]


def test_put_it_to_someone_that_is_a_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Counsel for the families, Ruth Adair, put it to him that the rota had left crews \"dangerously tired\" by Friday."
    q = only(nlp, text)
    assert (q.kind, q.speaker) == ("partial", "Ruth Adair")


def test_a_description_stands_for_the_one_person_in_view_even_when_not_a_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "\"The river takes a field every spring.\" Those were the words of Halima Ogunleye, who has farmed the bank for forty years.\n"
        "During a flood she blames on the new weir, the water reached her kitchen and ruined her seed store.\n"
        "\"Nobody has come to see us,\" the grandmother said."
    )
    assert quotes(nlp, text)[-1].speaker == "Halima Ogunleye"


def test_a_place_the_tagger_took_for_a_person_is_not_the_one_in_view(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ironleaf employs about 400 people in Montreal and Lyon.\n"
        "The tester said she had not decided whether to play the game. \"Maybe one day,\" she said."
    )
    assert only(nlp, text).speaker is None


def test_the_first_of_two_roles_capitalised_at_a_sentence_start_is_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The exchange froze withdrawals on Friday.\n"
        "Founder and chief executive Arjun Menon Rao, 41, said in a video that he was \"truly sorry.\""
    )
    assert only(nlp, text).speaker == "Arjun Menon Rao"


def test_a_name_ending_an_opening_phrase_is_not_the_subject_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Appearing before District Judge Harriet Moss, defence solicitor Owen Pryce said his client had been "
        "\"badly let down\" by the council."
    )
    assert only(nlp, text).speaker == "Owen Pryce"


def test_a_nickname_given_inside_the_name_names_the_person_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Forward Kelechi \"Flash\" Obi scored twice in the second half.\n"
        "\"The crowd carried us,\" Flash said."
    )
    assert quotes(nlp, text)[-1].speaker == "Kelechi Obi"


def test_an_unnamed_source_whose_article_the_parse_hung_on_a_compound(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Farid Nazari, 40, said he had queued since dawn.\n"
        "A community elder in Torkham, who asked not to be named for fear of reprisals, said the young men no longer travelled.\n"
        "\"They stay at home and they go hungry,\" he said."
    )
    assert quotes(nlp, text)[-1].speaker is None


def test_the_name_an_aside_cue_interrupts_is_spoken_of_not_the_teller(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Orla Brennan has run the choir since 1998.\n"
        "Gráinne Walsh, who sings alto, says rehearsals are the best night of her week. "
        "Brennan, she adds, \"has held this town together through two recessions\"."
    )
    assert only(nlp, text).speaker == "Gráinne Walsh"


@pytest.mark.parametrize("heading", ["under the heading", "under the banner", "under the label"])
def test_words_filed_under_a_heading_are_a_label(nlp, heading: str) -> None:  # type: ignore[no-untyped-def]
    text = f"In the council's budget the cuts appear {heading} \"service optimisation\", which the union says is a euphemism."
    assert only(nlp, text).kind == "nonspeech"


def test_a_statement_someone_unknown_put_out_is_not_the_last_company_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harlow Foods issued a statement on Monday. \"We are cooperating fully with the inquiry,\" the company said.\n"
        "The driver's family released a statement on Tuesday. \"He was a loving father and a careful driver,\" the statement said."
    )
    assert quotes(nlp, text)[-1].speaker is None


def test_a_statement_a_named_body_put_out_speaks_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harlow Foods and the Marsh Valley Council met on Monday.\n"
        "The Marsh Valley Council issued a statement later that day. \"No decision has been taken,\" the statement said."
    )
    assert quotes(nlp, text)[-1].speaker == "Marsh Valley Council"


@pytest.mark.parametrize("answer", ["dismissed the charge", "denied the accusation", "rejected the claim"])
def test_whoever_answers_words_named_next_did_not_say_them(nlp, answer: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Residents packed the hall on Monday night.\n"
        "\"This whole consultation is a cover-up.\"\n"
        f"Housing Minister Alan Grey {answer} when he visited the estate on Tuesday."
    )
    assert only(nlp, text).speaker is None


def test_a_description_does_not_fall_back_on_someone_only_acted_upon(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A delivery van struck pensioner Walter Brennan on Harbour Road on Sunday morning.\n"
        "\"I never saw him until it was too late,\" the driver told officers at the scene."
    )
    assert only(nlp, text).speaker is None


def test_a_lede_description_is_not_someone_introduced_next_to_do_something_else(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "\"The whole house shook and then the lights went out,\" the pensioner said.\n"
        "Declan Moriarty, who lives two doors down, heard the explosion from his garden."
    )
    assert only(nlp, text).speaker is None



def test_a_body_s_head_is_not_the_next_person_brought_in_for_something_else(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Skyline Air said two passengers were treated for minor injuries.\n"
        "\"We are reviewing every step of the incident,\" the president said.\n"
        "Graham Oduya, who was booked on the flight with his daughter, was unhurt."
    )
    assert only(nlp, text).speaker is None


def _titles(nlp, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    """Each quoted speaker's title, as stored."""
    extraction = extract_text(text, nlp)
    return {s.name: s.title for s in extraction.speakers}


def test_a_hyphened_role_owned_before_a_name_is_their_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The federation's secretary-general, Aminu Bello-Tanko, said the money was \"on its way\"."
    assert _titles(nlp, text).get("Aminu Bello-Tanko") == "secretary-general"


def test_what_an_opening_phrase_owns_is_no_title_of_the_name_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Since her husband's death last spring, Mary Doyle has run the dairy farm alone. \"It is hard work,\" she said."
    assert _titles(nlp, text) == {"Mary Doyle": None}


def test_a_surname_that_is_a_job_word_opening_a_sentence_is_still_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dr Miriam Porter led the two-year study at the Tasman Institute.\n"
        "Porter and colleagues wrote that the effect was \"smaller than anyone had hoped\"."
    )
    assert only(nlp, text).speaker == "Miriam Porter"


@pytest.mark.parametrize(
    ("before", "content", "kind"),
    [
        ("PORT ELIZABETH -", "We have not fished for a week.", "speech"),
        ("WELLINGTON (Reuters) --", "We have not fished for a week.", "speech"),
        ("The band's third album -", "Homecoming", "nonspeech"),
        ("The band's third album -", "Songs From The Road", "nonspeech"),
    ],
)
def test_a_spaced_hyphen_introduces_words_but_not_a_title(before: str, content: str, kind: str) -> None:
    from attribution.classify import classify

    assert classify(content, before, True, adjacent_cue=True, noun_modifier=True) == kind


def test_putting_a_motion_to_a_vote_reports_no_one_s_words(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Councillor Brendan Walsh spoke against the scheme for twenty minutes.\n"
        "The chair then put it to a vote that \"the scheme be adopted in full\"."
    )
    assert only(nlp, text).speaker is None


def test_counsel_putting_it_to_a_witness_that_reports_counsel_s_words(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dr Tom Reid gave evidence on Tuesday.\n"
        "Barrister Mary Doyle put it to the witness that the memo had placed \"undue pressure\" on crews."
    )
    assert only(nlp, text).speaker == "Mary Doyle"


@pytest.mark.parametrize(
    ("name", "surname"), [("Faraz Ali Qureshi", "Qureshi"), ("Lim Kok Seng", "Lim"), ("Tran Thi Mai", "Tran")]
)
def test_a_given_name_the_lexicon_lacks_is_not_taken_for_a_role(nlp, name: str, surname: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Exporters warn of closures\n"
        f"\"Orders have fallen for the third month running,\" association chairman {name} told reporters on Monday.\n"
        f"\"We need the refunds now,\" {surname} said."
    )
    assert [q.speaker for q in quotes(nlp, text)] == [name, name]


def test_a_west_african_honorific_is_a_title_not_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Alhaji Garba Yusuf-Bello, who chairs the market traders, said the levy was \"an insult to every trader here\"."
    assert only(nlp, text).speaker == "Garba Yusuf-Bello"


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Joost van den Akker", "Van den Akker"),  # a Dutch double particle, capitalised opening a sentence
        ("Caitríona Nic an tSaoi", "Nic an tSaoi"),  # an Irish surname with “an” and a mutated word
        ("Ignacio de la Fuente Varela", "De la Fuente"),  # the first of a Spanish pair of surnames
    ],
)
def test_surnames_with_particles_stay_whole_and_link_back(nlp, full: str, short: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Talks continue\n"
        f"Investor {full} said the deal was \"nowhere near done\".\n"
        f"{short} added: \"We will take our time.\""
    )
    assert [q.speaker for q in quotes(nlp, text)] == [full, full]


def test_an_unknown_given_name_before_a_hyphened_surname_is_no_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "River cleanup\nNgaire Solomon-Pirini, a kaumātua, said: \"You could stand on the bridge and smell it.\""
    assert only(nlp, text).speaker == "Ngaire Solomon-Pirini"


def test_member_before_a_name_is_a_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Relief row\nBoard Member Arnel de la Peña said the packs went \"to the wrong barangays\"."
    assert only(nlp, text).speaker == "Arnel de la Peña"


def test_a_capitalised_role_is_no_name_and_its_holder_is_named_after_the_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Merger vote looms\n"
        "The National Coordinator of the Independent Shareholders Association, Chief Uche Okoro-Bassey, "
        "said small investors were being \"short-changed\"."
    )
    assert only(nlp, text).speaker == "Uche Okoro-Bassey"


def test_group_managing_director_is_a_role_not_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Bank merger sealed\nThe Group Managing Director said on Monday that there would be \"no forced exits\"."
    assert only(nlp, text).speaker is None


def test_a_plural_possessive_inside_a_guild_s_name_keeps_it_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Selection row deepens\n"
        "The Kenyan Footballers’ Guild said in a statement that it wanted \"clarity on communication\" with senior players."
    )
    assert only(nlp, text).speaker == "Kenyan Footballers’ Guild"


def test_the_second_party_of_talks_between_two_is_not_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "App row\n"
        "The Coastal Weather Observatory built the warning app.\n"
        "A person familiar with talks between the office and the observatory said there were still \"serious questions about privacy\" to resolve."
    )
    assert quotes(nlp, text)[-1].speaker is None


def test_a_business_described_before_its_name_is_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Signal failure inquiry\n"
        "Mr Tan Boon Huat, a former engineer at rail operator Kestrel Rail, said warnings had been ignored.\n"
        "In a separate statement, the company said: \"We let our passengers down.\""
    )
    assert quotes(nlp, text)[-1].speaker == "Kestrel Rail"


def test_the_one_asking_gets_no_gender_from_the_answerer_s_pronouns(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Inquiry ends\n"
        "The inquiry is chaired by retired judge Sim Hui Lin. Former engineer Gareth Pryce gave evidence all day.\n"
        "Asked by Justice Sim at the end of his testimony whether he felt vindicated, he shook his head.\n"
        "\"Nobody should feel vindicated,\" he said.\n"
        "In closing remarks, Justice Sim said the report was due in December. \"We will follow the evidence,\" she said."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Gareth Pryce", "Sim Hui Lin"]


@pytest.mark.parametrize("title", ["Engr.", "Adv.", "Amb."])
def test_a_dotted_professional_style_ends_no_sentence(nlp, title: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Textile slump deepens\n"
        f"\"The package looked good on paper,\" said {title} Nadia Farooqui, who runs a weaving unit in Lahore, "
        "\"but on the factory floor it simply does not exist.\""
    )
    assert [(q.speaker, q.kind) for q in quotes(nlp, text)] == [("Nadia Farooqui", "speech")] * 2


def test_a_denied_verb_after_a_fragment_does_not_name_its_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Inquiry hears evidence\n"
        "Counsel Meera Pillai cross-examined the engineer, Gavin Tse.\n"
        "Ms Pillai suggested that the sensors had been \"within their service life\" at the time, a point Mr Tse did not dispute."
    )
    assert quotes(nlp, text)[-1].speaker == "Meera Pillai"


def test_a_capitalised_role_with_its_brief_is_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "County budget row\n"
        "The County Executive Committee Member for Health, Grace Wanjiru Mwangi, said the cuts were \"lawful and necessary\"."
    )
    assert only(nlp, text).speaker == "Grace Wanjiru Mwangi"


def test_what_a_sentence_says_a_person_is_describes_them_later(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bridge trial opens\n"
        "Marcus Delaney-Oyelaran, 44, was the first witness called by the families.\n"
        "The defence lawyer, Peter Hume, pressed him on the report.\n"
        "Asked whether he had changed the report, the witness paused for several seconds.\n"
        "\"I changed one word,\" he said."
    )
    assert quotes(nlp, text)[-1].speaker == "Marcus Delaney-Oyelaran"


def test_the_region_after_a_dateline_city_is_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Bridge trial opens\nDAYTON, Ohio — A bridge inspector told jurors that he had urged closure \"immediately.\""
    assert only(nlp, text).speaker is None


def test_a_lede_subject_the_parse_hung_on_the_dateline_is_still_the_teller(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Engineer says he warned of corrosion\n"
        "TOLEDO, Ohio — A structural engineer who inspected the bridge told jurors Tuesday that he had urged closure \"immediately.\"\n"
        "Samuel Adeyemi-Brook, 44, was the first witness called by the families."
    )
    assert only(nlp, text).speaker == "Samuel Adeyemi-Brook"


def test_a_written_thing_that_reads_after_its_words_gives_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Relief row\n"
        "In a statement posted on its official page, the Office of the Governor appealed for calm.\n"
        "\"The storm does not choose a party. Neither should our help,\" the statement read."
    )
    assert quotes(nlp, text)[-1].speaker == "Office of the Governor"


def test_a_letter_an_officer_wrote_reads_in_their_voice(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bank merger sealed\n"
        "Harbourline Bank and Redwater Bank agreed to merge on Monday.\n"
        "The chairman of Harbourline, Tunde Adebayo-Cole, in a letter to shareholders, said the board had weighed other offers.\n"
        "\"Your board is satisfied that this transaction is fair,\" the letter read."
    )
    assert quotes(nlp, text)[-1].speaker == "Tunde Adebayo-Cole"


@pytest.mark.parametrize(
    "sentence",
    [
        "The defendant was known to some clients at his church as 'the Vicar' because he quoted scripture.",
        "Officers found a ledger listing investors alongside the words 'fed' or 'hungry'.",
    ],
)
def test_names_and_words_held_at_arm_s_length_are_nonspeech(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(nlp, f"Fraud trial\nDetective Anna Ruiz gave evidence. {sentence}")[0].kind == "nonspeech"


def test_a_name_after_a_role_of_a_body_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Bank merger\nThe chairman of Harbourline, Tunde Adebayo, said the deal was \"fair to every shareholder\"."
    speaker = extract_text(text, nlp).speaker("Tunde Adebayo")
    assert speaker is not None and (speaker.kind, speaker.title) == ("person", "chairman")


def test_a_name_before_a_compound_noun_is_a_name_not_words(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Relief row\n"
        "Fr. Tomas Ilagan, who oversees the \"Bahay ng Pag-asa\" community kitchen run by the parish, "
        "said volunteers had served 3,000 meals."
    )
    assert only(nlp, text).kind == "nonspeech"


def test_a_one_word_name_in_apposition_mid_sentence_is_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Bank merger\nShe added that the bank's mobile wallet, \"KoboPay,\" would be kept as a separate brand."
    assert only(nlp, text).kind == "nonspeech"


def test_a_post_that_reads_after_its_words_even_tagged_a_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Pool closure\n"
        "The Wyndarra Swimming Club broke the news on its Facebook page on Wednesday.\n"
        "“Heartbroken does not cover it,” the post read."
    )
    assert quotes(nlp, text)[-1].speaker == "Wyndarra Swimming Club"


def test_the_town_someone_is_from_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fraud trial\n"
        "The jury heard from Edith Marlowe, a retired primary school teacher from Knutsford, who invested £90,000 in 2019.\n"
        "The 71-year-old said she first met him at a coffee morning. 'He held my hand', she told the court."
    )
    assert quotes(nlp, text)[-1].speaker == "Edith Marlowe"


def test_a_document_acronym_is_no_body_a_description_could_mean(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Four-day week\n"
        "The Maple Grove School District board voted on Monday to move to a four-day week.\n"
        "According to a district FAQ, meals will be available each Friday. "
        "The district says in the FAQ that the change will save \"roughly $380,000 a year\"."
    )
    assert only(nlp, text).speaker == "Maple Grove School District"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body someone speaks for is no place they are from
        ("Outage\nCustomers lost signal for six hours. \"We are looking into it,\" said a spokeswoman from Vodafone.", "Vodafone"),
        # Barr is a surname, not a style
        ("Justice\n\"We will appeal,\" said Barr, who was attorney general from 2019 to 2020.", "Barr"),
        # whoever receives a letter did not put it out
        (
            "School\nParents at Riverside Academy received a letter on Friday.\n"
            "\"We have taken the difficult decision to close early,\" the letter said.",
            "Riverside Academy",
        ),
        # a company that owns another is not its officer
        ("Tech\nThe parent of Google, Alphabet, said profits rose. \"We had a strong quarter,\" Alphabet said.", "Alphabet"),
        # a one-word reply to someone addressed is said
        ("Match\nTom Hale was booked late on. He glared at the referee, \"Disgraceful,\" Hale said afterwards.", "Tom Hale"),
        # gender is still learned from whoever led something
        (
            "Study\nThe study was led by Dr Sam Patel and her team at Leeds University.\n"
            "Co-author Alex Moore said he had not expected the results.\n\"The numbers were striking,\" she said.",
            "Sam Patel",
        ),
        # the one person in view, fined rather than struck, is still the one described
        ("Court\nThe court fined Tom Reid £500 on Tuesday.\n\"It's a joke,\" the father of three said outside court.", "Tom Reid"),
        # a title after a capitalised modifier is no role unless the lexicon knows it as one
        ("Pipeline\n\"The approval process was rushed,\" National Observer reported on Monday.", "National Observer"),
        # renewing a promise gives the words
        ("Tax\n\"We will not raise taxes on working people.\"\nChancellor Ruth Obi reiterated the promise on Tuesday.", "Ruth Obi"),
    ],
)
def test_the_new_rules_keep_to_their_cases(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(nlp, text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Strike\nUnion leader Maria Lopez had a simple message for ministers - \"Pay us what we are worth.\"", "speech"),
        ("Trial\nMs Lee, who had known the defendant for years, described him as \"kind and gentle\".", "partial"),
    ],
)
def test_dashes_and_known_as_keep_to_their_cases(nlp, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(nlp, text)[-1].kind == kind


def test_someone_reporting_before_the_last_quote_does_not_interrupt_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ferry row\nHarbourline denied any wrongdoing. “We followed the tender rules to the letter,” "
        "said Tomasz Wierzba, the operator’s finance director.\n"
        "“If the council dislikes the outcome, it should rewrite its own rules.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Tomasz Wierzba"
    # someone reporting after the last quote still does
    text2 = (
        "Ferry row\n“We followed the tender rules,” said Tomasz Wierzba, the operator’s finance director. "
        "Councillor Ann Pryce said the tender had been rigged.\n“They knew the outcome in advance.”"
    )
    assert quotes(nlp, text2)[-1].speaker != "Tomasz Wierzba"


@pytest.mark.parametrize(
    "text",
    [
        # a cue inside the reason for anonymity is not the speaker's
        "Grain deal\n“Prices will hold,” said Ruth Abara of Kestrel Markets.\n"
        "A second trader, who spoke anonymously because her bank advises both buyers, was gloomier: “Prices will crash.”",
    ],
)
def test_an_unnamed_speaker_before_a_colon_keeps_no_name(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    q = quotes(nlp, text)[-1]
    assert q.speaker is None
    assert q.speaker_mention is not None and "trader" in q.speaker_mention


def test_the_subject_of_a_relative_clause_before_a_colon_is_not_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Climber\nNadia Orlov has climbed all fourteen peaks above 8,000 metres.\n"
        "I put to Orlov the question she hears at every lecture: “Why risk it?”\n"
        "“Because staying home is a risk too,” she says."
    )
    asked, answer = quotes(nlp, text)
    assert asked.speaker is None
    assert answer.speaker == "Nadia Orlov"


def test_an_unnamed_aide_of_a_body_is_not_the_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Budget vote\nThe Assembly Democrats have not yet scheduled a vote. "
        "An Assembly Democrats aide, speaking on condition of anonymity, was blunt: “The votes are not there.”"
    )
    q = quotes(nlp, text)[-1]
    assert q.speaker is None and q.speaker_mention is not None and "aide" in q.speaker_mention


def test_kin_nouns_give_a_gender(nlp) -> None:  # type: ignore[no-untyped-def]
    from attribution.people import People

    assert People.noun_gender("niece") == "female" and People.noun_gender("grandson") == "male"
    assert People.describes_a_person("aide") and People.describes_a_person("intern")


def test_slashed_patronymics_keep_the_whole_name_and_its_gender(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Strike\n“The drivers will stay out,” union secretary Meenakshi a/p Subramaniam said on Friday.\n"
        "Her deputy, Ganesan a/l Muniandy, agreed. “We have no choice,” he said. “None,” she added."
    )
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["Meenakshi a/p Subramaniam", "Ganesan a/l Muniandy", "Meenakshi a/p Subramaniam"]


def test_tan_sri_is_a_style_but_tan_alone_a_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ports\n“Volumes are recovering,” said Tan Sri Rahmat Ismail, the port authority chairman.\n"
        "“Slowly,” said shipping analyst Tan Mei Fong."
    )
    first, second = quotes(nlp, text)
    assert first.speaker == "Rahmat Ismail"
    assert second.speaker == "Tan Mei Fong"


def test_a_capitalised_role_after_the_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Floods\nSpeaking at the briefing, the Director of the agency, Dr. Ama Boateng, said:\n"
        "“The rivers are still rising.”\n"
        "The Regional Water Director, Dr. Kwesi Mensah, said pumps had been sent. “We are ready,” he said."
    )
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["Ama Boateng", "Kwesi Mensah"]
    names = {e.name for e in people_of(parsed(nlp, text)).entities}
    assert "Regional Water Director" not in names and "Kwesi Mensah" in names
    # a body after “the” keeps its name
    body = "Vote\nA spokesman for the Harbour Executive said it would stay neutral."
    assert "Harbour Executive" in {e.name for e in people_of(parsed(nlp, body)).entities}


@pytest.mark.parametrize(
    "text",
    [
        # a body described by its size in lower case
        "Appeal\nThe Planning Appeals Board upheld the refusal on Monday.\n"
        "The five-member board said the scheme was “overbearing and out of scale”.",
        # a court paper speaks for whoever issued it
        "Appeal\nThe Planning Appeals Board upheld the refusal on Monday in a written ruling.\n"
        "“The design ignores the character of the street,” the ruling said.",
        # “its” paper is the body's in view
        "Appeal\nMarrow Homes Ltd has appealed against the refusal.\n"
        "Its petition calls the decision “irrational and unfair”.",
    ],
)
def test_bodies_speak_through_descriptions_and_their_papers(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    q = quotes(nlp, text)[-1]
    assert q.speaker in ("Planning Appeals Board", "Marrow Homes Ltd")
    assert q.speaker_mention is not None


def test_a_lower_case_role_between_a_body_and_a_name_is_the_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hockey\nAssistant coach Brent Lacoursiere was suspended on Monday.\n"
        "NCHL commissioner Mireille Ouellet-Hart said the league would act on every recommendation.\n"
        "Asked whether the league had failed, the commissioner hesitated. “Yes,” she said."
    )
    doc = parsed(nlp, text)
    role = next(t for t in doc if t.text == "commissioner")
    said = next(t for t in doc if t.text == "said")
    role.dep_, role.head = "nsubj", said  # the small model's reading of a news sentence like this
    ents = {e.name: e for e in people_of(doc).entities}
    assert ents["Mireille Ouellet-Hart"].title == "commissioner"
    assert extract_from_doc(Article(text, "t"), doc).quotes[-1].speaker == "Mireille Ouellet-Hart"


def test_someone_known_only_through_an_unnamed_other_stays_unnamed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rugby inquiry\nRourke, who was suspended in May, resigned on Friday.\n"
        "The father of a former winger, who asked not to be named to protect his son’s privacy, "
        "said the report confirmed what parents had been saying. “Nobody asked us anything,” he said."
    )
    q = quotes(nlp, text)[-1]
    # the unnamed father, not the man named before him
    assert q.speaker is None and q.speaker_mention == "he"


def test_going_on_doing_something_is_no_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bus routes\nCitylink Buses Ltd lost the contract last month. The rival Northway Bus Company said it had followed the rules.\n"
        "A Citylink spokeswoman said the company would continue to run its routes “until the final day”."
    )
    assert quotes(nlp, text)[-1].speaker == "Citylink Buses Ltd"


@pytest.mark.parametrize("body", ["Tasman Power", "Kestrel Plastics", "Harbourside Hotels"])
def test_utility_and_trade_names_are_companies(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        f"Sponsorship\nThe festival’s main sponsor, Nelson-based {body}, renewed its deal this week. "
        "“We are proud to be part of it,” says a spokeswoman for the company."
    )
    assert quotes(nlp, text)[-1].speaker == body


def test_a_caption_of_sentences_is_the_posters_words_but_a_captioned_title_is_not(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lifeboats\nThe Porthleven Lifeboat Trust shared a photo of the new boat on Friday, "
        "captioned: “She’s here. Now the real work begins.”\n"
        "A second photo, captioned “Launch Day”, showed the crew."
    )
    post, title = quotes(nlp, text)
    assert (post.kind, post.speaker) == ("speech", "Porthleven Lifeboat Trust")
    assert (title.kind, title.speaker) == ("nonspeech", None)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # findings and recommendations report what a body concluded
        (
            "Care home\nThe Care Standards Inspectorate published its report on Monday.\n"
            "The inspectorate found that staff had been “stretched beyond safe limits” on night shifts.",
            "Care Standards Inspectorate",
        ),
        (
            "Care home\nThe Care Standards Inspectorate published its report on Monday.\n"
            "The inspectorate recommends that rotas be “rebuilt from scratch” within six months.",
            "Care Standards Inspectorate",
        ),
    ],
)
def test_findings_and_recommendations_are_a_bodys_words(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    q = quotes(nlp, text)[-1]
    assert (q.kind, q.speaker) == ("partial", speaker)


def test_finding_a_thing_is_no_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    q = quotes(nlp, "Lost dog\nA walker found the “very sorry-looking” spaniel on the beach on Sunday.")[-1]
    assert q.speaker is None


def test_the_he_of_a_told_clause_is_the_teller_however_described(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dam trial\nBOISE, Idaho — A hydrologist told jurors Tuesday that he "
        "found heavy seepage at the toe and recommended that the reservoir be lowered “without delay.”\n"
        "Mark Ellery-Quinn, 51, was the first witness called by prosecutors."
    )
    q = quotes(nlp, text)[-1]
    assert q.speaker == "Mark Ellery-Quinn"
    assert q.speaker_mention is not None and "hydrologist" in q.speaker_mention  # the teller, not the he


def test_unquoted_interview_questions_hand_over_to_the_one_answering(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Five minutes with a beekeeper\nMarta Kowalczyk keeps 40 hives on a Lincolnshire roof.\n"
        "Over tea, Kowalczyk answered a few questions.\n"
        "Why bees?\n"
        "“My grandfather kept them. I never stopped.”\n"
        "What is the hardest part?\n"
        "“Winter. You cannot open a hive, so you just wait and worry.”"
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Marta Kowalczyk", "Marta Kowalczyk"]


def test_an_age_description_prefers_who_acted_over_who_was_acted_upon(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Derby\nHawks hooker Tomasi Vea was penalised for a high shot on Collins 30 metres out, wide on the left, "
        "and Moreno-Lyle, who had missed two conversions, asked for the ball.\n"
        "“I knew it was going in,” the 19-year-old said."
    )
    assert quotes(nlp, text)[-1].speaker == "Moreno-Lyle"


def test_the_official_after_an_unnamed_official_stays_unnamed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Town evacuated as Halden Creek wildfire doubles in size\n"
        "The Thompson Valley Regional District issued an evacuation order on Tuesday.\n"
        "Residents asked why no alert was issued. An official with the regional district’s emergency centre, "
        "who spoke on condition of anonymity because they were not authorized to speak, said staff had seen the forecast on Monday.\n"
        "“We all hoped the wind would not show up,” the official said.\n"
        "In a statement, regional district board chair Harold Penrose said the district had acted “as fast as it could”."
    )
    first, second = quotes(nlp, text)
    assert first.speaker is None and second.speaker == "Harold Penrose"


def test_a_creek_is_a_place_not_a_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Pine Hollow evacuated as Birchard Creek wildfire doubles in size\nThe fire jumped the highway on Tuesday.\n“The sky went black,” she said."
    assert "Birchard Creek" not in {e.name for e in people_of(parsed(nlp, text)).entities}


def test_a_trade_opening_the_sentence_before_a_name_is_a_role(nlp) -> None:  # type: ignore[no-untyped-def]
    for trade in ("Upholsterer", "Jeweller"):
        text = f"Parking\n{trade} Gord Hennessy had urged customers to attend. “Come and be heard,” he wrote on Facebook."
        assert quotes(nlp, text)[-1].speaker == "Gord Hennessy"


def test_a_he_or_she_after_a_sentence_about_another_is_no_vote_on_the_subjects_gender(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Obituary\nMáire Ní Bhraonáin, the botanist, has died aged 88.\n"
        "The heritage minister, Rory Tallon, praised her in a post on social media.\n"
        "In her last interview, she was asked about her legacy. “Plant trees,” she said."
    )
    assert quotes(nlp, text)[-1].speaker == "Máire Ní Bhraonáin"


def test_an_obituary_pronoun_opening_a_paragraph_is_the_one_who_died(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Edith Marwood, potter who revived Staffordshire saltglaze, dies aged 90\n"
        "Edith Marwood, whose saltglaze jugs are in museums from Stoke to Kyoto, has died. She was 90.\n"
        "Her former apprentice, James Okoro, said the studio had been “a second home”. "
        "“She never let a bad pot leave the kiln,” he said.\n"
        "She was blunt to the end. Asked in 2019 what she would change, she replied: “Nothing at all.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Edith Marwood"


def test_a_relative_who_just_spoke_keeps_the_shared_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Edith Marwood, potter, dies aged 90\nEdith Marwood has died. She was 90.\n"
        "Her daughter, Ruth Marwood, said the family had been overwhelmed by messages.\n"
        "“Mum made everyone feel part of the work,” she said.\n"
        "“She used to say the kiln keeps its own counsel,” Ms Marwood added."
    )
    assert quotes(nlp, text)[-1].speaker == "Ruth Marwood"


def test_a_feature_headline_gives_the_words_then_whose_they_are(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“I never wanted to be a chef”: Priya Ramanathan on fire, failure and her first kitchen\n"
        "LEEDS - The restaurant sits in a former tram shed. Ramanathan, 44, opened it in 2015."
    )
    q = quotes(nlp, text)[0]
    assert (q.speaker, q.kind) == ("Priya Ramanathan", "speech")
    # a headline whose colon leads to something other than a person gives no one the words
    assert quotes(nlp, "“Pay us what we are worth”: nurses strike across the north\nNurses walked out.")[0].speaker is None


def test_an_age_in_an_appositive_lets_the_age_find_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Vote\nDame Alison Pryor, a 68-year-old former whip who sits on the back benches, voted with the government.\n"
        "Councillor Tom Baines said the result was “a disgrace”.\n"
        "Speaking afterwards, the 68-year-old said she had voted “with real regret”."
    )
    assert quotes(nlp, text)[-1].speaker == "Alison Pryor"


def test_a_cue_in_a_by_phrase_belongs_to_the_sentence_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Schools\nEducation secretary Ruth Okeke closed the conference by arguing the reforms would make schools “kinder and braver”."
    q = quotes(nlp, text)[-1]
    assert (q.speaker, q.kind) == ("Ruth Okeke", "partial")


def test_a_relative_clause_without_that_keeps_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Obituary\nShe spent years opposing a quarry at Hollin Edge, a scheme the developer’s managing director, "
        "Graham Bassett, once described as “vanity dressed as conservation”."
    )
    q = quotes(nlp, text)[-1]
    assert (q.speaker, q.kind) == ("Graham Bassett", "partial")


def test_a_thing_named_in_quotes_never_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bank launches app\nHarbourline Bank launched a savings program called “CoinNest,” in June.\n"
        "Analyst Jo Marr called CoinNest “a smart bet”. CoinNest sign-ups beat the target by 30%."
    )
    assert "CoinNest" not in {e.name for e in people_of(parsed(nlp, text)).entities}


def test_the_company_is_the_articles_company_not_one_named_in_passing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kestrel Foods profit falls\nShares of Kestrel Foods Plc fell 8% on Tuesday after the snack maker cut its forecast.\n"
        "Chief executive Ama Mensah said costs had risen sharply.\n"
        "Analyst Tom Reyes of Wexford Capital Partners called the cut “overdue”.\n"
        "The company also said it was recalling 20,000 bags of crisps because of what it called “foreign material”."
    )
    assert quotes(nlp, text)[-1].speaker in ("Kestrel Foods", "Kestrel Foods Plc")
    # (and “Shares of” opening the sentence is no part of the company's name)
    assert not any(e.name.startswith("Shares") for e in people_of(parsed(nlp, text)).entities)


def test_as_someone_put_it_after_a_fragment_gives_its_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cup tie\nThe visitors led at the break.\n"
        "But Dunmore, beaten in their last four games, played the second half ‘like men possessed’, as their manager later put it.\n"
        "Dunmore manager Kofi Boateng said the team talk had been short."
    )
    q = quotes(nlp, text)[0]
    assert (q.kind, q.speaker) == ("partial", "Kofi Boateng")


def test_a_lead_document_speaks_for_the_author_named_just_after(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ferry sinking report\nNORTHPORT — An official investigation into the sinking of the ferry Gannet has found "
        "that lifejacket checks had become “a box-ticking ritual”.\n"
        "The 80-page report by the Maritime Accident Board, released on Wednesday, says crew had not drilled for a year."
    )
    assert quotes(nlp, text)[0].speaker == "Maritime Accident Board"


def test_a_mining_company_keeps_its_full_name_and_its_shaft_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mine deaths\nTwo miners died at Luanshya Nickel Mines’ No. 2 Shaft in May.\n"
        "Luanshya said in a statement that it “deeply regrets the loss of our colleagues”."
    )
    names = {e.name for e in people_of(parsed(nlp, text)).entities}
    assert "Shaft" not in names
    assert quotes(nlp, text)[-1].speaker == "Luanshya Nickel Mines"


def test_a_headline_description_is_the_person_the_lead_names_with_that_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rowing club historian says regatta could be “a year late”\n"
        "The Marlow Rowing Club has spent two years planning its 150th regatta.\n"
        "There is just one snag, says club historian Imogen Faraday-Holt: the club may have been founded a year earlier."
    )
    assert quotes(nlp, text)[0].speaker == "Imogen Faraday-Holt"


@pytest.mark.parametrize(
    ("body", "short"),
    [("Tanjung Marin Holdings Sdn Bhd", "TMH"), ("Kestrel Aero Systems Ltd", "KASL")],
)
def test_a_company_with_a_legal_form_is_a_company_and_its_initials_are_it(nlp, body: str, short: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        f"Sea wall delays\nMPs want the main contractor, {body} ({short}), to appear before a committee.\n"
        f"A spokesman for {short} said the company had “met every milestone”."
    )
    assert quotes(nlp, text)[-1].speaker == body


def test_a_title_with_its_brief_before_a_name_is_that_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bridge delays\nPerak state executive councillor for infrastructure Nurul Aini Hamzah, whose state government "
        "belongs to a different coalition, said the state had been “kept in the dark” about the delays."
    )
    assert quotes(nlp, text)[-1].speaker == "Nurul Aini Hamzah"


def test_a_role_several_hold_is_the_one_the_paragraph_before_was_about(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Reshuffle\nTransport minister Alan Greaves was moved to the Home Office. Housing minister Joan Pike kept her post.\n"
        "Defence minister Ruth Carney replaced him. ‘I am honoured,’ Carney said at the department.\n"
        "The new minister said her priority would be ‘getting the trains running’."
    )
    assert quotes(nlp, text)[-1].speaker == "Ruth Carney"


def test_a_name_compounded_onto_a_product_noun_is_a_product(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Outage\nA day-long outage of Halvard Software's ShelfSense inventory platform left shops unable to order.\n"
        "The company apologised in a blog post on Monday.\n“We let our customers down,” the post said."
    )
    assert "ShelfSense" not in {e.name for e in people_of(parsed(nlp, text)).entities}
    assert quotes(nlp, text)[-1].speaker == "Halvard Software"


def test_a_pronoun_after_a_paragraph_about_someones_spouse_is_that_someone(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Drought\nFarmer Ruth Hendry has lost most of her wheat to the drought.\n"
        "Agronomist Grace Obi says drought trials have failed for three years.\n"
        "Back at the farm, Hendry’s husband, Mark, drives up and the two of them look at the dam for a while.\n"
        "“We’ll plant again in spring,” she says."
    )
    assert quotes(nlp, text)[-1].speaker == "Ruth Hendry"


def test_the_report_keeps_the_author_it_was_given_and_speaks_through_a_colon(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Pier unsafe\nThe Coastal Structures Agency has warned that Eastbay pier could collapse.\n"
        "The report, released on Tuesday, found that two piles had “lost half their section”.\n"
        "Councillor Ann Hale said the council had not been told.\n"
        "Mayor Tom Reid said repairs would start in May.\n"
        "Fishermen said they would keep using the pier.\n"
        "The report ends with a stark warning:\n"
        "“The structure should be closed until it is rebuilt.”"
    )
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["Coastal Structures Agency", "Coastal Structures Agency"]


def test_a_copy_of_which_is_no_speaker_and_the_memo_speaks_for_its_author(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Layoffs\nIn an internal memo to staff, chief executive Priya Nandakumar described the cuts as “the hardest decision”. "
        "She wrote that the firm had “grown too fast.”\n"
        "The memo, a copy of which was seen by Harbour Wire, continued:\n"
        "“Over the past year we cut costs, froze hiring and halved marketing.”"
    )
    q = quotes(nlp, text)[-1]
    assert q.speaker == "Priya Nandakumar" and q.speaker_mention != "a copy"


def test_an_appeal_gives_the_words_of_whoever_appealed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Floods\nIn a post on its page, the Regional Relief Office appealed to mayors to "put politics aside until every family is fed."'
    q = quotes(nlp, text)[-1]
    assert (q.kind, q.speaker) == ("partial", "Regional Relief Office")
    text = (
        "Wildfire\n“Most people have left,” fire service spokesperson Dana Whitehorse said on Monday.\n"
        "The spokesperson pleaded with anyone still in the valley to leave: “If you are told to go, go.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Dana Whitehorse"


def test_indian_honorifics_and_initial_led_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chit fund bail\nOpposing the plea, Public Prosecutor Smt. K. Vasanthi told the bench the claims were “a familiar script”.\n"
        "“Every accused discovers a heart ailment after arrest,” she said.\n"
        "The depositors’ association president, Shri M. Sundaralingam, said it was “the first good news in a year”."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["K. Vasanthi", "K. Vasanthi", "M. Sundaralingam"]


def test_a_filipino_dela_surname_links_back_to_the_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fintech funding\nChief technology officer Ramon Antonio Dela Rosa joined in 2021.\n"
        "“The data should help families, not collectors,” Dela Rosa said."
    )
    assert quotes(nlp, text)[-1].speaker == "Ramon Antonio Dela Rosa"


def test_the_party_is_the_party_in_view_whatever_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Election\nThe Civic Action Party is contesting 14 seats against the National Unity Congress (NUC).\n"
        "The NUC hit back on Thursday. In a post on its pages, the party said the CAP offered “slogans, not solutions”."
    )
    assert quotes(nlp, text)[-1].speaker == "National Unity Congress"


def test_a_message_someone_sent_is_theirs_not_the_readers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fraud bail\nProsecutor Anita Rao said the firm had misled depositors.\n"
        "She then read out a message allegedly sent by Venkatesh Iyer to a branch manager: "
        "“Collect whatever you can this week.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Venkatesh Iyer"


def test_a_possessive_inside_a_bodys_name_keeps_the_name_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Fraud case\nIn a statement, the opposition Farmers’ Justice Front and the Women’s Rights Front said the State “slept through every warning”."
    names = {e.name for e in people_of(parsed(nlp, text)).entities}
    assert "Women’s Rights Front" in names or "Women's Rights Front" in names


def test_a_role_before_an_unknown_given_name_leaves_it_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Budget row\nParty leader Abdirahman Ali Warsame went further on X, writing: “Publish the list.”"
    assert quotes(nlp, text)[-1].speaker == "Abdirahman Ali Warsame"


def test_an_office_by_its_initials_is_its_holder(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fertiliser row\nTrade Cabinet Secretary Dr Wanjiru Kamau-Otieno defended the scheme on Monday.\n"
        "The CS also accused the opposition of having “a short memory”."
    )
    ents = {e.name: e for e in people_of(parsed(nlp, text)).entities}
    assert ents["Wanjiru Kamau-Otieno"].title == "Trade Cabinet Secretary"  # (the office, not the doctorate)
    assert quotes(nlp, text)[-1].speaker == "Wanjiru Kamau-Otieno"


# A reviewer's reproductions of ways this session's new rules misfired, each mended.
@pytest.mark.parametrize(
    ("text", "index", "speaker"),
    [
        # an accident report is no obituary, and a woman who just spoke keeps her she
        (
            "Woman, 82, dies in house fire\nMargaret Brown, 82, died in a fire at her home in Leeds on Tuesday night.\n"
            "Her neighbour, Sue Allen, said she had heard a loud bang shortly after midnight.\n"
            "She said: “I ran outside and the whole front room was in flames.”",
            -1, "Sue Allen",
        ),
        (
            "Actor Jane Doe dies aged 81\nJane Doe, the stage and screen actor, has died at her home in London, her family said.\n"
            "“She was the funniest person I knew,” her daughter, Emma Doe, said on Tuesday.\n"
            "She added: “We will miss her every single day.”",
            -1, "Emma Doe",
        ),
        # a pseudonym the paper gives someone is no thing
        (
            "Nurses describe burnout\nStaff at the hospital say they are exhausted.\n"
            "One nurse, whom we have called “Sarah” to protect her identity, has worked there for ten years.\n"
            "“Some nights I cry in the car park,” Sarah said.",
            -1, "Sarah",
        ),
        # a body whose name opens on a plural and “of”
        ("Veterans group criticises cuts\nMinisters announced the cuts on Monday.\nVeterans of Foreign Wars said the cuts were “a betrayal”.", -1, "Veterans of Foreign Wars"),
        # a headline names whom the words are about, not who said them
        ("‘He was our hero’: John Smith's family pays tribute after crash\nThe family of a man killed in a crash have paid tribute to him.", 0, None),
        ("‘Liar’: Boris Johnson attacked by former aide\nBoris Johnson was attacked by his former aide on Monday.", 0, None),
        # a business unit is its company speaking
        ("Carmaker recalls vehicles\nThe recall covers 40,000 cars sold since 2021.\n“Safety is our first priority,” the Volvo truck unit said.", -1, "Volvo"),
        # a question that names who answers is no bare interviewer's question
        (
            "Hospital under pressure\nWaiting times at St Mary's Hospital have doubled in a year, figures show.\n"
            "“Staff are exhausted,” said Unison's regional organiser, Tom Reed.\n"
            "So what does Dr Amir Patel, the hospital's chief executive, make of the criticism?\n"
            "“Frankly, it is unfair. Our staff work incredibly hard.”",
            -1, "Amir Patel",
        ),
        # an investigation does not speak through a text someone else sent
        (
            "Fraud trial hears of texts\nThe Serious Fraud Office charged Daniel Okafor, 42, in March.\n"
            "The investigation centred on a text message Okafor sent his brother in 2019: “Get rid of the laptop tonight.”",
            -1, "Daniel Okafor",
        ),
        ("Leaked memo\nThe Treasury memo was leaked to the Guardian on Monday.\nThe document contains a handwritten note from the prime minister in the margin: “Not now.”", -1, None),
        # a surname that is also a legal form, and a body word that is also a person noun
        ("Flood-control scandal\nThe Senate resumed its hearing on Monday.\nZaldy Co denied the allegations in a video statement.\n“I have done nothing wrong,” Co said.", -1, "Zaldy Co"),
        ("Storm response\nThousands of homes were without power on Monday.\n“Our soldiers are on the ground,” the National Guard said in a statement.", -1, "National Guard"),
        # a legal appeal reports nothing
        ("Ban appeal\nSprinter Jane Holt has appealed against a four-year ban imposed by a tribunal that called her evidence “wholly unconvincing”.", -1, None),
        # what investigators found the pilot radioed is not the investigators' words
        ("Crash report\nThe plane crashed in May.\nInvestigators found that the pilot had radioed “we have lost both engines” seconds before impact.", -1, None),
    ],
)
def test_the_reviewed_misfires_stay_mended(nlp, text: str, index: int, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    assert quotes(nlp, text)[index].speaker == speaker


def test_a_deputy_is_not_the_office_by_its_initials(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Man charged\nDeputy Attorney General Tom Reed announced the charges on Friday.\n“No one is above the law,” the AG said in a separate statement."
    assert quotes(nlp, text)[-1].speaker != "Tom Reed"


def test_a_rank_opening_the_sentence_stays_in_the_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Council news\nDeputy mayor Priya Nandakumar opened the session. Acting chief executive Owen Hale spoke next."
    ents = {e.name: e for e in people_of(parsed(nlp, text)).entities}
    assert ents["Priya Nandakumar"].title == "Deputy mayor"
    assert ents["Owen Hale"].title == "Acting chief executive"


def test_the_office_is_not_its_deputy(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Port board meets\nDeputy chairman Ravi Menon said the board had met twice this month.\n"
        "“We are not selling the terminal,” the chairman said."
    )
    assert quotes(nlp, text)[-1].speaker != "Ravi Menon"
    text = "Port board meets\nDeputy chairman Ravi Menon opened the meeting.\n“We are not selling,” the deputy chairman said."
    assert quotes(nlp, text)[-1].speaker == "Ravi Menon"


def test_an_office_nobody_was_given_is_held_by_the_one_in_view(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bank keeps rates on hold\nSheikh Faris bin Omar al-Qadi, who has run the central bank since 2017, told reporters that prices had cooled.\n"
        "Reading from a prepared text, the governor said: “The committee sees no case for a cut.”\n"
        "Traders had expected the decision, said Lina Haddad, an economist at Gulfstar Capital.\n"
        "The governor would not give a date. “Patience is the policy,” he said."
    )
    found = quotes(nlp, text)
    assert found[0].speaker == "Faris bin Omar al-Qadi"
    assert found[-1].speaker == "Faris bin Omar al-Qadi"  # (the office, once found, stays his)


def test_an_office_is_not_given_to_someone_with_another_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bank keeps rates on hold\nLina Haddad, an economist at Gulfstar Capital, said prices had cooled.\n"
        "The governor said: “The committee sees no case for a cut.”"
    )
    assert quotes(nlp, text)[-1].speaker != "Lina Haddad"


def test_a_persons_surnames_alone_are_that_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Nurses strike\nThe union is led by Ana Lucía Ferreira de la Cruz, a former midwife.\n"
        "Ferreira de la Cruz said the strike would go on. “We are not moving,” she said."
    )
    assert quotes(nlp, text)[-1].speaker == "Ana Lucía Ferreira de la Cruz"
    # (a shorter name that opens on a given name is someone else)
    text = "Court case\nMary Ann Stokes sued the council in May.\nAnn Stokes, her cousin, said: “She was right.”"
    assert quotes(nlp, text)[-1].speaker == "Ann Stokes"


def test_a_body_after_the_role_is_no_part_of_the_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Football row\nPORT OF SPAIN – The president of the Tobago Netball Council (TNC), Kerwin Ali-Baptiste, yesterday accused four members of his own executive of a plot.\n"
        "“I am not going anywhere,” he said."
    )
    ents = {e.name: e for e in people_of(parsed(nlp, text)).entities}
    assert ents["Kerwin Ali-Baptiste"].kind == "person" and ents["Kerwin Ali-Baptiste"].title == "president"
    assert quotes(nlp, text)[-1].speaker == "Kerwin Ali-Baptiste"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mine row\nThe union's general secretary, Comrade Efua Mansa Quaye, spoke to reporters.\n“We warned them,” Comrade Quaye said.", "Efua Mansa Quaye"),
        ("Drought\nThe provincial minister, Cde Tafadzwa Moyo, visited the village.\n“No one will starve,” Moyo said.", "Tafadzwa Moyo"),
        ("Drought\nGogo Rudo Sibanda, 81, lives with four grandchildren.\n“We eat once a day,” Gogo Sibanda said.", "Rudo Sibanda"),
        ("Protest\nPolice spokesperson ASP Grace Namata said the crowd had been warned.\n“Those arrested will be charged,” she said.", "Grace Namata"),
        ("Mine row\nMadam Adwoa Nyarko, a trader, waited at the gate.\n“I am still waiting,” Madam Nyarko said.", "Adwoa Nyarko"),
    ],
)
def test_styles_of_respect_are_no_part_of_a_name(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(nlp, text)[-1].speaker == speaker


def test_someone_whose_kin_are_named_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mine collapse\nRelatives waited at the gate. Esi Ampofowaa, whose son Kwesi is among the trapped men, held his jacket. "
        "“He promised to call me on Sunday,” she said."
    )
    ents = {e.name: e for e in people_of(parsed(nlp, text)).entities}
    assert ents["Esi Ampofowaa"].kind == "person"


def test_a_company_noun_opening_a_sentence_is_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mine collapse\nPart of a tunnel collapsed at the Tano Hills Gold Limited concession on Sunday.\n"
        "Company spokesman Kojo Arthur rejected the union's account.\nThe company said the rescue would go on “around the clock”."
    )
    assert all(e.name != "Company" for e in people_of(parsed(nlp, text)).entities)
    assert quotes(nlp, text)[-1].speaker == "Tano Hills Gold Limited"


def test_where_someones_family_came_from_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rally\nMarco Ibarra spoke in Erie on Monday.\nThe 58-year-old, whose parents emigrated from Sinaloa, has built his pitch on jobs.\n"
        "“Every town has the same story,” he told the crowd."
    )
    assert all(e.name != "Sinaloa" for e in people_of(parsed(nlp, text)).entities)
    assert quotes(nlp, text)[-1].speaker == "Marco Ibarra"


def test_a_name_with_a_nickname_inside_is_a_person_named_formally(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Inside the kitchen of Tavi Fonoti\nAt dawn Taviana “Tavi” Fonoti is haggling over snapper.\n"
        "“Look at the gills,” she says."
    )
    assert quotes(nlp, text)[-1].speaker == "Taviana Fonoti"


def test_a_demonym_with_an_article_is_a_description(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Final preview\nHis opposite number, Kieran Doyle-Marsh, gave little away. The visiting coach, a Scotsman who spent a decade in Perth, "
        "named an unchanged side.\n“We will be ready,” he said."
    )
    assert all(e.name != "Scotsman" for e in people_of(parsed(nlp, text)).entities)
    assert quotes(nlp, text)[-1].speaker == "Kieran Doyle-Marsh"


def test_analysts_at_a_firm_speak_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bid rejected\nThe board met on Monday.\n"
        "Analysts at Harwick Partners said in a note that an offer of “at least 600p” would probably be needed, adding: “The first bid was a probe.”"
    )
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["Harwick Partners", "Harwick Partners"]
    # (people of a place who do something else are no speakers for it)
    text = "Panda cubs\nKeepers at Ridgeway Zoo are using a method sometimes called “cub swapping” to feed both twins."
    assert quotes(nlp, text)[-1].speaker is None


def test_the_board_of_a_company_speaks_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Takeover\nThe board of Ashby Fasteners, the Derby-based maker of bolts, has rejected a hostile offer from Italy's Gruppo Verdi, "
        "calling it “opportunistic”."
    )
    assert quotes(nlp, text)[-1].speaker == "Ashby Fasteners"


def test_haji_and_khun_are_styles(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Smelter\nNot everyone wants the project stopped. Haji Abdul Karim Daeng Tola, who runs a guesthouse used by contractors, "
        "said the region needed the work.\n“Young people can stay home now,” the 62-year-old said."
    )
    assert quotes(nlp, text)[-1].speaker == "Abdul Karim Daeng Tola"


def test_a_particle_between_a_given_name_and_a_surname_the_tagger_missed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "School row\nGethin ap Dafydd, whose twin sons are in Year 3, said the change had ‘given us our evenings back’.\n‘We argue less,’ he said."
    assert [q.speaker for q in quotes(nlp, text)] == ["Gethin ap Dafydd", "Gethin ap Dafydd"]


def test_a_named_animal_is_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dog found alive\nPepper, a three-year-old Jack Russell cross, vanished down a hole on Saturday.\n"
        "Pepper was checked over by Dr Nadia Kerr-Whitfield at the surgery. “She has lost a kilo,” she said."
    )
    names = {e.name for e in people_of(parsed(nlp, text)).entities}
    assert "Pepper" not in names and "Jack Russell" not in names
    assert quotes(nlp, text)[-1].speaker == "Nadia Kerr-Whitfield"


def test_det_con_is_a_rank(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Drone sentence\nAfter the hearing, Det Con Amy Rourke, of Wearside Police, said residents had shown ‘real courage’."
    assert quotes(nlp, text)[-1].speaker == "Amy Rourke"


def test_a_hyphened_surname_that_opens_like_a_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Boxing club\nHer coach, Rémi St-Laurent, a former champion, still remembers her.\n“She was tiny,” St-Laurent said."
    assert quotes(nlp, text)[-1].speaker == "Rémi St-Laurent"
    # (but a title hyphened to a word that is no name is still a title)
    text = "Election night\nPremier-elect Dana Kovac spoke to supporters.\n“We did it,” Kovac said."
    assert quotes(nlp, text)[-1].speaker == "Dana Kovac"


def test_a_sikh_name_is_a_person_named_in_full(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Surrey boxer Harleen Sandhu-Brar heads to nationals\nThe only sound in the gym is the thud of Harleen Kaur Sandhu-Brar’s gloves.\n"
        "“It took nine years,” Sandhu-Brar said."
    )
    assert quotes(nlp, text)[-1].speaker == "Harleen Kaur Sandhu-Brar"


def test_a_saints_name_after_in_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sermon row\nThe presiding bishop of the Zion Covenant Assembly, Bishop Dr Lloyd Campbell-Reid, has drawn sharp responses after a sermon.\n"
        "The sermon was delivered at the church’s headquarters on Old Hope Road in St Catherine and streamed live online.\n"
        "‘We bury our sons on Saturday,’ the 66-year-old told worshippers."
    )
    names = {e.name for e in people_of(parsed(nlp, text)).entities}
    assert "Catherine" not in names and not any("Road" in n for n in names)
    assert quotes(nlp, text)[-1].speaker == "Lloyd Campbell-Reid"  # (past a paragraph that names nobody)


def test_a_former_office_in_a_place_is_still_held_by_the_one_in_view(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Campaign trail\nMarco Ibarra spoke for an hour at the old foundry in Erie on Tuesday.\n"
        "The former New Mexico governor said: “I am not going anywhere.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Marco Ibarra"


def test_an_account_speaks_for_its_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Buzzer-beater\nHarmon State beat Ridgeline 78-74 on Saturday.\n"
        "Harmon State’s official basketball account posted a photo of the winning shot, captioned “FROM. DEEP.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Harmon State"


def test_the_email_speaks_for_whoever_sent_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Layoffs\nDana Whitlock, Corvex's chief people officer, followed up with an email to managers on Tuesday.\n"
        "“Please do not contact affected staff after 10 a.m.,” the email said."
    )
    assert quotes(nlp, text)[-1].speaker == "Dana Whitlock"
    # (an email an unnamed person sent is nobody's we know, not the body's in view)
    text = (
        "Bridge inquiry\nThe Hembury Trust owns the bridge.\nThe inquiry heard from an internal email, sent by a council asset manager in 2022, "
        "which described the work as ‘desirable but not essential’."
    )
    assert quotes(nlp, text)[-1].speaker is None


def test_a_persons_surname_again_is_that_person_whatever_the_words_around_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ocean report\nOn a grey morning, Dr Hinemoa Te Rangi-Parata is leaning over the stern of the research vessel.\n"
        "Te Rangi-Parata, who grew up diving near Kaikōura, says the findings matter.\n"
        "Back on the vessel, the frame breaks the surface, streaming water. Te Rangi-Parata counts the bottles, then counts them again.\n"
        "“Every one of these is a time capsule,” she says."
    )
    assert {e.name for e in people_of(parsed(nlp, text)).entities if "Rangi" in e.name} == {"Hinemoa Te Rangi-Parata"}


def test_praise_reports_the_praisers_words(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Book review\nOther critics have been kinder. Writing in the Harbour Review, Ciarán Moylan called the novel ‘a quiet triumph’, "
        "while Anita Deshpande, in the Western Quarterly, praised its ‘patient intelligence’."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Ciarán Moylan", "Anita Deshpande"]


def test_an_age_set_off_after_a_description_is_its_age(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dog found alive\nPepper vanished on Saturday while chasing what owner Claire Ostrowski, 41, believes was a rabbit.\n"
        "Her neighbour Tom Baxter, 70, searched the moor with her until dark.\n"
        "“I had started to prepare the girls for the worst,” the hairdresser, 41, said."
    )
    assert quotes(nlp, text)[-1].speaker == "Claire Ostrowski"


def test_the_group_just_introduced_as_one_is_the_group(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Smelter paused\nThe Borneo Nickel Group and Malaysia's Tanjung Mining said on Tuesday the smelter would pause for 60 days.\n"
        "Police detained 11 protesters last week, a move criticised by the environmental group Lautan Hijau.\n"
        "“Arresting fishermen is not how a responsible investor behaves,” the group said."
    )
    ents = {e.name: e for e in people_of(parsed(nlp, text)).entities}
    assert "Borneo Nickel Group" in ents and ents["Lautan Hijau"].kind == "organisation"
    assert quotes(nlp, text)[-1].speaker == "Lautan Hijau"


def test_a_given_name_the_tagger_called_a_word_still_opens_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Smelter\nAnalysts were divided on how much the delay matters. Wannaporn Sukjai of Chao Phraya Capital said in a note "
        "that a 60-day pause was “manageable”.\n“Investors are less worried,” she wrote."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Wannaporn Sukjai", "Wannaporn Sukjai"]


# A reviewer's reproductions of ways this session's new rules misfired, each mended.
@pytest.mark.parametrize(
    ("text", "index", "speaker"),
    [
        # an office nobody was given is not whoever did something just before
        ("Court\nDaniel Ortega-Ruiz pleaded not guilty on Tuesday.\n“The evidence is thin,” the judge said.", -1, None),
        ("Storm\nKaren Doyle worked through the night at the shelter as the storm hit.\n“We need more help,” the governor said at a briefing.", -1, None),
        ("Race\nAmy Reed campaigned in Tucson on Sunday.\n“She will lose,” the former New Mexico governor said.", -1, None),
        # an age description does not reach past someone unnamed
        (
            "Fire\nFire chief Ann Boyd said crews arrived within six minutes.\nA teenager who lives next door dragged the family's dog from the flames.\n"
            "“I just ran in without thinking,” the 16-year-old said.",
            -1, None,
        ),
        # ranks below an office, spelt out
        ("Ceremony\nLieutenant Governor Ruth Okafor attended the ceremony on Monday.\n“This is a good day,” the governor said.", -1, None),
        ("Update\nAssistant Chief Constable Sam Porter gave an update on Friday.\n“We have made two arrests,” the chief constable said.", -1, None),
        # a family name written first is no pair of surnames
        (
            "Noodles\nZhang Wei Ming founded the noodle shop in 1990. His nephew, Wei Ming, now runs the kitchen.\n“I learned everything from my uncle,” Wei Ming said.",
            -1, "Wei Ming",
        ),
        # a style that is also a given name needs a full name after it
        ("Concert\nNana Mouskouri returned to the stage in Athens on Friday.\n“I missed my audience,” Nana Mouskouri said.", -1, "Nana Mouskouri"),
        # a surname that is also a group noun
        ("Schools\nRudy Crew, the former schools chancellor, met parents on Monday.\nCrew told them the plan would work: “Give it a year.”", -1, "Rudy Crew"),
        # nicknames and figures of speech are no animals
        ("Rugby\nMaro Itoje, a two-time Lion, will captain England on Saturday.\n“It is the biggest honour of my career,” Itoje said.", -1, "Maro Itoje"),
        ("Pub\nTom Barrow, a bear of a man, has run the pub for thirty years.\n“I love this place,” Barrow said.", -1, "Tom Barrow"),
        # Con spelt out is a given name
        ("Court\nDetective Con Murphy told the court the car had been stolen.\n“The keys were still in it,” Murphy said.", -1, "Con Murphy"),
        # an office-elect hyphened is still a title
        ("Mayor\nMayor-Elect Dana Whitfield met outgoing officials on Tuesday.\n“We will hit the ground running,” Whitfield said.", -1, "Dana Whitfield"),
        # a parody account is nobody's voice; a message received is not the receiver's
        ("Parody\nA parody account of Mayor Ellen Pratt posted “I am cancelling Christmas” on Friday.\nPratt's office said the account was fake.", 0, None),
        ("Scam\nGary Pike woke up with a message on his phone.\n“You owe £40,000,” the message said.", -1, None),
        # praise for someone's warning reports the warner
        ("Wards\nThe committee chair, Tom Reid, praised Dr Sara Ahmed for warning that “wards are at breaking point”.", -1, "Sara Ahmed"),
    ],
)
def test_the_second_review_misfires_stay_mended(nlp, text: str, index: int, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    assert quotes(nlp, text)[index].speaker == speaker


def test_an_office_of_a_brief_before_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Strike\nAt a press conference, Undersecretary of Public Works Andrés Felipe Rojas Quintero went further, saying the union had "
        "“walked away from a deal”.\n“A strike is never neutral,” Rojas said."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Andrés Felipe Rojas Quintero"] * 2


def test_a_bodys_short_name_after_or(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Nurses strike\nThe strike was called by the Federation of Southern Health Workers, or Fesaludsur, which represents 900 nurses.\n"
        "Late on Thursday, Fesaludsur announced a march. “We march tomorrow,” the post read."
    )
    assert quotes(nlp, text)[-1].speaker == "Federation of Southern Health Workers"


def test_an_office_in_capitals_set_before_a_doctors_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fee protest: VC says “no going back”\nPolice fired teargas at students on Monday.\n"
        "The Vice Chancellor, Prof. Grace Nakato-Okello, defended the increase in a statement."
    )
    ents = {e.name: e for e in people_of(parsed(nlp, text)).entities}
    assert ents["Grace Nakato-Okello"].title == "Vice Chancellor"
    assert quotes(nlp, text)[0].speaker == "Grace Nakato-Okello"


def test_an_office_with_its_brief_set_before_an_honourables_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fee protest\nThe Minister of State for Higher Education, Hon. Dr Ruth Nankya-Ocen, said she had summoned the university leadership.\n"
        "In a post on her official account, the minister wrote: “Violence will not solve this.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Ruth Nankya-Ocen"


def test_a_participle_describing_a_thing_is_no_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Strike\nThe carmaker said it respected the right to strike. Chief executive Dr. Anke Vollmer later repeated the message "
        "in a video posted on the company’s website: “Our door is open.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Anke Vollmer"


def test_a_persons_writing_speaks_for_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ocean report\nThe third author, Dr Tevita Lolohea, an oceanographer, modelled the effect on fisheries. "
        "His chapter concludes that catches could fall by “a fifth or more” by 2050."
    )
    assert quotes(nlp, text)[-1].speaker == "Tevita Lolohea"


def test_a_message_given_whole_is_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Awards snub\nThe singer Rosa Ilunga was shut out. Ilunga posted, then deleted, a message that read “It’s fine. Everything is fine.”"
    q = quotes(nlp, text)[-1]
    assert (q.kind, q.speaker) == ("speech", "Rosa Ilunga")
    text = "Buzzer-beater\nHarmon State’s official basketball account posted a photo of the winning shot, captioned “FROM. DEEP.”"
    assert quotes(nlp, text)[-1].kind == "speech"


def test_the_surnames_of_a_three_part_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Council debate\nHer Chilean counterpart, Valentina Soto Arriagada, rejected that argument.\n"
        "Soto Arriagada, speaking through an interpreter, told the council: “We are asking who will stop it.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Valentina Soto Arriagada"


def test_the_portuguese_do_inside_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Deforestation\nThey do Christmas early in the village, said Maria Clara do Amaral, a local organiser.\n"
        "“We have names and bank transfers,” Amaral said."
    )
    assert quotes(nlp, text)[-1].speaker == "Maria Clara do Amaral"


def test_a_mission_is_named_with_where_it_is_accredited(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Security Council\nThe council met on Tuesday to vote on a humanitarian text.\n"
        "In a statement, the Permanent Mission of Norland to the United Nations called the vote “theatre staged for the cameras”."
    )
    assert quotes(nlp, text)[-1].speaker == "Permanent Mission of Norland to the United Nations"


def test_the_unnamed_one_just_met_is_meant_not_a_named_one_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ceasefire talks\nIngrid Solheim, a veteran Norwegian diplomat, told the council that talks would go on.\n"
        "A senior diplomat who spoke on condition of anonymity said the concession came too late.\n"
        "“Everyone in that room knows where the votes are,” the diplomat said."
    )
    assert quotes(nlp, text)[-1].speaker is None
    # (the named one is meant when no unnamed one came after her)
    text = (
        "Ceasefire talks\nA senior diplomat who spoke on condition of anonymity said the concession came too late.\n"
        "Ingrid Solheim, a veteran Norwegian diplomat, told the council that talks would go on.\n"
        "“We will keep talking,” the diplomat said."
    )
    assert quotes(nlp, text)[-1].speaker == "Ingrid Solheim"


# The late rules' misfires a second reviewer reproduced, each mended.
@pytest.mark.parametrize(
    ("text", "index", "speaker"),
    [
        # a person named already is no body's short name
        (
            "Rates decision\nJerome Powell spoke to reporters on Wednesday.\nInvestors wonder whether the Federal Open Market Committee, or Powell, "
            "will move first.\n“We will act when the data tell us to,” Powell said.",
            -1, "Jerome Powell",
        ),
        # an embassy's “to” names where it is accredited only before “the …”
        ("Visa row\nIn a statement sent by the Chinese Embassy to Reuters, officials denied the claim.\n“The report is false,” the embassy said.", -1, "Chinese Embassy"),
        # an office set before a name only where it opens the sentence
        ("Budget\nAddressing the Speaker, Hon. Mary Atieno said the budget was unfair.\n“Women will suffer,” Atieno said.\n“Order,” the speaker said.", -1, None),
        # a participle with its maker named is still a cue
        ("Campaign\nVoters saw a video posted by candidate Lisa Grant: “I will fight for you.”", -1, "Lisa Grant"),
        # the nephew introduced after his surnames is not the uncle
        ("Family\nLim Boon Keng, 68, opened the shop in 1980.\nBoon Keng, his nephew, now manages it.\n“Business is slow,” Boon Keng said.", -1, "Boon Keng"),
        # the verb “do” after a name is no particle
        (
            "Sport\nCoach Mark Hale praised his forwards.\nWatching Kane do Wembley proud was special, Hale said: “They were immense.”\n“It was for the fans,” Kane said.",
            -1, "Kane",
        ),
        # an unnamed one only spoken of does not stand for “the teacher”
        ("Strike\nUnion leader Paul Odera, a teacher for 30 years, said a teacher had been sacked for joining the strike.\n“We will fight this,” the teacher said.", -1, "Paul Odera"),
        # a lower-case office's brief is no name's start
        ("Local news\nThe choir sang for the leader of Siosaia Peter Tuilagi's village.\n“It was beautiful,” Tuilagi said.", -1, "Siosaia Peter Tuilagi"),
    ],
)
def test_the_late_rules_misfires_stay_mended(nlp, text: str, index: int, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    assert quotes(nlp, text)[index].speaker == speaker


def test_a_label_captioned_or_a_name_in_a_tweet_is_no_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Archive\nThe library put old photographs online on Monday.\nOne shows a crowded pier and is captioned “Brighton, August 1936.”"
    assert quotes(nlp, text)[-1].kind == "nonspeech"
    text = "Social media\nCoach Dan Reyes was fined on Friday.\nHe had written a tweet that said “Referee Watch” accounts should be banned."
    assert quotes(nlp, text)[-1].kind != "speech"


def test_a_generational_suffix_keeps_a_father_and_son_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Family business\nThe bakery on Elm Street was opened by Carlton Reese Sr. in 1971.\n"
        "His son, Carlton Reese Jr., took over in 2004. “The ovens are older than I am,” Reese Jr. said.\n"
        "The elder Reese still comes in at dawn. “I like the quiet,” he said.\n"
        "“Somebody has to check the dough,” said Carlton Reese Sr."
    )
    speakers = [q.speaker for q in quotes(nlp, text)]
    assert speakers == ["Carlton Reese Jr.", "Carlton Reese Sr.", "Carlton Reese Sr."]


def test_a_generational_suffix_given_once_stays_with_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "School board\nTrustee Lamar Whitfield III voted against the budget.\n"
        "“We cannot spend money we do not have,” Whitfield said after the meeting."
    )
    assert quotes(nlp, text)[-1].speaker == "Lamar Whitfield III"


def test_a_hotel_or_resort_by_name_is_a_business(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Storm damage\nThe storm tore the roof off two cabins near the shore.\n"
        "Cedar Ridge Resort wrote on its website: “We are closed until further notice. Guests will be refunded.”\n"
        "Nearby, the Harbourview Hotel said it had “rooms for anyone who needs them.”"
    )
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["Cedar Ridge Resort", "Harbourview Hotel"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an initial before a given name the lexicon knows is part of the name, not a role
        ("Party row\nIts spokesperson, P. Harish Kumar, called the march “a political stunt”.", "P. Harish Kumar"),
        # … and initials open the name after an office with its brief (“Leader of the Opposition”)
        (
            "Assembly row\nThe House was adjourned after Leader of the Opposition T. N. Suresh accused the government.\n"
            "“Where has the money gone?” Mr. Suresh said.",
            "T. N. Suresh",
        ),
        # a given name the lexicon lacks, after a style of address, before a father's name it knows
        (
            "Water cuts\nIn the Badia, tribal elder Sheikh Mishal Hamad Al-Sarhan said villages were “being forgotten” by planners.",
            "Mishal Hamad Al-Sarhan",
        ),
        # “Md.” opening a Bangladeshi name is Mohammad, not a doctorate
        ("Factory fire\nThe owner, Md. Anisur Rahman Talukder, said the exits were “never locked”.", "Md. Anisur Rahman Talukder"),
    ],
)
def test_initials_and_unlisted_given_names_stay_in_the_name(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(nlp, text)[-1].speaker == speaker


def test_an_office_with_its_brief_before_initials_is_the_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Assembly row\nThe House was adjourned after Leader of the Opposition T. N. Suresh accused the government.\n"
        "Ministers walked out. “I am reading from the government's own reply,” the Opposition leader said."
    )
    assert quotes(nlp, text)[-1].speaker == "T. N. Suresh"


def test_the_engineers_style_eng_is_one_token_and_no_sentence_end(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Merger\nThe release also quoted the founder. “I have given this company 40 years,” Eng. Hany Mansour said."
    assert only(nlp, text).speaker == "Hany Mansour"


def test_an_office_with_its_brief_before_a_styled_name_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mine inquiry\nChief Inspector of Mines Eng. Mutale Chanda-Phiri told a briefing that her team interviewed 60 workers.\n"
        "“People knew,” she said."
    )
    assert only(nlp, text).speaker == "Mutale Chanda-Phiri"


def test_a_capitalised_word_opening_a_sentence_once_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Water\nDr. Samar Haddadin, a hydrologist with the Blue Basin Institute, said the measures were late. "
        "Groundwater, she said, was being pumped at twice the rate at which it is replenished. "
        "“We are not in a drought,” she said."
    )
    assert only(nlp, text).speaker == "Samar Haddadin"


def test_a_place_before_a_bodys_own_headquarters_is_no_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Layoffs\nStart-up Qarnaf Data will cut 90 jobs.\n"
        "In a statement, Qarnaf said research at its Tel Aviv headquarters would be “largely protected”. "
        "“Qarnaf remains well funded,” the company said."
    )
    assert quotes(nlp, text)[-1].speaker == "Qarnaf Data"


def test_the_company_is_the_business_met_not_one_described_later(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Launch\nThe 300-kilogram probe, built by Hamburg-based Sternwerk Orbital, separated from its rocket. "
        "Ground stations picked up its signals, and the probe was “in good shape”, according to the company.\n"
        "The launch was run by Fjordlift, a Norwegian company. Fjordlift said the flight was “flawless”."
    )
    assert quotes(nlp, text)[0].speaker == "Sternwerk Orbital"


def test_the_report_stays_its_authors_after_another_body_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Floods\nThe report was released on Monday by the Coastal Risk Alliance, a group of nine universities.\n"
        "“Sea levels will rise faster than planned for,” the report said.\n"
        "The Property Council of Tasmania said in a statement that the modelling “matches our claims data”.\n"
        "The report also describes flooding as “the costliest hazard we face”."
    )
    assert quotes(nlp, text)[-1].speaker == "Coastal Risk Alliance"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a given name the lexicon lacks, before a father's name it knows and a role given after
        (
            "Water points\nAt one borehole, Abakar Saleh Mahamat, a former schoolteacher, runs the queue.\n"
            "‘In my village I taught mathematics,’ Mr Mahamat said.",
            "Abakar Saleh Mahamat",
        ),
        # … but a party before a name is an allegiance, wherever the sentence starts
        ("Race\nRepublican Mike Smith, a retired farmer, entered the race. “I will win,” Smith said.", "Mike Smith"),
        ("Race\nAt the rally, Labour Dave Price, a former miner, spoke first. “We can win,” Price said.", "Dave Price"),
        ("Race\nIndependent Tom Walsh said he would run. “I will win,” Walsh said.", "Tom Walsh"),
    ],
)
def test_a_word_before_a_known_given_name_is_a_name_or_an_allegiance(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(nlp, text)[-1].speaker == speaker


def test_a_quoted_modifier_after_a_headline_label_is_a_term(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Study: “Weekend warrior” workouts may protect the heart as well as daily exercise\n"
        "People who squeeze their exercise into one or two days get the same benefit, researchers said."
    )
    assert only(nlp, text).kind == "nonspeech"


def test_they_after_analysts_of_a_firm_is_the_firm_not_fans_their_club(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Recall\nShares fell 17%. Analysts at Kuromatsu Securities cut their target price. "The hit is manageable," they wrote in a note.'
    assert only(nlp, text).speaker == "Kuromatsu Securities"
    text = 'Derby\nFans of FC Valmont gathered outside the ground. "We want our club back," they chanted.'
    assert only(nlp, text).speaker is None


def test_a_term_a_profession_uses_after_a_noun_it_describes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Outbreak\nSamples tested positive for a fungus vets often describe as a "ghost pathogen" because it is hard to culture.'
    assert only(nlp, text).kind == "nonspeech"


# This session's rules' misfires a reviewer reproduced on ordinary news, each mended (or the rule
# withdrawn: “blame” as a reporting verb, the age description's own-paragraph preference, a body
# noun with a modifier, assessments as documents, Inn and Casino as business words).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Heat wave\nMedics gave Brandon Kerr IV fluids at the finish line. “I felt dizzy,” Kerr said.", "Brandon Kerr"),
        ("Council vote\nCouncillor Marcus Inn voted against the plan. “It is a bad deal for residents,” Inn said.", "Marcus Inn"),
        ("Protest\nCritics blamed Mayor Tom Price for calling the protesters “thugs.”", "Tom Price"),
        ("Election\nIncumbent Dale Heath conceded on Wednesday. “The voters have spoken,” Heath said.", "Dale Heath"),
        (
            "Election\nJoan Pike is running for the council for the first time.\nShe was inspired by former mayor Ed Larkin, "
            "who served three terms. “I want to give back,” the 45-year-old said.",
            "Joan Pike",
        ),
        ("Transfer\nNeymar scored twice in his debut. “I am happy here,” he said.", "Neymar"),
        ("Fintech\nLagos-based Chidi Okeke built the app in his bedroom. “I wanted to help traders,” Okeke said.", "Chidi Okeke"),
        (
            "Bus strike\nDrivers represented by the Amalgamated Transit Union walked out on Monday. "
            "“Service will be limited,” the transit authority said.",
            None,
        ),
        (
            "Opioids\nThe Drug Enforcement Administration seized 2 tonnes of pills. “The label must carry a warning,” the drug regulator said.",
            None,
        ),
    ],
)
def test_this_sessions_review_misfires_stay_mended(nlp, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    assert quotes(nlp, text)[-1].speaker == speaker


def test_the_one_an_aside_interrupts_is_never_its_teller(nlp) -> None:  # type: ignore[no-untyped-def]
    # “Drainage, he argued, …”: the he speaks of the word before the aside, whatever the
    # recogniser made of it — and with nobody else in view the he stays unnamed
    for text in (
        "Floods\nResidents want answers. Drainage, he argued, had been “neglected for decades.”",
        "Drought\nFarmers are worried about water. Groundwater, she said, was “running out fast.”",  # (a reviewer's)
    ):
        assert quotes(nlp, text)[-1].speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a word the language writes in lower case, capitalised by its place: no one
        ("Riot\nOrder was restored by police within the hour. “It was terrifying,” said the 34-year-old.", None),
        # a surname met once opening a sentence, as a passive subject: still a person
        ("Appeal\nNowakowski was arrested in March. “I did nothing wrong,” he said.", "Nowakowski"),
        ("Profile\nPietrowski was elected in 2019. “The job is not done,” she said.", "Pietrowski"),
    ],
)
def test_a_sentence_opening_word_met_once_is_a_person_unless_the_language_writes_it_lower_case(
    nlp, text: str, speaker: str | None  # type: ignore[no-untyped-def]
) -> None:
    assert quotes(nlp, text)[-1].speaker == speaker


def test_a_generational_suffix_before_and_stays_in_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Bill signing\nGov. Carl Brandt II and Sen. Ida Moss signed the bill. “It took years,” Brandt said."
    assert quotes(nlp, text)[-1].speaker == "Carl Brandt II"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Marathon\nThe prize went to Rookie Tesfaye Girma on Sunday. “My legs were gone,” Girma said.", "Tesfaye Girma"),
        ("Crash\nHighway Trooper Obiageli Nnaji said the lorry had no lights. “It was invisible,” Nnaji said.", "Obiageli Nnaji"),
        ("Festival\nThe menu was designed by Chef Teodoro Ilunga. “I cook what I grew up with,” Ilunga said.", "Teodoro Ilunga"),
        ("Food\nSaid Sculptor Amadou Kéita: “Clay remembers every hand.”", "Amadou Kéita"),
        # (a reviewer's: names the recogniser half-misses)
        ("Art\nThe mural is by Artist Oyelaran Adebayo. “It is about memory,” Adebayo said.", "Oyelaran Adebayo"),
        ("Chef profile\nSaid Chef Oyelaran Adebayo: “Food is love.”", "Oyelaran Adebayo"),
    ],
)
def test_a_capitalised_word_for_a_person_before_a_name_is_a_role_anywhere(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(nlp, text)[-1].speaker == speaker


def test_a_city_based_person_given_a_persons_role_in_apposition_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, speaker in (
        ("Awards\nAccra-based Yaw Boateng-Mensah, an architect, won the prize. “I am humbled,” Boateng-Mensah said.", "Yaw Boateng-Mensah"),
        ("Profile\nNairobi-based Wanjiru Kamau, a consultant, won the award. “I am thrilled,” Kamau said.", "Wanjiru Kamau"),  # (a reviewer's)
    ):
        assert quotes(nlp, text)[-1].speaker == speaker


def test_a_document_written_for_a_client_speaks_for_its_writer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rail audit\nBrightwater Consulting prepared the review for the Transport Department. "
        "The department said it would “act quickly.” The review also describes “years of drift.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Brightwater Consulting"


def test_a_spanish_pair_of_surnames_whose_first_is_also_a_given_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Strike\n“We will not go back to work,” said Ana Lucía Reyes Montoya, who leads the teachers’ union.\n"
        "Reyes Montoya said the strike would “last as long as it must.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Ana Lucía Reyes Montoya"


def test_a_ministrys_brief_after_of_runs_on_past_and(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Fuel\nThe Department of Energy and Petroleum Resources said supplies were “secure”."
    assert quotes(nlp, text)[-1].speaker == "Department of Energy and Petroleum Resources"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Budget\nRegional minister Jordi Puig i Casals defended the cuts. “There was no other way,” Puig i Casals said.", "Jordi Puig i Casals"),
        ("Essay\nThe philosopher Teresa Ortega y Gasset spoke first. “Life is a task,” Ortega y Gasset said.", "Teresa Ortega y Gasset"),
    ],
)
def test_the_catalan_and_spanish_and_between_surnames_is_part_of_the_name(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(nlp, text)[-1].speaker == speaker


def test_a_name_the_article_says_someone_is_known_by_finds_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rugby\nTevita Fifita Mahe, the 29-year-old lock better known as “Tiny,” limped off in the second half. "
        "“It was my knee,” Tiny said."
    )
    assert quotes(nlp, text)[-1].speaker == "Tevita Fifita Mahe"


def test_a_party_named_in_spanish_is_the_party(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Election\nThe Partido Democrático Andino (PDA) rejected the result. "
        "In a post on X, the party said the count was “a fraud from start to finish.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Partido Democrático Andino"


def _reparsed(parsed: Doc, heads: list[int], deps: list[str]) -> Doc:
    """The same tokens and tags with the heads and labels a slip of the parser would give, to
    test what the extractor makes of a parse the small model sometimes produces."""
    return Doc(
        parsed.vocab, words=[t.text for t in parsed], spaces=[bool(t.whitespace_) for t in parsed],
        heads=heads, deps=deps, pos=[t.pos_ for t in parsed], tags=[t.tag_ for t in parsed],
        lemmas=[t.lemma_ for t in parsed], sent_starts=[bool(t.is_sent_start) for t in parsed],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in parsed],
    )


def test_a_name_left_without_its_verb_by_the_parse_is_still_the_sentences_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    # The small model sometimes reads “At a stall in Flores, Delia Gauna, 64, was weighing …”
    # with the name as one more place of the opening phrase and a main verb with no subject;
    # she is still what the sentence is about (a pronoun after it looks for her first).
    text = "Prices\nAt a stall in Flores, Delia Gauna, 64, was weighing onions."
    parsed = nlp(parse_text(text))
    heads = [t.head.i for t in parsed]
    deps = [t.dep_ for t in parsed]
    gauna = next(t.i for t in parsed if t.text == "Gauna")
    flores = next(t.i for t in parsed if t.text == "Flores")
    heads[gauna], deps[gauna] = flores, "conj"
    misread = _reparsed(parsed, heads, deps)
    paragraph = [0 if t.idx < text.index("\n") else 1 for t in misread]
    people = People(misread, [-1] * len(misread), paragraph, text=text)
    delia = next(m for m in people.mentions if m.text == "Delia Gauna")
    assert delia.is_subject


def test_an_uncued_answer_belongs_to_the_one_the_asker_was_said_to_question(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Inquest\nCoroner Paul Redfern questioned Dr Amaka Obi about the first scan.\n"
        "“Did you see the bleed on that scan?” he asked.\n“Not at first, sir.”\n“When did you see it?”\n"
        "“The next morning, when the radiologist rang me.”"
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Paul Redfern", "Amaka Obi", "Paul Redfern", "Amaka Obi"]
    # (someone else questioned is no part of this exchange)
    other = (
        "Inquest\nThe family's barrister questioned Dr Amaka Obi on Monday.\nCoroner Paul Redfern then spoke to the nurse.\n"
        "“Did you see the bleed?” he asked.\n“Not at first, sir.”"
    )
    assert quotes(nlp, other)[-1].speaker != "Amaka Obi"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a former calling, with the club he played for: the man the sentence before was about
        (
            "Football\nAcross the corridor, Harbour City boss Dennis Mulvaney looked relieved. The former Eastbay Rovers "
            "midfielder, who spent six seasons there, called the result “a proper scrap” and praised his defenders.",
            "Dennis Mulvaney",
        ),
        # a nationality: the one the text tied to that country, not the sentence's subject
        (
            "Football\nLeon Marsh equalised from the spot before Ruud Verbeek, a January signing from Dutch side Zeewolde, "
            "headed the winner.\nThe Dutchman, who is nicknamed ‘Rudi’ in the squad, spoke afterwards. "
            "‘I am not a big header of the ball,’ he said.",
            "Ruud Verbeek",
        ),
        # (an office is someone's to hold: no one named before is “the mayor”)
        ("Roads\nDennis Mulvaney criticised the plan on Monday. The deputy mayor said it was “fully costed.”", None),
    ],
)
def test_a_description_opening_a_sentence_is_the_person_just_described(nlp, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    assert quotes(nlp, text)[-1].speaker == speaker


def test_clubs_named_in_spanish_and_portuguese_are_clubs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Transfers\nDeportivo Almenara rejected the bid on Monday. “Our captain is not for sale,” the club said."
    assert quotes(nlp, text)[-1].speaker == "Deportivo Almenara"
    text = "Transfers\nAtlético Pradera rejected the bid on Monday. Later, Pradera issued a statement: “Our captain is not for sale.”"
    assert quotes(nlp, text)[-1].speaker == "Atlético Pradera"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Transport\nMinister of State for Rural Transport Aisyah binte Rahman said the buses were “overdue”. "
            "“We will add routes,” Dr Aisyah said.",
            "Aisyah binte Rahman",
        ),
        (
            "Health\nResponding, Senior Minister of State for Primary Care Nadia binte Yusof said the wait was “too long”.",
            "Nadia binte Yusof",
        ),
    ],
)
def test_an_office_that_is_itself_x_of_y_keeps_its_brief_out_of_the_name(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert [q.speaker for q in quotes(nlp, text)][-1] == speaker


def test_senior_counsel_is_a_post_nominal(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Court\nCounsel for the plaintiff, Margaret Oyelowo-Tan SC, rose first. “This claim is simple,” Ms Oyelowo-Tan said."
    assert quotes(nlp, text)[-1].speaker == "Margaret Oyelowo-Tan"


def test_a_shared_surname_that_speaks_is_whoever_just_reported_as_he_or_she(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Earnings\nChairman Harlan Okafor opened the call. “Growth will slow this year,” Okafor said.\n"
        "Chief executive Dana Okafor, who is not related to the chairman, took most questions. Asked about tariffs, "
        "she said the supply chain was too tangled for simple answers.\n"
        "“Nobody in this business makes anything in one country,” Okafor said."
    )
    assert quotes(nlp, text)[-1].speaker == "Dana Okafor"


def test_both_halves_of_a_split_reply_are_the_same_teller(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Trial\nThe court earlier heard from Mary Stone, a neighbour, who said she saw nothing.\n"
        "Lawyer Ben Cole then pressed Ruth Adler on her drinking.\n\"How much did you drink?\" Cole asked.\n"
        "\"Not much,\" she replied, \"two glasses at most, and I stopped early.\""
    )
    assert [q.speaker for q in quotes(nlp, text)][-2:] == ["Ruth Adler", "Ruth Adler"]


def test_a_participle_after_an_elided_clause_belongs_to_the_main_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Inquest\nCoroner Ana Ruiz was asked whether the video could be shown. Ruiz ruled that it could, "
        "calling it “plainly relevant to how he died,” but limited who could watch."
    )
    assert quotes(nlp, text)[-1].speaker == "Ana Ruiz"


@pytest.mark.parametrize("pause", [" She paused for several seconds.\n", " "])
def test_the_answer_after_someone_asked_her_is_not_the_askers(nlp, pause: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hearing\nAld. Rosa Vance chaired the session. Witness Dana Price sat beside her lawyer.\n"
        f"Vance asked her what she wanted.{pause}“An apology,” she said."
    )
    assert quotes(nlp, text)[-1].speaker == "Dana Price"


def test_a_colon_introduction_the_parse_left_without_a_verb_is_its_named_nouns(nlp) -> None:  # type: ignore[no-untyped-def]
    # The small model sometimes reads “…, Harlow’s husband of 30 years, Peter Harlow, thanked
    # volunteers:” with “husband” as the root and “thanked” as an adjective of “volunteers”.
    text = "Flood\nIn a statement issued through the police, Harlow’s husband of 30 years, Peter Harlow, thanked volunteers:\n“We owe them everything.”"
    parsed = nlp(parse_text(text))
    at = {t.text: t.i for t in parsed}
    heads = [t.head.i for t in parsed]
    deps = [t.dep_ for t in parsed]
    husband, thanked, volunteers = at["husband"], at["thanked"], at["volunteers"]
    peter_last = max(t.i for t in parsed if t.text == "Harlow")
    for t in parsed:  # everything the verb held now hangs on the noun
        if heads[t.i] == thanked and t.i != thanked:
            heads[t.i] = husband
    heads[husband], deps[husband] = husband, "ROOT"
    heads[peter_last], deps[peter_last] = husband, "appos"
    heads[thanked], deps[thanked] = volunteers, "amod"
    heads[volunteers], deps[volunteers] = peter_last, "appos"
    for t in parsed:
        if heads[t.i] == t.i and t.i != husband and t.sent.start == parsed[husband].sent.start:
            heads[t.i] = husband
    misread = _reparsed(parsed, heads, deps)
    result = extract_from_doc(Article(text=text, source="t"), misread)
    assert result.quotes[-1].speaker == "Peter Harlow"


def test_the_union_leader_is_the_titled_person_just_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Strike\nSgt. Paula Brennan, president of the Metro Police Association, warned the council against cuts. "
        "The union leader said officers were “stretched to breaking point.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Paula Brennan"
    # (with no one named before, still no one)
    assert quotes(nlp, "Strike\nThe council voted on Monday. The union leader said officers were “stretched.”")[-1].speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lake\nThe Friends of the Lake Trust said the water was “a disgrace”.", "Friends of the Lake Trust"),
        (
            "Talks\nThe Friends of Ostrava Contact Group, which brings together six embassies, said its members “urge restraint.”",
            "Friends of Ostrava Contact Group",
        ),
        # (customers of a firm are no part of its name)
        ("Outage\nCustomers of Harrow Financial Group were locked out. The group said it was “deeply sorry.”", "Harrow Financial Group"),
    ],
)
def test_a_body_whose_name_opens_with_a_plural_and_of(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(nlp, text)[-1].speaker == speaker


def test_a_business_by_its_legal_form_has_no_role_in_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mining\nConstrutora Rosa Mendes Ltda., a builder, denied the claim. In a statement, the company said it “rejects every allegation.”"
    assert quotes(nlp, text)[-1].speaker == "Construtora Rosa Mendes Ltda"


def test_a_pronoun_after_a_quote_over_several_paragraphs_counts_from_where_it_opened(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Vote\nThe Coastal Alliance (CA) rejected the count on Monday.\nLate on Thursday, the CA issued a statement calling for calm.\n"
        "“We will not recognise any result that cannot be checked.\n“We call on our supporters to stay at home,” it said."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Coastal Alliance", "Coastal Alliance"]


def test_bodies_named_with_on_and_their_reports(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Coast\nThe Council on Coastal Affairs met on Monday. “We will act,” the council said."
    assert quotes(nlp, text)[-1].speaker == "Council on Coastal Affairs"
    # (“on” and a weekday after a body is when it acted)
    text = "Banks\nHarrow Bank Limited on Tuesday announced a merger. “No branch will close,” the bank said."
    assert quotes(nlp, text)[-1].speaker == "Harrow Bank Limited"
    # “its report” is the releasing subject's, here a body the sentence names
    text = (
        "Rail\nNorthline Rail apologised on Monday.\nAn independent panel led by a retired judge, formally called the "
        "Commission on Rail Safety, published its report on Friday.\n“Staff were ignored for years,” the report said."
    )
    assert quotes(nlp, text)[-1].speaker == "Commission on Rail Safety"


def test_an_arabic_surname_opening_with_abu_is_the_persons_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Water\nEngineer Dalia Abu Ghazaleh leads the utility.\nAbu Ghazaleh said the leaks were “finally falling”."
    assert quotes(nlp, text)[-1].speaker == "Dalia Abu Ghazaleh"


def test_a_verb_the_parse_hung_on_the_root_noun_is_the_sentences(nlp) -> None:  # type: ignore[no-untyped-def]
    # “The Harbour coach, Sione Taufa, named an unchanged side and …” read as a noun phrase
    # (“coach named …”): the coach described his forwards, a fragment of his, not a term
    text = "Rugby\nThe Harbour coach, Sione Taufa, named an unchanged side and described his forwards as \"hungry and a bit angry\"."
    quote = quotes(nlp, text)[-1]
    assert (quote.kind, quote.speaker) == ("partial", "Sione Taufa")


def test_a_past_office_describes_the_person_just_quoted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Election\nThe party’s candidate, Mr Lim Boon Hock, 57, told reporters the grants had rules “for good reasons”.\n"
        "“We want to help buyers who need it,” the former navy captain said."
    )
    assert quotes(nlp, text)[-1].speaker == "Lim Boon Hock"


def test_a_role_then_a_name_between_commas_names_the_role(nlp) -> None:  # type: ignore[no-untyped-def]
    # (“lock”, a rugby position, read as a verb by the parse; another side's captain in view)
    text = (
        "Rugby\nThe Kahu captain, Leo Faleolo, spoke first. “We are ready,” he said.\nThe Tidewater camp has been quieter. "
        "Their captain, lock Jarrah Winterbottom, posted a short clip on Wednesday night, with the caption: "
        "\"One more. For everyone back home.\""
    )
    assert quotes(nlp, text)[-1].speaker == "Jarrah Winterbottom"


def test_a_quoted_phrase_someone_praises_is_their_words_not_a_term(nlp) -> None:  # type: ignore[no-untyped-def]
    quote = quotes(nlp, "Floods\nMayor Ann Holt praised the “quiet courage” of volunteers.")[-1]
    assert (quote.kind, quote.speaker) == ("partial", "Ann Holt")
    # (a term a group uses stays a term)
    assert quotes(nlp, "Floods\nThe river is in what engineers call the “flood zone”.")[-1].kind == "nonspeech"


def test_a_quote_beside_a_line_from_someone_is_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Books\nThe jacket carries a line from the poet Ewan Saddler, “I finished it at dawn and started again”, which sells it well."
    assert quotes(nlp, text)[-1].speaker == "Ewan Saddler"


def test_a_verb_after_a_fragment_that_reports_its_own_words_is_not_its_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    quote = quotes(nlp, "Fares\nRideLoop calls the new fares “a tax on workers”, the mayor says the city followed the law.")[-1]
    assert (quote.speaker, quote.method) == ("RideLoop", "embedded-cue")


def test_a_party_and_state_label_is_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Vote\nSen. Ruth Okafor, R-Ohio, who has opposed the bill for years, posted that the plan was “a blank cheque.”"
    assert quotes(nlp, text)[-1].speaker == "Ruth Okafor"
    doc = nlp(parse_text(text))
    people = People(doc, [-1] * len(doc), [0 if t.idx < text.index("\n") else 1 for t in doc], text=text)
    assert [e.name for e in people.entities if e.kind == "person"] == ["Ruth Okafor"]


def test_a_scottish_gaelic_surname_with_a_hyphened_mutation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Fish\nCatrìona Nic an t-Saoir, who runs a boat out of Mallaig, said: ‘We are finished.’"
    assert quotes(nlp, text)[-1].speaker == "Catrìona Nic an t-Saoir"


def test_two_titled_people_joined_by_and_are_two(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Budget\nThe governor sent a letter to House Speaker Dan Mercer and Senate Majority Leader Carla Voss on Friday.\n"
        "Mercer, a farmer, said he was “not surprised”."
    )
    assert quotes(nlp, text)[-1].speaker == "Dan Mercer"


def test_a_quote_that_was_how_someone_put_it_is_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Plan\nThe council approved the plan on Monday. “A reckless gamble” was how opposition leader Ruth Ames described it."
    assert quotes(nlp, text)[-1].speaker == "Ruth Ames"
    # (an unnamed one's words stay unnamed, not the last speaker's)
    text = (
        "Budget\nSenator Bea Olawale spoke first. “We will not be a rubber stamp,” Olawale said. "
        "“Dead on arrival” was how a senior aide, speaking on condition of anonymity, put it."
    )
    assert quotes(nlp, text)[-1].speaker is None


def test_the_philippine_ma_before_a_given_name_is_part_of_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Storm\nGov. Ma. Cristina Dumlao toured the flooded towns on Friday. “We will rebuild,” Dumlao said."
    assert quotes(nlp, text)[-1].speaker == "Ma. Cristina Dumlao"
    # (a surname Ma ending a sentence stays a surname, its full stop the sentence's)
    text = "Tech\nThe firm was founded by Jack Ma. Alibaba Group said it was “proud”."
    assert quotes(nlp, text)[-1].speaker == "Alibaba Group"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rugby\nBrian Foley, 33, has started just four games since February. The Londoner did not attend the "
            "announcement but posted on social media later.\n“Gutted, but I will be back,” he wrote.",
            "Brian Foley",
        ),
        (
            "Marathon\nHer main rival is expected to be Kenya's Wanjiru Chebet, 24, who beat her in October. Coach Peter "
            "Otieno said he was \"very proud\" of his squad.\nIn a post on social media, the Kenyan wrote: \"This time the gold comes home.\"",
            "Wanjiru Chebet",
        ),
    ],
)
def test_a_city_or_country_description_of_the_person_the_text_tied_to_it(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(nlp, text)[-1].speaker == speaker


def test_a_body_set_off_by_its_description_after_an_opening_phrase_writes(nlp) -> None:  # type: ignore[no-untyped-def]
    # (the parse hung the body on the platform's name, “X”, leaving the verb no subject)
    text = "Inquiry\nIn a post on X, the Coalition for Open Budgets, a civic group tracking the hearings, wrote: “Still no names.”"
    assert quotes(nlp, text)[-1].speaker == "Coalition for Open Budgets"


def test_a_hyphened_surname_whose_second_half_is_an_english_word(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Missing\nAkinyi Otieno-Were, 27, vanished on Thursday. Her brother, Brian Otieno, leads the search.\n"
        "In a text message sent at 5pm, Otieno-Were told her brother: \"Leaving early today.\""
    )
    assert quotes(nlp, text)[-1].speaker == "Akinyi Otieno-Were"


def test_two_short_sentences_after_someones_words_go_on_with_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Budget\n“Are we paying for this until 2060?” asked one resident.\nMayor Jean Roy replied that the loan ran 25 years. “Not 2060,” he said. “2045. Maybe 2046.”"
    quote = quotes(nlp, text)[-1]
    assert (quote.kind, quote.speaker) == ("speech", "Jean Roy")


def test_they_after_someone_who_uses_they_them_is_that_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Games\nWorkers at Kestrel Studio have asked their employer to recognise a union.\n"
        "Among the organisers is Robin Achterberg, a level designer who uses they/them pronouns.\n"
        "Achterberg said the crunch began in spring, when several teams were working weekends.\n"
        "“I missed my brother's birthday for a build,” they said."
    )
    assert quotes(nlp, text)[-1].speaker == "Robin Achterberg"


def test_a_title_the_headline_is_about_after_a_label_is_no_ones_words(nlp) -> None:  # type: ignore[no-untyped-def]
    quote = quotes(nlp, "Berlin Film Festival: “The Iron Orchard” takes top prize\nBERLIN — The jury praised the film.")[0]
    assert (quote.kind, quote.speaker) == ("nonspeech", None)
    # (a title-cased quote a reporting verb follows is still said)
    assert quotes(nlp, "Mayor: “We Will Rebuild” says council chief\nThe storm hit.")[0].kind == "speech"


def test_a_festival_is_a_body_that_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Film\nThe Cascadia Film Festival announced its winners on Sunday. “It was a vintage year,” the festival said in a statement."
    assert quotes(nlp, text)[-1].speaker == "Cascadia Film Festival"


def test_someones_firm_is_the_body_the_article_placed_them_at(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Phones\n“The price is aggressive,” said Maya Osei, who covers devices for Harbourline Research.\n"
        "Corvane Systems shares rose 3 percent after the launch. In a note to clients on Wednesday, Osei’s firm raised "
        "its price target on Corvane Systems, calling the ring “a real category.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Harbourline Research"


def test_the_union_leader_after_a_quote_is_the_titled_person_the_text_was_about(nlp) -> None:  # type: ignore[no-untyped-def]
    # (“the deal would be” has a subject of its own; the sentence is about Ana Ruiz)
    text = (
        "Strike\nThe Metro Drivers Union was founded in 1990. Its general secretary, Ana Ruiz, said the deal would be "
        "“a landmark”.\n“Every boss in the city will notice,” the union leader said."
    )
    assert quotes(nlp, text)[-1].speaker == "Ana Ruiz"


def test_a_surname_plainly_a_persons_makes_a_person_of_a_full_name_read_as_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    # (the owner of a title, “X’s “Silent Water””, was read as a body)
    text = (
        "Film\nThe runner-up prize went to Chidinma Obi-Nwosu’s “Silent Water,” a drama set in Enugu.\n"
        "Obi-Nwosu, who financed the film herself, told reporters she had nearly quit twice.\n"
        "“We lost the money twice and kept going,” she said."
    )
    assert quotes(nlp, text)[-1].speaker == "Chidinma Obi-Nwosu"


def test_a_country_before_a_state_bodys_name_says_whose_it_is(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Fish\nThe US Marine Fisheries Agency (MFA) issued the rule on Tuesday. In a statement, the agency said the rule would “close the gaps.”"
    assert quotes(nlp, text)[-1].speaker == "Marine Fisheries Agency"
    # (a company's name keeps it)
    assert quotes(nlp, "Steel\nUS Steel Corp said output would “hold steady.”")[-1].speaker == "US Steel Corp"


def test_a_members_letters_before_a_name_are_a_role_and_describe_them_later(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harbour\nSligo TD Orla Mac Giolla Rua said the decision was “a slap in the face”.\n"
        "“We were promised a new pier,” the TD said."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Orla Mac Giolla Rua"] * 2
    # (the letters set before the name with commas describe the holder just the same)
    text = "Roads\nThe local MP, Trevor Aske, called the plan “a mess”.\n“Nobody asked Hexham,” the MP said."
    assert [q.speaker for q in quotes(nlp, text)] == ["Trevor Aske"] * 2


def test_a_seat_or_party_before_a_members_letters_names_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Labour MP calls rail cuts “a betrayal” of the north\n"
        "The cuts were confirmed by the Northern Rail Authority on Monday.\n"
        "Labour MP Denise Hartwell described the cuts as “a betrayal” of towns like hers."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Denise Hartwell"] * 2


def test_the_one_someone_spoke_of_is_not_that_someone(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Football\nHarlow Town lost the final by a point. Their manager Derek Mills said the referee had been wrong.\n"
        "“I will look at the video,” Mills said.\n“I saw it clearly,” the referee said."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Derek Mills", None]
    # (a description of the speaker himself still finds him)
    text = "Roads\nThe campaigner Derek Mills said the scheme was wrong.\n“I will fight it,” the campaigner said."
    assert quotes(nlp, text)[-1].speaker == "Derek Mills"


def test_a_clubs_boss_or_a_boats_deckhand_is_a_person_not_the_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hurling\nBallyderrig Rovers lost the final by a point. Their manager Colm Ó Dálaigh said little afterwards.\n"
        "Asked whether he would stay on, the Ballyderrig boss was blunt: “Ask me in a month.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Colm Ó Dálaigh"
    text = "Fishing\nDeckhand Tomasz Wieczorek, who has worked the boats for years, stopped to talk. “This boat is my life,” said Mr Wieczorek."
    assert quotes(nlp, text)[-1].speaker == "Tomasz Wieczorek"


def test_words_inside_someones_warning_or_claim_are_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Pool\nThe council voted to shut the lido, despite warnings from swimming coach Brenda Tolley that the closure "
        "would “leave a generation unable to swim”."
    )
    quote = quotes(nlp, text)[-1]
    assert (quote.kind, quote.speaker) == ("partial", "Brenda Tolley")
    text = "Rail\nThe timetable changed on Sunday, despite the mayor's claim that it would “strand the valleys”.\nMayor Ruth Ellery said so in May."
    assert quotes(nlp, text)[-1].kind == "partial"


def test_one_party_member_or_a_tongue_is_nobodys_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Drones\nSenators grilled the company on Tuesday, with one Republican calling its record “unacceptable by any measure.”"
    assert quotes(nlp, text)[-1].speaker is None
    text = (
        "Schools\nIn the valley, Welsh remains the language of the playground.\n"
        "“We will fight this,” said the governors in a statement."
    )
    assert all(e.name != "Welsh" for e in people_of(parsed(nlp, text)).entities)


def test_the_surname_ma_ending_a_sentence_is_not_the_philippine_abbreviation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Retail\nThe marketplace was founded in 1999 by Jack Ma. Joseph Tsai, its chairman, told investors: “We are going back to basics.”"
    assert quotes(nlp, text)[-1].speaker == "Joseph Tsai"


def test_a_surname_that_is_also_a_word_for_a_person_opens_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # (Fan, Son: a surname written first, after a role, or before a hyphened given name)
    text = "Rates\nMarket strategist Fan Kah Wai of Merlion Securities expects no cut this year.\n“The Fed is not done yet,” Fan said."
    assert quotes(nlp, text)[-1].speaker == "Fan Kah Wai"
    text = "Football\n“We will not give up on the title,” Tottenham captain Son Heung-min told reporters."
    assert quotes(nlp, text)[-1].speaker == "Son Heung-min"


def test_a_nationality_describes_the_nearest_person_the_country_word_belongs_to(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Football\nManager Ray Sutcliffe praised his two summer signings, Dutch winger Ruud Verbeek and Spanish defender "
        "Pablo Mena, after the win.\nThe Spaniard, who joined from Real Oviedo, said: “We are finally starting to play like a team.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Pablo Mena"


def test_a_party_or_union_leader_is_not_the_office_holder_just_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Budget\nGovernor Ana Velez signed the state budget on Friday. The party boss said it was “a good day for working families”."
    assert quotes(nlp, text)[-1].speaker is None


def test_the_asker_speaks_again_once_named_since_or_after_a_request(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Court\nThe witness, Mary Dunne, wept when Judge Alice Brogan asked her to speak up. Brogan then turned to the jury.\n"
        "“You will ignore that remark,” she said."
    )
    assert quotes(nlp, text)[-1].speaker == "Alice Brogan"
    text = (
        "Arrest\nDetective Sergeant Laura Kemp met Joanne Ellery, 34, at a service station.\n"
        "Kemp asked her to sit down in the car and read out the charges. “You do not have to say anything,” she said."
    )
    assert quotes(nlp, text)[-1].speaker == "Laura Kemp"


def test_someones_firm_is_a_business_not_a_ministry_they_once_advised(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Currency\nKofi Mensah, who advised the Ministry of Finance until 2019, now runs a small consultancy in Accra.\n"
        "Mensah's firm said in a note to clients that the cedi was “badly undervalued”."
    )
    assert quotes(nlp, text)[-1].speaker != "Ministry of Finance"


def test_a_title_cased_headline_quote_with_a_speakers_i_is_said(nlp) -> None:  # type: ignore[no-untyped-def]
    quote = quotes(nlp, "Coach Reyes: “Worst Refereeing I Have Ever Seen” sparks row\nThe club will appeal.")[0]
    assert (quote.kind, quote.speaker) == ("speech", "Reyes")


def test_a_platform_after_on_is_no_part_of_a_bodys_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Playground\nIn a statement posted by the Ashford Parish Council on Facebook, councillors said the swings would close.\n"
        "“Safety has to come first,” the council said."
    )
    assert quotes(nlp, text)[-1].speaker == "Ashford Parish Council"


def test_a_country_prefix_stays_on_a_body_many_countries_have(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Law\nThe UK Supreme Court ruled on Wednesday, a week after the US Supreme Court heard a similar case.\n"
        "“The law is clear,” the UK Supreme Court said."
    )
    assert quotes(nlp, text)[-1].speaker == "UK Supreme Court"


def test_a_nickname_of_something_the_person_owns_is_not_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bread\nRosa Ibarra, whose bakery in Puebla is known as “El Trigal,” has baked for the market since 1998.\n"
        "“Bread is a right, not a luxury,” El Trigal said in a post on Instagram."
    )
    assert quotes(nlp, text)[-1].speaker != "Rosa Ibarra"


def test_a_company_whose_name_looks_like_a_party_label_is_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Routers\nD-Link said on Monday that the devices would get no more updates. “Customers should replace them,” D-Link said."
    assert quotes(nlp, text)[-1].speaker == "D-Link"


def test_they_after_several_people_is_not_the_they_them_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Estate\nJo Abara, who uses they/them pronouns, chairs the Ashgrove Tenants' Association. Abara said repairs were overdue.\n"
        "Officials from Northfield Council visited the estate on Tuesday. “We have listened carefully,” they said in a statement."
    )
    assert quotes(nlp, text)[-1].speaker != "Jo Abara"


def test_a_description_that_is_not_the_subjects_office_goes_to_the_other_person_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Football\nHarbury manager Colin Ashe said his new signing, Tom Reddin, had impressed in training.\n"
        "The former Wanderers striker, 23, said: “I just want to play games.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Tom Reddin"
    # (with nobody else named, the manager may well be a former player)
    text = "Football\nHarbury manager Colin Ashe was in a rather different mood.\nThe former Wanderers striker said: “We were awful.”"
    assert quotes(nlp, text)[-1].speaker == "Colin Ashe"


def test_a_capitalised_office_before_its_holders_name_is_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "League\nThe KPL President, Dr Wambui Ngata, said in a statement that the league had “zero tolerance for fixing”."
    assert quotes(nlp, text)[-1].speaker == "Wambui Ngata"
    text = "Budget\nIn a statement, the governor’s Chief Press Secretary, Mr Tunde Bakare-Ojo, called the claim “a desperate attempt”."
    assert quotes(nlp, text)[-1].speaker == "Tunde Bakare-Ojo"


def test_a_rulers_style_and_a_kalenjin_arap_are_read_as_written(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Budget\nA traditional ruler, Oba Adewale Ogundipe, urged both sides to “sheathe their swords.”"
    assert quotes(nlp, text)[-1].speaker == "Adewale Ogundipe"
    text = "Land\nThe former registrar, Mr Daniel Kiprono arap Cheruiyot, said he had “no recollection” of the transfer."
    assert quotes(nlp, text)[-1].speaker == "Daniel Kiprono arap Cheruiyot"


def test_an_office_with_a_long_brief_before_a_name_is_all_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Settlement\nMinister for Treaty of Waitangi Negotiations Sarah Tane says the deal is “long overdue”."
    assert quotes(nlp, text)[-1].speaker == "Sarah Tane"


def test_indonesian_styles_before_a_single_name_are_not_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Apps\nBu Wartini, who runs a stall in Bekasi, said the app saved her a trip.\n“Now the goods come to me,” she said."
    assert [q.speaker for q in quotes(nlp, text)] == ["Wartini"]


def test_an_acronym_spelled_out_before_a_possessive_is_the_bare_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Polls\nThe Chief Minister opened the Lok Kalyan Manch's campaign on Sunday.\n"
        "The LKM describes the scheme in its manifesto as “the largest in the state's history”."
    )
    assert quotes(nlp, text)[-1].speaker == "Lok Kalyan Manch"


def test_a_romanised_given_names_lower_case_half_stays_in_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Farm\nHuang Wen-hsiung, 63, a rice farmer, recalled the last drought.\n“They all promise water,” Huang said."
    assert quotes(nlp, text)[-1].speaker == "Huang Wen-hsiung"


def test_two_roles_joined_by_and_before_a_name_do_not_part_the_quote_from_its_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Cars\n“This is not a normal year,” President and CEO Hiroshi Tanabe told a packed briefing."
    assert quotes(nlp, text)[-1].speaker == "Hiroshi Tanabe"


def test_a_saint_ending_a_bodys_name_is_no_one_who_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Housing\nWatching from the gallery was Sr Nuala Breathnach of the Sisters of St Colman, who has run a drop-in centre for years.\n"
        "“We need keys in doors,” the 71-year-old said."
    )
    assert quotes(nlp, text)[-1].speaker == "Nuala Breathnach"


def test_an_office_set_between_commas_before_a_name_mid_sentence_is_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hospitals\nTurning to the Minister for Health, Gráinne Ní Loingsigh, the deputy said the winter plan had failed.\n"
        "The Minister replied that “no patient should wait on a trolley”."
    )
    assert quotes(nlp, text)[-1].speaker == "Gráinne Ní Loingsigh"


def test_a_surname_ending_in_ing_before_a_who_clause_is_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Start-up\nThe firm was founded by Anvika Nandakumar and Owen Hemming, a former engineer.\n"
        "Hemming, who stepped back in January, struck a different note. In a thread online, he wrote that the board had "
        "ignored “months of warnings”."
    )
    assert quotes(nlp, text)[-1].speaker == "Owen Hemming"


def test_a_lede_description_is_the_person_named_next_even_with_a_style_of_courtesy(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Estate row\nKUALA LUMPUR - A Penang landowner who lost a tender for a riverside plot told the court on Monday that the "
        "process had been “rigged from the start”.\n"
        "Tan Sri Rosli Hamzah, 66, is asking for the award to be set aside."
    )
    assert quotes(nlp, text)[-1].speaker == "Rosli Hamzah"


def test_one_persons_own_name_for_something_is_their_partial_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ports\nHarbour commissioner Delia Stroud pledged on Friday to end what she called the “paper wall” between "
        "customs and the port police."
    )
    q = quotes(nlp, text)[-1]
    assert (q.kind, q.speaker) == ("partial", "Delia Stroud")


def test_a_capitalised_office_subject_is_the_antecedent_of_the_next_he(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Budget\nThe Speaker of the House, Rt. Hon. Emeka Obiora, said the vote would go ahead.\n"
        "Earlier, the chairman of the elders' forum, Chief Ikenna Dike, appealed for calm.\n"
        "The Speaker later told reporters that talks were still possible. “We are not closing any door,” he said."
    )
    assert quotes(nlp, text)[-1].speaker == "Emeka Obiora"


def test_a_chair_of_an_unnamed_committee_is_a_person_not_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Audit\nThe chairman of the audit committee, Olumide Fashola, said the accounts were incomplete.\n"
        "“Nobody has shown us the ledgers,” the chairman said."
    )
    result = extract_text(text, nlp)
    assert result.quotes[-1].speaker == "Olumide Fashola"
    assert next(s for s in result.speakers if s.name == "Olumide Fashola").kind == "person"


def test_a_mothers_husband_is_her_sons_father(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Inquest\nThe family of Joan Pellow, 81, sat through two days of evidence.\n"
        "Mrs Pellow’s husband, Arthur Pellow, had told the inquest she was frightened.\n"
        "Her son, Mark Pellow, read a statement outside. ‘We only wanted the truth,’ he said.\n"
        "His father, standing beside him, added: ‘She deserved better.’"
    )
    assert quotes(nlp, text)[-1].speaker == "Arthur Pellow"


def test_a_he_inside_the_clause_of_a_lede_description_is_the_one_named_later(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Grocer trims outlook\nLEEDS - Harlow Foods, the chain founded in a Bradford market in 1962, trimmed its outlook on Tuesday as "
        "its chief executive warned shareholders to expect what he called “a grinding winter” for the high street.\n"
        "The chain now expects profit of £212 million, down from £240 million.\n"
        "“We have to be honest about the numbers,” President and CEO Andrei Ionescu told analysts on a call."
    )
    assert quotes(nlp, text)[0].speaker == "Andrei Ionescu"


def test_bint_joins_a_womans_name_to_her_fathers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Aid\nThe fund's patron, Sheikha Latifa bint Saeed al-Mansouri, called the pledge “only a beginning.”"
    assert quotes(nlp, text)[-1].speaker == "Latifa bint Saeed al-Mansouri"


def test_a_spanish_legal_form_is_dropped_like_any_other(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Trial\nIn a statement, Obras Levante Sur SL said it had “nothing to hide”.\n"
        "Obras Levante Sur later said the contracts were “won fairly”."
    )
    result = extract_text(text, nlp)
    assert result.quotes[0].speaker == result.quotes[1].speaker
    assert len(result.speakers) == 1


def test_a_later_pair_of_surnames_is_the_person_whatever_the_tagger_calls_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Club\nCruzeiro Velho president Joaquim Teixeira de Almeida Prado on Friday backed his coach.\n"
        "Speaking at the stadium, the 58-year-old dismissed calls for change.\n"
        "“He stays. I want to be clear,” Almeida Prado said in Portuguese."
    )
    assert quotes(nlp, text)[-1].speaker == "Joaquim Teixeira de Almeida Prado"


def test_a_name_that_opens_on_its_head_word_is_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Transfer\nThe striker, 24, arrived from Argentine second-division side Club Social y Deportivo Villa Norte in January.\n"
        "Club Social y Deportivo Villa Norte said in a post that they were “proud of his journey”."
    )
    result = extract_text(text, nlp)
    assert [s.kind for s in result.speakers if s.name.startswith("Club")] == ["organisation"]


def test_a_station_named_after_told_is_not_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Strike\nThe mayor told local station Rádio Vale Verde that talks had failed.\n"
        "Rádio Vale Verde later said on its website that the strike was “over for now”."
    )
    result = extract_text(text, nlp)
    assert [s.kind for s in result.speakers if "Rádio" in s.name] == ["organisation"]


def test_dona_before_a_given_name_is_the_woman_named_in_full(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Market\nConsuelo Ibarra Pech, 66, has sold atole outside the church for forty years.\n"
        "“Prices go up, people still come,” said Doña Consuelo, as the stallholders call her."
    )
    assert quotes(nlp, text)[-1].speaker == "Consuelo Ibarra Pech"


def test_don_before_two_names_is_a_style_and_before_a_known_given_name_is_him(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harvest\nDon Aurelio Montaño Ruiz, 81, still walks his rows every morning.\n"
        "“The rain came late,” said Don Aurelio."
    )
    assert quotes(nlp, text)[-1].speaker == "Aurelio Montaño Ruiz"


def test_a_subject_known_by_a_name_is_that_person_for_the_next_he(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Shelter\n“Last winter we burnt tyres,” said Umm Rami, speaking by phone from the camp. “This winter, I do not know.”\n"
        "Her neighbour, a 68-year-old former olive farmer known as Abu Fadi, said boys in the camp were picking fruit on farms "
        "for four dinars a day. “Everybody knows. The police know,” he said."
    )
    assert quotes(nlp, text)[-1].speaker == "Abu Fadi"


def test_a_title_with_spanish_small_words_is_a_name_not_words_said(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mine\nJulián Ortega Vidal, the company’s vice-president, said by telephone from Lima that the firm had spent 3 billion "
        "soles since 2020 on its “Manos del Valle” social investment programme, including a clinic."
    )
    q = quotes(nlp, text)[-1]
    assert (q.kind, q.speaker) == ("nonspeech", None)


def test_the_group_can_be_a_campaign_not_only_a_business(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Savings\nQueues formed outside banks in Verdun and Hamra on Monday.\n"
        "In a statement, the Depositor Action Front called a sit-in for Friday. “Our money is not a rumour,” the group said."
    )
    assert quotes(nlp, text)[-1].speaker == "Depositor Action Front"


def test_the_subject_of_a_said_the_parse_hung_on_a_clause_is_still_the_next_hes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Currency\nMarwan Haddad, who chairs the money changers' syndicate, said demand had tripled.\n"
        "On Bliss Street, a trader who gave his name only as Abu Karim said he had not sold a single dollar all day. "
        "“Everyone wants to buy, no one wants to sell,” he said."
    )
    assert quotes(nlp, text)[-1].speaker == "Abu Karim"


def test_an_ampersand_joins_one_firms_name_and_its_spokesperson_speaks_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Recall\nTorvane Mills said it had stopped the line.\n"
        "A Pellow & Strand spokesperson said the retailer was ‘reviewing every order’. "
        "‘We will act on the findings,’ the spokesperson said."
    )
    result = extract_text(text, nlp)
    assert [q.speaker for q in result.quotes] == ["Pellow & Strand", "Pellow & Strand"]


def test_an_age_set_before_a_name_describes_them_later(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Squad\nThe selectors dropped Ruwan Perera for uncapped 19-year-old K. Dinesh, a left-arm spinner.\n"
        "Board chairman Anura Silva backed the panel. “They have my support,” he said.\n"
        "For Dinesh, it was a surprise. “My father cried on the phone,” the 19-year-old said."
    )
    assert quotes(nlp, text)[-1].speaker == "K. Dinesh"


def test_whoever_a_pressed_question_was_about_does_not_answer_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Selection\n“Tomas is in our plans,” selector Ian Garvey told reporters.\n"
        "Pressed on why there was no room for Tomas Reilly as a batsman, he said: “It is about the balance of the side.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Ian Garvey"


def test_a_group_named_after_its_sort_is_a_body_whatever_its_first_word_sounds_like(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Supply chains\nNadia Okoro, of the Leeds-based group Faith Stitch, said audits were “theatre”.\n"
        "Faith Stitch later said in a post that brands must “pay for inspections”."
    )
    result = extract_text(text, nlp)
    assert [s.kind for s in result.speakers if s.name == "Faith Stitch"] == ["organisation"]


def test_the_health_ministry_is_the_ministry_of_health_either_way_round(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Measles: Health ministry warns of “a hard winter”\nLUSAKA - The Ministry of Health said 40 cases had been confirmed.\n"
        "The Education Department said schools would “stay open”, according to a circular from the Department of Education."
    )
    result = extract_text(text, nlp)
    assert [q.speaker for q in result.quotes] == ["Ministry of Health", "Department of Education"]


def test_a_name_that_speaks_on_its_own_pages_of_its_own_it_is_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sponsorship\nThe league's main sponsor, Kente Cola, said on its social media pages that it was “reviewing” its deal with the FA.\n"
        "“We stand for fair play,” the post read."
    )
    result = extract_text(text, nlp)
    assert [s.kind for s in result.speakers if s.name == "Kente Cola"] == ["organisation"]
    assert result.quotes[-1].speaker == "Kente Cola"


def test_a_person_set_off_just_before_a_verb_the_parse_coordinated_away_is_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Assembly\nThe motion was defeated after a long sitting in which the Chairman of the Public Accounts Committee, "
        "Hon. Chidi Okonkwo-Eze, described the figures as “cooked from top to bottom”."
    )
    assert quotes(nlp, text)[-1].speaker == "Chidi Okonkwo-Eze"


def test_a_party_label_with_a_county_of_several_words_names_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Senate Minority Leader Tomasina Riggs-Abara, D-Prince George’s, said the vote was close.")
    assert [e.name for e in people_of(doc).entities] == ["Tomasina Riggs-Abara"]


def test_a_named_storm_is_never_a_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Gov. Alma Reyes ordered evacuations on Tuesday as Hurricane Tamsin gained strength off the coast.")
    assert [e.name for e in people_of(doc).entities] == ["Alma Reyes"]


def test_one_persons_name_for_a_group_with_its_article_inside_the_marks_is_their_partial(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Primary\nDeLuca, a car dealer, has cast himself as the outsider. He lumps his rivals into what he calls “the Capitol club.”"
    q = quotes(nlp, text)[-1]
    assert (q.kind, q.speaker) == ("partial", "DeLuca")


def test_the_chair_is_whoever_the_panel_was_chaired_by(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ban\nThe hearing, chaired by the retired judge Margit Halvorsen, heard two days of evidence from the sprinter Jonas Vidal.\n"
        "The chair asked him: “Who gave you the capsules?”\nHe replied: “A man at the gym.”"
    )
    result = extract_text(text, nlp)
    assert [q.speaker for q in result.quotes] == ["Margit Halvorsen", "Jonas Vidal"]


def test_senior_after_a_shared_surname_is_the_parent(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Derby\nOwen Carrick scored the winner against the club his father manages.\n“I just hit it,” the midfielder said.\n"
        "His father, Declan Carrick, was in no mood for jokes.\n"
        "Carrick senior was more forthcoming about his son’s goal, a curler from 25 yards.\n"
        "“It was a lovely finish. I would have been prouder if it was for us.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Declan Carrick"


def test_the_elder_of_a_family_is_told_apart_by_the_he_that_follows(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Primary\nState Rep. Aidan Keogh, 44, is running for the seat his father, former congressman Malachy Keogh, held for 20 years.\n"
        "His mother, Bernadette Keogh, has knocked on doors every weekend.\n"
        "The elder Keogh has kept a low profile. Asked about the race, he smiled. “Aidan will be fine,” he said.\n"
        "Bernadette Keogh, 71, was less guarded."
    )
    assert quotes(nlp, text)[-1].speaker == "Malachy Keogh"


def test_the_skipper_is_the_captain(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Injury\nThe squad heard the news from captain Rohan Pillai, who admitted it had been a blow.\n"
        "Asked whether he might bowl more himself, the skipper grinned. “Only if we are desperate.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Rohan Pillai"


def test_maitre_is_a_style_not_part_of_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Appeal\nThe rider's lawyer, Maître Hélène Garnier, said the panel had “ignored the science”.\n"
        "“We will appeal,” Maître Garnier said."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Hélène Garnier", "Hélène Garnier"]


def test_a_sporting_event_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("She reached the final of the Harbour Lights Classic twice, losing both times to Ilse Marek.")
    assert {(e.name, e.kind) for e in people_of(doc).entities} == {("Harbour Lights Classic", "organisation"), ("Ilse Marek", "person")}


def test_a_club_named_before_a_role_does_not_rule_out_one_whose_club_was_never_said(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Derby\nNiall Foy, on loan at Ardmore Rovers from Kilbride United, scored against the club managed by his father, Seamus.\n"
        "Seamus Foy, 58, was in no mood for jokes.\n"
        "“I have heard worse,” said the Kilbride manager."
    )
    assert quotes(nlp, text)[-1].speaker == "Seamus Foy"


def test_the_noun_after_an_inverted_said_speaks_whatever_its_relative_clause_did_to_the_parse(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cup\nFly-half Rhodri Bevan kicked 14 points.\nCoach Alys Morgan said the side had been “brave”.\n"
        "‘We did it for the town,’ said the fly-half, who scored the opening try after six minutes. ‘Nobody gave us a chance.’"
    )
    assert [q.speaker for q in quotes(nlp, text)][-2:] == ["Rhodri Bevan", "Rhodri Bevan"]


def test_a_body_named_by_its_head_and_brief_keeps_a_title_word_inside(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The Office of the Tenant Data Commissioner said it had opened an inquiry.")
    assert [(e.name, e.kind) for e in people_of(doc).entities] == [("Office of the Tenant Data Commissioner", "organisation")]


def test_a_role_the_parse_hung_on_a_given_name_is_still_the_persons(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Recall\nOn a call with analysts, managing director R. Venkata Subbaiah said the supplier had been dropped.\n"
        "“We take full responsibility,” the managing director said."
    )
    assert quotes(nlp, text)[-1].speaker == "R. Venkata Subbaiah"


def test_a_persons_own_label_used_as_a_modifier_is_their_partial(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Hack\nThe consultant Ffion ap Rhys said many councils still ran what she described as “stone-age” systems that could not be patched."
    q = quotes(nlp, text)[-1]
    assert (q.kind, q.speaker) == ("partial", "Ffion ap Rhys")


def test_a_name_users_dubbed_a_things_feature_is_no_ones_words(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chatbot\n“It makes things up,” said Dr Lim Siew Ching. She also flagged what users online have dubbed the "
        "chatbot's “auntie mode”, a habit of giving life advice."
    )
    assert quotes(nlp, text)[-1].kind == "nonspeech"


def test_the_lab_is_the_laboratory(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Model\nThe Coastal Speech Laboratory released the model on Monday.\n"
        "In its technical report, the lab said the model “should not be used for legal advice”."
    )
    assert quotes(nlp, text)[-1].speaker == "Coastal Speech Laboratory"


def test_the_drugmaker_is_the_firm_not_its_drug(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Pellan Pharma recalls heart drug\nMUMBAI — Pellan Pharma Ltd has recalled its blood thinner tablet Varocor, the company said.\n"
        "The recall covers 9 batches of Varocor 20 mg. In a filing, the drugmaker said the recall was “precautionary”."
    )
    result = extract_text(text, nlp)
    assert result.quotes[-1].speaker == "Pellan Pharma Ltd"
    assert not any(s.name == "Varocor" for s in result.speakers)


def test_a_leads_body_description_is_the_body_of_that_sort_named_further_down(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Clinic hack exposed 40,000 records\nRecords of 40,000 patients were stolen from a clinic chain, in what the "
        "privacy watchdog has called “a wake-up call”.\n"
        "Hackers got in through an old server in March.\n"
        "The chain said it had told everyone affected.\n"
        "Its chief executive apologised on Tuesday.\n"
        "The Office of the Health Privacy Commissioner said it had opened an investigation."
    )
    assert quotes(nlp, text)[0].speaker == "Office of the Health Privacy Commissioner"


def test_two_lower_case_roles_joined_by_and_keep_the_cue_after_a_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kiosks\nThe company, Tokoku, supplies 40,000 corner shops.\n"
        "“The corner shop is still the bank,” co-founder and chief executive Rina Hartono said in an interview."
    )
    assert quotes(nlp, text)[-1].speaker == "Rina Hartono"


def test_a_description_adding_to_words_just_quoted_is_the_same_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Merger\nCerys Bowen, chief executive of the Players Collective, said her members were anxious. "
        "‘Nobody has told them anything,’ she said. ‘We are still waiting for a meeting,’ the union leader added."
    )
    assert quotes(nlp, text)[-1].speaker == "Cerys Bowen"


def test_an_age_given_with_a_shared_surname_rules_out_relatives_of_another_age(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Succession\nPark Sang-ho, 44, was named chairman of Daerim Group on Tuesday, succeeding its founder, Park Chul-soo.\n"
        "His sister Park Ji-young, 47, who runs the group's chemicals arm, did not attend.\n"
        "The elder Park, 79, has been in hospital since March. In a statement, he said he was “at peace” with the decision."
    )
    assert quotes(nlp, text)[-1].speaker == "Park Chul-soo"


def test_a_reply_looks_past_the_question_to_a_described_subject_no_comma_closed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Inquest\nAoife Brennan, 31, died of sepsis after a doctor, Dr Funmi Adebayo-Lyons, told her to rest.\n"
        "Her sister, Gráinne Brennan, said the family wanted answers.\n"
        "Under questioning from the family’s barrister, Cathal Ó Riain, the doctor accepted that a checklist had not been completed.\n"
        "“Was there a reason for that?” Mr Ó Riain asked.\n"
        "“There is no good reason,” she replied."
    )
    assert quotes(nlp, text)[-1].speaker == "Funmi Adebayo-Lyons"


def test_an_irish_county_is_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("A 24-year-old Co Offaly woman died of sepsis, a coroner found.")
    assert not any("Offaly" in e.name and not e.anonymous for e in people_of(doc).entities)


def test_a_statement_on_a_bodys_website_is_that_bodys(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Takeover\nPelican Capital Partners has bought 80 per cent of Harbour Rovers.\n"
        "The deal was confirmed in a statement on the club's website on Monday night.\n"
        "“This is a new chapter for a proud club,” the statement said."
    )
    assert quotes(nlp, text)[-1].speaker == "Harbour Rovers"


def test_a_miner_is_a_person_not_a_mining_company(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Pit\nThe coal mine at Ashby closed on Friday.\n“I have worked there for 30 years,” the miner said."
    assert quotes(nlp, text)[-1].speaker is None


def test_a_position_that_is_also_a_word_for_a_body_describes_the_player(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Transfer\nOlympia Patras rejected a bid for Latvian center Kristaps Ozols on Monday.\n"
        "“I just want to play,” the center told reporters after practice."
    )
    assert quotes(nlp, text)[-1].speaker == "Kristaps Ozols"


def test_a_name_set_before_a_players_role_is_a_team_and_the_franchise(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Injury\nCHENNAI: Coromandel Comets opening batter Vikram Rao will miss the opening month.\n"
        "He was the Comets’ leading run-scorer last season.\n"
        "In a medical update on Monday, the franchise said: “Vikram sustained a fracture to his left hand.”"
    )
    result = extract_text(text, nlp)
    assert result.quotes[-1].speaker == "Coromandel Comets"
    assert [s.kind for s in result.speakers if s.name == "Coromandel Comets"] == ["organisation"]


def test_a_word_quoted_right_after_a_verb_of_judging_is_the_judges(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Residents' chair slams ‘rigged’ consultation\nPlans for 200 homes were approved on Tuesday.\n"
        "Residents' association chair Moira Pennant said the council had ‘stopped listening years ago’."
    )
    q = quotes(nlp, text)[0]
    assert q.kind == "partial"


def test_a_title_its_brief_and_the_holders_name_make_the_name_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    # The small model sometimes hangs the name on the “of” beside the brief (“Director of
    # rugby X said”), leaving the title alone as the subject: the holder still speaks.
    text = "Merger\nDirector of rugby Gwenllian Pryce said her squad had been ‘moved’ by the scenes before kick-off."
    parsed = nlp(parse_text(text))
    heads = [t.head.i for t in parsed]
    deps = [t.dep_ for t in parsed]
    at = {t.text: t.i for t in parsed}
    heads[at["Director"]], deps[at["Director"]] = at["said"], "nsubj"
    heads[at["of"]], deps[at["of"]] = at["Director"], "prep"
    heads[at["rugby"]], deps[at["rugby"]] = at["of"], "pobj"
    heads[at["Gwenllian"]], deps[at["Gwenllian"]] = at["Pryce"], "compound"
    heads[at["Pryce"]], deps[at["Pryce"]] = at["of"], "pobj"
    misread = _reparsed(parsed, heads, deps)
    assert extract_from_doc(Article(text, "t"), misread).quotes[-1].speaker == "Gwenllian Pryce"


def test_a_long_brief_ends_where_a_name_the_lexicon_lacks_begins(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Settlement\nMinister for Treaty of Waitangi Negotiations Mereana Tūhoe-Parata said the deal closed “a painful chapter”.\n"
        "“The Crown has apologised,” Tūhoe-Parata said."
    )
    assert {q.speaker for q in quotes(nlp, text)} == {"Mereana Tūhoe-Parata"}


def test_pak_before_a_romanised_korean_given_name_is_a_family_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Golf\nSouth Korean great Pak Ji-eun was named captain on Monday.\n“It is an honour,” Pak said in Seoul."
    assert quotes(nlp, text)[-1].speaker == "Pak Ji-eun"


def test_the_skipper_is_the_one_given_that_word_before_a_captain_of_the_same_rank(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Collision\nThe trawler's skipper, Pádraig Doherty, said the crew had minutes to reach the raft.\n"
        "The ferry's captain, Ruairí Boyle, said his radar showed nothing. “We stopped at once,” Captain Boyle said.\n"
        "“She went down in ten minutes,” the skipper said."
    )
    assert quotes(nlp, text)[-1].speaker == "Pádraig Doherty"


def test_a_manager_whose_club_was_named_is_not_another_clubs_manager(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Draw\nCity, managed by Owen Tarrant, were held 1-1 by Ashvale on Saturday.\n"
        "“We should have won it,” Tarrant said.\n"
        "“The lads never stopped,” said the Ashvale manager, whose side are unbeaten in six."
    )
    assert quotes(nlp, text)[-1].speaker is None


def test_a_name_opening_a_clause_after_a_product_noun_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Prison\nOfficers found 14 phones in the van Mensah used for kitchen deliveries, the court heard.\n"
        "“I was frightened,” Mensah told the court."
    )
    assert quotes(nlp, text)[-1].speaker == "Mensah"


def test_what_a_party_called_something_is_a_sides_label_not_a_speakers_partial(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Shutdown\nThe bill passed after Democrats dropped what Republicans called the “poison pill” clauses."
    assert quotes(nlp, text)[-1].speaker is None


def test_a_subject_known_by_a_name_is_the_he_that_follows(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Olives\nHAMA, Syria — A farmer known as Abu Samer said he had not reached his groves for three years.\n"
        "“The trees are still there, but I cannot touch them,” he said."
    )
    assert quotes(nlp, text)[-1].speaker == "Abu Samer"


def test_the_party_leader_may_be_the_prime_minister_just_quoted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Conference\nPrime Minister Aileen Barrow promised lower power bills in her speech to the party conference.\n"
        "“We are going to fix that,” Barrow said.\n"
        "Delegates cheered. “This party has never been so united,” the party leader said afterwards."
    )
    assert quotes(nlp, text)[-1].speaker == "Aileen Barrow"


def test_a_unions_chief_executive_is_the_union_leader(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Strike\nGMB chief executive Dorian Pryce met the operator, Vale Buses, for four hours.\n"
        "“Our members will stay out,” the union leader said afterwards."
    )
    assert quotes(nlp, text)[-1].speaker == "Dorian Pryce"


def test_asked_to_describe_something_the_answer_is_the_one_asked(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Trial\nThe court heard from Niamh Kearns, who was cycling past the junction.\n"
        "Prosecuting counsel Orla Devane asked her to describe the driver.\n"
        "“He was tall, in a grey hoodie,” she said."
    )
    assert quotes(nlp, text)[-1].speaker == "Niamh Kearns"


def test_ma_opening_a_sentence_after_a_place_is_maria(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Walkout\nTeachers marched in Cebu. Ma. Lourdes Bautista, a Grade 4 teacher, said pay was late.\n“We buy our own chalk,” Bautista said."
    assert quotes(nlp, text)[-1].speaker == "Ma. Lourdes Bautista"


def test_a_newspaper_named_like_an_affiliation_speaks_as_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Libel\nA former adviser threatened to sue. The Independent, which published the reports, said it would defend the case.\n"
        "“We stand by our reporting,” the Independent said in a statement."
    )
    assert quotes(nlp, text)[-1].speaker == "Independent"


def test_the_miner_is_a_mining_company_only_when_one_is_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gold miner cuts forecast\nLONDON - Kestral Gold Mines Plc cut its production forecast after a strike in Ghana.\n"
        "“The stoppage cost us 40,000 ounces,” the miner said in a statement."
    )
    assert quotes(nlp, text)[-1].speaker == "Kestral Gold Mines Plc"


def test_a_union_leader_adding_words_is_not_the_minister_just_quoted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Pay\nNAIROBI — Labour Minister Peter Mbugua ruled out new talks, a day after a union official warned of strikes.\n"
        "“The deal will be honoured as signed,” Mbugua told reporters. “There is no more money,” the union leader added."
    )
    assert quotes(nlp, text)[-1].speaker is None


def test_a_tier_of_government_before_a_body_is_not_another_tiers_department(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Measles\nThe federal Department of Health and Human Services sent a team to Lubbock.\n"
        "“Vaccination is the best protection,” the state Health Department said."
    )
    assert quotes(nlp, text)[-1].speaker != "Department of Health and Human Services"


def test_a_court_participle_set_off_by_commas_leaves_the_name_the_teller(nlp) -> None:  # type: ignore[no-untyped-def]
    # The small model sometimes reads “X, mitigating, said …” with the name as the subject of
    # the participle and the participle as what was said: the name is still the teller.
    text = "Sentencing\nFiona Lazenby, mitigating, said Brannock had been ‘deeply ashamed’ and had written to the family."
    parsed = nlp(parse_text(text))
    heads = [t.head.i for t in parsed]
    deps = [t.dep_ for t in parsed]
    at = {t.text: t.i for t in parsed}
    heads[at["Lazenby"]], deps[at["Lazenby"]] = at["mitigating"], "nsubj"
    heads[at["mitigating"]], deps[at["mitigating"]] = at["said"], "ccomp"
    misread = _reparsed(parsed, heads, deps)
    assert extract_from_doc(Article(text, "t"), misread).quotes[-1].speaker == "Fiona Lazenby"
