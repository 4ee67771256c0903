"""The rules' runtime: the tax-benefit system, its entities, the set_input window and the helpers
that formulas and reforms use; variables/ and reforms/ import from here and nothing else."""

from paris_droits.regles.entites import ROLES, Individu, Menage, entities
from paris_droits.regles.formules import (
    CENTIMES,
    MOIS_PAR_AN,
    age_au,
    annualiser,
    arrondi_au_pas_superieur,
    arrondi_centime,
    choisir,
    codes_vers_rang,
    mensualiser,
    montant_de_la_tranche,
    nombre_de_tranches,
    plafonds_revalorises,
    selon_variante_paris_solidarite,
    somme_demandeur_conjoint,
    tranche_par_bornes_hautes,
    valeur_mensuelle_navigo,
)
from paris_droits.regles.roles import (
    a_le_role,
    maximum_du_groupe,
    minimum_du_groupe,
    minimum_du_role,
    nombre_du_role,
    somme_du_role,
    un_du_role,
)
from paris_droits.regles.saisie import set_input_fenetre_divise, set_input_fenetre_repete

__all__ = [
    "CENTIMES", "MOIS_PAR_AN", "ROLES", "Individu", "Menage", "a_le_role", "age_au", "annualiser", "arrondi_au_pas_superieur", "arrondi_centime", "choisir", "codes_vers_rang",
    "entities", "mensualiser", "montant_de_la_tranche", "nombre_de_tranches", "plafonds_revalorises", "selon_variante_paris_solidarite",
    "set_input_fenetre_divise", "set_input_fenetre_repete", "somme_demandeur_conjoint", "tranche_par_bornes_hautes",
    "valeur_mensuelle_navigo", "maximum_du_groupe", "minimum_du_groupe", "minimum_du_role", "nombre_du_role", "somme_du_role", "un_du_role",
]
