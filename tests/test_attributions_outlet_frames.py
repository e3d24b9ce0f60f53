"""Frames as other newsrooms write them: a speech verb coordinated after a comma, a colon frame with
its subject after the verb, a verbless colon frame, an unnamed person or a medium named in
guillemets as speaker. German sentences written for these tests."""

from __future__ import annotations

import karabach_nlp

from conftest import assert_offsets


def _claims(nlp, text):
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    return claims


def _by_content(claims, content):
    return next(a for a in claims.attributions if a.content.text == content)


def test_a_verb_after_a_comma_shares_the_subject_of_the_clause_before(nlp):
    text = ("Ein Sprecher der Feuerwehr bedauerte den Unfall, erklärte aber, wegen des Sturms seien die Kräfte überlastet. "
            "In der Nacht habe es mehr Notrufe als sonst gegeben.")
    claims = _claims(nlp, text)
    said = _by_content(claims, "wegen des Sturms seien die Kräfte überlastet")
    assert said.speaker.text == "Ein Sprecher der Feuerwehr"
    assert said.speaker_actor == "Sprecher"
    run = _by_content(claims, "In der Nacht habe es mehr Notrufe als sonst gegeben.")
    assert run.speaker_actor_id == said.speaker_actor_id


def test_a_thing_before_the_comma_gives_no_speaker_to_the_verb_after_it(nlp):
    claims = _claims(nlp, "Die Lage ist ernst, erklärte zugleich, dass nichts geschehe.")
    assert all(a.speaker is None for a in claims.attributions)


def test_an_unnamed_person_as_speaker_is_a_person_named_by_the_phrase(nlp):
    claims = _claims(nlp, "Ein junger Soldat berichtet: «Wir hatten keine Chance.» "
                          "Nach dem Brand berichten Überlebende, wie schlimm die Nacht war.")
    quote = _by_content(claims, "Wir hatten keine Chance.")
    assert quote.speaker.text == "Ein junger Soldat"
    assert quote.speaker_actor == "junger Soldat"
    survivors = _by_content(claims, "wie schlimm die Nacht war")
    assert survivors.speaker_actor == "Überlebende"
    people = {a.name: a.type.value for a in claims.actors}
    assert people["junger Soldat"] == people["Überlebende"] == "person"


def test_counted_people_and_things_are_no_speaking_persons(nlp):
    claims = _claims(nlp, "Drei Soldaten wurden bei dem Angriff getötet. "
                          "Offiziellen Angaben zufolge brannte das Depot bis zum Morgen.")
    assert not any(a.name in ("Soldaten", "Offizielle Angaben") for a in claims.actors)
    [source] = claims.attributions
    assert source.speaker_actor is None


def test_a_medium_named_in_guillemets_is_the_speakers_actor_without_the_marks(nlp):
    claims = _claims(nlp, "Bei dem Brand starben drei Menschen, wie die «Nordpost» berichtet. "
                          "Der Kanal «Stadtfunk» kritisierte, die Feuerwehr sei zu spät gekommen.")
    report = _by_content(claims, "Bei dem Brand starben drei Menschen")
    assert report.speaker.text == "die «Nordpost»"
    assert report.speaker_actor == "Nordpost"
    [figure] = claims.casualties
    assert figure.source_actor == "Nordpost"
    critic = _by_content(claims, "die Feuerwehr sei zu spät gekommen")
    assert critic.speaker_actor == "Stadtfunk"
    assert {a.name: a.type.value for a in claims.actors}["Stadtfunk"] == "media"


def test_a_medium_in_capitals_before_a_noun_of_saying_is_that_medium(nlp):
    claims = _claims(nlp, "Nach SPIEGEL-Informationen wurde der Plan im Ministerium verworfen.")
    [source] = claims.attributions
    assert source.speaker.text == "SPIEGEL-Informationen"
    assert source.speaker_actor == "Der Spiegel"


