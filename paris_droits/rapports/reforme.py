"""French renderings of a reform comparison: terminal text and a self-contained HTML report
(inline SVG charts: gain by QF tranche, cost by arrondissement, cost by aid)."""

from __future__ import annotations

import html

from paris_droits.commun.format import euros, ligne_alignee, nombre, pourcentage
from paris_droits.rapports.graphiques import (
    STYLE,
    barres_horizontales,
    barres_verticales,
    couper,
    montant_court,
)
from paris_droits.reformes.comparaison import LIBELLES_DIMENSIONS, Comparaison


def _taux(valeur) -> str:
    return "—" if valeur is None else pourcentage(valeur)


def _signe(valeur: float) -> str:
    texte = montant_court(valeur)
    return texte if valeur < 0 else f"+{texte}"


def _resume(c: Comparaison) -> list[str]:
    return [
        f"Réforme : {' puis '.join(c.reformes)} — comparée à la législation en vigueur, période {c.periode}",
        f"Échantillon : {c.description} ; {nombre(c.menages)} ménages calculés ({nombre(c.menages_ponderes)} pondérés).",
        "",
        f"Coût annuel, tous ayants droit (droits)     : {_signe(c.cout_annuel_droits)}",
        f"Coût annuel attendu, avec le recours (dépense) : {_signe(c.cout_annuel_depense)}",
        f"Ménages gagnants : {nombre(c.menages_gagnants)} (gain moyen {euros(c.gain_moyen_annuel)} par an)",
        f"Ménages perdants : {nombre(c.menages_perdants)}"
        + (f" (perte moyenne {euros(-c.perte_moyenne_annuelle)} par an)" if c.menages_perdants else ""),
        f"Nouveaux ménages éligibles (au moins une aide) : {nombre(c.nouveaux_eligibles)}",
        f"Non-recours (paires ménage × aide) : {_taux(c.taux_non_recours_base)} → {_taux(c.taux_non_recours_reforme)}",
    ]


def _lignes_aides(c: Comparaison):
    return [(d["libelle"], d) for d in c.par_aide.values() if d["cout_annuel_droits"] or d["cout_annuel_depense"] or d["nouveaux_eligibles"]]


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
            couper(libelle), _signe(d["cout_annuel_droits"]), _signe(d["cout_annuel_depense"]), nombre(d["nouveaux_eligibles"]),
            f"{_taux(d['taux_non_recours_base'])} → {_taux(d['taux_non_recours_reforme'])}",
        )
        lignes.append(ligne_alignee(cellules, largeurs))
    for dimension, groupes in c.par_groupe.items():
        lignes += ["", f"Par {LIBELLES_DIMENSIONS[dimension]}"]
        lignes.append(f"{'Groupe':<34}{'Ménages':>12}{'Gagnants':>12}{'Gain moyen':>14}{'Coût (droits)':>16}")
        for g in groupes:
            lignes.append(
                f"{couper(g.libelle, 33):<34}{nombre(g.menages):>12}{nombre(g.gagnants):>12}"
                f"{euros(g.gain_moyen_annuel, 0):>14}{_signe(g.cout_annuel_droits):>16}"
            )
    return "\n".join(lignes)


def html_rapport(c: Comparaison) -> str:
    e = html.escape
    tranches = [(g.libelle, max(g.gain_moyen_annuel, 0.0)) for g in c.par_groupe.get("tranche_qf", [])]
    arrondissements = [(g.libelle, max(g.cout_annuel_droits, 0.0)) for g in c.par_groupe.get("arrondissement", [])]
    par_aide = sorted([(libelle, abs(d["cout_annuel_droits"])) for libelle, d in _lignes_aides(c)], key=lambda x: -x[1])
    lignes_aides = "".join(
        f"<tr><td>{e(libelle)}</td><td>{e(_signe(d['cout_annuel_droits']))}</td><td>{e(_signe(d['cout_annuel_depense']))}</td>"
        f"<td>{e(nombre(d['nouveaux_eligibles']))}</td>"
        f"<td>{e(_taux(d['taux_non_recours_base']))} → {e(_taux(d['taux_non_recours_reforme']))}</td></tr>"
        for libelle, d in _lignes_aides(c)
    )
    tables = []
    for dimension, groupes in c.par_groupe.items():
        corps = "".join(
            f"<tr><td>{e(g.libelle)}</td><td>{e(nombre(g.menages))}</td><td>{e(nombre(g.gagnants))}</td>"
            f"<td>{e(euros(g.gain_moyen_annuel, 0))}</td><td>{e(_signe(g.cout_annuel_droits))}</td><td>{e(_signe(g.cout_annuel_depense))}</td></tr>"
            for g in groupes
        )
        tables.append(
            f"<h3>Par {e(LIBELLES_DIMENSIONS[dimension])}</h3><table><thead><tr><th>Groupe</th><th>Ménages</th><th>Gagnants</th>"
            f"<th>Gain moyen par an</th><th>Coût (droits)</th><th>Coût (dépense)</th></tr></thead><tbody>{corps}</tbody></table>"
        )
    resume = "".join(f"<li>{e(ligne)}</li>" for ligne in _resume(c)[3:])
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Réforme {e(' + '.join(c.reformes))} — {e(c.periode)}</title><style>{STYLE}</style></head><body>
<h1>Réforme « {e(' puis '.join(c.reformes))} »</h1>
<p class="note">{e(_resume(c)[1])} Comparaison à la législation en vigueur, période {e(c.periode)}.</p>
<ul>{resume}</ul>
<h2>Gain moyen des ménages gagnants par tranche de quotient familial</h2>
{barres_verticales(tranches, "Gain moyen annuel par tranche de QF") if tranches else "<p>—</p>"}
<h2>Coût annuel (droits) par arrondissement</h2>
{barres_verticales(arrondissements, "Coût annuel par arrondissement") if arrondissements else "<p>—</p>"}
<h2>Variation du coût annuel par aide</h2>
{barres_horizontales(par_aide, "Variation du coût annuel par aide") if par_aide else "<p>Aucune aide ne change.</p>"}
<table><thead><tr><th>Aide</th><th>Droits</th><th>Dépense</th><th>Nouveaux éligibles</th><th>Non-recours</th></tr></thead>
<tbody>{lignes_aides}</tbody></table>
<h2>Répartition des gains</h2>
{"".join(tables)}
<h2>Méthode</h2><ul>
<li>Législation en vigueur et réforme calculées sur les mêmes ménages, pour le même mois ; montants annuels (×12 pour une aide mensuelle).</li>
<li>Droits : comme si tous les ménages éligibles demandaient l'aide. Dépense : avec le recours observé dans l'échantillon pour les
ménages déjà éligibles ; les nouveaux éligibles et les aides non observées au taux de recours supposé (parameters/communs/recours).</li>
<li>Un ménage gagne (perd) si la somme annuelle de ses droits augmente (diminue) de plus d'un centime.</li>
<li>Les paramètres des réformes sont des scénarios, pas des règles en vigueur (reforms/parametres/).</li>
</ul></body></html>
"""
