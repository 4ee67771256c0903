"""Paris Logement : durée de résidence exigée (3 ans sur 5 ; 1 an pour un couple avec un enfant muté)."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage


class paris_logement_duree_residence_exigee(Variable):
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement : durée de résidence à Paris exigée (3 ans sur 5 ; 1 an pour un couple avec un enfant en cas de mutation imposée)"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre I A art. 2",
        "RM2019, titres II 2.1 d/6 et III 2.1 d/6, titre IV A art. 5 (mutation professionnelle imposée)",
    ]
    unit = "year"

    def formula(menage, period, parameters):
        type_menage = menage("paris_logement_type_menage", period)
        couple_un_enfant = type_menage == type_menage.possible_values.couple_un_enfant
        generale = parameters(period).communs.residence.duree_minimale
        return where(couple_un_enfant, menage("duree_residence_exigee_familles", period), generale)
