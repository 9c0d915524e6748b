"""How a quantity is written and what value it has: digits, number words, scales, currencies, units. Nothing
here decides whether a number is a statistic (``detection``) or what it measures (``measures``); these modules import
no other part of the statistics package.

- ``quantities``: the written forms of a quantity (digits, number words, scales, percent signs, ranges) and their
  values (``Quantity``);
- ``currencies``: the signs, codes and words money is written with, and the ISO 4217 code of each;
- ``dollar_country``: whose dollars a bare '$' is, from the country the article names;
- ``minor_units``: prices in cents or pence, read in the main unit of their currency;
- ``compound_units``: a unit of several words or signs read whole ('square feet', 'miles per hour', 'kWh');
- ``fraction_values``: fractions of a group as written ('one in five', 'three-quarters') and their values in percent.
"""

from newsprep.extract.statistics.numbers.compound_units import AMOUNT_NAMES, LENGTH_NAMES, compound_unit_at
from newsprep.extract.statistics.numbers.currencies import CODES, currency_code
from newsprep.extract.statistics.numbers.dollar_country import bare_dollar_code, is_bare_dollar
from newsprep.extract.statistics.numbers.fraction_values import (
    FRACTION_IN,
    FRACTION_NOUN_IN,
    FRACTION_PART,
    fraction_in_value,
    fraction_part_value,
    share_group_noun,
)
from newsprep.extract.statistics.numbers.minor_units import (
    CENT_CURRENCIES,
    cent_priced,
    in_main_unit,
    is_minor_unit,
    nearest_cent_currency,
)
from newsprep.extract.statistics.numbers.quantities import (
    QUANTITY,
    RANGE,
    WORD_VALUES,
    Quantity,
    digit_value,
    inherit_range_end,
    quantity_bounds,
    quantity_from,
    quantity_pattern,
    scaled,
    word_value,
)

__all__ = [
    "AMOUNT_NAMES",
    "CENT_CURRENCIES",
    "CODES",
    "FRACTION_IN",
    "FRACTION_NOUN_IN",
    "FRACTION_PART",
    "LENGTH_NAMES",
    "QUANTITY",
    "RANGE",
    "WORD_VALUES",
    "Quantity",
    "bare_dollar_code",
    "cent_priced",
    "compound_unit_at",
    "currency_code",
    "digit_value",
    "fraction_in_value",
    "fraction_part_value",
    "in_main_unit",
    "inherit_range_end",
    "is_bare_dollar",
    "is_minor_unit",
    "nearest_cent_currency",
    "quantity_bounds",
    "quantity_from",
    "quantity_pattern",
    "scaled",
    "share_group_noun",
    "word_value",
]