def test_a_figure_under_a_source_naming_no_one_takes_the_speaker_of_the_frame_around_it(nlp):
    text = ("Nach ersten Angaben starben drei Menschen, zwölf weitere wurden verletzt, "
            "sagte der Sprecher der Polizei, Jan Ohm, am Abend.")
    claims = _claims(nlp, text)
    assert [(c.count_text.text, c.source_actor, c.source) for c in claims.casualties] == [
        ("drei", "Jan Ohm", "der Sprecher der Polizei, Jan Ohm"), ("zwölf", "Jan Ohm", "der Sprecher der Polizei, Jan Ohm")]
    alone = _claims(nlp, "Nach ersten Angaben starben drei Menschen.")
    assert [c.source_actor for c in alone.casualties] == [None]


def test_a_content_opening_with_seit_as_a_preposition_takes_the_frame_after_it(nlp):
    text = ("Seit März seien mehr als 500 Menschen bei Angriffen auf Dörfer getötet worden, "
            "sagte die WHO-Direktorin für Notfälle, Anna Berg, am Montag in Genf.")
    claims = _claims(nlp, text)
    said = _by_content(claims, "Seit März seien mehr als 500 Menschen bei Angriffen auf Dörfer getötet worden")
    assert said.kind.value == "indirect"
    assert said.speaker.text == "die WHO-Direktorin für Notfälle, Anna Berg"
    assert said.speaker_actor == "Anna Berg"
    assert [c.source_actor for c in claims.casualties] == ["Anna Berg"]


def test_a_clause_opened_by_seit_and_closed_by_its_verb_is_no_content_of_the_frame(nlp):
    claims = _claims(nlp, "Seit dem die Armee den Kampf aufnahm, warnte die Botschaft vor Reisen in das Land.")
    assert not any(a.content.text.startswith("Seit") for a in claims.attributions)


def test_a_thing_fronted_before_a_colon_frame_leaves_the_speaker_to_the_actor_after_the_verb(nlp):
    text = ("Schwere Vorwürfe erhob der Bürgermeister von Kiel, Jan Ohm: Die Polizei habe zu spät reagiert. "
            "Sie sei überfordert gewesen.")
    claims = _claims(nlp, text)
    said = _by_content(claims, "Die Polizei habe zu spät reagiert")
    assert said.speaker.text == "der Bürgermeister von Kiel, Jan Ohm"
    assert said.speaker_actor == "Jan Ohm"
    assert _by_content(claims, "Sie sei überfordert gewesen.").speaker_actor == "Jan Ohm"


def test_a_verbless_frame_opened_by_an_adverb_names_the_speaker_before_the_colon(nlp):
    text = ("Der Minister Jan Ohm sprach vor der Presse. Die Reporterin fragte: „Wann wussten Sie davon?“ "
            "Darauf Ohm: „Ich weiß davon nichts, das ist alles falsch.“")
    claims = _claims(nlp, text)
    answer = _by_content(claims, "Ich weiß davon nichts, das ist alles falsch.")
    assert answer.speaker.text == "Ohm"
    assert answer.speaker_actor == "Jan Ohm"


def test_swiss_gemaess_with_a_possessive_genitive_names_the_sayer(nlp):
    text = "Die Verletzten sind nun gemäss Angaben ihrer Familien in einer schwierigen Lage. Es gebe keine Medikamente."
    claims = _claims(nlp, text)
    source = next(a for a in claims.attributions if a.kind.value == "according_to")
    assert [c.text for c in source.cue] == ["gemäss"]
    assert source.speaker.text == "Angaben ihrer Familien"
    assert source.speaker_actor == "Familien"
    assert _by_content(claims, "Es gebe keine Medikamente.").speaker_actor == "Familien"


def test_an_opening_guillemet_after_a_full_stop_opens_the_next_sentence(nlp):
    text = "Zuvor hatten die Behörden drei Todesfälle infolge des Sturms bestätigt. «Lola» sorgt seit Freitag für Chaos."
    doc = nlp(text)
    assert [s.text for s in doc.sents] == [
        "Zuvor hatten die Behörden drei Todesfälle infolge des Sturms bestätigt.", "«Lola» sorgt seit Freitag für Chaos."]
    claims = _claims(nlp, text)
    [figure] = claims.casualties
    assert (figure.count_text.text, figure.source_actor) == ("drei", "Behörden")


