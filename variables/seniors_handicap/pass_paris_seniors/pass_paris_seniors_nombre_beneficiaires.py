"""Pass Paris Seniors : nombre de forfaits, un par bénéficiaire parmi le demandeur et son conjoint."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, somme_demandeur_conjoint


class pass_paris_seniors_nombre_beneficiaires(Variable):
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Nombre de personnes du ménage (demandeur et conjoint) relevant du Pass Paris Seniors : personnes âgées (65 ans, ou 60 ans si inaptes au travail)"
    reference = (
        "Règlement municipal des aides sociales facultatives (RM2019), titre II A art. 2 et titre II 3.1"
    )
    unit = "/1"
    documentation = """
    The pass is personal (loaded on each beneficiary's own Navigo card); the income tax condition is
    the fiscal household's. The applicant and the spouse are counted; other adults of the home
    (another fiscal household) are not.
    """

    def formula(menage, period):
        return somme_demandeur_conjoint(menage, menage.members("personne_agee", period))
