"""The bilan of an outreach campaign, for people: plain text, and a printable A4 HTML page.

The page is a Jinja2 template (gabarits/campagne.html, autoescaped) with one chart drawn by
matplotlib without pyplot (Agg canvas, rendered to SVG) and embedded inline: the effect of the campaign on each
aid's take-up rate with its 95 % interval, and the overall stratified effect. Text stays text in
the SVG (`svg.fonttype: none`), ids are fixed (`svg.hashsalt`) and no date is written, so the
same bilan always gives the same page. Nothing is fetched from the network.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from paris_droits.campagnes.bilan import METHODE, Bilan, Ligne
from paris_droits.campagnes.modele import MOTIFS
from paris_droits.commun.fichiers import ecrire_texte
from paris_droits.commun.format import euros, ligne_alignee, nombre, pourcentage

LIBELLES_MOTIFS = {
    "non_connaissance": "non-connaissance",
    "non_demande": "non-demande",
    "non_reception": "non-réception",
    "non_proposition": "non-proposition",
}
LARGEUR_LIBELLE_TEXTE = 40
STYLE_GRAPHIQUE = {
    "svg.fonttype": "none",
    "svg.hashsalt": "paris-droits-campagne",
    "font.family": "DejaVu Sans",
    "font.size": 7.5,
    "axes.unicode_minus": True,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
COULEUR = "#1f5a96"
COULEUR_ENSEMBLE = "#1b1b1b"


def points(valeur: float | None, signe: bool = True, unite: bool = True) -> str:
    """0.152 → '+15,2 pts' (a minus sign, not a hyphen, for a negative value)."""
    if valeur is None:
        return "—"
    texte = nombre(100 * valeur, 1)
    if signe and valeur > 0:
        texte = "+" + texte
    return texte.replace("-", "−") + (" pts" if unite else "")


def euros_signes(valeur: float | None) -> str:
    """Whole euros with a minus sign: −7 082 €."""
    return "—" if valeur is None else euros(valeur, 0).replace("-", "−")


def intervalle_points(intervalle, unite: bool = True) -> str:
    """[−3,1 pts ; +12,4 pts], or [−3,1 ; +12,4] without the unit (in a table whose header says it)."""
    if intervalle is None:
        return "—"
    return f"[{points(intervalle[0], unite=unite)} ; {points(intervalle[1], unite=unite)}]"


def intervalle_euros(intervalle) -> str:
    if intervalle is None:
        return "—"
    return f"[{euros(intervalle[0], 0)} ; {euros(intervalle[1], 0)}]".replace("-", "−")


def taux(valeur: float | None) -> str:
    return "—" if valeur is None else pourcentage(valeur)


def _motifs(ligne: Ligne) -> str:
    total = sum(ligne.motifs.values())
    if not total:
        return "aucun motif recueilli"
    return ", ".join(
        f"{LIBELLES_MOTIFS[m]} {ligne.motifs[m]} ({pourcentage(ligne.motifs[m] / total, 0)})" for m in MOTIFS if ligne.motifs.get(m)
    )


def _entete(bilan: Bilan) -> list[str]:
    campagne = bilan.campagne
    suivis = ", ".join(bilan.suivis) if bilan.suivis else "aucun"
    return [
        f"Campagne « {campagne.nom} » : liste d'aller-vers de {campagne.periode}, issues admises du "
        f"{campagne.debut:%d/%m/%Y} au {campagne.fin:%d/%m/%Y}",
        f"{nombre(bilan.ensemble.contactes)} ménages contactés, {nombre(bilan.ensemble.temoins)} témoins "
        f"(part de témoins {nombre(campagne.part_temoin, 2)}, graine {campagne.graine}) ; échantillons de suivi : {suivis}",
    ]


def texte(bilan: Bilan) -> str:
    """The bilan as plain text: one row per aid, then the whole campaign, reasons, cost and method."""
    entetes = ["Aide", "Contactés", "Témoins", "Atteints", "Demandes", "Droits ouverts", "Recours C.", "Recours T.", "Effet", "IC 95 %", "€/an causés"]
    rangees = []
    for slug, ligne in [*bilan.par_aide.items(), ("ensemble", bilan.ensemble)]:
        libelle = "Ensemble (stratifié par aide)" if slug == "ensemble" else bilan.libelles.get(slug, slug)
        if len(libelle) > LARGEUR_LIBELLE_TEXTE:
            libelle = libelle[: LARGEUR_LIBELLE_TEXTE - 1] + "…"
        rangees.append([
            libelle, nombre(ligne.propositions_contactes), nombre(ligne.propositions_temoins), nombre(ligne.atteints),
            nombre(ligne.demandes), f"{nombre(ligne.droits_ouverts)} + {nombre(ligne.droits_ouverts_temoins)} T.",
            taux(ligne.taux_recours_contactes), taux(ligne.taux_recours_temoins), points(ligne.effet), intervalle_points(ligne.ic95),
            euros_signes(ligne.montant_annuel_cause),
        ])
    largeurs = [max(len(r[i]) for r in [entetes, *rangees]) for i in range(len(entetes))]
    lignes = [*_entete(bilan), "", ligne_alignee(entetes, largeurs)]
    lignes += [ligne_alignee(r, largeurs) for r in rangees]
    ensemble = bilan.ensemble
    lignes += [
        "",
        "Lignes par aide : ménages ; ensemble : propositions (ménage × aide). « T. » : témoins.",
        f"Euros annuels causés par la campagne : {euros(ensemble.montant_annuel_cause or 0, 0)} "
        f"{intervalle_euros(ensemble.ic95_montant_annuel_cause)} ; droits ouverts chez les contactés : "
        f"{euros(ensemble.montant_annuel_ouvert, 0)} par an.",
        f"Motifs de non-recours recueillis : {_motifs(ensemble)}.",
    ]
    if bilan.cout_contact is not None:
        lignes.append(
            f"Coût : {euros(bilan.cout_contact)} par ménage contacté, {euros(ensemble.cout_total or 0, 0)} au total ; "
            f"{_cout(ensemble.cout_par_droit_ouvert)} par droit ouvert, {_cout(ensemble.cout_par_droit_cause)} par droit causé."
        )
    lignes += ["", f"Méthode : effet = {METHODE['effet']} ; IC 95 % par aide : {METHODE['ic95_par_aide']} ; ensemble : {METHODE['ic95_ensemble']}."]
    return "\n".join(lignes)


def _cout(valeur: float | None) -> str:
    return "—" if valeur is None else euros(valeur)


def graphique_svg(bilan: Bilan) -> str:
    """The effect per aid (and overall) with its 95 % interval, in points, as inline SVG."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    lignes = [(bilan.libelles.get(slug, slug), ligne) for slug, ligne in bilan.par_aide.items()]
    lignes.append(("Ensemble (stratifié par aide)", bilan.ensemble))
    lignes = [(libelle, ligne) for libelle, ligne in lignes if ligne.effet is not None]
    with matplotlib.rc_context(STYLE_GRAPHIQUE):
        figure = Figure(figsize=(6.9, 0.6 + 0.14 * max(len(lignes), 1)), layout="constrained")
        FigureCanvasAgg(figure)  # no GUI backend, no pyplot; savefig renders the SVG
        ax = figure.subplots()
        positions = list(range(len(lignes)))[::-1]
        for y, (_libelle, ligne) in zip(positions, lignes, strict=True):
            couleur = COULEUR_ENSEMBLE if ligne is bilan.ensemble else COULEUR
            effet, (bas, haut) = 100 * ligne.effet, (100 * ligne.ic95[0], 100 * ligne.ic95[1])
            ax.errorbar([effet], [y], xerr=[[effet - bas], [haut - effet]], fmt="D" if ligne is bilan.ensemble else "o",
                        color=couleur, ecolor=couleur, elinewidth=1.4, capsize=3, markersize=5)
        ax.axvline(0, color="#8a5a00", linewidth=1, linestyle="--")
        ax.set_yticks(positions, [libelle for libelle, _ in lignes])
        ax.set_xlabel("Effet sur le taux de recours (points), intervalle de confiance à 95 %")
        ax.grid(axis="x", color="#d0d0d0", linewidth=0.6)
        ax.set_axisbelow(True)
        tampon = io.StringIO()
        figure.savefig(tampon, format="svg", metadata={"Date": None})
    svg = tampon.getvalue()
    return svg[svg.index("<svg"):]


