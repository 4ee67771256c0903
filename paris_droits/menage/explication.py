"""French sentences explaining a condition: the household's figure, the threshold
actually used (read from the parameters or a threshold variable of the rules), the
comparison and the reference. Never a second copy of the rules: the verdict is the
condition variable's value; the figures only make it readable.
"""

from __future__ import annotations

from paris_droits.catalogue.registre import CONTRAIRES, OPERATEURS, Comparaison, Condition
from paris_droits.commun.format import euros, nombre


def formater(valeur: float, unite: str) -> str:
    if unite == "€":
        return euros(valeur)
    if unite == "tranche":
        return str(int(valeur))
    entier = float(valeur).is_integer()
    texte = nombre(valeur, 0 if entier else 2)
    if unite in ("ans", "an"):
        return f"{texte} an" if valeur in (0, 1) else f"{texte} ans"
    if unite == "%":
        return f"{nombre(valeur * 100, 1)} %"
    if unite:
        # "mois" is the same in the singular.
        singulier = unite[:-1] if unite.endswith("s") and unite != "mois" else unite
        return f"{texte} {singulier if valeur in (0, 1) else unite}"
    return texte


def valeur_parametre(systeme, chemin: str, periode: str) -> float:
    # Walk down to the leaf, then read it at the period: `parameters(periode)` would build the
    # whole tree at that instant for one value.
    noeud = systeme.parameters
    for morceau in chemin.split("."):
        noeud = noeud.children[morceau]
    return float(noeud(periode))


def phrase_comparaison(comparaison: Comparaison, valeur: float, seuil: float, remplie: bool, reference: str) -> str:
    operateur = OPERATEURS[comparaison.operateur] if remplie else CONTRAIRES[comparaison.operateur]
    return (
        f"{comparaison.libelle_valeur} {formater(valeur, comparaison.unite)} {operateur} "
        f"{comparaison.libelle_seuil} {formater(seuil, comparaison.unite)}, {reference}"
    )


def phrase_simple(condition: Condition, remplie: bool) -> str:
    etat = "condition remplie" if remplie else "condition non remplie"
    return f"{condition.phrase.rstrip('.')} : {etat}, {condition.reference}"


def phrase_incertaine(condition: Condition, remplie: bool) -> str:
    """A condition that reads an input the household did not give: the engine presumed it."""
    etat = "non renseignée, supposée remplie" if remplie else "non renseignée, à vérifier"
    return f"{condition.phrase.rstrip('.')} : {etat}, {condition.reference}"
