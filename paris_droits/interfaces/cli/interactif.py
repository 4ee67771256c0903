"""`paris-droits evaluer --interactif`: the questions, one by one, with validation and
defaults; the answers make a fiche ménage (paris_droits.menage.fiche).

A refused answer (not a number, `nan`, `inf`, out of bounds) is asked again with a French reason;
the answers already given are kept. If the session is interrupted (Ctrl-C, end of input), the
answers given so far are saved as a fiche ménage (mode 0600) that `paris-droits evaluer` reads.
"""

from __future__ import annotations

import math
from pathlib import Path

import click
import yaml

from paris_droits.commun import interruptions
from paris_droits.commun.erreurs import ErreurPeriode
from paris_droits.commun.fichiers import ecrire_texte
from paris_droits.commun.periodes import periode_courante
from paris_droits.regles.bornes import AGE_MAX, MONTANT_ANNUEL_MAX, MONTANT_MENSUEL_MAX
from paris_droits.regles.bornes import nombre as en_lettres
from paris_droits.regles.couverture import mois_couvert

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
        if not math.isfinite(nombre):
            self.fail(f"« {valeur} » n'est pas un nombre fini.", param, ctx)
        if nombre < self.minimum or (self.maximum is not None and nombre > self.maximum):
            borne = (
                f"entre {en_lettres(self.minimum)} et {en_lettres(self.maximum)}" if self.maximum is not None else f"au moins {en_lettres(self.minimum)}"
            )
            self.fail(f"la valeur doit être {borne}.", param, ctx)
        return nombre


MONTANT = _Nombre(0, MONTANT_MENSUEL_MAX)
MONTANT_ANNUEL = _Nombre(0, MONTANT_ANNUEL_MAX)


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
            return mois_couvert(texte, "mois de la demande")
        except ErreurPeriode as erreur:  # asked again
            click.echo(str(erreur), err=True)


def _personne(personne: dict, titre: str, adulte: bool) -> None:
    """Fill `personne` (already in the fiche, so that an interruption keeps what was answered)."""
    click.echo(f"— {titre}")
    personne["age"] = click.prompt("  Âge (années)", type=_Nombre(0, AGE_MAX, entier=True))
    if adulte:
        personne["revenus"] = revenus = {}
        revenus["salaire_net"] = _montant("  Salaire net")
        revenus["chomage_net"] = _montant("  Allocations chômage")
        revenus["retraite_nette"] = _montant("  Retraites")
        revenus["pensions_invalidite"] = _montant("  Pension d'invalidité")
        revenus["pensions_alimentaires_percues"] = _montant("  Pension alimentaire reçue")
        revenus["autres_revenus"] = _montant("  Autres revenus imposables")
        personne["prestations"] = {"aah": _montant("  AAH perçue"), "aspa": _montant("  ASPA perçue")}
        personne["handicap"] = _oui_non("  Situation de handicap reconnue ?", False)
    else:
        personne["repas_cantine_par_mois"] = click.prompt("  Repas à la cantine par mois", type=_Nombre(0, 31, entier=True), default=0)
        personne["beneficiaire_aeeh"] = _oui_non("  Ouvre droit à l'AEEH (enfant handicapé) ?", False)


def _logement(fiche: dict) -> None:
    fiche["arrondissement"] = click.prompt("Arrondissement du logement (1 à 20)", type=_Nombre(1, 20, entier=True))
    fiche["annees_residence_paris"] = click.prompt(
        "Années de résidence à Paris sur les 5 dernières", type=_Nombre(0, 5, entier=True), default=5
    )
    statut = click.prompt("Statut d'occupation du logement", type=click.Choice(STATUTS), default="locataire_hlm")
    fiche["logement"] = logement = {"statut": statut}
    if statut not in ("loge_gratuitement", "sans_domicile", "proprietaire"):
        logement["loyer"] = _montant("Loyer hors charges")
        logement["charges"] = _montant("Charges locatives")
        logement["aide_logement"] = _montant("Aide au logement (AL/APL)")
        fiche["impayes_logement"] = _oui_non("Y a-t-il un impayé de loyer ou de charges ?", False)
    fiche["factures_energie_a_charge"] = _oui_non("Le ménage paie-t-il lui-même ses factures d'électricité ou de gaz ?", True)


def _membres(fiche: dict) -> None:
    adultes = click.prompt("Nombre d'adultes dans le ménage", type=_Nombre(1, 6, entier=True), default=1)
    fiche["adultes"] = []
    for rang in range(adultes):
        fiche["adultes"].append({})
        _personne(fiche["adultes"][-1], "Demandeur" if rang == 0 else f"Adulte {rang + 1}", True)
    enfants = click.prompt("Nombre d'enfants", type=_Nombre(0, 12, entier=True), default=0)
    fiche["enfants"] = []
    for rang in range(enfants):
        fiche["enfants"].append({})
        _personne(fiche["enfants"][-1], f"Enfant {rang + 1}", False)


def _caf_et_impots(fiche: dict) -> None:
    allocataire = _oui_non("Le ménage a-t-il un dossier à la CAF ?", True)
    fiche["caf"] = caf = {"allocataire": allocataire}
    if allocataire:
        qf = click.prompt(
            "Quotient familial de l'attestation CAF (laisser vide si inconnu)", default="", show_default=False,
            value_proc=lambda texte: texte if not str(texte).strip() else MONTANT.convert(texte, None, None),
        )
        if str(qf).strip():
            caf["quotient_familial"] = qf
        caf["prestations_familiales"] = _montant("Prestations familiales CAF")
        caf["rsa"] = _montant("RSA")
    fiche["impots"] = impots = {}
    impots["impot_revenu"] = click.prompt("Impôt sur le revenu du dernier avis (€ par an)", type=MONTANT_ANNUEL, default=0.0)
    impots["revenu_fiscal_reference"] = click.prompt("Revenu fiscal de référence (€ par an)", type=MONTANT_ANNUEL, default=0.0)
    impots["nombre_parts"] = click.prompt("Nombre de parts fiscales", type=_Nombre(1, 50), default=1.0)


def _sauver(fiche: dict, dossier: Path) -> Path | None:
    """The answers given so far, as a fiche ménage that `paris-droits evaluer` reads (mode 0600)."""
    if len(fiche) <= 1:
        return None
    chemin = dossier / f"fiche-interrompue-{fiche.get('periode', 'sans-mois')}.yaml"
    entete = "# Réponses données avant l'interruption de « paris-droits evaluer --interactif » ; à compléter.\n"
    return ecrire_texte(chemin, entete + yaml.safe_dump(fiche, allow_unicode=True, sort_keys=False), personnel=True)


def questionner(dossier_sauvegarde: Path | None = None) -> dict:
    """Ask the questions and return a fiche ménage; interrupted, save the answers given and stop."""
    click.echo("Évaluation des droits d'un ménage — répondez aux questions (Entrée garde la valeur proposée).")
    fiche: dict = {}
    try:
        fiche["periode"] = _periode()
        _logement(fiche)
        _membres(fiche)
        _caf_et_impots(fiche)
    except (KeyboardInterrupt, EOFError, click.exceptions.Abort):
        interruptions.acquitter()  # handled here: the answers may be written
        sauvee = _sauver(fiche, dossier_sauvegarde or Path.cwd())
        if sauvee is not None:
            click.echo(f"\nInterrompu : les réponses données sont enregistrées dans {sauvee}.", err=True)
        raise click.exceptions.Abort() from None
    return fiche
