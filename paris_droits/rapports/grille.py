"""French renderings of a reform grid: terminal text (one row per variant) and an HTML report whose
chart draws the yearly cost against the swept value (one line per value of a second parameter),
followed by its data: every variant with its cost, interval, winners, losers and non-recourse change."""

from __future__ import annotations

import numpy as np
import pandas as pd

from paris_droits.commun.format import (
    couper,
    euros_signes,
    ligne_alignee,
    mois_en_lettres,
    montant_court,
    nombre,
    pourcentage,
)
from paris_droits.rapports import graphiques
from paris_droits.rapports.pages import Tableau, rendre
from paris_droits.reformes.grille import ResultatGrille
from paris_droits.regles.reformes import texte_valeur

NOTE_IC = "IC 95 % : intervalle de confiance à 95 % par bootstrap sur les ménages ({replicats} réplicats, graine {graine})."


def _taux(valeur) -> str:
    return "—" if valeur is None else pourcentage(valeur)


def _signe(valeur: float) -> str:
    texte = montant_court(valeur)
    return texte if valeur < 0 or abs(valeur) < 0.005 else f"+{texte}"


def _court(chemin: str, autres=()) -> str:
    """familles.paris_logement_familles_monoparentales.plafond_ressources → plafond_ressources (the
    parameter's own name; with its parent's when another swept parameter has the same name)."""
    morceaux = chemin.split(".")
    if any(autre != chemin and autre.split(".")[-1] == morceaux[-1] for autre in autres) and len(morceaux) > 1:
        return ".".join(morceaux[-2:])
    return morceaux[-1]


def _resume(r: ResultatGrille) -> list[str]:
    titre = r.grille.libelle or f"Grille « {r.grille.fichier} »"
    return [
        f"{titre} : {len(r.variantes)} variantes, valeurs en vigueur au {r.grille.date}, comparées à la législation en vigueur "
        f"— {mois_en_lettres(r.periode)} (période {r.periode})",
        f"Paramètres balayés : {', '.join(r.grille.chemins)}",
        f"Échantillon : {r.description} ; {nombre(r.menages)} ménages calculés.",
    ]


def texte(r: ResultatGrille) -> str:
    entetes = (*(_court(c, r.grille.chemins) for c in r.grille.chemins), "Coût (droits)", "Coût (dépense)", "Gagnants", "Perdants", "Non-recours")
    largeurs = (*(max(14, len(_court(c, r.grille.chemins))) for c in r.grille.chemins), 14, 15, 11, 11, 17)
    lignes = [*_resume(r), "", ligne_alignee(entetes, largeurs)]
    for v in r.variantes:
        c = v.comparaison
        cellules = (
            *(couper(texte_valeur(v.parametres[chemin]), largeur) for chemin, largeur in zip(r.grille.chemins, largeurs, strict=False)),
            _signe(c.cout_annuel_droits), _signe(c.cout_annuel_depense), nombre(c.menages_gagnants), nombre(c.menages_perdants),
            f"{_taux(c.taux_non_recours_base)} → {_taux(c.taux_non_recours_reforme)}",
        )
        lignes.append(ligne_alignee(cellules, largeurs))
    return "\n".join(lignes)


def donnees_cout(r: ResultatGrille) -> pd.DataFrame:
    """Per variant: its place on the axis (the first parameter's value, or its rank when the values are
    not numbers), the value as printed, the series (the second parameter's value) and the yearly cost of
    the entitlements with its interval."""
    premier = r.grille.chemins[0]
    numeriques = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in r.grille.valeurs[0])
    rangs = {valeur: rang for rang, valeur in enumerate(r.grille.valeurs[0])}
    lignes = []
    for v in r.variantes:
        c = v.comparaison
        bas, haut = c.ic95.get("cout_annuel_droits") or (np.nan, np.nan)
        valeur = v.parametres[premier]
        lignes.append({
            "x": float(valeur) if numeriques else float(rangs[valeur]), "etiquette_x": texte_valeur(valeur),
            "serie": "" if len(r.grille.chemins) == 1 else f"{_court(r.grille.chemins[1], r.grille.chemins)} = {texte_valeur(v.parametres[r.grille.chemins[1]])}",
            "cout": c.cout_annuel_droits, "ic_bas": bas, "ic_haut": haut,
        })
    return pd.DataFrame(lignes, columns=["x", "etiquette_x", "serie", "cout", "ic_bas", "ic_haut"])


def _tableau(r: ResultatGrille) -> Tableau:
    entetes = [*(_court(c, r.grille.chemins) for c in r.grille.chemins), "Coût annuel (droits)", "IC 95 % : borne basse", "IC 95 % : borne haute",
               "Coût annuel (dépense)", "Ménages gagnants", "Ménages perdants", "Nouveaux éligibles", "Non-recours avant → après"]
    lignes = []
    for v in r.variantes:
        c = v.comparaison
        bas, haut = c.ic95.get("cout_annuel_droits") or (None, None)
        lignes.append([
            *(texte_valeur(v.parametres[chemin]) for chemin in r.grille.chemins), euros_signes(c.cout_annuel_droits),
            "—" if bas is None else euros_signes(bas), "—" if haut is None else euros_signes(haut), euros_signes(c.cout_annuel_depense),
            nombre(c.menages_gagnants), nombre(c.menages_perdants), nombre(c.nouveaux_eligibles),
            f"{_taux(c.taux_non_recours_base)} → {_taux(c.taux_non_recours_reforme)}",
        ])
    premiere = r.variantes[0].comparaison if r.variantes else None
    notes = ["Un montant négatif est une économie pour la Ville (signe −). Ménages pondérés."]
    if premiere is not None:
        notes.insert(0, NOTE_IC.format(replicats=nombre(premiere.replicats), graine=premiere.graine))
    return Tableau("variantes", entetes, lignes, "Variantes de la grille", notes)


def graphique_cout(r: ResultatGrille):
    """The chart of the report and its table (the same objects the tests read)."""
    donnees = donnees_cout(r)
    titre_x = _court(r.grille.chemins[0], r.grille.chemins)
    titre = f"Coût annuel des droits selon {titre_x}, avec son intervalle de confiance à 95 % — {mois_en_lettres(r.periode)}"
    figure = graphiques.cout_selon_valeur(donnees, titre_x, "Coût annuel des droits (euros par an)")
    return graphiques.graphique("cout_grille", titre, figure, donnees), _tableau(r)


def html_rapport(r: ResultatGrille) -> str:
    g, t = graphique_cout(r)
    return rendre(
        "rapport_grille.html",
        r=r,
        titre=f"{r.grille.libelle or 'Grille de réformes « ' + r.grille.fichier + ' »'} — {mois_en_lettres(r.periode)}",
        resume=_resume(r),
        cout=(g, t),
    )
