"""Paris Logement Familles Monoparentales : 150 € ou 128 € selon les revenus, plafonné à la charge nette de logement."""

from openfisca_core.model_api import MONTH, Variable, min_, where

from paris_droits.regles import Menage, arrondi_centime


class paris_logement_familles_monoparentales_montant(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = (
        "Paris Logement Familles Monoparentales : 150 € jusqu'au premier plafond (SMIC net arrondi), 128 € "
        "au-delà, dans la limite de la charge nette de logement"
    )
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.2",
        "Annexe au règlement municipal, 1er novembre 2019 (ligne IV 2.2 a/2 : premier plafond fondé sur le SMIC net)",
    ]
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        plfm = parameters(period).familles.paris_logement_familles_monoparentales
        premier_plafond = menage("plafond_ressources_smic", period)
        revenus = menage("paris_logement_familles_monoparentales_base_ressources", period)
        bareme = where(revenus <= premier_plafond, plfm.montant_majore, plfm.montant)
        return arrondi_centime(min_(bareme, menage("charge_logement_nette_familles", period)))
