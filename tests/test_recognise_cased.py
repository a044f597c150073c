"""Cased scripts (English, German, Slavic): what is split off a name, what is no name, which names are found."""
import pytest

from generator.annotate.recognise.tokens import is_camel_case
from generator.lang.demonyms import is_demonym, leading_demonym
from generator.lang.domains import domains
from generator.lang.institutions import place_stem
from generator.lang.namewords import is_role
from test_recognise import found


@pytest.mark.parametrize("words,demonym", [
    ("American", True), ("Czech", True), ("Frenchman", True), ("South African", True), ("Israeli", True),
    ("Japanese", True), ("Mexican", True), ("Welsh", True),
    ("Anne", False), ("Jordan", False), ("Brussels", False), ("Iran", False), ("Peter", False),
], ids=lambda value: str(value))
def test_english_demonyms(words, demonym):
    """Demonyms come from CLDR's territory and language names with English suffixes."""
    assert is_demonym(words, "en") is demonym


def test_leading_demonym_counts_two_words_first():
    """A two-word demonym is taken whole: "South African" before a name."""
    assert leading_demonym(["South", "African", "Jane", "Dole"], "en") == 2
    assert leading_demonym(["Czech", "Jan", "Novak"], "en") == 1
    assert leading_demonym(["Czech"], "en") == 0  # nothing after it: no name to split off
    assert is_demonym("American", "de") is False  # German writes its demonyms in lower case or as nouns


@pytest.mark.parametrize("body,expected", [
    # A demonym before a person's name or a title is no part of the name: a name of its own (type other).
    ("The seed is American Jane Dole, who won.", ["American", "Jane Dole"]),
    ("He beat South African Mary Kettle in two sets.", ["South African", "Mary Kettle"]),
    ("He met Frenchman Luc Ardent and others.", ["Frenchman", "Luc Ardent"]),
    ("Israeli Prime Minister Adam Rosen spoke.", ["Israeli", "Adam Rosen"]),
    # ...but stays in an organisation's name.
    ("The Chinese Communist Party met.", ["Chinese Communist Party"]),
    # Words the article writes in lower case qualify the title after them: "EU Farm Commissioner".
    ("A plan by EU Farm Commissioner Otto Brandl was read. EU farm ministers met.",
     ["EU", "Otto Brandl", "EU"]),
    # A plural possessor's apostrophe stays inside a name (also as tokenised text writes it).
    ("The Northern Growers' Union said so.", ["Northern Growers' Union"]),
    ("The Northern Growers ' Union said so.", ["Northern Growers ' Union"]),
], ids=["demonym-person", "two-word-demonym", "demonym-noun", "demonym-title", "demonym-in-organisation",
        "lower-case-title-word", "plural-possessive", "tokenised-possessive"])
def test_english_runs(body, expected):
    """English runs: demonyms and title words split off, possessive apostrophes kept."""
    assert [surface for surface, _ in found(body, "en")] == expected


@pytest.mark.parametrize("body,expected", [
    ('"It is dangerous," Rosen said.', ["Rosen"]),  # a quoted clause, punctuation inside the marks
    ('"We agree," said Rosen. "Talks go on," he added.', ["Rosen"]),  # between two quotations
    ('He read "The Morning Lantern" daily.', ["The Morning Lantern"]),
], ids=["quoted-clause", "between-quotes", "quoted-name"])
def test_quoted_names(body, expected):
    """A quotation mark opens a name only when glued to its first word; quoted clauses are no names."""
    assert [surface for surface, _ in found(body, "en")] == expected


