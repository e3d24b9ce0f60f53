"""Sentence boundaries the rule-based sentencizer misses, fixed before any analysis reads them.

The German tokenizer keeps "2009." as one token (an ordinal), so the sentencizer does not end
the sentence in "… im Sommer 2009. Die Anwältin erklärte …": a year with its full stop before a
capital (or a line break) ends the sentence. A line with no final punctuation is a heading
("Reaktionen aus Deutschland"): the sentencizer would join it to the sentence below, whose
speaker then opens no sentence. An opening mark („ or «) after a full stop opens the next
sentence, not the end of the one before. A parsed document keeps the parser's sentences.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..resources import load_wordlist


def _year_with_full_stop(text: str) -> bool:
    return len(text) == 5 and text[:4].isdigit() and text[4] == "."


# words that open a sentence but never follow an ordinal ("am 3. Mai", "die 2. Liga")
SENTENCE_OPENERS = frozenset(load_wordlist("lexicons", "sentence_openers.txt"))


def _number_with_full_stop(text: str) -> bool:
    """ "3." or "MI-17.": a number (or a name ending in one) with its full stop."""
    head = text[:-1]
    return text.endswith(".") and len(head) >= 1 and head[-1].isdigit() and not _year_with_full_stop(text)


# German „…“ and Swiss/French «…»: the mark opens the quote, so the sentence it starts
OPENING_MARKS = frozenset({"«", "„"})


def _opening_mark_left_behind(doc: Doc, tok) -> bool:
    """An opening quotation mark after a sentence's final stop (a space before it, none after it)
    that the sentencizer kept with the sentence before: it opens the next one."""
    if tok.text not in OPENING_MARKS or tok.i == 0 or tok.i + 1 >= len(doc) or tok.whitespace_:
        return False
    before = doc[tok.i - 1]
    return before.text in (".", "!", "?") and bool(before.whitespace_) and doc[tok.i + 1].is_sent_start and not tok.is_sent_start


def split_sentences(doc: Doc) -> Doc:
    if len(doc) < 2 or doc.has_annotation("DEP"):
        return doc  # the parser's sentences come from its tree and cannot be rewritten
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if _year_with_full_stop(tok.text) and (nxt.text[:1].isupper() or nxt.is_space) and not nxt.is_sent_start:
            nxt.is_sent_start = True
        elif _number_with_full_stop(tok.text) and nxt.text in SENTENCE_OPENERS and not nxt.is_sent_start:
            nxt.is_sent_start = True  # "… des Modells 3. Ein Sprecher …": no ordinal precedes an article
        elif _opening_mark_left_behind(doc, tok):
            tok.is_sent_start, nxt.is_sent_start = True, False  # "… bestätigt. «Harvey» sorgt …"
        elif tok.is_space and "\n" in tok.text and tok.i > 0:
            before = doc[tok.i - 1]
            if not before.is_space and before.text[-1:] not in ".!?:;,":
                nxt.is_sent_start = True  # the line above is a heading
    return doc


@Language.factory("karabach_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str):
    return split_sentences
