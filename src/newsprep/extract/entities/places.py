"""A small gazetteer of places news writes about: countries, U.S. states, major cities and regions.

The small model tags a bare place name used as a modifier ("the Bali talks") as a PERSON; a name listed here
that no full person name in the article contains is a place. Names that are also common given names or
surnames on their own (Chad, Jordan, Georgia, Austin, Victoria...) are left out on purpose.
"""

from __future__ import annotations

_COUNTRIES = """
Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|
Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|
Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|
Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|
Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guyana|
Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|
Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|
Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|
Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|New Zealand|
Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|
Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|
Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|
South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|
Thailand|Togo|Tonga|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|
Britain|England|Scotland|Wales|Northern Ireland|United States|Uruguay|Uzbekistan|Vanuatu|Venezuela|Vietnam|
Yemen|Zambia|Zimbabwe|Hong Kong|Macau|Greenland|Puerto Rico|Gaza|West Bank|Crimea|Tibet|Xinjiang
"""

_US_STATES = """
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|
Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|
Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|
Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|
West Virginia|Wisconsin|Wyoming
"""

_CITIES_AND_REGIONS = """
Beijing|Shanghai|Guangzhou|Shenzhen|Wuhan|Nanjing|Taipei|Tokyo|Osaka|Seoul|Pyongyang|Manila|Jakarta|Bali|
Bangkok|Hanoi|Kuala Lumpur|New Delhi|Delhi|Mumbai|Kolkata|Karachi|Islamabad|Lahore|Kabul|Tehran|Baghdad|
Damascus|Beirut|Jerusalem|Tel Aviv|Amman|Riyadh|Dubai|Abu Dhabi|Doha|Ankara|Istanbul|Cairo|Tripoli|Tunis|
Algiers|Nairobi|Lagos|Abuja|Johannesburg|Cape Town|Addis Ababa|Khartoum|Kinshasa|Moscow|St. Petersburg|
Kyiv|Kiev|Kharkiv|Odesa|Mariupol|Minsk|Warsaw|Berlin|Munich|Frankfurt|Hamburg|Paris|Marseille|Lyon|London|
Manchester|Edinburgh|Dublin|Brussels|Amsterdam|The Hague|Geneva|Zurich|Vienna|Prague|Budapest|Rome|Milan|
Naples|Madrid|Barcelona|Lisbon|Athens|Stockholm|Oslo|Copenhagen|Helsinki|Reykjavik|Ottawa|Toronto|Montreal|
Vancouver|Mexico City|Havana|Caracas|Bogota|Lima|Santiago|Buenos Aires|Sao Paulo|Rio de Janeiro|Brasilia|
Sydney|Melbourne|Canberra|Auckland|Wellington|Los Angeles|San Francisco|Chicago|Houston|Dallas|Phoenix|
Philadelphia|Boston|Atlanta|Miami|Seattle|Denver|Detroit|Baltimore|Pittsburgh|Cleveland|New Orleans|
Las Vegas|San Diego|Sacramento|Minneapolis|St. Louis|Nashville|Memphis|Portland|Brooklyn|Manhattan|
Queens|Bronx|Harlem|Silicon Valley|Asia|Europe|Africa|Antarctica|Oceania|North America|South America|
Latin America|Middle East|Caribbean|Balkans|Scandinavia|Siberia|Kashmir|Punjab|Kurdistan|Donbas|Sahel|
Hokkaido|Okinawa|Sicily|Sardinia|Corsica|Crete|Java|Sumatra|Borneo|Mindanao|Luzon|Bataan|Hainan
"""


def _names(block: str) -> frozenset[str]:
    names = (n.strip().casefold().replace(".", "") for n in block.replace("\n", "").split("|"))
    return frozenset(n.removeprefix("the ") for n in names if n)


PLACE_KEYS = _names(_COUNTRIES) | _names(_US_STATES) | _names(_CITIES_AND_REGIONS)
