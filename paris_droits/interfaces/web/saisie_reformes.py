"""Reading the reform page's form (/reformes): the shipped reforms chosen, the parameters edited (new value and
start date), the month and the sample, with one French sentence per refused field.

Field names (each field's id is its name): « mois »; « libelle »; « reforme » (repeated: a coded reform's name
or a shipped YAML file); « v:<chemin> » a parameter's new value, « v:<chemin>:<n> » the amount of tranche n + 1
of a grid; « d:<chemin> » its start date; « echantillon » (« integre » or « televerse ») and the files
« menages » and « individus ». An empty value leaves its parameter as it is; in a grid, an empty tranche keeps
its amount in force. The results page sends the same fields back (hidden) to download or edit the reform.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from paris_droits.catalogue import registre as catalogue
from paris_droits.commun.erreurs import ErreurParisDroits
from paris_droits.commun.format import euros, mois_en_lettres
from paris_droits.interfaces.web.saisie import Erreurs, lire_date_saisie, lire_nombre
from paris_droits.population.generateur import PERIODE_PAR_DEFAUT
from paris_droits.reformes.edition import ParametreReformable, parametres_reformables
from paris_droits.regles import chemins
from paris_droits.regles.bornes import MONTANT_ANNUEL_MAX
from paris_droits.regles.couverture import mois_couvert
from paris_droits.regles.reformes import (
    classe_reforme,
    libelle_reforme_parametrique,
    reformes_codees,
    reformes_parametriques,
)

GENERAL = "general"
INTEGRE, TELEVERSE = "integre", "televerse"
VALEUR_MAX = MONTANT_ANNUEL_MAX  # no parameter of the règlement comes near 12 million
LIBELLE_MAX = 200
CHAMP_VALEUR = re.compile(r"^v:([a-z0-9_.]+?)(?::(\d{1,3}))?$")


@dataclass
class Demande:
    """What the form asks for, read and checked."""

    periode: str
    libelle: str  # the edited reform's label ('' when no parameter is edited)
    choisies: tuple[str, ...]  # shipped reforms, in the order of the page
    modifications: dict[str, tuple[str, float | list[float]]]  # {path: (start date, new value)}
    televerse: bool  # on an uploaded sample (else the embedded one)


@lru_cache(maxsize=1)
def reformes_livrees() -> tuple[tuple[str, str, str], ...]:
    """(name, French label, kind) of every shipped reform: coded (reforms/*.py), then as data (reforms/*.yaml)."""
    codees = [(nom, classe_reforme(nom).name, "réforme codée") for nom in reformes_codees()]
    donnees = [(nom, libelle_reforme_parametrique(chemins.REFORMES / nom) or nom, "réforme paramétrique (YAML)")
               for nom in reformes_parametriques()]
    return tuple(codees + donnees)


@lru_cache(maxsize=4)
def parametres_du_mois(periode: str) -> tuple[tuple[object, tuple[ParametreReformable, ...]], ...]:
    """Per aid of the registry (in its order), its reformable parameters at the month; aids without any are left out."""
    resultat = []
    for aide in catalogue.aides():
        parametres = tuple(parametres_reformables(aide.slug, periode))
        if parametres:
            resultat.append((aide, parametres))
    return tuple(resultat)


def index_parametres(periode: str) -> dict[str, ParametreReformable]:
    return {p.chemin: p for _, parametres in parametres_du_mois(periode) for p in parametres}


def date_fr(iso: str) -> str:
    try:
        return datetime.date.fromisoformat(iso).strftime("%d/%m/%Y")
    except ValueError:
        return iso


def fin_du_mois(periode: str) -> str:
    annee, mois = (int(x) for x in periode.split("-"))
    suivant = datetime.date(annee + mois // 12, mois % 12 + 1, 1)
    return (suivant - datetime.timedelta(days=1)).isoformat()


def _date_d_effet(texte: str, p: ParametreReformable, periode: str) -> str:
    """The start date of a new value (AAAA-MM-JJ); ValueError with a French sentence naming the parameter."""
    try:
        date = lire_date_saisie(texte)
    except ValueError as erreur:
        raise ValueError(f"« {p.libelle} », date d'effet : {erreur}") from None
    if date is None:
        raise ValueError(f"« {p.libelle} » : indiquez la date d'effet de la nouvelle valeur (jj/mm/aaaa).")
    if p.existe_depuis and date < p.existe_depuis:
        raise ValueError(f"« {p.libelle} » : la date d'effet {date_fr(date)} précède l'existence du paramètre "
                         f"(première valeur au {date_fr(p.existe_depuis)}).")
    if date > fin_du_mois(periode):
        raise ValueError(f"« {p.libelle} » : la date d'effet {date_fr(date)} est postérieure au mois calculé "
                         f"({mois_en_lettres(periode)}) ; la nouvelle valeur ne changerait rien à ce calcul.")
    return date


def _nombre(texte: str, libelle: str) -> float | None:
    return lire_nombre(texte, libelle, maximum=VALEUR_MAX)


def _valeur(formulaire, p: ParametreReformable, erreurs: Erreurs) -> float | list[float] | None:
    """The new value typed for a parameter (None: left as it is); a refused field goes to `erreurs`."""
    if not p.bareme:
        try:
            return _nombre(formulaire.get(f"v:{p.chemin}", ""), p.libelle)
        except ValueError as erreur:
            erreurs[f"v:{p.chemin}"] = str(erreur)
            return None
    textes = [formulaire.get(f"v:{p.chemin}:{rang}", "") for rang in range(len(p.valeur))]
    if not any(t.strip() for t in textes):
        return None
    montants = []
    for rang, (texte, en_vigueur) in enumerate(zip(textes, p.valeur, strict=True)):
        try:
            nombre = _nombre(texte, f"{p.libelle}, tranche {rang + 1}")
        except ValueError as erreur:
            erreurs[f"v:{p.chemin}:{rang}"] = str(erreur)
            continue
        montants.append(en_vigueur if nombre is None else nombre)
    return montants if len(montants) == len(p.valeur) else None


def chemins_saisis(formulaire) -> list[str]:
    """The parameter paths the form has a value field for, in the order of the fields."""
    vus = []
    for cle in formulaire.keys():
        correspondance = CHAMP_VALEUR.match(cle)
        if cle.startswith("v:") and correspondance is None:
            vus.append(cle[2:])
        elif correspondance and correspondance.group(1) not in vus:
            vus.append(correspondance.group(1))
    return vus


def lire_modifications(formulaire, periode: str, erreurs: Erreurs) -> dict[str, tuple[str, float | list[float]]]:
    """{path: (start date, new value)} of the parameters given a new value."""
    connus = index_parametres(periode)
    modifications = {}
    for chemin in chemins_saisis(formulaire):
        p = connus.get(chemin)
        if p is None:
            erreurs[GENERAL] = (f"Le paramètre « {chemin} » n'existe pas ou ne se modifie pas sur cette page en "
                                f"{mois_en_lettres(periode)} : rechargez la page des réformes.")
            continue
        valeur = _valeur(formulaire, p, erreurs)
        if valeur is None:
            continue
        try:
            modifications[chemin] = (_date_d_effet(formulaire.get(f"d:{chemin}", ""), p, periode), valeur)
        except ValueError as erreur:
            erreurs[f"d:{chemin}"] = str(erreur)
    return modifications


def libelle_par_defaut(modifications: dict, periode: str) -> str:
    """« Plafond … : 1 450 € au 01/09/2026 » for one edit, « 3 paramètres modifiés (…) » for several."""
    parametres = index_parametres(periode)
    if len(modifications) == 1:
        chemin, (date, valeur) = next(iter(modifications.items()))
        p = parametres[chemin]
        texte = " / ".join(euros(v) for v in valeur) if isinstance(valeur, list) else (
            euros(valeur) if p.unite == "€" else f"{valeur:g} {p.unite}".strip())
        return f"{p.libelle} : {texte} au {date_fr(date)}"
    return f"{len(modifications)} paramètres modifiés ({', '.join(parametres[c].libelle for c in modifications)})"[:LIBELLE_MAX]


def lire_periode(texte: str | None, erreurs: Erreurs) -> str:
    """The month computed: the embedded sample's month by default."""
    if not texte:
        return PERIODE_PAR_DEFAUT
    try:
        return mois_couvert(texte, "mois")
    except ErreurParisDroits as erreur:
        erreurs["mois"] = erreur.message
        return PERIODE_PAR_DEFAUT


def lire_demande(formulaire) -> tuple[Demande, Erreurs]:
    """The whole form: the month, the shipped reforms chosen, the edits, the label and the sample."""
    erreurs = Erreurs()
    periode = lire_periode(formulaire.get("mois"), erreurs)
    noms = [nom for nom, _, _ in reformes_livrees()]
    demandees = formulaire.getlist("reforme")
    for nom in demandees:
        if nom not in noms:
            erreurs[GENERAL] = f"La réforme « {nom[:100]} » n'existe pas : choisissez parmi les réformes livrées de la page."
    modifications = lire_modifications(formulaire, periode, erreurs)
    libelle = " ".join((formulaire.get("libelle") or "").split())[:LIBELLE_MAX]
    if modifications and not libelle:
        libelle = libelle_par_defaut(modifications, periode)
    choisies = tuple(nom for nom in noms if nom in demandees)
    if not erreurs and not choisies and not modifications:
        erreurs[GENERAL] = "Choisissez une réforme livrée ou donnez une nouvelle valeur à au moins un paramètre."
    demande = Demande(periode, libelle if modifications else "", choisies, modifications,
                      formulaire.get("echantillon") == TELEVERSE)
    return demande, erreurs


def champs_de_la_demande(demande: Demande, formulaire) -> list[tuple[str, str]]:
    """The fields the results page sends back (hidden) to download or edit the reform: the month, the shipped
    reforms, the label typed and the edited parameters' fields as typed."""
    champs = [("mois", demande.periode), *(("reforme", nom) for nom in demande.choisies)]
    if formulaire.get("libelle"):
        champs.append(("libelle", formulaire["libelle"]))
    for chemin in demande.modifications:
        champs += [(cle, formulaire[cle]) for cle in formulaire.keys()
                   if formulaire[cle] and (cle == f"v:{chemin}" or cle.startswith(f"v:{chemin}:") or cle == f"d:{chemin}")]
    return champs
