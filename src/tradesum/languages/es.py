"""Spanish: El País, Expansión, the Spanish and Latin American trade ministries.

Figures are written "27,5 %", "1.200 millones de euros", "8.400 millones", "1 de enero
de 2026"; month names take no capital. "mil millones" is a thousand million.
"""

from __future__ import annotations

from dataclasses import replace

from tradesum.languages.en import ENGLISH
from tradesum.lexicon import Lexicon, counted, month_numbers, phrases, places, short_measures

# fmt: off
MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
)
DAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")

_NUMBER_WORDS = counted(
    "cero _ dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince"
    " dieciséis diecisiete dieciocho diecinueve",
    "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
) | {
    f"veinti{w}": 20.0 + i
    for i, w in enumerate("_ uno dós trés cuatro cinco séis siete ocho nueve".split())
    if w != "_"
} | {
    "cien": 100.0, "ciento": 100.0, "doscientos": 200.0, "trescientos": 300.0,
    "cuatrocientos": 400.0, "quinientos": 500.0, "seiscientos": 600.0, "setecientos": 700.0,
    "ochocientos": 800.0, "novecientos": 900.0,
}

_SHORT_MEASURES = short_measures(ENGLISH.figure_words)

_FIGURES = replace(
    ENGLISH.figure_words,
    months=month_numbers(
        MONTHS, setiembre=9, ene=1, feb=2, abr=4, jun=6, jul=7, ago=8, sept=9,
        oct=10, nov=11, dic=12,
    ),
    weekdays=frozenset(DAYS),
    weekday_cues=frozenset({"el", "este", "desde", "hasta", "pasado", "próximo"}),
    month_cues=frozenset({"en", "desde", "hasta", "finales", "principios", "mediados"}),
    ordinals=frozenset({"º", "ª"}),
    scales={
        "mil": 1e3, "millón": 1e6, "millones": 1e6, "mill": 1e6, "mll": 1e6,
        "millardo": 1e9, "millardos": 1e9, "billón": 1e12, "billones": 1e12,
    },
    number_words=_NUMBER_WORDS,
    hundred="cien",
    fractions={"medio": 0.5, "cuarto": 0.25},
    number_joiner="y",
    percent_words={
        ("%",): "%", ("por", "ciento"): "%", ("porciento",): "%", ("por", "cien"): "%",
        ("puntos", "porcentuales"): "pp", ("punto", "porcentual"): "pp",
        ("puntos", "básicos"): "bp", ("punto", "básico"): "bp", ("pb",): "bp",
    },
    glued_percent=frozenset(),
    period_bases=(frozenset({"al año", "por año"}), frozenset({"interanual"}), ("anual",)),
    currency_words={
        "euro": "EUR", "dólar": "USD", "dolar": "USD", "yen": "JPY", "yuan": "CNY",
        "renminbi": "CNY", "libra": None, "franco": None, "rublo": "RUB", "rupia": "INR",
        "lira": "TRY", "won": None, "peso": None, "real": "BRL", "zloty": "PLN",
        "corona": None, "bitcoin": "BTC", "sol": "PEN", "bolívar": "VES", "florín": "NLG",
    },
    currency_plurals={
        "euros": "euro", "dólares": "dólar", "dolares": "dolar", "yenes": "yen",
        "yuanes": "yuan", "libras": "libra", "pesos": "peso", "reales": "real",
        "soles": "sol", "coronas": "corona", "francos": "franco", "rublos": "rublo",
        "rupias": "rupia", "bolívares": "bolívar", "florines": "florín",
    },
    currency_countries={},
    subunits={
        "céntimos": ("EUR", 0.01), "céntimo": ("EUR", 0.01), "centavos": ("USD", 0.01),
        "peniques": ("GBP", 0.01), "penique": ("GBP", 0.01),
    },
    measures={
        **_SHORT_MEASURES,
        ("toneladas",): "tonnes", ("tonelada",): "tonnes", ("barriles",): "barrels",
        ("barril",): "barrels", ("kilómetros",): "kilometres", ("metros",): "metres",
        ("litros",): "litres", ("kilos",): "kilograms", ("kilogramos",): "kilograms",
        ("gramos",): "grams", ("hectáreas",): "hectares", ("grados",): "degrees",
        ("horas",): "hours", ("días",): "days", ("semanas",): "weeks", ("meses",): "months",
        ("años",): "years", ("veces",): "times", ("metros", "cuadrados"): "square metres",
        ("megavatios",): "MW", ("gigavatios",): "GW",
    },
    rate_words=frozenset({"por", "al", "/"}),
    rate_nouns=frozenset(
        {"barril", "día", "acción", "tonelada", "litro", "kilo", "habitante", "mes", "hora",
         "año", "persona", "cabeza"}
    ),
    period_rates={("al", "año"): "a year", ("por", "año"): "a year", ("anuales",): "a year"},
    approx=phrases(
        "alrededor de", "cerca de", "casi", "aproximadamente", "unos", "unas", "en torno a",
        "aprox", "~",
    ),
    bound_min=phrases("más de", "al menos", "por lo menos", "superior a", "como mínimo", ">"),
    bound_max=phrases("hasta", "menos de", "como máximo", "inferior a", "<"),
    scaled_currencies={
        "libra": "GBP", "won": "KRW", "peso": "MXN", "franco": "CHF", "corona": "SEK"
    },
    direction_nouns=frozenset({"crecimiento", "aumento", "subida", "caída", "descenso"}),
    phrasal_verbs=frozenset(),
    bound_after={("o", "más"): "min", ("y", "más"): "min"},
    approx_after=phrases("aproximadamente"),
    directions={
        **dict.fromkeys(
            "subió sube suben subieron aumentó aumenta aumentaron aumento creció crece"
            " crecieron crecimiento avanzó avanza alza subida incrementó incremento repuntó"
            " disparó ganó elevó +".split(),
            "up",
        ),
        "más": "up",
        "menos": "down",
        **dict.fromkeys(
            "bajó baja bajaron cayó cae cayeron caída descendió desciende descenso"
            " disminuyó disminuye disminución retrocedió retroceso redujo reducción perdió"
            " recortó recorte contrajo contracción".split(),
            "down",
        ),
    },
    directions_after=frozenset({"más", "menos"}),
    level_words=frozenset({"a", "hasta"}),
    direction_gap=frozenset(
        {"un", "una", "el", "en", "de", "hasta", "casi", "cerca", "alrededor", "apenas",
         "solo", "sólo", "fuertemente"}
    ),
    comparison_words=frozenset({"de", "desde", "frente", "contra"}),
    change_from="de",
    change_to="a",
    range_openers=frozenset({"entre"}),
    range_words=frozenset({"a", "-", "–", "—"}),
    range_joiner="y",
    labels=frozenset(
        {"artículo", "art", "capítulo", "sección", "párrafo", "apartado", "nº", "n°",
         "número", "página", "fase", "ronda", "línea", "grupo", "clase", "versión", "modelo",
         "nivel", "anexo", "tabla"}
    ),
    plural_nouns=frozenset(),
    not_counted_once=frozenset(),
    not_plurals=frozenset(),
    period_openers=frozenset(
        {"primeros", "primeras", "últimos", "últimas", "próximos", "próximas"}
    ),
    time_units=frozenset({"días", "semanas", "meses", "años", "trimestres"}),
    times_of_day=frozenset({"h", "horas", "hora", "gmt", "utc"}),
    minus=frozenset({"menos", "-", "−", "–"}),
    of="de",
    subject_joiners=frozenset({"de", "del", "a", "en", "sobre", "y", "hacia", "con"}),
    subject_gap=frozenset(
        {"es", "son", "fue", "fueron", "era", "ha", "han", "había", "será", "de", "del", "un",
         "una", "en", "casi", "cerca", "alrededor", "apenas", "solo", "sólo", "alcanzó",
         "alcanza", "sumó", "suma", "ascendió", "asciende", "totalizó", "llegó", "registró"}
    ),
    periods=(
        r"\b(?:T[1-4]|S[12])(?:\s?(?:19|20)\d\d)?\b"
        r"|\b(?:ejercicio\s)?(?:19|20)\d\d(?:[-/–](?:\d\d){1,2})?\b"
        r"|\b(?:el\s)?(?:primer|segundo|tercer|cuarto|último)"
        r"\s(?:trimestre|semestre)(?:\s(?:de\s)?(?:19|20)\d\d)?\b"
        r"|\binteranual\b|\b(?:en\stasa\sinteranual|respecto\sal\saño\santerior)\b"
        r"|\b(?:este|el\spróximo|el\spasado)\s(?:año|mes|trimestre)\b|\b(?:al|por)\saño\b"
        r"|\b(?:los\s)?(?:primeros|últimos|próximos)\s(?:\w+\s)?(?:meses|días|años|trimestres)\b"
        r"|\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre"
        r"|noviembre|diciembre)(?:\s(?:de\s)?(?:19|20)\d\d)?\b"
    ),
    places=places(
        "Estados Unidos: ee. uu., ee.uu., eeuu, eua, usa, estadounidense, estadounidenses,"
        " norteamericano, washington; China: chino, china, chinos, pekín; Japón: japón,"
        " japonés, japonesa, tokio; Unión Europea: ue, europea, europeo, bruselas;"
        " Alemania: alemán, alemana, berlín; Francia: francés, francesa, parís; Reino Unido:"
        " británico, británica, londres; Italia: italiano; España: español, española, madrid;"
        " México: mexicano, mexicana; Argentina: argentino, argentina; Brasil: brasileño;"
        " Chile: chileno; Colombia: colombiano; Perú: peruano; Canadá: canadiense; Rusia:"
        " ruso, rusa, moscú; India: indio; Corea del Sur: surcoreano; Turquía: turco;"
        " OMC; OPEP; G7; G20; Mercosur; ASEAN"
    ),
    decimal_comma=True,
    months_capitalised=False,
    date_joiners=frozenset({"de"}),
    year_joiners=frozenset({"de", ","}),
    dotted_scales=frozenset({"mill", "mll"}),
    currency_joiners=frozenset({"de"}),
    space_groups=True,
    tens_joiner=True,
    lone_scales=frozenset({"mil"}),
)

