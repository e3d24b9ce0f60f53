"""Who a casualty figure is attributed to, and how that was found (``source_evidence``), on real
German news sentences; every span checked as ``text[start:end]``."""

from __future__ import annotations

import pytest

import karabach_nlp
from karabach_nlp.records import SourceEvidence

from conftest import assert_offsets


def _figure(nlp, text: str, count: str):
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    found = [m for m in claims.casualties if m.count_text.text == count]
    assert found, [m.count_text.text for m in claims.casualties]
    return found[0]


CASES = [
    # a trailing frame after a long content with a relative clause of its own
    ("Bei den Angriffen auf mehrere Dörfer im Norden des Landes, die sich in der Nacht zum Sonntag ereigneten "
     "und die von bewaffneten Milizen verübt wurden, sind mindestens 45 Menschen getötet worden, teilten die "
     "Vereinten Nationen mit.", "mindestens 45", "die Vereinten Nationen", "Vereinte Nationen", SourceEvidence.inside_content),
    ("Mindestens 45 Menschen seien bei den Angriffen getötet worden, hieß es aus Kreisen der Regierung.",
     "Mindestens 45", "Kreisen der Regierung", "Regierung", SourceEvidence.inside_content),
    ("Von Seiten der Armee hieß es, zwölf Soldaten seien verletzt worden.",
     "zwölf", "Seiten der Armee", "Armee", SourceEvidence.inside_content),
    ("Der Sprecher des Innenministeriums sagte: Bei dem Anschlag sind 17 Menschen ums Leben gekommen.",
     "17", "Der Sprecher des Innenministeriums", None, SourceEvidence.inside_content),
    ("Die Polizei sagte am Montag, es gebe neue Zahlen. Den Angaben zufolge wurden 17 Menschen getötet.",
     "17", "Die Polizei", "Polizei", SourceEvidence.anaphoric),
    # a compound that names its source is no pointer back ("den Polizeiangaben")
    ("Der Fahrer sagte, er habe nichts gesehen. Den Polizeiangaben zufolge wurden 11 Menschen verletzt.",
     "11", "Den Polizeiangaben", "Polizei", SourceEvidence.according_to),
    ("Die Polizei sagte am Montag, es gebe neue Zahlen. Demnach wurden 17 Menschen getötet.",
     "17", "Die Polizei", "Polizei", SourceEvidence.anaphoric),
    ("Die Behörde meldete einen Anstieg der Fälle. In der Region seien 17 Menschen gestorben, so die Behörde.",
     "17", "die Behörde", "Behörde", SourceEvidence.according_to),
    ("Bei einem Busunglück in Bayern sind 17 Menschen ums Leben gekommen. Nach Angaben der Polizei war der "
     "Fahrer zu schnell unterwegs.", "17", "der Polizei", "Polizei", SourceEvidence.next_sentence),
    ("Das tibetische Exilparlament im indischen Dharamshala erklärte hingegen, bei den Unruhen seien mehrere "
     "hundert Menschen getötet worden.", "mehrere hundert", "Das tibetische Exilparlament im indischen Dharamshala",
     None, SourceEvidence.inside_content),
    # a run continues the last speaker, also one no actor stands for, not the actor named before it
    ("Die Polizei sagte am Montag, es gebe neue Zahlen. Dem Jahresbericht zufolge ist die Lage ernst. "
     "Im vergangenen Jahr seien 300 Menschen getötet worden.", "300", "Dem Jahresbericht", None, SourceEvidence.continued),
    # a document its owner's possessive names speaks for the owner
    ("Der Präsident trat am Abend vor die Presse. In seiner Erklärung hieß es, 17 Soldaten seien getötet worden.",
     "17", "seiner Erklärung", "Präsident", SourceEvidence.inside_content),
    ("Bei dem Anschlag seien 17 Menschen getötet worden, heißt es in einer Erklärung der Regierung.",
     "17", "einer Erklärung der Regierung", "Regierung", SourceEvidence.inside_content),
    ("Die Armee meldete am Morgen Erfolge. Die Rebellen bestreiten die Angaben. Bei den Kämpfen seien "
     "40 Soldaten getötet worden.", "40", "Die Rebellen", "Rebellen", SourceEvidence.continued),
]


