"""Sources that stand in the frame but open no clause as its subject: a document with a relative
clause before "heißt es" or a passive, a document after the passive's auxiliary, "von Seiten X" and
"seitens X" as a passive's agent; and a clause framed by an unlisted verb whose subject names no one,
which continues the last speaker. German sentences written for these tests."""

from __future__ import annotations

from conftest import attributions_of


def _with_content(attributions, opening: str):
    found = [a for a in attributions if a.content.text.startswith(opening)]
    assert found, [a.content.text for a in attributions]
    return found[0]


def _speaker(text: str, nlp, opening: str):
    a = _with_content(attributions_of(nlp, text), opening)
    if a.speaker is not None:
        assert text[a.speaker.start:a.speaker.end] == a.speaker.text
    return a


def test_document_with_a_relative_clause_before_heisst_es(nlp):
    text = ("Die Regierung legte am Dienstag eine Erklärung vor. In der Erklärung, die am Abend in Kiew "
            "veröffentlicht wurde, heißt es, die Verhandlungen seien gescheitert.")
    a = _speaker(text, nlp, "die Verhandlungen")
    assert a.speaker.text == "der Erklärung" and a.speaker_actor == "Regierung"


def test_document_with_a_relative_clause_before_a_passive(nlp):
    text = ("Der Verband veröffentlichte eine Mitteilung. In der Mitteilung, die am Abend verbreitet wurde, "
            "wurde gefordert, dass die Grenzen sofort geöffnet werden.")
    a = _speaker(text, nlp, "die Grenzen")
    assert a.speaker.text == "der Mitteilung" and a.speaker_actor == "Verband"


def test_document_after_the_passive_auxiliary(nlp):
    text = ("Die Lage der Bauern ist schwierig. So wird in einem Schreiben des Bauernverbandes gefordert, "
            "dass die Regierung die Hilfen erhöht.")
    a = _speaker(text, nlp, "die Regierung die Hilfen")
    assert a.speaker.text == "einem Schreiben des Bauernverbandes"


def test_a_relative_clause_alone_makes_no_document_source(nlp):
    # no document before the relative clause: the passive names no one
    text = "In der Stadt, die am Abend abgeriegelt wurde, wurde gefordert, dass die Grenzen geöffnet werden."
    a = _speaker(text, nlp, "die Grenzen")
    assert a.speaker is None


def test_von_seiten_names_the_agent_of_a_pluperfect_passive(nlp):
    text = ("Die Wahl endete im Streit. Von Seiten der Regierung war der Opposition vorgeworfen worden, "
            "sie habe Stimmen gekauft.")
    a = _speaker(text, nlp, "sie habe")
    assert a.speaker.text == "der Regierung"


def test_seitens_names_the_agent_of_a_passive(nlp):
    text = "Die Wahl endete im Streit. Am Dienstag wurde seitens der Behörden erklärt, dass die Auszählung wiederholt werde."
    a = _speaker(text, nlp, "die Auszählung")
    assert a.speaker.text == "der Behörden"


def test_unlisted_frame_whose_subject_names_no_one_continues_the_last_speaker(nlp):
    text = ("Die Gewerkschaft teilte am Montag mit, die Streiks würden bis Freitag fortgesetzt. "
            "Die hohen Kosten bedeuteten, dass viele Betriebe bald schließen müssten.")
    a = _speaker(text, nlp, "viele Betriebe")
    assert a.speaker is None and a.speaker_actor == "Gewerkschaft"


def test_unlisted_frame_opened_by_an_adverb_takes_the_subject_after_the_verb(nlp):
    text = ("Die Lage ist angespannt. Hierzu schrieb der Journalist Peter Brandt in der Zeitung „Die Post“, "
            "einem Boulevardblatt, die Gesellschaft sei tief gespalten.")
    a = _speaker(text, nlp, "einem Boulevardblatt")
    assert a.speaker.text == "der Journalist Peter Brandt"


def test_colon_frame_opened_by_an_adverb_takes_the_subject_after_the_verb(nlp):
    text = ("Der Kanzler lobte die Einigung. Hier übte die Ministerin aber scharfe Kritik: "
            "„Wir haben viel zu lange gewartet und dabei wertvolle Zeit verloren.“")
    a = _speaker(text, nlp, "Wir haben")
    assert a.speaker.text == "die Ministerin"


def test_colon_frame_with_a_pronoun_after_the_verb(nlp):
    text = ("Die Ministerin sprach am Montag in Berlin. Dabei griff sie auch den Präsidenten direkt an: "
            "„Wer so handelt, hat das Vertrauen der Menschen verloren.“")
    a = _speaker(text, nlp, "Wer so handelt")
    assert a.speaker.text == "sie"


