"""Paris Jeunes Vacances : 200 € de Chèques-Vacances par jeune bénéficiaire."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_jeunes_vacances_montant(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Paris Jeunes Vacances : valeur des Chèques-Vacances par jeune multipliée par le nombre de jeunes bénéficiaires du ménage"
    reference = "Ville de Paris, Paris Jeunes Vacances : chéquiers de 200 € par jeune (fiche aides-jeunes ; Time Out Paris, février 2023)"
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        montant = parameters(period).jeunes.paris_jeunes_vacances.montant
        return montant * menage("paris_jeunes_vacances_nombre_beneficiaires", period)
