"""Presentation of an evaluation: plain text, Markdown, JSON and a printable HTML page.

No rule here: only formatting of paris_droits.evaluation.Evaluation.
"""

from __future__ import annotations

import html
import json
import textwrap

from paris_droits.commun.format import euros, ligne_alignee
from paris_droits.menage.evaluation import A_VERIFIER, ELIGIBLE, LIBELLES_STATUT, Evaluation

PERIODICITES = {"mensuelle": "par mois", "annuelle": "par an", "ponctuelle": "une fois"}


def _montant(aide) -> str:
    prefixe = "jusqu'à " if aide.montant_jusqu_a else ""
    if aide.statut == A_VERIFIER and aide.montant_sous_reserve is not None:
        if aide.montant_sous_reserve > 0:
            return f"{prefixe}{euros(aide.montant_sous_reserve)} sous réserve"
        return "à établir"
    if aide.statut != ELIGIBLE or not aide.retenue:
        return "—"
    if aide.en_nature:
        return "en nature"
    return f"{prefixe}{euros(aide.montant)}"


def _precisions(aide) -> str:
    """'participation annuelle : 45,00 € ; tranche : B' for an aid's figures besides its amount."""
    texte_precisions = " ; ".join(f"{p['libelle']} : {p['texte']}" for p in aide.precisions)
    a_confirmer = list(dict.fromkeys(d for p in aide.precisions for d in p["a_confirmer"]))
    return texte_precisions + (f" (à confirmer, non renseigné : {' ; '.join(a_confirmer)})" if a_confirmer else "")


def _non_encodee(aide: dict) -> str:
    return f"{aide['libelle']} — {aide['guichet']}"


def _mois_en_lettres(periode: str) -> str:
    mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    annee, numero = periode.split("-")
    return f"{mois[int(numero) - 1]} {annee}"


def texte(evaluation: Evaluation, largeur: int | None = None) -> str:
    if largeur is None:
        import shutil

        largeur = max(120, shutil.get_terminal_size((140, 40)).columns)
    lignes = [
        f"{evaluation.titre} pour {_mois_en_lettres(evaluation.periode)}"
        + (f" — réforme : {evaluation.reforme}" if evaluation.reforme else ""),
        "",
        *(f"Attention : {avertissement}" for avertissement in evaluation.avertissements),
        *([""] if evaluation.avertissements else []),
    ]
    colonnes = ("Aide", "Statut", "Montant", "Périodicité", "Raison")
    donnees = [
        (a.libelle, LIBELLES_STATUT[a.statut], _montant(a), PERIODICITES[a.periodicite], a.raison) for a in evaluation.aides
    ]
    tailles = [max(len(colonnes[i]), *(len(d[i]) for d in donnees)) for i in range(4)]
    tailles[0] = min(tailles[0], 40)
    donnees = [(d[0] if len(d[0]) <= 40 else d[0][:39] + "…", *d[1:]) for d in donnees]
    reste = max(30, largeur - sum(tailles) - 8)
    entete = "  ".join(c.ljust(t) for c, t in zip(colonnes[:4], tailles, strict=True)) + "  " + colonnes[4]
    lignes += [entete, "-" * min(largeur, len(entete) + reste - len(colonnes[4]))]
    for ligne in donnees:
        raison = textwrap.wrap(ligne[4], reste) or [""]
        lignes.append("  ".join(v.ljust(t) for v, t in zip(ligne[:4], tailles, strict=True)) + "  " + raison[0])
        retrait = " " * (sum(tailles) + 8)
        lignes.extend(retrait + suite for suite in raison[1:])
    lignes += [
        "",
        f"Total des droits : {euros(evaluation.total_mensuel)} par mois (aides mensuelles), "
        f"{euros(evaluation.total_annuel)} par an (toutes aides).",
        "",
        "Détail",
        "======",
    ]
    for aide in evaluation.aides:
        lignes.append(f"\n{aide.libelle} — {LIBELLES_STATUT[aide.statut]} ({aide.reglement})")
        for condition in aide.conditions:
            marque = "?" if condition.incertaine else ("✓" if condition.remplie else "✗")
            lignes.append(f"  {marque} {condition.explication}")
        if aide.cumul and aide.statut == ELIGIBLE:
            lignes.append(f"  Cumul : {aide.cumul}")
        if aide.precisions:
            lignes.append(f"  {'Aide en nature' if aide.en_nature else 'Précisions'} : {_precisions(aide)}")
        if aide.donnees_manquantes:
            lignes.append("  Manque : " + " ; ".join(f"{d['donnee']} ({d['justificatif']})" for d in aide.donnees_manquantes))
    if evaluation.non_encodees:
        lignes += ["", "Autres aides à demander au guichet (non calculées ici)", "======================================================"]
        for aide in evaluation.non_encodees:
            lignes.append(f"  - {_non_encodee(aide)} ({aide['reglement']}) : {aide['raison']}")
    if evaluation.justificatifs:
        lignes += ["", "Pièces à fournir", "================"]
        lignes += [f"  - {piece}" for piece in evaluation.justificatifs]
    return "\n".join(lignes)


