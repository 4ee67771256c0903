"""Paris Jeunes Vacances : Chèques-Vacances accordés si la demande est faite ce mois-ci."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_jeunes_vacances(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Paris Jeunes Vacances accordé au ménage pour une demande faite ce mois-ci (Chèques-Vacances, une fois par année civile et par jeune)"
    reference = "Ville de Paris, Paris Jeunes Vacances (fiche aides-jeunes ville-paris-cheque-vacances.yml ; paris.fr)"
    unit = "currency-EUR"
    documentation = """
    The aid is personal: each young person aged 16 to 30 who meets the conditions receives 200 €
    (aides-jeunes: « toutes les personnes éligibles ... peuvent bénéficier des 200 euros »), so the
    household amount is 200 € times the number of eligible young members.
    """

    def formula(menage, period):
        return menage("paris_jeunes_vacances_eligible", period) * menage("paris_jeunes_vacances_montant", period)
