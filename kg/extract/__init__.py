"""Fact rules, registered under versioned names.

`RULES` maps a rule name to (version, function), in the order they run over an article:
each rule reads every sentence before the next starts, so types the role rule settles
("X, PDG de Renault": Renault is an organization) are known to the claim rule. A changed
rule is registered as a new version beside the old one; the evidence of every fact names the
rule and version that read it.
"""

from __future__ import annotations

from kg.extract.base import Context, Document, Rule
from kg.extract.claims import find_claims
from kg.extract.investments import find_investments
from kg.extract.investments_other import find_cost, find_received, find_undisclosed
from kg.extract.partnerships import find_partnerships
from kg.extract.roles import find_roles
from kg.extract.roles_lists import find_listed_posts
from kg.extract.roles_presided import find_heads, find_presided

RULES: dict[str, tuple[int, Rule]] = {
    "roles": (1, find_roles),
    "roles.listed_posts": (1, find_listed_posts),
    "roles.presided": (1, find_presided),
    "roles.heads": (1, find_heads),
    "investments": (1, find_investments),
    "investments.undisclosed": (1, find_undisclosed),
    "investments.cost": (1, find_cost),
    "investments.received": (1, find_received),
    "partnerships": (1, find_partnerships),
    "claims": (1, find_claims),
}

__all__ = ["RULES", "Context", "Document", "Rule"]