@lru_cache(maxsize=1)
def _environnement():
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    environnement = Environment(
        loader=PackageLoader("paris_droits.rapports", "gabarits"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environnement.filters.update(
        euros=euros, euros_signes=euros_signes, nombre=nombre, taux=taux, points=points, intervalle_points=intervalle_points, intervalle_euros=intervalle_euros
    )
    return environnement


def html(bilan: Bilan) -> str:
    """The bilan as one printable A4 HTML page, chart included."""
    from markupsafe import Markup

    total_motifs = sum(bilan.ensemble.motifs.values())
    return _environnement().get_template("campagne.html").render(
        bilan=bilan,
        entete=_entete(bilan),
        lignes=[(bilan.libelles.get(slug, slug), ligne) for slug, ligne in bilan.par_aide.items()],
        graphique=Markup(graphique_svg(bilan)),
        motifs=[(LIBELLES_MOTIFS[m], bilan.ensemble.motifs.get(m, 0), bilan.ensemble.motifs.get(m, 0) / total_motifs if total_motifs else None) for m in MOTIFS],
        methode=METHODE,
    )


def ecrire_html(bilan: Bilan, chemin: str | Path) -> Path:
    """Write the page atomically (0644: aggregated figures only, no household)."""
    return ecrire_texte(chemin, html(bilan))
