"""What a statistic measures, rule by rule, on invented sentences; and that a phrase never is a lone stop word or
the unit again (``benchmarks/measures_check.py`` checks the same over whole corpora)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprep.extract.statistics import extract_statistics
from newsprep.extract.statistics.measure_clause import is_a_measure, tidy_phrase
from tests.stages.builders import PROPERTY, make_article, measure_of

REPO = Path(__file__).resolve().parents[2]


# (rule, sentence, the statistic's text, its measure)
STRUCTURES = [
    ("what a place has", "The city has 1.2 million residents.", "1.2 million", "residents of city"),
    ("what can be done", "The plant can produce 500 tons of steel a day.", "500", "tons of steel to produce"),
    ("nudge", "The jobless rate for women edged up to 3.7%.", "3.7%", "jobless rate for women"),
    ("average", "Rates on 30-year mortgages averaged 3.75%.", "3.75%", "Rates on 30-year mortgages"),
    ("a total", "Global sales totalled 10.3 million vehicles last year.", "10.3 million", "Global sales"),
    ("level after a change in pence", "Bus fares will increase by 5p to £1.75.", "£1.75", "Bus fares"),
    ("contraction", "The ministry said the economy contracted 2.1% in the spring.", "2.1%", "contraction in economy"),
    (
        "plus or minus",
        "The poll has a margin of error of plus or minus 3 percentage points.",
        "3 percentage points",
        "margin of error",
    ),
    ("closed higher", "The index closed 1.2% higher at 1,780.", "1.2%", "rise in index"),
    ("closed at", "The index closed 1.2% higher at 1,780.", "1,780", "index close"),
    ("a holder's count", "The mill employs 300 people.", "300", "people employed by mill"),
    ("level after a time phrase", "Profit jumped 25% from a year earlier to $1.1 billion.", "$1.1 billion", "Profit"),
    ("worth of", "Beijing imposed tariffs on $75 billion worth of imported goods.", "$75 billion", "imported goods"),
    ("level of a measured quantity", "Temperatures reached 45 degrees in the capital.", "45", "Temperatures"),
    ("worth", "The thieves took jewelry worth $2 million.", "$2 million", "jewelry"),
    (
        "other side of a comparison",
        "The bakery sold 45,000 loaves, up from 41,000 a year earlier.",
        "41,000",
        "loaves sold",
    ),
    ("count of a change", "The town's population grew by 1,200 people.", "1,200", "growth in town's population"),
    ("phrasal verb", "The mill laid off 300 workers in May.", "300", "workers laid off"),
    ("closing level", "The index gained 1% to close at 3,120.18.", "3,120.18", "index close"),
    ("settlement", "Crude settled down $1.93, or 3%, at $55.12 a barrel.", "$55.12", "Crude settlement"),
    ("doubled", "The firm's value has more than doubled to $80 billion.", "$80 billion", "firm's value"),
    ("share of a group", "Last year 35% of the orchard's trees died.", "35%", "orchard's trees died"),
    (
        "an aside after the measure",
        "The van gets 250 miles per charge depending on the weather.",
        "250",
        "miles per charge",
    ),
    (
        "an example list after the measure",
        "The hatchback offers eight safety features including lane assist and blind-spot alerts.",
        "eight",
        "safety features",
    ),
    (
        "a relative's participle",
        "Analysts had forecast a 2.1 percent gain that was expected to slow.",
        "2.1 percent",
        "expected gain",
    ),
    (
        "one prepositional phrase",
        "About 30% of workers in small towns across the northern states lack broadband.",
        "30%",
        "workers in small towns",
    ),
    ("as much X as", "The lake holds three times as much water as the reservoir upstream.", "three times", "water"),
    (
        "a count of the group's number",
        "Inspectors found that two of the three requirements for safety were met.",
        "two",
        "requirements for safety met",
    ),
    (
        "a count's participle past a place",
        "At least 40 miners in two provinces have been trapped since the collapse.",
        "40",
        "miners trapped",
    ),
    ("a bare count's participle", "Officials fear as many as 90 were injured in the blast.", "90", "injured"),
    ("a distance run for", "Ruiz rushed for 140 yards as the Owls won.", "140", "yards rushed by Ruiz"),
    (
        "a relative clause's holder",
        "The boat has a diesel engine which produces 300 horsepower at full throttle.",
        "300",
        "diesel engine power",
    ),
    (
        "an adjective before the count",
        "Unlike the original two films in the series, the sequel lost money.",
        "two",
        "original films in the series",
    ),
    (
        "a copula after the group",
        "About 40% of the riders on the night line were late twice.",
        "40%",
        "riders on the night line",
    ),
    (
        "share of the N surveyed",
        "About 40% of the 1,200 adults surveyed oppose the plan.",
        "40%",
        "adults surveyed oppose the plan",
    ),
    (
        "X of the Y surveyed",
        "Nine of the 40 growers surveyed reported losses.",
        "Nine",
        "growers surveyed reported losses",
    ),
    ("fall", "Exports of copper fell 12% in March.", "12%", "fall in Exports of copper"),
    ("rise", "Ticket sales rose 8 percent to $4.5 million.", "8 percent", "rise in Ticket sales"),
    ("level after a rise", "Ticket sales rose 8 percent to $4.5 million.", "$4.5 million", "Ticket sales"),
    ("up/down", "Shares of the bakery chain are down 6%.", "6%", "fall in Shares of the bakery chain"),
    ("change by", "The new drug cut the risk of a stroke by 30%.", "30%", "cut in risk of a stroke"),
    ("change noun after", "Rents show a 5% rise in the harbor district.", "5%", "rise in the harbor district"),
    ("projection", "Wages are projected to rise 4% next year.", "4%", "projected rise in Wages"),
    (
        "margin of error",
        "The survey has a margin of error of 4 percentage points.",
        "4 percentage points",
        "margin of error",
    ),
    ("named quantity", "The grant of $900,000 covers two years of research.", "$900,000", "grant"),
    ("level", "Unemployment in the valley stood at 6.1% in May.", "6.1%", "Unemployment in the valley"),
    ("level and quality", "The vaccine was 95% effective in trials.", "95%", "vaccine effective in trials"),
    ("passive count", "Seven people were injured in the collision.", "Seven", "people injured in the collision"),
    ("count after a verb", "Firefighters rescued 14 hikers from the ridge.", "14", "hikers rescued from the ridge"),
    (
        "count with a relative clause",
        "The clinic saw 30 patients who had no insurance.",
        "30",
        "patients had no insurance",
    ),
    ("count of", "Inspectors counted 45 cases of measles.", "45", "cases of measles counted"),
    ("what holds a count", "The airline has orders for 400 of the jets.", "400", "orders for jets"),
    ("count and its subject", "The library counts 12,500 cardholders.", "12,500", "library cardholders"),
    ("money for", "The museum received $2 million for a new wing.", "$2 million", "money received for new wing"),
    ("money in", "The county will invest $8 million in the harbor.", "$8 million", "investment in harbor"),
    ("money on", "The district spent $3 million on buses.", "$3 million", "spending on buses"),
    ("money of", "The tariffs cover $300 billion of imported goods.", "$300 billion", "imported goods"),
    ("money verb and subject", "The ferry company earned $12 million.", "$12 million", "ferry company earnings"),
    ("cost", "The new ferry cost $12 million.", "$12 million", "cost of new ferry"),
    ("money noun", "The council approved a $40,000 grant to the choir.", "$40,000", "grant to the choir"),
    ("per share", "The bakery earned $1.20 per diluted share.", "$1.20", "earnings per diluted share"),
    ("price", "The cheapest model starts at $30,000.", "$30,000", "starting price"),
    ("brackets", "Renters (62%) were more worried than owners (41%).", "41%", "owners"),
    ("currency conversion", "The ferry cost $12 million, or about €11 million.", "€11 million", "cost of ferry"),
    (
        "multiplier",
        "The new pump moves 3.5 times more water than the old pump.",
        "3.5 times",
        "more water than the old pump",
    ),
    ("twice", "Twice as many cyclists used the lane in June.", "Twice", "cyclists used the lane"),
    # round 3: a unit that names its dimension, short units, a price, a level that remains, a clause after 'and'
    ("power of the subject", "The tractor's engine makes 95 horsepower.", "95", "tractor's engine power"),
    ("power of what follows", "A 60 hp outboard motor was fitted to the skiff.", "60", "outboard motor power"),
    ("power of a compound", "Crews fitted a 410-horsepower pump.", "410-horsepower", "pump power"),
    ("capacity of a battery", "It runs on a 64 kWh battery pack.", "64", "battery pack capacity"),
    ("torque named", "The motor adds 300 Nm of torque.", "300", "torque"),
    ("during is a preposition", "The probe will map the moon's icy crust during 30 flybys.", "30", None),
    (
        "an infinitive after a prepositional phrase ends it",
        "The agency is adding four firms to a contract to build landers.",
        "four",
        "firms to a contract",
    ),
    ("a distance away", "Mars lies some 140 million miles away.", "140 million", "distance to Mars"),
    ("a player's line", "Ana Ortiz had 18 points, 9 rebounds and 7 assists.", "7", "assists by Ana Ortiz"),
    ("a player's added points", "Tom Reyes added 12 points off the bench.", "12", "points by Tom Reyes"),
    ("range of a vehicle", "The scooter can go 25 miles on a single charge.", "25", "scooter range on a single charge"),
    ("power given to", "The kit bolts on, giving the truck 420 horsepower.", "420", "truck power"),
    ("metric horsepower", "It puts out 120 PS from the new engine.", "120", "power"),
    ("a plant's capacity", "The utility runs a 600 MW gas plant.", "600", "gas plant capacity"),
    ("a distance covered", "The dog had walked more than 300 miles from Ohio.", "300", "distance walked from Ohio"),
    ("no pronoun as a player", "She scored 21 points in the final.", "21", "points scored in the final"),
    ("a possessive holder", "Titan is one of Saturn's 146 moons.", "146", "Saturn's moons"),
    ("a unit written short", "The ferry covers 42 km on the northern route.", "42", "km on the northern route"),
    (
        "price of what was bought",
        "Harlow Foods bought Pine Dairy for $40 million last year.",
        "$40 million",
        "price of Pine Dairy",
    ),
    ("a level that remains", "The agency says the base fare will remain 2.5 euros.", "2.5 euros", "base fare"),
    (
        "payment in a clause after and",
        "The band left the label, and the label has paid the band $90,000 so far this year.",
        "$90,000",
        "payment to band",
    ),
    # round 4: levels after a change, time phrases, market reports, series, polls, a vehicle's range
    (
        "a count as the level after 'fell to'",
        "Attendance at the fair fell to 12,000 people.",
        "12,000",
        "Attendance at the fair",
    ),
    (
        "a count as the level after a change",
        "Sales in Europe rose 6% to 2.3 million units.",
        "2.3 million",
        "Sales in Europe",
    ),
    (
        "a quarter is no money's object",
        "The senator raised $3.2 million in the third quarter.",
        "$3.2 million",
        "senator money raised",
    ),
    (
        "a fiscal year is no money's object",
        "The firm earned $40 million in fiscal 2019.",
        "$40 million",
        "firm earnings",
    ),
    ("no preposition at the end", "Police said 14 people were arrested after the march.", "14", "people arrested"),
    (
        "a change restated in percent",
        "Crude futures fell 45 cents, or 0.7%, to $62.10 a barrel.",
        "0.7%",
        "fall in Crude futures",
    ),
    (
        "a level after a change in cents",
        "Crude futures fell 45 cents, or 0.7%, to $62.10 a barrel.",
        "$62.10",
        "Crude futures",
    ),
    (
        "a change in cents after 'was down'",
        "Heating oil was down 3 cents at $2.10 a gallon.",
        "3",
        "fall in Heating oil",
    ),
    ("a level after 'was down'", "Heating oil was down 3 cents at $2.10 a gallon.", "$2.10", "Heating oil"),
    ("a level that did not move", "The euro was flat at $1.1050.", "$1.1050", "euro"),
    ("a change verb in -ing", "Asian stocks slipped, with the Kospi shedding 0.6%.", "0.6%", "fall in Kospi"),
    ("part of a series", "The Hawks have won 11 of their last 14 games.", "11", "games won"),
    ("a poll's share for a name", "Lind leads the field with 27%.", "27%", "share for Lind"),
    ("a level in a unit of measure", "Winds gusted to 75 mph along the coast.", "75", "Winds"),
    ("a record level", "The median sale price hit a record $390,000.", "$390,000", "median sale price"),
    ("an all-time high is named", "The index scaled a new all-time high of 4,100.", "4,100", "new all-time high"),
    ("a scorer who led", "Brown led all scorers with 28 points.", "28", "points by Brown"),
    ("a season is a time", "He is averaging 24.6 points per game this season.", "24.6", "points per game"),
    (
        "a count named by the clause after it",
        "The five firms, selected from eight that submitted bids, join the list.",
        "eight",
        "firms that submitted bids",
    ),
    ("'who' counts people", "Officials counted 12 who had died.", "12", "people who died"),
    ("a place that is another count", "The firm has 12,000 employees in 40 countries.", "12,000", "employees of firm"),
    ("a particle ends the verb", "A storm knocked out power to 18,000 homes.", "18,000", "power to homes"),
    ("a level after 'improved to'", "The graduation rate improved to 88% last year.", "88%", "graduation rate"),
    ("value of what a deal values", "The deal values the brewer at $3.4 billion.", "$3.4 billion", "value of brewer"),
    ("value of what is valued", "The painting was valued at $2 million.", "$2 million", "value of painting"),
    (
        "a passive verb after a place",
        "Two sailors from the northern port were rescued on Sunday.",
        "Two",
        "sailors rescued",
    ),
    ("a share taken by a subject", "Women make up 30% of the orchestra.", "30%", "Women share of orchestra"),
    ("a share in brackets", "Marshes (covering 12 percent of the park) flood.", "12 percent", "Marshes share of park"),
    ("'made' without 'up' takes no share", "The firm made 30% of its sales abroad.", "30%", "sales abroad"),
    (
        "a change in a clause without a subject",
        "Home sales fell for a sixth month, dropping 2.2% in October.",
        "2.2%",
        "fall in Home sales",
    ),
    ("a pronoun opens no subject", "It puts out 151 PS, a 20% improvement.", "20%", "improvement"),
    ("a cut named by its -ing verb", "The plan calls for cutting emissions by 40% by 2030.", "40%", "cut in emissions"),
    ("a level topped", "Its market value topped $1 trillion for the first time.", "$1 trillion", "market value"),
    (
        "a compared estimate",
        "The firm earned $1.45 a share, beating analysts' estimates of $1.38.",
        "$1.38",
        "analysts' estimates",
    ),
    (
        "a holder before a place",
        "The firm employs 3,400 people at its headquarters.",
        "3,400",
        "people employed by firm",
    ),
    ("a level after 'slowed to'", "Inflation in the region slowed to 2.4% in May.", "2.4%", "Inflation in the region"),
    ("a change by a large count", "Job openings fell by 646,000 to 10.3 million.", "646,000", "fall in Job openings"),
    ("a large level after a change", "Job openings fell by 646,000 to 10.3 million.", "10.3 million", "Job openings"),
    (
        "range names its vehicle",
        "The 2021 Zephyr SUV will be able to go 250 miles on a full charge.",
        "250",
        "2021 Zephyr SUV range on a full charge",
    ),
]


@pytest.mark.parametrize(("rule", "sentence", "number", "measures"), STRUCTURES, ids=[s[0] for s in STRUCTURES])
def test_measure_follows_the_sentence_structure(rule: str, sentence: str, number: str, measures: str | None) -> None:
    assert measure_of(sentence, number) == measures


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Police said 9 people.", "9"),  # the unit alone says nothing
        ("It was up 5% along.", "5%"),
        ("About 300 workers, and 12 more.", "300"),
    ],
)
def test_never_a_lone_function_word_or_the_unit(sentence: str, number: str) -> None:
    stat = next(s for s in extract_statistics(make_article(sentence)) if s.text == number)
    assert stat.measures is None or is_a_measure(stat.measures, stat.unit)
    assert stat.measures != stat.unit


@pytest.mark.parametrize(
    ("phrase", "unit", "ok"),
    [
        ("people", "people", False),
        ("down", "percent", False),
        ("the", "usd", False),
        ("41 percent", "percent", False),
        ("people injured", "people", True),
        ("margin of error", "percentage points", True),
    ],
)
def test_is_a_measure(phrase: str, unit: str, ok: bool) -> None:
    assert is_a_measure(phrase, unit) is ok


WORDS = st.sampled_from(
    "the of to in rose fell down up people 9 12% $4 million percent of the surveyed were injured ( "
    ") , . and or by from compared with twice times 3.5 a share for on at margin error stood".split()
)


@PROPERTY
@given(st.lists(WORDS, min_size=1, max_size=30).map(" ".join))
def test_no_phrase_is_a_lone_stop_word_or_the_unit(text: str) -> None:
    for stat in extract_statistics(make_article(text)):
        assert stat.measures is None or is_a_measure(stat.measures, stat.unit), stat


def test_benchmark_check_passes_on_the_fixture_corpora() -> None:
    folders = [REPO / "tests" / "fixtures" / name / "raw" for name in ("statistics", "quotes", "entities", "outlets")]
    done = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "measures_check.py"), str(REPO / "tests" / "fixtures" / "raw")]
        + [str(folder) for folder in folders],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 lone stop words or units" in done.stdout


@pytest.mark.parametrize(
    ("words", "phrase"),
    [
        ("led to a significant reduction in binging", "led to a significant reduction in binging"),
        ("companies to a contract to perform deliveries", "companies to a contract"),
    ],
)
def test_to_before_a_noun_keeps_the_phrase_after_it(words: str, phrase: str) -> None:
    """'to a contract' lets an infinitive end the phrase, but does not count as a first prepositional phrase."""
    assert tidy_phrase(words.split()) == phrase
