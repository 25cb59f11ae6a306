"""Uncased BERT WordPiece tokenizer in plain Python.

It reproduces the Hugging Face `tokenizers` pipeline of all-MiniLM-L6-v2
(BertNormalizer with lowercasing and accent stripping, BertPreTokenizer,
WordPiece with `##` continuations), so the runtime needs no tokenizer
library; `scripts/train_emotions.py` checks it token for token against
`tokenizers` on the whole of GoEmotions.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import lru_cache

# A word piece has at least one character, so a text is cut to this many
# characters per token allowed before normalising: long texts stay cheap.
_CHARS_PER_TOKEN = 64
_MAX_WORD_CHARS = 100


@lru_cache(maxsize=4096)
def _char_class(ch: str) -> int:
    """Classify a character: 0 keep, 1 drop, 2 space, 3 punctuation, 4 CJK."""
    cp = ord(ch)
    if ch in " \t\n\r":
        return 2
    if cp == 0 or cp == 0xFFFD:
        return 1
    cat = unicodedata.category(ch)
    if cat in ("Zs", "Zl", "Zp"):
        return 2
    if cat.startswith("C"):
        return 1
    if (33 <= cp <= 47) or (58 <= cp <= 64) or (91 <= cp <= 96) or (123 <= cp <= 126):
        return 3
    if cat.startswith("P"):
        return 3
    if (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2B73F
        or 0x2B740 <= cp <= 0x2B81F
        or 0x2B820 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
    ):
        return 4
    return 0


def _strip_accents_lower(text: str) -> str:
    """Decompose, drop combining marks and lowercase, as BertNormalizer does."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return kept.lower()


def _split_words(text: str) -> Iterator[str]:
    """Yield pre-tokens: whitespace splits, punctuation and CJK alone."""
    word: list[str] = []
    for ch in text:
        kind = _char_class(ch)
        if kind == 0:
            word.append(ch)
            continue
        if kind == 1:  # dropped without splitting the word, as BERT does
            continue
        if word:
            yield "".join(word)
            word = []
        if kind >= 3:
            yield ch
    if word:
        yield "".join(word)


class WordPieceTokenizer:
    """Turn text into BERT input ids with [CLS] and [SEP], truncated."""

    def __init__(self, vocab: list[str], max_len: int) -> None:
        """Build the tokenizer from a vocabulary list (index = id)."""
        self.vocab = {tok: i for i, tok in enumerate(vocab)}
        self.max_len = max_len
        try:
            self.cls_id = self.vocab["[CLS]"]
            self.sep_id = self.vocab["[SEP]"]
            self.unk_id = self.vocab["[UNK]"]
            self.pad_id = self.vocab["[PAD]"]
        except KeyError as exc:
            raise ValueError(f"vocabulary lacks the special token {exc}") from exc
        self._cache: dict[str, tuple[int, ...]] = {}

    def _word_ids(self, word: str) -> tuple[int, ...]:
        """Split one pre-token greedily into the longest known pieces."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        if len(word) > _MAX_WORD_CHARS:
            return (self.unk_id,)
        ids: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            found = -1
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                found = self.vocab.get(piece, -1)
                if found >= 0:
                    break
                end -= 1
            if found < 0:
                ids = [self.unk_id]
                break
            ids.append(found)
            start = end
        result = tuple(ids)
        if len(self._cache) < 200_000:  # bound memory on odd input streams
            self._cache[word] = result
        return result

    def encode(self, text: str) -> list[int]:
        """Return ids for one text: [CLS] pieces... [SEP], at most max_len."""
        budget = self.max_len - 2
        text = text[: budget * _CHARS_PER_TOKEN]
        ids: list[int] = []
        # Normalise per whitespace-free chunk, after cleaning, as BERT does.
        for word in _split_words(text):
            for sub in _split_words(_strip_accents_lower(word)):
                ids.extend(self._word_ids(sub))
            if len(ids) >= budget:
                break
        return [self.cls_id, *ids[:budget], self.sep_id]
