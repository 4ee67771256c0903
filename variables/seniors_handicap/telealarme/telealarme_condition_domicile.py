"""Téléalarme : le demandeur vit à son domicile, pas dans un établissement médicalisé."""

from openfisca_core.model_api import MONTH, Variable, not_

from paris_droits.regles import Menage


class telealarme_condition_domicile(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Téléalarme : le demandeur n'est pas hébergé dans un établissement médicalisé doté de services collectifs"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II A art. 4 et titre III A art. 4"

    def formula(menage, period):
        return not_(menage("hebergement_etablissement_medicalise", period))