def markdown(evaluation: Evaluation) -> str:
    lignes = [
        f"# {evaluation.titre} — {_mois_en_lettres(evaluation.periode)}",
        "",
        *(f"> **Attention** : {avertissement}\n" for avertissement in evaluation.avertissements),
        "| Aide | Statut | Montant | Périodicité | Raison |",
        "|---|---|---|---|---|",
    ]
    for a in evaluation.aides:
        raison = a.raison.replace("|", "\\|")
        lignes.append(f"| {a.libelle} | {LIBELLES_STATUT[a.statut]} | {_montant(a)} | {PERIODICITES[a.periodicite]} | {raison} |")
    lignes += [
        "",
        f"**Total** : {euros(evaluation.total_mensuel)} par mois, {euros(evaluation.total_annuel)} par an.",
        "",
        "## Détail",
    ]
    for aide in evaluation.aides:
        lignes += ["", f"### {aide.libelle} — {LIBELLES_STATUT[aide.statut]}", ""]
        for condition in aide.conditions:
            marque = "❔" if condition.incertaine else ("✅" if condition.remplie else "❌")
            lignes.append(f"- {marque} {condition.explication}")
        if aide.precisions:
            lignes.append(f"- {'Aide en nature' if aide.en_nature else 'Précisions'} : {_precisions(aide)}")
        if aide.donnees_manquantes:
            lignes.append("- Manque : " + " ; ".join(d["donnee"] for d in aide.donnees_manquantes))
    if evaluation.non_encodees:
        lignes += ["", "## Autres aides à demander au guichet (non calculées ici)", ""]
        lignes += [f"- **{a['libelle']}** — {a['guichet']} ({a['reglement']}) : {a['raison']}" for a in evaluation.non_encodees]
    if evaluation.justificatifs:
        lignes += ["", "## Pièces à fournir", ""] + [f"- {p}" for p in evaluation.justificatifs]
    return "\n".join(lignes) + "\n"


def en_json(evaluation: Evaluation) -> str:
    return json.dumps(evaluation.en_dict(), ensure_ascii=False, indent=2)


_STYLE = """
@page { size: A4; margin: 10mm 10mm; }
.avertissement { border: 1px solid #8a4b00; background: #fff4e0; color: #5a3000; padding: 2mm 3mm; margin: 2mm 0; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 9pt; color: #1b1b1b; margin: 0; }
header { border-bottom: 3px solid #0a3d91; padding-bottom: 2.5mm; margin-bottom: 2.5mm; }
h1 { font-size: 15pt; margin: 0 0 1mm 0; color: #0a3d91; }
h2 { font-size: 10.5pt; margin: 3.5mm 0 1.5mm 0; color: #0a3d91; }
.sous-titre { color: #555; }
.total { display: flex; gap: 6mm; margin: 2mm 0; }
.total div { border: 1px solid #0a3d91; border-radius: 2mm; padding: 2mm 4mm; }
.total strong { font-size: 13pt; display: block; }
table { width: 100%; border-collapse: collapse; }
th, td { border-bottom: 1px solid #ccc; padding: 1.4mm 1.6mm; text-align: left; vertical-align: top; }
th { background: #eef2fa; font-size: 8.5pt; }
td.montant { white-space: nowrap; text-align: right; font-weight: bold; }
.statut { font-size: 8pt; padding: 0.4mm 1.6mm; border-radius: 1.4mm; white-space: nowrap; }
.eligible { background: #d8f0dc; color: #11541d; }
.a_verifier { background: #fff1c7; color: #6b4e00; }
.non_eligible { background: #eee; color: #555; }
tr.non_eligible td { color: #666; font-size: 8.5pt; }
ul { margin: 1mm 0; padding-left: 5mm; }
ul.pieces { columns: 2; column-gap: 8mm; font-size: 8.5pt; }
p.autres { font-size: 8pt; color: #555; margin: 1mm 0; }
footer { margin-top: 5mm; font-size: 7.5pt; color: #666; border-top: 1px solid #ccc; padding-top: 2mm; }
@media print { .pas-imprime { display: none; } }
"""