SPANISH = Lexicon(
    code="es",
    name="spanish",
    extra_stop_words=frozenset(
        {"dijo", "afirmó", "según", "también", "así", "además", "ser", "sido", "tras", "hoy",
         "sr", "sra", "cada", "ya", "aún", "mientras", "donde", "ciento"}
    ),
    reporting_verbs=frozenset(
        {"dijo", "afirmó", "declaró", "señaló", "indicó", "explicó", "aseguró", "anunció",
         "destacó", "añadió", "según"}
    ),
    stigma_words=("supuestamente", "rumor", "clic", "suscríbete", "foto", "publicidad"),
    name_connectors=frozenset({"de", "del", "la", "los"}),
    conjunctions=frozenset({"y"}),
    not_topics=frozenset(
        {"según", "pese", "embargo", "aunque", "ya", "todavía", "además", "también",
         "mientras", "actualmente", "millones", "millón", "mil", "euros", "dólares",
         "millardos"}
    ),
    weak_words=frozenset(
        {"año", "años", "mes", "meses", "semana", "semanas", "día", "días", "hoy", "ayer",
         "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "vez",
         "veces", "nuevo", "nueva", "primer", "primera", "último", "última", "dos", "tres",
         "varios", "varias", "mucho", "muchos", "parte"}
    ),
    titles=frozenset(
        {"presidente", "presidenta", "ministro", "ministra", "secretario", "secretaria",
         "comisario", "comisaria", "director", "directora", "portavoz", "embajador",
         "embajadora", "senador", "senadora", "diputado", "diputada", "alcalde", "alcaldesa",
         "gobernador", "gobernadora", "consejero", "jefe", "jefa", "rey", "reina", "sr",
         "sra", "dr", "dra", "don", "doña"}
    ),
    titles_also_names=frozenset(),
    name_qualifiers=frozenset(
        {"presidente", "ministro", "ministra", "sr", "sra", "el", "la", "jefe", "secretario",
         "estadounidense", "chino", "español", "europeo"}
    ),
    months=MONTHS,
    weekdays=DAYS,
    # Gerunds and simple past ("imponiendo", "aprobaron").
    verb_form=r"^[a-záéíóúñ]+(?:ando|iendo|aron|ieron)$",
    boilerplate_start=(
        r"""^(?:por\s[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}\s*(?:\.|$)|publicado|actualizado
        |lee\stambién|leer\smás|suscríbete|suscríbase|compartir|foto\s?:|copyright
        |todos\slos\sderechos\sreservados|publicidad)"""
    ),
    boilerplate_anywhere=(
        r"""Lee\stambién|Suscríbete|©|Todos\slos\sderechos\sreservados|(?:^|\s)@\w+\s*$"""
    ),
    figure_words=_FIGURES,
    splitter="sentencex",
    closing_abbreviations=frozenset({"etc"}),
    stop_list="spanish",
    abbreviations=frozenset(
        {"sr", "sra", "sres", "srta", "dr", "dra", "d", "dña", "lic", "ing", "prof", "ee",
         "uu", "s.a", "sa", "cía", "núm", "art", "pág", "aprox", "av", "avda", "tel", "ud",
         "uds", "vd", "mill", "mll", "ene", "feb", "abr", "ago", "sept", "oct", "nov", "dic",
         "ss"}
    ),
    phrase_connectors=frozenset({"de", "del"}),
)
# fmt: on
