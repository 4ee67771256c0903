"""Paris Logement : un étudiant n'y a droit que s'il est boursier sur critères sociaux (IV 2.3 d/1, V 3.1 d/1)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, somme_demandeur_conjoint


class paris_logement_condition_etudiant(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = (
        "Paris Logement : hors personnes âgées ou handicapées, ni le demandeur ni son conjoint n'est étudiant, "
        "sauf s'il reçoit une bourse de l'enseignement supérieur sur critères sociaux"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.3 d/1 et titre V 3.1 d/1"

    def formula(menage, period):
        non_boursier = menage.members("etudiant", period) * ~menage.members("boursier_enseignement_superieur", period)
        etudiants_non_boursiers = somme_demandeur_conjoint(menage, non_boursier)
        return menage("paris_logement_senior_ou_handicape", period) + (etudiants_non_boursiers == 0)
