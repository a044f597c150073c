"""Words around and inside names that tell a name's type, per language: titles before a person,
heads and legal suffixes of organisations, heads of places, words of events and projects.

Each list is ordinary vocabulary of the language (titles, legal forms such as AG, GmbH, Ltd,
ООО, S.A.), written from its grammar and dictionaries, never from a corpus. Slavic words are
given as stems: a stem matches its inflected forms ("prezydent" matches "prezydenta", "prezydentem").
"""
from __future__ import annotations

from functools import lru_cache

# Titles and roles written before a person's name ("President Duda", "губернатор Руденя", "pan Kowalski").
PERSON_TITLES = {
    "en": "mr mrs ms miss dr prof sir lady lord president vice secretary director chairman chairwoman mayor "
          "governor minister chancellor general ceo deputy chief premier judge justice pope king queen prince "
          "princess senator spokesman spokeswoman captain coach colonel lieutenant sergeant ambassador bishop "
          "archbishop cardinal imam sheikh rabbi father saint st commissioner prosecutor attorney lawyer "
          "striker midfielder defender goalkeeper manager",
    "de": "herr frau dr prof präsident präsidentin bürgermeister bürgermeisterin kanzler kanzlerin minister "
          "ministerin sprecher sprecherin trainer papst könig königin prinz prinzessin chef chefin direktor "
          "direktorin vorsitzende vorsitzender staatssekretär botschafter bischof kardinal professor professorin "
          "experte expertin spieler spielerin stürmer torwart autor autorin sänger sängerin schauspieler "
          "schauspielerin politiker politikerin anwalt anwältin richter richterin kandidat kandidatin",
    "fr": "m mme mlle dr président présidente ministre maire général juge pape roi reine prince",
    "es": "sr sra don doña presidente ministro ministra alcalde general juez papa rey reina",
    "it": "sig signor signora presidente ministro sindaco generale giudice papa re regina",
    "pl": "pan pani panu panem panią państwo prezydent premier minister ministr sędzi sędzia prezes rzeczni "
          "rzecznik papież papieża papieżem król królow książ biskup kardynał arcybiskup ambasador gubernator "
          "generał burmistrz prokurator adwokat kanclerz senator poseł posł dyrektor szef trener kapitan święt "
          "św ks ksiądz",
    "cs": "pan paní prezident premiér ministr ministryně soudce soudkyně předsed mluvčí papež král královn "
          "biskup kardinál velvyslan guvernér generál starost prokurátor advokát kancléř senátor poslan ředitel "
          "šéf trenér kapitán svat sv",
    "sk": "pán pani prezident premiér minister sudca predsed hovorca pápež kráľ biskup generál starost",
    "sl": "gospod gospa predsednik predsednic premier minister ministric sodnik sodnic papež kralj kraljic "
          "škof kardinal veleposlanik guverner general župan tožilec odvetnik kancler senator poslanec "
          "direktor šef trener kapetan sveti sv",
    "hr": "gospodin gospođa predsjednik premijer ministar sudac papa kralj biskup general gradonačelnik",
    "sr": "господин госпођа председник премијер министар судија папа краљ бискуп генерал",
    "bg": "господин госпожа г-н г-жа президент премиер министър съдия съдийка председател говорител папа "
          "крал кралица принц епископ кардинал посланик губернатор генерал кмет прокурор адвокат канцлер "
          "сенатор депутат директор шеф треньор капитан свети св",
    "ru": "господин госпожа г-н г-жа президент премьер премьер-министр министр судья председател спикер "
          "пресс-секретар папа папы король королев принц епископ кардинал посол губернатор генерал мэр "
          "прокурор адвокат канцлер сенатор депутат директор глава руководител шеф тренер капитан святой св "
          "патриарх",
    "uk": "пан пані президент прем'єр прем’єр прем'єр-міністр міністр суддя голова речник папа король "
          "королев принц єпископ кардинал посол губернатор генерал мер прокурор адвокат канцлер сенатор "
          "депутат директор керівник шеф тренер капітан святий св патріарх",
    "ar": "السيد السيدة الرئيس رئيس الملك الأمير الشيخ الوزير وزير الدكتور د. المهندس الأستاذ النائب السفير "
          "الجنرال اللواء العميد العقيد الإمام البابا الرئيسة الملكة الأميرة المستشار الناطق المتحدث",
    "th": "นาย นาง นางสาว ดร. ศ. รศ. ผศ. พล.อ. พล.ต.อ. พ.ต.อ. ร.ต.อ. คุณ ท่าน ม.ร.ว. ม.ล. หม่อม นายแพทย์ "
          "นพ. พญ. แพทย์หญิง ประธานาธิบดี นายกรัฐมนตรี รัฐมนตรี พระ สมเด็จ",
}

