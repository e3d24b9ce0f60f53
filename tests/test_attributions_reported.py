"""Reported speech (spec §2 "reported"): speech acts whose content is an object or a
prepositional phrase, on German sentences written for these tests."""

from __future__ import annotations

import pytest

from karabach_nlp.components.attributions.reported import opens
from karabach_nlp.records import AttributionKind

from conftest import attributions_of as _extract, of_kind as _of_kind


@pytest.mark.parametrize(
    "word, opener, expected",
    [("zur", "zu", True), ("zum", "zu", True), ("vom", "von", True), ("am", "an", True), ("zu", "zu", True),
     ("zur", "von", False), ("der", "zu", False)],
)
def test_reported_opens_fused_prepositions(word, opener, expected):
    assert opens(word, opener) is expected


@pytest.mark.parametrize(
    "text, cue, speaker, content",
    [
        # the opener "zu" fused with its article
        ("Der Stadtrat rief die Anwohner zur Ruhe auf.", ["rief", "auf"], "Der Stadtrat", "zur Ruhe"),
        ("Die Lehrerin hat die Eltern zum Gespräch aufgefordert.", ["aufgefordert"], "Die Lehrerin", "zum Gespräch"),
        ("Die Behörden gehen vom schlimmsten Fall aus.", ["gehen", "aus"], "Die Behörden", "vom schlimmsten Fall"),
    ],
)
def test_reported_content_opened_by_a_fused_preposition(nlp, text, cue, speaker, content):
    [a] = _of_kind(_extract(nlp, text), AttributionKind.reported)
    assert [c.text for c in a.cue] == cue
    assert a.speaker.text == speaker
    assert a.content.text == content


def test_reported_speaker_after_a_relative_clause_with_a_passive(nlp):
    # the passive "vorgelegt wurde" belongs to the relative clause, not to "fordert"
    text = "In einem Bericht, der dem Rat gestern vorgelegt wurde, fordert die Kommission ein Ende der Gewalt."
    [a] = _of_kind(_extract(nlp, text), AttributionKind.reported)
    assert a.speaker.text == "die Kommission"
    assert [c.text for c in a.cue] == ["fordert"]
    assert a.content.text == "ein Ende der Gewalt"


def test_reported_leaves_a_coordinated_clause_to_its_own_verb(nlp):
    text = "Der Stadtrat rief die Parteien zum Dialog auf und beschloss, eine Kommission einzusetzen."
    attributions = _extract(nlp, text)
    [reported] = _of_kind(attributions, AttributionKind.reported)
    [indirect] = _of_kind(attributions, AttributionKind.indirect)
    assert reported.content.text == "zum Dialog"
    assert [c.text for c in indirect.cue] == ["beschloss"]
    assert indirect.content.text == "eine Kommission einzusetzen"
    assert indirect.speaker.text == "Der Stadtrat"


@pytest.mark.parametrize(
    "text",
    [
        # "gekündigt" (dismissed) is no participle of "ankündigen": the particle is missing
        "Der Fahrer wurde von der Spedition nach dem Unfall gekündigt.",
        "Die Spedition hat dem Fahrer nach dem Unfall gekündigt.",
    ],
)
def test_reported_participle_without_its_particle_is_no_speech_act(nlp, text):
    assert not _of_kind(_extract(nlp, text), AttributionKind.reported)


def test_reported_separable_participle_in_the_passive_keeps_its_agent(nlp):
    text = "Die Schließung des Werks wurde vom Vorstand angekündigt."
    [a] = _of_kind(_extract(nlp, text), AttributionKind.reported)
    assert a.speaker.text == "Vorstand"
    assert [c.text for c in a.cue] == ["angekündigt"]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Als Ursache des Brandes wurde ein defektes Kabel genannt.", ["genannt"]),
        ("Als Täter wird ein früherer Mitarbeiter der Bank vermutet.", ["vermutet"]),
        ("Als Gründe wurden steigende Kosten und fehlendes Personal angegeben.", ["angegeben"]),
    ],
)
def test_reported_cause_named_in_an_agentless_passive(nlp, text, cue):
    [a] = _of_kind(_extract(nlp, text), AttributionKind.reported)
    assert [c.text for c in a.cue] == cue
    assert a.speaker is None
    assert a.content.text == text.rstrip(".")


