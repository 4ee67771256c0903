"""OpenFisca situations: loading, validation in French, and simulation.

Core's own parser accepts some inconsistent situations silently (a person in no
household gets a household of their own) and answers in English; everything a
user gives is checked here first, with one French sentence naming the field.
"""

from __future__ import annotations

import datetime
import math
from pathlib import Path

from openfisca_core import periods
from openfisca_core.errors import SituationParsingError
from openfisca_core.simulation_builder import SimulationBuilder

from paris_droits.commun.erreurs import ErreurEntree, suggestion
from paris_droits.commun.lecture import lire_document
from paris_droits.commun.periodes import mois_precedent
from paris_droits.regles.bornes import date_hors_bornes, hors_bornes
from paris_droits.regles.couverture import fin_du_mois, mois_couvert
from paris_droits.regles.entites import ROLES

CLES_RACINE = ("individus", "menages")
ROLES_UNIQUES = ("personne_de_reference", "conjoint")
UNITES_MONETAIRES = ("currency-EUR",)


def charger_fichier(chemin: str | Path) -> dict:
    """Read a JSON or YAML file (situation or fiche ménage) into a dict, or one French sentence."""
    chemin = Path(chemin)
    if not chemin.exists():
        raise ErreurEntree(f"Le fichier « {chemin} » n'existe pas.", fichier=str(chemin))
    if not chemin.is_file():
        raise ErreurEntree(f"« {chemin} » n'est pas un fichier.", fichier=str(chemin))
    format_ = "json" if chemin.suffix.lower() == ".json" else "yaml"
    contenu = lire_document(chemin.read_bytes(), f"Le fichier « {chemin.name} »", format_, fichier=str(chemin))
    if not isinstance(contenu, dict):
        raise ErreurEntree(f"Le fichier « {chemin.name} » doit contenir un objet (des clés et des valeurs).", fichier=str(chemin))
    return contenu


def _valider_periode(texte: str, champ: str, definition) -> None:
    try:
        periods.period(str(texte))
    except (ValueError, TypeError, AttributeError):
        raise ErreurEntree(
            f"Le champ « {champ} » a une période invalide « {texte} » (attendu : AAAA-MM, AAAA ou ETERNITY).",
            champ=champ,
        ) from None


def _valider_nombre(variable, valeur, champ: str) -> None:
    if isinstance(valeur, bool) or not isinstance(valeur, (int, float)):
        raise ErreurEntree(f"Le champ « {champ} » doit être un nombre, pas « {valeur} ».", champ=champ)
    if isinstance(valeur, float) and not math.isfinite(valeur):
        raise ErreurEntree(f"Le champ « {champ} » doit être un nombre fini.", champ=champ)
    if variable.value_type is int and float(valeur) != int(valeur):
        raise ErreurEntree(f"Le champ « {champ} » doit être un nombre entier, pas « {valeur} ».", champ=champ)
    if valeur < 0:
        raise ErreurEntree(f"Le champ « {champ} » ne peut pas être négatif ({valeur}).", champ=champ)
    raison = hors_bornes(variable, float(valeur))
    if raison:
        raise ErreurEntree(f"Le champ « {champ} » {raison} : « {valeur} ».", champ=champ)


def lire_date(valeur, champ: str, fin: datetime.date | None = None) -> datetime.date:
    """A date given as AAAA-MM-JJ (text or date), between 1900 and the end of the month computed."""
    if isinstance(valeur, datetime.datetime):
        valeur = valeur.date()
    if not isinstance(valeur, datetime.date):
        try:
            valeur = datetime.date.fromisoformat(str(valeur))
        except ValueError:
            raise ErreurEntree(f"Le champ « {champ} » doit être une date au format AAAA-MM-JJ, pas « {valeur} ».", champ=champ) from None
    raison = date_hors_bornes(valeur, fin)
    if raison:
        raise ErreurEntree(f"Le champ « {champ} » ({valeur.isoformat()}) {raison}.", champ=champ)
    return valeur


