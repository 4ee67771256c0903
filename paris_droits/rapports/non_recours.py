"""French renderings of the non-recourse estimate and of the automatic-payment comparison:
a plain-text table for the terminal and a self-contained HTML report (template
gabarits/rapport_non_recours.html, matplotlib charts inlined as SVG, no external asset, no network).

Every chart of the report is followed by its data as a table; discretionary aids, whose computed
amount is a maximum, are marked « (max.) » and their unclaimed amount is an upper bound.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from paris_droits.catalogue.registre import DETENTEURS
from paris_droits.commun.format import (
    couper,
    euros,
    ligne_alignee,
    mois_en_lettres,
    montant_abrege,
    montant_court,
    nombre,
    pourcentage,
)
from paris_droits.non_recours.analyse import LIBELLES_DIMENSIONS
from paris_droits.rapports import graphiques
from paris_droits.rapports.pages import Tableau, rendre
from paris_droits.rapports.pages import ecrire_html as ecrire_html  # noqa: PLC0414 - part of this module's API

LARGEUR_LIBELLE = 48
MARQUE_MAXIMUM = " (max.)"
NOTE_MAXIMUM = "(max.) : aide discrétionnaire dont le montant calculé est un maximum ; le montant non réclamé est un majorant."
NOTE_MAXIMUM_HTML = (
    "(max.) : aide discrétionnaire (accordée par une commission) dont le montant calculé est un montant maximal ; "
    "son montant non réclamé est une borne haute (majorant), pas une estimation centrale."
)


def _taux(valeur) -> str:
    return "—" if valeur is None else pourcentage(valeur)


def _ic(ic) -> str:
    return "—" if ic is None else f"[{nombre(100 * ic[0], 1)} ; {nombre(100 * ic[1], 1)}] %"


def _ligne(cellules, largeurs) -> str:
    return ligne_alignee(cellules, largeurs)


def _entete(estimation) -> list[str]:
    lignes = [
        f"Non-recours aux aides de la Ville de Paris — période {estimation.periode}",
        f"Échantillon : {estimation.description} ; {nombre(estimation.menages)} ménages calculés, "
        f"{nombre(estimation.menages_rejetes)} rejeté(s) ; {nombre(estimation.menages_ponderes)} ménages pondérés.",
        "Éligibles et bénéficiaires en ménages (comptes pondérés) ; IC 95 % par bootstrap sur les ménages "
        f"({nombre(estimation.replicats)} réplicats, graine {estimation.graine}).",
    ]
    lignes += [f"Ménage rejeté : {raison}" for raison in estimation.raisons_rejets]
    return lignes


def _tableau(resultats, avec_plante: bool, titre_colonne: str = "Aide") -> list[str]:
    entetes = [titre_colonne, "Éligibles", "Bénéficiaires", "Non-recours", "IC 95 %", "Non réclamé/an", "Erreurs d'incl."]
    if avec_plante:
        entetes.append("Taux planté")
    lignes = []
    for libelle, indicateurs, observe, plante, marque in resultats:
        if not observe:
            cellules = [couper(libelle), nombre(indicateurs.eligibles), "non observé", "—", "—", "—", "—"]
        else:
            cellules = [
                couper(libelle, LARGEUR_LIBELLE - len(marque)) + marque,
                nombre(indicateurs.eligibles),
                nombre(indicateurs.beneficiaires_eligibles),
                _taux(indicateurs.taux_non_recours) + ("*" if indicateurs.effectif_insuffisant else ""),
                _ic(indicateurs.ic95),
                montant_court(indicateurs.montant_non_reclame_annuel),
                nombre(indicateurs.erreurs_inclusion),
            ]
        if avec_plante:
            cellules.append("—" if plante is None else pourcentage(plante))
        lignes.append(cellules)
    largeurs = [max(len(str(c[i])) for c in [entetes, *lignes]) for i in range(len(entetes))]
    sortie = [_ligne(entetes, largeurs), _ligne(["-" * w for w in largeurs], largeurs)]
    sortie += [_ligne(cellules, largeurs) for cellules in lignes]
    return sortie


def _montant_discretionnaire(estimation) -> float:
    return float(sum(r.indicateurs.montant_non_reclame_annuel for r in estimation.aides if r.observe and r.montant_jusqu_a))


def _phrase_total(estimation, formater) -> str:
    """« Montant total non réclamé : 127,5 M€ par an (IC 95 % : …), dont … d'aides discrétionnaires (majorant) »."""
    phrase = f"Montant total non réclamé : {formater(estimation.montant_non_reclame_total)} par an"
    if estimation.ic95_montant_total:
        bas, haut = estimation.ic95_montant_total
        phrase += f" (IC 95 % : {formater(bas)} à {formater(haut)})"
    discretionnaire = _montant_discretionnaire(estimation)
    if discretionnaire > 0:
        phrase += f", dont {formater(discretionnaire)} d'aides discrétionnaires au montant maximal (majorant)"
    return phrase


