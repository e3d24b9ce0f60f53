"""The shipped table of HanTa analyses and the faster morphology search give exactly HanTa's results."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

pytest.importorskip("HanTa")

from karabach_nlp.components.analysis import form_table, morphology, tagger  # noqa: E402
from karabach_nlp.resources import resource_path  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "data" / "examples" / "berg-karabach.txt"
# forms no frequency list holds: compounds, names, misspellings, a hyphenated form, a long word
UNUSUAL = [
    "Waffenstillstandsverhandlungen", "Donaudampfschifffahrtsgesellschaftskapitän", "Milinkewitsch",
    "Bergkarabach", "Paschinjan", "feuen", "Raketenangriffe", "Gesundheitsbehörde", "zurückgeschossen",
    "Ex-Präsident", "aa", "x", "Über", "Schützenpanzerbataillonskommandeure", "unübersehbar",
]


@lru_cache(maxsize=1)
def hanta():
    """HanTa as published, without any of our replacements."""
    from HanTa import HanoverTagger as ht

    return ht.HanoverTagger("morphmodel_ger.pgz")


def _table_sample(every: int = 97) -> list[str]:
    packed = form_table.Packed(resource_path(*form_table.TABLE).read_bytes())
    return sorted(packed.rows())[::every]


def test_table_is_used_with_the_installed_hanta():
    assert form_table._packed() is not None, "models/analysis/hanta_forms.packed missing or built with another HanTa"


def test_table_holds_hantas_own_analyses():
    """The tag scores the tagger reads (``_tag_word``, each way it asks) and the lemmas, from the
    table, against HanTa's own methods."""
    model, ours = hanta(), tagger._tagger()
    sample = _table_sample()
    assert len(sample) > 300
    from_table = 0
    for form in sample:
        if form_table.forward(form) is not None:
            from_table += 1
            for word in (form, form[:1].upper() + form[1:]):
                for case in (True, False):
                    for conditional in (True, False):
                        assert ours._tag_word(word, 5, case, conditional) == model._tag_word(word, 5, case, conditional), word
                        assert ours._tag_word(word, 0, case, conditional) == model._tag_word(word, 0, case, conditional), word
        for tag in range(1, 200):
            found = form_table.lemma(form, tag)
            if found is not None:
                assert found == model._analyze(form, tag), (form, tag)
    assert from_table > 200


def test_table_has_lemmas_for_the_tags_a_form_gets():
    doc_words = ["Menschen", "getötet", "sagte", "Regierung"]
    model = hanta()
    for word in doc_words:
        for tag, _ in model._tag_word(word, cutoff=5, casesensitive=True, conditional=True):
            assert form_table.lemma(word.lower(), tag) == model._analyze(word, tag)


def _forms() -> list[str]:
    words = re.findall(r"\w+(?:-\w+)?", SEED.read_text(encoding="utf-8"))
    return sorted({w.lower() for w in words + UNUSUAL})


def test_faster_forward_search_is_hantas():
    model = hanta()
    for form in _forms():
        assert morphology.analyze_forward(model, form) == model.analyze_forward(form), form


def test_faster_lemma_search_is_hantas():
    model = hanta()
    for form in _forms():
        for tag, _ in model.analyze_forward(form)[:4]:
            assert morphology.analyze_viterbi(model, form, -tag) == model.analyze_viterbi(form, -tag), (form, tag)


def test_sentence_tags_and_lemmas_unchanged():
    """Our tagger (table + faster search + caches) against HanTa's own sentence tagger."""
    model = hanta()
    sentence = ["Bei", "Raketenangriffen", "auf", "Stepanakert", "sind", "nach", "Angaben", "der",
                "Gesundheitsbehörde", "mindestens", "63", "Menschen", "getötet", "worden", "."]
    ours = tagger.tag_sentence(sentence)
    theirs = model.tag_sent(sentence, taglevel=1)
    assert [lemma for _, lemma in ours] == [lemma for _, lemma, _ in theirs]
    assert [tag for tag, _ in ours] == [tagger.normalise_tag(tag) for _, _, tag in theirs]


def test_morpheme_index_looked_up_one_by_one_equals_the_whole_index():
    model = tagger._tagger()
    lazy, whole = morphology._MorphemeIndex(model.LP_m_t), morphology._MorphemeIndex(model.LP_m_t)
    whole._build()
    segments = ["haus", "regierung", "s", "ungs", "xq", "sprecher", "bundes", "e", "karabach"]
    for segment in segments:
        found = lazy.get(segment, {})
        assert found == whole.get(segment, {}) and list(found) == list(whole.get(segment, {})), segment
    assert not lazy.complete and any(lazy.get(s, {}) for s in segments)


def test_reachability_is_hantas():
    """Our table of states that lead to each final class is HanTa's own, set for set."""
    ours = tagger._tagger().reachability
    assert ours == hanta().reachability
    assert len(ours) > 10 and any(len(states) > 2 for states in ours.values())
    assert tagger._tagger().atomic_class == hanta().atomic_class


def test_ending_rows_hold_hantas_ending_scores():
    """Each tag's score in a row of ending scores is that of the longest ending (up to 4 letters)
    HanTa's model knows for it, as HanTa's own per-tag look-up finds it."""
    model = tagger._tagger()
    tags = morphology._guessable(model)
    endings = sorted(set().union(*(model.LP_s_t[t] for t in tags)))
    segments = {prefix + ending for ending in endings[::7] for prefix in ("", "a", "ver", "bundes")}
    segments |= {w.lower() for w in UNUSUAL} | {"x", "zz", "2024", "-in", "ß"}
    for segment in sorted(segments):
        row = morphology._suffix_row(model, segment)
        assert row == {t: morphology._suffix_score(model, t, segment) for t in tags}, segment


GSD_DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ud-german-gsd" / "de_gsd-ud-dev.conllu"


@lru_cache(maxsize=1)
def _gsd_forms_the_table_lacks() -> list[str]:
    """The lower-cased word forms of UD German-GSD dev that the shipped table does not hold: the
    forms the search analyses at run time (compounds, names, rare inflections)."""
    forms = set()
    for line in GSD_DEV.read_text(encoding="utf-8").splitlines():
        columns = line.split("\t")
        if len(columns) == 10 and columns[0].isdigit():
            forms.add(columns[1].lower())
    return sorted(f for f in forms if len(f) <= tagger.MAX_WORD_LENGTH and form_table.forward(f) is None)


@pytest.mark.skipif(not GSD_DEV.is_file(), reason=f"UD German-GSD not beside the checkout ({GSD_DEV})")
def test_faster_searches_are_hantas_on_the_forms_of_a_treebank():
    """Every GSD dev form the table lacks (~2,800, up to 25 letters long): the same
    tag scores as HanTa's ``analyze_forward`` (value and order), and the same morpheme path from
    ``analyze_viterbi`` for each of its two best tags, both with and without a guess."""
    model = hanta()
    forms = _gsd_forms_the_table_lacks()
    assert len(forms) > 2000 and max(map(len, forms)) >= 25
    for form in forms:
        found = morphology.analyze_forward(model, form)
        assert found == model.analyze_forward(form), form
        for tag, _ in found[:2]:
            assert morphology.analyze_viterbi(model, form, -tag) == model.analyze_viterbi(form, -tag), (form, tag)
