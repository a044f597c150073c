"""Russian and Ukrainian official names made of a head noun and a genitive complement ending in a name:
"Министерство внутренних дел Пакистана", "Міністерство економічного розвитку і торгівлі України".

Russian and Ukrainian capitalise only the first word of such a name (the grammars' spelling rules for
names of institutions: "Министерство иностранных дел"); the words after it are in the genitive, and a
place or body in the genitive closes it ("... Пакистана", "... МИД Украины"). The head is an organisation
word (generator.lang.namewords); the genitive is read off pymorphy3's dictionaries, so a verb after the
head ("Министерство заявило") ends nothing. A ministry is named so in lower case too, inside a sentence
("представитель министерства иностранных дел Пакистана").
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from generator.annotate.recognise.tokens import Token, is_acronym
from generator.lang.baseform import is_genitive
from generator.lang.namewords import type_word

LANGS = frozenset(("ru", "uk"))
_MAX_COMPLEMENT = 5  # lower-case words between the head and the closing name
# Heads that name an institution in lower case too (ministries); capitalised, any organisation word heads.
_LOWER_CASE_HEADS = ("министерств", "міністерств")


def genitive_names(body: str, tokens: Sequence[Token], lang: str) -> Iterator[tuple[int, int]]:
    """Spans of head + lower-case genitive words + a capitalised genitive name (or an acronym and one)."""
    if lang not in LANGS:
        return
    for index, head in enumerate(tokens):
        if not _is_head(head.text, lang):
            continue
        end = _closing_name(body, tokens, index + 1, lang)
        if end:
            yield head.start, end


def _is_head(word: str, lang: str) -> bool:
    """Whether a word may head such a name: a capitalised organisation word, or a ministry in lower case."""
    if word[:1].isupper() and word[1:].islower():
        return type_word(word, lang) == "organisation"
    return word.islower() and word.startswith(_LOWER_CASE_HEADS)


def _closing_name(body: str, tokens: Sequence[Token], index: int, lang: str) -> int:
    """The end of the name closing a genitive complement that starts at tokens[index], or 0."""
    complement = 0
    while index < len(tokens) and body[tokens[index - 1].end:tokens[index].start] == " ":
        word = tokens[index].text
        if word.islower():
            if complement == _MAX_COMPLEMENT or not is_genitive(word, lang):
                return 0
            complement += 1
        elif not complement:
            return 0  # the head's own name follows ("Министерство Юстиции"): the runs find it
        elif is_acronym(word):
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            glued = following is not None and body[tokens[index].end:following.start] == " "
            return following.end if glued and _genitive_name(following.text, lang) else tokens[index].end
        else:
            return tokens[index].end if _genitive_name(word, lang) else 0
        index += 1
    return 0


def _genitive_name(word: str, lang: str) -> bool:
    """Whether a word is a capitalised name in the genitive ("Пакистана", "України")."""
    return word[:1].isupper() and is_genitive(word, lang)
