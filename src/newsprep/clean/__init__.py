"""Clean: one decoded article to its headline, paragraphs (body, sub-heading, contributor line), photo captions with
their credits, dateline, contributors and the outlet whose page it is. Pure.

- ``article``: ``clean_article``, the stage: the headline, the paragraphs and their kinds, dateline, contributors.
- ``profiles``: the outlet profiles (one TOML file per outlet shape, built-in and a user's folder), loaded and checked.
- ``furniture``: the page furniture lines (share bars, bylines, date lines, ads, topic lists) a matched profile names.
- ``embeds``: an embedded social post's widget lines (its counts, its ad-disclosure link), dropped on any page, and
  the media link glued to its text (``pic.twitter.com/<id>``).
- ``follow_lines``: a page's calls to follow an account on a platform ('Follow us on X'), dropped on any page.
- ``labelled_captions``: captions printed once in a profile's shape ("Caption. Photograph: Name/Agency").
- ``captions``: the photo captions and credits a scrape repeats around its caption buttons, found by structure.
- ``caption_markers``: the caption buttons' markers ('hide caption', 'enlarge this image') peeled off the lines.
"""

from newsprep.clean.article import clean_article
from newsprep.clean.profiles import Profile, ProfileError, builtin_profiles, load_profiles

__all__ = ["Profile", "ProfileError", "builtin_profiles", "clean_article", "load_profiles"]
