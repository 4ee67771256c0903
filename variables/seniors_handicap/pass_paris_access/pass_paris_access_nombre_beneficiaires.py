"""Pass Paris Access' : nombre de forfaits, un par bénéficiaire parmi le demandeur et son conjoint."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, somme_demandeur_conjoint


class pass_paris_access_nombre_beneficiaires(Variable):
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Nombre de personnes du ménage (demandeur et conjoint) relevant du Pass Paris Access' : adultes handicapés (titre de handicap reconnu)"
    reference = (
        "Règlement municipal des aides sociales facultatives (RM2019), titre III A art. 2 et titre III 3.1"
    )
    unit = "/1"
    documentation = """
    The pass is personal (loaded on each beneficiary's own Navigo card); the income tax condition is
    the fiscal household's. The applicant and the spouse are counted; other adults of the home
    (another fiscal household) are not.
    """

    def formula(menage, period):
        return somme_demandeur_conjoint(menage, menage.members("adulte_handicape", period))