@pytest.mark.parametrize("body,expected", [
    # A common noun after an article or adjective, in apposition before a known name, is no part of it.
    ("Er kehrte in seine alten Heimat Bochum zurück.", ["Bochum"]),
    ("Er wechselte an den bulgarischen Erstligisten Pirin Melnik.", ["Pirin Melnik"]),
    # ...but a place's adjective in -er and an English name stay whole.
    ("Er kam am Frankfurter Hauptbahnhof an.", ["Frankfurter Hauptbahnhof"]),
    ("Die Kurse an der Wall Street fielen.", ["Wall Street"]),
    ("Die Zeitschrift des Georgia Institute of Technology erschien.", ["Georgia Institute of Technology"]),
    # A common noun after a full name is the sentence's; an article or a title ends no name.
    ("Die Sängerin hat nach der Trennung von ihrem Freund Peter Williams Liebeskummer.", ["Peter Williams"]),
    ("Die Firma ging vom Gründer Dr. Bernd Rödl an die Söhne.", ["Bernd Rödl"]),
    # Bundes-/Landes- and an institution head is a public body, in any case form; "für" and its field follow.
    ("Der Bericht des Bundesnachrichtendienstes lag vor.", ["Bundesnachrichtendienstes"]),
    ("Das Bundesamt für Gesundheit hat gewarnt.", ["Bundesamt für Gesundheit"]),
    # A common noun that is a surname too is the noun; after an auxiliary a surname is the subject.
    ("Durch Zufall fand er den Schlüssel.", []),
    ("Zuvor musste Halmich aber noch üben.", ["Halmich"]),
    # A country that is a common noun too is the noun after an adjective, the place after "der".
    ("Die angemeldeten Marken stiegen.", []),
    ("Ein Umbruch, der Polen veränderte.", ["Polen"]),
    # Agencies written in lower case are named from the reader's list.
    ("Berlin (dpa) Die Kurse stiegen.", ["Berlin", "dpa"]),
    ("Frankfurt (dpa-AFX) Die Aktie stieg.", ["Frankfurt", "dpa-AFX"]),
    # An unlisted word ending like a surname (-ik) is a name; an English abstract noun (-ity) is not.
    ("Danach sprach Horvatik mit der Presse.", ["Horvatik"]),
    ("Danach sprach die Security mit der Presse.", []),
    # German writes numerals in lower case: a capitalised one inside a run is the name's.
    ("Sie spekulieren auf ein Gefecht um Pro Sieben, sagte er.", ["Pro Sieben"]),
], ids=["apposition-place", "apposition-club", "place-adjective", "english-name", "english-of", "noun-after-name",
        "title-at-end", "federal-body-genitive", "federal-body-purpose", "common-surname", "after-modal",
        "plural-country-noun", "relative-der", "agency", "agency-hyphen", "unlisted-surname-ending", "english-ity", "capitalised-numeral"])
def test_german_runs(body, expected):
    """German runs: appositions, trailing nouns, public bodies, common nouns that are names too."""
    assert [surface for surface, _ in found(body, "de")] == expected


@pytest.mark.parametrize("body,expected", [
    ("Das Zentrum liegt in den Vereinigten Staaten.", [("Vereinigten Staaten", "place")]),  # declined adjective
    ("Die Jets werden im englischen Hatfield gebaut.", [("Hatfield", "place")]),  # after a place's adjective
    ("Er löste sich aus dem kommunistischen Block.", []),  # ...but a listed common noun stays one
    ("Die politischen Gegner sprachen.", []),
    # A hyphenated place the gazetteer knows, broken after its hyphen, is one name; other words stay apart.
    ("Er sprach in Mecklenburg- Vorpommern.", [("Mecklenburg- Vorpommern", "place")]),
    ("Er fuhr von Berlin- Hamburg aus.", [("Berlin", "place"), ("Hamburg", "place")]),
], ids=["declined-place", "after-place-adjective", "listed-noun-after-adjective", "common-after-adjective",
        "broken-hyphen-place", "broken-hyphen-two-places"])
def test_german_places(body, expected):
    """German places: the gazetteer's names in any adjective declension, places after -isch adjectives."""
    assert found(body, "de") == expected


@pytest.mark.parametrize("body,expected", [
    # A possessor split off, but coordination inside a possessor's run is split first.
    ("KDP and Iraq's Kurdistan Alliance Party met.", ["KDP", "Iraq", "Kurdistan Alliance Party"]),
    # A possessor written in lower case elsewhere is a common word of the name.
    ("He read the Workers' Weekly and the People's Courier. The people agreed.", ["Workers' Weekly", "People's Courier"]),
    # "the" after no connector begins another name; a hyphenated title is cut off.
    ("He met in Baghdad the Secretary-General of the Kurdistan Alliance Party.", ["Baghdad", "Kurdistan Alliance Party"]),
    ("The Bank of the West grew.", ["Bank of the West"]),
    # A weekday with a possessive ending is a date; dotted acronyms are names, not before a hyphen.
    ("Thursday's edition was late.", []),
    ("He asked the U.N. to act, but U.S.-led talks failed.", ["U.N."]),
    # A country after a place's head word is a second name: the subject of the next clause.
    ("He vowed to keep the Golan Heights Israel captured in 1967.", ["Golan Heights", "Israel"]),
], ids=["possessive-before-and", "lower-case-possessor", "article-mid-run", "article-after-connector",
        "weekday-possessive", "dotted-acronym", "country-after-place-head"])