# Kinship and occupation nouns that Slavic grammars put before a name in apposition, as they put a title
# ("mąż Jan Kowalski", "pilotka Anna Nováková", "жительница Москвы Анна ...": husband, pilot, resident). They
# begin no name, but unlike a title they do not make the next name a person's: "odbory pilotů <union>".
APPOSITION_ROLES = {
    "pl": "żon mąż męż wdow pilot konsul",
    "cs": "manžel pilot konzul",
    "sk": "manžel pilot konzul",
    "sl": "mož žen pilot konzul",
    "hr": "suprug pilot konzul",
    "bg": "съпруг пилот консул жител",
    "ru": "муж вдов пилот консул житель жительниц",
    "uk": "дружин пілот консул мешкан житель",
}

# Words inside (usually at the end of) an organisation's name: legal forms and heads.
ORGANISATION_WORDS = {
    "en": "group company corporation bank association chamber council committee ministry government department "
          "consulate authority foundation university college institute agency party union federation league "
          "club court commission office army police service airlines airline airways news times post press "
          "network parliament senate assembly board fund organization organisation church school academy "
          "society trust team holding holdings air television tv radio newsroom telegraph herald tribune gazette "
          "journal fc international",
    "de": "gruppe konzern stiftung verband verein partei ministerium regierung bundesamt amt behörde "
          "universität institut gericht gerichtshof kommission rat bank gesellschaft zeitung agentur "
          "polizei bundestag landtag zentrum versicherung unternehmen firma verlag sender klub club "
          "mannschaft vereinigung fc sc sv tsv vfb vfl spvgg tsg bsc",
    "fr": "groupe société banque ministère université parti conseil commission cour agence",
    "pl": "fundacj spółk ministerstw rząd sąd trybunał komisj rad parti uniwersytet instytut bank "
          "agencj urząd policj sejm senat związ stowarzyszen kościół linie",
    "cs": "ministerstv vlád soud komis rad stran univerzit institut bank agentur úřad policie sněmov senát "
          "svaz sdružen církev společnost",
    "sl": "ministrstv vlad sodišč komisij svet stranke stranka univerz inštitut bank agencij urad polici "
          "zbor društv cerkev družb",
    "bg": "министерство министерств правителство съд комисия съвет партия университет институт банка "
          "агенция служба полиция парламент събрание съюз църква компания",
    "ru": "министерств правительств суд комисси совет парти университет институт банк агентств служб "
          "полици парламент дума собрани союз церк компани завод ассоциаци фонд корпораци департамент",
    "uk": "міністерств уряд суд комісі рад парті університет інститут банк агентств служб поліці "
          "парламент союз церкв компані асоціаці фонд корпораці департамент",
    "ar": "وزارة الوزارة شركة الشركة حزب الحزب منظمة المنظمة جامعة الجامعة مجلس المجلس هيئة الهيئة بنك البنك "
          "مصرف المصرف وكالة الوكالة اتحاد الاتحاد جمعية الجمعية محكمة المحكمة نادي النادي مؤسسة المؤسسة "
          "لجنة اللجنة جيش الجيش حركة الحركة صحيفة الصحيفة",
    "th": "กระทรวง กรม บริษัท พรรค มหาวิทยาลัย สำนักงาน สำนัก องค์การ องค์กร สมาคม มูลนิธิ ธนาคาร โรงพยาบาล "
          "สถาบัน คณะกรรมการ ศาล สภา กองทัพ สหภาพ ชมรม สโมสร โรงเรียน",
}

# Words that head a place name ("Lake Geneva", "провинция Ляонин", "จังหวัดเชียงใหม่").
PLACE_WORDS = {
    "en": "city town province county state river lake mountain mount island islands sea ocean bay street "
          "avenue square airport region district valley republic kingdom krai oblast okrug strait gulf peninsula "
          "canal coast bridge heights mountains hills strip desert plateau",
    "de": "stadt provinz land fluss see berg insel straße platz flughafen region bezirk republik königreich "
          "kanton bundesland landkreis kreis gemeinde hauptstadt bahnhof hafen brücke schloss stadion",
    "pl": "miast prowincj wojewódz rzek jezior gór wysp morz ulic plac lotnisk region republik królestw",
    "cs": "měst provinci kraj řek jezer hor ostrov moř ulic náměst letišt region republik království",
    "sl": "mest provinc pokrajin rek jezer gor otok morj ulic trg letališč regij republik kraljestv",
    "bg": "град провинция област река езеро планина остров море улица площад летище регион република",
    "ru": "город провинци област река озер гор остров мор улиц площад аэропорт регион республик",
    "uk": "міст провінці област річк озер гор остр мор вулиц площ аеропорт регіон республік",
    "ar": "مدينة محافظة ولاية إقليم منطقة جزيرة نهر بحر جبل عاصمة",
    "th": "จังหวัด อำเภอ ตำบล เกาะ แม่น้ำ ภูเขา ถนน",  # not ประเทศ, เมือง: they head common phrases
}

