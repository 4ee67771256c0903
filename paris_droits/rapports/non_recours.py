"""French renderings of the non-recourse estimate and of the automatic-payment comparison:
a plain-text table for the terminal and a self-contained HTML report (inline CSS and hand-written
SVG charts, no external asset, no network)."""

from __future__ import annotations

import html

from paris_droits.catalogue.registre import DETENTEURS
from paris_droits.commun.format import ligne_alignee, nombre, pourcentage
from paris_droits.non_recours.analyse import LIBELLES_DIMENSIONS
from paris_droits.rapports.graphiques import (  # noqa: F401 - ecrire_html is part of this module's API
    LARGEUR_LIBELLE,
    STYLE,
    barres_horizontales,
    barres_verticales,
    couper,
    ecrire_html,
    montant_court,
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


def texte(estimation) -> str:
    """The French table printed by `paris-droits non-recours`."""
    avec_plante = any(r.taux_plante is not None for r in estimation.aides)
    lignes = _entete(estimation) + [""]
    lignes += _tableau(
        [(r.libelle, r.indicateurs, r.observe, r.taux_plante, " (max.)" if r.montant_jusqu_a else "") for r in estimation.aides],
        avec_plante,
    )
    lignes += [
        "",
        f"Montant total non réclamé : {montant_court(estimation.montant_non_reclame_total)} par an.",
        "* moins de 30 ménages éligibles dans l'échantillon : taux non interprétable.",
        "Erreurs d'incl. : ménages qui perçoivent l'aide alors que le calcul les dit non éligibles (comptés à part, jamais déduits).",
        "(max.) : aide discrétionnaire dont le montant calculé est un maximum ; le montant non réclamé est un majorant.",
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

def _svg_taux(estimation) -> str:
    """Horizontal bars: non-take-up rate per aid with its 95 % interval (and the planted rate)."""
    aides = [r for r in estimation.aides if r.observe and r.indicateurs.taux_non_recours is not None]
    marge_g, largeur_barres, hauteur_ligne, haut = 330, 520, 26, 30
    hauteur = haut + hauteur_ligne * len(aides) + 40
    x = lambda t: marge_g + largeur_barres * t  # noqa: E731
    morceaux = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{marge_g + largeur_barres + 40}" height="{hauteur}" role="img" '
                'aria-label="Taux de non-recours par aide avec intervalle de confiance à 95 %">']
    for graduation in range(0, 101, 20):
        gx = x(graduation / 100)
        morceaux.append(f'<line x1="{gx:.1f}" y1="{haut - 8}" x2="{gx:.1f}" y2="{hauteur - 30}" stroke="#e0e0e0"/>')
        morceaux.append(f'<text x="{gx:.1f}" y="{hauteur - 14}" font-size="11" text-anchor="middle" fill="#555">{graduation} %</text>')
    for i, resultat in enumerate(aides):
        ind = resultat.indicateurs
        y = haut + i * hauteur_ligne
        couleur = "#b9c7d8" if ind.effectif_insuffisant else "#2f6db5"
        libelle = html.escape(couper(resultat.libelle, 48))
        morceaux.append(f'<text x="{marge_g - 8}" y="{y + 15}" font-size="12" text-anchor="end">{libelle}</text>')
        morceaux.append(
            f'<rect x="{marge_g}" y="{y + 4}" width="{largeur_barres * ind.taux_non_recours:.1f}" height="16" fill="{couleur}">'
            f"<title>{html.escape(resultat.libelle)} : {_taux(ind.taux_non_recours)} {_ic(ind.ic95)}</title></rect>"
        )
        if ind.ic95:
            x1, x2 = x(ind.ic95[0]), x(ind.ic95[1])
            morceaux.append(f'<line x1="{x1:.1f}" y1="{y + 12}" x2="{x2:.1f}" y2="{y + 12}" stroke="#1d1d1b" stroke-width="1.5"/>')
            for bord in (x1, x2):
                morceaux.append(f'<line x1="{bord:.1f}" y1="{y + 6}" x2="{bord:.1f}" y2="{y + 18}" stroke="#1d1d1b" stroke-width="1.5"/>')
        if resultat.taux_plante is not None:
            px = x(resultat.taux_plante)
            morceaux.append(
                f'<path d="M{px:.1f},{y + 5} l6,7 l-6,7 l-6,-7 z" fill="#e8a33d" stroke="#7a4f10">'
                f"<title>Taux planté : {pourcentage(resultat.taux_plante)}</title></path>"
            )
    morceaux.append("</svg>")
    return "".join(morceaux)


def _table_html(lignes_source, avec_plante: bool, titre_colonne: str = "Aide") -> str:
    entetes = [titre_colonne, "Éligibles", "Bénéficiaires", "Non-recours", "IC 95 %", "Non réclamé par an", "Erreurs d'inclusion"]
    if avec_plante:
        entetes.append("Taux planté")
    corps = ["<table><thead><tr>" + "".join(f"<th>{html.escape(e)}</th>" for e in entetes) + "</tr></thead><tbody>"]
    for libelle, ind, observe, plante in lignes_source:
        classe = ' class="faible"' if observe and ind.effectif_insuffisant else ""
        if observe:
            cellules = [libelle, nombre(ind.eligibles), nombre(ind.beneficiaires_eligibles),
                        _taux(ind.taux_non_recours) + ("*" if ind.effectif_insuffisant else ""), _ic(ind.ic95),
                        montant_court(ind.montant_non_reclame_annuel), nombre(ind.erreurs_inclusion)]
        else:
            cellules = [libelle, nombre(ind.eligibles), "non observé", "—", "—", "—", "—"]
        if avec_plante:
            cellules.append("—" if plante is None else pourcentage(plante))
        corps.append(f"<tr{classe}>" + "".join(f"<td>{html.escape(c)}</td>" for c in cellules) + "</tr>")
    corps.append("</tbody></table>")
    return "".join(corps)


def html_rapport(estimation, versement=None) -> str:
    """The self-contained HTML report (charts drawn as inline SVG)."""
    avec_plante = any(r.taux_plante is not None for r in estimation.aides)
    par_aide = sorted(
        [(r.libelle, r.indicateurs.montant_non_reclame_annuel) for r in estimation.aides if r.observe],
        key=lambda x: -x[1],
    )
    entete = "".join(f"<p class='note'>{html.escape(ligne)}</p>" for ligne in _entete(estimation)[1:])
    morceaux = [
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>",
        f"<title>Non-recours aux aides de la Ville de Paris — {html.escape(estimation.periode)}</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<h1>Non-recours aux aides de la Ville de Paris — {html.escape(estimation.periode)}</h1>",
        entete,
        "<h2>Taux de non-recours par aide</h2>",
        "<p class='note'>Barre : taux estimé (part des ménages éligibles qui ne perçoivent pas l'aide) ; trait : intervalle de "
        "confiance à 95 % (bootstrap)"
        + (" ; losange : taux planté dans l'échantillon synthétique" if avec_plante else "")
        + ". Barres pâles : moins de 30 ménages éligibles dans l'échantillon.</p>",
        _svg_taux(estimation),
        "<h2>Montant non réclamé par arrondissement</h2>",
        f"<p class='note'>Somme sur toutes les aides observées, en euros par an. Total : "
        f"{html.escape(montant_court(estimation.montant_non_reclame_total))}.</p>",
        barres_verticales([(g.libelle, g.montant) for g in estimation.non_reclame_par_arrondissement], "Montant non réclamé par arrondissement"),
        "<h2>Montant non réclamé par aide</h2>",
        barres_horizontales(par_aide, "Montant non réclamé par aide"),
        "<h2>Tableau</h2>",
        _table_html([(r.libelle, r.indicateurs, r.observe, r.taux_plante) for r in estimation.aides], avec_plante),
    ]
    for dimension in estimation.par:
        morceaux.append(f"<h2>Par {html.escape(LIBELLES_DIMENSIONS[dimension])}</h2>")
        for resultat in estimation.aides:
            if resultat.observe:
                morceaux.append(f"<h3>{html.escape(resultat.libelle)}</h3>")
                morceaux.append(_table_html(
                    [(libelle, ind, True, None) for libelle, ind in resultat.groupes.get(dimension, {}).values()],
                    False, LIBELLES_DIMENSIONS[dimension].capitalize(),
                ))
    if versement is not None:
        morceaux.append("<h2>Versement automatique</h2>")
        morceaux.append("<pre>" + html.escape(texte_versement(versement)) + "</pre>")
    morceaux += [
        "<h2>Méthode et limites</h2><ul>",
        "<li>Éligibilité calculée par le moteur de règles sur chaque ménage de l'échantillon, pour le mois indiqué ; un ménage "
        "éligible à plusieurs aides non cumulables n'est compté que pour la plus favorable, et un montant calculé nul ne compte pas.</li>",
        "<li>Taux de non-recours = ménages éligibles qui ne perçoivent pas l'aide / ménages éligibles, pondérés (définition de la DREES).</li>",
        "<li>L'éligibilité est mesurée avec erreur : revenus déclarés dans l'échantillon différents de ceux retenus par "
        "l'administration, conditions non observées. Les bénéficiaires calculés non éligibles sont montrés à part "
        "(erreurs d'inclusion).</li>",
        "<li>Intervalle de confiance : percentiles 2,5 % et 97,5 % d'un bootstrap sur les ménages (tirage multinomial). Il ne "
        "couvre que l'aléa d'échantillonnage, pas les erreurs de mesure ni les hypothèses du modèle.</li>",
        "<li>Sur l'échantillon synthétique, la perception est tirée à partir de taux supposés (parameters/communs/recours) : "
        "l'exercice vérifie la méthode, il ne mesure pas le non-recours réel à Paris. Voir docs/equipes-politiques.md.</li>",
        "</ul></body></html>",
    ]
    return "".join(morceaux)


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
