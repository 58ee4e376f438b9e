"""French: Les Echos, Le Monde, the Commission's and the French government's press.

Figures are written "27,5 %", "3 000 emplois", "8,4 milliards d'euros", "1er janvier";
month names take no capital.
"""

from __future__ import annotations

from dataclasses import replace

from tradesum.languages.en import ENGLISH
from tradesum.lexicon import Lexicon, counted, month_numbers, phrases, places, short_measures

# fmt: off
MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)
DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

_NUMBER_WORDS = counted(
    "zéro _ deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze"
    " seize",
    "vingt trente quarante cinquante soixante",
) | {
    "soixante-dix": 70.0, "quatre-vingt": 80.0, "quatre-vingts": 80.0,
    "quatre-vingt-dix": 90.0, "cent": 100.0,
}

_SHORT_MEASURES = short_measures(ENGLISH.figure_words)

_FIGURES = replace(
    ENGLISH.figure_words,
    months=month_numbers(
        MONTHS, janv=1, févr=2, fevrier=2, avr=4, juil=7, aout=8, sept=9, oct=10, nov=11,
        déc=12, decembre=12,
    ),
    weekdays=frozenset(DAYS),
    weekday_cues=frozenset({"ce", "dès", "depuis", "le", "dernier", "prochain"}),
    month_cues=frozenset({"en", "depuis", "dès", "fin", "début", "mi"}),
    ordinals=frozenset({"er", "re", "e", "ème"}),
    scales={
        "mille": 1e3, "millier": 1e3, "milliers": 1e3, "million": 1e6, "millions": 1e6,
        "mln": 1e6, "milliard": 1e9, "milliards": 1e9, "md": 1e9, "mds": 1e9, "mrd": 1e9,
        "mrds": 1e9, "billion": 1e12, "billions": 1e12,
    },
    number_words=_NUMBER_WORDS,
    hundred="cent",
    fractions={"demi": 0.5, "quart": 0.25},
    number_joiner="et",
    percent_words={
        ("%",): "%", ("pour", "cent"): "%", ("pourcent",): "%", ("pourcents",): "%",
        ("pour-cent",): "%", ("pourcentage",): "%", ("pourcentages",): "%",
        ("point", "de", "pourcentage"): "pp", ("points", "de", "pourcentage"): "pp",
        ("points", "de", "base"): "bp", ("point", "de", "base"): "bp", ("pb",): "bp",
    },
    glued_percent=frozenset(),
    period_bases=(frozenset({"par an", "sur un an"}), frozenset({"sur"}), ("annuel", "par ")),
    currency_words={
        "euro": "EUR", "dollar": "USD", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
        "livre": None, "franc": None, "rouble": "RUB", "roupie": "INR", "won": None,
        "peso": "MXN", "zloty": "PLN", "forint": "HUF", "couronne": None, "bitcoin": "BTC",
        "réal": "BRL", "rand": "ZAR", "florin": "NLG",
    },
    currency_plurals={"euros": "euro", "dollars": "dollar", "réaux": "réal", "reais": "réal"},
    currency_countries={
        ("canadiens",): {"dollar": "CAD"}, ("australiens",): {"dollar": "AUD"},
        ("suisses",): {"franc": "CHF"}, ("sterling",): {"livre": "GBP"},
    },
    subunits={
        "centimes": ("EUR", 0.01), "centime": ("EUR", 0.01), "cents": ("EUR", 0.01),
        "pence": ("GBP", 0.01), "penny": ("GBP", 0.01),
    },
    measures={
        **_SHORT_MEASURES,
        ("tonnes",): "tonnes", ("tonne",): "tonnes", ("barils",): "barrels",
        ("baril",): "barrels", ("kilomètres",): "kilometres", ("mètres",): "metres",
        ("litres",): "litres", ("kilos",): "kilograms", ("kilogrammes",): "kilograms",
        ("grammes",): "grams", ("hectares",): "hectares", ("degrés",): "degrees",
        ("heures",): "hours", ("jours",): "days", ("semaines",): "weeks", ("mois",): "months",
        ("ans",): "years", ("années",): "years", ("fois",): "times",
        ("mètres", "carrés"): "square metres", ("mégawatts",): "MW", ("gigawatts",): "GW",
    },
    rate_words=frozenset({"par", "/"}),
    rate_nouns=frozenset(
        {"baril", "jour", "action", "tonne", "litre", "kilo", "habitant", "mois", "heure",
         "an", "année", "personne", "tête"}
    ),
    period_rates={("par", "an"): "a year", ("par", "année"): "a year"},
    approx=phrases(
        "environ", "près de", "quelque", "autour de", "à peu près", "approximativement",
        "presque", "quasiment", "~",
    ),
    bound_min=phrases("plus de", "au moins", "au-delà de", "supérieur à", "plus d'", ">"),
    bound_max=phrases(
        "jusqu'à", "moins de", "au plus", "au maximum", "inférieur à", "moins d'", "<"
    ),
    scaled_currencies={"livre": "GBP", "won": "KRW", "franc": "CHF", "couronne": "SEK"},
    direction_nouns=frozenset({"croissance", "hausse", "baisse", "recul", "progression"}),
    phrasal_verbs=frozenset(),
    bound_after={("ou", "plus"): "min", ("et", "plus"): "min"},
    approx_after=phrases("environ"),
    directions={
        **dict.fromkeys(
            "augmenté augmente augmentent hausse progressé progresse progression grimpé"
            " grimpe bondi bondit crû croît croissance relevé relève gagné gagne accru"
            " augmentation envolé +".split(),
            "up",
        ),
        "plus": "up",
        "moins": "down",
        **dict.fromkeys(
            "baissé baisse baissent diminué diminue diminution reculé recule recul chuté"
            " chute perdu perd réduit réduction abaissé contracté contraction fléchi"
            " replié reflué".split(),
            "down",
        ),
    },
    directions_after=frozenset({"plus", "moins", "hausse", "baisse"}),
    level_words=frozenset({"à"}),
    direction_gap=frozenset(
        {"de", "d'", "à", "environ", "près", "quelque", "fortement", "légèrement", "encore",
         "ainsi", "nettement", "seulement"}
    ),
    comparison_words=frozenset({"de", "contre", "après", "face"}),
    change_from="de",
    change_to="à",
    range_openers=frozenset({"entre"}),
    range_words=frozenset({"à", "-", "–", "—"}),
    range_joiner="et",
    labels=frozenset(
        {"article", "art", "chapitre", "section", "paragraphe", "alinéa", "no", "n°",
         "numéro", "page", "phase", "étape", "tour", "ligne", "groupe", "classe", "version",
         "modèle", "niveau", "annexe", "tableau"}
    ),
    plural_nouns=frozenset(),
    not_counted_once=frozenset(),
    not_plurals=frozenset(),
    period_openers=frozenset(
        {"premiers", "premières", "derniers", "dernières", "prochains", "prochaines"}
    ),
    time_units=frozenset({"jours", "semaines", "mois", "ans", "années", "trimestres"}),
    times_of_day=frozenset({"h", "heures", "heure", "gmt", "utc"}),
    minus=frozenset({"moins", "-", "−", "–"}),
    of="de",
    subject_joiners=frozenset({"de", "des", "du", "d'", "vers", "en", "sur", "et", "à"}),
    subject_gap=frozenset(
        {"est", "sont", "était", "a", "ont", "avait", "sera", "de", "d'", "à", "environ",
         "près", "quelque", "seulement", "encore", "ainsi", "atteint", "atteignait",
         "représente", "totalise", "été"}
    ),
    periods=(
        r"\b(?:T[1-4]|S[12])(?:\s?(?:19|20)\d\d)?\b"
        r"|\b(?:exercice\s)?(?:19|20)\d\d(?:[-/–](?:\d\d){1,2})?\b"
        r"|\b(?:au\s)?(?:premier|deuxième|second|troisième|quatrième|dernier|1er|2e|3e|4e)"
        r"\s(?:trimestre|semestre)(?:\s(?:19|20)\d\d)?\b"
        r"|\b(?:sur\sun\san|en\sglissement\sannuel|par\srapport\sà\sl'an\sdernier)\b"
        r"|\b(?:cette|l'an)\s(?:année|dernier|prochain)\b|\bpar\san\b|\bannuellement\b"
        r"|\b(?:les\s)?(?:premiers|derniers|prochains)\s(?:\w+\s)?(?:mois|jours|ans|trimestres)\b"
        r"|\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
        r"|novembre|décembre)(?:\s(?:19|20)\d\d)?\b"
    ),
    places=places(
        "États-Unis: etats-unis, usa, us, amérique, américain, américaine, américains,"
        " washington; Chine: chinois, chinoise, pékin, beijing; Japon: japonais, japonaise,"
        " tokyo; Union européenne: ue, européenne, européen, bruxelles; Allemagne: allemand,"
        " allemande, berlin; France: français, française, paris, hexagone; Royaume-Uni:"
        " royaume-uni, britannique, londres; Italie: italien, italienne; Espagne: espagnol,"
        " espagnole; Canada: canadien, canadienne, ottawa; Mexique: mexicain; Russie: russe,"
        " moscou; Inde: indien, indienne; Brésil: brésilien; Corée du Sud: sud-coréen;"
        " Suisse: suisse; Turquie: turc, turque; Ukraine: ukrainien; OMC; OPEP; G7; G20;"
        " Mercosur; ASEAN"
    ),
    decimal_comma=True,
    months_capitalised=False,
    date_joiners=frozenset(),
    year_joiners=frozenset(),
    space_groups=True,
    tens_joiner=True,
    lone_scales=frozenset({"mille"}),
    elisions=frozenset({"d", "l", "qu", "jusqu", "s", "n"}),
    dotted_scales=frozenset({"md", "mds", "mrd", "mrds"}),
    currency_joiners=frozenset({"de", "d'", "d’"}),
)

