"""German, French and Spanish lexicons; Chinese and Japanese warned about but not lost.

The sentences are written for these tests in the register of trade reporting (tariffs,
trade balances, dates, amounts as the German, French and Spanish press write them);
none is quoted from a source. Tests that read the dev sets in ``../shared/data/lang``
(10kGNAD, OrangeSum) skip when it is absent.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from tradesum.analysis import analyse
from tradesum.cli import app
from tradesum.errors import UsageError
from tradesum.figure import FigureKind, find_figures
from tradesum.figure.tokens import number_value
from tradesum.inputs import parse_text
from tradesum.keywords import extract_keywords
from tradesum.languages import ENGLISH, FRENCH, GERMAN, LEXICONS, SPANISH, lexicon_for
from tradesum.lexicon import Lexicon
from tradesum.nlp import parse_article, split_sentences

from .conftest import SEED_B

LABELS = Path(__file__).resolve().parent.parent / "benchmarks" / "labels" / "sentences.jsonl"
DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "lang"

GERMAN_ARTICLE = """EU-Kommission verhängt Zölle auf chinesische Elektroautos

Die EU-Kommission hat am Dienstag Zölle von bis zu 35,3 Prozent auf Elektroautos aus China verhängt. Die Abgaben gelten ab dem 1. April 2025 für fünf Jahre.

Handelskommissar Valdis Dombrovskis sagte, die Subventionen Pekings verzerrten den Wettbewerb. Die Importe chinesischer Elektroautos stiegen im 2. Quartal um 27,5 Prozent auf 3,2 Mrd. Euro.

Bundeskanzler Friedrich Merz warnte vor einem Handelskrieg. Die deutsche Autoindustrie exportierte im vergangenen Jahr Fahrzeuge im Wert von 26 Milliarden Euro nach China, rund 3.000 Betriebe u. a. in Bayern hängen davon ab.

Peking kündigte Gegenmaßnahmen an. Das chinesische Handelsministerium erklärte, man werde die Interessen chinesischer Elektroautohersteller schützen.
"""

FRENCH_ARTICLE = """Bruxelles impose des droits de douane sur les voitures électriques chinoises

La Commission européenne a imposé mardi des droits de douane pouvant atteindre 35,3 % sur les voitures électriques importées de Chine. Ces droits de douane s'appliqueront à partir du 1er janvier 2025 pendant cinq ans.

Selon M. Dombrovskis, les subventions de Pékin faussent la concurrence. Les importations de voitures électriques chinoises ont augmenté de 27,5 % au deuxième trimestre, à 3,2 milliards d'euros.

Les constructeurs allemands, qui ont exporté pour 26 milliards d'euros de véhicules vers la Chine l'an dernier, s'inquiètent des droits de douane. Près de 3 000 emplois seraient menacés.

Pékin a annoncé des mesures de rétorsion. Le ministère chinois du Commerce a promis de défendre les entreprises chinoises face aux droits de douane européens.
"""

SPANISH_ARTICLE = """Bruselas impone aranceles a los coches eléctricos chinos

La Comisión Europea impuso el martes aranceles de hasta el 35,3 % a los coches eléctricos importados de China. Los aranceles se aplicarán desde el 1 de enero de 2025 durante cinco años.

Según el comisario Valdis Dombrovskis, las subvenciones de Pekín distorsionan la competencia. Las importaciones de coches eléctricos chinos aumentaron un 27,5 % en el segundo trimestre, hasta 3.200 millones de euros.

EE. UU. impuso en mayo aranceles del 100 % a los mismos vehículos. El Sr. Sánchez pidió prudencia: España exportó a China bienes por valor de 7.400 millones de euros el año pasado, y unas 3.000 empresas dependen de ese mercado.

Pekín anunció represalias contra la carne de cerdo europea. El Ministerio de Comercio chino prometió defender a sus empresas frente a los aranceles.
"""

CHINESE_ARTICLE = """中美贸易谈判

中国商务部周一表示，将对价值2000亿美元的美国商品加征关税。税率为3.4%至25%。这是今年第三轮措施！美方尚未回应。

