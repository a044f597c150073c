"""Common names of countries and world regions that CLDR does not give, as the press of uncased scripts writes them.

CLDR (Babel) gives each territory one name per language, often the official one: Arabic "المملكة المتحدة"
(the United Kingdom) and "الولايات المتحدة" (the United States), while Arabic news writes "بريطانيا" and
"أمريكا" as often; Thai writes "สหรัฐฯ" (the United States, shortened) and "อเมริกา". World regions that
are no CLDR territory (the Middle East, the Persian Gulf region) are named in every news story about them.
These are the everyday names of the languages (the Arabic and Thai Wikipedias' redirects to the articles),
not names of any corpus. Spelling variants the folding of generator/lang/fold.py covers (أ/ا/إ, ى/ي, ة/ه)
are written once; Arabic transcribes "-ric-" both ways (أمريكا, أميركا), so both are here.
The gazetteer (generator/lang/gazetteer_data.py) adds them under the CLDR id, so that one country is one
entity in every language.
"""
from __future__ import annotations

# id -> {language: names}. "cldr:XX" ids are CLDR's region codes; "region:" ids are regions CLDR lacks.
EXONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "cldr:GB": {"ar": ("بريطانيا",)},
    "cldr:US": {"ar": ("أمريكا", "أميركا", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية"),
                "th": ("สหรัฐฯ", "อเมริกา")},
    "cldr:AE": {"ar": ("الإمارات",)},
    "cldr:PS": {"ar": ("فلسطين",)},
    # The United Nations read out letter by letter in Thai (ยู-เอ็น), as the press writes it beside สหประชาชาติ.
    "cldr:UN": {"th": ("ยูเอ็น",)},
    "region:middle-east": {"en": ("Middle East",), "ar": ("الشرق الأوسط",), "th": ("ตะวันออกกลาง",)},
    # The Gulf: Arabic news names the region by the noun with the article alone ("دول الخليج", the Gulf states).
    "region:persian-gulf": {"en": ("Persian Gulf",), "ar": ("الخليج",)},
}
