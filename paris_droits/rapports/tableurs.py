"""Workbooks for spreadsheets (.xlsx) of every tabular output: the batch results and rejects, the
outreach list, the non-recourse estimate, automatic payment and a reform comparison. One sheet per
table, French column titles, money in euros, rates in percent (paris_droits.commun.tableaux).

CSV stays the format for machines (RFC 4180, UTF-8, column names as in docs/echantillon.md).
"""

from __future__ import annotations

import pandas as pd

from paris_droits.catalogue import registre as catalogue
from paris_droits.commun.tableaux import Feuille

# Column → (French title, number format) for the columns the outputs share.
COLONNES = {
    "id_menage": ("Identifiant du ménage", ""),
    "poids": ("Poids", "nombre"),
    "rang": ("Rang", "entier"),
    "slug": ("Aide (code)", ""),
    "libelle": ("Aide", ""),
    "periodicite": ("Périodicité", ""),
    "raison": ("Raison du rejet", ""),
    "fichier": ("Fichier", ""),
    "ligne": ("Ligne", "entier"),
    "colonne": ("Colonne", ""),
    "montant_non_reclame_annuel": ("Montant non réclamé (€ par an)", "euros"),
    "nombre_aides": ("Nombre d'aides à proposer", "entier"),
    "aides_a_proposer": ("Aides à proposer", ""),
    "aides": ("Aides (codes)", ""),
    "justificatifs_a_demander": ("Justificatifs à demander", ""),
    "perception_observee": ("Perception observée dans l'échantillon", ""),
    "eligibles": ("Ménages éligibles (pondérés)", "nombre"),
    "beneficiaires_eligibles": ("Éligibles qui perçoivent l'aide", "nombre"),
    "taux_non_recours": ("Taux de non-recours", "pourcentage"),
    "ic95_bas": ("IC 95 % : borne basse", "pourcentage"),
    "ic95_haut": ("IC 95 % : borne haute", "pourcentage"),
    "ic95_montant_non_reclame_annuel_bas": ("Non réclamé, IC 95 % bas (€ par an)", "euros"),
    "ic95_montant_non_reclame_annuel_haut": ("Non réclamé, IC 95 % haut (€ par an)", "euros"),
    "erreurs_inclusion": ("Erreurs d'inclusion (ménages pondérés)", "nombre"),
    "montant_erreurs_inclusion_annuel": ("Erreurs d'inclusion (€ par an)", "euros"),
    "effectif_eligibles": ("Éligibles dans l'échantillon", "entier"),
    "effectif_insuffisant": ("Effectif insuffisant", ""),
    "beneficiaires_non_retenus": ("Bénéficiaires d'une aide non retenue (cumul)", "nombre"),
    "montant_maximal": ("Montant maximal (aide discrétionnaire)", ""),
    "taux_non_recours_plante": ("Taux de non-recours planté (échantillon synthétique)", "pourcentage"),
    "libelle_groupe": ("Groupe", ""),
    "cle": ("Groupe (code)", ""),
    "menages": ("Ménages (pondérés)", "nombre"),
    "gagnants": ("Ménages gagnants", "nombre"),
    "perdants": ("Ménages perdants", "nombre"),
    "gain_moyen_annuel": ("Gain moyen (€ par an)", "euros"),
    "perte_moyenne_annuelle": ("Perte moyenne (€ par an)", "euros"),
    "cout_annuel_droits": ("Coût annuel, tous ayants droit (€)", "euros"),
    "cout_annuel_depense": ("Coût annuel attendu, avec le recours (€)", "euros"),
    "ic95_cout_annuel_droits_bas": ("Coût des droits, IC 95 % bas (€)", "euros"),
    "ic95_cout_annuel_droits_haut": ("Coût des droits, IC 95 % haut (€)", "euros"),
    "ic95_cout_annuel_depense_bas": ("Coût attendu, IC 95 % bas (€)", "euros"),
    "ic95_cout_annuel_depense_haut": ("Coût attendu, IC 95 % haut (€)", "euros"),
    "droits_annuels_base": ("Droits annuels, législation en vigueur (€)", "euros"),
    "droits_annuels_reforme": ("Droits annuels, réforme (€)", "euros"),
    "depense_annuelle_base": ("Dépense annuelle, législation en vigueur (€)", "euros"),
    "depense_annuelle_reforme": ("Dépense annuelle, réforme (€)", "euros"),
    "eligibles_base": ("Éligibles, législation en vigueur", "nombre"),
    "eligibles_reforme": ("Éligibles, réforme", "nombre"),
    "nouveaux_eligibles": ("Nouveaux éligibles", "nombre"),
    "taux_non_recours_base": ("Non-recours, législation en vigueur", "pourcentage"),
    "taux_non_recours_reforme": ("Non-recours, réforme", "pourcentage"),
    "detenteurs_necessaires": ("Données nécessaires (détenteurs)", ""),
    "automatisable_pour_tous": ("Automatisable pour tous", ""),
    "beneficiaires_actuels": ("Bénéficiaires actuels", "nombre"),
    "verses_automatiquement": ("Versés automatiquement", "nombre"),
    "part_versee_automatiquement": ("Part versée automatiquement", "pourcentage"),
    "nouveaux_beneficiaires": ("Nouveaux bénéficiaires", "nombre"),
    "cout_supplementaire_annuel": ("Coût supplémentaire (€ par an)", "euros"),
    "depense_observee_annuelle": ("Dépense observée (€ par an)", "euros"),
    "taux_non_recours_actuel": ("Non-recours actuel", "pourcentage"),
    "taux_non_recours_residuel": ("Non-recours résiduel", "pourcentage"),
    "indicateur": ("Indicateur", ""),
    "valeur": ("Valeur", ""),
}
DIMENSIONS = {
    "arrondissement": "arrondissement", "qpv": "quartier prioritaire", "type_menage": "type de ménage",
    "tranche_qf": "tranche de QF", "decile_niveau_de_vie": "décile de niveau de vie",
}


