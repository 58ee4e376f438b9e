"""German: Handelsblatt, Destatis, the Bundesregierung's and the Commission's German press.

Figures are written "27,5 Prozent", "3.000 Betriebe", "26 Mrd. Euro", "1. April 2025";
every noun takes a capital, so a capital letter says nothing of a name.
"""

from __future__ import annotations

from dataclasses import replace

from tradesum.languages.en import ENGLISH
from tradesum.lexicon import Lexicon, counted, month_numbers, phrases, places, short_measures

# fmt: off
MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
)
DAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")

_NUMBER_WORDS = counted(
    "null _ zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
    "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
)

_SHORT_MEASURES = short_measures(ENGLISH.figure_words)

_FIGURES = replace(
    ENGLISH.figure_words,
    months=month_numbers(
        MONTHS, jan=1, feb=2, mär=3, apr=4, jun=6, jul=7, aug=8, sep=9, okt=10, nov=11,
        dez=12, maerz=3, jänner=1, sept=9,
    ),
    weekdays=frozenset(d.lower() for d in DAYS),
    weekday_cues=frozenset({"am", "seit", "bis", "ab", "vom", "nächsten", "letzten"}),
    month_cues=frozenset({"im", "seit", "bis", "ab", "anfang", "ende", "mitte", "vom"}),
    ordinals=frozenset({"."}),
    scales={
        "tausend": 1e3, "tsd": 1e3, "mio": 1e6, "million": 1e6, "millionen": 1e6,
        "mrd": 1e9, "milliarde": 1e9, "milliarden": 1e9, "bio": 1e12, "billion": 1e12,
        "billionen": 1e12,
    },
    number_words=_NUMBER_WORDS,
    hundred="hundert",
    fractions={"halbe": 0.5, "viertel": 0.25},
    number_joiner="und",
    percent_words={
        ("%",): "%", ("prozent",): "%", ("proz",): "%",
        ("prozentpunkte",): "pp", ("prozentpunkt",): "pp", ("prozentpunkten",): "pp",
        ("basispunkte",): "bp", ("basispunkten",): "bp", ("basispunkt",): "bp",
    },
    glued_percent=frozenset(),
    period_bases=(
        frozenset({"pro jahr", "im jahr"}), frozenset({"zum", "gegenüber"}), ("jährlich",)
    ),
    currency_words={
        "euro": "EUR", "dollar": "USD", "us-dollar": "USD", "yen": "JPY", "yuan": "CNY",
        "renminbi": "CNY", "pfund": None, "franken": "CHF", "rubel": "RUB", "rupie": "INR",
        "rupien": "INR", "lira": "TRY", "won": None, "peso": "MXN", "zloty": "PLN",
        "forint": "HUF", "krone": None, "kronen": None, "bitcoin": "BTC", "mark": None,
        "d-mark": "DEM", "gulden": "NLG", "riel": "KHR",
    },
    currency_plurals={"dollars": "dollar", "euros": "euro", "kronen": "krone"},
    currency_countries={
        **{(w,): {"dollar": "USD"} for w in ("us", "amerikanische", "amerikanischen")},
        ("kanadische",): {"dollar": "CAD"}, ("kanadischen",): {"dollar": "CAD"},
        ("australische",): {"dollar": "AUD"}, ("australischen",): {"dollar": "AUD"},
        ("schweizer",): {"franken": "CHF"}, ("britische",): {"pfund": "GBP"},
        ("britischen",): {"pfund": "GBP"}, ("schwedische",): {"krone": "SEK"},
        ("schwedischen",): {"krone": "SEK"}, ("dänische",): {"krone": "DKK"},
        ("norwegische",): {"krone": "NOK"}, ("tschechische",): {"krone": "CZK"},
    },
    subunits={"cent": ("EUR", 0.01), "cents": ("EUR", 0.01)},
    measures={
        **_SHORT_MEASURES,
        ("tonnen",): "tonnes", ("tonne",): "tonnes", ("barrel",): "barrels",
        ("fass",): "barrels", ("kilometer",): "kilometres", ("meter",): "metres",
        ("liter",): "litres", ("kilogramm",): "kilograms", ("gramm",): "grams",
        ("hektar",): "hectares", ("quadratmeter",): "square metres", ("grad",): "degrees",
        ("stunden",): "hours", ("tage",): "days", ("tagen",): "days", ("wochen",): "weeks",
        ("monate",): "months", ("monaten",): "months", ("jahre",): "years",
        ("jahren",): "years", ("mal",): "times", ("megawatt",): "MW", ("gigawatt",): "GW",
        ("kilowattstunden",): "kWh", ("jahre", "alt"): "years old",
        ("jährige",): "years old", ("jährigen",): "years old",
    },
    rate_words=frozenset({"pro", "je", "/"}),
    rate_nouns=frozenset(
        {"barrel", "tag", "aktie", "tonne", "liter", "kilo", "kopf", "monat", "stunde", "jahr",
         "person", "einwohner", "stück"}
    ),
    period_rates={("pro", "jahr"): "a year", ("im", "jahr"): "a year", ("jährlich",): "a year"},
    approx=phrases(
        "etwa", "rund", "ungefähr", "circa", "ca", "ca.", "knapp", "fast", "beinahe",
        "annähernd", "gut", "schätzungsweise", "~",
    ),
    bound_min=phrases("mehr als", "über", "mindestens", "wenigstens", ">"),
    bound_max=phrases("bis zu", "weniger als", "unter", "höchstens", "maximal", "<"),
    scaled_currencies={"pfund": "GBP", "won": "KRW", "mark": "DEM", "krone": "SEK"},
    direction_nouns=frozenset({"wachstum", "anstieg", "rückgang", "zuwachs"}),
    phrasal_verbs=frozenset(),
    bound_after={("oder", "mehr"): "min", ("und", "mehr"): "min", ("plus",): "min"},
    approx_after=phrases("oder so"),
    directions={
        **dict.fromkeys(
            "stieg steigt steigen gestiegen stiegen wuchs wächst gewachsen wuchsen erhöhte"
            " erhöht erhöhten legte zulegen zugelegt kletterte klettert geklettert sprang"
            " springt gesprungen anstieg plus zuwachs höher aufwärts verteuerte verdoppelte"
            " +".split(),
            "up",
        ),
        "mehr": "up",
        "weniger": "down",
        **dict.fromkeys(
            "sank sinkt sinken gesunken sanken fiel fällt fallen gefallen fielen"
            " zurückgegangen rückgang verringerte verringert verringerten senkte senkt"
            " gesenkt schrumpfte schrumpft geschrumpft brach eingebrochen minus niedriger"
            " verlor verliert verloren kürzte gekürzt".split(),
            "down",
        ),
    },
    directions_after=frozenset({"höher", "niedriger", "mehr", "weniger", "plus", "minus"}),
    level_words=frozenset({"auf"}),
    direction_gap=frozenset(
        {"um", "auf", "rund", "etwa", "knapp", "fast", "kräftig", "leicht", "deutlich",
         "sogar", "nur", "noch", "erneut", "zuletzt"}
    ),
    comparison_words=frozenset({"von", "gegenüber", "nach", "vergleich"}),
    change_from="von",
    change_to="auf",
    range_openers=frozenset({"zwischen"}),
    range_words=frozenset({"bis", "-", "–", "—"}),
    range_joiner="und",
    labels=frozenset(
        {"artikel", "art", "abschnitt", "paragraf", "paragraph", "nr", "nummer", "kapitel",
         "absatz", "abs", "stufe", "phase", "runde", "seite", "ziffer", "gruppe", "klasse",
         "version", "modell", "linie", "gleis", "tor"}
    ),
    plural_nouns=frozenset(),
    not_counted_once=frozenset(),
    not_plurals=frozenset(),
    period_openers=frozenset({"ersten", "letzten", "vergangenen", "nächsten", "kommenden"}),
    time_units=frozenset(
        {"tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren", "quartale",
         "quartalen"}
    ),
    times_of_day=frozenset({"uhr", "h", "mez", "mesz", "utc"}),
    minus=frozenset({"minus", "-", "−", "–"}),
    of="von",
    subject_joiners=frozenset({"von", "der", "des", "nach", "aus", "in", "auf", "für", "und"}),
    subject_gap=frozenset(
        {"ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "hat", "haben",
         "hatte", "um", "auf", "bei", "von", "rund", "etwa", "knapp", "fast", "nur", "noch",
         "mit", "insgesamt", "zuletzt", "lag", "liegt", "betrug", "beträgt", "erreichte",
         "summierte"}
    ),
    periods=(
        r"\b(?:Q[1-4]|H[12])(?:\s?(?:19|20)\d\d)?\b"
        r"|\b(?:Geschäftsjahr\s|Jahr\s)?(?:19|20)\d\d(?:[-/–](?:\d\d){1,2})?\b"
        r"|\b(?:im\s)?(?:ersten|zweiten|dritten|vierten|letzten|[1-4]\.)\s(?:Quartal|Halbjahr)"
        r"(?:\s(?:19|20)\d\d)?\b"
        r"|\b(?:im|zum|gegenüber\sdem)\sVorjahr(?:eszeitraum|esmonat|esquartal)?\b"
        r"|\b(?:pro|im|je)\s(?:Jahr|Monat|Quartal)\b|\bjährlich\b|\bbinnen\seines\sJahres\b"
        r"|\b(?:in\sden\s)?(?:ersten|letzten|vergangenen|nächsten|kommenden)\s(?:\w+\s)?"
        r"(?:Monaten|Wochen|Jahren|Quartalen|Tagen)\b"
        r"|\b(?-i:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
        r"|November|Dezember)(?:\s(?:19|20)\d\d)?\b"
    ),
    places=places(
        "Vereinigte Staaten: usa, us, vereinigten staaten, amerika, amerikanische,"
        " amerikanischen, washington; China: chinesische, chinesischen, peking, volksrepublik;"
        " Japan: japanische, japanischen, tokio; Europäische Union: eu, europäische union,"
        " europäischen union, brüssel; Deutschland: deutsche, deutschen, bundesrepublik,"
        " berlin; Frankreich: französische, französischen, paris; Vereinigtes Königreich:"
        " großbritannien, britische, britischen, london; Italien: italienische; Spanien:"
        " spanische; Kanada: kanadische; Mexiko: mexikanische; Russland: russische,"
        " russischen, moskau; Österreich: österreichische, wien; Schweiz: schweizer, bern;"
        " Indien: indische; Brasilien: brasilianische; Südkorea: südkoreanische, seoul;"
        " Türkei: türkische; Polen: polnische; Niederlande: niederländische;"
        " Ukraine: ukrainische, kiew; WTO; OPEC; G7; G20; Mercosur; ASEAN"
    ),
    decimal_comma=True,
    months_capitalised=True,
    date_joiners=frozenset(),
    year_joiners=frozenset(),
    dotted_scales=frozenset({"mrd", "mio", "bio", "tsd"}),
    space_groups=True,
)

