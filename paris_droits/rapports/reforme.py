"""French renderings of a reform comparison: terminal text and a self-contained HTML report.

The report (template gabarits/rapport_reforme.html) shows the reform's cost with its 95 %
bootstrap interval, the change per aid, and for each breakdown (QF tranche, decile of living
standard, household type, arrondissement, QPV) the winners beside the losers and the net change;
every chart is followed by its data as a table. Savings and losses are negative: drawn left of
zero, in their own colour, written with their sign.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from paris_droits.commun.format import (
    couper,
    euros,
    euros_signes,
    ligne_alignee,
    mois_en_lettres,
    montant_court,
    nombre,
    pourcentage,
)
from paris_droits.rapports import graphiques
from paris_droits.rapports.pages import Tableau, rendre
from paris_droits.reformes.comparaison import LIBELLES_DIMENSIONS, Comparaison

MARQUE_MAXIMUM = " (max.)"
NOTE_MAXIMUM = (
    "(max.) : aide discrétionnaire dont le montant calculé est un montant maximal ; sa variation est une borne haute "
    "(majorant), la commission décide du montant réel."
)
NOTE_IC = "IC 95 % : intervalle de confiance à 95 % par bootstrap sur les ménages ({replicats} réplicats, graine {graine})."


def _taux(valeur) -> str:
    return "—" if valeur is None else pourcentage(valeur)


def _signe(valeur: float) -> str:
    texte = montant_court(valeur)
    return texte if valeur < 0 else f"+{texte}"


def _ic_texte(ic) -> str:
    return "" if not ic else f" (IC 95 % : {_signe(ic[0])} à {_signe(ic[1])})"


def _resume(c: Comparaison) -> list[str]:
    return [
        f"Réforme : {c.libelle or ' puis '.join(c.reformes)} ({' puis '.join(c.reformes)}) — comparée à la législation en vigueur, "
        f"{mois_en_lettres(c.periode)} (période {c.periode})",
        f"Échantillon : {c.description} ; {nombre(c.menages)} ménages calculés ({nombre(c.menages_ponderes)} pondérés).",
        "",
        f"Coût annuel, tous ayants droit (droits)     : {_signe(c.cout_annuel_droits)}{_ic_texte(c.ic95.get('cout_annuel_droits'))}",
        f"Coût annuel attendu, avec le recours (dépense) : {_signe(c.cout_annuel_depense)}"
        f"{_ic_texte(c.ic95.get('cout_annuel_depense'))}",
        f"Ménages gagnants : {nombre(c.menages_gagnants)} (gain moyen {euros(c.gain_moyen_annuel)} par an)",
        f"Ménages perdants : {nombre(c.menages_perdants)}"
        + (f" (perte moyenne {euros(-c.perte_moyenne_annuelle)} par an)" if c.menages_perdants else ""),
        f"Nouveaux ménages éligibles (au moins une aide) : {nombre(c.nouveaux_eligibles)}",
        f"Non-recours (paires ménage × aide) : {_taux(c.taux_non_recours_base)} → {_taux(c.taux_non_recours_reforme)}",
    ]


def _lignes_aides(c: Comparaison):
    return [(d["libelle"], d) for d in c.par_aide.values() if d["cout_annuel_droits"] or d["cout_annuel_depense"] or d["nouveaux_eligibles"]]


def _libelle_aide(d: dict) -> str:
    return d["libelle"] + (MARQUE_MAXIMUM if d.get("montant_maximal") else "")


def texte(c: Comparaison) -> str:
    lignes = _resume(c) + ["", "Par aide (variation annuelle)"]
    entetes = ("Aide", "Droits", "Dépense", "Nouveaux éligibles", "Non-recours")
    largeurs = (48, 14, 14, 19, 19)
    lignes.append(ligne_alignee(entetes, largeurs))
    aides = _lignes_aides(c) or [("(aucune aide ne change)", None)]
    for libelle, d in aides:
        if d is None:
            lignes.append(libelle)
            continue
        cellules = (
            couper(_libelle_aide(d)), _signe(d["cout_annuel_droits"]),
            _signe(d["cout_annuel_depense"]), nombre(d["nouveaux_eligibles"]),
            f"{_taux(d['taux_non_recours_base'])} → {_taux(d['taux_non_recours_reforme'])}",
        )
        lignes.append(ligne_alignee(cellules, largeurs))
    if any(d.get("montant_maximal") for _, d in _lignes_aides(c)):
        lignes.append(NOTE_MAXIMUM)
    for dimension, groupes in c.par_groupe.items():
        lignes += ["", f"Par {LIBELLES_DIMENSIONS[dimension]}"]
        lignes.append(f"{'Groupe':<34}{'Ménages':>12}{'Gagnants':>12}{'Perdants':>12}{'Gain moyen':>14}{'Coût (droits)':>16}")
        for g in groupes:
            lignes.append(
                f"{couper(g.libelle, 33):<34}{nombre(g.menages):>12}{nombre(g.gagnants):>12}{nombre(g.perdants):>12}"
                f"{euros(g.gain_moyen_annuel, 0):>14}{_signe(g.cout_annuel_droits):>16}"
            )
    return "\n".join(lignes)


# --- Data of the charts (DataFrames: what is plotted is what the tables print) ---------------------------


def _bornes(ic) -> tuple[float, float]:
    return (np.nan, np.nan) if not ic else (float(ic[0]), float(ic[1]))


def mesures(c: Comparaison) -> tuple[tuple[str, str], tuple[str, str]]:
    """((key, French name) of the cost the charts show, (key, name) of the other one).

    Entitlements, except for a reform that only changes take-up (no entitlement moves): then the
    expected spending, so that its charts are not empty."""
    droits, depense = ("cout_annuel_droits", "des droits"), ("cout_annuel_depense", "de la dépense attendue")
    if any(abs(d["cout_annuel_droits"]) >= 0.005 for d in c.par_aide.values()):
        return droits, depense
    return depense, droits


def donnees_cout(c: Comparaison) -> pd.DataFrame:
    lignes = []
    for cle, libelle in (("cout_annuel_droits", "Droits (tous les ayants droit)"), ("cout_annuel_depense", "Dépense attendue (avec le recours)")):
        bas, haut = _bornes(c.ic95.get(cle))
        lignes.append({"libelle": libelle, "valeur": float(getattr(c, cle)), "ic_bas": bas, "ic_haut": haut})
    return pd.DataFrame(lignes)


def donnees_aides(c: Comparaison) -> pd.DataFrame:
    """Per aid that changes: `valeur` (the charted cost, signed) with its interval, `autre` (the other cost)."""
    (mesure, _), (autre, _) = mesures(c)
    lignes = []
    for _, d in _lignes_aides(c):
        bas, haut = _bornes(d.get(f"ic95_{mesure}"))
        lignes.append({
            "libelle": _libelle_aide(d), "valeur": d[mesure], "ic_bas": bas, "ic_haut": haut, "autre": d[autre],
            "nouveaux_eligibles": d["nouveaux_eligibles"],
            "non_recours": f"{_taux(d['taux_non_recours_base'])} → {_taux(d['taux_non_recours_reforme'])}",
        })
    table = pd.DataFrame(lignes, columns=["libelle", "valeur", "ic_bas", "ic_haut", "autre", "nouveaux_eligibles", "non_recours"])
    return table.sort_values("valeur", key=np.abs, ascending=False, kind="stable").reset_index(drop=True)


def donnees_groupes(c: Comparaison, dimension: str) -> pd.DataFrame:
    """Per group: winners, losers (both ≥ 0), mean gain and loss, `variation` (the charted cost) and `autre`."""
    (mesure, _), (autre, _) = mesures(c)
    return pd.DataFrame(
        [
            {"libelle": g.libelle, "menages": g.menages, "gagnants": g.gagnants, "perdants": g.perdants,
             "gain_moyen": g.gain_moyen_annuel, "perte_moyenne": g.perte_moyenne_annuelle,
             "variation": getattr(g, mesure), "autre": getattr(g, autre)}
            for g in c.par_groupe[dimension]
        ],
        columns=["libelle", "menages", "gagnants", "perdants", "gain_moyen", "perte_moyenne", "variation", "autre"],
    )


# --- Charts and their tables ------------------------------------------------------------------------------


def _ic_cellules(bas: float, haut: float) -> list[str]:
    return ["—", "—"] if not (np.isfinite(bas) and np.isfinite(haut)) else [euros_signes(bas), euros_signes(haut)]


def _graphique_cout(c: Comparaison):
    donnees = donnees_cout(c)
    titre = f"Coût annuel de la réforme, avec son intervalle de confiance à 95 % — {mois_en_lettres(c.periode)}"
    g = graphiques.graphique("cout", titre, graphiques.barres_signees(donnees), donnees)
    lignes = [[r.libelle, euros_signes(r.valeur), *_ic_cellules(r.ic_bas, r.ic_haut)] for r in donnees.itertuples()]
    notes = [NOTE_IC.format(replicats=nombre(c.replicats), graine=c.graine),
             "Un montant négatif est une économie pour la Ville (signe −)."]
    return g, Tableau("cout", ["Mesure", "Variation annuelle", "IC 95 % : borne basse", "IC 95 % : borne haute"], lignes,
                      "Coût annuel de la réforme", notes)


def _graphique_aides(c: Comparaison):
    donnees = donnees_aides(c)
    if donnees.empty:
        return None, None
    (_, nom), (_, nom_autre) = mesures(c)
    titre = f"Variation annuelle {nom} par aide (coût +, économie −), avec son intervalle de confiance à 95 %"
    g = graphiques.graphique("aides", titre, graphiques.barres_signees(donnees), donnees)
    lignes = [
        [r.libelle, euros_signes(r.valeur), *_ic_cellules(r.ic_bas, r.ic_haut), euros_signes(r.autre), nombre(r.nouveaux_eligibles),
         r.non_recours]
        for r in donnees.itertuples()
    ]
    notes = [NOTE_MAXIMUM] if any(r.endswith(MARQUE_MAXIMUM) for r in donnees["libelle"]) else []
    entetes = ["Aide", f"Variation {nom}", "IC 95 % : borne basse", "IC 95 % : borne haute", f"Variation {nom_autre}",
               "Nouveaux éligibles", "Non-recours avant → après"]
    return g, Tableau("aides", entetes, lignes, "Variation annuelle par aide", notes)


def _graphique_groupes(c: Comparaison, dimension: str):
    donnees = donnees_groupes(c, dimension)
    (_, nom), (_, nom_autre) = mesures(c)
    libelle_dimension = LIBELLES_DIMENSIONS[dimension]
    titre = f"Ménages gagnants et perdants, et variation annuelle {nom}, par {libelle_dimension}"
    g = graphiques.graphique(dimension, titre, graphiques.gagnants_perdants(donnees, f"Variation annuelle {nom}"), donnees)
    lignes = [
        [r.libelle, nombre(r.menages), nombre(r.gagnants), nombre(r.perdants), euros(r.gain_moyen, 0) if r.gagnants else "—",
         euros_signes(r.perte_moyenne) if r.perdants else "—", euros_signes(r.variation), euros_signes(r.autre)]
        for r in donnees.itertuples()
    ]
    entetes = ["Groupe", "Ménages", "Gagnants", "Perdants", "Gain moyen des gagnants", "Perte moyenne des perdants",
               f"Variation {nom}", f"Variation {nom_autre}"]
    notes = ["Ménages pondérés. Gain et perte moyens par an, parmi les gagnants et les perdants du groupe."]
    if dimension == "decile_niveau_de_vie":
        notes.append("Niveau de vie : ressources mensuelles du foyer (au sens du règlement) par unité de consommation "
                     "(échelle de l'OCDE modifiée : 1, 0,5 par autre personne de 14 ans ou plus, 0,3 par enfant de moins de "
                     "14 ans) ; déciles de ménages pondérés, chacun un dixième des ménages (aux égalités près).")
    return g, Tableau(dimension, entetes, lignes, f"Par {libelle_dimension}", notes)


def graphiques_rapport(c: Comparaison) -> list[tuple]:
    """[(Graphique, Tableau)] in the order of the report; the same objects the tests read."""
    sections = [_graphique_cout(c), _graphique_aides(c)]
    sections += [_graphique_groupes(c, dimension) for dimension in c.par_groupe]
    return [(g, t) for g, t in sections if g is not None]


CHIFFRES_CLES = ("cout_annuel_droits", "cout_annuel_depense", "menages_gagnants", "menages_perdants", "gain_moyen_annuel",
                 "perte_moyenne_annuelle", "nouveaux_eligibles")


def contexte_rapport(c: Comparaison) -> dict:
    """What the report's body (gabarits/_rapport_reforme_corps.html) needs: the command line's report and the
    web page's results both render it from this."""
    sections = graphiques_rapport(c)
    donnees = c.en_dict()
    return {
        "c": c,
        "mois": mois_en_lettres(c.periode),
        "titre": f"Réforme « {c.libelle or ' puis '.join(c.reformes)} » — {mois_en_lettres(c.periode)}",
        "resume": _resume(c),
        "cout": sections[0],
        "aides": next((s for s in sections if s[0].identifiant == "aides"), None),
        "groupes": [s for s in sections if s[0].identifiant in c.par_groupe],
        "libelles_dimensions": LIBELLES_DIMENSIONS,
        "ic": c.ic95,
        "taux_base": _taux(c.taux_non_recours_base),
        "taux_reforme": _taux(c.taux_non_recours_reforme),
        "note_ic": NOTE_IC.format(replicats=nombre(c.replicats), graine=c.graine),
        "chiffres_cles": {cle: donnees[cle] for cle in CHIFFRES_CLES},
    }


def html_rapport(c: Comparaison) -> str:
    return rendre("rapport_reforme.html", **contexte_rapport(c))
