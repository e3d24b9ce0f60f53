"""Indirect and according-to frames beyond the reporting verb: nouns with a content clause,
impersonal "hieß es", reporting verbs inside subordinate clauses — on sentences written here."""

from __future__ import annotations

import pytest

from karabach_nlp.records import AttributionKind

from conftest import attributions_of as _extract


def _indirect(attributions):
    return [a for a in attributions if a.kind == AttributionKind.indirect]


# (sentence, content, speaker or None, cue parts): each row one construction
INDIRECT_FRAMES = [
    pytest.param(
        "Die Forderung der Opposition, die Steuern zu senken, wurde im Landtag abgelehnt.",
        "die Steuern zu senken", "der Opposition", ["Die Forderung"],
        id="noun_frame_with_zu_infinitive_and_genitive_speaker",
    ),
    pytest.param(
        "Der Anwalt trat dem Vorwurf der Staatsanwaltschaft, das Gutachten sei gefälscht, vor Gericht entgegen.",
        "das Gutachten sei gefälscht", "der Staatsanwaltschaft", ["dem Vorwurf"],
        id="noun_frame_with_konjunktiv_clause_inside_the_sentence",
    ),
    pytest.param(
        "Mit der Begründung, dass die Halle saniert werden müsse, sagte der Verein das Turnier ab.",
        "die Halle saniert werden müsse", None, ["der Begründung"],
        id="noun_frame_with_dass_clause_and_no_speaker",
    ),
    pytest.param(
        "Die Ministerin ist der Ansicht, dass die Reform zu spät komme.",
        "die Reform zu spät komme", "Die Ministerin", ["ist", "der Ansicht"],
        id="noun_frame_as_object_of_a_verb_takes_its_subject",
    ),
    pytest.param(
        "Die Rücktrittsforderung der Grünen, der Bürgermeister solle sofort gehen, stieß auf Widerspruch.",
        "der Bürgermeister solle sofort gehen", "der Grünen", ["Die Rücktrittsforderung"],
        id="noun_frame_compound_noun_counts",
    ),
    pytest.param(
        "Feierlichkeiten zum Jubiläum seien nicht vorgesehen, hieß es.",
        "Feierlichkeiten zum Jubiläum seien nicht vorgesehen", None, ["hieß", "es"],
        id="impersonal_hiess_es_after_the_content",
    ),
    pytest.param(
        "Die Lage an der Grenze sei ruhig, heißt es aus dem Innenministerium.",
        "Die Lage an der Grenze sei ruhig", "dem Innenministerium", ["heißt", "es"],
        id="impersonal_heisst_es_with_its_source",
    ),
    pytest.param(
        "Nachdem der Minister gefordert hatte, die Steuern zu senken, kam es zu Protesten.",
        "die Steuern zu senken", "der Minister", ["gefordert"],
        id="reporting_verb_in_subordinate_clause_keeps_its_own_object_clause",
    ),
]


@pytest.mark.parametrize("text, content, speaker, cue", INDIRECT_FRAMES)
def test_attributions_indirect_frame(nlp, text, content, speaker, cue):
    [a] = _indirect(_extract(nlp, text))
    assert a.content.text == content
    assert (a.speaker.text if a.speaker else None) == speaker
    assert [c.text for c in a.cue] == cue


def test_attributions_noun_followed_by_relative_clause_is_no_frame(nlp):
    for text in (
        "Der Plan, der im Mai vorgestellt wurde, ist inzwischen gescheitert.",
        "Es gab einen Hinweis, auf den die Behörden nicht reagierten.",
        "Die Forderung nach mehr Geld wurde am Montag in Berlin wiederholt.",
    ):
        assert _indirect(_extract(nlp, text)) == [], text


def test_attributions_reporting_verb_in_subordinate_clause_frames_no_main_clause(nlp):
    text = "Nachdem der Minister den Rücktritt gefordert hatte, kam es zu Protesten, die bis Mitternacht dauerten."
    assert _indirect(_extract(nlp, text)) == []


def test_attributions_nach_a_document_or_statement_is_according_to(nlp):
    text = "Nach einer Stellungnahme der Armee befand sich der Hubschrauber auf einem Übungsflug."
    a = _one_kind(_extract(nlp, text), AttributionKind.according_to)
    assert a.content.text == "befand sich der Hubschrauber auf einem Übungsflug"
    assert a.speaker.text == "der Armee"


