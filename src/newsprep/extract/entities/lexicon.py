"""Closed word lists only the entity rules read (portfolios, credit words, facilities, honorifics).

They are lists of kinds of words, not of documents: a rule that needs a word list reads it from here so
that the rules themselves stay patterns over tokens and capitalisation. The lists other stages read too (titles,
name particles, organisation heads, sentence openers) are in ``newsprep.text``.
"""

from __future__ import annotations

from newsprep.text import ORG_HEADS, ORG_KIND_NOUNS, word_set

# Capitalised words naming a ministry or portfolio: on their own (or around a title word) they are part of a
# title, not an organisation ("Secretary of State", "Defense Secretary").
PORTFOLIO_WORDS = word_set(
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

# Words that make a credit chunk an organisation rather than a photographer.
ORG_WORDS = word_set(
    """
    Images Image Photo Photos Pictures Picture Press News Agency Service Services Navy Army Marine
    Marines Air Force Department Office Ministry Government Police Times Post Journal Tribune Herald
    Media Network Associated Reuters AFP Bloomberg Handout Library Archive Archives Museum Foundation
    University Institute Center Centre Council Committee Commission Corps Guard Agency Group Inc. Inc
    Co. Ltd. LLC Studios Studio Films TV Television Radio Broadcasting Newspapers Magazine Stock
    Collection Wire Pool Courtesy Xinhua Kyodo Yonhap Anadolu NPR NASA Senate Congress Parliament Party
    Campaign
    """,
    casefold=True,
)

ORG_PHRASES = ("white house",)
"""Names of organisations whose words are each a person's name too ("Jack White/AP" is a photographer): a credit
piece holding one of these (casefolded) is an organisation."""

# Credit words that name no entity ("Pool Photo via AP": the pool is not an organisation).
NON_ENTITY_CREDIT_WORDS = word_set(
    """
    Pool Photo Photos Photograph Photographs Photographer Handout File Staff Contributor Courtesy
    Illustration Illustrations Image Images Video Screenshot Screengrab Still Stills Provided Supplied
    Via By Of Photo: Credit Credit: Inc Inc. LLC Ltd Ltd. Co Co. Corp Corp.
    """,
    casefold=True,
)

CREDIT_PREFIXES = ("photo by ", "photos by ", "photograph by ", "courtesy of ", "courtesy ", "credit: ", "via ")

# Heads that make a place a building or a room (FAC), not a GPE or LOC.
FACILITY_HEADS = word_set(
    """
    Room Hall Building Tower Towers Bridge Airport Stadium Arena Square Street St. Avenue Ave. Road
    Boulevard Palace Cathedral Church Mosque Temple Station Terminal Plaza Mall Center Centre Office
    Embassy Consulate
    """,
    casefold=True,
)

# Honorifics that precede a person's name in news copy; the capitalised words after them are a name.
# Kept narrower than TITLE_WORDS: "General Motors" or "Chief Justice" must not start a name.
HONORIFICS = word_set(
    """
    Mr. Mrs. Ms. Dr. Prof. Professor Mayor Gov. Governor Sen. Senator Rep. Representative Councilman
    Councilwoman Councilmember Congressman Congresswoman President Minister Secretary Chancellor Premier
    Judge Ambassador Commissioner Gen. Lt. Col. Capt. Sgt. Adm. Sheriff Rev. Pope
    """
)

# Nouns for what a person is or does, in lower case right before a name ("dairy farmer Ann Lee"), set off before it
# ("a director, Ann Lee,") or heading an apposition after it ("Ann Lee, an analyst at ..."): the name is a person's,
# whatever label the model gave it. Round e8 added the roles of a board, a council and a debate ("Board member",
# "councillor", "volunteer", "moderator", "deputy", "chair"), each before a person tagged ORG in readable text.
PERSON_ROLE_NOUNS = word_set(
    """
    analyst economist strategist farmer rancher grower fisherman founder co-founder director manager
    executive editor reporter correspondent writer author columnist critic professor researcher scientist teacher
    student lawyer attorney spokesman spokeswoman spokesperson consultant engineer doctor physician nurse coach
    player actor actress singer musician artist historian activist resident worker official chairman
    chairwoman president entrepreneur member councillor councilor volunteer moderator deputy chair
    """,
    casefold=True,
)

# The head nouns of an institution's name, which goes on past them with "of" or "for" ("Reserve Bank of <City>",
# "Committee for an Open <Noun>", "Center for <Field> Studies"). A company's legal form or trade word (Inc., Holdings,
# Partners, Group, Media) ends its name: "<Name> Holdings of <City>" says where the company is, so those are left out.
INSTITUTION_HEADS = word_set(
    """
    Bank Foundation Institute Institution University College School Association Council Committee Commission
    Authority Agency Department Ministry Party Union Society Federation Organization Organisation Bureau Board
    Court Alliance Coalition League Center Centre Office Academy Conference
    """,
    casefold=True,
)

ORGANISATION_WORDS = ORG_HEADS | ORG_KIND_NOUNS | FACILITY_HEADS | PORTFOLIO_WORDS
"""Words of an organisation's, a building's or a portfolio's name (case-folded): a name holding one is no person's."""
