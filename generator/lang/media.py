"""Verbs that cite a medium as a report's source, in Slavic news: "передает DW", "poroča CNN", "съобщава bTV".

News cites its sources with a verb of reporting in the present tense (or Bulgarian's aorist "предаде"),
followed by the source ("reports the BBC"); people are quoted with verbs of saying in the past ("сообщил",
"dejal"), so a name after these forms is a publication or broadcaster: a product in SlavicNER's types
(wire agencies stay organisations: generator.lang.bylines.AGENCIES). Forms from the grammars' conjugation
tables, third person singular.
"""
from __future__ import annotations

from generator.lang.bylines import AGENCIES

REPORTING_VERBS = {
    "ru": "сообщает передает передаёт информирует пишет",
    "uk": "повідомляє передає інформує пише",
    "be": "паведамляе перадае піша",
    "bg": "съобщава предаде предава информира пише",
    "mk": "јавува пренесува пишува",
    "pl": "informuje podaje donosi pisze",
    "cs": "uvádí informuje píše",
    "sk": "uvádza informuje píše",
    "sl": "poroča piše",
    "hr": "javlja piše izvješćuje",
    "sr": "јавља пише javlja piše",
}
_AGENCIES = frozenset(a.casefold() for a in AGENCIES)


def is_reporting_verb(word: str, lang: str) -> bool:
    """Whether a word is a present-tense verb of reporting that cites a medium after it ("передает")."""
    return word.casefold() in REPORTING_VERBS.get(lang.split("-")[0], "").split()


def cited_medium(name: str, before: str, lang: str) -> bool:
    """Whether a name after a verb of reporting is a medium (no wire agency): one word, an acronym or an
    English title with its article ("The Guardian"), which are no person's name."""
    if not before or not is_reporting_verb(before, lang) or name.casefold() in _AGENCIES:
        return False
    words = name.split()
    return len(words) == 1 or (len(words) == 2 and words[0] == "The")
