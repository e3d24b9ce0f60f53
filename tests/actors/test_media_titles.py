"""A medium named by its title after a word for a medium: the title is the name, the word and the
article stay in the mention as written."""

from conftest import actors_by_name as actors_of


def test_unquoted_title_after_channel_word_names_the_medium(nlp):
    actors = actors_of(nlp, "Der Telegramkanal Dwa Majora berichtete, die Brücke sei zerstört worden.")
    assert actors["Dwa Majora"].type.value == "media"
    assert [m.text for m in actors["Dwa Majora"].mentions] == ["Der Telegramkanal Dwa Majora"]


def test_quoted_title_keeps_adjective_and_quotes_in_the_mention(nlp):
    text = "Am Abend meldete der russische Kanal «Frontbote» neue Angriffe auf die Stadt."
    actors = actors_of(nlp, text)
    assert [m.text for m in actors["Frontbote"].mentions] == ["der russische Kanal «Frontbote»"]


def test_adjective_after_a_noun_is_no_part_of_the_mention(nlp):
    text = "Die der Opposition nahestehende Zeitung Kalemeh Nur schrieb, die Wahl sei gefälscht."
    actors = actors_of(nlp, text)
    assert [m.text for m in actors["Kalemeh Nur"].mentions] == ["Zeitung Kalemeh Nur"]


def test_no_medium_for_a_waterway_or_a_name_the_media_give(nlp):
    actors = actors_of(nlp, "Das Schiff fuhr durch den Kanal Richtung Hamburg.")
    assert not [a for a in actors.values() if a.type.value == "media"]
    actors = actors_of(nlp, "Die Männer werden in den Medien „Die stillen Fünf“ genannt.")
    assert not [a for a in actors.values() if a.type.value == "media"]