def test_lower_case_apposition_between_subject_and_auxiliary(nlp):
    text = ("Der Konzern will wachsen. Vorstand Max Berger, zuständig für den Export, hatte bereits im Juni "
            "angekündigt, das Geschäft in Asien auszubauen.")
    a = _speaker(text, nlp, "das Geschäft")
    assert a.speaker.text == "Vorstand Max Berger, zuständig für den Export"
    assert a.speaker_actor == "Max Berger"


def test_bare_laut_source_ends_with_its_actor(nlp):
    text = "Bisher liegen laut Airbus Bestellungen für 180 Flugzeuge aus sieben Ländern vor."
    a = _speaker(text, nlp, "Bisher liegen")
    assert a.speaker.text == "Airbus"


def test_bare_laut_source_before_a_prepositional_phrase(nlp):
    text = "Die Räumung soll laut Innenminister Peter Hauk aus Sicherheitsgründen erst am Montag erfolgen."
    a = _speaker(text, nlp, "Die Räumung")
    assert a.speaker.text == "Innenminister Peter Hauk"


def test_laut_source_keeps_its_affiliation(nlp):
    text = "Die Gruppe bestand laut Sprecher Max Berger von der Gewerkschaft Verdi aus zwölf Mitgliedern."
    a = _speaker(text, nlp, "Die Gruppe")
    assert a.speaker.text == "Sprecher Max Berger von der Gewerkschaft Verdi"


def test_fuer_x_holds_the_view_of_a_quote_in_its_sentence(nlp):
    text = ("Die Regierung verteidigte am Montag ihren Plan. Für den Abgeordneten Peter Hauk ist der Plan "
            "„ein einziger Wortbruch gegenüber den Wählern“.")
    a = _speaker(text, nlp, "ein einziger Wortbruch")
    assert a.speaker.text == "den Abgeordneten Peter Hauk"


def test_fuer_x_leaves_a_frame_with_its_own_speaker(nlp):
    text = "Für die Opfer forderte die Regierung am Montag eine Entschädigung, sie hätten genug gelitten."
    a = _speaker(text, nlp, "sie hätten")
    assert a.speaker is None or a.speaker.text != "die Opfer"


def test_name_before_an_apposition_is_the_speaking_actor(nlp):
    text = ("Das Spiel wurde abgesagt. Lothar Berg, Ordnungsdezernent der Stadt Cottbus, sprach von einer "
            "„Gefahr für Leib und Leben“.")
    a = _speaker(text, nlp, "Gefahr für Leib")
    assert a.speaker.text == "Lothar Berg, Ordnungsdezernent der Stadt Cottbus"
    assert a.speaker_actor == "Lothar Berg"


def test_document_after_heisst_es(nlp):
    text = ("Die Wahlbeobachter legten am Montag ihren Abschlussbericht vor. Nun heißt es im Abschlussbericht, "
            "bei der Wahl seien viele Probleme festgestellt worden.")
    a = _speaker(text, nlp, "bei der Wahl")
    assert a.speaker.text == "Abschlussbericht"


def test_document_before_an_auxiliary_and_es(nlp):
    text = ("Die Minister trafen sich am Dienstag in Brüssel. In einer Erklärung der Minister hatte es geheißen: "
            "„Es gibt keine militärische Lösung in diesem Konflikt.“")
    a = _speaker(text, nlp, "Es gibt keine")
    assert a.speaker.text == "einer Erklärung der Minister"


def test_second_verb_shares_the_subject_after_the_first_verb(nlp):
    text = ("Die Lage eskalierte. Als ein Passagier helfen wollte, biss der Mann ihn in die Hand und rief: "
            "„Lasst mich sofort hier raus!“")
    a = _speaker(text, nlp, "Lasst mich")
    assert a.speaker.text == "der Mann"


def test_body_after_bei_before_hiess_es_is_the_source(nlp):
    text = ("In der Metro gab es eine Explosion. Bei der Agentur Interfax hieß es, dass es zwei Detonationen "
            "gegeben haben soll.")
    a = _speaker(text, nlp, "es zwei Detonationen")
    assert a.speaker.text == "der Agentur Interfax"
    assert a.speaker_actor == "Interfax"


def test_an_occasion_after_bei_before_hiess_es_names_no_source(nlp):
    a = _speaker("Beim Treffen der Minister hieß es, man sei sich einig.", nlp, "man sei sich einig")
    assert a.speaker is None
