"""Addressees found in a report's frame (the quotation dataset's addressee role), on frames written here."""

from __future__ import annotations

import pytest

from karabach_nlp.addressees import find_addressees


def _found(frame: str, speaker: str = "") -> list[str]:
    spk = [(frame.index(speaker), frame.index(speaker) + len(speaker))] if speaker else []
    return [frame[s:e] for s, e in find_addressees(frame, [(0, len(frame))], spk)]


@pytest.mark.parametrize(
    "frame, addressee",
    [
        ("Der Sprecher sagte gegenüber der Nachrichtenagentur AFP,", "der Nachrichtenagentur AFP"),
        ("Die Botschaft teilte dem Fernsehsender CNN mit,", "dem Fernsehsender CNN"),
        ("Der Verlag schlug den entlassenen Mitarbeitern vor,", "den entlassenen Mitarbeitern"),
        ("In einem Interview mit der Zeitung „Die Welt“ erklärte der Minister,", "der Zeitung „Die Welt“"),
        ("An die Gewerkschaften gewandt sagte die Kanzlerin,", "die Gewerkschaften"),
        ("Er forderte die Regierung in Kiew auf,", "die Regierung"),
        ("Ihm wird unter anderem vorgeworfen,", "Ihm"),
        ("Der Bürgermeisterin wurde geraten,", "Der Bürgermeisterin"),
        ("Die Ministerin sagte Journalisten am Rande des Gipfels,", "Journalisten"),
        ("Das sagte der Trainer der Nachrichtenagentur dpa.", "der Nachrichtenagentur dpa"),
        ("Sie erklärte der Wochenzeitung „Die Zeit“,", "der Wochenzeitung „Die Zeit“"),
        ("Die Opposition warf der Regierung vor,", "der Regierung"),
        ("Der Verband wirft der Deutschen Bahn vor,", "der Deutschen Bahn"),
        # the object before a late urging verb: after the auxiliary, in a passive, in a clause
        ("Der Fraktionschef, Wolfgang Jüttner, hatte Lenz gestern aufgefordert,", "Lenz"),
        ("Das Parlament hat die Mitgliedsstaaten der Europäischen Union dazu aufgefordert,",
         "die Mitgliedsstaaten der Europäischen Union"),
        ("Merkel hat am Samstag in ihrer wöchentlichen Videobotschaft die Autohersteller dazu aufgefordert,",
         "die Autohersteller"),
        ("Zudem wurde die Bundesregierung vom Verband aufgefordert,", "die Bundesregierung"),
        ("Ein Prediger wurde zugeschaltet, der alle Nichtmuslime aufforderte,", "alle Nichtmuslime"),
        ("Die Aktionäre schlugen Alarm, indem sie den Aufsichtsrat indirekt zum Handeln aufforderten:", "den Aufsichtsrat"),
        ("Der Bischof hat Papst Benedikt XVI. gebeten,", "Papst Benedikt XVI."),
        # "appellierte an X", "vor Journalisten"
        ("Zudem appellierte der Präsident an private Fluglinien,", "private Fluglinien"),
        ("An die Regierung Myanmars appellierte sie,", "die Regierung Myanmars"),
        ("Karsai sagte am Sonntag vor Journalisten weiter,", "Journalisten"),
        ("Am Freitag hatte der Verlagsleiter den 18 Mitarbeitern erklärt,", "den 18 Mitarbeitern"),
        # a reproach: "den USA" is a dative here, a bare name after the verb, a dative before a late form
        ("Der Minister warf den USA vor,", "den USA"),
        ("Kritiker werfen Obama vor,", "Obama"),
        ("Politiker aus anderen Parteien haben der Bildungsministerin vorgeworfen,", "der Bildungsministerin"),
        ("Die Einwohner der Ortschaften wurden von den Behörden angewiesen,", "Die Einwohner der Ortschaften"),
        ("Er wird verdächtigt,", "Er"),
        ("Kritiker warfen dem Künstler Betriebsblindheit vor,", "dem Künstler"),
        # "vor der Presse", "zur Sportschau", "zu X gesagt", "forderte von X", "seinem Ex-Arbeitgeber"
        ("Der Außenminister sagte vor der Presse,", "der Presse"),
        (", sagte Schalkes Trainer Felix Magath zur Sportschau", "Sportschau"),
        ("Anelka soll zu Domenech gesagt haben:", "Domenech"),
        ("Die Kanzlerin forderte von der iranischen Regierung Aufklärung darüber,", "der iranischen Regierung"),
        (", forderte er vom Gemeinsamen Bundesausschuss", "vom Gemeinsamen Bundesausschuss"),
        ("Williams kommentierte dies, indem er seinem Ex-Arbeitgeber vorwarf,", "seinem Ex-Arbeitgeber"),
    ],
)
def test_addressees_found_in_frame(frame, addressee):
    assert _found(frame) == [addressee]


@pytest.mark.parametrize(
    "frame",
    [
        "Der Minister erklärte den Rücktritt seines Stellvertreters,",  # an accusative object
        "Der Minister sagte in dem Interview am Montag,",  # a place, not a person addressed
        "Laut einem Bericht der Zeitung",  # a source, not an addressee
        "Dann sagte der Minister,",  # "der" opens the subject: only a medium after it is a dative
        "Zudem wurde dazu aufgefordert,",  # an adverb opening the passive is nobody
        "Er sagte vor dem Rathaus,",  # "vor" names a whom only with an audience
        ", sagte er zur Lage",  # a topic, not whom it was said to
        "Die Stadt hat am Montag in einer Mitteilung dazu aufgefordert,",  # the object is left out
    ],
)
def test_addressees_not_found_where_nobody_is_addressed(frame):
    assert _found(frame) == []


def test_addressees_never_the_speaker():
    frame = "Am Montag forderte der Vorsitzende die Partei auf,"
    assert _found(frame, speaker="der Vorsitzende") == ["die Partei"]


def test_addressees_reproach_skips_the_speaker_for_the_dative():
    frame = "Am Montag warf der Minister der Opposition vor,"
    assert _found(frame, speaker="der Minister") == ["der Opposition"]


@pytest.mark.parametrize(
    "frame, speaker, addressee",
    [
        ("Der Politik schlug sie vor,", "sie", "Der Politik"),  # the dative before the verb, the speaker after
        ("Der englischsprachigen Zeitung sagte Filep Karma:", "Filep Karma", "Der englischsprachigen Zeitung"),
        ("So berichtete der Wissenschaftsjournalist Dirk Lorenzen dem Deutschlandfunk in einem Gespräch,",
         "der Wissenschaftsjournalist Dirk Lorenzen", "dem Deutschlandfunk"),  # right after a long speaker
        ("Celebi riet der 38-Jährigen,", "Celebi", "der 38-Jährigen"),  # the subject before the verb: "der" is a dative
    ],
)
def test_addressees_around_the_speaker(frame, speaker, addressee):
    assert _found(frame, speaker=speaker) == [addressee]


def test_addressees_der_after_a_comma_opens_the_content():
    assert _found("Der Sprecher erklärte, der Bericht sei falsch", speaker="Der Sprecher") == []


def test_addressees_the_opening_phrase_is_the_speaker():
    assert _found("Der Minister sagte am Montag,", speaker="Der Minister") == []
