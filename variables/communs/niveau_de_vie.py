"""Niveau de vie mensuel du ménage : ressources du foyer par unité de consommation."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, arrondi_centime


class niveau_de_vie(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Niveau de vie mensuel du ménage : ressources du foyer par unité de consommation"
    reference = "Insee, définition « Niveau de vie » (revenu du ménage divisé par ses unités de consommation)"
    unit = "currency-EUR"
    documentation = """
    Statistical measure for the policy reports (winners and losers by decile of living standard),
    not an aid rule. The resources are those the règlement counts for the household
    (ressources_foyer: declared income, AAH, ASPA, RSA), not the Insee disposable income: family
    and housing benefits are left out and taxes are not deducted, as the aids themselves do.
    """

    def formula(menage, period):
        return arrondi_centime(menage("ressources_foyer", period) / menage("unites_consommation", period))
