"""Paris Logement : dépense de logement retenue au numérateur du taux d'effort."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, arrondi_centime


class paris_logement_loyer_residuel(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = (
        "Paris Logement : loyer principal hors charges réelles, plus loyer de parking et forfait charges de la CAF, "
        "moins l'aide au logement"
    )
    reference = [
        "Règlement municipal, 1er février 2016 (RM2016), titres II 2.1 b/3, III 2.1 b/3, IV 2.3 b/3 et V 3.1 b/3 : loyer principal + charges forfaitaires logement − aides au logement",
        "Règlement municipal, 1er avril 2018 à RM2019, mêmes articles : loyer principal + charges de parking le cas échéant + charges forfaitaires logement − aides au logement",
    ]
    unit = "currency-EUR"
    documentation = """
    The parking rent entered the numerator with the règlement of 1 April 2018 (previous version:
    1 February 2016, whose formula has no parking charge).
    """

    def formula(menage, period):
        return arrondi_centime(
            menage("loyer", period) + menage("paris_logement_forfait_charges", period) - menage("aide_logement", period)
        )

    def formula_2018_04_01(menage, period):
        return arrondi_centime(
            menage("loyer", period)
            + menage("loyer_stationnement", period)
            + menage("paris_logement_forfait_charges", period)
            - menage("aide_logement", period)
        )
