"""Synthetic samples with planted take-up, and the embedded default sample.

`generer_echantillon` draws a population (paris_droits.population), computes every aid
of the registry on it (paris_droits.lot), then plants observed receipt `percoit_<slug>`:
among the households computed eligible (with a positive amount, counted for the most
favourable of their non-cumulable aids), each receives the aid with probability
1 - planted non-take-up rate (parameters/communs/recours/). Optional noise:

- inclusion errors: a share of extra recipients drawn among households computed
  ineligible that fail exactly one condition (a change of situation, a stale file);
- misreported income: a share of households whose recorded declared income differs
  from the one the administration used (multiplied by a log-normal factor), so that
  eligibility is measured with error.

The sample carries its own ground truth (planted rates, realised counts) in
`verite_terrain.json` next to the two tables and in the tables' Parquet metadata.

`echantillon_integre()` returns the embedded default sample (20 000 households): it
is generated deterministically at first use and cached under
$XDG_CACHE_HOME/paris-droits (or ~/.cache/paris-droits), keyed by size, seed, period,
generator version and a fingerprint of the rules.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from paris_droits.catalogue import registre as catalogue
from paris_droits.commun.erreurs import ErreurEntree
from paris_droits.commun.fichiers import ecrire_texte
from paris_droits.commun.periodes import valider_mois
from paris_droits.lot import calcul as lot
from paris_droits.lot import recours
from paris_droits.lot.echantillon import Echantillon, ecrire_echantillon
from paris_droits.population import calibrage
from paris_droits.population import generateur as population
from paris_droits.regles import chemins

MENAGES_INTEGRES = 20_000
GRAINE_INTEGREE = 2026
ERREURS_INCLUSION_PAR_DEFAUT = 0.02
REVENUS_MAL_DECLARES_PAR_DEFAUT = 0.0
ECART_REVENUS_MAL_DECLARES = 0.3  # standard deviation of the log factor applied to misreported income
FICHIER_VERITE = "verite_terrain.json"
CLE_METADONNEES = "paris_droits"
COLONNES_REVENUS = ("salaire_net", "chomage_net", "retraite_nette", "autres_revenus")


@dataclass
class EchantillonSynthetique:
    menages: pd.DataFrame
    individus: pd.DataFrame
    verite: dict = field(default_factory=dict)


def _conditions() -> list[str]:
    noms = []
    for aide in catalogue.aides():
        for condition in aide.conditions:
            if condition.variable not in noms:
                noms.append(condition.variable)
    return noms


def _proches_eligibilite(resultats: pd.DataFrame, aide) -> np.ndarray:
    """Households computed ineligible that fail exactly one of the aid's conditions."""
    echecs = np.zeros(len(resultats), dtype=np.int64)
    for condition in aide.conditions:
        echecs += ~resultats[condition.variable].to_numpy(dtype=bool)
    return (echecs == 1) & ~resultats[f"{aide.slug}_eligible"].to_numpy(dtype=bool)


def generer_echantillon(
    menages: int,
    graine: int = 0,
    periode: str = population.PERIODE_PAR_DEFAUT,
    erreurs_inclusion: float = ERREURS_INCLUSION_PAR_DEFAUT,
    revenus_mal_declares: float = REVENUS_MAL_DECLARES_PAR_DEFAUT,
    processus: int = 1,
    progression: bool = False,
) -> EchantillonSynthetique:
    """A synthetic Paris sample with planted take-up (see the module docstring)."""
    periode = valider_mois(periode)
    _verifier_part(erreurs_inclusion, "erreurs_inclusion")
    _verifier_part(revenus_mal_declares, "revenus_mal_declares")
    if int(menages) < 1:
        raise ErreurEntree(f"Le champ « menages » doit être un nombre entier supérieur ou égal à 1, pas « {menages} ».", champ="menages")
    pop = population.generer_population(int(menages), graine, periode)
    table_menages = pop.menages
    table_menages["type_menage"] = pd.Categorical.from_codes(pop.type_menage, categories=list(population.TYPES_MENAGE))
    resultats = lot.simuler(
        table_menages, pop.individus, periode, variables=_conditions(), processus=processus, progression=progression
    )
    retenue = recours.eligibilite_retenue(resultats)
    rng = np.random.Generator(np.random.PCG64(np.random.SeedSequence([int(graine), 2])))
    poids = table_menages["poids"].to_numpy(dtype=np.float64)
    n = len(table_menages)
    verite_aides = {}
    for aide in catalogue.aides():
        taux, parametre = recours.taux_non_recours(aide.slug, periode)
        montant = resultats[aide.slug].to_numpy(dtype=np.float64)
        tirage = rng.random(n)
        percoit = retenue[aide.slug] & (tirage >= taux)
        recu = np.where(percoit, montant, 0.0)
        proches = _proches_eligibilite(resultats, aide)
        voulus = int(round(erreurs_inclusion * percoit.sum()))
        candidats = np.flatnonzero(proches)
        inclus = np.zeros(n, dtype=bool)
        if voulus and len(candidats) and percoit.any():
            choisis = rng.choice(candidats, size=min(voulus, len(candidats)), replace=False)
            inclus[choisis] = True
            recu[choisis] = rng.choice(montant[percoit], size=len(choisis))
        table_menages[recours.colonne_percoit(aide.slug)] = np.round(recu, 2)
        eligibles = float(poids[retenue[aide.slug]].sum())
        beneficiaires = float(poids[percoit].sum())
        verite_aides[aide.slug] = {
            "taux_non_recours_plante": taux,
            "parametre": parametre,
            "eligibles": eligibles,
            "beneficiaires_eligibles": beneficiaires,
            "taux_non_recours_realise": (1 - beneficiaires / eligibles) if eligibles else None,
            "erreurs_inclusion_plantees": float(poids[inclus].sum()),
            "effectif_eligibles": int(retenue[aide.slug].sum()),
        }
    # The canteen's receipt is the QF file itself: families without it are billed the top tranche.
    colonne_cantine = recours.colonne_percoit("restauration_scolaire")
    if colonne_cantine in table_menages:
        table_menages["restauration_scolaire_qf_depose"] = table_menages[colonne_cantine].to_numpy() > 0
    individus = pop.individus
    mal_declares = np.zeros(n, dtype=bool)
    if revenus_mal_declares > 0:
        mal_declares = rng.random(n) < revenus_mal_declares
        facteur = np.exp(rng.normal(0, ECART_REVENUS_MAL_DECLARES, n))
        rang = pd.Index(table_menages["id_menage"]).get_indexer(individus["id_menage"])
        touche = mal_declares[rang]
        for colonne in COLONNES_REVENUS:
            valeurs = individus[colonne].to_numpy(dtype=np.float64)
            individus[colonne] = np.where(touche, np.round(valeurs * facteur[rang], 2), valeurs)
    verite = {
        **pop.metadonnees,
        "erreurs_inclusion": erreurs_inclusion,
        "revenus_mal_declares": revenus_mal_declares,
        "menages_revenus_mal_declares": int(mal_declares.sum()),
        "empreinte_regles": empreinte_regles(),
        "aides": verite_aides,
    }
    return EchantillonSynthetique(table_menages, individus, verite)


