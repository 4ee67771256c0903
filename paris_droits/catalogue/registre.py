"""The aids registry: one YAML file per aid in paris_droits/catalogue/aides/.

The registry says, for each aid, what the rules cannot: its French label, its
public, its periodicity, the French sentence of each condition and how to
explain it, the cumul exclusions, the official page and form, and the data
needed to decide it with the administration that holds each item. It never
restates a rule: amounts and thresholds are read from the tax-benefit system.

An entry with `encodee: false` is an aid the engine does not compute (facts too
uncertain): it carries its public, its règlement articles, the reason and the
office that handles it, so evaluer can name it. `aides()` returns the computed
aids only (batch, non-recourse and reforms use it); `non_encodees()` the others.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from paris_droits.commun.lecture import lire_yaml_du_paquet
from paris_droits.regles.reformes import classe_reforme

DOSSIER = Path(__file__).parent / "aides"
PERIODICITES = {"mensuelle": 12, "annuelle": 1, "ponctuelle": 1}
DETENTEURS = {
    "caf": "CAF",
    "dgfip": "DGFiP (impôts)",
    "caisse_des_ecoles": "Caisse des écoles",
    "ville": "Ville de Paris (CASVP, Maisons des Solidarités)",
    "mdph": "MDPH",
    "cnav": "Caisse de retraite (CNAV)",
    "crous": "CROUS",
    "declaratif": "Déclaration du ménage",
}
OPERATEURS = {"<=": "≤", "<": "<", ">=": "≥", ">": ">", "==": "="}
CONTRAIRES = {"<=": ">", "<": "≥", ">=": "<", ">": "≤", "==": "≠"}
FAMILLES = ("restauration_scolaire", "familles", "seniors_handicap", "aidants", "jeunes", "difficulte")


@dataclass(frozen=True)
class Comparaison:
    """How to explain a numeric condition: household value OPERATOR threshold."""

    valeur: str  # variable holding the household's figure
    operateur: str
    libelle_valeur: str
    libelle_seuil: str
    seuil_variable: str | None = None  # variable holding the threshold actually used
    seuil_parametre: str | None = None  # or a parameter path
    unite: str = "€"


@dataclass(frozen=True)
class Condition:
    variable: str
    phrase: str
    reference: str
    comparaison: Comparaison | None = None


@dataclass(frozen=True)
class Donnee:
    donnee: str
    detenteur: str
    justificatif: str
    variables: tuple[str, ...] = ()
    # Items sharing a `groupe` are alternatives: any one of them, given, settles the group
    # (the canteen QF comes from the CAF or from the tax notice).
    groupe: str | None = None
    # An item whose input default is the usual case (no institution, a first request, no other
    # energy aid): not given, it is presumed, and does not by itself make the aid "à vérifier".
    presumee: bool = False


@dataclass(frozen=True)
class Precision:
    """A figure shown with an eligible aid that is not its amount: the price an in-kind service
    costs the household, its income-tax band… (`libelles`: words for coded values 1, 2, …)."""

    variable: str
    libelle: str
    unite: str = "€"
    libelles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Aide:
    slug: str
    libelle: str
    famille: str
    public: str
    periodicite: str
    reglement: str
    montant: str
    eligible: str
    conditions: tuple[Condition, ...]
    donnees: tuple[Donnee, ...]
    exclusions: tuple[str, ...] = ()
    note_cumul: str | None = None
    page: str | None = None
    formulaire: str | None = None
    # Where to apply: the office, with `{arrondissement}` standing for « du 20e arrondissement » (or
    # « de l'arrondissement du domicile » when it is not known); `guichet_page` its instructions page.
    guichet: str | None = None
    guichet_page: str | None = None
    montant_jusqu_a: bool = False  # discretionary aids: the amount is a maximum
    note: str | None = None
    autres_variables: tuple[str, ...] = field(default_factory=tuple)
    duree_maximale_mois: int | None = None  # a monthly aid paid for a limited number of months
    # In-kind benefit (a card, a service): no monetary worth is sourced, so the amount is 0 and
    # an eligible household is "éligible" all the same; `precisions` say what it costs or gives.
    en_nature: bool = False
    precisions: tuple[Precision, ...] = ()

    @property
    def facteur_annuel(self) -> int:
        """×12 for a monthly aid (or its maximum duration in months, if shorter), ×1 otherwise."""
        facteur = PERIODICITES[self.periodicite]
        if self.periodicite == "mensuelle" and self.duree_maximale_mois:
            return min(facteur, self.duree_maximale_mois)
        return facteur

    @property
    def variables(self) -> tuple[str, ...]:
        return (
            self.montant, self.eligible, *(c.variable for c in self.conditions), *self.autres_variables,
            *(p.variable for p in self.precisions),
        )

    @property
    def variables_donnees(self) -> tuple[str, ...]:
        vues = []
        for donnee in self.donnees:
            for variable in donnee.variables:
                if variable not in vues:
                    vues.append(variable)
        return tuple(vues)

    @property
    def detenteurs(self) -> frozenset[str]:
        return frozenset(d.detenteur for d in self.donnees)


@dataclass(frozen=True)
class AideNonEncodee:
    """An aid of the règlement (or a related Paris aid) whose facts are too uncertain to compute:
    listed so that evaluer can name it to the households it may concern and say where to apply.
    It has no rules, no amount and no column in batch runs."""

    slug: str
    libelle: str
    famille: str
    public: str
    reglement: str
    raison: str  # why it is not computed
    guichet: str  # the office that handles it
    page: str | None = None
    # Household variables (bool or count) saying the household may be concerned: any non-zero
    # one is enough; none listed means every household.
    concerne: tuple[str, ...] = ()


class ErreurRegistre(ValueError):
    pass


def _lire_non_encodee(brut: dict, nom: str) -> AideNonEncodee:
    try:
        aide = AideNonEncodee(
            slug=brut["slug"],
            libelle=brut["libelle"],
            famille=brut["famille"],
            public=brut["public"],
            reglement=brut["reglement"],
            raison=brut["raison"],
            guichet=brut["guichet"],
            page=brut.get("page"),
            concerne=tuple(brut.get("concerne") or ()),
        )
    except (KeyError, TypeError) as erreur:
        raise ErreurRegistre(f"Registre {nom} : champ manquant ou mal formé ({erreur}).") from None
    en_trop = sorted({"conditions", "donnees", "montant", "eligible", "periodicite"} & set(brut))
    if en_trop:
        raise ErreurRegistre(f"Registre {nom} : une aide non encodée n'a pas de {', '.join(en_trop)}.")
    return aide


def _lire_aide(chemin: Path) -> Aide | AideNonEncodee:
    brut = lire_yaml_du_paquet(chemin)
    nom = chemin.name
    if isinstance(brut, dict) and brut.get("encodee", True) is False:
        aide = _lire_non_encodee(brut, nom)
        _verifier_nom_et_famille(aide, chemin)
        return aide
    try:
        conditions = tuple(
            Condition(
                variable=c["variable"],
                phrase=c["phrase"],
                reference=c["reference"],
                comparaison=Comparaison(**c["comparaison"]) if c.get("comparaison") else None,
            )
            for c in brut["conditions"]
        )
        donnees = tuple(
            Donnee(
                donnee=d["donnee"],
                detenteur=d["detenteur"],
                justificatif=d["justificatif"],
                variables=tuple(d.get("variables", ())),
                groupe=d.get("groupe"),
                presumee=bool(d.get("presumee", False)),
            )
            for d in brut["donnees"]
        )
        cumul = brut.get("cumul") or {}
        aide = Aide(
            slug=brut["slug"],
            libelle=brut["libelle"],
            famille=brut["famille"],
            public=brut["public"],
            periodicite=brut["periodicite"],
            reglement=brut["reglement"],
            montant=brut.get("montant", brut["slug"]),
            eligible=brut.get("eligible", f"{brut['slug']}_eligible"),
            conditions=conditions,
            donnees=donnees,
            exclusions=tuple(cumul.get("exclusions", ())),
            note_cumul=cumul.get("note"),
            page=brut.get("page"),
            formulaire=brut.get("formulaire"),
            guichet=brut.get("guichet"),
            guichet_page=brut.get("guichet_page"),
            montant_jusqu_a=bool(brut.get("montant_jusqu_a", False)),
            note=brut.get("note"),
            autres_variables=tuple(brut.get("autres_variables", ())),
            duree_maximale_mois=brut.get("duree_maximale_mois"),
            en_nature=bool(brut.get("en_nature", False)),
            precisions=tuple(
                Precision(
                    variable=p["variable"], libelle=p["libelle"], unite=p.get("unite", "€"),
                    libelles=tuple(p.get("libelles", ())),
                )
                for p in brut.get("precisions") or ()
            ),
        )
    except (KeyError, TypeError) as erreur:
        raise ErreurRegistre(f"Registre {nom} : champ manquant ou mal formé ({erreur}).") from None
    _verifier_nom_et_famille(aide, chemin)
    if aide.periodicite not in PERIODICITES:
        raise ErreurRegistre(f"Registre {nom} : périodicité « {aide.periodicite} » inconnue ({', '.join(PERIODICITES)}).")
    for donnee in aide.donnees:
        if donnee.detenteur not in DETENTEURS:
            raise ErreurRegistre(f"Registre {nom} : détenteur « {donnee.detenteur} » inconnu ({', '.join(DETENTEURS)}).")
    _verifier_liens(aide, nom)
    for condition in aide.conditions:
        if condition.comparaison and condition.comparaison.operateur not in OPERATEURS:
            raise ErreurRegistre(f"Registre {nom} : opérateur « {condition.comparaison.operateur} » inconnu.")
        if condition.comparaison and not (condition.comparaison.seuil_variable or condition.comparaison.seuil_parametre):
            raise ErreurRegistre(f"Registre {nom} : la comparaison de {condition.variable} n'a pas de seuil.")
    return aide


def _verifier_liens(aide: Aide, nom: str) -> None:
    """Official links are https addresses; the office's text names no other placeholder than {arrondissement}."""
    for cle in ("page", "formulaire", "guichet_page"):
        valeur = getattr(aide, cle)
        if valeur is not None and not (isinstance(valeur, str) and valeur.startswith("https://")):
            raise ErreurRegistre(f"Registre {nom} : « {cle} » doit être une adresse https:// ou null.")
    if aide.guichet is not None:
        try:
            guichet_pour(aide.guichet, None)
        except (KeyError, IndexError, ValueError):
            raise ErreurRegistre(f"Registre {nom} : « guichet » ne peut contenir que {{arrondissement}}.") from None


