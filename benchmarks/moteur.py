"""Performance of the single-household check and of reform comparisons (part of `make bench`).

- `evaluer`: every aid with its explanations for one household, warm (tax-benefit system
  already built), median over repeated runs for each example situation; and the CLI cold
  start (`paris-droits evaluer situations/…json`, a fresh Python process), median of 5.
- Reform comparison: `reformes.comparer` (baseline + reform) on 100 000 synthetic
  households, against one batch run (`lot.calculer`) over the same households.

Written to docs/performance.md between <!-- moteur:debut --> and <!-- moteur:fin -->.
"""

from __future__ import annotations

import datetime
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.commun import ecrire_section

DEBUT = "<!-- moteur:debut -->"
FIN = "<!-- moteur:fin -->"
REPETITIONS_CHAUD = 30
REPETITIONS_FROID = 5
MENAGES_REFORME = 100_000
REFORME = "cantine_gratuite_tranches_1_2"
OBJECTIF_CHAUD_S = 0.1
OBJECTIF_FROID_S = 2.0
OBJECTIF_RATIO_REFORME = 3.0
# One household before the history from 2016 and the règlement's remaining aids were encoded (docs/performance.md
# of 2026-11-23, 17 aids): the median of each example situation, in ms. More aids may cost at most 20 % more.
AVANT_DATE, AVANT_AIDES = "2026-11-23", 17
AVANT_MS = {
    "adulte_handicape_aah_css": 18.2, "aidant_parent_soins_palliatifs": 17.5, "couple_deux_eleves": 18.3,
    "couple_deux_enfants_factures_energie": 18.6, "couple_jumeaux_nouveau_nes": 16.8, "couple_trois_enfants_locataire": 17.8,
    "etudiante_boursiere_studio_meuble": 19.9, "famille_sans_dossier_caf": 20.6, "famille_sans_dossier_qf": 23.5,
    "fille_hebergeant_mere_agee": 22.0, "jeune_accompagne_mission_locale": 23.4, "jeune_projet_vacances_autonome": 22.3,
    "parent_isole_deux_enfants_locataire": 19.2, "parent_isole_enfant_handicape_aeeh": 17.8, "parent_isole_un_eleve": 17.4,
    "personne_agee_seule_locataire": 17.3, "personne_agee_seule_petite_retraite": 17.6,
}
HAUSSE_MAX_PAR_MENAGE = 1.2


def _n(valeur: float, decimales: int = 0) -> str:
    return f"{valeur:,.{decimales}f}".replace(",", "\u202f").replace(".", ",")


def mesurer_evaluer() -> dict:
    from paris_droits.menage.evaluation import evaluer
    from paris_droits.menage.situation import charger_fichier
    from paris_droits.regles import chemins
    from paris_droits.regles.systeme import systeme

    systeme()
    medianes = {}
    for chemin in sorted(chemins.SITUATIONS.glob("*.json")):
        situation = charger_fichier(chemin)
        evaluer(situation, "2026-11")  # warm-up: dependency graph, caches
        durees = []
        for _ in range(REPETITIONS_CHAUD):
            debut = time.perf_counter()
            evaluer(situation, "2026-11")
            durees.append(time.perf_counter() - debut)
        medianes[chemin.stem] = statistics.median(durees)
    exemple = sorted(chemins.SITUATIONS.glob("*.json"))[0]
    froids = []
    for _ in range(REPETITIONS_FROID):
        debut = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "paris_droits", "evaluer", str(exemple), "--periode", "2026-11"],
            capture_output=True, check=True,
        )
        froids.append(time.perf_counter() - debut)
    return {"chaud": medianes, "froid_s": statistics.median(froids), "exemple": exemple.name}


def mesurer_reforme() -> dict:
    from paris_droits import reformes
    from paris_droits.lot import calcul as lot
    from paris_droits.lot.echantillon import Echantillon, preparer
    from paris_droits.population.generateur import generer_population

    population = generer_population(MENAGES_REFORME, 2026, "2026-11")
    preparation = preparer(population.menages, population.individus, strict=True)
    lot.calculer(preparation, "2026-11", taille_lot=1000)  # warm-up of the tax-benefit system
    lot.systeme_pour((REFORME,))
    debut = time.perf_counter()
    lot.calculer(preparer(population.menages, population.individus, strict=True), "2026-11")
    un_lot = time.perf_counter() - debut
    debut = time.perf_counter()
    reformes.comparer([REFORME], Echantillon(population.menages, population.individus), "2026-11")
    comparaison = time.perf_counter() - debut
    return {"un_lot_s": un_lot, "comparaison_s": comparaison, "ratio": comparaison / un_lot}


