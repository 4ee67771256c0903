"""Paris Solidarité : ressources retenues de la variante retenue."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, selon_variante_paris_solidarite


class paris_solidarite_ressources_retenues(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = (
        "Ressources mensuelles retenues pour Paris Solidarité, variante retenue (au moins l'ASPA ou l'AAH)"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.1 b/3-b/5 et titre III 1.1 b/3-b/5"
    unit = "currency-EUR"

    def formula(menage, period):
        return selon_variante_paris_solidarite(
            menage, period, "paris_solidarite_ressources_retenues_personnes_handicapees", "paris_solidarite_ressources_retenues_personnes_agees"
        )
