from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import karabach_nlp
from karabach_nlp.errors import EmptyInput

from conftest import assert_offsets

GERMAN = [
    "Die Behörden teilten mit, dass bislang 874 Soldaten getötet worden seien.",
    "„Es gibt viele Verluste“, sagte Putin.",
    "Laut der Polizei starben mehr als 30 Zivilisten.",
    "Zudem seien bereits Hunderte verletzt worden.",
    "»Wir hoffen«, so der Sprecher, «auf Frieden».",
    "Über 100 Tote bei Flugzeugabsturz",
]
ODD = ["„", "“", "\"", "»", "«", "‚", "‘", "'", "\ufeff", "\u0301", "e\u0308", "🙂", "👨‍👩‍👧", "\x00", "\x07",
       "\r\n", "\n\n", "\t", "1.000", "5 000", "1,5", "-", " ", "x" * 2000]

text_strategy = st.lists(st.one_of(st.sampled_from(GERMAN), st.sampled_from(ODD), st.text(max_size=40)), max_size=12).map(
    lambda parts: " ".join(parts)
)


def test_seed_offsets_hold(seed_text, seed_claims):
    assert seed_claims.casualties and seed_claims.attributions and seed_claims.actors
    assert_offsets(seed_text, seed_claims)


def test_bom_is_stripped_and_offsets_refer_to_text_after_it(nlp, seed_text):
    with_bom = karabach_nlp.extract("\ufeff" + seed_text, nlp)
    plain = karabach_nlp.extract(seed_text, nlp)
    assert with_bom.model_dump(exclude={"meta"}) == plain.model_dump(exclude={"meta"})
    assert with_bom.meta.chars == len(seed_text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=text_strategy)
def test_arbitrary_text_never_raises_and_offsets_hold(nlp, text):
    try:
        claims = karabach_nlp.extract(text, nlp)
    except EmptyInput:
        assert not text.lstrip("\ufeff").strip()
        return
    assert_offsets(text[1:] if text.startswith("\ufeff") else text, claims)