def texte(estimation) -> str:
    """The French table printed by `paris-droits non-recours`."""
    avec_plante = any(r.taux_plante is not None for r in estimation.aides)
    lignes = _entete(estimation) + [""]
    avec_eligibles = [r for r in estimation.aides if r.indicateurs.effectif_eligibles > 0]
    sans_eligible = [r.libelle for r in estimation.aides if r.indicateurs.effectif_eligibles == 0]
    lignes += _tableau(
        [(r.libelle, r.indicateurs, r.observe, r.taux_plante, " (max.)" if r.montant_jusqu_a else "") for r in avec_eligibles],
        avec_plante,
    )
    lignes += [
        "",
        _phrase_total(estimation, montant_court) + ".",
        *([f"Non-recours non mesuré (aide en nature, ou aucun ménage éligible à un montant dans l'échantillon) : {', '.join(sans_eligible)}."] if sans_eligible else []),
        "* moins de 30 ménages éligibles dans l'échantillon : taux non interprétable.",
        "Erreurs d'incl. : ménages qui perçoivent l'aide alors que le calcul les dit non éligibles (comptés à part, jamais déduits).",
        NOTE_MAXIMUM,
    ]
    if avec_plante:
        lignes.append(
            "Taux planté : taux de non-recours supposé pour générer l'échantillon synthétique (parameters/communs/recours), "
            "à comparer à l'estimation."
        )
    for dimension in estimation.par:
        lignes += ["", f"Par {LIBELLES_DIMENSIONS[dimension]}"]
        for resultat in estimation.aides:
            if not resultat.observe:
                continue
            lignes += ["", f"{resultat.libelle}"]
            lignes += _tableau(
                [(libelle, ind, True, None, "") for libelle, ind in resultat.groupes.get(dimension, {}).values()],
                False,
                titre_colonne=LIBELLES_DIMENSIONS[dimension].capitalize(),
            )
    return "\n".join(lignes)


# --- HTML ---------------------------------------------------------------------------------------------


def _bornes(ic) -> tuple[float, float]:
    return (np.nan, np.nan) if not ic else (float(ic[0]), float(ic[1]))


def _libelle(resultat) -> str:
    return resultat.libelle + (MARQUE_MAXIMUM if resultat.montant_jusqu_a else "")


def donnees_taux(estimation) -> pd.DataFrame:
    """Per observed aid with eligibles: rate, interval, small-sample flag, planted rate (synthetic sample)."""
    lignes = []
    for r in estimation.aides:
        ind = r.indicateurs
        if not r.observe or ind.taux_non_recours is None:
            continue
        bas, haut = _bornes(ind.ic95)
        lignes.append({"libelle": r.libelle, "taux": ind.taux_non_recours, "ic_bas": bas, "ic_haut": haut,
                       "insuffisant": ind.effectif_insuffisant, "taux_plante": np.nan if r.taux_plante is None else r.taux_plante})
    return pd.DataFrame(lignes, columns=["libelle", "taux", "ic_bas", "ic_haut", "insuffisant", "taux_plante"])


def donnees_montants_aides(estimation) -> pd.DataFrame:
    """Per observed aid: yearly unclaimed amount and its interval, largest first."""
    lignes = []
    for r in estimation.aides:
        if r.observe:
            bas, haut = _bornes(r.indicateurs.ic95_montant)
            lignes.append({"libelle": _libelle(r), "valeur": r.indicateurs.montant_non_reclame_annuel, "ic_bas": bas, "ic_haut": haut})
    table = pd.DataFrame(lignes, columns=["libelle", "valeur", "ic_bas", "ic_haut"])
    return table.sort_values("valeur", ascending=False, kind="stable").reset_index(drop=True)


