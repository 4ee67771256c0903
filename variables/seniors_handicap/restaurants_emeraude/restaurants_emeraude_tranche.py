"""Restaurants Émeraude : tranche d'imposition, la tranche A comprenant l'aide légale à la restauration et le RSA."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage, somme_demandeur_conjoint


class restaurants_emeraude_tranche(Variable):
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Restaurants Émeraude : tranche d'imposition (1 = A … 5 = E), la tranche A comprenant aussi l'aide sociale légale à la restauration et le RSA"
    reference = "Annexe au règlement municipal, 1er novembre 2019, II 3.4 et III 3.3 (tranche A)"
    unit = "/1"

    def formula(menage, period):
        aide_legale = somme_demandeur_conjoint(menage, menage.members("aide_sociale_legale_restauration", period)) > 0
        tranche_a = aide_legale + (menage("rsa", period) > 0)
        return where(tranche_a, 1, menage("tranche_imposition_casvp", period))
