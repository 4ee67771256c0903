"""The policy teams' reform page at /reformes: choose shipped reforms or edit parameters in a form, run the
reform on the embedded sample or on an uploaded one, read the reform report, download the edit as the YAML
reform that `paris-droits reforme comparer --reforme fichier.yaml` runs with the same figures.

Routes: GET /reformes (the form; `?mois=AAAA-MM` shows the values in force at another month), POST
/reformes/simuler (runs it: the results page is the reform report of paris_droits.rapports, or the form again
with its errors), POST /reformes/telecharger (the edit as YAML), POST /reformes/modifier (the form again with
the edit). The results page carries the edit (hidden fields), so nothing is kept between requests.

Nothing about a reform or a sample is stored on the server. The edit is written as YAML to a file in a
private temporary folder (mode 0700), deleted as soon as the comparison returns; an uploaded sample is read
from files in another such folder, deleted before the computation. What a process keeps in memory is the
embedded sample's baseline (`base_integree`): the embedded sample is generated once and cached on disk by
paris_droits.population.synthese (under $XDG_CACHE_HOME/paris-droits/echantillons, else
~/.cache/paris-droits/echantillons), then read and computed under the law in force once per process and
month; the batch computation is pure, so every reform on that month is compared against the same
baseline. An uploaded sample is never kept: its baseline is computed with the reform.
"""

from __future__ import annotations

import re
import tempfile
import threading
from collections import OrderedDict
from pathlib import Path

from flask import Blueprint, Response, current_app, request
from flask_wtf.csrf import generate_csrf

from paris_droits.commun.erreurs import ErreurEntree, ErreurParisDroits
from paris_droits.commun.format import euros, mois_en_lettres, nombre
from paris_droits.interfaces.web.reglages import CHEMIN_ECHANTILLON
from paris_droits.interfaces.web.saisie import Erreurs
from paris_droits.interfaces.web.saisie_reformes import (
    GENERAL,
    INTEGRE,
    TELEVERSE,
    Demande,
    champs_de_la_demande,
    chemins_saisis,
    date_fr,
    fin_du_mois,
    index_parametres,
    lire_demande,
    lire_periode,
    parametres_du_mois,
    reformes_livrees,
)
from paris_droits.interfaces.web.vues import choix_des_mois
from paris_droits.lot.echantillon import Echantillon, lire_table, preparer
from paris_droits.non_recours.analyse import Analyse, analyser
from paris_droits.population.synthese import MENAGES_INTEGRES
from paris_droits.rapports.pages import rendre
from paris_droits.rapports.reforme import contexte_rapport
from paris_droits.reformes.comparaison import Comparaison, comparer
from paris_droits.reformes.edition import yaml_de_reforme

NOM_FICHIER = "reforme-editee.yaml"  # the edit's file: its name in the report, the download and the command line
MENAGES_MAX = MENAGES_INTEGRES  # an uploaded sample: at most as many households as the embedded one
PERSONNES_MAX = 5 * MENAGES_MAX
BASES_GARDEES = 2  # months of the embedded sample's baseline kept per process (about 60 MB each)
_BASES: OrderedDict[str, Analyse] = OrderedDict()
_VERROU_BASES = threading.Lock()
SUFFIXES = (".parquet", ".csv")


class RefusReforme(Exception):
    """A request refused with a French sentence, shown with the form (field → sentence)."""

    def __init__(self, erreurs: dict, statut: int = 400) -> None:
        super().__init__(next(iter(erreurs.values())))
        self.erreurs, self.statut = erreurs, statut


def base_integree(periode: str) -> Analyse:
    """The embedded sample computed under the law in force at this month: once per process and month (the
    last BASES_GARDEES months kept). Computing it twice at once does no harm: the last one is kept."""
    with _VERROU_BASES:
        if periode in _BASES:
            _BASES.move_to_end(periode)
            return _BASES[periode]
    base = analyser(None, periode)
    with _VERROU_BASES:
        _BASES[periode] = base
        while len(_BASES) > BASES_GARDEES:
            _BASES.popitem(last=False)
    return base


def _nom_sur(nom: str, champ: str) -> str:
    """The uploaded file's own name (errors name it), made safe for a file system; its suffix is checked."""
    nom = re.sub(r"[^\w.-]", "_", Path(nom).name)[-100:].lstrip(".") or champ
    if not nom.lower().endswith(SUFFIXES):
        raise RefusReforme({champ: f"Le fichier « {nom} » doit être un fichier Parquet (.parquet) ou CSV (.csv)."}, 415)
    return nom


