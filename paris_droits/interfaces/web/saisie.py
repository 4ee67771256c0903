"""Reading a step of the web form into the fiche ménage it builds, with one French sentence per refused field.

Field names: « periode », « arrondissement », « annees_residence_paris », « nombre_adultes »,
« nombre_enfants » (step 1); « a0-age », « e1-date_naissance »… (a member's facts); « m-loyer » (a
household question), « a0-salaire_net » (a person question), « <champ>-nsp » (its « Je ne sais pas »
box); « percue » (the aids already received). The hidden field « affichees » lists the questions the
page showed, so that a question left unanswered (no radio checked) is told from one not shown.
"""

from __future__ import annotations

import datetime
import math
import re

from paris_droits.commun.erreurs import ErreurParisDroits
from paris_droits.commun.format import nombre as format_nombre
from paris_droits.interfaces.web.parcours import membres
from paris_droits.interfaces.web.questions import PAR_VARIABLE, Question
from paris_droits.menage.evaluation import lire_demande
from paris_droits.menage.fiche import AIDES_PERCUES, NE_SAIT_PAS
from paris_droits.regles.bornes import AGE_MAX, MONTANT_ANNUEL_MAX, MONTANT_MENSUEL_MAX
from paris_droits.regles.couverture import mois_couvert
from paris_droits.regles.systeme import systeme

NSP = "nsp"
CHAMP = re.compile(r"^(m|[ae]\d{1,3})-([a-z0-9_]+)$")
ADULTES_MAX, ENFANTS_MAX = 10, 20
MAXIMUMS = {"montant": MONTANT_MENSUEL_MAX, "montant_annuel": MONTANT_ANNUEL_MAX}


class Erreurs(dict):
    """Field name → French sentence."""


def _borne(valeur: float) -> str:
    """A bound in French: « 1 000 000 », « 0,5 » (never « 1e+06 »)."""
    return format_nombre(valeur) if float(valeur).is_integer() else f"{valeur:g}".replace(".", ",")


def lire_nombre(texte: str, libelle: str, entier: bool = False, minimum: float = 0, maximum: float | None = None):
    """« 1 250,50 » → 1250.5; None when empty; ValueError with a French sentence otherwise."""
    brut = (texte or "").strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "").replace("€", "").replace(",", ".")
    if not brut:
        return None
    try:
        nombre = int(brut) if entier else float(brut)
    except ValueError:
        raise ValueError(f"« {libelle} » doit être {'un nombre entier' if entier else 'un nombre'}, pas « {texte.strip()} ».") from None
    if not math.isfinite(nombre) or nombre < minimum or (maximum is not None and nombre > maximum):
        borne = f"entre {_borne(minimum)} et {_borne(maximum)}" if maximum is not None else f"au moins {_borne(minimum)}"
        raise ValueError(f"« {libelle} » doit être {borne}, pas « {texte.strip()} ».")
    return nombre


def _ne_sait_pas(cible: dict, variable: str, inconnue: bool) -> None:
    liste = [v for v in cible.get(NE_SAIT_PAS) or [] if v != variable]
    if inconnue:
        liste.append(variable)
    if liste:
        cible[NE_SAIT_PAS] = liste
    else:
        cible.pop(NE_SAIT_PAS, None)


def _poser(cible: dict, variable: str, valeur) -> None:
    """A value (None: no answer) and « je ne sais pas » (the string NSP)."""
    if valeur is None or valeur == NSP:
        cible.pop(variable, None)
    else:
        cible[variable] = valeur
    _ne_sait_pas(cible, variable, valeur == NSP)


