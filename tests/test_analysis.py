"""The German analysis of the blank pipeline: tags, lemmas, verb form and Konjunktiv."""

from __future__ import annotations

import sys

import pytest
import spacy
from spacy.tokens import Doc

import karabach_nlp
from karabach_nlp.components.analysis import mood
from karabach_nlp.pipeline import analysis_name, build

from conftest import ROOT, SHARED

GSD_DEV = SHARED / "data" / "ud-german-gsd" / "de_gsd-ud-dev.conllu"


def token(doc, text):
    return next(t for t in doc if t.text == text)


def test_analysis_konjunktiv_i_in_reported_speech(nlp):
    doc = nlp("Der Sprecher sagte, die Armee habe keine Verluste erlitten und werde weiter kämpfen.")
    for form in ("habe", "werde"):
        assert "Sub" in token(doc, form).morph.get("Mood")
        assert token(doc, form).morph.get("VerbForm") == ["Fin"]
    assert token(doc, "sagte").morph.get("Mood") == ["Ind"]


def test_analysis_first_person_present_is_indicative(nlp):
    doc = nlp("Ich habe den Bericht gelesen, und ich werde ihn morgen zitieren.")
    assert token(doc, "habe").morph.get("Mood") == ["Ind"]
    assert token(doc, "werde").morph.get("Mood") == ["Ind"]


def test_analysis_konjunktiv_ii_and_indicative_past(nlp):
    doc = nlp("Wenn die Hilfe rechtzeitig käme, gäbe es weniger Tote. Die Brücke wurde gestern zerstört.")
    assert "Sub" in token(doc, "käme").morph.get("Mood")
    assert "Sub" in token(doc, "gäbe").morph.get("Mood")
    assert token(doc, "wurde").morph.get("Mood") == ["Ind"]
    assert token(doc, "zerstört").morph.get("VerbForm") == ["Part"]


def test_analysis_sets_stts_upos_and_lemmas(nlp):
    doc = nlp("Die Soldaten wurden in der umkämpften Stadt getötet.")
    got = [(t.text, t.tag_, t.pos_, t.lemma_) for t in doc]
    assert ("Soldaten", "NN", "NOUN", "Soldat") in got
    assert ("wurden", "VAFIN", "AUX", "werden") in got
    assert ("getötet", "VVPP", "VERB", "töten") in got
    assert ("umkämpften", "ADJA", "ADJ", "umkämpft") in got
    assert ("Die", "ART", "DET", "der") in got


def test_analysis_proper_nouns_and_acronyms(nlp):
    doc = nlp("Die SPD kritisierte, dass Verteidigungsminister Pistorius nach Kiew gereist sei.")
    assert token(doc, "Pistorius").tag_ == "NE" and token(doc, "Pistorius").pos_ == "PROPN"
    assert token(doc, "Kiew").pos_ == "PROPN"
    assert token(doc, "SPD").lemma_ == "SPD"
    assert "Sub" in token(doc, "sei").morph.get("Mood")


def test_analysis_haben_without_participle_is_main_verb(nlp):
    doc = nlp("Die Rebellen haben kaum noch Munition. Sie haben die Stadt verlassen.")
    first, second = [t for t in doc if t.text == "haben"]
    assert first.pos_ == "VERB"
    assert second.pos_ == "AUX"


def test_analysis_meta_names_what_ran(nlp):
    claims = karabach_nlp.extract("Die Behörden teilten mit, es gebe 12 Tote.", nlp)
    assert claims.meta.analysis.startswith("karabach_analysis:hanta-")
    assert "lemmatizer" not in nlp.pipe_names  # HanTa's lemmas replace the lookup table


def test_analysis_lexicon_mode_without_tagger():
    nlp = build("blank", analysis="lexicon")
    doc = nlp("Die Polizei teilte mit, es seien drei Menschen verletzt worden.")
    assert "Sub" in token(doc, "seien").morph.get("Mood")
    assert token(doc, "seien").tag_ == ""  # no tagger ran
    assert token(doc, "Menschen").lemma_ == "Mensch"  # spacy-lookups-data table
    assert analysis_name(nlp) == "karabach_analysis:konjunktiv-lexicon"


def test_analysis_unknown_mode_is_refused():
    with pytest.raises(ValueError, match="unknown analysis"):
        build("blank", analysis="treetagger")


def test_analysis_completes_mood_of_a_statistical_pipeline():
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer", name="tagger")  # stands in for a trained tagger: only its name counts
    analysis = nlp.add_pipe("karabach_analysis")
    assert analysis.description == "model+konjunktiv-rules"
    words = ["Er", "sagte", ",", "er", "habe", "Fieber", "."]
    tags = ["PPER", "VVFIN", "$,", "PPER", "VAFIN", "NN", "$."]
    lemmas = ["er", "sagen", ",", "er", "haben", "Fieber", "."]
    morphs = ["", "Mood=Ind|VerbForm=Fin", "", "", "", "", ""]
    doc = analysis(Doc(nlp.vocab, words=words, tags=tags, lemmas=lemmas, morphs=morphs))
    assert doc[4].morph.get("Mood") == ["Sub"]
    assert doc[1].morph.get("Mood") == ["Ind"]  # the model's own value is kept
    assert doc[0].tag_ == "PPER"


