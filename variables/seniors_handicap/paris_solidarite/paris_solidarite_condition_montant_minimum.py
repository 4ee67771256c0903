"""Paris Solidarité : le montant calculé excède le seuil de versement (II 1.1 d/2, III 1.1 d/2)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, arrondi_centime


class paris_solidarite_condition_montant_minimum(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Paris Solidarité : le montant mensuel calculé excède le seuil de versement de 2 € (2,00 € : rien ; 2,01 € : versé)"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.1 d/2 et titre III 1.1 d/2 (« ne peut être versé que lorsque son montant excède un seuil »)",
        "Annexes au règlement municipal du 1er janvier 2018 au 1er novembre 2019 (seuil de 2 €)",
    ]
    documentation = """
    The text says the aid is paid only when its amount EXCEEDS the threshold: strictly greater.
    Both sides are rounded to the cent in float64, so a float32 amount of 2.01 is not read as 2.0099.
    """

    def formula(menage, period, parameters):
        seuil = parameters(period).seniors_handicap.paris_solidarite.montant_minimum
        return arrondi_centime(menage("paris_solidarite_montant", period)) > arrondi_centime(seuil)