def _reponse(question: Question, champ: str, formulaire, choix: tuple[str, ...]):
    """The value of one question's field: a value, NSP, or None (no answer); ValueError in French."""
    if question.genre == "oui_non":
        return {"oui": True, "non": False, NSP: NSP}.get(formulaire.get(champ, ""))
    if question.genre == "choix":
        valeur = formulaire.get(champ, "")
        if valeur == NSP or valeur in choix:
            return valeur
        if valeur:
            raise ValueError(f"« {question.libelle} » : choisissez une des réponses proposées.")
        return None
    if formulaire.get(f"{champ}-{NSP}"):
        return NSP
    entier = question.genre == "entier"
    maximum = MAXIMUMS.get(question.genre, question.maximum)
    nombre = lire_nombre(formulaire.get(champ, ""), question.libelle, entier, question.minimum, maximum)
    if nombre is None:
        return 0 if question.vide == "zero" else NSP
    return nombre


def appliquer_questions(fiche: dict, formulaire, erreurs: Erreurs) -> None:
    """The answers to the questions the page showed (hidden field « affichees »)."""
    personnes = {m.prefixe: m.personne for m in membres(fiche)}
    tbs = systeme()
    for champ in (formulaire.get("affichees") or "").split():
        correspondance = CHAMP.match(champ)
        if not correspondance or correspondance.group(2) not in PAR_VARIABLE:
            continue
        prefixe, variable = correspondance.groups()
        cible = fiche if prefixe == "m" else personnes.get(prefixe)
        if cible is None:
            continue
        question = PAR_VARIABLE[variable]
        choix = tuple(v.name for v in tbs.variables[variable].possible_values) if question.genre == "choix" else ()
        try:
            _poser(cible, variable, _reponse(question, champ, formulaire, choix))
        except ValueError as erreur:
            erreurs[champ] = str(erreur)
    if "percues" in (formulaire.get("affichees") or "").split():
        appliquer_percues(fiche, formulaire)


def appliquer_percues(fiche: dict, formulaire) -> None:
    """The aids ticked « déjà perçue » among those shown (« percues_affichees »); the others keep their mark."""
    affichees = set((formulaire.get("percues_affichees") or "").split())
    cochees = [s for s in formulaire.getlist("percue") if s in affichees]
    gardees = [s for s in fiche.get(AIDES_PERCUES) or [] if s not in affichees]
    if gardees or cochees:
        fiche[AIDES_PERCUES] = list(dict.fromkeys([*gardees, *cochees]))
    else:
        fiche.pop(AIDES_PERCUES, None)


def _effectif(fiche: dict, role: str, texte: str, champ: str, libelle: str, bornes: tuple[int, int], erreurs: Erreurs) -> None:
    try:
        nombre = lire_nombre(texte, libelle, entier=True, minimum=bornes[0], maximum=bornes[1])
    except ValueError as erreur:
        erreurs[champ] = str(erreur)
        return
    nombre = bornes[0] if nombre is None else nombre
    actuels = [p for p in fiche.get(role) or [] if isinstance(p, dict)]
    fiche[role] = actuels[:nombre] + [{} for _ in range(nombre - len(actuels))]
    if not fiche[role]:
        fiche.pop(role)


def appliquer_menage(fiche: dict, formulaire, erreurs: Erreurs) -> None:
    """Step 1: the month, the arrondissement, the years in Paris, how many adults and children."""
    try:
        fiche["periode"] = mois_couvert(formulaire.get("periode", ""), "mois du calcul")
    except ErreurParisDroits as erreur:
        erreurs["periode"] = erreur.message
    arrondissement = formulaire.get("arrondissement", "")
    if arrondissement.isdigit() and 1 <= int(arrondissement) <= 20:
        fiche.pop("depcom", None)
        fiche["arrondissement"] = int(arrondissement)
        _ne_sait_pas(fiche, "depcom", False)
    elif arrondissement == NSP:
        fiche.pop("arrondissement", None)
        fiche.pop("depcom", None)
        _ne_sait_pas(fiche, "depcom", True)
    elif arrondissement != "depcom":  # « depcom »: the commune read from an imported fiche is kept
        erreurs["arrondissement"] = "Choisissez l'arrondissement du logement, ou « Je ne sais pas »."
    annees = formulaire.get("annees_residence_paris", "")
    if annees.isdigit() and int(annees) <= AGE_MAX:
        fiche["annees_residence_paris"] = int(annees)
        _ne_sait_pas(fiche, "anciennete_residence_paris", False)
    elif annees == NSP:
        fiche.pop("annees_residence_paris", None)
        _ne_sait_pas(fiche, "anciennete_residence_paris", True)
    else:
        erreurs["annees_residence_paris"] = "Indiquez depuis combien d'années le ménage vit à Paris, ou « Je ne sais pas »."
    _effectif(fiche, "adultes", formulaire.get("nombre_adultes", ""), "nombre_adultes", "Nombre d'adultes", (1, ADULTES_MAX), erreurs)
    _effectif(fiche, "enfants", formulaire.get("nombre_enfants", ""), "nombre_enfants", "Nombre d'enfants", (0, ENFANTS_MAX), erreurs)
    appliquer_questions(fiche, formulaire, erreurs)


