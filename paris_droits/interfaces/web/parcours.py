"""Which questions the form still asks: only those that can change a verdict.

After each step the household described so far is evaluated with every question not yet answered
declared unknown (the fiche's `ne_sait_pas`). An aid is out of reach when one of its conditions fails
on facts already given (a condition reads its inputs through the rules' static dependency graph,
paris_droits.menage.dependances); a question is still asked when its variable feeds an aid that is not
out of reach. Person questions are asked only of the members they concern (questions.concerne).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from paris_droits.catalogue import registre as catalogue
from paris_droits.commun.erreurs import ErreurParisDroits
from paris_droits.interfaces.web.questions import (
    NOMS_ETAPES,
    QUESTIONS,
    Question,
    applicable,
    concerne,
    questions_de,
)
from paris_droits.menage.dependances import dependances
from paris_droits.menage.evaluation import NON_ELIGIBLE, evaluer
from paris_droits.menage.fiche import NE_SAIT_PAS
from paris_droits.regles.systeme import systeme

ETAPES_TOUJOURS = ("menage", "personnes")


@dataclass(frozen=True)
class Membre:
    """A member of the household as the form names it: `prefixe` « a0 » (first adult), « e1 » (second child)…"""

    prefixe: str
    role: str  # « adultes » or « enfants »
    rang: int
    personne: dict
    age: int | None

    @property
    def nom(self) -> str:
        prenom = str(self.personne.get("prenom") or "").strip()
        if prenom:
            return prenom
        if self.role == "adultes":
            return "Demandeur ou demandeuse" if self.rang == 0 else f"Adulte {self.rang + 1}"
        return f"Enfant {self.rang + 1}"


def age_de(personne: dict, periode: str | None) -> int | None:
    """A member's age at the end of the month computed, from `age` or `date_naissance`."""
    if isinstance(personne.get("age"), int) and not isinstance(personne.get("age"), bool):
        return personne["age"]
    naissance = personne.get("date_naissance")
    if isinstance(naissance, str):
        try:
            naissance = datetime.date.fromisoformat(naissance)
        except ValueError:
            return None
    if not isinstance(naissance, datetime.date):
        return None
    try:
        annee, mois = (int(x) for x in str(periode).split("-"))
    except ValueError:
        return None
    return annee - naissance.year - (mois < naissance.month)


def membres(fiche: dict) -> list[Membre]:
    liste = []
    for role, lettre in (("adultes", "a"), ("enfants", "e")):
        for rang, personne in enumerate(fiche.get(role) or []):
            if isinstance(personne, dict):
                liste.append(Membre(f"{lettre}{rang}", role, rang, personne, age_de(personne, fiche.get("periode"))))
    return liste


def _repondue(cible: dict, variable: str) -> bool:
    return variable in cible or variable in (cible.get(NE_SAIT_PAS) or [])


def inconnues(fiche: dict) -> set[str]:
    """Input variables not known yet: the questions that apply and are not answered, and the « je ne sais pas »."""
    resultat = set(fiche.get(NE_SAIT_PAS) or [])
    for membre in membres(fiche):
        resultat.update(membre.personne.get(NE_SAIT_PAS) or [])
    for question in QUESTIONS:
        if question.personnes is None:
            if applicable(question, fiche) and not _repondue(fiche, question.variable):
                resultat.add(question.variable)
        elif any(concerne(question, m.role, m.age) and not _repondue(m.personne, question.variable) for m in membres(fiche)):
            resultat.add(question.variable)
    return resultat


def _possible(resultat, aide, deps, inconnus: set[str]) -> bool:
    """An aid is out of reach when one of its conditions fails on facts already known."""
    if resultat.statut != NON_ELIGIBLE:
        return True
    if not resultat.conditions:
        return False
    echecs = [c for c in resultat.conditions if not c.remplie]
    if any(not (deps.entrees(c.variable) & inconnus) for c in echecs):
        return False
    return bool(echecs) or bool((deps.entrees(aide.montant) | deps.entrees(aide.eligible)) & inconnus)


@dataclass(frozen=True)
class Plan:
    """What is still worth asking: the input variables that feed an aid within reach, and those aids."""

    variables: frozenset[str] | None  # None: everything (the household cannot be evaluated yet)
    aides: tuple[str, ...]

    def utile(self, question: Question) -> bool:
        return self.variables is None or question.variable in self.variables


def planifier(fiche: dict) -> Plan:
    tbs = systeme()
    inconnus = inconnues(fiche)
    partielle = {**fiche, NE_SAIT_PAS: sorted(set(fiche.get(NE_SAIT_PAS) or []) | inconnus)}
    try:
        evaluation = evaluer(partielle)
    except ErreurParisDroits:
        return Plan(None, catalogue.slugs())
    deps = dependances(tbs)
    variables: set[str] = set()
    possibles = []
    for resultat in evaluation.aides:
        aide = catalogue.aide(resultat.slug)
        if _possible(resultat, aide, deps, inconnus):
            possibles.append(resultat.slug)
            variables |= deps.entrees(aide.montant) | deps.entrees(aide.eligible)
    return Plan(frozenset(variables), tuple(possibles))


def questions_affichees(etape: str, fiche: dict, plan: Plan) -> list[tuple[Membre | None, Question]]:
    """The questions of a step for this household: (None, q) for the household, (member, q) for a person."""
    toujours = etape in ETAPES_TOUJOURS
    affichees: list[tuple[Membre | None, Question]] = []
    for question in questions_de(etape):
        if question.personnes is None and applicable(question, fiche) and (toujours or plan.utile(question)):
            affichees.append((None, question))
    for membre in membres(fiche):
        for question in questions_de(etape):
            if question.personnes and concerne(question, membre.role, membre.age) and (toujours or plan.utile(question)):
                affichees.append((membre, question))
    return affichees


def etape_utile(etape: str, fiche: dict, plan: Plan) -> bool:
    return etape in ETAPES_TOUJOURS or bool(questions_affichees(etape, fiche, plan)) or (etape == "prestations" and bool(plan.aides))


def voisine(etape: str, fiche: dict, plan: Plan, sens: int) -> str | None:
    """The next (sens 1) or previous (sens -1) step with a question to ask, or None."""
    rang = NOMS_ETAPES.index(etape) + sens
    while 0 <= rang < len(NOMS_ETAPES):
        if etape_utile(NOMS_ETAPES[rang], fiche, plan):
            return NOMS_ETAPES[rang]
        rang += sens
    return None