# Administrative divisions and settlements (a subset of PLACE_WORDS): Slavic grammar puts the unit's own name right
# after them, in the nominative ("provincie Paňdžáb", "города Тверь"), so the name is one word there unless the
# gazetteer knows a longer one. Not streets, squares or airports: they are named after people ("ulica Jana Pawła").
DIVISION_WORDS = {
    "pl": "miast prowincj wojewódz region",
    "cs": "měst provinci kraj region",
    "sk": "mest provinci kraj región",
    "sl": "mest provinc pokrajin regij",
    "hr": "grad provincij pokrajin regij",
    "bg": "град провинция област регион",
    "ru": "город провинци област регион",
    "uk": "міст провінці област регіон",
}

# Airports and rivers: Slavic usage names them with their common noun before the name, in lower case
# ("lotnisko Chopina", "letališče Brnik", "река Волга"; the SlavicNER guidelines' spans hold it too).
# Rivers are given as whole case forms where a stem would take verbs and common words too: Polish "rzekomo"
# (allegedly), "rzecz" (a thing), Czech "řekla" (she said), Slovene "rekel" (he said: so not its genitive "reke").
LEADING_PLACE_HEADS = {
    "pl": "lotnisk rzeka rzeki rzece rzekę rzeką",
    "cs": "letišt řeka řeky řece řeku řekou",
    "sk": "letisk riek",
    "sl": "letališč reka reki reko",
    "hr": "zračn rijek",
    "bg": "летище река",
    "ru": "аэропорт рек",
    "uk": "аеропорт річк",
}

EVENT_WORDS = {
    "en": "war summit conference olympics cup championship games festival election elections forum",
    "de": "krieg gipfel konferenz meisterschaft spiele festival wahl wahlen forum",
    "ru": "войн саммит конференци олимпиад чемпионат кубок фестивал выбор форум",
    "uk": "війн саміт конференці олімпіад чемпіонат кубок фестивал вибор форум",
    "pl": "wojn szczyt konferencj olimpiad mistrzostw puchar festiwal wybor forum",
    "cs": "válk summit konferenc olympiád mistrovstv pohár festival volb fórum",
    "sl": "vojn vrh konferenc olimpijad prvenstv pokal festival volitv forum",
    "bg": "война среща конференция олимпиада първенство купа фестивал избори форум",
}

PROJECT_WORDS = {
    "en": "project programme program initiative",
    "de": "projekt programm initiative",
    "ru": "проект программ",
    "uk": "проект проєкт програм",
    "pl": "projekt program",
    "cs": "projekt program",
    "sl": "projekt program",
    "bg": "проект програма",
}

# Prepositions of place and direction (where, whither) before a name, from each language's grammar: "in
# Wendelsau", "nach Kleinhohenfeld", "w Zabłociewie", "v Lipnikovju", "в Карабаде", "у Києві". Not those that also mark an
# agent, a companion or a possessor before organisations and people: "from", "von", "de", Polish and Ukrainian
# "z"/"з" (also "with"), Bulgarian "от" (also "by"), Russian "у" and Czech "u" ("at someone's"), "na" (also "on").
PLACE_PREPOSITIONS = {
    "en": "in into near outside",
    "de": "in im nach",
    "fr": "à en dans vers",
    "es": "en hacia",
    "it": "in verso",
    "pl": "w we do",
    "cs": "v ve do",
    "sk": "v vo do",
    "sl": "v",
    "hr": "u",
    "sr": "у",
    "bg": "в във до",
    "ru": "в во до",
    "uk": "в у до",
}


@lru_cache(maxsize=None)
def _place_prepositions(lang: str) -> frozenset[str]:
    return frozenset(PLACE_PREPOSITIONS.get(lang.split("-")[0], "").split())


def is_place_preposition(word: str, lang: str) -> bool:
    """Whether a word is a preposition of place or direction in the language ("in", "w", "в")."""
    return word.casefold() in _place_prepositions(lang)


# Legal forms after a company's name, matched only as written (capitals and dots): "se", "ab", "co" in
# lower case are ordinary words of many languages.
LEGAL_FORMS = frozenset("AG GmbH KG KGaA SE Ltd Ltd. PLC plc LLC Inc Inc. Corp Corp. Co. S.A. SA SpA S.p.A. NV N.V. "
                        "BV B.V. AB ASA Oy Oyj A/S ApS S.A.S. SARL S.L. ООО ОАО ЗАО ПАО АО АД ЕАД ООД ТОВ ПрАТ".split())

_MAX_ENDING = 4  # the longest case ending a stem may take


