"""Nombre de mois de résidence à Paris, pour les aides qui comptent en mois."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import MOIS_PAR_AN, Menage, set_input_fenetre_repete


class anciennete_residence_paris_mois(Variable):
    # Source of the value: justificatifs de domicile ou attestation de domiciliation. Given in months when the
    # household has lived in Paris less than a year; otherwise derived from the years given.
    value_type = int
    entity = Menage
    definition_period = MONTH
    label = "Nombre de mois de résidence (ou de domiciliation) à Paris au cours des cinq dernières années"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre V 1.2 d/1 (6 mois de résidence) et V 2.1 b/1 (domicilié à Paris depuis un mois)",
    ]
    unit = "month"
    set_input = set_input_fenetre_repete

    def formula(menage, period):
        # Derived from the years of residence unless given in months.
        return menage("anciennete_residence_paris", period) * MOIS_PAR_AN
