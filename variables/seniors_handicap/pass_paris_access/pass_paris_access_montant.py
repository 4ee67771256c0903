"""Pass Paris Access' : valeur mensuelle des forfaits Navigo accordés au ménage."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, valeur_mensuelle_navigo


class pass_paris_access_montant(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Valeur mensuelle du Pass Paris Access' : le tarif Navigo Mois toutes zones, moins la participation mensualisée, par bénéficiaire"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre III 3.1 (forfait Navigo valable un an)",
        "Île-de-France Mobilités, tarif du forfait Navigo Mois toutes zones",
    ]
    unit = "currency-EUR"
    documentation = """
    The aid is a free all-zones Navigo pass, a right opened for one year; as the issue asks, the
    variable returns the benefit's MONTHLY worth in the month of the request: the full-price
    Navigo Mois all-zones tariff of that month (parameter communs.navigo.tarif_mois_toutes_zones),
    minus the beneficiary's yearly participation spread over 12 months (by income tax until May 2018,
    0 since 1 June 2018: pass_paris_access_participation_annuelle), times the number of beneficiaries.
    The registry periodicity is "mensuelle", so the annual equivalent is 12 × this worth.
    """

    def formula(menage, period, parameters):
        participation = menage("pass_paris_access_participation_annuelle", period)
        valeur = valeur_mensuelle_navigo(parameters(period), participation)
        return menage("pass_paris_access_nombre_beneficiaires", period) * valeur