def test_attributions_according_to_source_with_quoted_name(nlp):
    text = "Laut einem Artikel der „Lausitzer Rundschau“ ist die Brücke seit Montag gesperrt."
    a = _one_kind(_extract(nlp, text), AttributionKind.according_to)
    assert a.speaker.text == "einem Artikel der „Lausitzer Rundschau“"
    assert a.content.text == "ist die Brücke seit Montag gesperrt"


def test_attributions_speaker_after_content_keeps_its_apposition(nlp):
    text = "Die Reform komme zu spät, teilte der Geschäftsführer der Fraktion, Jens Nacke, mit."
    [a] = _indirect(_extract(nlp, text))
    assert a.speaker.text == "der Geschäftsführer der Fraktion, Jens Nacke"
    assert [c.text for c in a.cue] == ["teilte", "mit"]


def test_attributions_speaker_phrase_stops_before_a_verb(nlp):
    text = "Nach Behördenangaben wurden erhöhte Strahlungswerte gemessen."
    a = _one_kind(_extract(nlp, text), AttributionKind.according_to)
    assert a.speaker.text == "Behördenangaben"


def test_attributions_indicative_clause_before_konjunktiv_frames_it(nlp):
    text = (
        "Der Betriebsrat sprach am Morgen mit der Geschäftsführung. "
        "In dem Streit sieht die Gewerkschaft einen Angriff auf die Belegschaft, es gehe nur um Gewinne."
    )
    [a] = [a for a in _indirect(_extract(nlp, text)) if "Gewinne" in a.content.text]
    assert a.content.text == "es gehe nur um Gewinne"
    assert a.speaker.text == "die Gewerkschaft"


def test_attributions_so_and_nach_dem_near_misses_are_no_frames(nlp):
    for text in (
        "Der Sturm hatte die Küste erreicht, so wurde der Hafen am Abend gesperrt.",
        "Die Mannschaft lag zurück, nach dem Wechsel in der Pause wurde sie stärker.",
    ):
        kinds = [a.kind for a in _extract(nlp, text)]
        assert AttributionKind.according_to not in kinds, text


def test_attributions_moechte_alone_is_no_free_indirect_speech(nlp):
    text = "Der Minister sagte, die Lage sei ernst. Er möchte im Sommer nach Kiew reisen."
    kinds = [a.kind for a in _extract(nlp, text)]
    assert AttributionKind.free_indirect not in kinds


def _one_kind(attributions, kind):
    found = [a for a in attributions if a.kind == kind]
    assert len(found) == 1, [(a.kind, a.content.text) for a in attributions]
    return found[0]


def test_attributions_soll_plan_far_from_any_report_is_no_speech(nlp):
    text = (
        "Die Stadt liegt am Fluss. Im Winter friert der Hafen oft zu. Die Fähre fährt dann nicht. "
        "Viele Pendler nehmen den Bus. Der Bus braucht eine Stunde. Die alte Brücke ist gesperrt. "
        "Die Kosten sind hoch. Eine neue Brücke soll bis 2030 gebaut werden."
    )
    assert _extract(nlp, text) == []


def test_attributions_soll_with_perfect_infinitive_is_hearsay_anywhere(nlp):
    text = "Die Stadt liegt am Fluss. Der Fahrer soll vor dem Unfall Alkohol getrunken haben."
    a = _one_kind(_extract(nlp, text), AttributionKind.free_indirect)
    assert a.content.text == "Der Fahrer soll vor dem Unfall Alkohol getrunken haben."


def test_attributions_soll_plan_right_after_a_report_continues_it(nlp):
    text = "Der Bürgermeister sagte, die alte Brücke sei marode. Eine neue Brücke soll bis 2030 gebaut werden."
    a = _one_kind(_extract(nlp, text), AttributionKind.free_indirect)
    assert a.content.text == "Eine neue Brücke soll bis 2030 gebaut werden."


def test_attributions_speaker_with_quoted_name_and_name_particle(nlp):
    text = "Wie die Tageszeitung „Der Kurier“ berichtete, ist der Minister zurückgetreten. Wie de Maizière darlegte, sei die Lage ernst."
    found = [a for a in _extract(nlp, text) if a.kind == AttributionKind.according_to]
    assert [a.speaker.text for a in found] == ["die Tageszeitung „Der Kurier“", "de Maizière"]


