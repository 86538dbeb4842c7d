"""Names that are part of a technical term, not a person or a place (issue 14).

Coding-agent conversations (``tests/data/external/agent_trajectories``) talk about maths,
crypto and data formats, where spaCy reads the name in a term as a PERSON or a place:

- **Eponyms**: one capitalised word, then a possessive and a noun that names a result or a
  technique ("Goldbach's conjecture", "Euler's totient", "Hastad's Broadcast Attack", "Bayes'
  theorem", "Dijkstra's algorithm"). The nouns are ones a person's own possession rarely takes
  in chat ("Sarah's code", "Tom's number", "Ana's identity" keep their names), and only a
  single word counts: a full name before the term ("Pierre de Fermat's theorem") is still a
  name.
- **Code nouns after the entity**: a capitalised phrase followed by a word that makes it the
  name of a member of a data format or program ("the Pixel Representation attribute", "the
  Patient Name element"); lower-case only, and not "field" or "property" ("the Boston field
  office", "the Brooklyn property" are places).
- **Section numbers after a word**: "# PS 3.3, Annex C.7.6.3", "see Appendix B.2": a document
  part, not a name.
"""

from __future__ import annotations

import re

# nouns that follow an eponym: results, laws and named techniques
_EPONYM_NOUNS = (
    "conjecture|theorem|lemma|laws?|totient|formula|constant|inequality|principle|hypothesis"
    "|transform|equation|paradox|criterion|sieve|algorithm|attack|cipher|notation|razor"
    "|corollary|postulate"
)
_EPONYM_AFTER = re.compile(
    r"['\u2019]s?(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]+(?i:" + _EPONYM_NOUNS + r")\b"
)
# words that turn the capitalised phrase before them into a schema member
_CODE_NOUN_AFTER = re.compile(
    r"[ \t]+(?:attribute|attributes|element|elements|enum|macro|struct|parameter|param|keyword)\b"
)


# a section number after the word: "Annex C.7.6.3", "Appendix B.2", "Part 3.1"
_SECTION_AFTER = re.compile(r"[ \t]+(?:[A-Z]\.)?\d+(?:\.\d+)+\b")


def technical_term(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a PERSON or place candidate) names part of a technical
    term: a one-word eponym ("Euler's totient"), a data-format member ("the Pixel
    Representation attribute") or a document part ("Annex C.7.6.3")."""
    value = text[start:end]
    if " " not in value.strip() and _EPONYM_AFTER.match(text, end):
        return True
    return bool(_CODE_NOUN_AFTER.match(text, end) or _SECTION_AFTER.match(text, end))
