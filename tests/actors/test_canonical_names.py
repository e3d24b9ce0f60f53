"""Canonical names (spec §3), roles, speaks_for and keys on real German sentences; spans stay as written."""

import pytest


def by_name(nlp, text):
    return {a.name: a for a in nlp(text)._.actors}


@pytest.mark.parametrize("text, phrase, name", [
    ("Ein Sprecher des Bundesministeriums für Wirtschaft und Technologie sagte, die Lage sei ernst.",
     "Ein Sprecher des Bundesministeriums für Wirtschaft und Technologie",
     "Sprecher"),  # the body is an actor of its own, linked by speaks_for (test below)
    ("Das sagten die britischen Behörden in London am Montag.", "die britischen Behörden in London", "britische Behörden"),
    ("Die Behörden in Aleppo meldeten neue Angriffe.", "Die Behörden in Aleppo", "Behörden in Aleppo"),
    # "in"/"im" + a common noun is where or how the body acts, no part of its name
    ("Die Opposition im Landtag kritisierte den Plan scharf.", "Die Opposition im Landtag", "Opposition"),
    # a family named by its surname is the family, not one person of that name
    ("Die Familie Brandauer sagte, sie sei erleichtert.", "Die Familie Brandauer", "Familie Brandauer"),
    ("Das sagte ein Sprecher der Schulbehörde im Nachbarland.", "der Schulbehörde im Nachbarland", "Schulbehörde"),
    ("Das Bundesministerium für Umwelt, Naturschutz und Reaktorsicherheit warnte vor Hitze.",
     "Das Bundesministerium für Umwelt, Naturschutz und Reaktorsicherheit",
     "Bundesministerium für Umwelt, Naturschutz und Reaktorsicherheit"),
    ("Das Album wurde von den Musikkennern als Meilenstein gefeiert.", "den Musikkennern", "Musikkenner"),
    ("Ein lokaler Fernsehsender berichtete, zwei Menschen seien gestorben.", "Ein lokaler Fernsehsender", "Fernsehsender"),
    ("Die Jugendlichen sagten, sie seien unschuldig.", "Die Jugendlichen", "Jugendliche"),  # an adjective made noun: strong
    ("Die Experten sagten, die Lage sei ernst.", "Die Experten", "Experten"),
    # "der" + weak "-en" before a noun without genitive -s: a feminine singular, whatever the noun's ending
    ("Rund 780 Soldaten der deutschen Bundeswehr sind im Einsatz, erklärte der Sprecher der deutschen Bundeswehr.",
     None, "deutsche Bundeswehr"),
    # a capitalised adjective inside the sentence is part of the name, even one that is empty elsewhere ("neu")
    ("Wie die Neue Osnabrücker Zeitung berichtet, ist die Lage ernst.", "die Neue Osnabrücker Zeitung",
     "Neue Osnabrücker Zeitung"),
    ("Die neue Regierung sagte, die Lage sei ernst.", "Die neue Regierung", "Regierung"),
    # a committee or faction keeps the listed body in its genitive, but not where it sits
    ("Der Rechtsausschuss des Bundestages beriet am Montag über das Gesetz.",
     "Der Rechtsausschuss des Bundestages", "Rechtsausschuss des Bundestages"),
    ("Die Fraktion der Grünen im Landtag von Mecklenburg-Vorpommern forderte einen Stopp.",
     "Die Fraktion der Grünen im Landtag von Mecklenburg-Vorpommern", "Fraktion der Grünen"),
    ("Der Fahrer des Fahrzeugs sagte, er habe nichts gesehen.", "Der Fahrer des Fahrzeugs", "Fahrer"),
    # "die" before a body's noun in "-er": several, named in the plural
    ("Die japanischen Veranstalter sagten das Konzert am Freitag ab.", "Die japanischen Veranstalter", "japanische Veranstalter"),
    # the lexicon's lemma in the old spelling ("Ausschuß") still cuts the genitive ending
    ("Ein Sprecher des Untersuchungsausschusses sagte, die Akten fehlten.", "des Untersuchungsausschusses",
     "Untersuchungsausschuss"),
    # one man named by a noun made of an adjective: its strong nominative; "andere" says nothing of who
    ("Der Polizist wurde von einem anderen Beamten geschlagen.", "einem anderen Beamten", "Beamter"),
    ("Der Beschuldigte schwieg am Dienstag vor dem Landgericht.", "Der Beschuldigte", "Beschuldigter"),
    ("Die Beschuldigte schwieg am Dienstag vor dem Landgericht.", "Die Beschuldigte", "Beschuldigte"),
    ("Ein Sprecher sagte, die anderen Bundesländer hätten zugestimmt.", "die anderen Bundesländer", "Bundesländer"),
    # a name in the complement joined by "und" to one more name the mention leaves out: both are the name
    ("Politiker von CDU und FDP lehnten den Vorschlag ab.", "Politiker von CDU", "Politiker von CDU und FDP"),
    # not a phrase of its own after "und"
    ("Politiker von SPD und Vertreter der Grünen kritisierten den Plan.", "Politiker von SPD", "Politiker von SPD"),
    # a listed place's genitive opening a body's phrase says whose body it is, and is no name of its own
    ("Frankreichs Behörden warnten am Sonntag vor dem Sturm.", "Frankreichs Behörden", "Frankreichs Behörden"),
    ("Bayerns Polizei meldete am Montag drei Festnahmen.", "Bayerns Polizei", "Bayerns Polizei"),
])
def test_canonical_name_is_the_nominative_base_form(nlp, text, phrase, name):
    actors = by_name(nlp, text)
    assert name in actors
    if phrase is not None:
        mention = actors[name].mentions[0]
        assert text[mention.start:mention.end] == mention.text == phrase  # the span stays as written


