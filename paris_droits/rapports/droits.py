"""Presentation of an evaluation: plain text, Markdown, JSON and a printable HTML page.

No rule here: only formatting of paris_droits.evaluation.Evaluation.
"""

from __future__ import annotations

import datetime
import json
import textwrap

from paris_droits.commun.format import date_en_lettres, euros, ligne_alignee, mois_en_lettres
from paris_droits.menage.evaluation import A_VERIFIER, ELIGIBLE, LIBELLES_STATUT, NON_ELIGIBLE, Evaluation
from paris_droits.rapports.pages import rendre

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


montant_affiche = _montant  # the amount as every output writes it (« 150,00 € sous réserve », « en nature »…)


def _precisions(aide) -> str:
    """'participation annuelle : 45,00 € ; tranche : B' for an aid's figures besides its amount."""
    texte_precisions = " ; ".join(f"{p['libelle']} : {p['texte']}" for p in aide.precisions)
    a_confirmer = list(dict.fromkeys(d for p in aide.precisions for d in p["a_confirmer"]))
    return texte_precisions + (f" (à confirmer, non renseigné : {' ; '.join(a_confirmer)})" if a_confirmer else "")


def _non_encodee(aide: dict) -> str:
    return f"{aide['libelle']} — {aide['guichet']}"


def _ligne_deja_percu(evaluation: Evaluation) -> list[str]:
    """« Dont déjà perçu … ; reste à demander … » when the household said it already receives some aids."""
    if not any(a.deja_percue for a in evaluation.aides):
        return []
    t = evaluation.totaux
    return [f"Dont déjà perçu : {euros(t['deja_percu_mensuel'])} par mois, {euros(t['deja_percu_annuel'])} par an ; "
            f"reste à demander : {euros(t['a_demander_mensuel'])} par mois, {euros(t['a_demander_annuel'])} par an."]


def texte(evaluation: Evaluation, largeur: int | None = None) -> str:
    if largeur is None:
        import shutil

        largeur = max(120, shutil.get_terminal_size((140, 40)).columns)
    lignes = [
        f"{evaluation.titre} pour {mois_en_lettres(evaluation.periode)}"
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
        *_ligne_deja_percu(evaluation),
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
        if aide.deja_percue:
            lignes.append("  Déjà perçue par le ménage.")
        if aide.guichet and aide.statut != NON_ELIGIBLE:
            lignes.append(f"  Demande : {aide.guichet}" + (f" ({aide.formulaire})" if aide.formulaire else ""))
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
        f"# {evaluation.titre} — {mois_en_lettres(evaluation.periode)}",
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


def contexte_fiche(evaluation: Evaluation, jour: datetime.date | None = None) -> dict:
    """What the fiche de droits shows (gabarits/_fiche_droits_corps.html), for the CLI page and the web results."""
    accessibles = [
        {"aide": a, "statut": LIBELLES_STATUT[a.statut], "montant": _montant(a), "periodicite": PERIODICITES[a.periodicite],
         "precisions": _precisions(a) if a.precisions else ""}
        for a in evaluation.aides
        if a.statut in (ELIGIBLE, A_VERIFIER)
    ]
    return {
        "e": evaluation,
        "mois": mois_en_lettres(evaluation.periode),
        "date_edition": date_en_lettres(jour or datetime.date.today()),
        "accessibles": accessibles,
        "a_verifier": [a for a in evaluation.aides if a.statut == A_VERIFIER],
        "autres": [a.libelle for a in evaluation.aides if a.statut not in (ELIGIBLE, A_VERIFIER)],
        "guichets": [_non_encodee(a) for a in evaluation.non_encodees],
    }


def page_html(evaluation: Evaluation) -> str:
    """The printable fiche de droits (one A4 page): template gabarits/fiche_droits.html."""
    return rendre("fiche_droits.html", **contexte_fiche(evaluation))


FORMATS = {"texte": texte, "markdown": markdown, "json": en_json, "html": page_html}


def comparaison_texte(base: Evaluation, reforme: Evaluation) -> str:
    """Baseline and reform side by side, for one household."""
    lignes = [
        f"{base.titre} pour {mois_en_lettres(base.periode)} : législation en vigueur et réforme "
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