@pytest.mark.parametrize(
    "text",
    [
        "Als Kind wurde er von seinen Lehrern oft gelobt.",  # praise, no naming of a cause
        "Als Nachfolger wurde der bisherige Vize gewählt.",
        "Ein Defekt wurde als Ursache genannt, als die Feuerwehr eintraf.",  # no "als" phrase opening it
    ],
)
def test_reported_agentless_passive_near_misses(nlp, text):
    assert not [a for a in _of_kind(_extract(nlp, text), AttributionKind.reported) if a.speaker is None]


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        ("Arabische und iranische Zeitungen werfen ihm Verrat vor.", "Arabische und iranische Zeitungen",
         ["werfen", "vor"]),
        ("Die Ermittler vor Ort gehen von einem Unfall aus.", "Die Ermittler vor Ort", ["gehen", "aus"]),
    ],
)
def test_reported_speaker_is_the_whole_prefield(nlp, text, speaker, cue):
    [a] = _of_kind(_extract(nlp, text), AttributionKind.reported)
    assert a.speaker.text == speaker
    assert [c.text for c in a.cue] == cue


def test_reported_prefield_that_is_a_comparison_is_no_speaker(nlp):
    text = "Schneller als die Forscher vorausgesagt hatten, stieg das Wasser im Fluss."
    assert not _of_kind(_extract(nlp, text), AttributionKind.reported)


def test_reported_passive_of_an_ieren_verb_keeps_its_agent(nlp):
    # "kritisiert" has no "ge-": the participle is known by its tag
    text = "Die neue Regelung wurde von den Gewerkschaften als ungerecht kritisiert."
    [a] = _of_kind(_extract(nlp, text), AttributionKind.reported)
    assert a.speaker.text == "den Gewerkschaften"
    assert [c.text for c in a.cue] == ["kritisiert"]


def test_reported_speaker_below_a_heading_without_full_stop(nlp):
    # the heading line has no full stop: it is a sentence of its own, not part of the speaker
    text = "Reaktionen aus Berlin\n\nDie Kanzlerin sprach von einem guten Tag für Europa."
    [a] = _of_kind(_extract(nlp, text), AttributionKind.reported)
    assert a.speaker.text == "Die Kanzlerin"
    assert a.content.text == "von einem guten Tag für Europa"


def test_reported_heading_split_leaves_sentences_after_a_full_stop_alone(nlp):
    text = "Die Polizei sprach von drei Verletzten.\nDer Verband forderte eine Untersuchung."
    reported = _of_kind(_extract(nlp, text), AttributionKind.reported)
    assert [a.speaker.text for a in reported] == ["Die Polizei", "Der Verband"]
    assert all(a.content.text.strip() for a in reported)


@pytest.mark.parametrize(
    "text",
    [
        "Die Identität des Fahrers gab die Polizei nicht bekannt.",
        "Die Feuerwehr konnte die Zahl der Verletzten zunächst nicht bestätigen.",
        "Von der Reederei wurden diese Angaben bislang nicht bestätigt.",
    ],
)
def test_reported_negated_speech_act_says_nothing(nlp, text):
    assert not _of_kind(_extract(nlp, text), AttributionKind.reported)


@pytest.mark.parametrize(
    "text, content",
    [
        # "nicht nur" and a negation in a coordinated clause leave the speech act standing
        ("Der Verband hat sich nicht nur für höhere Löhne ausgesprochen.", "für höhere Löhne"),
        ("Die Pfleger fordern mehr Personal und beklagen nicht bezahlte Überstunden.",
         "mehr Personal und beklagen nicht bezahlte Überstunden"),
        # "schloss … nicht aus" leaves a possibility open: reported, negation and all
        ("Der Trainer schloss einen Wechsel im Sommer nicht aus.", "einen Wechsel im Sommer"),
    ],
)
def test_reported_negation_near_misses(nlp, text, content):
    [a] = _of_kind(_extract(nlp, text), AttributionKind.reported)
    assert a.content.text == content


def test_reported_speech_act_in_a_contrasting_clause(nlp):
    text = "Die Regierung lehnte den Plan ab, während die Opposition den Vorschlag begrüßte."
    reported = _of_kind(_extract(nlp, text), AttributionKind.reported)
    [a] = [r for r in reported if r.speaker.text == "die Opposition"]
    assert [c.text for c in a.cue] == ["begrüßte"]
    assert a.content.text == "den Vorschlag"


@pytest.mark.parametrize(
    "text",
    [
        "Nachdem die Behörde den Plan verkündet hatte, stiegen die Preise.",  # a time, no speech act
        "Die Gäste, die den Gastgeber begrüßten, kamen aus Polen.",  # relative clauses: not annotated as speech
        "Die Regierung lehnte den Plan ab, während die Opposition den Vorschlag nicht begrüßte.",  # negated
    ],
)
def test_reported_subordinate_clause_near_misses(nlp, text):
    reported = _of_kind(_extract(nlp, text), AttributionKind.reported)
    assert not [a for a in reported if a.speaker is not None and a.speaker.text in ("die Behörde", "die", "die Opposition")]