def valider_valeur(variable, valeur, champ: str, calcul: bool = False, fin: datetime.date | None = None) -> None:
    """Refuse a value of the wrong type or outside its bounds (paris_droits.regles.bornes), in French."""
    type_attendu = variable.value_type
    if valeur is None:
        if calcul:  # /calculate asks for the values left null
            return
        raise ErreurEntree(f"Le champ « {champ} » est vide.", champ=champ)
    if type_attendu is bool:
        if not isinstance(valeur, bool):
            raise ErreurEntree(f"Le champ « {champ} » doit valoir true ou false, pas « {valeur} ».", champ=champ)
    elif type_attendu in (int, float):
        _valider_nombre(variable, valeur, champ)
    elif type_attendu is datetime.date:
        lire_date(valeur, champ, fin)
    elif getattr(variable, "possible_values", None) is not None:
        noms = [membre.name for membre in variable.possible_values]
        if valeur not in noms:
            raise ErreurEntree(
                f"Le champ « {champ} » vaut « {valeur} », qui n'est pas une valeur connue "
                f"(valeurs possibles : {', '.join(noms)}).",
                champ=champ,
            )
    elif type_attendu is str and not isinstance(valeur, str):
        raise ErreurEntree(f"Le champ « {champ} » doit être un texte, pas « {valeur} ».", champ=champ)
    if variable.name == "depcom":
        _valider_depcom(valeur, champ)


def _valider_depcom(valeur: str, champ: str) -> None:
    if not (len(valeur) == len("75101") and valeur.isdigit()):
        raise ErreurEntree(f"Le champ « {champ} » doit être un code INSEE à 5 chiffres, pas « {valeur} ».", champ=champ)
    if valeur.startswith("751") and not ("75101" <= valeur <= "75120"):
        raise ErreurEntree(
            f"Le champ « {champ} » désigne un arrondissement de Paris inconnu (« {valeur} ») : "
            "les codes vont de 75101 à 75120.",
            champ=champ,
        )


def _valider_variables(systeme, entite: str, identifiant: str, attributs: dict, ignorer=(), calcul: bool = False,
                       fin: datetime.date | None = None) -> None:
    for nom, valeurs in attributs.items():
        if nom in ignorer:
            continue
        champ = f"{entite}.{identifiant}.{nom}"
        variable = systeme.variables.get(nom)
        if variable is None:
            possibles = [v for v, var in systeme.variables.items() if var.entity.plural == entite]
            if entite == "menages":
                possibles += list(ROLES)
            raise ErreurEntree(f"Le champ « {champ} » est inconnu.{suggestion(nom, possibles)}", champ=champ)
        if variable.entity.plural != entite:
            raise ErreurEntree(
                f"Le champ « {champ} » concerne {'une personne' if variable.entity.is_person else 'le ménage'} : "
                f"placez-le sous « {variable.entity.plural} ».",
                champ=champ,
            )
        if not isinstance(valeurs, dict):
            raise ErreurEntree(
                f"Le champ « {champ} » doit associer une période à une valeur, par exemple {{\"2026-11\": …}}.",
                champ=champ,
            )
        for periode, valeur in valeurs.items():
            _valider_periode(periode, f"{champ}.{periode}", variable.definition_period)
            valider_valeur(variable, valeur, f"{champ}.{periode}", calcul, fin)


def valider_situation(situation: dict, systeme, calcul: bool = False, periode: str | None = None) -> None:
    """Raise ErreurEntree with one French sentence on the first defect found.

    With `calcul`, null values are allowed: they are the values a Web API caller asks for.
    With `periode`, dates may not fall after the end of that month.
    """
    fin = fin_du_mois(periode) if periode else None
    if not isinstance(situation, dict):
        raise ErreurEntree("La situation doit être un objet avec les clés « individus » et « menages ».")
    for cle in situation:
        if cle not in CLES_RACINE:
            raise ErreurEntree(
                f"Le champ « {cle} » est inconnu à la racine de la situation (attendu : individus, menages).{suggestion(cle, CLES_RACINE)}",
                champ=cle,
            )
    individus = situation.get("individus")
    menages = situation.get("menages")
    if not isinstance(individus, dict) or not individus:
        raise ErreurEntree("Le champ « individus » doit décrire au moins une personne.", champ="individus")
    if not isinstance(menages, dict) or not menages:
        raise ErreurEntree("Le champ « menages » doit décrire au moins un ménage.", champ="menages")

    appartenance: dict[str, str] = {}
    for id_menage, menage in menages.items():
        if not isinstance(menage, dict):
            raise ErreurEntree(f"Le champ « menages.{id_menage} » doit être un objet.", champ=f"menages.{id_menage}")
        for role in ROLES:
            membres = menage.get(role, [])
            champ = f"menages.{id_menage}.{role}"
            if isinstance(membres, str):
                membres = [membres]
            if not isinstance(membres, list):
                raise ErreurEntree(f"Le champ « {champ} » doit être une liste d'identifiants de personnes.", champ=champ)
            if role in ROLES_UNIQUES and len(membres) > 1:
                raise ErreurEntree(
                    f"Le champ « {champ} » désigne {len(membres)} personnes ; un ménage en compte au plus une.",
                    champ=champ,
                )
            for membre in membres:
                if not isinstance(membre, str):
                    raise ErreurEntree(f"Le champ « {champ} » doit lister des identifiants de personnes (des textes).", champ=champ)
                if membre not in individus:
                    raise ErreurEntree(
                        f"Le champ « {champ} » cite « {membre} », qui n'est pas déclaré dans « individus ».",
                        champ=champ,
                    )
                if membre in appartenance:
                    raise ErreurEntree(
                        f"La personne « {membre} » figure deux fois dans les ménages "
                        f"(« {appartenance[membre]} » et « {id_menage}.{role} »).",
                        champ=champ,
                    )
                appartenance[membre] = f"{id_menage}.{role}"
        if not menage.get("personne_de_reference"):
            raise ErreurEntree(
                f"Le ménage « {id_menage} » n'a pas de personne_de_reference.",
                champ=f"menages.{id_menage}.personne_de_reference",
            )
        _valider_variables(systeme, "menages", id_menage, menage, ignorer=ROLES, calcul=calcul, fin=fin)

    for id_individu, attributs in individus.items():
        if id_individu not in appartenance:
            raise ErreurEntree(
                f"La personne « {id_individu} » n'appartient à aucun ménage : ajoutez-la à un rôle "
                "(personne_de_reference, conjoint, enfants ou autres).",
                champ=f"individus.{id_individu}",
            )
        if not isinstance(attributs, dict):
            raise ErreurEntree(f"Le champ « individus.{id_individu} » doit être un objet.", champ=f"individus.{id_individu}")
        _valider_variables(systeme, "individus", id_individu, attributs, calcul=calcul, fin=fin)


