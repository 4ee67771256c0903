"""Editing a reform by hand: the parameters of an aid a policy officer may change, with their value in
force, unit, reference and date, and the parametric reform (YAML) an edit makes.

The parameters of an aid are the leaves of `parameters/<famille>/<aide>/` (the folders mirror the
aids), each with its metadata; an amount grid (the canteen tariffs) is one parameter whose value is
the list of its amounts. The YAML written is the format `paris-droits reforme comparer --reforme
fichier.yaml` reads (paris_droits.regles.reformes), so what a page computes, the command line computes.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import yaml
from openfisca_core.parameters import ParameterNode, ParameterScale

from paris_droits.catalogue import registre as catalogue
from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.regles.reformes import CLE_LIBELLE, premiere_date
from paris_droits.regles.systeme import systeme

UNITES = {"currency-EUR": "€", "/1": "", "year": "ans", "month": "mois", "person": "personnes", "child": "enfants"}


@dataclass(frozen=True)
class ParametreReformable:
    chemin: str  # the parameter's path, as a reform names it
    libelle: str
    valeur: float | list[float]  # a list for an amount grid (one amount per bracket)
    unite: str
    reference: str
    href: str | None
    depuis: str  # the date its value in force took effect (AAAA-MM-JJ)
    existe_depuis: str = ""  # the parameter's first value (AAAA-MM-JJ): a reform may not start earlier

    @property
    def bareme(self) -> bool:
        return isinstance(self.valeur, list)


def _noeud_de_l_aide(aide, tbs) -> ParameterNode | None:
    noeud = tbs.parameters.children.get(aide.famille)
    if noeud is None:
        return None
    return noeud if aide.famille == aide.slug else noeud.children.get(aide.slug)


def _feuilles(noeud, prefixe: str):
    if isinstance(noeud, ParameterNode):
        for nom, enfant in noeud.children.items():
            yield from _feuilles(enfant, f"{prefixe}.{nom}")
    else:
        yield prefixe, noeud


def _depuis(valeurs, date: str) -> str:
    return next((v.instant_str for v in valeurs if v.instant_str <= date and v.value is not None), "")


def _parametre(chemin: str, feuille, date: str) -> ParametreReformable | None:
    metadonnees = feuille.metadata or {}
    references = metadonnees.get("reference") or []
    premiere = references[0] if references and isinstance(references[0], dict) else {}
    if isinstance(feuille, ParameterScale):
        en_vigueur = feuille.get_at_instant(date)
        if not hasattr(en_vigueur, "amounts"):
            return None  # a rate scale: not edited by hand here
        actives = [b for b in feuille.brackets if b.threshold(date) is not None]
        if not actives:
            return None  # a grid no longer in force (it ended before this month)
        valeur = [float(m) for m in en_vigueur.amounts]
        depuis = max(_depuis(b.amount.values_list, date) for b in actives)
        unite = metadonnees.get("amount_unit") or metadonnees.get("unit", "")
    else:
        brute = feuille(date)
        if isinstance(brute, bool) or not isinstance(brute, (int, float)):
            return None
        valeur, depuis, unite = float(brute), _depuis(feuille.values_list, date), metadonnees.get("unit", "")
    return ParametreReformable(
        chemin=chemin, libelle=metadonnees.get("label") or feuille.description or chemin, valeur=valeur,
        unite=UNITES.get(unite, unite), reference=premiere.get("title", ""), href=premiere.get("href"), depuis=depuis,
        existe_depuis=premiere_date(feuille),
    )


def parametres_reformables(slug: str, periode: str, tbs=None) -> list[ParametreReformable]:
    """The numeric parameters of an aid at a month (AAAA-MM), in the order of its folder."""
    tbs = tbs or systeme()
    aide = catalogue.aide(slug)
    noeud = _noeud_de_l_aide(aide, tbs)
    if noeud is None:
        return []
    racine = aide.famille if aide.famille == aide.slug else f"{aide.famille}.{aide.slug}"
    date = f"{periode}-01"
    trouves = (_parametre(chemin, feuille, date) for chemin, feuille in _feuilles(noeud, racine))
    return [p for p in trouves if p is not None]


def yaml_de_reforme(libelle: str, modifications: dict[str, tuple[str, float | list[float]]]) -> str:
    """The parametric reform of an edit: {path: (date AAAA-MM-JJ, new value)} → YAML text."""
    if not modifications:
        raise ErreurEntree("La réforme ne change aucun paramètre : modifiez au moins une valeur.", champ="parametres")
    for chemin, (date, _valeur) in modifications.items():
        try:
            datetime.date.fromisoformat(date)
        except ValueError:
            raise ErreurEntree(f"La date d'effet de « {chemin} » doit être au format AAAA-MM-JJ, pas « {date} ».", champ=chemin) from None
    donnees = {CLE_LIBELLE: libelle.strip() or "Réforme éditée"}
    donnees |= {chemin: {date: valeur} for chemin, (date, valeur) in modifications.items()}
    entete = "# Réforme paramétrique : paris-droits reforme comparer --reforme ce_fichier.yaml\n"
    return entete + yaml.safe_dump(donnees, allow_unicode=True, sort_keys=False)
