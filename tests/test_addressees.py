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
        "Zudem wurde der Plan aufgefordert,",  # an adverb opening the passive is nobody
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
