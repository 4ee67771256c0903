"""Reforms as the rules see them: coded reforms (reforms/<nom>.py) and parametric reforms as
data (YAML), loaded, validated and applied in order to the tax-benefit system.

A parametric reform maps parameter paths to dated values, with an optional French label
(`libelle`, shown in the reports' titles):

    libelle: Cantine gratuite pour les tranches 1 et 2
    restauration_scolaire.tarifs: {2026-09-01: [0, 0, 1.62, 2.28, 3.62, 4.61, 4.89, 5.10, 6.00, 7.00]}
    familles.paris_forfait_familles.montant: {2026-01-01: 250}

It is validated before anything runs (unknown path with the closest existing ones,
wrong type, date before the parameter exists) and applied only through
`modify_parameters`, on a clone: the baseline is never touched.

Once read, a parametric reform is data (`ReformeDonnees`: its name, label and dated values),
hashable and picklable: batch runs send it, not a file path, to the processes that compute
(a Dask worker on another machine has no copy of the file), and a grid of reforms
(paris_droits.reformes.grille) builds its variants as such data.
"""

from __future__ import annotations

import datetime
import difflib
import importlib
from dataclasses import dataclass
from pathlib import Path

import yaml
from openfisca_core.parameters import ParameterNode, ParameterScale, load_parameter_file
from openfisca_core.reforms import Reform

from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.regles import chemins
from paris_droits.regles.systeme import systeme


class _ChargeurSansDates(yaml.SafeLoader):
    """YAML loader keeping dates as text, so a bad date gets our French message."""


