"""OpenFisca situations: loading, validation in French, and simulation.

Core's own parser accepts some inconsistent situations silently (a person in no
household gets a household of their own) and answers in English; everything a
user gives is checked here first, with one French sentence naming the field.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from openfisca_core import periods
from openfisca_core.errors import SituationParsingError
from openfisca_core.simulation_builder import SimulationBuilder

from paris_droits.commun.erreurs import ErreurEntree, suggestion
from paris_droits.regles.entites import ROLES

CLES_RACINE = ("individus", "menages")
ROLES_UNIQUES = ("personne_de_reference", "conjoint")
UNITES_MONETAIRES = ("currency-EUR",)


def charger_fichier(chemin: str | Path) -> dict:
    """Read a JSON or YAML file into a dict, with a French error when it is not readable."""
    import yaml

    chemin = Path(chemin)
    if not chemin.exists():
        raise ErreurEntree(f"Le fichier « {chemin} » n'existe pas.", fichier=str(chemin))
    texte = chemin.read_text(encoding="utf-8")
    try:
        if chemin.suffix.lower() == ".json":
            contenu = json.loads(texte)
        else:
            contenu = yaml.safe_load(texte)
    except (json.JSONDecodeError, yaml.YAMLError) as erreur:
        ligne = getattr(erreur, "lineno", None) or getattr(getattr(erreur, "problem_mark", None), "line", None)
        raise ErreurEntree(
            f"Le fichier « {chemin.name} » n'est pas un {chemin.suffix.lstrip('.').upper() or 'YAML'} valide"
            + (f" (ligne {ligne})." if ligne else "."),
            fichier=str(chemin),
            ligne=ligne,
        ) from None
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


def valider_valeur(variable, valeur, champ: str, calcul: bool = False) -> None:
    type_attendu = variable.value_type
    if valeur is None:
        if calcul:  # /calculate asks for the values left null
            return
        raise ErreurEntree(f"Le champ « {champ} » est vide.", champ=champ)
    if type_attendu is bool:
        if not isinstance(valeur, bool):
            raise ErreurEntree(f"Le champ « {champ} » doit valoir true ou false, pas « {valeur} ».", champ=champ)
    elif type_attendu in (int, float):
        if isinstance(valeur, bool) or not isinstance(valeur, (int, float)):
            raise ErreurEntree(f"Le champ « {champ} » doit être un nombre, pas « {valeur} ».", champ=champ)
        if isinstance(valeur, float) and not math.isfinite(valeur):
            raise ErreurEntree(f"Le champ « {champ} » doit être un nombre fini.", champ=champ)
        if type_attendu is int and float(valeur) != int(valeur):
            raise ErreurEntree(f"Le champ « {champ} » doit être un nombre entier, pas « {valeur} ».", champ=champ)
        if valeur < 0:
            raise ErreurEntree(f"Le champ « {champ} » ne peut pas être négatif ({valeur}).", champ=champ)
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


def _valider_variables(systeme, entite: str, identifiant: str, attributs: dict, ignorer=(), calcul: bool = False) -> None:
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
            valider_valeur(variable, valeur, f"{champ}.{periode}", calcul)


def valider_situation(situation: dict, systeme, calcul: bool = False) -> None:
    """Raise ErreurEntree with one French sentence on the first defect found.

    With `calcul`, null values are allowed: they are the values a Web API caller asks for.
    """
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
        _valider_variables(systeme, "menages", id_menage, menage, ignorer=ROLES, calcul=calcul)

    for id_individu, attributs in individus.items():
        if id_individu not in appartenance:
            raise ErreurEntree(
                f"La personne « {id_individu} » n'appartient à aucun ménage : ajoutez-la à un rôle "
                "(personne_de_reference, conjoint, enfants ou autres).",
                champ=f"individus.{id_individu}",
            )
        if not isinstance(attributs, dict):
            raise ErreurEntree(f"Le champ « individus.{id_individu} » doit être un objet.", champ=f"individus.{id_individu}")
        _valider_variables(systeme, "individus", id_individu, attributs, calcul=calcul)


def construire_simulation(situation: dict, systeme, valider: bool = True):
    """Validate then build an OpenFisca simulation from a situation dict."""
    if valider:
        valider_situation(situation, systeme)
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