FRENCH = Lexicon(
    code="fr",
    name="french",
    extra_stop_words=frozenset(
        {"a", "dit", "déclaré", "selon", "aussi", "ainsi", "cette", "cet", "ces", "plus",
         "très", "fait", "d", "l", "qu", "n", "s", "c", "j", "m", "où", "dont", "lors",
         "après", "avant", "depuis", "entre", "sous", "vers", "chez", "contre", "pendant",
         "car", "donc", "alors", "tout", "tous", "toute", "toutes", "comme", "bien", "leurs",
         "leur", "faire", "être", "avoir", "été", "sont", "sera", "peut", "doit", "mme", "cent"}
    ),
    reporting_verbs=frozenset(
        {"dit", "déclaré", "affirmé", "indiqué", "annoncé", "expliqué", "souligné", "estimé",
         "précisé", "ajouté", "assuré", "selon"}
    ),
    stigma_words=("prétendument", "rumeur", "cliquez", "abonnez", "photo", "publicité"),
    name_connectors=frozenset({"de", "du", "des", "d'", "la"}),
    conjunctions=frozenset({"et"}),
    not_topics=frozenset(
        {"selon", "malgré", "cependant", "toutefois", "pourtant", "déjà", "encore",
         "notamment", "également", "ailleurs", "désormais", "alors", "milliards", "millions",
         "milliard", "million", "euros", "mille"}
    ),
    weak_words=frozenset(
        {"an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours",
         "aujourd'hui", "hier", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
         "dimanche", "fois", "nouveau", "nouvelle", "premier", "première", "dernier",
         "dernière", "deux", "trois", "plusieurs", "beaucoup", "selon", "cours", "part"}
    ),
    titles=frozenset(
        {"président", "présidente", "ministre", "premier", "commissaire", "secrétaire",
         "directeur", "directrice", "porte-parole", "ambassadeur", "ambassadrice", "sénateur",
         "député", "députée", "maire", "gouverneur", "patron", "patronne", "pdg", "chef",
         "m", "mme", "dr", "pr", "général"}
    ),
    titles_also_names=frozenset({"premier"}),
    name_qualifiers=frozenset(
        {"président", "ministre", "premier", "m", "mme", "le", "la", "chef", "secrétaire",
         "américain", "chinois", "français", "européen"}
    ),
    months=MONTHS,
    weekdays=DAYS,
    # Imperfect and simple past ("imposait", "décidèrent"); participles are too often nouns.
    verb_form=r"^[a-zàâçéèêëîïôûù-]+(?:ait|aient|èrent)$",
    boilerplate_start=(
        r"""^(?:par\s[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}\s*(?:\.|$)|publié\sle|mis\sà\sjour
        |lire\saussi|à\slire\saussi|abonnez-vous|inscrivez-vous|partager|photo\s?:|crédit
        |copyright|tous\sdroits\sréservés|publicité)"""
    ),
    boilerplate_anywhere=(
        r"""Lire\saussi|À\slire\saussi|Abonnez-vous|©|Tous\sdroits\sréservés
        |(?:^|\s)@\w+\s*$"""
    ),
    figure_words=_FIGURES,
    splitter="sentencex",
    closing_abbreviations=frozenset({"etc"}),
    stop_list="french",
    abbreviations=frozenset(
        {"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "av", "bd", "cf",
         "p", "env", "art", "no", "n°", "nat", "vol", "éd", "md", "mds", "mrd", "janv",
         "févr", "avr", "juil", "sept", "oct", "nov", "déc", "hab", "min", "max", "c.-à-d",
         "ibid"}
    ),
    phrase_connectors=frozenset({"de", "du", "des", "d'"}),
)
# fmt: on
