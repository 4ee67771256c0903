"""AILE : montant maximal par étudiant bénéficiaire."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class aide_installation_logement_etudiant_montant(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "AILE : montant maximal (1 000 € par étudiant bénéficiaire ; l'aide est comprise entre 500 et 1 000 €)"
    reference = "Ville de Paris et CROUS de Paris, AILE : aide « comprise entre 500 et 1 000 euros » (fiche aides-jeunes)"
    unit = "currency-EUR"
    documentation = """
    How the amount is set between 500 and 1 000 € is unknown (grant level? rent?): the maximum is
    returned and the registry presents it as « jusqu'à » (À VÉRIFIER).
    """

    def formula(menage, period, parameters):
        maximum = parameters(period).jeunes.aide_installation_logement_etudiant.montant_maximum
        return maximum * menage("aide_installation_logement_etudiant_nombre_beneficiaires", period)
