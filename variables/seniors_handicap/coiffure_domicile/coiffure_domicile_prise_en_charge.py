"""Coiffure à domicile : part du prix prise en charge par le CASVP."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, arrondi_centime


class coiffure_domicile_prise_en_charge(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Coiffure à domicile : financement forfaitaire du CASVP pour la prestation demandée (prix de référence moins la participation)"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titres II et III 4.4 c/2 (financement forfaitaire variable selon l'imposition)",
        "Annexe au règlement municipal, 1er novembre 2019, II 4.4 et III 4.4",
    ]
    unit = "currency-EUR"
    documentation = """
    Per service. The number of services the CASVP pays each year is set by its board (c/2) and not
    published in the annex, so no monthly or yearly worth is derived from it.
    """

    def formula(menage, period):
        return arrondi_centime(menage("coiffure_domicile_prix_prestation", period) - menage("coiffure_domicile_participation", period))
