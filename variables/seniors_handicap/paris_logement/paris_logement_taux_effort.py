"""Paris Logement : taux d'effort pour le logement."""

from openfisca_core.model_api import MONTH, Variable, max_

from paris_droits.regles import Menage


class paris_logement_taux_effort(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement : taux d'effort (dépense de logement retenue rapportée aux ressources du foyer)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.1 b/3, III 2.1 b/3, IV 2.3 b/3 et V 3.1 b/3"
    unit = "/1"
    documentation = """
    Resources under 1 € count as 1 €, so that a household without resources gets a finite
    (very high) ratio instead of a division by zero.
    """

    def formula(menage, period):
        depense = menage("paris_logement_loyer_residuel", period)
        ressources = menage("paris_logement_ressources_taux_effort", period)
        return depense / max_(ressources, 1)