def test_english_splits(body, expected):
    """English runs split at possessors, at coordination, at "the"; dotted acronyms found."""
    assert [surface for surface, _ in found(body, "en")] == expected


@pytest.mark.parametrize("body,lang,expected", [
    # A genitive place between a title and a person's name is a name of its own: a country anywhere ...
    ("Вчора він написав листа президенту США Івану Коваленку про допомогу.", "uk",
     [("США", "place"), ("Івану Коваленку", "person")]),
    # ... a city after a title or a preposition of place (many given names are also some town's).
    ("Včera starostka Brna Jana Nováková řekla, že souhlasí.", "cs", [("Brna", "place"), ("Jana Nováková", "person")]),
    ("Днес консулът в Пловдив Иван Петров каза, че всичко е наред.", "bg",
     [("Пловдив", "place"), ("Иван Петров", "person")]),
    ("Вчера мэр Москвы Сергей Петров открыл завод.", "ru", [("Москвы", "place"), ("Сергей Петров", "person")]),
    # After an administrative division's word the unit's name is one word, unless the gazetteer knows more.
    ("Vyjádřil se guvernér provincie Sindh Jan Novák z Prahy.", "cs", [("Sindh", "place"), ("Jan Novák", "person"),
                                                                  ("Prahy", "place")]),
    ("Radni miasta Nowy Dwór Mazowiecki zebrali się wczoraj.", "pl", [("Nowy Dwór Mazowiecki", "place")]),
    # After a title or a preposition, a case form of a name the article writes alone, or an acronym, leads too.
    ("Ceny zvýšil Nordair loni. Podle ředitele Nordairu Petr Svoboda ceny klesnou.", "cs",
     [("Nordair", "organisation"), ("Nordairu", "organisation"), ("Petr Svoboda", "person")]),
    ("Wczoraj premier RP Jan Kowalski przyjechał do Gdańska.", "pl",
     [("RP", "organisation"), ("Jan Kowalski", "person"), ("Gdańska", "place")]),
    # An organisation's head word keeps the person it is named after inside its name.
    ("Деньги на проект выделил Фонд Владимира Потанина в прошлом году.", "ru",
     [("Фонд Владимира Потанина", "organisation")]),
], ids=["uk-country-acronym", "cs-city-after-title", "bg-city-after-preposition", "ru-city-given-name",
        "cs-province-name", "pl-known-town-after-division", "cs-inflected-organisation", "pl-acronym-after-title",
        "ru-fund-named-after"])
def test_slavic_place_before_name(body, lang, expected):
    """Slavic genitive chains: a place before a person's name is split off; an organisation's name is not."""
    assert found(body, lang) == expected


@pytest.mark.parametrize("text,expected", [
    ("lista opublikowana przez portal example.pl: loty", ["example.pl"]),
    ("Скрийншот: tracker24.com. Той", ["tracker24.com"]),
    ("wp.pl i onet.pl piszą", ["wp.pl", "onet.pl"]),
    ("Status na stronie Airline.com sprawdzisz.", ["Airline.com"]),
    ("adres https://www.example.com/strona i poczta jan@example.com", []),  # inside an address or a path
    ("koniec.To jest nowe zdanie, 3.5 mln, np. Warszawa, Sp. z o.o.", []),  # no TLD, a number, abbreviations
])
def test_web_domains(text, expected):
    """Web domains are one name each: labels joined by dots, ending in a top-level domain IANA delegates."""
    assert [text[start:end] for start, end in domains(text)] == expected


@pytest.mark.parametrize("body,lang", [
    ("Персонал не исключает новых забастовок, пишет noticia.ru в пятницу.", "ru"),
    ("Jak podał portal money.pl w piątek, loty odwołano.", "pl"),
])
def test_web_domains_are_publications(body, lang):
    """A domain in running text is a candidate of type project (a publication's or service's name)."""
    domain = next(w.strip(",") for w in body.split() if "." in w.strip(".,"))
    assert (domain, "project") in found(body, lang)


@pytest.mark.parametrize("body,lang,expected", [
    # A credit, then the next sentence's subject: "Foto: Reuters | Airline zaznamenala ..."
    ("Foto: Reuters Nordair zaznamenal především překvapivé výnosy.", "cs", ["Reuters", "Nordair"]),
    # A signature at a text's end, then the page's next label.
    ("Odbory nevylučují další akce. ČTK Redakce Brno", "cs", ["ČTK", "Redakce Brno"]),
    # An agency's own unit keeps its head word.
    ("Studii zveřejnil Reuters Institute ve čtvrtek.", "cs", ["Reuters Institute"]),
], ids=["cs-credit", "cs-signature", "cs-agency-unit"])
def test_wire_agency_ends_a_run(body, lang, expected):
    """A wire agency's name stands alone before another capitalised word (not before its own head word)."""
    assert [surface for surface, _ in found(body, lang)] == expected