def _verifier_part(valeur, champ: str) -> None:
    if not (0 <= float(valeur) < 1):
        raise ErreurEntree(f"Le champ « {champ} » doit être une part comprise entre 0 et 1, pas « {valeur} ».", champ=champ)


def ecrire(echantillon: EchantillonSynthetique, dossier: str | Path) -> Path:
    """Write menages.parquet, individus.parquet (ground truth in their metadata) and verite_terrain.json."""
    dossier = Path(dossier)
    texte = json.dumps(echantillon.verite, ensure_ascii=False, indent=1, sort_keys=True)
    for table in (echantillon.menages, echantillon.individus):
        table.attrs[CLE_METADONNEES] = texte
    ecrire_echantillon(Echantillon(echantillon.menages, echantillon.individus, periode=echantillon.verite.get("periode")), dossier)
    ecrire_texte(dossier / FICHIER_VERITE, texte + "\n")
    return dossier


def lire_verite(dossier: str | Path, menages: pd.DataFrame | None = None) -> dict | None:
    """The ground truth of a synthetic sample (side file, else Parquet metadata), or None."""
    fichier = Path(dossier) / FICHIER_VERITE if dossier is not None else None
    if fichier is not None and fichier.is_file():
        try:
            return json.loads(fichier.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
    if menages is not None and CLE_METADONNEES in menages.attrs:
        try:
            return json.loads(menages.attrs[CLE_METADONNEES])
        except ValueError:
            return None
    return None


# --- The embedded default sample ---------------------------------------------------------------------


def empreinte_regles() -> str:
    """Fingerprint of everything the planted sample depends on (rules, registry, generator, data)."""
    empreinte = hashlib.sha256()
    sources = [
        (chemins.PARAMETRES, "*.yaml"),
        (chemins.VARIABLES, "*.py"),
        (catalogue.DOSSIER, "*.yaml"),
        (population.DONNEES, "*.csv"),
    ]
    fichiers = []
    for dossier, motif in sources:
        fichiers += sorted(dossier.rglob(motif))
    fichiers += [Path(calibrage.__file__), Path(population.__file__), Path(__file__), Path(recours.__file__)]
    for fichier in fichiers:
        empreinte.update(str(fichier.name).encode())
        empreinte.update(fichier.read_bytes())
    return empreinte.hexdigest()[:16]


def dossier_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "paris-droits" / "echantillons"


def echantillon_integre(
    menages: int = MENAGES_INTEGRES, graine: int = GRAINE_INTEGREE, periode: str = population.PERIODE_PAR_DEFAUT
) -> Path:
    """Directory of the embedded default sample, generated and cached at first use."""
    prefixe = f"v{population.VERSION_GENERATEUR}-{menages}m-g{graine}-{periode}"
    cle = f"{prefixe}-{empreinte_regles()}"
    racine = dossier_cache()
    dossier = racine / cle
    if (dossier / FICHIER_VERITE).is_file():
        return dossier
    try:
        racine.mkdir(parents=True, exist_ok=True)
        provisoire = Path(tempfile.mkdtemp(dir=racine, prefix=f".{cle}."))
    except OSError:  # no writable cache: generate in a temporary directory
        provisoire = Path(tempfile.mkdtemp(prefix="paris-droits-echantillon-"))
        ecrire(generer_echantillon(menages, graine, periode), provisoire)
        return provisoire
    try:
        ecrire(generer_echantillon(menages, graine, periode), provisoire)
        os.chmod(provisoire, 0o755)
        try:
            os.rename(provisoire, dossier)
        except OSError:  # another process won the race: keep its copy
            shutil.rmtree(provisoire, ignore_errors=True)
    except BaseException:
        shutil.rmtree(provisoire, ignore_errors=True)
        raise
    for ancien in racine.glob(f"{prefixe}-*"):  # older fingerprints of the same sample
        if ancien != dossier:
            shutil.rmtree(ancien, ignore_errors=True)
    return dossier