def lire_televersement() -> Echantillon:
    """The uploaded sample's two tables, read from a private temporary folder deleted at once, bounded in households."""
    tables, noms = {}, {}
    with tempfile.TemporaryDirectory(prefix="paris-droits-echantillon-") as dossier:
        for champ, quoi in (("menages", "des ménages"), ("individus", "des personnes")):
            fichier = request.files.get(champ)
            if fichier is None or not fichier.filename:
                raise RefusReforme({champ: f"Choisissez le fichier {quoi} de l'échantillon ({champ}.parquet ou {champ}.csv)."})
            noms[champ] = _nom_sur(fichier.filename, champ)
            chemin = Path(dossier) / champ / noms[champ]
            chemin.parent.mkdir()
            fichier.save(chemin)
            try:
                tables[champ] = lire_table(chemin)
            except ErreurEntree as erreur:
                raise RefusReforme({champ: erreur.message}) from None
    for champ, maximum, quoi in (("menages", MENAGES_MAX, "ménages"), ("individus", PERSONNES_MAX, "personnes")):
        if len(tables[champ]) > maximum:
            raise RefusReforme({champ: f"Le fichier « {noms[champ]} » compte {nombre(len(tables[champ]))} {quoi} ; cette page en "
                                       f"accepte au plus {nombre(maximum)} (au-delà : paris-droits reforme comparer DOSSIER)."}, 413)
    return Echantillon(tables["menages"], tables["individus"], noms["menages"], noms["individus"])


def _champ_de(erreur: ErreurParisDroits, echantillon: Echantillon | None) -> str:
    """The form's field a refusal of the engine concerns: an uploaded file, a parameter's value, else none."""
    if echantillon is not None and erreur.fichier in (echantillon.fichier_menages, echantillon.fichier_individus):
        return "menages" if erreur.fichier == echantillon.fichier_menages else "individus"
    for cle in request.form:
        if erreur.champ and (cle == f"v:{erreur.champ}" or cle.startswith(f"v:{erreur.champ}:")):
            return cle
    return GENERAL


def _comparer(demande: Demande, echantillon: Echantillon | None) -> Comparaison:
    """The comparison the form asks for: the shipped reforms, then the edit (a YAML file in a private temporary
    folder, deleted when the comparison returns)."""
    if echantillon is not None:  # every household checked now: a defect names its file and row, none is dropped
        preparer(echantillon.menages, echantillon.individus, strict=True,
                 fichiers=(echantillon.fichier_menages, echantillon.fichier_individus), periode=demande.periode)
    base = None if echantillon is not None else base_integree(demande.periode)
    with tempfile.TemporaryDirectory(prefix="paris-droits-reforme-") as dossier:
        noms = list(demande.choisies)
        if demande.modifications:
            chemin = Path(dossier) / NOM_FICHIER
            chemin.write_text(yaml_de_reforme(demande.libelle, demande.modifications), encoding="utf-8")
            noms.append(str(chemin))
        resultat = comparer(noms, echantillon, demande.periode, processus=1, base=base)
    resultat.reformes = tuple(Path(nom).name if nom.endswith(NOM_FICHIER) else nom for nom in resultat.reformes)
    if echantillon is not None:
        resultat.description = f"échantillon envoyé ({echantillon.fichier_menages} et {echantillon.fichier_individus})"
    return resultat


def commande(demande: Demande) -> str:
    """The command line that computes the same figures from the downloaded file."""
    morceaux = ["paris-droits reforme comparer"] + (["DOSSIER_DE_L_ECHANTILLON"] if demande.televerse else [])
    morceaux += [f"--reforme {nom}" for nom in demande.choisies]
    morceaux += [f"--reforme {NOM_FICHIER}"] if demande.modifications else []
    return " ".join([*morceaux, f"--periode {demande.periode}", "--format json"])


# --- Pages ------------------------------------------------------------------------------------------------


def _texte_valeur(valeur: float, unite: str) -> str:
    if unite == "€":
        return euros(valeur)
    return f"{nombre(valeur, 2).rstrip('0').rstrip(',')} {unite}".strip()


def _vue_parametre(p, saisie, erreurs) -> dict:
    champs = [f"v:{p.chemin}:{rang}" for rang in range(len(p.valeur))] if p.bareme else [f"v:{p.chemin}"]
    en_vigueur = [_texte_valeur(v, p.unite) for v in (p.valeur if p.bareme else [p.valeur])]
    return {"p": p, "champs": champs, "valeurs": [saisie.get(c, "") for c in champs], "date": f"d:{p.chemin}",
            "en_vigueur": en_vigueur,
            "valeur_date": saisie.get(f"d:{p.chemin}", ""), "depuis": date_fr(p.depuis), "existe_depuis": date_fr(p.existe_depuis),
            "en_erreur": any(c in erreurs for c in [*champs, f"d:{p.chemin}"]),
            "modifie": any(saisie.get(c, "").strip() for c in champs)}