@pytest.mark.parametrize("body,lang,expected", [
    # A proper adjective and its lower-case head are one name ("-sk-" adjectives are made from places) ...
    ("Wyrok uchylił wczoraj Pakistański najwyższy sąd w stolicy.", "pl", ["Pakistański najwyższy sąd"]),
    # ... a place's own name in an oblique case is not, the head then begins the clause.
    ("Торік в Іспанії суд прийняв рішення на користь пасажирів.", "uk", ["Іспанії"]),
    ("Včera kolony zablokovaly silnici mezi městem a nedalekým Brnem informovala agentura.", "cs", ["Brnem"]),
    # ... nor does an acronym: it is a clause's subject, then its verb and object ("the XYZ paralysed the courts").
    ("Jak mówią skarżący, zwłoka NTK sparaliżowała sądy powszechne.", "pl", ["NTK"]),
], ids=["pl-adjective-head", "uk-place-then-subject", "cs-place-then-verb", "pl-acronym-then-verb"])
def test_slavic_lower_case_head(body, lang, expected):
    """Only a capitalised adjective, not a place's name, takes the lower-case head noun after it."""
    assert [surface for surface, _ in found(body, lang)] == expected


@pytest.mark.parametrize("word,lang,expected", [
    ("pilotka", "cs", True), ("Pilotko", "sl", True), ("mąż", "pl", True), ("męża", "pl", True),
    ("Жительница", "ru", True), ("мешканка", "uk", True), ("консулът", "bg", True),
    ("možnost", "sl", False), ("Женева", "ru", False), ("Synod", "pl", False),
], ids=["cs-pilot", "sl-pilot-accusative", "pl-husband", "pl-husband-genitive", "ru-resident", "uk-resident",
        "bg-consul", "sl-not-possibility", "ru-not-geneva", "pl-not-synod"])
def test_apposition_roles(word, lang, expected):
    """Kinship and occupation nouns before a name, by their stems (and no longer words that share a prefix)."""
    assert is_role(word, lang) is expected


@pytest.mark.parametrize("body,lang,expected", [
    # A role at a sentence's start begins no name, and a place after it is split off before the person.
    ("Pak se zasmála. Pilotka Jana Nováková přistála bez potíží.", "cs", [("Jana Nováková", "person")]),
    ("Она была осуждена. Жительница Пакистана Анна Петрова и мать троих детей.", "ru",
     [("Пакистана", "place"), ("Анна Петрова", "person")]),
    # A role makes no person of what follows it: a union of pilots is no person.
    ("Stávku vyhlásil odbor pilotů Vereinigung Cockpit v pátek.", "cs", [("Vereinigung Cockpit", "organisation")]),
], ids=["cs-pilot-first", "ru-resident-place-name", "cs-pilots-union"])
def test_roles_before_names(body, lang, expected):
    """A role noun before a name is no part of it and, unlike a title, types nothing."""
    assert found(body, lang) == expected


@pytest.mark.parametrize("body,lang,expected", [
    ("Letadlo nakonec přistálo ve městě Frankfurt nad Mohanem bez potíží.", "cs", ["Frankfurt nad Mohanem"]),
    ("Továrna stojí ve městě Ústí nad Labem od roku 1900.", "cs", ["Ústí nad Labem"]),
    # A preposition between two names the gazetteer does not know as one stays outside: two names.
    ("Wczoraj przewaga Pakistanu nad Indią była wyraźna.", "pl", ["Pakistanu", "Indią"]),
], ids=["cs-city-on-river", "cs-region-on-river", "pl-two-countries"])
def test_preposition_inside_a_known_place(body, lang, expected):
    """A lower-case word inside a place's name the gazetteer knows whole joins the run."""
    assert [surface for surface, _ in found(body, lang)] == expected