def page_html(evaluation: Evaluation) -> str:
    e = html.escape
    lignes = []
    for a in evaluation.aides:
        if a.statut not in (ELIGIBLE, A_VERIFIER):
            continue
        lignes.append(
            f'<tr class="{a.statut}"><td>{e(a.libelle)}</td>'
            f'<td><span class="statut {a.statut}">{e(LIBELLES_STATUT[a.statut])}</span></td>'
            f'<td class="montant">{e(_montant(a))}</td><td>{e(PERIODICITES[a.periodicite])}</td>'
            f"<td>{e(a.raison)}{f' {e(_precisions(a))}.' if a.precisions else ''}</td></tr>"
        )
    # The household's page stays on one A4 sheet however many aids the registry holds: aids
    # out of reach are named only (their reasons are in the text, Markdown and JSON forms).
    autres = ", ".join(e(a.libelle) for a in evaluation.aides if a.statut not in (ELIGIBLE, A_VERIFIER))
    guichets = " ; ".join(e(_non_encodee(a)) for a in evaluation.non_encodees)
    pieces = "".join(f"<li>{e(p)}</li>" for p in evaluation.justificatifs) or "<li>Aucune</li>"
    a_verifier = [a for a in evaluation.aides if a.statut == A_VERIFIER]
    manques = "".join(
        f"<li><strong>{e(a.libelle)}</strong> : {e(' ; '.join(d['donnee'] for d in a.donnees_manquantes))}</li>" for a in a_verifier
    )
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Fiche de droits — {e(evaluation.prenom or evaluation.menage)} — {e(_mois_en_lettres(evaluation.periode))}</title>
<style>{_STYLE}</style>
</head>
<body>
<header>
<h1>Vos droits aux aides de la Ville de Paris</h1>
<div class="sous-titre">{e(evaluation.prenom or "Ménage « " + evaluation.menage + " »")} — situation de {e(_mois_en_lettres(evaluation.periode))}
{f"— réforme simulée : {e(evaluation.reforme)}" if evaluation.reforme else ""}</div>
</header>
{"".join(f'<p class="avertissement" role="alert">Attention : {e(a)}</p>' for a in evaluation.avertissements)}
<div class="total">
<div>Par mois (aides mensuelles)<strong>{e(euros(evaluation.total_mensuel))}</strong></div>
<div>Sur un an (toutes aides)<strong>{e(euros(evaluation.total_annuel))}</strong></div>
</div>
<h2>Aides accessibles ou à vérifier</h2>
<table>
<thead><tr><th>Aide</th><th>Statut</th><th>Montant</th><th>Périodicité</th><th>Pourquoi</th></tr></thead>
<tbody>
{"".join(lignes)}
</tbody>
</table>
{f"<h2>Informations à compléter</h2><ul>{manques}</ul>" if manques else ""}
<h2>Pièces à apporter</h2>
<ul class="pieces">{pieces}</ul>
{f'<h2>Autres aides examinées, non accessibles</h2><p class="autres">{autres}.</p>' if autres else ""}
{f'<h2>Autres aides à demander au guichet (non calculées)</h2><p class="autres">{guichets}.</p>' if guichets else ""}
<footer>Estimation indicative calculée par paris-droits selon le règlement municipal des aides sociales facultatives
de la Ville de Paris ; seule la décision de la Maison des Solidarités fait foi.</footer>
</body>
</html>
"""


FORMATS = {"texte": texte, "markdown": markdown, "json": en_json, "html": page_html}


def comparaison_texte(base: Evaluation, reforme: Evaluation) -> str:
    """Baseline and reform side by side, for one household."""
    lignes = [
        f"{base.titre} pour {_mois_en_lettres(base.periode)} : législation en vigueur et réforme "
        f"« {reforme.reforme} »",
        "",
    ]
    entetes = ("Aide", "En vigueur", "Montant", "Réforme", "Montant", "Écart annuel")
    largeurs = (40, 13, 12, 13, 12, 14)
    lignes.append(ligne_alignee(entetes, largeurs, a_gauche=(0, 1, 3)))
    lignes.append("-" * (sum(largeurs) + 2 * (len(largeurs) - 1)))
    avant = {a.slug: a for a in base.aides}
    for apres in reforme.aides:
        a = avant.get(apres.slug)
        statut_avant = LIBELLES_STATUT[a.statut] if a else "—"
        montant_avant = _montant(a) if a else "—"
        ecart = apres.montant_annuel - (a.montant_annuel if a else 0.0)
        libelle = apres.libelle if len(apres.libelle) <= 40 else apres.libelle[:39] + "…"
        cellules = (libelle, statut_avant, montant_avant, LIBELLES_STATUT[apres.statut], _montant(apres),
                    ("+" if ecart > 0 else "") + euros(ecart) if abs(ecart) >= 0.005 else "—")
        lignes.append(ligne_alignee(cellules, largeurs, a_gauche=(0, 1, 3)))
    ecart_total = reforme.total_annuel - base.total_annuel
    lignes += [
        "",
        f"Total annuel : {euros(base.total_annuel)} en vigueur, {euros(reforme.total_annuel)} avec la réforme "
        f"({'+' if ecart_total > 0 else ''}{euros(ecart_total)}).",
    ]
    return "\n".join(lignes)


def comparaison_json(base: Evaluation, reforme: Evaluation) -> str:
    avant = {a.slug: a.montant_annuel for a in base.aides}
    ecarts = {a.slug: round(a.montant_annuel - avant.get(a.slug, 0.0), 2) for a in reforme.aides}
    return json.dumps(
        {"base": base.en_dict(), "reforme": reforme.en_dict(), "ecarts_annuels": ecarts,
         "ecart_total_annuel": round(reforme.total_annuel - base.total_annuel, 2)},
        ensure_ascii=False, indent=2,
    )