@pytest.mark.parametrize(
    "text",
    [
        "Frauen waren von dem Wettbewerb lange ausgeschlossen.",  # an exclusion, not a statement
        "Der Verein hatte die Spieler vom Training ausgeschlossen.",
        "Seit dem Umzug nennt sich die Messe „Kunstwoche Nord“.",  # a name it bears
        "Von dem neuen Hund verspricht man sich viel.",  # an expectation
        "Die Firma bezeichnet sich selbst als Marktführer.",
    ],
)
def test_reported_exclusion_and_reflexive_naming_are_no_speech_acts(nlp, text):
    assert not _of_kind(_extract(nlp, text), AttributionKind.reported)


def test_reported_ausschliessen_negated_or_finite_stays_a_report(nlp):
    [a] = _of_kind(_extract(nlp, "Die Ministerin schloss einen Rücktritt nicht aus."), AttributionKind.reported)
    assert [c.text for c in a.cue] == ["schloss", "aus"]
    [b] = _of_kind(_extract(nlp, "Der Parteichef schloss eine Koalition mit den Grünen aus."), AttributionKind.reported)
    assert b.speaker.text == "Der Parteichef"


def test_reported_speech_act_whose_object_holds_a_quotation(nlp):
    text = "Der Sender berichtete von „heftigen Kämpfen am Stadtrand“ in der Nacht."
    attributions = _extract(nlp, text)
    [direct] = _of_kind(attributions, AttributionKind.direct)
    [reported] = _of_kind(attributions, AttributionKind.reported)
    assert direct.content.text == "heftigen Kämpfen am Stadtrand"
    assert reported.speaker.text == "Der Sender"
    assert [c.text for c in reported.cue] == ["berichtete"]
    assert reported.content.start <= direct.content.start and direct.content.end <= reported.content.end


@pytest.mark.parametrize(
    "text",
    [
        "Die Sprecherin sagte: „Wir prüfen den Vorfall.“",  # a verb of saying with its quote: direct only
        "„Wir prüfen den Vorfall“, forderte die Sprecherin.",  # the quote is no object of the verb
    ],
)
def test_reported_quotation_outside_a_speech_acts_object_stays_direct_only(nlp, text):
    assert not _of_kind(_extract(nlp, text), AttributionKind.reported)


def test_reported_separable_verb_wins_over_its_stem_and_shares_its_speaker(nlp):
    text = "Die Wetterbehörde forderte die Bewohner zur Vorsicht auf und warnte vor neuen Regenfällen."
    first, second = sorted(_of_kind(_extract(nlp, text), AttributionKind.reported), key=lambda a: a.content.start)
    assert [c.text for c in first.cue] == ["forderte", "auf"]
    assert first.content.text == "zur Vorsicht"
    assert [c.text for c in second.cue] == ["warnte"]
    assert second.speaker.text == "Die Wetterbehörde"
    assert second.content.text == "vor neuen Regenfällen"


@pytest.mark.parametrize(
    "text",
    [
        # the particle closing the clause makes "fordern"/"sprechen" another verb ("anfordern", "aussprechen")
        "Der Landrat forderte zusätzliche Hilfskräfte an und rief den Katastrophenfall aus.",
        "Die Ministerin sprach sich gegen den Einsatz von Gewalt aus.",
        # "sein" with the participle states a result: nobody speaks
        "Heute waren 8 Millionen Wähler zur Abgabe ihrer Stimme bei der Wahl zum neuen Landtag aufgerufen.",
        # the impersonal "man" names a usage, it reports nobody's words
        "So etwas nennt man einen Etikettenschwindel.",
        # the modal after the infinitive is no content of its own
        "Die Stadt hätte den Betrag schon viel früher verlangen müssen.",
        # a pronoun points back to a claim made elsewhere and holds none itself
        "Der Sprecher bestätigte dies anschließend.",
        "Die Ministerin hatte ihn empfohlen.",
    ],
)
def test_reported_not_taken_from_near_misses(nlp, text):
    assert _of_kind(_extract(nlp, text), AttributionKind.reported) == []