def page_formulaire(periode: str, erreurs: dict | None = None, saisie=None) -> str:
    erreurs, saisie = dict(erreurs or {}), saisie or {}
    aides = []
    for aide, parametres in parametres_du_mois(periode):
        vues = [_vue_parametre(p, saisie, erreurs) for p in parametres]
        aides.append({"aide": aide, "parametres": vues, "ouverte": any(v["en_erreur"] or v["modifie"] for v in vues)})
    inconnus = [c for c in chemins_saisis(saisie) if not any(v["p"].chemin == c for a in aides for v in a["parametres"])]
    return rendre(
        "reformes_formulaire.html", rubrique="reformes", titre_page="Simuler une réforme — paris-droits", periode=periode,
        mois=mois_en_lettres(periode), mois_choix=choix_des_mois(periode), aides=aides, reformes=reformes_livrees(),
        choisies=list(saisie.getlist("reforme")) if hasattr(saisie, "getlist") else [], libelle=saisie.get("libelle", ""),
        echantillon=saisie.get("echantillon", INTEGRE), erreurs=erreurs, jeton=generate_csrf(), inconnus=inconnus,
        menages_max=nombre(MENAGES_MAX), personnes_max=nombre(PERSONNES_MAX), integre=nombre(MENAGES_INTEGRES),
        taille_max=_mio(_taille_max()), defaut=date_fr(f"{periode}-01"),
        fin_du_mois_fr=date_fr(fin_du_mois(periode)), televerse=TELEVERSE,
        integre_valeur=INTEGRE,
    )


def _modifications(demande: Demande) -> list[dict]:
    """The edited parameters as the results page recalls them: label, path, new value(s) in French, date."""
    parametres = index_parametres(demande.periode)
    vues = []
    for chemin, (date, valeur) in demande.modifications.items():
        p = parametres[chemin]
        valeurs = valeur if isinstance(valeur, list) else [valeur]
        vues.append({"libelle": p.libelle, "chemin": chemin, "date": date_fr(date),
                     "valeur": " ; ".join(_texte_valeur(v, p.unite) for v in valeurs)})
    return vues


def page_resultats(resultat: Comparaison, demande: Demande) -> str:
    return rendre(
        "reformes_resultats.html", rubrique="reformes", titre_page=f"Réforme « {resultat.libelle} » — paris-droits",
        demande=demande, champs=champs_de_la_demande(demande, request.form), commande=commande(demande),
        modifications=_modifications(demande), nom_fichier=NOM_FICHIER, jeton=generate_csrf(), **contexte_rapport(resultat),
    )


def _taille_max() -> int:
    configuration = current_app.config["PARIS_DROITS"]
    return max(configuration.taille_max_octets, configuration.taille_max_echantillon_octets)


def _mio(octets: int) -> str:
    return f"{octets / (1024 * 1024):g}".replace(".", ",") + " Mio"


def page_erreur(statut: int, message: str) -> str:
    """An error page of the reform routes (refused token, oversized upload…), with the way back to the form."""
    if statut == 413:
        message = (f"L'envoi dépasse {_mio(_taille_max())}, la taille admise sur cette page pour un échantillon (les deux "
                   "fichiers ensemble) ; pour un échantillon plus gros, utilisez paris-droits reforme comparer DOSSIER.")
    return rendre("reformes_erreur.html", rubrique="reformes", titre_page="Erreur — simuler une réforme", statut=statut,
                  message=message)


def _simuler() -> str:
    demande, erreurs = lire_demande(request.form)
    if erreurs:
        raise RefusReforme(erreurs)
    echantillon = lire_televersement() if demande.televerse else None
    try:
        resultat = _comparer(demande, echantillon)
    except ErreurParisDroits as erreur:
        raise RefusReforme({_champ_de(erreur, echantillon): erreur.message}) from None
    return page_resultats(resultat, demande)


def _telecharger() -> Response:
    demande, erreurs = lire_demande(request.form)
    if not erreurs and not demande.modifications:
        erreurs = Erreurs({GENERAL: "Aucun paramètre n'est modifié : il n'y a pas de réforme à télécharger (les réformes "
                                    "livrées sont dans reforms/)."})
    if erreurs:
        raise RefusReforme(erreurs)
    reponse = Response(yaml_de_reforme(demande.libelle, demande.modifications), mimetype="application/x-yaml")
    reponse.headers["Content-Disposition"] = f'attachment; filename="{NOM_FICHIER}"'
    return reponse


def creer_blueprint() -> Blueprint:
    bp = Blueprint("reformes", __name__)

    @bp.get("/reformes")
    def formulaire():
        erreurs = Erreurs()
        periode = lire_periode(request.args.get("mois"), erreurs)
        return page_formulaire(periode, erreurs), 400 if erreurs else 200

    @bp.post(CHEMIN_ECHANTILLON)
    def simuler():
        return _simuler()

    @bp.post("/reformes/telecharger")
    def telecharger():
        return _telecharger()

    @bp.post("/reformes/modifier")
    def modifier():
        erreurs = Erreurs()
        return page_formulaire(lire_periode(request.form.get("mois"), erreurs), erreurs, request.form)

    @bp.errorhandler(RefusReforme)
    def refus(erreur):
        erreurs = Erreurs()
        periode = lire_periode(request.form.get("mois"), erreurs)
        return page_formulaire(periode, {**erreur.erreurs, **erreurs}, request.form), erreur.statut

    return bp

