"""`paris-droits evaluer --interactif`: the questions, one by one, with validation and
defaults; the answers make a fiche ménage (paris_droits.fiche)."""

from __future__ import annotations

import click

from paris_droits.commun.periodes import periode_courante, valider_mois

STATUTS = [
    "locataire_hlm", "locataire_vide", "locataire_meuble", "locataire_foyer",
    "proprietaire", "primo_accedant", "loge_gratuitement", "sans_domicile",
]


class _Nombre(click.ParamType):
    """A number within bounds, with French messages (click's own are in English)."""

    def __init__(self, minimum, maximum=None, entier=False) -> None:
        self.minimum, self.maximum, self.entier = minimum, maximum, entier
        self.name = "entier" if entier else "nombre"

    def convert(self, valeur, param, ctx):
        if isinstance(valeur, (int, float)) and not isinstance(valeur, bool):
            nombre = valeur
        else:
            texte = str(valeur).strip().replace(",", ".").replace(" ", "").replace("\u202f", "")
            try:
                nombre = int(texte) if self.entier else float(texte)
            except ValueError:
                self.fail(f"« {valeur} » n'est pas {'un nombre entier' if self.entier else 'un nombre'}.", param, ctx)
        if nombre < self.minimum or (self.maximum is not None and nombre > self.maximum):
            borne = f"entre {self.minimum} et {self.maximum}" if self.maximum is not None else f"au moins {self.minimum}"
            self.fail(f"la valeur doit être {borne}.", param, ctx)
        return nombre


MONTANT = _Nombre(0)


class _OuiNon(click.ParamType):
    name = "oui/non"
    VALEURS = {"o": True, "oui": True, "y": True, "yes": True, "n": False, "non": False, "no": False}

    def convert(self, valeur, param, ctx):
        if isinstance(valeur, bool):
            return valeur
        reponse = self.VALEURS.get(str(valeur).strip().lower())
        if reponse is None:
            self.fail("répondez par « o » (oui) ou « n » (non).", param, ctx)
        return reponse


def _oui_non(question: str, defaut: bool) -> bool:
    return click.prompt(f"{question} (o/n)", type=_OuiNon(), default="o" if defaut else "n", show_default=True)


def _montant(question: str) -> float:
    return click.prompt(f"{question} (€ par mois)", type=MONTANT, default=0.0, show_default=True)


def _periode() -> str:
    while True:
        texte = click.prompt("Mois de la demande (AAAA-MM)", default=periode_courante())
        try:
            return valider_mois(texte, "mois de la demande")
        except Exception as erreur:  # ErreurPeriode: ask again
            click.echo(str(erreur), err=True)


def _personne(titre: str, adulte: bool) -> dict:
    click.echo(f"— {titre}")
    personne: dict = {"age": click.prompt("  Âge (années)", type=_Nombre(0, 120, entier=True))}
    if adulte:
        personne["revenus"] = {
            "salaire_net": _montant("  Salaire net"),
            "chomage_net": _montant("  Allocations chômage"),
            "retraite_nette": _montant("  Retraites"),
            "pensions_invalidite": _montant("  Pension d'invalidité"),
            "autres_revenus": _montant("  Autres revenus imposables"),
        }
        personne["prestations"] = {"aah": _montant("  AAH perçue"), "aspa": _montant("  ASPA perçue")}
        personne["handicap"] = _oui_non("  Situation de handicap reconnue ?", False)
    else:
        personne["repas_cantine_par_mois"] = click.prompt("  Repas à la cantine par mois", type=_Nombre(0, 31, entier=True), default=0)
        personne["beneficiaire_aeeh"] = _oui_non("  Ouvre droit à l'AEEH (enfant handicapé) ?", False)
    return personne


def questionner() -> dict:
    """Ask the questions and return a fiche ménage."""
    click.echo("Évaluation des droits d'un ménage — répondez aux questions (Entrée garde la valeur proposée).")
    fiche: dict = {"periode": _periode()}
    fiche["arrondissement"] = click.prompt("Arrondissement du logement (1 à 20)", type=_Nombre(1, 20, entier=True))
    fiche["annees_residence_paris"] = click.prompt(
        "Années de résidence à Paris sur les 5 dernières", type=_Nombre(0, 5, entier=True), default=5
    )
    statut = click.prompt("Statut d'occupation du logement", type=click.Choice(STATUTS), default="locataire_hlm")
    fiche["logement"] = {"statut": statut}
    if statut not in ("loge_gratuitement", "sans_domicile", "proprietaire"):
        fiche["logement"].update(
            {"loyer": _montant("Loyer hors charges"), "charges": _montant("Charges locatives"), "aide_logement": _montant("Aide au logement (AL/APL)")}
        )
    adultes = click.prompt("Nombre d'adultes dans le ménage", type=_Nombre(1, 6, entier=True), default=1)
    fiche["adultes"] = [_personne("Demandeur" if rang == 0 else f"Adulte {rang + 1}", True) for rang in range(adultes)]
    enfants = click.prompt("Nombre d'enfants", type=_Nombre(0, 12, entier=True), default=0)
    fiche["enfants"] = [_personne(f"Enfant {rang + 1}", False) for rang in range(enfants)]
    allocataire = _oui_non("Le ménage a-t-il un dossier à la CAF ?", True)
    fiche["caf"] = {"allocataire": allocataire}
    if allocataire:
        qf = click.prompt(
            "Quotient familial de l'attestation CAF (laisser vide si inconnu)", default="", show_default=False,
            value_proc=lambda texte: texte if not str(texte).strip() else MONTANT.convert(texte, None, None),
        )
        if str(qf).strip():
            fiche["caf"]["quotient_familial"] = qf
        fiche["caf"]["prestations_familiales"] = _montant("Prestations familiales CAF")
        fiche["caf"]["rsa"] = _montant("RSA")
    fiche["impots"] = {
        "impot_revenu": click.prompt("Impôt sur le revenu du dernier avis (€ par an)", type=MONTANT, default=0.0),
        "revenu_fiscal_reference": click.prompt("Revenu fiscal de référence (€ par an)", type=MONTANT, default=0.0),
        "nombre_parts": click.prompt("Nombre de parts fiscales", type=_Nombre(1), default=1.0),
    }
    return fiche