def test_laut_opening_a_list_item_after_its_bullet_is_a_source(nlp):
    claims = _claims(nlp, "Im Lager war es ruhig.\n- Laut Überlebenden starben mehr als 60 Soldaten.")
    [source] = claims.attributions
    assert (source.kind.value, source.speaker.text, source.speaker_actor) == ("according_to", "Überlebenden", "Überlebende")
    assert [c.source_actor for c in claims.casualties] == ["Überlebende"]


def test_a_spokesperson_of_the_forensic_institute_speaks_for_it(nlp):
    claims = _claims(nlp, "Es gebe vier Tote, sagte eine Sprecherin der Gerichtsmedizin.")
    [said] = claims.attributions
    assert said.speaker_actor == "Sprecherin"
    [figure] = claims.casualties
    assert figure.source_actor == "Gerichtsmedizin"


def test_a_quote_framed_by_hiess_es_continues_no_speaker(nlp):
    text = ("Unter den Toten sei auch der Täter, teilte die Polizei mit. "
            "„Weitere Menschen wurden zum Teil schwer verletzt“, hieß es.")
    claims = _claims(nlp, text)
    quote = _by_content(claims, "Weitere Menschen wurden zum Teil schwer verletzt")
    assert [c.text for c in quote.cue] == ["hieß", "es"]
    assert quote.speaker is None and quote.speaker_actor is None


def test_a_channel_named_after_its_kind_noun_is_named_by_its_name(nlp):
    claims = _claims(nlp, "Der Telegramkanal Nordwind, der dem Ministerium nahesteht, bestätigte das Massaker.")
    [report] = claims.attributions
    assert report.speaker.text == "Der Telegramkanal Nordwind"
    assert report.speaker_actor == "Nordwind"
    assert {a.name: a.type.value for a in claims.actors}["Nordwind"] == "media"


def test_an_office_with_its_holders_name_apposed_speaks_for_the_holder(nlp):
    text = ("Bei dem Angriff wurden zwölf Menschen verletzt, erklärte das Büro des Bürgermeisters der Stadt Kiel, "
            "Jan Ohm, am Abend.")
    claims = _claims(nlp, text)
    [said] = claims.attributions
    assert said.speaker.text == "das Büro des Bürgermeisters der Stadt Kiel, Jan Ohm"
    assert said.speaker_actor == "Büro des Bürgermeisters der Stadt Kiel"
    office = next(a for a in claims.actors if a.id == said.speaker_actor_id)
    holder = next(a for a in claims.actors if a.id == office.speaks_for)
    assert holder.name == "Jan Ohm"
    [figure] = claims.casualties
    assert figure.source_actor == "Jan Ohm"


def test_reports_in_the_dative_plural_speak_for_the_outlets_named_after_them(nlp):
    claims = _claims(nlp, "Die Zahl steht nicht fest, anders als in Berichten von Lokalmedien, wonach ein Kind gestorben sei.")
    source = next(a for a in claims.attributions if a.kind.value == "according_to")
    assert source.speaker.text.endswith("Berichten von Lokalmedien")
    assert source.speaker_actor == "Lokalmedien"


def test_a_body_named_by_its_bare_head_joins_the_one_named_with_its_town(nlp):
    text = ("Bei den Schüssen wurden nach Angaben der Polizei vom Morgen acht Menschen getötet. "
            "Der Täter sei tot, teilte die Polizei Bremen mit.")
    claims = _claims(nlp, text)
    police = [a for a in claims.actors if a.name.startswith("Polizei")]
    assert [(a.name, sorted(m.text for m in a.mentions)) for a in police] == [
        ("Polizei Bremen", ["der Polizei", "die Polizei Bremen"])]
    assert [c.source_actor for c in claims.casualties] == ["Polizei Bremen"]


