"""Paris Solidarité, variante personnes handicapées : ressources réputées au moins égales au minimum vieillesse (2016), à l'AAH (depuis avril 2018)."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage


class paris_solidarite_plancher_personnes_handicapees(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = (
        "Plancher des ressources de Paris Solidarité pour les personnes handicapées : minimum vieillesse (ASPA, "
        "personne seule ou couple) jusqu'en mars 2018, AAH à taux plein (personne seule comme couple) depuis avril 2018"
    )
    reference = [
        "Règlement municipal, 1er février 2016 (RM2016), titre III 1.1 b/5 : ressources « réputées être au moins égales à celui du minimum vieillesse servi à l'échelon national »",
        "Règlement municipal, 1er avril 2018 à RM2019, titre III 1.1 b/4 : ressources « réputées être au moins égales à celui de l'Allocation aux Adultes Handicapés servie à l'échelon national »",
    ]
    unit = "currency-EUR"
    documentation = """
    The floor changed with the règlement of 1 April 2018 (whose previous version is that of
    1 February 2016): the minimum vieillesse (ASPA, single or couple amount) before, the AAH after.
    AAH choice (to be checked, À VÉRIFIER): the household's resources (applicant + spouse) are
    floored at ONE full-rate AAH, for a single person and for a couple alike, because the text names
    the AAH only and the AAH is paid to the disabled person alone (the spouse's own resources are added
    to it, never presumed). openfisca-paris floors a couple at the ASPA couple amount instead
    ("faute d'AAH pour couple"), which gives lower amounts to disabled couples.
    """

    def formula(menage, period, parameters):
        aspa = parameters(period).communs.aspa
        return where(menage("en_couple", period), aspa.montant_couple, aspa.montant_personne_seule)

    def formula_2018_04_01(menage, period, parameters):
        return menage.filled_array(parameters(period).communs.aah.montant)
