"""Paris Solidarité, variante personnes handicapées : ressources réputées au moins égales à l'AAH."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class paris_solidarite_plancher_personnes_handicapees(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Plancher des ressources de Paris Solidarité pour les personnes handicapées : AAH à taux plein (personne seule comme couple)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre III 1.1 b/4"
    unit = "currency-EUR"
    documentation = """
    The règlement deems the resources "at least equal to the AAH"; the AAH has no couple amount.
    Choice made here (to be checked, À VÉRIFIER): the household's resources (applicant + spouse) are
    floored at ONE full-rate AAH, for a single person and for a couple alike, because the text names
    the AAH only and the AAH is paid to the disabled person alone (the spouse's own resources are added
    to it, never presumed). openfisca-paris floors a couple at the ASPA couple amount instead
    ("faute d'AAH pour couple"), which gives lower amounts to disabled couples.
    """

    def formula(menage, period, parameters):
        return menage.filled_array(parameters(period).communs.aah.montant)