@pytest.mark.parametrize(
    "text, cue, speaker, content",
    [
        ("Der Landrat forderte zusätzliche Hilfskräfte.", ["forderte"], "Der Landrat", "zusätzliche Hilfskräfte"),
        ("Der Bürgermeister hatte alle Bürger zur Wahl aufgerufen.", ["aufgerufen"], "Der Bürgermeister", "zur Wahl"),
        ("Die Verbraucherzentrale nennt das Angebot einen Etikettenschwindel.", ["nennt"], "Die Verbraucherzentrale",
         "das Angebot einen Etikettenschwindel"),
        ("Die Stadt hat den Betrag verlangt.", ["verlangt"], "Die Stadt", "den Betrag"),
        ("Der Sprecher bestätigte den Unfall.", ["bestätigte"], "Der Sprecher", "den Unfall"),
        # "androhen": the particle "an" closes a threat, itself a speech act
        ("Die Regierung drohte dem Nachbarland harte Vergeltung an.", ["drohte", "an"], "Die Regierung",
         "dem Nachbarland harte Vergeltung"),
        ("Die Oppositionsführerin attackierte den Minister als Lügner.", ["attackierte"], "Die Oppositionsführerin",
         "als Lügner"),
        ("Die Ministerin spricht seit Wochen offen über eine Reform der Pflege.", ["spricht"], "Die Ministerin",
         "über eine Reform der Pflege"),
    ],
)
def test_reported_kept_beside_its_near_misses(nlp, text, cue, speaker, content):
    [a] = _of_kind(_extract(nlp, text), AttributionKind.reported)
    assert [c.text for c in a.cue] == cue
    assert a.speaker.text == speaker
    assert a.content.text == content


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        # an adverb or an object before the finite verb: the subject follows the verb
        ("Gegenwärtig wirft der Finanzminister dem Justizminister Einmischung vor.", "der Finanzminister",
         "dem Justizminister Einmischung"),
        ("Den Schaden beziffert der Versicherer auf zwei Millionen Euro.", "der Versicherer", "auf zwei Millionen Euro"),
        ("Die Tat bezeichnete er als sinnlos.", "er", "als sinnlos"),
        ("Zuletzt hatte im Mai der Präsident des Landes um die Rückgabe gebeten.", "der Präsident des Landes",
         "um die Rückgabe"),
        # near-miss: "sie" after the verb may be the object, the phrase before it stays the subject
        ("Die Regierung bezeichnete sie als sinnlos.", "Die Regierung", "als sinnlos"),
        # near-miss: a focus particle leading a noun phrase ("Selbst der Papst") is no part of the subject
        ("Selbst der Papst kritisierte die Regierung.", "der Papst", "die Regierung"),
    ],
)
def test_reported_subject_after_the_verb_when_the_prefield_is_none(nlp, text, speaker, content):
    [a] = _of_kind(_extract(nlp, text), AttributionKind.reported)
    assert a.speaker.text == speaker
    assert a.content.text == content


def test_reported_passive_opened_by_its_content_names_no_speaker(nlp):
    # "von" here opens what was said ("sprechen von"), it is no agent
    text = "Von einer schweren Krise wird inzwischen auch in der Regierung gesprochen."
    [a] = _of_kind(_extract(nlp, text), AttributionKind.reported)
    assert a.speaker is None
    assert [c.text for c in a.cue] == ["gesprochen"]


def test_reported_passive_with_two_von_phrases_keeps_the_first_as_agent(nlp):
    text = "Vom Minister wurde von einem Erfolg gesprochen."
    [a] = _of_kind(_extract(nlp, text), AttributionKind.reported)
    assert a.speaker.text == "Minister"


@pytest.mark.parametrize(
    "text, cue, speaker, content",
    [
        ("Vor einer neuen Flutwelle hat der Katastrophenschutz am Montag gewarnt.", ["gewarnt"], "der Katastrophenschutz",
         "Vor einer neuen Flutwelle"),
        ("Von einem Brandanschlag geht die Feuerwehr aus.", ["geht", "aus"], "die Feuerwehr", "Von einem Brandanschlag"),
        # near-miss: the phrase after the verb opens the content, the fronted one is only where it was said
        ("Vor Journalisten warnte der Minister vor einer Krise.", ["warnte"], "der Minister", "vor einer Krise"),
    ],
)
def test_reported_content_fronted_before_the_verb(nlp, text, cue, speaker, content):
    [a] = _of_kind(_extract(nlp, text), AttributionKind.reported)
    assert [c.text for c in a.cue] == cue
    assert a.speaker.text == speaker
    assert a.content.text == content