def test_attributions_speakers_with_apposition_or_hyphenated_adjective(nlp):
    text = (
        "Ein Sprecher des saudi-arabischen Ministeriums sagte, die Zahl der Kranken sei gestiegen. "
        "Wie die Premierministerin von Queensland, Anna Bligh, erklärte, sei die Flut zurückgegangen. "
        "Der Vertreter der Arbeitgeber, Peter Clever, hat gefordert, die Beiträge zu senken."
    )
    speakers = [a.speaker.text for a in _extract(nlp, text)]
    assert speakers == [
        "Ein Sprecher des saudi-arabischen Ministeriums",
        "die Premierministerin von Queensland, Anna Bligh",
        "Der Vertreter der Arbeitgeber, Peter Clever",
    ]


def test_attributions_stance_frames_hold_show_and_be(nlp):
    text = (
        "Die Behörde hält es für unwahrscheinlich, dass sich Menschen beim Essen anstecken. "
        "Der Trainer zeigte sich zuversichtlich, dass die Mannschaft das Spiel gewinnt. "
        "Die Staatsanwaltschaft war sich sicher, dass die Beweise ausreichen würden."
    )
    found = _indirect(_extract(nlp, text))
    assert [(a.speaker.text, [c.text for c in a.cue], a.content.text) for a in found] == [
        ("Die Behörde", ["hält", "es", "für unwahrscheinlich"], "sich Menschen beim Essen anstecken"),
        ("Der Trainer", ["zeigte", "sich", "zuversichtlich"], "die Mannschaft das Spiel gewinnt"),
        ("Die Staatsanwaltschaft", ["war", "sich", "sicher"], "die Beweise ausreichen würden"),
    ]


def test_attributions_stance_near_misses_are_no_frames(nlp):
    for text in (
        "Das Haus ist alt, die Fenster sind undicht und das Dach ist kaputt.",
        "Die Polizei hält den Verkehr an, weil die Straße gesperrt wurde.",
        "Der Sänger zeigte sich gut gelaunt, er winkte den Fans zu.",
    ):
        assert _indirect(_extract(nlp, text)) == [], text


def test_attributions_direct_frame_after_in_the_passive_of_zitieren(nlp):
    text = "„Wir geben den Hafen nicht auf“, wird der Minister in der Zeitung zitiert."
    # the medium that quotes is a speaker too (tests/test_attributions_cited.py); the minister comes last
    citer, a = [a for a in _extract(nlp, text) if a.kind == AttributionKind.direct]
    assert citer.speaker.text == "der Zeitung"
    assert a.content.text == "Wir geben den Hafen nicht auf"
    assert a.speaker.text == "der Minister"
    assert [c.text for c in a.cue] == ["wird", "zitiert"]


def test_attributions_konjunktiv_ii_right_after_a_report_continues_it(nlp):
    text = "Der Sprecher sagte, die Lage sei ernst. Das Wasser steigt weiter. Bisher hätten Helfer 600 Menschen gerettet."
    a = _one_kind(_extract(nlp, text), AttributionKind.free_indirect)
    assert a.content.text == "Bisher hätten Helfer 600 Menschen gerettet."


def test_attributions_konjunktiv_ii_far_from_a_report_is_no_speech(nlp):
    text = "Die Stadt liegt am Fluss. Im Winter friert der Hafen zu. Die Fähre fährt dann nicht. Mit einer Brücke wäre alles einfacher."
    assert _extract(nlp, text) == []


def test_attributions_speaker_after_comma_and_conjunction(nlp):
    text = "Die Regierung schwieg, und das Kinderhilfswerk UNICEF rief Russland auf, die Grenze zu öffnen."
    [a] = _indirect(_extract(nlp, text))
    assert a.speaker.text == "das Kinderhilfswerk UNICEF"
    assert a.content.text == "die Grenze zu öffnen"


def test_attributions_sentence_opening_preposition_is_no_speaker(nlp):
    text = "Angesichts solcher Pläne sagte der Geschäftsführer des Verbands, die Bauern seien verzweifelt."
    [a] = _indirect(_extract(nlp, text))
    assert a.speaker.text == "der Geschäftsführer des Verbands"


def test_attributions_coordinated_speech_act_after_a_content_is_read(nlp):
    """ "teilte mit, dass …, und warnte vor …": the content stops before the coordinated verb of
    saying, which then frames a report of its own."""
    text = "Die Wetterbehörde teilte mit, dass die Regenfälle anhalten, und warnte vor neuen Überschwemmungen."
    found = {(a.kind, a.speaker.text if a.speaker else None, a.content.text) for a in _extract(nlp, text)}
    assert (AttributionKind.indirect, "Die Wetterbehörde", "die Regenfälle anhalten") in found
    assert any(kind == AttributionKind.reported and content == "vor neuen Überschwemmungen" for kind, _, content in found), found
