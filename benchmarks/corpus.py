"""A German benchmark corpus: the seed article plus articles assembled from sentences written for
this benchmark (not taken from anywhere), with varied numbers, places and speakers so that the
tokenizer's cache does not see the same text over and over."""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "examples" / "berg-karabach.txt"

PLACES = ["Charkiw", "Gaza", "Mariupol", "Stepanakert", "Aleppo", "Kabul", "Bachmut", "Idlib", "Mossul", "Tripolis"]
SPEAKERS = [
    "ein Sprecher des Innenministeriums", "der Gouverneur der Region", "die Polizei", "das Rote Kreuz",
    "Regierungschef Markus Halder", "die Vereinten Nationen", "ein Armeesprecher", "die Nachrichtenagentur dpa",
]
DATELINES = ["Berlin.", "Kiew.", "Moskau.", "Genf.", "Beirut.", "Wien.", "Brüssel.", "Istanbul."]

SENTENCES = [
    "Bei einem Luftangriff auf {ort} sind nach offiziellen Angaben mindestens {n} Menschen getötet worden.",
    "„Wir zählen bislang {n} Verletzte, darunter viele Kinder“, sagte {wer} am Abend.",
    "{Wer} teilte mit, dass {n} Soldaten bei den Gefechten ums Leben gekommen seien.",
    "Laut {wer} werden nach dem Einsturz noch etwa {n} Bewohner vermisst.",
    "Die Zahl der Toten stieg damit auf mehr als {n}.",
    "Nach Darstellung der Gegenseite handelt es sich bei den Opfern überwiegend um Zivilisten.",
    "Unabhängig überprüfen ließen sich die Angaben zunächst nicht.",
    "Rettungskräfte suchten die ganze Nacht in den Trümmern nach Überlebenden.",
    "{Wer} sprach von einem gezielten Angriff auf Wohnhäuser und eine Schule.",
    "Am Rande der Stadt wurden {n} Kämpfer gefangen genommen, hieß es aus Militärkreisen.",
    "Die Krankenhäuser in {ort} seien völlig überlastet, erklärte {wer}.",
    "Seit Beginn der Kämpfe im Frühjahr sollen insgesamt rund {n} Menschen gestorben sein.",
    "Beobachter rechnen damit, dass die tatsächliche Zahl der Opfer deutlich höher liegt.",
    "„Die Lage ist dramatisch“, sagte {wer}, „wir brauchen sofort Hilfe.“",
    "Zwischen {n} und {m} Menschen sollen sich noch in den umkämpften Vierteln aufhalten.",
    "Die Außenminister wollen am Donnerstag in Genf über eine Waffenruhe beraten.",
    "Eine frühere Feuerpause war bereits nach wenigen Stunden gebrochen worden.",
    "Bei der Explosion eines Munitionslagers wurden {n} Arbeiter schwer verletzt.",
    "Nach Angaben von {wer} kamen bei dem Unglück {n} Menschen ums Leben, {m} weitere werden vermisst.",
    "Die Regierung ordnete eine dreitägige Staatstrauer an.",
    "Tausende Menschen flohen in den vergangenen Tagen aus der Region in Richtung Grenze.",
    "Ein Konvoi mit Lebensmitteln und Medikamenten erreichte am Mittwoch die Stadt {ort}.",
    "{Wer} forderte beide Seiten auf, die Zivilbevölkerung zu schonen.",
    "Die Opposition warf der Regierung vor, die Zahl der Gefallenen zu verschweigen.",
]


def _fill(sentence: str, rng: random.Random) -> str:
    wer = rng.choice(SPEAKERS)
    n = rng.randint(2, 900)
    return sentence.format(ort=rng.choice(PLACES), wer=wer, Wer=wer[0].upper() + wer[1:], n=n, m=n + rng.randint(5, 400))


def articles(min_chars: int = 1_000_000, seed: int = 13) -> list[str]:
    """Articles totalling at least ``min_chars`` characters: every fifth one is the seed article
    with its figures shifted, the others 6 to 14 sentences in 2 to 4 paragraphs."""
    rng = random.Random(seed)
    seed_text = SEED.read_text(encoding="utf-8")
    out: list[str] = []
    total = 0
    while total < min_chars:
        if len(out) % 5 == 0:
            k = len(out)
            text = seed_text.replace("874", str(100 + k)).replace("63 getöteten", f"{20 + k % 90} getöteten")
        else:
            body = [_fill(s, rng) for s in rng.sample(SENTENCES, rng.randint(6, 14))]
            cuts = sorted(rng.sample(range(1, len(body)), rng.randint(1, 3)))
            paragraphs = [" ".join(body[a:b]) for a, b in zip([0, *cuts], [*cuts, len(body)])]
            text = rng.choice(DATELINES) + " " + "\n\n".join(paragraphs)
        out.append(text)
        total += len(text)
    return out


def write_corpus(folder: Path, min_chars: int = 1_000_000) -> list[str]:
    texts = articles(min_chars)
    for i, text in enumerate(texts):
        sub = folder / f"{i // 100:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    return texts