def test_analysis_overlong_token_is_tagged_xy(nlp):
    text = "Siehe " + "x" * 3000 + " für Details."
    doc = nlp(text)
    assert doc[1].tag_ == "XY" and doc[1].lemma_ == "x" * 3000
    assert doc[-1].pos_ == "PUNCT"


def test_analysis_punctuation_without_letters():
    nlp = spacy.blank("de")
    analysis = nlp.add_pipe("karabach_analysis")
    doc = analysis(Doc(nlp.vocab, words=["Das", "war", "--", "leider", "--", "alles", ";-)"]))
    assert [t.pos_ for t in doc if t.text in ("--", ";-)")] == ["PUNCT", "PUNCT", "PUNCT"]


@pytest.mark.parametrize(
    "form,lemma,present_e,strong_ii",
    [
        ("habe", "haben", True, False),
        ("handele", "handeln", True, False),
        ("stelle", "darstellen", True, False),
        ("ginge", "gehen", False, True),
        ("stünden", "stehen", False, True),
        ("machte", "machen", False, False),
        ("wurde", "werden", False, False),
        ("fährt", "fahren", False, False),
    ],
)
def test_analysis_mood_rules_on_forms(form, lemma, present_e, strong_ii):
    assert mood.is_present_stem_e(form, lemma) is present_e
    assert mood.is_strong_konjunktiv_ii(form, lemma) is strong_ii


@pytest.mark.skipif(not GSD_DEV.exists(), reason="UD German-GSD dev not beside the checkout")
def test_analysis_accuracy_on_gsd_dev_sample():
    sys.path.insert(0, str(ROOT / "scripts" / "build"))
    from conllu import read_conllu

    nlp = build("blank")
    analysis = nlp.get_pipe("karabach_analysis")
    n = upos_ok = lemma_ok = 0
    for i, sentence in enumerate(read_conllu(GSD_DEV)):
        if i == 150:
            break
        doc = analysis(Doc(nlp.vocab, words=[w.form for w in sentence]))
        for gold, tok in zip(sentence, doc):
            n += 1
            upos_ok += gold.upos == tok.pos_
            lemma_ok += gold.lemma == tok.lemma_
    assert upos_ok / n > 0.92
    assert lemma_ok / n > 0.94


def test_analysis_full_lemma_joins_separated_particle(nlp):
    doc = nlp("Die Polizei teilte am Abend mit, dass zwei Menschen starben. Er gab zu, sie zu kennen.")
    assert token(doc, "teilte").lemma_ == "teilen"
    assert token(doc, "teilte")._.full_lemma == "mitteilen"
    assert token(doc, "gab")._.full_lemma == "zugeben"
    assert token(doc, "starben")._.full_lemma == "sterben"  # the particle belongs to its own clause only


def test_analysis_own_viterbi_matches_hanta():
    from karabach_nlp.components.analysis import tagger

    model = tagger._tagger()
    for sentence in (
        "Nach Angaben des Gesundheitsministeriums wurden bei dem Angriff mindestens 14 Menschen getötet .",
        "„ Wir werden nicht aufgeben “ , sagte die Bürgermeisterin von Stepanakert am Montag .",
        "Die Opposition wirft der Regierung vor , sie habe die Zahlen geschönt .",
    ):
        words = sentence.split()
        hanta = [(tag, lemma) for _, lemma, tag in model.tag_sent(words)]
        ours = [(model.int2tag[t], model._analyze(w, t)[0]) for w, t in zip(words, tagger.best_tags(words))]
        assert ours == hanta


def test_analysis_tags_word_by_word_when_no_tag_path_exists(monkeypatch):
    from karabach_nlp.components.analysis import tagger

    def no_path(words):
        raise KeyError("no transition")

    monkeypatch.setattr(tagger, "best_tags", no_path)
    tagged = tagger.tag_sentence("Die Armee habe keine Verluste erlitten .".split())
    assert tagged[1] == ("NN", "Armee")
    assert tagged[2] == ("VAFIN", "haben")
    assert tagged[-1][0] == "$."


def test_analysis_hanta_missing_is_a_clear_error(monkeypatch):
    from karabach_nlp.components import analysis

    monkeypatch.setattr(analysis.tagger, "hanta_available", lambda: False)
    assert analysis.resolve_mode("auto") == "lexicon"
    with pytest.raises(ValueError, match="pip install HanTa"):
        analysis.resolve_mode("hanta")
