"""English: the lexicon tradesum was first made for."""

from __future__ import annotations

from tradesum.lexicon import FigureWords, Lexicon, counted, countries, phrases, places

_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
_EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN_STIGMA = (
    "hardly", "impossible", "rumour", "rumor", "allegedly", "click", "subscribe", "photo",
)  # fmt: skip
_EN_NOT_TOPICS = frozenset(
    {"according", "told", "added", "noted", "including", "despite", "however", "although",
     "meanwhile", "amid", "already", "still", "just", "likely", "recently", "well"}
)  # fmt: skip
_EN_WEAK = _EN_NOT_TOPICS | frozenset(
    {"week", "weeks", "month", "months", "year", "years", "today", "yesterday", "monday",
     "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "time", "times",
     "percent", "pct", "cent", "recent", "new", "last", "next", "first", "second", "third",
     "one", "two", "three", "many", "much", "several", "expected", "way", "set", "made",
     "make"}
)  # fmt: skip
_EN_TITLES = frozenset(
    {"secretary", "minister", "president", "premier", "chancellor", "senator", "sen", "rep",
     "representative", "governor", "gov", "mayor", "ambassador", "commissioner", "judge",
     "justice", "chairman", "chairwoman", "chair", "ceo", "cfo", "officer", "spokesman",
     "spokeswoman", "director", "chief", "general", "gen", "col", "lt", "sgt", "capt",
     "adm", "dame", "sir", "lord", "dr", "prof", "professor", "king", "queen", "prince",
     "princess", "pope", "rev", "detective", "inspector", "coach", "deputy", "leader"}
)  # fmt: skip
_EN_QUALIFIERS = frozenset(
    {"president", "secretary", "minister", "premier", "vice", "representative", "commerce",
     "treasury", "trade", "chief", "mr", "mrs", "ms", "dr", "prime", "chairman", "governor",
     "senator", "ambassador", "head", "deputy", "state", "foreign", "finance", "the",
     "chinese", "american", "british", "u.s.", "us", "officials", "general", "presidents",
     "secretaries", "ministers"}
)  # fmt: skip


# fmt: off
_EN_NUMBER_WORDS = counted(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen",
    "twenty thirty forty fifty sixty seventy eighty ninety",
)