def feuille(nom: str, table: pd.DataFrame, titres: dict | None = None, formats: dict | None = None) -> Feuille:
    """A sheet whose known columns get their French title and format."""
    return Feuille(
        nom,
        table,
        {c: COLONNES[c][0] for c in table.columns if c in COLONNES} | (titres or {}),
        {c: COLONNES[c][1] for c in table.columns if c in COLONNES and COLONNES[c][1]} | (formats or {}),
    )


def feuilles_lot(resultats: pd.DataFrame, rejets: pd.DataFrame) -> list[Feuille]:
    """Batch results (one column group per aid, titled by the aid's label) and rejects."""
    titres, formats = {}, {}
    for aide in catalogue.aides():
        if aide.slug in resultats.columns:
            titres[aide.slug] = f"{aide.libelle} (€, {aide.periodicite})"
            titres[f"{aide.slug}_eligible"] = f"{aide.libelle} : éligible"
            titres[f"{aide.slug}_annuel"] = f"{aide.libelle} (€ par an)"
            formats[aide.slug] = formats[f"{aide.slug}_annuel"] = "euros"
    return [feuille("Résultats", resultats, titres, formats), feuille("Rejets", rejets)]


def feuilles_grille(resultat) -> list[Feuille]:
    """A reform grid: one row per variant (the swept values, then the comparison's totals)."""
    return [feuille("Variantes", resultat.en_dataframe())]


def feuilles_aller_vers(table: pd.DataFrame) -> list[Feuille]:
    return [feuille("Ménages à contacter", table)]


def feuilles_non_recours(estimation) -> list[Feuille]:
    feuilles = [feuille("Par aide", estimation.en_dataframe())]
    for dimension in estimation.par:
        table = estimation.en_dataframe(dimension)
        feuilles.append(feuille(f"Par {DIMENSIONS.get(dimension, dimension)}", table, {dimension: DIMENSIONS.get(dimension, dimension)}))
    return feuilles


def feuilles_versement(comparaison) -> list[Feuille]:
    donnees = comparaison.en_dict()
    par_aide = pd.DataFrame(
        [{"slug": slug, **{k: (", ".join(v) if isinstance(v, list) else v) for k, v in chiffres.items()}} for slug, chiffres in donnees["aides"].items()]
    )
    total = pd.DataFrame([{"indicateur": COLONNES.get(k, (k,))[0], "valeur": v} for k, v in donnees["total"].items()])
    return [feuille("Par aide", par_aide), feuille("Ensemble", total)]


def feuilles_reforme(comparaison) -> list[Feuille]:
    resume = {k: v for k, v in comparaison.en_dict().items() if not isinstance(v, (dict, list))}
    lignes = [{"indicateur": COLONNES.get(k, (k,))[0], "valeur": v} for k, v in resume.items()]
    feuilles = [feuille("Résumé", pd.DataFrame(lignes)), feuille("Par aide", comparaison.en_dataframe())]
    for dimension in comparaison.par_groupe:
        feuilles.append(feuille(f"Par {DIMENSIONS.get(dimension, dimension)}", comparaison.en_dataframe(dimension)))
    return feuilles
