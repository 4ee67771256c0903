"""Port de repas à domicile : tranche d'imposition, la tranche A comprenant l'aide sociale légale à la restauration."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage, somme_demandeur_conjoint


class port_repas_domicile_tranche(Variable):
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Port de repas à domicile : tranche d'imposition (1 = A … 5 = E), la tranche A comprenant aussi les bénéficiaires de l'aide sociale légale à la restauration"
    reference = "Annexe au règlement municipal, 1er novembre 2019, II 4.3 et III 4.3 (tranche A)"
    unit = "/1"

    def formula(menage, period):
        aide_legale = somme_demandeur_conjoint(menage, menage.members("aide_sociale_legale_restauration", period)) > 0
        return where(aide_legale, 1, menage("tranche_imposition_casvp", period))