def test_a_bare_head_stays_apart_from_a_name_a_phrase_rule_ran_on_into(nlp):
    claims = _claims(nlp, "Die Polizei sperrte die Straße. Später setzte die Polizei Wasserwerfer ein.")
    assert not any(a.name == "Polizei Wasserwerfer" and len(a.mentions) > 1 for a in claims.actors)


def test_a_dateline_before_the_first_sentence_is_no_part_of_its_subject(nlp):
    claims = _claims(nlp, "Genf - Das Hilfswerk UNICEF hat vor der wachsenden Gewalt im Norden des Landes gewarnt.")
    [warning] = claims.attributions
    assert (warning.kind.value, warning.speaker.text, warning.speaker_actor) == ("reported", "Das Hilfswerk UNICEF", "UNICEF")
    agency = _claims(nlp, "Kiel (dpa) - Die Polizei teilte mit, zwei Menschen seien gestorben.")
    assert [a.speaker.text for a in agency.attributions] == ["Die Polizei"]


def test_a_figure_a_body_fears_has_that_body_as_source_without_an_attribution(nlp):
    text = "Die Behörden in Texas befürchten sechs weitere Todesfälle durch den Sturm."
    claims = _claims(nlp, text)
    assert claims.attributions == []
    [figure] = claims.casualties
    assert (figure.source, figure.source_actor, figure.source_evidence.value) == (
        "Die Behörden in Texas", "Behörden in Texas", "stance")
    assert text[figure.source_span.start:figure.source_span.end] == "Die Behörden in Texas"
    own = _claims(nlp, "Bei dem Sturm starben sechs Menschen.")
    assert [c.source_evidence.value for c in own.casualties] == ["own_voice"]


def test_a_name_apposed_to_a_title_and_closed_by_a_colon_is_the_titles_holder(nlp):
    claims = _claims(nlp, "Schwere Vorwürfe erhob der Polizeichef von Kundus, Rahman Aqdash: Die Soldaten hätten geschossen.")
    [holder] = [a for a in claims.actors if a.type.value == "person"]
    assert holder.name == "Rahman Aqdash"
    assert [m.text for m in holder.mentions] == ["der Polizeichef von Kundus, Rahman Aqdash"]


def test_a_relative_clause_on_a_place_after_the_frame_is_no_content(nlp):
    text = "Die Ursache sei unklar, erklärte die Ärztin in Bad Harz, zu dem auch das Dorf Ilm gehört."
    claims = _claims(nlp, text)
    assert [a.content.text for a in claims.attributions] == ["Die Ursache sei unklar"]


def test_a_spokesperson_named_with_a_place_is_named_by_the_office_noun(nlp):
    claims = _claims(nlp, "Die Ursache sei unklar, erklärte die Sprecherin im County Harris.")
    [said] = claims.attributions
    assert said.speaker.text == "die Sprecherin im County Harris"
    assert said.speaker_actor == "Sprecherin"
    body = _claims(nlp, "Es gebe Tote, sagte ein Sprecher des Ministeriums für Katastrophenschutz.")
    assert body.attributions[0].speaker_actor == "Sprecher"


def test_swiss_guillemets_pair_as_the_attribution_rules_pair_them(nlp):
    # the » closing «…» opens no quote: the body in the next paragraph is read as text, not as quoted
    text = ("Drei Personen wurden verletzt. «Wir gehen von einem Überholmanöver aus», sagte die Sprecherin.\n"
            "In Wien wurde ein Mann festgenommen, wie die Landespolizeidirektion bestätigte. "
            "Der Minister zeigte sich erschüttert: «Solche Taten dürfen keinen Platz haben.»")
    claims = _claims(nlp, text)
    said = next(a for a in claims.attributions if a.cue and a.cue[0].text == "wie")
    assert said.speaker.text == "die Landespolizeidirektion"
    assert said.speaker_actor == "Landespolizeidirektion"


def test_a_title_in_guillemets_opening_with_a_number_is_no_quote(nlp):
    text = "Die Ursache sei noch unklar, sagte Polizeisprecherin Anna Meier gegenüber «20 Minuten»."
    claims = _claims(nlp, text)
    assert [a.content.text for a in claims.attributions] == ["Die Ursache sei noch unklar"]
