"""Organisations as speakers: documents, organisation nouns, spokespeople, campaigns and public bodies,
resolved to the organisation by its full name.

- ``as_speakers``: organisation nouns and spokespeople (``the network said``, ``a Lanark spokesman``).
- ``documents``: documents as speakers (``the statement said``) and who issued them.
- ``kinds``: the kinds of organisation noun, and which organisation a noun fits.
- ``nouns``: which organisation ``the agency said`` means (``organisation_described``, a table of named steps).
- ``names``: an organisation's name as an attribution writes it.
- ``public_bodies``: bodies named by no noun of their kind (``the Pentagon``).
- ``campaigns``: a candidate's campaign as a speaker (``the Pell campaign said``).
- ``located_bodies``: a speaker written with where it is (``police in Velden said``).
"""

from newsprep.extract.quotes.organisations.as_speakers import (
    OFFICIALS,
    ORG_NOUNS,
    OWNED_VOICES,
    SPOKESPEOPLE,
    body_of_portfolio,
    completed_organisation,
    full_organisation,
    is_organisation_noun,
    nearest_organisation,
    official_of_noun,
    org_name,
    organisation_modifier,
    organisation_subjects,
    portfolio_fits,
    spoken_for_noun,
    without_article,
)
from newsprep.extract.quotes.organisations.campaigns import (
    CAMPAIGN,
    campaign_candidate,
    campaign_name,
    campaign_text,
    is_campaign,
    owns_campaign,
)
from newsprep.extract.quotes.organisations.documents import (
    DOCUMENT_NOUNS,
    document_introduction,
    document_named_before,
    document_owner,
    issuer_after,
    organisation_owning,
)
from newsprep.extract.quotes.organisations.located_bodies import body_before_place
from newsprep.extract.quotes.organisations.names import (
    name_after_kind_noun,
    organisations_taken_for_people,
    whole_organisation,
    whole_organisation_end,
)
from newsprep.extract.quotes.organisations.nouns import organisation_described

__all__ = [
    "CAMPAIGN",
    "DOCUMENT_NOUNS",
    "OFFICIALS",
    "ORG_NOUNS",
    "OWNED_VOICES",
    "SPOKESPEOPLE",
    "body_before_place",
    "body_of_portfolio",
    "campaign_candidate",
    "campaign_name",
    "campaign_text",
    "completed_organisation",
    "document_introduction",
    "document_named_before",
    "document_owner",
    "full_organisation",
    "is_campaign",
    "is_organisation_noun",
    "issuer_after",
    "name_after_kind_noun",
    "nearest_organisation",
    "official_of_noun",
    "org_name",
    "organisation_described",
    "organisation_modifier",
    "organisation_owning",
    "organisation_subjects",
    "organisations_taken_for_people",
    "owns_campaign",
    "portfolio_fits",
    "spoken_for_noun",
    "whole_organisation",
    "whole_organisation_end",
    "without_article",
]
