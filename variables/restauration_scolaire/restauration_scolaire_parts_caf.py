"""Nombre de parts du quotient familial CAF du ménage."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class restauration_scolaire_parts_caf(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Nombre de parts du quotient familial calculé selon la formule de la CAF"
    reference = "Conseil de Paris, délibération 2010 DASCO 03 (parts du quotient familial)"
    unit = "/1"

    def formula(menage, period, parameters):
        parts = parameters(period).restauration_scolaire.quotient_familial
        enfants = menage("nombre_enfants_a_charge", period)
        handicapes = menage("nombre_enfants_handicapes", period)
        return parts.parts_base + parts.parts_par_enfant.calc(enfants) + handicapes * parts.part_enfant_handicape
