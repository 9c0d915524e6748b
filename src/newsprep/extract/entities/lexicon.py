"""Closed word lists behind the entity rules (titles, credit words, country aliases).

They are lists of kinds of words, not of documents: a rule that needs a word list reads it from here so
that the rules themselves stay patterns over tokens and capitalisation.
"""

from __future__ import annotations


def _word_set(block: str, *, casefold: bool = False) -> frozenset[str]:
    return frozenset(w.casefold() if casefold else w for w in block.split())


# Words that make a person's title ("Chinese Foreign Minister", "U.S. Defense Secretary", "Dr."); a PERSON
# span loses everything up to its last title word.
TITLE_WORDS = _word_set(
    """
    President President-elect Vice Prime Premier Minister Secretary Secretary-General Chancellor
    Governor Gov. Mayor Senator Sen. Sens. Rep. Reps. Representative Congressman Congresswoman
    Councilman Councilwoman Dr. Dr Drs. Prof. Professor Mr. Mr Mrs. Mrs Ms. Ms Miss Mx. Judge Justice
    Chief Gen. General Lt. Lt Lieutenant Col. Colonel Capt. Captain Sgt. Sergeant Maj. Major Adm.
    Admiral Cmdr. Commander Officer Detective Det. Sheriff King Queen Prince Princess Pope Rev. Reverend
    Father Cardinal Bishop Archbishop Rabbi Imam Sheikh Speaker Ambassador Commissioner Director
    Chairman Chairwoman Chair Chairperson CEO Sir Dame Lord Lady Attorney Coach Spokesman Spokeswoman
    Spokesperson Leader Deputy Assistant Acting Undersecretary Under-Secretary Envoy Adviser Advisor
    Czar Tsar Emir Crown Ayatollah Supreme Former Senior First Lady Ex-President Sen Rep Gov
    """,
    casefold=True,
)

# Capitalised words naming a ministry or portfolio: on their own (or around a title word) they are part of a
# title, not an organisation ("Secretary of State", "Defense Secretary").
PORTFOLIO_WORDS = _word_set(
    """
    State Defense Defence Treasury Foreign Affairs Homeland Security Interior Justice Energy Commerce
    Labor Labour Health Education Agriculture Transportation Transport Finance Trade Home Environment
    Housing Veterans Economy Economic Culture Interior War Navy Army Air Force General Affairs National
    Public Human Services Development Urban Internal External International Intelligence Relations
    Industry
    """,
    casefold=True,
)

LINK_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "de", "du", "des", "la", "le", "&", "to"})

# Function words that start a new sentence; a span running over "U.S. However" ends before them.
SENTENCE_STARTERS = _word_set(
    """
    However But And Meanwhile Still Yet Moreover Also Instead Then Now So The This That These Those It
    He She They We I You In On At For If When While After Before Although Though Because Since As Here
    There What Why How Who Earlier Later Last Next Today Yesterday Tomorrow Even Many Most Some Such
    Both Neither Nor Its His Her Their Our A An
    """
)

# Words that make a credit chunk an organisation rather than a photographer.
ORG_WORDS = _word_set(
    """
    Images Image Photo Photos Pictures Picture Press News Agency Service Services Navy Army Marine
    Marines Air Force Department Office Ministry Government Police Times Post Journal Tribune Herald
    Media Network Associated Reuters AFP Bloomberg Handout Library Archive Archives Museum Foundation
    University Institute Center Centre Council Committee Commission Corps Guard Agency Group Inc. Inc
    Co. Ltd. LLC Studios Studio Films TV Television Radio Broadcasting Newspapers Magazine Stock
    Collection Wire Pool Courtesy Xinhua Kyodo Yonhap Anadolu NPR NASA White House Senate Congress
    Parliament Party Campaign
    """,
    casefold=True,
)

# Credit words that name no entity ("Pool Photo via AP": the pool is not an organisation).
NON_ENTITY_CREDIT_WORDS = _word_set(
    """
    Pool Photo Photos Photograph Photographs Photographer Handout File Staff Contributor Courtesy
    Illustration Illustrations Image Images Video Screenshot Screengrab Still Stills Provided Supplied
    Via By Of Photo: Credit Credit: Inc Inc. LLC Ltd Ltd. Co Co. Corp Corp.
    """,
    casefold=True,
)

CREDIT_PREFIXES = ("photo by ", "photos by ", "photograph by ", "courtesy of ", "courtesy ", "credit: ", "via ")

# Heads that make a place a building or a room (FAC), not a GPE or LOC.
FACILITY_HEADS = _word_set(
    """
    Room Hall Building Tower Towers Bridge Airport Stadium Arena Square Street St. Avenue Ave. Road
    Boulevard Palace Cathedral Church Mosque Temple Station Terminal Plaza Mall Center Centre Office
    Embassy Consulate
    """,
    casefold=True,
)

# Formal and short names of the same country; keys are normalised (casefold, no periods, straight quotes).
COUNTRY_ALIASES: dict[str, str] = {
    "united states": "us",
    "united states of america": "us",
    "usa": "us",
    "united kingdom": "uk",
    "great britain": "uk",
    "britain": "uk",
    "prc": "china",
    "people's republic of china": "china",
    "peoples republic of china": "china",
    "dprk": "north korea",
    "democratic people's republic of korea": "north korea",
    "rok": "south korea",
    "republic of korea": "south korea",
    "russian federation": "russia",
    "uae": "united arab emirates",
    "drc": "democratic republic of the congo",
}

# Honorifics that precede a person's name in news copy; the capitalised words after them are a name.
# Kept narrower than TITLE_WORDS: "General Motors" or "Chief Justice" must not start a name.
HONORIFICS = _word_set(
    """
    Mr. Mrs. Ms. Dr. Prof. Professor Mayor Gov. Governor Sen. Senator Rep. Representative Councilman
    Councilwoman Councilmember Congressman Congresswoman President Minister Secretary Chancellor Premier
    Judge Ambassador Commissioner Gen. Lt. Col. Capt. Sgt. Adm. Sheriff Rev. Pope
    """
)

# Last words that make a name an organisation even when the model says PERSON ("Calder Semiconductor").
ORG_HEADS = _word_set(
    """
    Semiconductor Semiconductors Systems Technologies Technology Inc. Inc Corp. Corp Corporation Company
    Co. Group Holdings Bank Partners Capital Airlines Airways Motors Pharmaceuticals Pharma Labs
    Laboratories Foundation Institute Institution University College School Association Council
    Committee Commission Authority Agency Department Ministry Party Union Club Society Societies Network
    News Times Post Press Fund Trust Alliance Coalition League Federation Organization Organisation
    Bureau Board Court Police Industries Enterprises Media Studios Ventures LLC Ltd. Ltd
    """,
    casefold=True,
)
