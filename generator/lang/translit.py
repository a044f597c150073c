"""Latin letters for other scripts: the keys names are compared on, and registry ids."""
from __future__ import annotations

CYRILLIC_LATIN = {c: t.strip("_") for c, t in zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", (
    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya").split())}


def transliterate(text: str) -> str:
    """Cyrillic letters in Latin letters (ш -> sh, я -> ya, ь -> nothing); other characters as they are."""
    return "".join(CYRILLIC_LATIN.get(c, c) if c.islower() else CYRILLIC_LATIN.get(c.lower(), c).capitalize()
                   for c in text)