@pytest.mark.parametrize("text,count,source,actor,evidence", CASES, ids=[c[1] + ":" + c[4].value for c in CASES])
def test_source_of_a_figure(nlp, text, count, source, actor, evidence):
    m = _figure(nlp, text, count)
    assert m.source == source
    assert m.source_span is not None and text[m.source_span.start:m.source_span.end] == source
    if actor is not None:
        assert m.source_actor == actor
    assert m.source_evidence == evidence


def test_a_figure_in_own_voice_says_so(nlp):
    m = _figure(nlp, "Bei dem Erdbeben kamen am Sonntag mindestens 30 Menschen ums Leben.", "mindestens 30")
    assert m.source is None and m.source_actor is None
    assert m.source_evidence == SourceEvidence.own_voice


def test_an_investigation_after_the_lead_is_no_source_of_its_figure(nlp):
    text = ("Bei dem Unfall auf der Autobahn kamen 17 Menschen ums Leben. Nach ersten Ermittlungen der Polizei "
            "war der Bus von der Fahrbahn abgekommen.")
    m = _figure(nlp, text, "17")
    assert m.source is None and m.source_actor is None
    assert m.source_evidence == SourceEvidence.own_voice


def test_a_later_figure_is_not_sourced_by_the_next_sentence(nlp):
    """Only the headline and first sentence take their source from the sentence after them."""
    text = ("Die Lage ist ruhig. Am Abend kam es zu Staus. Bei einem Busunglück sind 17 Menschen ums Leben gekommen. "
            "Nach Angaben der Polizei war der Fahrer zu schnell unterwegs.")
    m = _figure(nlp, text, "17")
    assert m.source is None and m.source_evidence == SourceEvidence.own_voice


def test_free_indirect_after_an_unresolved_speaker_does_not_take_the_actor_before(nlp):
    """ "Uiguren wie Isa weisen die Anschuldigungen zurück. Sie seien …": not the accusing side's words."""
    text = ("Die chinesische Regierung wirft den Uiguren Terrorismus vor. Uiguren wie Isa weisen die "
            "Anschuldigungen zurück. Sie seien friedliche Bürger.")
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    run = [a for a in claims.attributions if a.content.text == "Sie seien friedliche Bürger."]
    assert run and run[0].speaker_actor != "China"


def test_a_run_after_an_unframed_act_of_saying_names_that_speaker_as_source(nlp):
    """The run continues "Die Gewerkschaft", named in a sentence no attribution covers: its mention is the source."""
    text = "Die Armee meldete am Morgen Erfolge. Die Gewerkschaft dementierte. Bei den Kämpfen seien 40 Soldaten getötet worden."
    m = _figure(nlp, text, "40")
    assert (m.source, m.source_actor, m.source_evidence) == ("Die Gewerkschaft", "Gewerkschaft", SourceEvidence.continued)


def test_a_run_after_angaben_with_no_one_named_is_the_articles_own_voice(nlp):
    m = _figure(nlp, "Nach ersten Angaben gab es Tote. Bei den Kämpfen seien 40 Soldaten getötet worden.", "40")
    assert m.source is None and m.source_evidence == SourceEvidence.own_voice


def test_an_unnamed_source_without_article_is_no_reference_back(nlp):
    """ "Quellen zufolge" names a new, unnamed source; only "den Angaben" points back to the last one."""
    m = _figure(nlp, "Die Polizei sagte am Montag, es gebe neue Zahlen. Quellen zufolge wurden 17 Menschen getötet.", "17")
    assert m.source == "Quellen" and m.source_evidence == SourceEvidence.according_to


def test_a_run_after_a_verb_that_only_looks_like_a_speech_act_continues_the_last_source(nlp):
    """ "gaben sich als … aus" is no "bekanntgeben" (its particle is missing): no speaker of its own."""
    text = ("Laut dem Justizministerium lebte der Mann seit Jahren illegal im Land. Zwei Agenten gaben sich als "
            "Mitglieder der Gruppe aus. Bei dem Anschlag hätten mindestens 30 Menschen sterben sollen.")
    m = _figure(nlp, text, "mindestens 30")
    assert m.source == "dem Justizministerium", (m.source, m.source_evidence)