def donnees_arrondissements(estimation) -> pd.DataFrame:
    lignes = [{"libelle": g.libelle, "valeur": g.montant, "ic_bas": _bornes(g.ic95)[0], "ic_haut": _bornes(g.ic95)[1]}
              for g in estimation.non_reclame_par_arrondissement]
    return pd.DataFrame(lignes, columns=["libelle", "valeur", "ic_bas", "ic_haut"])


def _cellules_ic(bas: float, haut: float) -> list[str]:
    return ["—", "—"] if not (np.isfinite(bas) and np.isfinite(haut)) else [euros(bas, 0), euros(haut, 0)]


def _tableau_aides(identifiant, lignes_source, avec_plante: bool, titre_colonne: str = "Aide", legende: str = "") -> Tableau:
    entetes = [titre_colonne, "Éligibles", "Bénéficiaires", "Non-recours", "IC 95 %", "Non réclamé par an", "Erreurs d'inclusion"]
    if avec_plante:
        entetes.append("Taux planté")
    lignes = []
    for libelle, ind, observe, plante in lignes_source:
        if observe:
            cellules = [libelle, nombre(ind.eligibles), nombre(ind.beneficiaires_eligibles),
                        _taux(ind.taux_non_recours) + (" *" if ind.effectif_insuffisant else ""), _ic(ind.ic95),
                        euros(ind.montant_non_reclame_annuel, 0), nombre(ind.erreurs_inclusion)]
        else:
            cellules = [libelle, nombre(ind.eligibles), "non observé", "—", "—", "—", "—"]
        if avec_plante:
            cellules.append("—" if plante is None else pourcentage(plante))
        lignes.append(cellules)
    return Tableau(identifiant, entetes, lignes, legende)


def _section_taux(estimation, avec_plante: bool):
    donnees = donnees_taux(estimation)
    titre = "Taux de non-recours par aide, avec son intervalle de confiance à 95 %" + (
        " et le taux planté dans l'échantillon synthétique" if avec_plante else "")
    g = graphiques.graphique("taux", titre, graphiques.taux_avec_intervalle(donnees), donnees)
    t = _tableau_aides("taux", [(_libelle(r), r.indicateurs, r.observe, r.taux_plante) for r in estimation.aides], avec_plante,
                       legende="Non-recours par aide")
    t.notes = ["* moins de 30 ménages éligibles dans l'échantillon : taux non interprétable (barre hachurée).",
               "Erreurs d'inclusion : ménages qui perçoivent l'aide alors que le calcul les dit non éligibles (comptés à part, "
               "jamais déduits)."]
    if any(r.montant_jusqu_a for r in estimation.aides):
        t.notes.append(NOTE_MAXIMUM_HTML)
    return g, t


def _section_montants(identifiant, titre, donnees, legende, titre_colonne, notes):
    g = graphiques.graphique(identifiant, titre, graphiques.barres_signees(donnees, signe=False), donnees)
    lignes = [[r.libelle, euros(r.valeur, 0), *_cellules_ic(r.ic_bas, r.ic_haut)] for r in donnees.itertuples()]
    entetes = [titre_colonne, "Non réclamé par an", "IC 95 % : borne basse", "IC 95 % : borne haute"]
    return g, Tableau(identifiant, entetes, lignes, legende, notes)


def sections_html(estimation) -> list[tuple]:
    """[(Graphique, Tableau)] of the report, in order; the objects the tests read."""
    avec_plante = any(r.taux_plante is not None for r in estimation.aides)
    maximum = [NOTE_MAXIMUM_HTML] if any(r.montant_jusqu_a and r.observe for r in estimation.aides) else []
    return [
        _section_taux(estimation, avec_plante),
        _section_montants("montants_aides", "Montant non réclamé par aide, en euros par an, avec son intervalle de confiance à 95 %",
                          donnees_montants_aides(estimation), "Montant non réclamé par aide", "Aide", maximum),
        _section_montants("arrondissements",
                          "Montant non réclamé par arrondissement (toutes aides observées), avec son intervalle de confiance à 95 %",
                          donnees_arrondissements(estimation), "Montant non réclamé par arrondissement", "Arrondissement", maximum),
    ]