分析人士认为，贸易紧张局势将持续。
"""


def _figures(text: str, code: str) -> list[tuple[str, str, float | None, str | None]]:
    return [
        (f.text, f.kind.value, f.value, f.unit) for f in find_figures(text, 0, lexicon_for(code))
    ]


# --------------------------------------------------------------------------- registry


def test_every_language_is_registered_by_its_code_and_survives_pickling() -> None:
    assert set(LEXICONS) == {"en", "de", "fr", "es"}
    for code, lexicon in LEXICONS.items():
        assert lexicon.code == code and lexicon_for(code.upper()) is lexicon
        assert pickle.loads(pickle.dumps(lexicon)) is lexicon  # workers get the same object
    with pytest.raises(UsageError, match="de, en, es, fr"):
        lexicon_for("xx")


def test_stop_words_hold_each_languages_commonest_function_words() -> None:
    # sumy's lists lack "de" (French) and "que" (Spanish); the stop-words package has them.
    assert {"de", "le", "à", "un"} <= FRENCH.stop_words()
    assert {"de", "que", "y", "el"} <= SPANISH.stop_words()
    assert {"und", "der", "hat", "noch"} <= GERMAN.stop_words()
    assert not {"zölle", "douane", "aranceles"} & (
        GERMAN.stop_words() | FRENCH.stop_words() | SPANISH.stop_words()
    )


# --------------------------------------------------------------------------- splitting


def test_the_hand_made_splitting_cases_come_out_exactly() -> None:
    cases = [json.loads(line) for line in LABELS.open(encoding="utf-8")]
    assert {c["lang"] for c in cases} == {"de", "fr", "es"} and len(cases) >= 30
    for case in cases:
        assert split_sentences(case["text"], lexicon_for(case["lang"])) == case["sentences"]


def test_chinese_and_japanese_split_at_their_own_stops() -> None:
    assert split_sentences("关税上调。商务部回应！谈判继续？", ENGLISH, "zh") == [
        "关税上调。",
        "商务部回应！",
        "谈判继续？",
    ]
    assert split_sentences("日本は関税を引き上げた。政府が発表した。", ENGLISH, "ja") == [
        "日本は関税を引き上げた。",
        "政府が発表した。",
    ]


@given(st.text(alphabet="abcDE. 12,?!„“»«\n", max_size=80))
def test_splitting_keeps_every_letter_in_order(text: str) -> None:
    for lexicon in (GERMAN, FRENCH, SPANISH):
        pieces = split_sentences(text, lexicon)
        assert "".join(pieces).replace(" ", "").replace("\n", "") == "".join(text.split())


# --------------------------------------------------------------------------- figures


def test_german_figures_decimal_comma_thousands_dot_scales_and_dates() -> None:
    assert _figures("Die Zölle steigen auf 27,5 Prozent.", "de") == [
        ("27,5 Prozent", "percent", 27.5, "%")
    ]
    assert _figures("Der Überschuss lag bei 26 Milliarden Euro.", "de") == [
        ("26 Milliarden Euro", "money", 26e9, "EUR")
    ]
    assert _figures("Die Importe stiegen auf 3,2 Mrd. Euro.", "de")[0][1:] == (
        "money",
        3.2e9,
        "EUR",
    )
    assert _figures("Rund 3.000 Betriebe hängen davon ab.", "de")[0][2] == 3000.0
    dates = [f for f in find_figures("Die Zölle gelten ab dem 1. April 2025.", 0, GERMAN)]
    assert [(f.text, f.kind) for f in dates] == [("1. April 2025", FigureKind.DATE)]


def test_french_figures_spaces_elisions_and_dates() -> None:
    assert _figures("Le déficit atteint 8,4 milliards d'euros.", "fr") == [
        ("8,4 milliards d'euros", "money", 8.4e9, "EUR")
    ]
    assert _figures("Près de 3 000 emplois seraient menacés.", "fr")[0][2] == 3000.0
    assert _figures("Les exportations ont reculé de 3,2 % en mars.", "fr")[0][1:3] == (
        "percent",
        3.2,
    )
    assert ("1er janvier 2025", "date", None, None) in _figures(
        "La mesure entre en vigueur le 1er janvier 2025.", "fr"
    )
    assert _figures("vingt-deux pour cent", "fr")[0][2] == 22.0
    assert _figures("dix-sept pour cent", "fr")[0][2] == 17.0


def test_spanish_figures_mil_millones_and_dates() -> None:
    assert _figures("La empresa ganó 1.200 millones de euros.", "es") == [
        ("1.200 millones de euros", "money", 1.2e9, "EUR")
    ]
    assert _figures("Una demanda de mil millones de dólares.", "es")[0][1:] == (
        "money",
        1e9,
        "USD",
    )
    assert _figures("Las exportaciones cayeron un 3,2 % en marzo.", "es")[0][1:3] == (
        "percent",
        3.2,
    )
    assert ("1 de enero de 2026", "date", None, None) in _figures(
        "La medida entra en vigor el 1 de enero de 2026.", "es"
    )
    assert _figures("treinta y cinco por ciento", "es")[0][2] == 35.0


def test_number_values_follow_each_languages_separators() -> None:
    english, german = ENGLISH.figure_words, GERMAN.figure_words
    assert number_value("1,200.5", english) == 1200.5
    assert number_value("1.200,5", german) == 1200.5
    assert number_value("3.000", german) == 3000.0
    assert number_value("27,5", german) == 27.5
    assert number_value("3.5", german) == 3.5  # not three digits after the dot
    assert number_value("3\u00a0000", FRENCH.figure_words) == 3000.0


def test_chinese_and_japanese_figures_are_found_whatever_the_lexicon() -> None:
    assert _figures("将对价值2000亿美元的美国商品加征关税。", "en") == [
        ("2000亿美元", "money", 2e11, "USD")
    ]
    assert [f[:3] for f in _figures("税率为3.4%至25%。", "en")] == [
        ("3.4%", "percent", 3.4),
        ("25%", "percent", 25.0),
    ]
    assert _figures("日本の輸出は5000億円だった。", "en") == [("5000億円", "money", 5e11, "JPY")]


# --------------------------------------------------------------------------- articles


def _analysed(text: str) -> tuple[str, list[str]]:
    analysis = analyse(parse_text(text))
    return analysis.lexicon.code, [k.phrase for k in analysis.keyphrases]


def test_a_german_article_is_read_as_german_with_noun_keyphrases() -> None:
    code, phrases = _analysed(GERMAN_ARTICLE)
    assert code == "de"
    assert "Elektroautos" in phrases[:3]
    # Every noun takes a capital: no verb, adjective or article is a keyphrase.
    assert all(p[:1].isupper() for p in phrases), phrases
    assert not {"Die", "auf", "aus der EU"} & set(phrases)


def test_french_and_spanish_keyphrases_keep_their_de() -> None:
    code, phrases = _analysed(FRENCH_ARTICLE)
    assert code == "fr" and phrases[0] == "droits de douane"
    assert "voitures électriques" in phrases and "de" not in phrases
    code, phrases = _analysed(SPANISH_ARTICLE)
    assert code == "es" and "aranceles" in phrases[:2]
    assert "coches eléctricos" in phrases and "de" not in phrases


def test_the_same_figures_come_out_of_the_articles_in_three_languages() -> None:
    def values(text: str) -> set[tuple[str, float | None]]:
        analysis = analyse(parse_text(text))
        return {(f.kind.value, f.value) for f in analysis.figures if f.kind is not FigureKind.DATE}

    for text in (GERMAN_ARTICLE, FRENCH_ARTICLE, SPANISH_ARTICLE):
        found = values(text)
        assert {("percent", 35.3), ("percent", 27.5), ("money", 3.2e9)} <= found, found


def test_a_chinese_article_warns_that_it_is_unsupported_but_keeps_its_figures() -> None:
    analysis = analyse(parse_text(CHINESE_ARTICLE))
    assert analysis.article.language == "zh"
    assert len(analysis.parsed.sentences) == 5
    assert any("does not support" in w and "Chinese" in w for w in analysis.warnings)
    assert ("money", 2e11) in {(f.kind.value, f.value) for f in analysis.figures}


def test_english_gets_no_language_warning() -> None:
    analysis = analyse(parse_text(SEED_B.read_text(encoding="utf-8")))
    assert analysis.lexicon is ENGLISH and not analysis.warnings


# --------------------------------------------------------------------------- CLI


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_language_is_shown_and_can_be_overridden(runner: CliRunner, tmp_path: Path) -> None:
    german = _write(tmp_path, "de.txt", GERMAN_ARTICLE)
    result = runner.invoke(app, ["summarize", german])
    assert result.exit_code == 0 and "language de." in result.stdout
    result = runner.invoke(app, ["summarize", german, "--language", "fr", "-f", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["documents"][0]["language"] == "fr"
    result = runner.invoke(app, ["summarize", german, "--language", "xx"])
    assert result.exit_code == 2 and "no lexicon for language 'xx'" in result.stderr


def test_stories_never_join_articles_in_two_languages(runner: CliRunner, tmp_path: Path) -> None:
    # The same report twice in German and once in French: one German story, the French
    # article alone, and a note that the pile mixes languages.
    folder = tmp_path / "pile"
    folder.mkdir()
    _write(folder, "a.txt", GERMAN_ARTICLE)
    _write(folder, "b.txt", GERMAN_ARTICLE.replace("Dienstag", "Mittwoch"))
    _write(folder, "c.txt", FRENCH_ARTICLE)
    result = runner.invoke(app, ["digest", str(folder), "-f", "json", "--no-cache"])
    assert result.exit_code == 0, result.stderr
    stories = json.loads(result.stdout)["stories"]
    sizes = sorted(len(s["articles"]) for s in stories)
    assert sizes == [1, 1] or sizes == [1, 2], sizes
    assert "2 languages" in result.stderr and "same language" in result.stderr
    result = runner.invoke(app, ["compare", str(folder / "a.txt"), str(folder / "c.txt")])
    assert result.exit_code == 0 and "2 languages" in result.stderr


@pytest.mark.skipif(not DATA.exists(), reason="needs ../shared/data/lang")
def test_real_german_and_french_news_read_in_their_language() -> None:
    """10kGNAD (DER STANDARD) and OrangeSum: detected, split, and figures found."""
    for name, code in (("de_10kgnad.jsonl", "de"), ("fr_orangesum.jsonl", "fr")):
        rows = [json.loads(line) for line in (DATA / name).open(encoding="utf-8")][:40]
        figures = 0
        for row in rows:
            analysis = analyse(parse_text(row["text"]))
            assert analysis.lexicon.code == code
            assert not analysis.warnings
            sentences = analysis.parsed.sentences
            # No sentence cut after an ordinal or an abbreviation: none starts in lower case.
            assert all(not s.text[:1].islower() for s in sentences), row["text"][:80]
            figures += len(analysis.figures)
            assert extract_keywords(parse_article(analysis.article, analysis.lexicon), 5)
        assert figures >= 40


def test_earnings_tables_and_short_lines_are_of_no_language() -> None:
    # Reuters-21578 earnings reports came out as Nigerian Pidgin ("pcm"), "no linguistic
    # content" or Luxembourgish: too little language to tell, so English rules, no
    # warning, and no "mixed languages" note in an English pile.
    table = (
        "BROWN-FORMAN INC <BFD> 4TH QTR NET\n\nShr one dlr vs 73 cts\n    Net 12.6 mln vs 15.0 mln"
    )
    for text in (table, "Ultramar 1986 net loss 62.1 mln stg vs 71.6 mln profit"):
        analysis = analyse(parse_text(text))
        assert analysis.article.language in (None, "en") and analysis.lexicon is ENGLISH
        assert not analysis.warnings


def test_rounding_slack_reads_numbers_as_the_language_writes_them() -> None:
    # Two figures are the same one rounded within half their last written digit:
    # "1.200,5 Mio. Euro" has one decimal (0.05 million either way), "1.200 millones"
    # none (half a million), as "$34 billion" has none in English.
    from tradesum.figure.differences import _slack

    def slack(text: str, lexicon: Lexicon) -> float:
        figure = next(f for f in find_figures(text, 0, lexicon) if f.value)
        return _slack(figure, abs(figure.value or 0.0), lexicon.figure_words)

    assert slack("Der Umsatz lag bei 1.200,5 Mio. Euro.", GERMAN) == pytest.approx(5e4)
    assert slack("La empresa ganó 1.200 millones de euros.", SPANISH) == pytest.approx(5e5)
    assert slack("Sales were $34 billion.", ENGLISH) == pytest.approx(5e8)
