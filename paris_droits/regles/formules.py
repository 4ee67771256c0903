"""Small vectorised helpers shared by formulas.

Formulas in variables/ hold no numeric literal other than 0 and 1; the calendar
and rounding arithmetic they need lives here, once, tested on its own.
"""

from __future__ import annotations

import numpy
from openfisca_core.indexed_enums import EnumArray
from openfisca_core.indexed_enums.types import EnumDType

from paris_droits.regles.roles import a_le_role

CENTIMES = 2  # money is rounded to the cent
MOIS_PAR_AN = 12


def arrondi_centime(montant):
    """Round money to the cent (half away from zero, as payslips do); never a negative zero.
    Worked in place on one array: a batch rounds hundreds of amounts of every household."""
    montant = numpy.asarray(montant, dtype=numpy.float64)
    arrondi = numpy.abs(montant, out=numpy.empty_like(montant))
    arrondi *= 10**CENTIMES
    arrondi += 0.5
    numpy.floor(arrondi, out=arrondi)
    arrondi /= 10**CENTIMES
    numpy.copysign(arrondi, montant, out=arrondi)
    arrondi += 0  # -0.0 + 0 is 0.0
    return arrondi if arrondi.ndim else arrondi[()]


def annualiser(montant_mensuel):
    return montant_mensuel * MOIS_PAR_AN


def mensualiser(montant_annuel):
    return montant_annuel / MOIS_PAR_AN


def age_au(naissance, instant):
    """Age in whole years on `instant` (an OpenFisca Instant) for datetime64[D] birth dates."""
    naissance = numpy.asarray(naissance, dtype="datetime64[D]")
    annee = naissance.astype("datetime64[Y]").astype(int) + 1970
    mois = naissance.astype("datetime64[M]").astype(int) % MOIS_PAR_AN + 1
    jour = (naissance - naissance.astype("datetime64[M]")).astype(int) + 1
    pas_encore = (instant.month < mois) | ((instant.month == mois) & (instant.day < jour))
    return instant.year - annee - pas_encore.astype(int)


def tranche_par_bornes_hautes(bareme, base):
    """1-based bracket number when each bracket's threshold is the INCLUSIVE upper
    bound of the bracket before it ("de 235 à 384 €": 234 → 1, 234.01 → 2).

    OpenFisca's own `calc` treats thresholds as inclusive lower bounds, which
    would put 234.01 in the first bracket; hence this helper.
    """
    bornes = numpy.asarray(bareme.thresholds[1:], dtype=numpy.float64)
    return numpy.digitize(numpy.asarray(base, dtype=numpy.float64), bornes, right=True) + 1


def montant_de_la_tranche(bareme, tranche):
    """Amount of a single-amount scale for 1-based bracket numbers."""
    montants = numpy.asarray(bareme.amounts, dtype=numpy.float64)
    return montants[numpy.clip(tranche, 1, len(montants)) - 1]


def nombre_de_tranches(bareme):
    return len(bareme.amounts)


def codes_vers_rang(codes, references):
    """1-based rank of each code in `references` (its first occurrence), 0 when absent (vectorised: a
    binary search in the sorted references, not a households × references comparison)."""
    codes = numpy.asarray(codes).astype(str)
    references = numpy.asarray(references).astype(str)
    ordre = numpy.argsort(references, kind="stable")
    triees = references[ordre]
    place = numpy.clip(numpy.searchsorted(triees, codes), 0, len(triees) - 1)
    return numpy.where(triees[place] == codes, ordre[place] + 1, 0)


def choisir(conditions, valeurs, defaut):
    """numpy.select for the members of an Enum, kept as their integer codes (an EnumArray): selecting the
    members themselves builds an array of Python objects, which OpenFisca then converts one by one."""
    codes = numpy.select(conditions, [valeur.index for valeur in valeurs], default=defaut.index)
    return EnumArray(codes.astype(EnumDType), type(defaut))


def somme_demandeur_conjoint(menage, valeurs):
    """Sum over the applicant (personne de référence) and the spouse only: the other members of
    the home are another fiscal household for the aids that count the couple alone."""
    entite = menage.entity
    demandeur_ou_conjoint = a_le_role(menage.members, entite.PERSONNE_DE_REFERENCE) | a_le_role(menage.members, entite.CONJOINT)
    return menage.sum(numpy.where(demandeur_ou_conjoint, valeurs, 0))


def selon_variante_paris_solidarite(menage, period, si_handicap: str, si_personnes_agees: str):
    """The disabled or the senior variable, per household, following the variant Paris Solidarité
    retains (paris_solidarite_variante): one rule for the amount, the retained resources and the
    ceiling. Variable names are passed whole, so the dependency graph reads them."""
    variante = menage("paris_solidarite_variante", period)
    handicap = variante == variante.possible_values.personnes_handicapees
    return numpy.where(handicap, menage(si_handicap, period), menage(si_personnes_agees, period))


def valeur_mensuelle_navigo(parametres_du_mois, participation_annuelle):
    """Monthly worth of a free Navigo pass (Pass Paris Seniors, Pass Paris Access'): the all-zones
    Navigo Mois tariff minus the holder's yearly participation spread over 12 months."""
    tarif = parametres_du_mois.communs.navigo.tarif_mois_toutes_zones
    return numpy.maximum(tarif - mensualiser(participation_annuelle), 0)


def arrondi_au_pas_superieur(montant, pas):
    """Rounded UP to the next multiple of `pas` (a multiple stays as it is): « arrondi à la dizaine,
    à l'euro supérieur ». Computed on cent-rounded float64 amounts, so that the float error of a
    division never adds a step (1 210.00 stays 1 210; 1 400.01 gives 1 410 with a 10 € step)."""
    montant = arrondi_centime(montant)
    dessous = numpy.floor(montant / pas) * pas
    return dessous + numpy.where(arrondi_centime(montant - dessous) > 0, pas, 0)


def _feuille(parametres, chemin: str):
    for morceau in chemin.split("."):
        parametres = getattr(parametres, morceau)
    return parametres


def plafonds_revalorises(parameters, period, chemin_plafonds: str, chemin_indice: str, pas):
    """(single, couple) ceilings: the City's published values until the year `premiere_annee_calculee`
    of `chemin_plafonds`, then the last published values revalued on each 1 January by the index of
    `chemin_indice` over the year before (its December value over the December before), each year
    rounded up to `pas`. The loop runs over calendar years on scalar parameters, not over households."""
    publies = _feuille(parameters(period), chemin_plafonds)
    premiere_annee = int(publies.premiere_annee_calculee)
    base = _feuille(parameters(f"{premiere_annee - 1}-{MOIS_PAR_AN}"), chemin_plafonds)
    plafonds = numpy.array([base.plafond_personne_seule, base.plafond_couple], dtype=numpy.float64)
    for annee in range(premiere_annee, period.start.year + 1):
        decembre = f"{annee - 1}-{MOIS_PAR_AN}"
        precedent = f"{annee - 2}-{MOIS_PAR_AN}"
        indice = float(_feuille(parameters(decembre), chemin_indice)) / float(_feuille(parameters(precedent), chemin_indice))
        plafonds = arrondi_au_pas_superieur(plafonds * indice, pas)
    if period.start.year < premiere_annee:
        return float(publies.plafond_personne_seule), float(publies.plafond_couple)
    return float(plafonds[0]), float(plafonds[1])
