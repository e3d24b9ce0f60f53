"""The speed-ups must find exactly what the slower code they replace finds."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import spacy
from spacy.pipeline import SpanRuler

from karabach_nlp.components.actors.lexicon import load_lexicon
from karabach_nlp.components.actors.ruler import WordListRuler
from karabach_nlp.doctext import doc_text

SEED_TEXT = (Path(__file__).resolve().parents[1] / "data" / "examples" / "berg-karabach.txt").read_text(encoding="utf-8")
TEXT = (
    "Der armenische Außenminister und die aserbaidschanische Regierung widersprachen sich am "
    "Montag. Ein Sprecher des russischen Verteidigungsministeriums sagte in Moskau, Anna Petrowa "
    "habe die türkischen Angaben bestätigt. Die Polizeisprecherin nannte keine Zahlen."
)


def _spans(ruler_class, nlp, text, runs=1):
    ruler = ruler_class(nlp, name="test_ruler", spans_key="test", overwrite=True, validate=False)
    ruler.add_patterns(load_lexicon().patterns())
    for _ in range(runs):  # later runs read the regex answers kept per word form
        doc = ruler(nlp.make_doc(text))
    return [(s.start, s.end, s.label_, s.id_) for s in doc.spans["test"]]


def test_actors_word_list_ruler_finds_what_span_ruler_finds():
    nlp = spacy.blank("de")
    fast, slow = _spans(WordListRuler, nlp, TEXT), _spans(SpanRuler, nlp, TEXT)
    assert fast == slow
    labels = {label for _, _, label, _ in fast}
    assert "demonym" in labels  # "armenische", "russischen" come from the dict look-up
    assert any(s.startswith("head_") for s in labels)


def test_actors_ruler_regex_patterns_match_as_the_matcher_does():
    nlp = spacy.blank("de")
    text = ("Die Landesgesundheitsbehörde und Wetterdienstes-Sprecher Uwe Kuhn kritisierten die "
            "Polizeiangaben; UN-Generalsekretärs Worte und das Robert-Koch-Institut, laut Armeekreisen.")
    fast, slow = _spans(WordListRuler, nlp, text, runs=2), _spans(SpanRuler, nlp, text)
    assert fast == slow
    found = {nlp.make_doc(text)[start:end].text: label for start, end, label, _ in fast}
    assert found.get("Landesgesundheitsbehörde") == "head_authority"  # a compound only a regex finds
    assert found.get("Polizeiangaben") == "source_compound"


def test_doctext_returns_the_text_of_each_doc():
    nlp = spacy.blank("de")
    first, second = nlp.make_doc("Erstens ein Satz."), nlp.make_doc("Zweitens ein anderer.")
    assert doc_text(first) == first.text == "Erstens ein Satz."
    assert doc_text(second) == second.text
    assert doc_text(first) is doc_text(first)  # joined once


def test_casualties_outcome_regex_matches_like_one_lookbehind_per_alternative(nlp):
    lex = nlp.get_pipe("karabach_casualties").lex
    body = lex.outcome_re.pattern
    assert body.startswith(r"(?<![\w-])(?:")
    # the pattern as it was: the look-behind repeated inside every alternative
    alternatives = body[len(r"(?<![\w-])(?:") : -1]
    old = re.compile(re.sub(r"\(\?P<(o\d+)>", r"(?P<\1>(?<![\\w-])", alternatives), re.IGNORECASE)
    text = ("Bei dem Angriff kamen drei Menschen ums Leben, zwölf wurden verletzt. Die Getöteten "
            "waren Zivilisten; Nicht-Verletzte und Schwerverletzte wurden gezählt, 5 Tote.")
    found = [(m.start(), m.end(), m.lastgroup) for m in lex.outcome_re.finditer(text)]
    assert found == [(m.start(), m.end(), m.lastgroup) for m in old.finditer(text)]
    assert len(found) >= 3


def test_cli_help_does_not_import_spacy():
    code = "import sys; from karabach_nlp import cli; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_quantity_prefilter_skips_only_word_starts_where_nothing_is_found():
    from karabach_nlp import quantities

    words = ["zwischen", "und", "bis", "mehr als", "über", "rund", "ca.", "Millionen", "Mio.", "tausend",
             "Dutzend", "eine", "zweieinhalb", "anderthalb", "mehrere", "einige", "Hunderte", "1,5", "5.000",
             "20-30", "Menschen", "fast", "näherte sich der", "bis zu", "elf.", "Zwölf", "eins", "achthundertvierundsiebzig"]
    texts = [" ".join(words[(i * k) % len(words)] for k in range(1, 7)) for i in range(1, 200)]
    texts.append(SEED_TEXT)
    checked = 0
    for text in texts:
        for m in quantities._CANDIDATE.finditer(text):
            try:
                found = quantities.match_quantity(text, m.start())
            except (ValueError, OverflowError):
                continue
            if found is not None:
                checked += 1
                assert quantities._may_start(text, m.start()), (text, m.start())
    assert checked > 200


def test_actor_context_index_gives_the_tokens_a_doc_walk_gives(nlp):
    from karabach_nlp.components.actors.context import make_context
    from karabach_nlp.components.actors.grammar import ACRONYM, PRONOUNS

    doc = nlp(SEED_TEXT)
    actors = nlp.get_pipe("karabach_actors")
    ctx = make_context(doc, actors.lexicon, actors.known_words)
    for attr, values in (("lower_", PRONOUNS), ("text", ("„", "»")), ("tag_", ("NN",)), ("lower_", ("von", "vom"))):
        walked = [t.i for t in doc if getattr(t, attr) in values]
        assert walked and [t.i for t in ctx.tokens_where(attr, values)] == walked, attr
    assert [t.i for t in ctx.tokens_matching(ACRONYM)] == [t.i for t in doc if ACRONYM.match(t.text)]