def test_apposition_title_is_the_role_of_one_person(nlp):
    text = "Das sagte Dolkun Isa, der Sekretär des Weltkongresses der Uiguren."
    actors = by_name(nlp, text)
    isa = actors["Dolkun Isa"]
    assert isa.role == "Sekretär des Weltkongresses der Uiguren"
    assert [m.text for m in isa.mentions] == ["Dolkun Isa, der Sekretär des Weltkongresses der Uiguren"]
    assert "Sekretär" not in actors


def test_spokesperson_speaks_for_the_body_in_its_phrase(nlp):
    text = "Ein Sprecher der UN sagte, die Hilfe komme an."
    actors = by_name(nlp, text)
    un = actors["UN"]  # only the short form is written: the name; the key is the entry's
    assert actors["Sprecher"].speaks_for == un.id and un.key == "wikidata:Q1065"
    assert text[un.mentions[0].start:un.mentions[0].end] == "UN"


@pytest.mark.parametrize("text, name, key", [
    # the fullest form written, in the nominative; the key stays the gazetteer entry's
    ("Nach einem Bericht der Frankfurter Allgemeinen Zeitung sank der Umsatz.", "Frankfurter Allgemeine Zeitung", "media:FAZ"),
    ("Ich habe wenig Erfahrung mit den Vereinigten Staaten, sagte er.", "Vereinigte Staaten", "wikidata:Q30"),
    # the listed name where it is written, also beside the long form
    ("Die Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE) vermittelt. Die OSZE sagte, sie sei bereit.", "OSZE", None),
    # an acronym the article defines: its long form
    ("Die Studie wollte die Kirche mit dem Kriminologischen Forschungsinstitut Niedersachsen (KFN) erstellen. "
     "Das KFN kritisierte den Abbruch.", "Kriminologisches Forschungsinstitut Niedersachsen", None),
    ("Vor der Auslosung tagte die „Confédération Européenne de Pétanque“ (CEP). Die CEP vergab die Endrunde.",
     "Confédération Européenne de Pétanque", None),
])
def test_name_is_the_fullest_name_written(nlp, text, name, key):
    actor = by_name(nlp, text)[name]
    assert key is None or actor.key == key


def test_key_is_the_wikidata_item_or_type_and_name(nlp):
    actors = by_name(nlp, "Russland und die britischen Behörden in London widersprachen.")
    assert actors["Russland"].key == "wikidata:Q159" and actors["Russland"].wikidata == "Q159"
    assert actors["britische Behörden"].key == "authority:britische Behörden"


@pytest.mark.parametrize("text, absent", [
    ("Des Weiteren sagte er, die Lage sei ruhig.", "Weiteren"),
    ("Offiziell hieß es, niemand sei verletzt worden.", "Offiziell"),
])
def test_an_adverb_is_no_actor(nlp, text, absent):
    assert absent not in by_name(nlp, text)


def test_capitalised_adjective_before_a_named_body_joins_its_name(nlp):
    text = "Im Einsatz waren Kräfte der Berufsfeuerwehr und der Freiwilligen Feuerwehr Mölschbach, teilte die Polizei mit."
    names = by_name(nlp, text)
    assert "Freiwillige Feuerwehr Mölschbach" in names
    mention = names["Freiwillige Feuerwehr Mölschbach"].mentions[0]
    assert text[mention.start:mention.end] == mention.text



def test_adjective_of_origin_is_no_head_of_a_speaker_phrase(nlp):
    text = "Der Schweizer Politiker Joseph Deiss sagte, die Lage sei ernst."
    actors = nlp(text)._.actors
    assert [(a.name, a.role) for a in actors] == [("Joseph Deiss", "Schweizer Politiker")]
    assert [text[m.start:m.end] for m in actors[0].mentions] == ["Der Schweizer Politiker Joseph Deiss"]


def test_the_body_a_spokesperson_speaks_for_is_an_actor_inside_the_phrase(nlp):
    text = "Ein Sprecher des Bundesministeriums für Wirtschaft und Technologie sagte, die Lage sei ernst."
    actors = by_name(nlp, text)
    body = actors["Bundesministerium für Wirtschaft und Technologie"]
    assert body.type.value == "authority"
    assert [text[m.start:m.end] for m in body.mentions] == ["des Bundesministeriums für Wirtschaft und Technologie"]
    assert actors["Sprecher"].speaks_for == body.id


def test_a_role_is_one_persons_even_in_a_form_that_reads_as_plural(nlp):
    actors = by_name(nlp, "Die Ministerin traf ihren französischen Kollegen Jean-Noël Barrot. "
                                 "Laut Ryanair-Sprecherin Anja Seugling ist das falsch.")
    assert actors["Jean-Noël Barrot"].role == "französischer Kollege"
    assert actors["Anja Seugling"].role == "Ryanair-Sprecherin"
