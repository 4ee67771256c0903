"""School-canteen summary for one situation (the first job of the engine)."""

from __future__ import annotations

from paris_droits.menage.evaluation import lire_demande
from paris_droits.menage.situation import construire_simulation
from paris_droits.regles.systeme import systeme

VARIABLES = (
    "restauration_scolaire_route_qf",
    "restauration_scolaire_quotient_familial",
    "restauration_scolaire_tranche",
    "restauration_scolaire_tarif_repas",
    "restauration_scolaire_cout_mensuel",
    "restauration_scolaire_surcout_sans_dossier",
)


def resume_cantine(donnees: dict, periode: str | None = None) -> tuple[list[dict], list[str]]:
    """(one dict per household: QF route, QF, billed tranche, meal price and monthly bill; French warnings
    about the month). The month is the one asked, else the month the inputs describe."""
    situation, _, periode, avertissements = lire_demande(donnees, periode, systeme())
    simulation = construire_simulation(situation, systeme(), periode)
    valeurs = {nom: simulation.calculate(nom, periode) for nom in VARIABLES}
    route = valeurs["restauration_scolaire_route_qf"]
    resultats = []
    for rang, identifiant in enumerate(simulation.populations["menage"].ids):
        resultats.append(
            {
                "menage": identifiant,
                "periode": periode,
                "route_qf": route.decode()[rang].name,
                "route_qf_libelle": route.decode()[rang].value,
                "quotient_familial": round(float(valeurs["restauration_scolaire_quotient_familial"][rang]), 2),
                "tranche": int(valeurs["restauration_scolaire_tranche"][rang]),
                "tarif_repas": round(float(valeurs["restauration_scolaire_tarif_repas"][rang]), 2),
                "cout_mensuel": round(float(valeurs["restauration_scolaire_cout_mensuel"][rang]), 2),
                "surcout_sans_dossier": round(float(valeurs["restauration_scolaire_surcout_sans_dossier"][rang]), 2),
            }
        )
    return resultats, avertissements