def lire_date_saisie(texte: str) -> str | None:
    """« 1987-05-14 » or « 14/05/1987 » → « 1987-05-14 »; None when empty; ValueError otherwise."""
    texte = (texte or "").strip()
    if not texte:
        return None
    correspondance = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", texte)
    try:
        if correspondance:
            jour, mois, annee = (int(x) for x in correspondance.groups())
            return datetime.date(annee, mois, jour).isoformat()
        return datetime.date.fromisoformat(texte).isoformat()
    except ValueError:
        raise ValueError(f"« {texte} » n'est pas une date (jj/mm/aaaa).") from None


def appliquer_personnes(fiche: dict, formulaire, erreurs: Erreurs) -> None:
    """Step 2: each member's first name, date of birth or age, and for the other adults their link."""
    for membre in membres(fiche):
        p, personne = membre.prefixe, membre.personne
        prenom = (formulaire.get(f"{p}-prenom") or "").strip()[:60]
        _poser(personne, "prenom", prenom or None)
        try:
            naissance = lire_date_saisie(formulaire.get(f"{p}-date_naissance", ""))
            age = lire_nombre(formulaire.get(f"{p}-age", ""), "Âge", entier=True, maximum=AGE_MAX)
        except ValueError as erreur:
            erreurs[f"{p}-age"] = f"{membre.nom} : {erreur}"
            continue
        if naissance:
            personne.pop("age", None)
            personne["date_naissance"] = naissance
        elif age is not None:
            personne.pop("date_naissance", None)
            personne["age"] = age
        else:
            erreurs[f"{p}-age"] = f"{membre.nom} : indiquez l'âge ou la date de naissance."
        if membre.role == "adultes" and membre.rang > 0:
            lien = formulaire.get(f"{p}-lien", "")
            personne["lien"] = lien if lien in ("conjoint", "autre") else ("conjoint" if membre.rang == 1 else "autre")
    appliquer_questions(fiche, formulaire, erreurs)


def controler(fiche: dict, erreurs: Erreurs) -> None:
    """The whole fiche through the engine's own checks; a refusal is shown next to its field when it names one."""
    if erreurs:
        return
    try:
        lire_demande(fiche)
    except ErreurParisDroits as erreur:
        erreurs[champ_du_formulaire(getattr(erreur, "champ", None))] = erreur.message


def champ_du_formulaire(champ: str | None) -> str:
    """« adultes[2].salaire_net » → « a1-salaire_net »; « loyer » → « m-loyer »; else « general »."""
    if not champ:
        return "general"
    correspondance = re.fullmatch(r"(adultes|enfants)\[(\d+)\]\.([a-z_]+)(?:\..*)?", champ)
    if correspondance:
        role, rang, variable = correspondance.groups()
        return f"{role[0]}{int(rang) - 1}-{'age' if variable == 'date_naissance' else variable}"
    if champ in PAR_VARIABLE:
        return f"m-{champ}"
    return champ if champ in ("periode", "arrondissement", "annees_residence_paris") else "general"