_EN_FIGURES = FigureWords(
    months={
        **{m.lower(): i for i, m in enumerate(_EN_MONTHS, 1)},
        **{m.lower()[:3]: i for i, m in enumerate(_EN_MONTHS, 1)},
        "sept": 9,
    },
    weekdays=frozenset(d.lower() for d in _EN_DAYS),
    weekday_cues=frozenset({"on", "last", "next", "this", "since", "by"}),
    month_cues=frozenset({"in", "last", "next", "since", "until", "by", "early", "late", "mid"}),
    ordinals=frozenset({"st", "nd", "rd", "th"}),
    scales={
        "trillion": 1e12, "tn": 1e12, "trn": 1e12, "billion": 1e9, "bn": 1e9, "bln": 1e9,
        "million": 1e6, "mn": 1e6, "mln": 1e6, "thousand": 1e3, "lakh": 1e5, "crore": 1e7,
    },
    glued_scales={"t": 1e12, "b": 1e9, "m": 1e6, "k": 1e3},
    number_words=_EN_NUMBER_WORDS,
    hundred="hundred",
    fractions={"half": 0.5, "quarter": 0.25, "quarters": 0.25},
    number_joiner="and",
    percent_words={
        ("%",): "%", ("percent",): "%", ("per", "cent"): "%", ("per-cent",): "%",
        ("percents",): "%", ("percentage",): "%", ("pct",): "%",
        ("percentage", "points"): "pp", ("percentage", "point"): "pp",
        ("percent", "points"): "pp", ("pct", "points"): "pp", ("per", "cent", "points"): "pp",
        ("percentage-point",): "pp", ("pp",): "pp", ("ppt",): "pp", ("ppts",): "pp",
        ("basis", "points"): "bp", ("basis", "point"): "bp", ("basis-point",): "bp",
        ("bps",): "bp", ("bp",): "bp",
    },
    glued_percent=frozenset({"pc"}),
    currency_symbols={
        "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB",
        "₺": "TRY", "₱": "PHP", "₪": "ILS", "₫": "VND", "฿": "THB", "₦": "NGN", "₡": "CRC",
        "₾": "GEL", "₭": "LAK", "₿": "BTC",
    },
    dollar_prefixes={
        "us": "USD", "u.s": "USD", "u.s.": "USD", "usd": "USD", "hk": "HKD", "hkd": "HKD",
        "a": "AUD", "au": "AUD", "aud": "AUD", "c": "CAD", "ca": "CAD", "cad": "CAD",
        "nz": "NZD", "nzd": "NZD", "s": "SGD", "sg": "SGD", "sgd": "SGD", "mex": "MXN",
        "mxn": "MXN", "r": "BRL", "nt": "TWD", "rm": "MYR",
    },
    capital_prefixes=frozenset({"a", "s", "r"}),
    codes={
        c.lower(): c
        for c in "USD EUR GBP JPY CNY CHF AUD CAD HKD NZD SGD INR KRW MXN BRL RUB TRY ZAR "
        "SEK NOK DKK ILS MYR BTC".split()
    } | {"rmb": "CNY", "rs": "INR", "rs.": "INR", "stg": "GBP", "rm": "MYR"},
    lower_codes=frozenset(
        {"usd", "eur", "gbp", "jpy", "cny", "chf", "inr", "rmb", "rs", "rs.", "stg"}
    ),
    period_bases=(
        frozenset({"a year", "per annum", "per year"}), frozenset({"on", "over"}),
        ("annual", "per "),
    ),
    currency_words={
        "dollar": "USD", "dlr": "USD", "dlrs": "USD", "euro": "EUR", "yen": "JPY",
        "yuan": "CNY", "renminbi": "CNY", "sterling": "GBP", "pound": None, "franc": "CHF",
        "mark": None, "won": None, "rand": None, "real": None, "crown": None, "krone": None,
        "krona": None, "peso": "MXN", "rupee": "INR", "rouble": "RUB", "ruble": "RUB",
        "shekel": "ILS", "ringgit": "MYR", "lira": "TRY", "guilder": "NLG",
        "peseta": "ESP", "markka": "FIM", "baht": "THB", "rupiah": "IDR", "dinar": None,
        "riyal": "SAR", "dirham": "AED", "zloty": "PLN", "forint": "HUF", "kuna": "HRK",
        "bitcoin": "BTC",
    },
    currency_plurals={
        "kroner": "krone", "kronor": "krona", "reais": "real", "lire": "lira", "zlotys": "zloty",
        "dlrs": "dlr", "yen": "yen", "yuan": "yuan", "won": "won", "baht": "baht",
        "rand": "rand", "rupiah": "rupiah", "ringgit": "ringgit", "renminbi": "renminbi",
    },
    currency_countries=countries(
        "us, u.s., u.s, american, united states: dollar USD; australian: dollar AUD;"
        " canadian: dollar CAD; hong kong: dollar HKD; new zealand: dollar NZD;"
        " singapore: dollar SGD; taiwan, taiwanese, new taiwan: dollar TWD;"
        " swiss: franc CHF; french: franc FRF; belgian: franc BEF;"
        " danish: crown DKK krone DKK; swedish: crown SEK krona SEK;"
        " norwegian: crown NOK krone NOK; czech: crown CZK; mexican: peso MXN;"
        " philippine: peso PHP; argentine, argentinian: peso ARS; chilean: peso CLP;"
        " colombian: peso COP; south korean, korean: won KRW;"
        " german, deutsche, west german: mark DEM; finnish: markka FIM;"
        " british: pound GBP; egyptian: pound EGP; indian: rupee INR;"
        " pakistani: rupee PKR; sri lankan: rupee LKR; south african: rand ZAR;"
        " brazilian: real BRL; turkish: lira TRY; italian: lira ITL; dutch: guilder NLG;"
        " chinese: yuan CNY; japanese: yen JPY; saudi: riyal SAR; malaysian: ringgit MYR;"
        " russian: rouble RUB ruble RUB; israeli: shekel ILS; croatian: kuna HRK;"
        " kuwaiti: dinar KWD; iraqi: dinar IQD"
    ),
    subunits={
        "cent": ("USD", 0.01), "cents": ("USD", 0.01), "penny": ("GBP", 0.01),
        "pence": ("GBP", 0.01), "sen": ("MYR", 0.01),
    },
    measures={
        **{(w,): u for w, u in (
            ("tonnes", "tonnes"), ("tonne", "tonnes"), ("tons", "tonnes"), ("ton", "tonnes"),
            ("barrels", "barrels"), ("barrel", "barrels"), ("bbl", "barrels"),
            ("bpd", "barrels per day"), ("bushels", "bushels"), ("ounces", "ounces"),
            ("oz", "ounces"), ("kilograms", "kilograms"), ("kilogram", "kilograms"),
            ("kilos", "kilograms"), ("kg", "kilograms"), ("grams", "grams"), ("pounds", "pounds"),
            ("lb", "pounds"), ("lbs", "pounds"), ("miles", "miles"), ("mile", "miles"),
            ("km", "kilometres"), ("kilometres", "kilometres"), ("kilometers", "kilometres"),
            ("kilometre", "kilometres"), ("kilometer", "kilometres"), ("metres", "metres"),
            ("meters", "metres"), ("metre", "metres"), ("meter", "metres"), ("feet", "feet"),
            ("foot", "feet"), ("ft", "feet"), ("inches", "inches"), ("inch", "inches"),
            ("yards", "yards"), ("acres", "acres"), ("hectares", "hectares"),
            ("litres", "litres"), ("liters", "litres"), ("litre", "litres"),
            ("liter", "litres"), ("gallons", "gallons"), ("mph", "mph"), ("kph", "km/h"),
            ("knots", "knots"), ("degrees", "degrees"), ("degree", "degrees"),
            ("kw", "kW"), ("kwh", "kWh"), ("mw", "MW"), ("mwh", "MWh"), ("gw", "GW"),
            ("gwh", "GWh"), ("hp", "hp"), ("bhp", "hp"), ("gb", "GB"), ("tb", "TB"),
            ("mb", "MB"), ("hz", "Hz"), ("ghz", "GHz"), ("mhz", "MHz"), ("nm", "Nm"),
            ("decibels", "decibels"), ("mah", "mAh"), ("volts", "volts"),
            ("seconds", "seconds"), ("minutes", "minutes"), ("min", "minutes"),
            ("hours", "hours"), ("hrs", "hours"), ("days", "days"), ("weeks", "weeks"),
            ("months", "months"), ("years", "years"), ("decades", "decades"),
            ("times", "times"), ("points", "points"), ("rpm", "rpm"), ("year-old", "years old"),
            ("month-old", "months old"), ("week-old", "weeks old"), ("celsius", "degrees Celsius"),
            ("fahrenheit", "degrees Fahrenheit"), ("°c", "degrees Celsius"),
            ("°f", "degrees Fahrenheit"), ("ppb", "ppb"), ("ppm", "ppm"), ("mpg", "mpg"),
            ("yard", "yards"), ("millimetres", "millimetres"), ("millimeters", "millimetres"),
            ("millimetre", "millimetres"), ("millimeter", "millimetres"),
            ("centimetres", "centimetres"), ("centimeters", "centimetres"),
            ("barrel-a-day", "barrels per day"), ("barrels-a-day", "barrels per day"),
            ("barrel-per-day", "barrels per day"), ("tonne-a-year", "tonnes a year"),
        )},
        ("metric", "tons"): "tonnes", ("metric", "tonnes"): "tonnes",
        ("short", "tons"): "short tons", ("square", "feet"): "square feet",
        ("square", "foot"): "square feet", ("square", "miles"): "square miles",
        ("square", "metres"): "square metres", ("square", "meters"): "square metres",
        ("square", "kilometres"): "square kilometres", ("sq", "m"): "square metres",
        ("sq", "ft"): "square feet", ("sq", "km"): "square kilometres",
        ("cubic", "feet"): "cubic feet",
        ("cubic", "metres"): "cubic metres", ("km", "/", "h"): "km/h", ("b", "/", "d"):
        "barrels per day", ("degrees", "celsius"): "degrees Celsius",
        ("degrees", "fahrenheit"): "degrees Fahrenheit", ("miles", "per", "hour"): "mph",
        ("kilometres", "per", "hour"): "km/h", ("kilometers", "per", "hour"): "km/h",
        ("years", "old"): "years old", ("year", "old"): "years old",
        ("barrels", "per", "day"): "barrels per day", ("barrels", "a", "day"):
        "barrels per day", ("miles", "per", "gallon"): "mpg",
    },
    glued_measures={
        "g": "grams", "kg": "kilograms", "w": "W", "kw": "kW", "mw": "MW", "gw": "GW",
        "km": "kilometres", "mm": "millimetres", "cm": "centimetres", "l": "litres",
        "ml": "millilitres", "v": "volts", "mph": "mph", "gb": "GB", "tb": "TB",
        "hp": "hp", "bhp": "hp", "kwh": "kWh", "gwh": "GWh", "hz": "Hz", "min": "minutes",
        "lb": "pounds", "lbs": "pounds", "mg": "milligrams", "ft": "feet",
    },
    rate_words=frozenset({"per", "a", "an", "/"}),
    rate_nouns=frozenset(
        {"barrel", "day", "share", "gallon", "ton", "tonne", "ounce", "pound", "month",
         "hour", "week", "kilo", "kilogram", "kg", "gram", "person", "head", "litre", "liter",
         "unit", "dozen", "bushel", "night", "mile", "minute", "capita", "year"}
    ),
    period_rates={
        ("a", "year"): "a year", ("per", "year"): "a year", ("per", "annum"): "a year",
        ("annually",): "a year", ("a", "yr"): "a year",
    },
    approx=phrases(
        "about", "around", "roughly", "approximately", "nearly", "almost", "some", "circa",
        "an estimated", "estimated", "close to", "~", "approx", "approx.", "c.",
        "more or less", "around about", "just about",
    ),
    bound_min=phrases(
        "more than", "over", "above", "at least", "in excess of", "upwards of", "exceeding",
        "greater than", "well over", "north of", "over than", "just over", "well above",
        "a minimum of", "no less than", "not less than", ">",
    ),
    bound_max=phrases(
        "up to", "under", "below", "less than", "fewer than", "no more than", "at most",
        "just under", "as much as", "as many as", "as high as", "not more than",
        "a maximum of", "just below", "well below", "well under", "<", "up to about",
    ),
    scaled_currencies={"pound": "GBP", "won": "KRW", "mark": "DEM", "rand": "ZAR",
                       "real": "BRL", "dinar": "KWD"},
    direction_nouns=frozenset({"growth", "contraction", "gains", "output"}),
    phrasal_verbs=frozenset(
        {"gave", "give", "gives", "giving", "ended", "end", "ends", "made", "make", "makes",
         "set", "sets", "picked", "pick", "picks", "took", "take", "takes", "turned", "turn",
         "showed", "show", "shows", "signed", "sign", "signs", "broke", "break", "came",
         "come", "comes", "put", "puts", "wound", "backed", "held", "hold", "holds",
         "looked", "shut", "lined", "summed", "sum", "split", "splits", "cut", "cuts",
         "slowed", "calmed", "settled", "let", "lets", "shook", "wrapped"}
    ),
    bound_after={("or", "more"): "min", ("plus",): "min", ("or", "less"): "max",
                 ("or", "fewer"): "max", ("at", "most"): "max", ("at", "least"): "min"},
    approx_after=phrases("or so"),
    directions={
        **dict.fromkeys(
            "rose rise rises rising risen increased increase increases increasing gained gain"
            " gains gaining climbed climb climbs climbing jumped jump jumps jumping surged"
            " advancing rallying rebounding boosting lifting hiking adding"
            " surge surges surging soared soar soaring advanced advance grew grow grows"
            " growing growth up higher added boosted boost lifted raised raise raising hiked"
            " hike hikes widened widen widening expanded expand rebounded rebound rallied"
            " rally spiked spike +".split(),
            "up",
        ),
        **dict.fromkeys(
            "fell fall falls falling fallen dropped drop drops dropping declined decline"
            " declines declining decreased decrease decreases decreasing lost lose loses"
            " losing slid slide slides sliding slipped slip slips plunged plunge plunges"
            " plummeting tumbling slumping dipping easing shedding sinking lowering reducing"
            " reduction"
            " plunging tumbled tumble tumbles sank sink sinks down lower cut cuts cutting shed"
            " narrowed narrow narrowing shrank shrink shrunk shrinking contracted contract"
            " contraction eased ease dipped dip dips slumped slump slumps plummeted"
            " plummet reduced reduce lowered lower slashed slash trimmed trim retreated"
            " weakened".split(),
            "down",
        ),
    },
    directions_after=frozenset(
        {"higher", "lower", "drop", "rise", "increase", "decline", "fall", "gain", "jump",
         "cut", "decrease", "hike", "surge", "slump", "plunge", "reduction",
         "contraction"}
    ),
    level_words=frozenset({"to", "at"}),
    direction_gap=frozenset(
        {"by", "a", "an", "of", "some", "just", "only", "sharply", "slightly", "further",
         "another", "strongly", "steeply", "modestly", "marginally", "as", "much", "much as",
         "nearly", "about", "around", "roughly", "almost", "over", "more", "than", "up",
         "to"}
    ),
    comparison_words=frozenset({"from", "against", "versus", "vs", "vs.", "with"}),
    change_from="from",
    change_to="to",
    range_openers=frozenset({"between", "range", "ranging", "ranged", "ranges", "from"}),
    range_words=frozenset({"to", "-", "–", "—"}),
    range_joiner="and",
    labels=frozenset(
        {"section", "sec", "no", "nos", "article", "art", "chapter", "rule", "title", "phase",
         "part", "room", "route", "page", "item", "category", "level", "tier", "grade",
         "round", "class", "group", "flight", "channel", "model", "version", "stage", "vol",
         "volume", "number", "highway", "interstate", "gate", "exit", "platform", "pier",
         "lot", "unit", "line", "ward", "district", "precinct", "paragraph", "clause",
         "resolution", "amendment", "act", "bill", "order", "form", "schedule", "appendix",
         "annex", "figure", "table", "fig", "week", "day", "game", "no.", "nos.", "art.",
         "sec.", "fig.", "vol."}
    ),
    plural_nouns=frozenset(
        {"people", "men", "women", "children", "staff", "police", "personnel", "cattle",
         "sheep", "fish", "livestock", "aircraft", "workforce", "crew", "head"}
    ),
    not_counted_once=frozenset(
        {"day", "time", "way", "thing", "side", "hand", "point", "another", "other", "more",
         "year", "week", "month", "night", "morning", "afternoon", "evening", "moment", "man",
         "woman", "person", "reason", "step", "source", "official"}
    ),
    not_plurals=frozenset(
        {"is", "was", "has", "its", "this", "thus", "us", "as", "yes", "plus", "less",
         "unless", "versus", "always", "perhaps", "sometimes", "afterwards", "towards",
         "besides", "whereas", "various", "previous", "serious", "numerous", "famous",
         "obvious", "news", "basis", "crisis", "analysis", "series", "species", "status",
         "bonus", "census", "consensus", "focus", "campus", "virus", "surplus", "bus",
         "gas", "mass", "class", "process", "access", "business", "address", "across",
         "overseas", "nevertheless", "ones", "others", "hers", "ours", "yours",
         "theirs", "does", "goes", "chances", "aus", "tens", "hundreds", "thousands",
         "millions", "billions", "dozens", "percents", "cents"}
    ),
    period_openers=frozenset({"first", "last", "past", "next", "previous", "coming", "latest"}),
    time_units=frozenset({"days", "weeks", "months", "years", "decades", "quarters"}),
    times_of_day=frozenset({"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "bst", "et",
                            "edt", "est", "pdt", "pst", "cet", "utc", "hrs", "h"}),
    minus=frozenset({"minus", "-", "−", "–"}),
    of="of",
    subject_joiners=frozenset({"of", "on", "to", "with", "for", "from", "in", "and", "'s"}),
    subject_gap=frozenset(
        {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will",
         "would", "could", "should", "may", "might", "can", "to", "at", "by", "of", "from",
         "about", "around", "nearly", "almost", "some", "just", "only", "expected",
         "forecast", "seen", "estimated", "projected", "put", "set", "stood", "totalled",
         "totaled", "totalling", "totaling", "reached", "hit", "amounted", "came", "in",
         "a", "an", "another", "record", "worth", "valued", "having", "than", "more",
         "less", "up", "down", "over", "under", "as", "much", "many", "also", "still",
         "now", "then", "again", "already", "which", "that", "went",
         "made", "saw", "got", "gave", "took", "paid", "spent", "sold", "bought",
         "brought", "left", "kept", "held", "grew", "became", "showed", "said"}
    ),
    periods=(
        r"\b(?:Q[1-4]|H[12])(?:\s?(?:19|20)\d\d|\s?FY\d\d)?\b"
        r"|\b(?:fiscal\s(?:year\s)?)?(?:19|20)\d\d(?:[-/–](?:\d\d){1,2})?\b"
        r"|\b(?:the\s)?(?:first|second|third|fourth|final|last|current|1st|2nd|3rd|4th)"
        r"[\s-](?:quarter|half)(?:\s(?:of\s)?(?:19|20)\d\d)?\b"
        r"|\byear[\s-](?:on|over)[\s-]year\b|\bmonth[\s-](?:on|over)[\s-]month\b"
        r"|\bquarter[\s-](?:on|over)[\s-]quarter\b"
        r"|\b(?:from\s)?a\syear\s(?:earlier|ago|before)\b|\bon\sthe\syear\b"
        r"|\b(?:this|last|next|a|per|the\spast|the\sprevious|the\scoming)\s(?:year|month|week|quarter)\b"
        r"|\bper\sannum\b|\bannuali[sz]ed\b|\bannually\b"
        r"|\b(?:in|during|for|over)\sthe\s(?:quarter|half|year|month|period|week)\b"
        r"|\b(?:the\s)?(?:three|six|nine|twelve|12)\smonths(?:\sto\s[A-Z][a-z]+)?\b"
        r"|\b(?:the\s)?(?:first|last|past|next|previous|coming|latest)\s(?:[\w-]+\s)?"
        r"(?:months|weeks|years|quarters|days)(?:\sof\s(?:19|20)\d\d)?\b"
        r"|\bthe\syear\sto\s[A-Z][a-z]+\b"
        r"|\b(?-i:January|February|March|April|May|June|July|August|September|October"
        r"|November|December)(?:\s(?:19|20)\d\d)?\b"
    ),
    places=places(
        "United States: u.s., u.s, us, usa, america, american, americans, washington;"
        " China: chinese, prc, beijing, peking; Japan: japanese, tokyo; European Union: eu,"
        " e.u., european, brussels; Germany: german, west germany, west german; France: french;"
        " United Kingdom: u.k., uk, britain, british, great britain, london; Italy: italian;"
        " Spain: spanish; Canada: canadian, ottawa; Mexico: mexican; Brazil: brazilian;"
        " Argentina: argentine, argentinian; Chile: chilean; India: indian, new delhi;"
        " South Korea: korea, korean, south korean, seoul; Taiwan: taiwanese, taipei;"
        " Hong Kong; Singapore: singaporean; Malaysia: malaysian; Indonesia: indonesian;"
        " Thailand: thai; Vietnam: vietnamese; Philippines: philippine, filipino;"
        " Australia: australian, canberra; New Zealand; Russia: russian, soviet union,"
        " soviet, moscow, ussr; Ukraine: ukrainian; Turkey: turkish; Saudi Arabia: saudi;"
        " Iran: iranian; Iraq: iraqi; Israel: israeli; Egypt: egyptian; South Africa:"
        " south african; Nigeria: nigerian; Switzerland: swiss; Netherlands: dutch, holland;"
        " Belgium: belgian; Sweden: swedish; Norway: norwegian; Denmark: danish;"
        " Finland: finnish; Poland: polish; Austria: austrian; Ireland: irish; Portugal:"
        " portuguese; Greece: greek; Pakistan: pakistani; Bangladesh: bangladeshi;"
        " Sri Lanka: sri lankan; Colombia: colombian; Peru: peruvian; Venezuela:"
        " venezuelan; Cuba: cuban; North Korea: north korean, pyongyang; ASEAN; OPEC;"
        " Mercosur; NAFTA; G7: g-7; G20: g-20; WTO; GATT; EFTA"
    ),
    # Figures in Chinese or Japanese text, read whatever the lexicon (there is none yet).
    cjk_scales={"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12, "千": 1e3},
    cjk_currencies={
        ("美", "元"): "USD", ("欧", "元"): "EUR", ("日", "元"): "JPY", ("英", "镑"): "GBP",
        ("港", "元"): "HKD", ("韩", "元"): "KRW", ("人", "民", "币"): "CNY", ("元",): "CNY",
        ("円",): "JPY", ("ドル",): "USD", ("ド", "ル"): "USD", ("ユ", "ー", "ロ"): "EUR",
    },
)
# fmt: on

#: Last words of organisations' names: "Cable and Wireless Plc" keeps its "and".
_EN_ORGANISATION_WORDS = frozenset(
    {"plc", "corp", "corporation", "co", "company", "inc", "ltd", "limited", "group",
     "commission", "council", "centre", "center", "authority", "board", "bank", "trust",
     "association", "federation", "institute", "agency", "organisation", "organization"}
)  # fmt: skip

ENGLISH = Lexicon(
    code="en",
    name="english",
    extra_stop_words=frozenset(
        {"said", "says", "say", "also", "would", "could", "mr", "mrs", "ms", "per", "cent"}
    ),
    reporting_verbs=frozenset({"said", "says", "say", "saying", "told"}),
    stigma_words=_EN_STIGMA,
    name_connectors=frozenset({"of", "for", "de"}),
    conjunctions=frozenset({"and"}),
    not_topics=_EN_NOT_TOPICS,
    weak_words=_EN_WEAK,
    titles=_EN_TITLES,
    titles_also_names=frozenset({"general", "justice", "chief", "director", "leader", "king"}),
    organisation_words=_EN_ORGANISATION_WORDS,
    body_connectors=frozenset({"on"}),
    company_suffixes=frozenset({"plc", "corp", "inc", "ltd", "co"}),
    bodies=_EN_ORGANISATION_WORDS
    | {
        "agreement",
        "agreements",
        "committee",
        "subcommittee",
        "conference",
        "convention",
        "treaty",
        "court",
        "panel",
    },
    name_qualifiers=_EN_QUALIFIERS,
    months=_EN_MONTHS,
    weekdays=_EN_DAYS,
    verb_form=r"^[a-z][a-z-]+(?:ing|ed)$",
    boilerplate_start=(
        r"""^(?:by\s\.|by\s[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}\s*(?:\.|$)|published:|updated:
        |last\supdated|click\shere|follow\s@|follow\sus|scroll\sdown|read\smore|read\sthe\sfull
        |sign\sup|subscribe|share\sthis|photo:|image:|picture:|credit:|getty\simages
        |reuters\sphoto|\(?ap\)?\sphoto|copyright|all\srights\sreserved|advertisement
        |related\s(?:articles|stories)|watch\sthe\svideo)"""
    ),
    boilerplate_anywhere=(
        r"""PUBLISHED:|UPDATED:|\|\s*\.|Click\shere|Follow\s@|Scroll\sdown\sfor|(?:^|\s)@\w+\s*$
        |©|Copyright\s(?:\(c\)\s)?\d{4}|All\srights\sreserved|may\snot\sbe\spublished,\sbroadcast"""
    ),
    figure_words=_EN_FIGURES,
)
