"""The contract of the ``statistics`` table, with the conventions that say which numbers are rows (its docstring is
the data dictionary's text and the annotators' guide)."""

from __future__ import annotations

import pandera.polars as pa

from newsprep.schemas.contract import SHA256_HEX, TableContract


class StatisticsSchema(TableContract):
    """One row per number the article reports.

    A statistic tells the reader how many, how much or what share of something in the story's world: a count, an
    amount of money, a share, a rate, a measure in a unit, a multiplier. The conventions below say which numbers are
    rows and how they are written, each for the reason an analyst querying the table would give; annotators follow the
    same conventions (benchmarks/annotations/README.md).

    Not statistics: dates, years, times of day ('after 9 the next morning'), ages, durations (a lap in 58 seconds, a
    30-second ad, a battery that lasts 24 hours, '0-60 mph in 4.1 seconds', a prison term, a 30-year mortgage; a
    time told by counting what came between: 'four overs later'), ordinals and ranks, a contest's format ('the best
    of three series'), identifiers and names that hold a number (Route 66, iPhone 11, a 401(k)), vague amounts
    (thousands of, one or two), figures of speech (100 percent sure) and the writer's own asides (two things to
    know). Hours of overtime or of unpaid work ('400 hours of overtime') are an amount of work done, a statistic.

    Money: an amount is written in its currency's code; a price in cents or pence is money too, in the currency's main
    unit ('62 cents' is 0.62 usd, '85 pence' 0.85 gbp), so that money rows add up and compare. 'bn', 'mln', 'crore'
    (10 million) and 'lakh' (100,000) are scale words, and digits grouped in lakhs ('Rs 1,09,999') are one number;
    'Rs' is inr, an 'N' before an amount grouped, in kobo or scaled ('N1,535', 'N1.50', 'N2.5bn') is ngn ('N95' is a
    name), 'Dh' and 'AED' are aed; a code glued after '$' is that code ('$AUD1.1 billion' is aud); 'rupiah',
    'ringgit' and 'baht' are idr, myr and thb; 'kronor' (or 'krona'), 'reais', 'rand', 'zloty', 'forint' and 'shekel'
    are sek, brl, zar, pln, huf and ils; a crown ('crowns', 'kroner', 'krone') is money only with its country before
    it ('Swedish crowns' sek; Norwegian nok, Danish dkk, Czech czk, Icelandic isk), a bare 'crowns' staying a noun
    counted. A bare '$' (and cents with no currency near them) is usd, except in
    an article that names one other dollar-using country (Australia, Canada, New Zealand, Singapore...: its name,
    capital, people, states or provinces) more often than the US and as its own readers would: by its people, a
    state, province or city, or at least twice, and by its people where the US is named too ('Canadian growers');
    there it is that country's dollar, as the article's readers read it. One mention of a country's name ('sales in
    Canada') or a listing in Hong Kong beside New York keeps usd.

    Units: a count's unit is the plural noun it counts; a measure's is its whole unit, however many words the text
    writes it in: areas and volumes ('2,400 square feet', '2 billion cubic meters', '40 sq km', '12 km²'), energy
    ('400 megawatt-hours', '900 kilowatt hours', '75 kWh'), speeds ('80 miles per hour', '120 mph', '200 km/h'),
    concentrations ('15 parts per billion', '40 ppm', '41 micrograms per cubic meter', '180 mg/dL') and 'acre-feet'
    are one unit each, never their first or last word ('feet', 'miles', 'parts'). Each unit has one spelling:
    abbreviations written out ('sq ft' is 'square feet', 'km²' 'square kilometers', 'mph' 'miles per hour', 'km/h'
    and 'kph' 'kilometers per hour', 'kWh' 'kilowatt-hours', 'ppm' 'parts per million', 'mg/dL' 'milligrams per
    deciliter', 'µg/m³' 'micrograms per cubic meter'), a concentration's volume in the singular ('nanomoles per
    litre' is 'nanomoles per liter'), a length inside a compound in the American spelling and the plural ('square
    kilometres' is 'square kilometers', 'a cubic foot cooler' 'cubic feet'), an hour said with 'an' as with 'per'
    ('90 kilometres an hour'); a metric ton is 'tonnes' (the 1,000 kg unit 'tonnes' names; 'tons' alone stays
    'tons', which a US text may mean as 2,000 pounds); 'knots' stays 'knots'. A temperature names its scale when the
    text does, as a word, a letter or a sign ('31 degrees Celsius', '35C', '40°C' are 'degrees celsius'; '95°F'
    'degrees fahrenheit'), and is 'degrees' when it names none. A single word keeps the text's word ('kilometres',
    'metres'). The unit is never the `measures` phrase.

    Number conventions: an article's numbers are read in the convention it writes, decided from the article itself:
    a number with both marks settles it ('1.200,50' against '1,200.50'), else the stop words of its language (German,
    Portuguese, Italian, Spanish, Indonesian, Russian, French and Dutch write a decimal comma; English, and every
    article whose words do not say otherwise, a decimal point). In the decimal-comma convention '1.200' and '24 500'
    are 1200 and 24500, '3,5 %' is 3.5; those languages' scale words ('12 Mio.', '4 Mrd.', '2,3 milhões', 'R$ 650
    mil', '1,2 miliardi', '50 juta', '1,35 трлн'), percent words ('Prozent', 'per cento', 'persen', 'процентов') and
    currencies ('R$' brl, 'Rp' idr, 'руб.' rub, 'Euro' and 'de euros' eur) are read; a day before a month name ('12.
    September', '5 de março') and four bare digits 1900-2099 (a count there is written '2.014') are dates and years.
    The `measures` phrase of such an article is in its own language, made of its sentence's words.

    Shares: 'one in four', 'eight out of 10', 'one of every eight', 'half' and 'a third' are shares, in percent (25,
    80, 12.5, 50, 33.333333): a reader hears a proportion, not a head count. 'Eight of 10 judges' counts eight judges;
    the 10 is what they are counted out of, not a second row ('two of the three rules' counts both: the article gives
    the group's size there). Tries and games in sports are counted alike ('made 15 of 24 shots' counts the 15, 'seven
    of their last nine' both). 'per cent' is percent, as 'percent' and '%' are; sixths and eighths are shares as
    fifths are ('one-eighth of the bill' is 12.5, 'an eighth of', 'five-sixths of').

    Sizes joined to a noun: a number hyphened to the noun it describes says what kind of thing the noun is, and is no
    statistic: a product's size class ('a 12-ounce cup', '19-inch wheels', 'a 13-inch screen', 'a 2.0-liter engine';
    written apart too, a weight or volume before a singular noun: 'a 450 kilogram mine') or a count that makes up
    the thing ('a three-judge panel', 'a 12-city tour', 'a nine-game streak'). Power, output,
    capacity in gallons, barrels or tons, area, distance and resolution are statistics even when hyphened ('a
    180-horsepower engine', 'a 1,000-megawatt plant', 'a 40-acre site', 'a 12-megapixel camera'): they report how much
    the thing does or holds; a distance with its dimension ('a 300-metre-long trench') is one too. A spec that names
    a model or a variant is a size class too ('the 512GB version', 'the 1TB model', 'a Lumen Tab 64GB'); a spec
    given as an amount is a statistic ('with 256GB of storage', 'a 5,000mAh battery', '8.4mm thick').

    Results: a score, a record, a run or a tally ('won 3-2', a 6-5-1 record, 'a 22-6 run', 'voted 7-4', 'went 3 for
    4', a cricket side's or bowler's wickets for runs: 'sunk to 8 for 214', 'took 4 for 52') is a result whose
    numbers mean something only as a pair; one row per number cannot keep the pair, so none is a statistic.

    Rates: the base a rate is told over, after 'per' ('45 deaths per 100,000 people', '4.2 litres per 100 km'), is
    part of the rate and no row of its own; the rate is the row.

    Restatements: a count is reported once. A number after 'the', 'these', 'those' or 'its' that repeats an earlier
    count of the same noun ('five companies', then 'the five companies'), or that points at people or sides already
    named ('the two men', 'the two countries'), is not counted again, nor is an amount after 'that' or 'this' that the
    article already gave. A count followed by the names of all its members ('two developers, Ann Roe and Lee Voss')
    says nothing the names do not, and is not counted; after 'at least', or with 'including' or 'among them', the
    names are examples and the count is a statistic.

    Conversions: a unit conversion in brackets ('5 miles (8 km)') is a row of its own: each row carries one unit, and
    a query in either unit finds the figure.

    Ranges: each end of a range is a row ('$2-3 million' gives 2,000,000 and 3,000,000 usd), linked by range_id; a
    low end under a thousand before a round number of thousands it falls just short of as thousands takes them ('13
    to 14,000 feet' gives 12,000 and 15,000). A bare rising pair from a hundred joined by 'to' ('could make 200 to
    250') is a range of counts; a smaller bare pair ('ages 55 to 65', 'split 4 to 1') or a falling one ('voted 220
    to 207') is none.

    Number words: numbers in words count as digits do ('seven', 'a dozen', 'three hundred and forty' is 230); 'twice'
    and 'three times' are multipliers, but 'double' is no row ('more than double the $2,300' gives the $2,300,
    'doubled' is a change with no figure), as every earlier annotated set has it. 'One' before a singular noun is a
    statistic only when the sentence is about how many ('conceded only one goal', 'with one game left', 'two counts
    of theft and one count of fraud'), not when it says 'a' ('one day', 'with one voice'); the stage counts it after
    'only', after another count and 'and', and before a noun and 'left' or 'remaining'; it also counts after a verb
    of change or a margin and 'by' ('climb by one metre', 'won by one goal'), as the object of a verb of casualties
    ending its clause ('injuring one, police said') and as the last of a list of counts by place ('three in Quebec
    and one in Manitoba'), and after 'except (for)' or 'all but' ('every village except one'); the stage leaves
    other such 'one's out. 'Twice her salary' is a multiplier as 'four times his fee' is; 'a crew of six', 'a
    family of five' count the group the words before them name.

    Where: sub-headings are the article's text (a listing's price in a heading is a row, and so is each figure of a
    deals post's price line: 'Name: $279 (was $429)', 'Name, $99 ($70 off)', 'save 35%'); captions and the
    contributor line are not read.
    """

    doc_id: str = pa.Field(str_matches=SHA256_HEX, description="the document")
    stat_idx: int = pa.Field(ge=0, description="0-based position in the article")
    text: str = pa.Field(str_length={"min_value": 1}, description="surface form, e.g. '$1.2 billion'")
    value: float = pa.Field(description="normalised value: '$1.2 billion' -> 1.2e9; finiteness is a quality check")
    unit: str = pa.Field(
        str_matches=r"^[a-z][a-z _-]*$",
        description="'percent', 'percentage points', 'count', 'times' (a multiplier), an ISO 4217 code in lowercase "
        "('usd'), a plural noun ('people', 'megawatts') or a compound unit written out in one spelling ('square feet', "
        "'miles per hour', 'kilowatt-hours', 'parts per million', 'tonnes' for metric tons; see Units)",
    )
    measures: str | None = pa.Field(
        nullable=True,
        description="what the number counts or measures, a short phrase from its clause ('rise in exports', "
        "'people injured', 'margin of error'); never a lone stop word or the unit; null when the text does not say",
    )
    qualifier: str | None = pa.Field(nullable=True, description="approximation word: 'nearly', 'more than', ...")
    range_id: int | None = pa.Field(nullable=True, ge=1, description="links the two ends of a range")
    reported_by: str | None = pa.Field(
        nullable=True, description="who reports the number, when the sentence names one (e.g. 'the ministry')"
    )
    paragraph_idx: int = pa.Field(ge=0, description="paragraph holding the number")
    char_start: int = pa.Field(ge=0, description="start offset in documents.clean_text")
    char_end: int = pa.Field(ge=1, description="end offset (exclusive) in documents.clean_text")

    class Config(TableContract.Config):
        unique = ["doc_id", "stat_idx"]
