"""Kept for imports written before recognition became a package (generator.annotate.recognise)."""
from generator.annotate.recognise import candidate_key, find_candidates, word_cases  # noqa: F401
from generator.annotate.recognise.tokens import Taken as _Taken, script_of_word  # noqa: F401
from generator.lang.namewords import ORGANISATION_WORDS, PLACE_WORDS, PROJECT_WORDS

# The type words of English names, for the merge step's type guess (generator.assembly.names).
MARKER_TYPE = {word: kind for kind, table in (("organisation", ORGANISATION_WORDS), ("place", PLACE_WORDS),
                                              ("project", PROJECT_WORDS))
               for lang in ("", "en", "de", "ru") for word in table.get(lang, "").split()}