_ChargeurSansDates.yaml_implicit_resolvers = {
    cle: [(etiquette, motif) for etiquette, motif in resolveurs if etiquette != "tag:yaml.org,2002:timestamp"]
    for cle, resolveurs in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def reformes_codees() -> list[str]:
    return sorted(p.stem for p in chemins.REFORMES.glob("*.py") if not p.stem.startswith("_"))


CLE_LIBELLE = "libelle"


def reformes_parametriques() -> list[str]:
    return sorted(p.name for p in chemins.REFORMES.glob("*.yaml"))


def _feuilles(noeud: ParameterNode, prefixe: str = ""):
    for nom, enfant in noeud.children.items():
        chemin = f"{prefixe}{nom}"
        if isinstance(enfant, ParameterNode):
            yield from _feuilles(enfant, chemin + ".")
        else:
            yield chemin, enfant


def _date(valeur, chemin: str, fichier: str) -> str:
    if isinstance(valeur, datetime.date):
        return valeur.isoformat()
    try:
        return datetime.date.fromisoformat(str(valeur)).isoformat()
    except ValueError:
        raise ErreurEntree(
            f"Dans « {fichier} », la date « {valeur} » de « {chemin} » doit être au format AAAA-MM-JJ.", champ=chemin, fichier=fichier
        ) from None


def premiere_date(parametre) -> str:
    """The date a parameter first has a value (AAAA-MM-JJ): a reform may not change it before."""
    if isinstance(parametre, ParameterScale):
        dates = [v.instant_str for b in parametre.brackets for p in b.children.values() for v in p.values_list]
    else:
        dates = [v.instant_str for v in parametre.values_list]
    return min(dates)


def _nombre(valeur) -> bool:
    return isinstance(valeur, (int, float)) and not isinstance(valeur, bool)


def _valider_valeur(parametre, valeur, date: str, chemin: str, fichier: str) -> None:
    if isinstance(parametre, ParameterScale):
        montants = parametre.get_at_instant(date).amounts if hasattr(parametre.get_at_instant(date), "amounts") else None
        if montants is None:
            raise ErreurEntree(f"Dans « {fichier} », « {chemin} » est un barème de taux : seuls les barèmes de montants se modifient ainsi.",
                               champ=chemin, fichier=fichier)
        if not isinstance(valeur, list) or not all(_nombre(v) for v in valeur):
            raise ErreurEntree(
                f"Dans « {fichier} », « {chemin} » est un barème : donnez au {date} la liste des {len(montants)} montants, une par tranche.",
                champ=chemin, fichier=fichier,
            )
        if len(valeur) != len(montants):
            raise ErreurEntree(
                f"Dans « {fichier} », « {chemin} » a {len(montants)} tranches au {date} ; {len(valeur)} montants ont été donnés.",
                champ=chemin, fichier=fichier,
            )
        return
    actuelle = parametre(date)
    if isinstance(actuelle, bool) or isinstance(valeur, bool):
        correct = isinstance(valeur, bool) and isinstance(actuelle, bool)
    elif _nombre(actuelle):
        correct = _nombre(valeur)
    else:
        correct = type(valeur) is type(actuelle)
    if not correct:
        raise ErreurEntree(
            f"Dans « {fichier} », « {chemin} » attend {'un nombre' if _nombre(actuelle) else 'une valeur du même type'} "
            f"(valeur en vigueur : {actuelle}), pas « {valeur} ».",
            champ=chemin, fichier=fichier,
        )
    if _nombre(valeur) and valeur < 0:
        raise ErreurEntree(f"Dans « {fichier} », « {chemin} » ne peut pas être négatif ({valeur}).", champ=chemin, fichier=fichier)


def lire_reforme_parametrique(chemin_fichier: str | Path, tbs=None) -> dict[str, list[tuple[str, object]]]:
    """Read and validate a parametric reform; return {path: [(date, value), ...]} in date order."""
    tbs = tbs or systeme()
    chemin_fichier = Path(chemin_fichier)
    nom = chemin_fichier.name
    try:
        brut = yaml.load(chemin_fichier.read_text(encoding="utf-8"), Loader=_ChargeurSansDates)  # noqa: S506
    except FileNotFoundError:
        raise ErreurEntree(f"Le fichier de réforme « {chemin_fichier} » n'existe pas.", fichier=str(chemin_fichier)) from None
    except yaml.YAMLError:
        raise ErreurEntree(f"Le fichier de réforme « {nom} » n'est pas un YAML valide.", fichier=nom) from None
    if not isinstance(brut, dict) or not brut:
        raise ErreurEntree(f"Le fichier de réforme « {nom} » doit associer des chemins de paramètres à des valeurs datées.", fichier=nom)
    brut = dict(brut)
    libelle = brut.pop(CLE_LIBELLE, None)
    if libelle is not None and (not isinstance(libelle, str) or not libelle.strip()):
        raise ErreurEntree(f"Dans « {nom} », « {CLE_LIBELLE} » doit être un texte (le nom de la réforme en français).",
                           champ=CLE_LIBELLE, fichier=nom)
    if not brut:
        raise ErreurEntree(f"Le fichier de réforme « {nom} » doit associer des chemins de paramètres à des valeurs datées.", fichier=nom)
    feuilles = dict(_feuilles(tbs.parameters))
    modifications = {}
    for chemin, valeurs in brut.items():
        parametre = feuilles.get(chemin)
        if parametre is None:
            proches = difflib.get_close_matches(chemin, list(feuilles), n=3, cutoff=0.5)
            conseil = f" Chemins proches : {', '.join(proches)}." if proches else ""
            raise ErreurEntree(f"Dans « {nom} », le paramètre « {chemin} » n'existe pas.{conseil}", champ=chemin, fichier=nom)
        if not isinstance(valeurs, dict) or not valeurs:
            raise ErreurEntree(
                f"Dans « {nom} », « {chemin} » doit associer une date à une valeur, par exemple {{2026-09-01: …}}.", champ=chemin, fichier=nom
            )
        debut = premiere_date(parametre)
        datees = []
        for date_brute, valeur in valeurs.items():
            date = _date(date_brute, chemin, nom)
            if date < debut:
                raise ErreurEntree(
                    f"Dans « {nom} », la date {date} de « {chemin} » précède l'existence du paramètre (première valeur au {debut}).",
                    champ=chemin, fichier=nom,
                )
            _valider_valeur(parametre, valeur, date, chemin, nom)
            datees.append((date, valeur))
        modifications[chemin] = sorted(datees, key=lambda dv: dv[0])
    return modifications


def libelle_reforme_parametrique(chemin_fichier: str | Path) -> str | None:
    """The optional French label (`libelle`) of a parametric reform file, None when it has none."""
    try:
        brut = yaml.load(Path(chemin_fichier).read_text(encoding="utf-8"), Loader=_ChargeurSansDates)  # noqa: S506
    except (OSError, yaml.YAMLError):
        return None
    libelle = brut.get(CLE_LIBELLE) if isinstance(brut, dict) else None
    return libelle.strip() if isinstance(libelle, str) and libelle.strip() else None


@dataclass(frozen=True)
class ReformeDonnees:
    """A validated parametric reform as data: `modifications` = ((path, ((date, value), …)), …),
    a scale's amounts as a tuple. Hashable (a cache key) and picklable (sent to workers)."""

    nom: str
    libelle: str
    modifications: tuple


def _figee(valeur):
    return tuple(valeur) if isinstance(valeur, list) else valeur


def donnees_reforme(chemin_fichier: str | Path, tbs=None) -> ReformeDonnees:
    """Read and validate a parametric reform file into data."""
    modifications = lire_reforme_parametrique(chemin_fichier, tbs)
    nom_fichier = Path(chemin_fichier).name
    return ReformeDonnees(
        nom=Path(chemin_fichier).stem,
        libelle=libelle_reforme_parametrique(chemin_fichier) or f"Réforme paramétrique {nom_fichier}",
        modifications=tuple((chemin, tuple((date, _figee(v)) for date, v in datees)) for chemin, datees in modifications.items()),
    )


def reforme_depuis_donnees(donnees: ReformeDonnees) -> type[Reform]:
    """A Reform class applying a parametric reform (as data) through modify_parameters."""

    def modifier(parametres):
        for chemin, datees in donnees.modifications:
            noeud = parametres
            for morceau in chemin.split("."):
                noeud = noeud.children[morceau]
            for date, valeur in datees:
                if isinstance(noeud, ParameterScale):
                    actives = [b for b in noeud.brackets if b.threshold(date) is not None]
                    for tranche, montant in zip(actives, valeur, strict=True):
                        tranche.amount.update(start=date, value=montant)
                else:
                    noeud.update(start=date, value=valeur)
        return parametres

    class ReformeParametrique(Reform):
        name = donnees.libelle

        def apply(self):
            self.modify_parameters(modifier)

    ReformeParametrique.__name__ = donnees.nom
    return ReformeParametrique


def reforme_parametrique(chemin_fichier: str | Path, tbs=None) -> type[Reform]:
    """A Reform class applying a validated parametric reform file through modify_parameters."""
    return reforme_depuis_donnees(donnees_reforme(chemin_fichier, tbs))


def chemin_reforme(nom: str) -> Path:
    """The file of a parametric reform: the path given, else a shipped one of reforms/ by its name."""
    chemin = Path(nom)
    if not chemin.exists() and (chemins.REFORMES / nom).exists():
        chemin = chemins.REFORMES / nom
    return chemin


def en_donnees(reformes) -> tuple:
    """Reforms as processes receive them: a coded reform's name stays a name (every process has the
    package); a parametric reform file becomes its data (ReformeDonnees), validated here against the
    system the reforms before it give (a file may change a parameter a coded reform adds).

    That system is built only when a file follows other reforms: applying a reform copies the whole
    parameter tree (about 50 ms), and the caller builds (and caches) the final system anyway."""
    courant = systeme()
    sortie = []
    appliquees = 0  # how many reforms of `sortie` `courant` has applied
    for reforme in reformes:
        if isinstance(reforme, (str, Path)) and str(reforme).endswith((".yaml", ".yml")):
            for precedente in sortie[appliquees:]:
                courant = classe_reforme(precedente, courant)(courant)
            appliquees = len(sortie)
            reforme = donnees_reforme(chemin_reforme(str(reforme)), courant)
        else:
            classe_reforme(reforme, courant)  # an unknown name is refused here, in French
        sortie.append(reforme)
    return tuple(sortie)


def classe_reforme(nom: str, tbs=None) -> type[Reform]:
    """A coded reform by name (reforms/<nom>.py), a parametric one by YAML file path, or one as data."""
    if isinstance(nom, ReformeDonnees):
        return reforme_depuis_donnees(nom)
    if nom.endswith((".yaml", ".yml")):
        return reforme_parametrique(chemin_reforme(nom), tbs)
    if nom not in reformes_codees():
        proches = difflib.get_close_matches(nom, reformes_codees(), n=1)
        conseil = f" Vouliez-vous dire « {proches[0]} » ?" if proches else f" Réformes disponibles : {', '.join(reformes_codees())}."
        raise ErreurEntree(f"La réforme « {nom} » n'existe pas.{conseil}", champ="reforme")
    module = importlib.import_module(f"paris_droits.reforms.{nom}")
    return getattr(module, nom)


def appliquer(noms: list[str] | tuple[str, ...], tbs=None):
    """The tax-benefit system with the reforms applied in order (the baseline itself when none)."""
    courant = tbs or systeme()
    for nom in noms:
        courant = classe_reforme(nom, courant)(courant)
    return courant


# --- Helpers for coded reforms (reforms/*.py) -------------------------------------------------------


def charger_parametres_scenario(nom: str) -> ParameterNode:
    """The scenario parameters of a reform (reforms/parametres/<nom>.yaml), marked as scenario, not law."""
    return load_parameter_file(str(chemins.REFORMES / "parametres" / f"{nom}.yaml"), name=f"reformes.{nom}")


def figer_a_partir_de(parametre, date_effet: str, valeur=None) -> None:
    """From `date_effet` on, `parametre` keeps `valeur` (by default its value on that date) for good."""
    if valeur is None:
        valeur = parametre(date_effet)
    parametre.update(start=date_effet, value=valeur)


# --- Grids of parametric reforms (paris_droits.reformes.grille) ------------------------------------------

CLE_DATE = "date"
CLE_PARAMETRES = "parametres"
PARAMETRES_MAX = 2
VARIANTES_MAX = 400


@dataclass(frozen=True)
class Grille:
    """A validated grid: the date the swept values take effect, one or two parameter paths and their
    values; `variantes()` gives one parametric reform (as data) per point of their cross product."""

    fichier: str
    date: str
    chemins: tuple[str, ...]
    valeurs: tuple[tuple, ...]
    libelle: str | None = None

    def points(self) -> list[dict]:
        """{path: value} of each variant, the last parameter varying fastest."""
        import itertools

        return [dict(zip(self.chemins, point, strict=True)) for point in itertools.product(*self.valeurs)]

    def variantes(self) -> list[ReformeDonnees]:
        return [
            ReformeDonnees(
                nom=f"{Path(self.fichier).stem}-{rang + 1}",
                libelle=" ; ".join(f"{chemin} = {texte_valeur(valeur)}" for chemin, valeur in point.items()),
                modifications=tuple((chemin, ((self.date, _figee(valeur)),)) for chemin, valeur in point.items()),
            )
            for rang, point in enumerate(self.points())
        ]


def texte_valeur(valeur) -> str:
    """A swept value as labels print it (1600, 1,5 → 1.5, a scale as [a, b, …])."""
    if isinstance(valeur, (list, tuple)):
        return "[" + ", ".join(texte_valeur(v) for v in valeur) + "]"
    return f"{valeur:g}" if isinstance(valeur, float) else str(valeur)


def _lire_yaml(chemin_fichier: Path, nom: str, designation: str):
    try:
        return yaml.load(chemin_fichier.read_text(encoding="utf-8"), Loader=_ChargeurSansDates)  # noqa: S506
    except FileNotFoundError:
        raise ErreurEntree(f"Le fichier de {designation} « {chemin_fichier} » n'existe pas.", fichier=str(chemin_fichier)) from None
    except (yaml.YAMLError, UnicodeDecodeError):
        raise ErreurEntree(f"Le fichier de {designation} « {nom} » n'est pas un YAML valide.", fichier=nom) from None


def _parametre_de_grille(feuilles: dict, chemin: str, nom: str):
    parametre = feuilles.get(chemin)
    if parametre is None:
        proches = difflib.get_close_matches(chemin, list(feuilles), n=3, cutoff=0.5)
        conseil = f" Chemins proches : {', '.join(proches)}." if proches else ""
        raise ErreurEntree(f"Dans « {nom} », le paramètre « {chemin} » n'existe pas.{conseil}", champ=chemin, fichier=nom)
    return parametre


def lire_grille(chemin_fichier: str | Path, tbs=None) -> Grille:
    """Read and validate a grid file (French errors naming the key or the parameter):

        date: 2026-01-01
        parametres:
          familles.paris_logement_familles_monoparentales.plafond_ressources: [1600, 1650, 1700]
    """
    tbs = tbs or systeme()
    chemin_fichier = Path(chemin_fichier)
    nom = chemin_fichier.name
    brut = _lire_yaml(chemin_fichier, nom, "grille")
    forme = f"Le fichier de grille « {nom} » doit donner « {CLE_DATE} » (AAAA-MM-JJ) et « {CLE_PARAMETRES} » (un ou deux chemins de paramètres, chacun avec sa liste de valeurs)."
    if not isinstance(brut, dict) or CLE_DATE not in brut or not isinstance(brut.get(CLE_PARAMETRES), dict) or not brut[CLE_PARAMETRES]:
        raise ErreurEntree(forme, fichier=nom)
    inconnues = sorted(set(brut) - {CLE_DATE, CLE_PARAMETRES, CLE_LIBELLE})
    if inconnues:
        raise ErreurEntree(f"Dans « {nom} », la clé « {inconnues[0]} » est inconnue (clés possibles : {CLE_DATE}, {CLE_PARAMETRES}, {CLE_LIBELLE}).",
                           champ=inconnues[0], fichier=nom)
    libelle = brut.get(CLE_LIBELLE)
    if libelle is not None and (not isinstance(libelle, str) or not libelle.strip()):
        raise ErreurEntree(f"Dans « {nom} », « {CLE_LIBELLE} » doit être un texte (le nom de la grille en français).", champ=CLE_LIBELLE, fichier=nom)
    date = _date(brut[CLE_DATE], CLE_DATE, nom)
    parametres = brut[CLE_PARAMETRES]
    if len(parametres) > PARAMETRES_MAX:
        raise ErreurEntree(f"Dans « {nom} », une grille balaie un ou deux paramètres, pas {len(parametres)}.", champ=CLE_PARAMETRES, fichier=nom)
    feuilles = dict(_feuilles(tbs.parameters))
    valeurs = []
    for chemin, liste in parametres.items():
        parametre = _parametre_de_grille(feuilles, str(chemin), nom)
        if not isinstance(liste, list) or not liste:
            raise ErreurEntree(f"Dans « {nom} », « {chemin} » doit donner une liste de valeurs, par exemple [1600, 1650, 1700].",
                               champ=chemin, fichier=nom)
        debut = premiere_date(parametre)
        if date < debut:
            raise ErreurEntree(
                f"Dans « {nom} », la date {date} précède l'existence du paramètre « {chemin} » (première valeur au {debut}).",
                champ=chemin, fichier=nom,
            )
        for valeur in liste:
            _valider_valeur(parametre, valeur, date, chemin, nom)
        valeurs.append(tuple(_figee(v) for v in liste))
    nombre = 1
    for liste in valeurs:
        nombre *= len(liste)
    if nombre > VARIANTES_MAX:
        raise ErreurEntree(f"Dans « {nom} », la grille compte {nombre} variantes ; la limite est {VARIANTES_MAX}.", champ=CLE_PARAMETRES, fichier=nom)
    return Grille(nom, date, tuple(str(c) for c in parametres), tuple(valeurs), libelle.strip() if libelle else None)
