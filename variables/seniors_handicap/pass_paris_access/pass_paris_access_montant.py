"""Pass Paris Access' : valeur annuelle des forfaits Navigo accordés au ménage."""

from openfisca_core.model_api import MONTH, Variable, max_

from paris_droits.entities import Menage
from paris_droits.regles import annualiser


class pass_paris_access_montant(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Valeur annuelle du Pass Paris Access' : 12 × le tarif Navigo Mois toutes zones, moins la participation, par bénéficiaire"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre III 3.1 (forfait Navigo valable un an)",
        "Île-de-France Mobilités, tarif du forfait Navigo Mois toutes zones",
    ]
    unit = "currency-EUR"
    documentation = """
    The aid is a free all-zones Navigo pass valid for one year (registry periodicity: annuelle), so the
    variable returns its ANNUAL worth in the month of the request: 12 x the full-price Navigo Mois
    tariff of that month, minus the beneficiary's yearly participation (0 since 1 June 2018), times
    the number of beneficiaries. Not computed before 1 June 2018 (participation parameter coverage).
    """

    def formula(menage, period, parameters):
        tarif = parameters(period).communs.navigo.tarif_mois_toutes_zones
        participation = parameters(period).seniors_handicap.pass_paris_access.participation_annuelle
        valeur = max_(annualiser(tarif) - participation, 0)
        return menage("pass_paris_access_nombre_beneficiaires", period) * valeur