def construire_simulation(situation: dict, systeme, periode: str | None = None, valider: bool = True):
    """Validate (dates up to the end of `periode`, when given) then build an OpenFisca simulation."""
    if valider:
        valider_situation(situation, systeme, periode=periode)
    try:
        return SimulationBuilder().build_from_entities(systeme, situation)
    except SituationParsingError as erreur:
        raise ErreurEntree(_traduire(erreur.error)) from None


def traduire_erreur_openfisca(erreur) -> str:
    """One French sentence from core's nested English error dict."""
    return _traduire(erreur)


def _traduire(erreur, chemin: str = "") -> str:
    if isinstance(erreur, dict):
        for cle, sous in erreur.items():
            return _traduire(sous, f"{chemin}.{cle}" if chemin else str(cle))
    return f"Le champ « {chemin} » est invalide."


def mois_des_entrees(situation: dict) -> list[str]:
    """The months (AAAA-MM) at which a situation dates its inputs, sorted; yearly and ETERNITY keys aside."""
    mois = set()
    for entite in (situation.get("individus"), situation.get("menages")):
        for attributs in (entite or {}).values():
            for nom, valeurs in (attributs or {}).items() if isinstance(attributs, dict) else ():
                if nom in ROLES or not isinstance(valeurs, dict):
                    continue
                for cle in valeurs:
                    try:
                        periode = periods.period(str(cle))
                    except (ValueError, TypeError, AttributeError):
                        continue
                    if periode.unit == periods.DateUnit.MONTH:
                        mois.update(str(m) for m in periode.get_subperiods(periods.DateUnit.MONTH))
    return sorted(mois)


def choisir_mois(mois_donnes: list[str], demande: str | None) -> tuple[str, list[str]]:
    """(month to compute, French warnings) for inputs dated `mois_donnes` and the month asked, if any.

    Without a month asked, the month the inputs describe: the latest one (its previous month may
    hold the resources the règlement reads). Inputs spread over other months are ambiguous and
    refused. A month asked without any input dated that month is computed, with a warning.
    """
    if demande is None and mois_donnes:
        dernier = mois_donnes[-1]
        autres = [m for m in mois_donnes if m not in (dernier, mois_precedent(dernier))]
        if autres:
            raise ErreurEntree(
                f"Les données sont datées de plusieurs mois ({', '.join(mois_donnes)}) : indiquez le mois à calculer "
                "dans le champ « periode » (AAAA-MM).",
                champ="periode",
            )
        return mois_couvert(dernier), []
    periode = mois_couvert(demande)
    if mois_donnes and periode not in mois_donnes:
        return periode, [
            f"Aucune donnée n'est datée du mois calculé ({periode}) : les données le sont de {', '.join(mois_donnes)}. "
            f"Ce qui n'est pas renseigné pour {periode} vaut 0 ou sa valeur par défaut ; vérifiez le mois."
        ]
    return periode, []