GERMAN = Lexicon(
    code="de",
    name="german",
    extra_stop_words=frozenset(
        {"sagte", "sagt", "sagten", "erklärte", "teilte", "laut", "sei", "seien", "bzw", "z",
         "b", "u", "a", "dass", "wurde", "wurden", "worden", "prozent", "mehr", "sowie",
         "bereits", "zudem", "jedoch", "demnach", "rund", "etwa", "dabei"}
    ),
    reporting_verbs=frozenset(
        {"sagte", "sagt", "sagten", "erklärte", "erklärt", "teilte", "betonte", "meldete",
         "kündigte", "warnte", "hieß"}
    ),
    stigma_words=("angeblich", "gerücht", "klicken", "abonnieren", "foto", "bild"),
    name_connectors=frozenset({"von", "der", "für", "de"}),
    conjunctions=frozenset({"und"}),
    not_topics=frozenset(
        {"laut", "zufolge", "trotz", "jedoch", "allerdings", "bereits", "noch", "zudem",
         "derzeit", "inzwischen", "offenbar", "wohl", "sowie", "milliarden", "millionen",
         "mrd", "mio", "euro", "tausend"}
    ),
    weak_words=frozenset(
        {"jahr", "jahre", "jahren", "woche", "wochen", "monat", "monate", "monaten", "heute",
         "gestern", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
         "sonntag", "zeit", "prozent", "neue", "neuen", "ersten", "letzten", "zwei", "drei",
         "viele", "mehrere", "laut", "bereits", "noch"}
    ),
    titles=frozenset(
        {"bundeskanzler", "bundeskanzlerin", "kanzler", "kanzlerin", "minister", "ministerin",
         "bundesminister", "bundesministerin", "wirtschaftsminister", "finanzminister",
         "präsident", "präsidentin", "bundespräsident", "ministerpräsident", "premier",
         "premierminister", "kommissar", "kommissarin", "handelskommissar", "chef", "chefin",
         "vorstandschef", "sprecher", "sprecherin", "direktor", "direktorin", "botschafter",
         "dr", "prof", "herr", "frau", "staatssekretär", "abgeordnete", "vorsitzende"}
    ),
    titles_also_names=frozenset(),
    name_qualifiers=frozenset(
        {"präsident", "minister", "kanzler", "bundeskanzler", "chef", "herr", "frau", "dr",
         "us", "eu", "die", "der", "sprecher"}
    ),
    months=MONTHS,
    weekdays=DAYS,
    # Past participles with "ge-" ("gesenkt"): the common case; "erhöht" has none.
    verb_form=r"^ge[a-zäöüß]{3,}t$",
    boilerplate_start=(
        r"""^(?:von\s[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}\s*(?:\.|$)|aktualisiert:|veröffentlicht:
        |lesen\ssie\sauch|mehr\szum\sthema|jetzt\sabonnieren|abonnieren\ssie|foto:|bild:
        |quelle:|copyright|alle\srechte\svorbehalten|anzeige|werbung|zum\sartikel)"""
    ),
    boilerplate_anywhere=(
        r"""Lesen\sSie\sauch|Mehr\szum\sThema|Jetzt\sabonnieren|©|Alle\sRechte\svorbehalten
        |(?:^|\s)@\w+\s*$"""
    ),
    figure_words=_FIGURES,
    splitter="sentencex",
    closing_abbreviations=frozenset({"usw", "etc"}),
    stop_list="german",
    abbreviations=frozenset(
        {"mrd", "mio", "bio", "tsd", "ca", "bzw", "z", "b", "u", "a", "d", "h", "v", "s", "dr",
         "prof", "nr", "abs", "art", "vgl", "ggf", "evtl", "inkl", "zzgl", "st", "str", "hr",
         "fr", "jh", "jan", "feb", "apr", "aug", "sept", "okt", "nov", "dez", "bzgl", "mind",
         "max", "min", "rd", "gem", "lt", "zit", "sog"}
    ),
    ordinal_nouns=frozenset(
        {"quartal", "halbjahr", "platz", "stelle", "runde", "mal", "jahrhundert", "woche",
         "tag", "stock", "liga", "klasse", "stufe", "welle", "weltkrieg"}
    ),
    capitalises_nouns=True,
)
# fmt: on
