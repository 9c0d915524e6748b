"""Statistics round 8 (issue 17): numbers written in the decimal-comma convention of German, Portuguese, Italian,
Spanish, Indonesian and Russian prose ('1.200,50', '24 500', '3,5 %'), with those languages' scale words ('Mio.',
'milhões', 'miliardi', 'millones', 'juta', 'млрд'), percent words ('Prozent', 'per cento', 'persen', 'процентов')
and currencies ('R$', 'Rp', 'руб.'). The convention is decided per article (``conventions.writes_decimal_comma``):
by a number that carries both marks, else by stop words. Also two rules of English sports reports: a number word
that is a part of the count before it ('five of them on target') and a lap, hole, stage or leg number (an
identifier). Invented sentences; each detection case fails on main 883e9c7 but the English guard."""

from __future__ import annotations

import pytest

from newsprep.extract.statistics.detection.conventions import comma_digit_value, writes_decimal_comma
from tests.stages.builders import FoundStatistics, found_statistics

CONVENTIONS = [
    ("English prose", "The council said it would spend more on the roads and on the schools this year.", False),
    ("German prose", "Der Rat will in diesem Jahr mehr für die Straßen und die Schulen ausgeben.", True),
    ("Portuguese prose", "O governo disse que não vai aumentar os impostos para as famílias.", True),
    ("Indonesian prose", "Pemerintah akan menambah anggaran untuk jalan dan sekolah di daerah itu.", True),
    ("Russian prose", "Компания сообщила, что в этом году откроет магазины в Москве и на Урале.", True),
    ("a number with both marks settles it", "Sales: 1.234,50 and 2.000,75 in total.", True),
    ("an English number with both marks settles it", "Die Firma nannte 1,234.50 als Wert.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), CONVENTIONS, ids=[c[0] for c in CONVENTIONS])
def test_writes_decimal_comma(case: str, text: str, expected: bool) -> None:
    assert writes_decimal_comma(text) is expected, case


@pytest.mark.parametrize(
    ("digits", "value"), [("1.200", 1200.0), ("3,5", 3.5), ("1.234,56", 1234.56), ("24 500", 24500.0), ("12", 12.0)]
)
def test_comma_digit_value(digits: str, value: float) -> None:
    assert comma_digit_value(digits) == value


DETECTED: list[tuple[str, str, FoundStatistics]] = [
    (
        "German: percent word, 'Mio.', 'Millionen Euro'",
        "Die Brauerei hat ihren Absatz im vergangenen Jahr um 3,2 Prozent auf 1,8 Mio. Hektoliter gesteigert. "
        "Der Umsatz stieg auf 412,5 Millionen Euro.",
        [
            ("3,2 Prozent", 3.2, "percent"),
            ("1,8 Mio.", 1800000.0, "count"),
            ("412,5 Millionen Euro", 412500000.0, "eur"),
        ],
    ),
    (
        "German: 'zwischen ... und' a range, 'Mrd.', dot groups",
        "Die Stadt will zwischen 2 und 4 Prozent mehr für die Bäder ausgeben. Geplant sind 12 Mrd. Euro, davon "
        "1.250 neue Stellen.",
        [
            ("2", 2.0, "percent"),
            ("4 Prozent", 4.0, "percent"),
            ("12 Mrd. Euro", 12000000000.0, "eur"),
            ("1.250", 1250.0, "count"),
        ],
    ),
    (
        "German: a decimal comma after dot groups",
        "Die Firma meldet einen Umsatz von 1.234,56 Euro pro Kunde und 3,5 % Wachstum.",
        [("1.234,56 Euro", 1234.56, "eur"), ("3,5 %", 3.5, "percent")],
    ),
    (
        "Portuguese: R$ with 'bilhões' and 'mil'",
        "A prefeitura vai investir R$ 2,4 bilhões em saneamento, e o programa prevê 3.500 novas ligações de água. "
        "O custo por família é de R$ 850 mil.",
        [("R$ 2,4 bilhões", 2400000000.0, "brl"), ("3.500", 3500.0, "novas"), ("R$ 850 mil", 850000.0, "brl")],
    ),
    (
        "Portuguese: 'milhões de euros'; an age in 'anos' is no count",
        "O clube pagou 7,5 milhões de euros pelo meia, que tem 24 anos e marcou 9 gols na temporada.",
        [("7,5 milhões de euros", 7500000.0, "eur"), ("9", 9.0, "gols")],
    ),
    (
        "Italian: 'miliardi di euro', 'per cento'",
        "La regione ha stanziato 3,6 miliardi di euro per la sanità, con un aumento dello 0,9 per cento. I nuovi "
        "posti letto saranno 2.400.",
        [("3,6 miliardi di euro", 3600000000.0, "eur"), ("0,9 per cento", 0.9, "percent"), ("2.400", 2400.0, "count")],
    ),
    (
        "Spanish: 'millones de euros', 'por ciento'",
        "El ayuntamiento destinará 2.100 millones de euros a vivienda, y el paro bajó al 11,3 por ciento. Se "
        "construirán 4.500 pisos.",
        [
            ("2.100 millones de euros", 2100000000.0, "eur"),
            ("11,3 por ciento", 11.3, "percent"),
            ("4.500", 4500.0, "pisos"),
        ],
    ),
    (
        "Indonesian: Rp with 'triliun', 'persen'",
        "Pemerintah daerah menganggarkan Rp 1,2 triliun untuk jalan, dan harga gula naik menjadi Rp 17.500 per "
        "kilogram. Inflasi tercatat 3,1 persen.",
        [("Rp 1,2 triliun", 1200000000000.0, "idr"), ("Rp 17.500", 17500.0, "idr"), ("3,1 persen", 3.1, "percent")],
    ),
    (
        "Russian: 'млрд руб.', space groups",
        "Компания увеличила выручку на 8,5% до 96 млрд руб. и открыла 240 магазинов. Средний чек составил 1 250 руб.",
        [
            ("8,5%", 8.5, "percent"),
            ("96 млрд руб.", 96000000000.0, "rub"),
            ("240", 240.0, "count"),
            ("1 250 руб.", 1250.0, "rub"),
        ],
    ),
    (
        "German: a day before a month ('12. bis 13. September') and a bare year are no statistics",
        "Die Messe findet am 12. bis 13. September statt, seit 2014 kamen bis heute 2.140 Besucher und 4.500 "
        "Aussteller.",
        [("2.140", 2140.0, "count"), ("4.500", 4500.0, "count")],
    ),
    (
        "Portuguese: '5 de março' is a date",
        "A feira começa em 5 de março e recebeu 12.000 visitantes, mais 8% do que no ano passado.",
        [("12.000", 12000.0, "visitantes"), ("8%", 8.0, "percent")],
    ),
    (
        "Russian: '9 мая' is a date; '1 200' one number",
        "Выставка откроется 9 мая, и на ней будет 1 200 участников из 30 стран.",
        [("1 200", 1200.0, "count"), ("30", 30.0, "count")],
    ),
    (
        "Indonesian: '17 Agustus' is a date",
        "Pameran dibuka pada 17 Agustus dan dihadiri 3.400 pengunjung dari 12 negara.",
        [("3.400", 3400.0, "count"), ("12", 12.0, "count")],
    ),
    (
        "number words of the decimal-comma languages; 'eine' only before a scale",
        "Das Projekt kostet eine Milliarde Euro, und sieben Städte machen mit. Die Messe dauert zwei Tage.",
        [("eine Milliarde Euro", 1000000000.0, "eur"), ("sieben", 7.0, "count")],
    ),
    (
        "Portuguese and Indonesian number words; 'Otto' is a name",
        "O time contratou três jogadores e Otto Silva marcou dois gols. Ada tiga provinsi dalam survei.",
        [("três", 3.0, "jogadores"), ("dois", 2.0, "gols"), ("tiga", 3.0, "count")],
    ),
    (
        "a number word that is a part of the count before it",
        "The visitors had 11 shots, four of them on target, and the keeper made three saves.",
        [("11", 11.0, "shots"), ("four", 4.0, "count"), ("three", 3.0, "saves")],
    ),
    (
        "a lap number is an identifier",
        "She pitted on lap 31 and again on lap 52, and finished the 61 laps in second place.",
        [("61", 61.0, "laps")],
    ),
    (
        "a hole number is an identifier",
        "He holed a long putt on hole 17 and finished with 68 strokes.",
        [("68", 68.0, "strokes")],
    ),
    (
        "guard: English prose keeps the English convention",
        "The company sold 1,200 units at $3.50 each, up 4.5% from a year ago, and the shares rose 2 percent.",
        [("1,200", 1200.0, "units"), ("$3.50", 3.5, "usd"), ("4.5%", 4.5, "percent"), ("2 percent", 2.0, "percent")],
    ),
]


@pytest.mark.parametrize(("rule", "paragraph", "expected"), DETECTED, ids=[d[0] for d in DETECTED])
def test_detected(rule: str, paragraph: str, expected: FoundStatistics) -> None:
    assert [(text, round(value, 6), unit) for text, value, unit in found_statistics(paragraph)] == expected, rule