def _table(words: dict[str, str], lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words of a language (and of every language, key ""), as a set and as sorted stems."""
    entries = set(words.get(lang.split("-")[0], "").split()) | set(words.get("", "").split())
    return frozenset(entries), tuple(sorted(entries))


@lru_cache(maxsize=None)
def _tables(lang: str) -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    return {"person": _table(PERSON_TITLES, lang), "role": _table(APPOSITION_ROLES, lang),
            "division": _table(DIVISION_WORDS, lang), "leading": _table(LEADING_PLACE_HEADS, lang), "organisation": _table(ORGANISATION_WORDS, lang),
            "place": _table(PLACE_WORDS, lang), "event": _table(EVENT_WORDS, lang),
            "project": _table(PROJECT_WORDS, lang)}


# Languages whose lists hold stems (their words take case endings); elsewhere only whole words match.
_STEMMED = frozenset("pl cs sk sl hr sr bg ru uk be".split())


def _matches(word: str, table: tuple[frozenset[str], tuple[str, ...]], stems: bool = False) -> bool:
    """Whether a word is in the table, or (stems) begins with an entry of it and a short case ending.

    A stem of three letters takes endings of up to two ("суду", "судом"), so that it stays a word's stem.
    """
    folded = word.casefold()
    if folded in table[0]:
        return True
    return stems and any(len(folded) - len(stem) <= (_MAX_ENDING if len(stem) >= 4 else _SHORT_ENDING)
                         for stem in _prefixes(folded, table))


_SHORT_ENDING = 2


def _prefixes(folded: str, table: tuple[frozenset[str], tuple[str, ...]]) -> list[str]:
    """The entries of a table that are prefixes of the word (the set lookup above covers whole words)."""
    return [folded[:n] for n in range(3, len(folded)) if folded[:n] in table[0]]


@lru_cache(maxsize=65536)
def is_title(word: str, lang: str) -> bool:
    """Whether a word is a title or role written before a person's name in the language.

    German compounds end with their head: "Bildungsminister", "FDP-Chef" are titles too.
    """
    if _matches(word, _tables(lang)["person"], lang in _STEMMED) or _matches(word, _tables("en")["person"]):
        return True
    folded = word.casefold()
    return lang == "de" and any(folded.endswith(t) for t in _tables("de")["person"][1] if len(t) >= 4)


@lru_cache(maxsize=65536)
def is_role(word: str, lang: str) -> bool:
    """Whether a word is a kinship or occupation noun written before a name in apposition (APPOSITION_ROLES)."""
    return _matches(word, _tables(lang)["role"], lang in _STEMMED)


@lru_cache(maxsize=65536)
def is_division(word: str, lang: str) -> bool:
    """Whether a word names an administrative division or a settlement (DIVISION_WORDS): "provincie", "города"."""
    return _matches(word, _tables(lang)["division"], lang in _STEMMED)


@lru_cache(maxsize=65536)
def is_leading_place_head(word: str, lang: str) -> bool:
    """Whether a word is an airport's or a river's common noun written before the name (LEADING_PLACE_HEADS)."""
    return _matches(word, _tables(lang)["leading"], lang in _STEMMED)


@lru_cache(maxsize=65536)
def type_word(word: str, lang: str) -> str:
    """The type a word inside a name makes obvious (organisation, place, event, project), or ""."""
    if word in LEGAL_FORMS:
        return "organisation"
    for kind in ("organisation", "event", "project", "place"):
        if _matches(word, _tables(lang)[kind], lang in _STEMMED) or (lang != "en" and _matches(word, _tables("en")[kind])):
            return kind
    return _foreign_heads().get(word.casefold(), "") if len(word) >= _FOREIGN_HEAD else ""


_FOREIGN_HEAD = 6  # letters of the shortest head word taken from another language's list (not "rat", "see", "amt")


@lru_cache(maxsize=None)
def _foreign_heads() -> dict[str, str]:
    """Whole head words of every language whose list holds words, not stems, by type.

    Names keep their own language's words in foreign text ("Vereinigung Cockpit" in a Czech article, "Deutsche
    Bank" in a Polish one). Organisation words win over place words shared with them.
    """
    heads: dict[str, str] = {}
    for kind, table in (("place", PLACE_WORDS), ("project", PROJECT_WORDS), ("event", EVENT_WORDS),
                        ("organisation", ORGANISATION_WORDS)):
        for lang, words in sorted(table.items()):
            if lang not in _STEMMED:
                heads.update({word: kind for word in words.split() if len(word) >= _FOREIGN_HEAD})
    return heads


# The type words of English, German and Russian names, for the merge step's type guess (generator.assembly.names).
MARKER_TYPE = {word: kind for kind, table in (("organisation", ORGANISATION_WORDS), ("place", PLACE_WORDS),
                                              ("project", PROJECT_WORDS))
               for lang in ("", "en", "de", "ru") for word in table.get(lang, "").split()}