def guichet_pour(guichet: str, arrondissement: int | None) -> str:
    """The office's text for a household: « … du 20e arrondissement », « … du 1er arrondissement », or
    « … de l'arrondissement du domicile » when the arrondissement is not known."""
    if arrondissement is None:
        lieu = "de l'arrondissement du domicile"
    else:
        lieu = f"du {arrondissement}{'er' if arrondissement == 1 else 'e'} arrondissement"
    return guichet.format(arrondissement=lieu)


def _verifier_nom_et_famille(aide, chemin: Path) -> None:
    if aide.slug != chemin.stem:
        raise ErreurRegistre(f"Registre {chemin.name} : le slug « {aide.slug} » doit être le nom du fichier.")
    if aide.famille not in FAMILLES:
        raise ErreurRegistre(f"Registre {chemin.name} : famille « {aide.famille} » inconnue ({', '.join(FAMILLES)}).")


@functools.cache
def _registre() -> tuple[Aide | AideNonEncodee, ...]:
    lues = [_lire_aide(chemin) for chemin in sorted(DOSSIER.glob("*.yaml"))]
    return tuple(sorted(lues, key=lambda a: (FAMILLES.index(a.famille), a.slug)))


@functools.cache
def aides() -> tuple[Aide, ...]:
    """Every computed aid of the registry, in a stable order (family, then slug)."""
    return tuple(a for a in _registre() if isinstance(a, Aide))


@functools.cache
def non_encodees() -> tuple[AideNonEncodee, ...]:
    """The registry's aids listed without rules ("non encodées"), in the same order."""
    return tuple(a for a in _registre() if isinstance(a, AideNonEncodee))


def aide(slug: str) -> Aide:
    for candidate in aides():
        if candidate.slug == slug:
            return candidate
    raise KeyError(slug)


def slugs() -> tuple[str, ...]:
    return tuple(a.slug for a in aides())


def aides_des_reformes(noms: list[str] | tuple[str, ...]) -> tuple[Aide, ...]:
    """Registry-like entries for the aids the reforms create (class attribute `nouvelles_aides`)."""
    entrees = []
    for nom in noms:
        classe = classe_reforme(nom)
        for slug, description in getattr(classe, "nouvelles_aides", {}).items():
            entrees.append(
                Aide(
                    slug=slug, libelle=description["libelle"], famille=description.get("famille", "jeunes"),
                    public=description.get("public", ""), periodicite=description["periodicite"],
                    reglement=description.get("reglement", f"Réforme {nom} (scénario)"), montant=slug,
                    eligible=f"{slug}_eligible", conditions=(), donnees=(),
                )
            )
    return tuple(entrees)