def html_rapport(estimation, versement=None) -> str:
    """The self-contained HTML report: template gabarits/rapport_non_recours.html."""
    avec_plante = any(r.taux_plante is not None for r in estimation.aides)
    decoupages = [
        (LIBELLES_DIMENSIONS[dimension], [
            (r.libelle, _tableau_aides(f"{dimension}-{r.slug}", [(libelle, ind, True, None) for libelle, ind in r.groupes.get(dimension, {}).values()],
                                       False, LIBELLES_DIMENSIONS[dimension].capitalize()))
            for r in estimation.aides if r.observe
        ])
        for dimension in estimation.par
    ]
    return rendre(
        "rapport_non_recours.html",
        e=estimation,
        mois=mois_en_lettres(estimation.periode),
        entete=_entete(estimation)[1:],
        sections=sections_html(estimation),
        decoupages=decoupages,
        total=montant_abrege(estimation.montant_non_reclame_total),
        phrase_total=_phrase_total(estimation, montant_abrege),
        avec_plante=avec_plante,
        versement=texte_versement(versement) if versement is not None else None,
    )


# --- Automatic payment -----------------------------------------------------------------------------------


def texte_versement(comparaison) -> str:
    base = comparaison.base
    lignes = [
        f"Versement automatique avec les données de : {', '.join(DETENTEURS[s] for s in base.sources) or 'aucune source'}",
        "",
    ]
    entetes = ["Aide", "Éligibles", "Versés auto.", "Part auto.", "Coût en plus/an", "Non-recours actuel", "Non-recours résiduel"]
    rangees = []
    for aide in base.aides:
        rangees.append([
            couper(aide.libelle),
            nombre(aide.eligibles),
            nombre(aide.verses_automatiquement),
            _taux(aide.part_versee_automatiquement),
            montant_court(aide.cout_supplementaire_annuel),
            _taux(aide.taux_non_recours_actuel),
            _taux(aide.taux_non_recours_residuel),
        ])
    rangees.append([
        "Ensemble", nombre(base.eligibles), nombre(base.verses_automatiquement), _taux(base.part_versee_automatiquement),
        montant_court(base.cout_supplementaire_annuel), _taux(base.taux_non_recours_actuel), _taux(base.taux_non_recours_residuel),
    ])
    largeurs = [max(len(r[i]) for r in [entetes, *rangees]) for i in range(len(entetes))]
    lignes += [_ligne(entetes, largeurs), _ligne(["-" * w for w in largeurs], largeurs)]
    lignes += [_ligne(r, largeurs) for r in rangees]
    lignes += [
        "",
        "Éligibles et versés en ménages (pondérés), ménage × aide ; coût en plus : montants annuels versés aux éligibles "
        "qui ne perçoivent pas l'aide aujourd'hui.",
        "",
        "Apport de chaque source (variation des ménages payés automatiquement et du coût annuel) :",
    ]
    for source, sens, menages, cout in comparaison.apports():
        verbe = "sans" if sens == "retirée" else "en ajoutant"
        lignes.append(f"  {verbe} {DETENTEURS[source]} ({source}) : {'+' if menages >= 0 else ''}{nombre(menages)} ménages, "
                      f"{'+' if cout >= 0 else ''}{montant_court(cout)} par an")
    decisive = comparaison.source_decisive()
    if decisive:
        lignes.append(f"La source qui débloque le plus de versements : {DETENTEURS[decisive]} ({decisive}).")
    return "\n".join(lignes)


def texte_periodes(estimations) -> str:
    """Several months: one row per month (the detail per aid is in --format json, or one month at a time)."""
    from paris_droits.non_recours.estimation import taux_global

    premiere = next(iter(estimations.par_periode.values()))
    lignes = [
        f"Non-recours de {mois_en_lettres(estimations.periodes[0])} à {mois_en_lettres(estimations.periodes[-1])} "
        f"({len(estimations.periodes)} mois), échantillon : {premiere.description}",
        "",
        ligne_alignee(("Mois", "Ménages", "Non-recours (paires ménage × aide)", "Montant non réclamé par an", "IC 95 %"),
                      (9, 12, 34, 27, 28)),
    ]
    for periode, estimation in estimations.par_periode.items():
        taux = taux_global(estimation)
        ic = estimation.ic95_montant_total
        lignes.append(ligne_alignee(
            (periode, nombre(estimation.menages), "—" if taux is None else pourcentage(taux),
             montant_court(estimation.montant_non_reclame_total),
             "—" if ic is None else f"{montant_court(ic[0])} à {montant_court(ic[1])}"),
            (9, 12, 34, 27, 28),
        ))
    lignes += ["", "Aides dont la perception est observée dans l'échantillon ; le détail par aide et par mois : --format json."]
    return "\n".join(lignes)