def test_reported_particle_after_a_quoted_phrase(nlp):
    text = "Der Bischof rief die Gemeinde zum „stillen Gebet“ für die Opfer auf."
    [a] = _of_kind(_extract(nlp, text), AttributionKind.reported)
    assert [c.text for c in a.cue] == ["rief", "auf"]
    assert a.speaker.text == "Der Bischof"
    assert a.content.text == "zum „stillen Gebet“ für die Opfer"


def test_reported_particle_not_past_a_quoted_name(nlp):
    # a quote right after a noun names it: a book announced, nobody's words
    text = "Der Verlag kündigte den Roman „Nachtzug“ für den Herbst an."
    assert _of_kind(_extract(nlp, text), AttributionKind.reported) == []


def test_reported_negation_in_a_coordinated_clause_denies_nothing(nlp):
    text = "Die Sprecherin verwies auf das Unwetter und wollte keine weitere Ursache nennen."
    [a] = _of_kind(_extract(nlp, text), AttributionKind.reported)
    assert [c.text for c in a.cue] == ["verwies"]
    assert a.speaker.text == "Die Sprecherin"
    assert a.content.text.startswith("auf das Unwetter")


def test_reported_negated_content_still_denies(nlp):
    assert _of_kind(_extract(nlp, "Die Sprecherin verwies auf keine Ursache."), AttributionKind.reported) == []


def test_reported_naming_with_man_after_the_verb_is_no_speech(nlp):
    assert _of_kind(_extract(nlp, "Solche Wagen nannte man damals Lumpensammler."), AttributionKind.reported) == []
    [a] = _of_kind(_extract(nlp, "Den Plan nannte die Ministerin einen Irrweg."), AttributionKind.reported)
    assert a.speaker.text == "die Ministerin"


def test_reported_with_a_konjunktiv_clause_after_it_is_indirect(nlp):
    # the object is too long for the comma to frame a clause of "kritisierte" by itself
    text = ("Die Ministerin kritisierte den Bürgermeister in der Sitzung am Montag auch heftig wegen der "
            "gescheiterten Verhandlungen, es sei ein schwerer Fehler gewesen.")
    attributions = _extract(nlp, text)
    assert _of_kind(attributions, AttributionKind.reported) == []
    [a] = _of_kind(attributions, AttributionKind.indirect)
    assert [c.text for c in a.cue] == ["kritisierte"]
    assert a.speaker.text == "Die Ministerin"
    assert a.content.text.startswith("den Bürgermeister")
    assert a.content.text.endswith("es sei ein schwerer Fehler gewesen")


def test_reported_with_an_indicative_clause_after_it_stays_reported(nlp):
    text = ("Die Ministerin kritisierte den Bürgermeister in der Sitzung am Montag auch heftig wegen der "
            "gescheiterten Verhandlungen, die gestern abgebrochen wurden.")
    [a] = _of_kind(_extract(nlp, text), AttributionKind.reported)
    assert a.content.text.endswith("wegen der gescheiterten Verhandlungen")


def test_reported_konjunktiv_relative_clause_is_indirect(nlp):
    # the Konjunktiv says the relative clause is the newspaper's claim too
    text = "Die Zeitung berichtete von einem Leck, das die Landung erzwungen habe."
    attributions = _extract(nlp, text)
    assert _of_kind(attributions, AttributionKind.reported) == []
    [b] = _of_kind(attributions, AttributionKind.indirect)
    assert b.content.text == "von einem Leck, das die Landung erzwungen habe"
    assert [c.text for c in b.cue] == ["berichtete"]


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Die von der Miliz kontrollierte Gesundheitsbehörde meldete 27 Tote.",
         "Die von der Miliz kontrollierte Gesundheitsbehörde", "27 Tote"),
        ("Die Behörden zählten am Abend mehr als 40 Verletzte.", "Die Behörden", "am Abend mehr als 40 Verletzte"),
    ],
)
def test_reported_figure_verb_with_a_casualty_figure_is_a_report(nlp, text, speaker, content):
    [a] = _of_kind(_extract(nlp, text), AttributionKind.reported)
    assert (a.speaker.text, a.content.text) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "Die Firma meldete im Frühjahr Insolvenz an.",
        "Die Kette meldete 27 neue Filialen.",
        "Der Verein zählt inzwischen 300 Mitglieder.",
        "Der Brand wurde von Anwohnern gemeldet.",
    ],
)
def test_reported_figure_verb_without_a_casualty_figure_is_no_report(nlp, text):
    assert _of_kind(_extract(nlp, text), AttributionKind.reported) == []