@pytest.mark.parametrize("body,lang,expected", [
    ("Nedolžnost je lani potrdilo tudi pakistansko vrhovno sodišče v Lahoreju.", "sl",
     [("pakistansko vrhovno sodišče", "organisation"), ("Lahoreju", "place")]),
    ("Пізніше пакистанський уряд уклав угоду з протестувальниками.", "uk", [("пакистанський уряд", "organisation")]),
    ("Rozhodnutí pákistánského nejvyššího soudu vyvolalo protesty.", "cs",
     [("pákistánského nejvyššího soudu", "organisation")]),
    ("Wczoraj polski rząd przyjął ustawę.", "pl", [("polski rząd", "organisation")]),
    # No place's adjective ("wielki": great), or no court or government after it: no name.
    ("Wczoraj wielki sąd ludowy zebrał się znowu.", "pl", []),
    ("Wczoraj polskie ministerstwo wydało komunikat.", "pl", []),
], ids=["sl-supreme-court", "uk-government", "cs-court-genitive", "pl-government", "pl-no-place", "pl-ministry"])
def test_state_institutions_in_lower_case(body, lang, expected):
    """A court or government named by its country's adjective, all in lower case, is an organisation."""
    assert found(body, lang) == expected


@pytest.mark.parametrize("word,stem", [
    ("pakistansko", "pakistan"), ("пакистанський", "пакистан"), ("pákistánského", "pákistán"), ("vrhovno", ""),
])
def test_place_stem_of_relational_adjectives(word, stem):
    """The relational suffix -sk- (-ськ-) and the adjective's ending come off; other words give no stem."""
    assert place_stem(word) == stem


@pytest.mark.parametrize("body,lang,expected", [
    # A flight code, then a route: the code and each place, a city's hyphenated airport place included.
    ("Odwołane loty: XY1057 Bruksela Warszawa-Modlin oraz inne.", "pl",
     [("XY1057", "project"), ("Bruksela", "place"), ("Warszawa", "place"), ("Modlin", "place")]),
    # Two hyphenated routes side by side are four places.
    ("Odwołane loty: Hiszpania-Alicante Warszawa-Modlin oraz inne.", "pl",
     [("Hiszpania", "place"), ("Alicante", "place"), ("Warszawa", "place"), ("Modlin", "place")]),
], ids=["pl-code-route", "pl-two-routes"])
def test_routes_of_places(body, lang, expected):
    """Lists and routes of places are split into their places, each typed a place."""
    assert found(body, lang) == expected


@pytest.mark.parametrize("word,expected", [
    ("easyJet", True), ("iPhone", True), ("eBay", True), ("bTV", True),
    ("anti-Trump", False), ("dpa-AFX", False), ("easy", False), ("Ryanair", False),
])
def test_camel_case_brands(word, expected):
    """A small first letter and a capital inside after a small one: a brand's spelling, not a prefix's."""
    assert is_camel_case(word) is expected


@pytest.mark.parametrize("body,lang,expected", [
    ("Lety zrušila také britská flyAir a další dopravci.", "cs", ["flyAir"]),
    ("Рейсы отменила и британская flyAir на прошлой неделе.", "ru", ["flyAir"]),
])
def test_camel_case_brand_is_a_name(body, lang, expected):
    """A brand written in camel case is found mid-sentence as any capitalised name."""
    assert [surface for surface, _ in found(body, lang)] == expected


@pytest.mark.parametrize("body,lang,expected", [
    ("Забастовки пройдут в Португалии и Испании и Италии на этой неделе.", "ru", ["Португалии", "Испании", "Италии"]),
    ("Strajki odbędą się w Hiszpanii i Portugalii i Belgii w tym tygodniu.", "pl", ["Hiszpanii", "Portugalii", "Belgii"]),
], ids=["ru-three-countries", "pl-three-countries"])
def test_coordinated_places(body, lang, expected):
    """A coordinator between two places splits them, however many words follow."""
    assert [surface for surface, _ in found(body, lang)] == expected


@pytest.mark.parametrize("body,lang", [
    ("Про це повідомляють місцеві ЗМІ у вівторок.", "uk"),
    ("Об этом сообщили СМИ во вторник.", "ru"),
    ("Przy wejściu jest WC dla gości.", "pl"),
])
def test_common_abbreviations_are_no_names(body, lang):
    """Capitals that abbreviate common nouns (the media, a toilet) are no acronym of a name."""
    assert found(body, lang) == []


@pytest.mark.parametrize("body,lang,expected", [
    ("Potnico so včeraj pridržali na letališču Skyport v nedeljo.", "sl", [("letališču Skyport", "place")]),
    # The airport of a known city is named by the city: the head stays outside.
    ("Самолёт сел вчера в аэропорту Барселоны без пассажиров.", "ru", [("Барселоны", "place")]),
], ids=["sl-airport-name", "ru-airport-of-city"])
def test_airport_and_river_heads(body, lang, expected):
    """A lower-case airport or river word before a one-word name the gazetteer does not know is part of it."""
    assert found(body, lang) == expected