def _comparaison_avant(chaud: dict) -> str:
    """The same example situations as on AVANT_DATE, summed: now against then."""
    communes = [nom for nom in AVANT_MS if nom in chaud]
    rapport = sum(1000 * chaud[nom] for nom in communes) / sum(AVANT_MS[nom] for nom in communes)
    from paris_droits.catalogue.registre import aides

    return (
        f"Par rapport au {AVANT_DATE} ({AVANT_AIDES} aides, contre {len(aides())} aujourd'hui), sur les {len(communes)} mêmes situations : "
        f"×{_n(rapport, 2)} (objectif : au plus ×{_n(HAUSSE_MAX_PAR_MENAGE, 2)} ; {'tenu' if rapport <= HAUSSE_MAX_PAR_MENAGE else 'NON TENU'})."
    )


def rediger(evaluation: dict, reforme: dict) -> str:
    chaud = evaluation["chaud"]
    pire = max(chaud.values())
    lignes = [
        DEBUT,
        "## Un ménage (`paris-droits evaluer`, `paris_droits.evaluer`) et comparaison de réformes",
        "",
        f"Mesuré le {datetime.date.today().isoformat()} par `make bench` (`python -m benchmarks`).",
        "",
        f"**Toutes les aides, avec leurs explications, pour un ménage, à chaud** (système socio-fiscal déjà construit) : "
        f"médiane de {REPETITIONS_CHAUD} exécutions par situation d'exemple.",
        "",
        "| Situation | Médiane (ms) |",
        "|---|---:|",
    ]
    lignes += [f"| {nom} | {_n(1000 * duree, 1)} |" for nom, duree in sorted(chaud.items())]
    lignes += [
        "",
        f"Objectif 100 ms : {'tenu' if pire <= OBJECTIF_CHAUD_S else 'NON TENU'} — pire situation {_n(1000 * pire, 1)} ms, "
        f"soit {_n(pire / OBJECTIF_CHAUD_S, 2)} × l'objectif.",
        "",
        _comparaison_avant(chaud),
        "",
        f"**Démarrage à froid de la ligne de commande** (`paris-droits evaluer situations/{evaluation['exemple']}`, nouveau "
        f"processus Python, médiane de {REPETITIONS_FROID}) : {_n(evaluation['froid_s'], 2)} s — objectif 2 s "
        f"{'tenu' if evaluation['froid_s'] <= OBJECTIF_FROID_S else 'NON TENU'} ({_n(evaluation['froid_s'] / OBJECTIF_FROID_S, 2)} × l'objectif).",
        "",
        f"**Comparaison de réforme sur {_n(MENAGES_REFORME)} ménages** (`reformes.comparer`, réforme `{REFORME}` : "
        "législation en vigueur puis réforme, agrégats et répartitions compris) : "
        f"{_n(reforme['comparaison_s'], 1)} s, contre {_n(reforme['un_lot_s'], 1)} s pour un seul calcul en lot des mêmes "
        f"ménages, soit un rapport de ×{_n(reforme['ratio'], 2)} (objectif ≤ ×{_n(OBJECTIF_RATIO_REFORME, 0)} : "
        f"{'tenu' if reforme['ratio'] <= OBJECTIF_RATIO_REFORME else 'NON TENU'}).",
        FIN,
    ]
    return "\n".join(lignes) + "\n"


def main(cible: Path) -> None:
    evaluation = mesurer_evaluer()
    print(f"evaluer à chaud : pire {_n(1000 * max(evaluation['chaud'].values()), 1)} ms ; à froid {_n(evaluation['froid_s'], 2)} s", flush=True)
    reforme = mesurer_reforme()
    print(f"comparaison de réforme : ×{_n(reforme['ratio'], 2)} un calcul en lot", flush=True)
    ecrire_section(rediger(evaluation, reforme), cible, DEBUT, FIN)
