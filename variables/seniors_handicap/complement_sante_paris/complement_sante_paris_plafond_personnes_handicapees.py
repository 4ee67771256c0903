"""Complément Santé Paris, personnes handicapées : plafond de l'annexe et AAH + majoration pour la vie autonome."""

from openfisca_core.model_api import MONTH, Variable, min_, where

from paris_droits.regles import Menage


class complement_sante_paris_plafond_personnes_handicapees(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Plafond mensuel du Complément Santé Paris pour les personnes handicapées : le plus bas du plafond de l'annexe et de l'AAH + MVA"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre III 1.2 b/3 ; annexes"
    unit = "currency-EUR"
    documentation = """
    Two ceilings must both be met: the annex ceiling (the Paris Solidarité disabled ceiling, single or
    couple) AND resources <= full-rate AAH + majoration pour la vie autonome; hence the lower of the
    two. For a couple the AAH + MVA bound (about 1 146 EUR) is below the annex couple ceiling (1 786
    EUR) and decides; À VÉRIFIER. openfisca-paris takes the higher of the two ceilings instead.
    """

    def formula(menage, period, parameters):
        plafonds = parameters(period).seniors_handicap.paris_solidarite.personnes_handicapees
        aah = parameters(period).communs.aah
        annexe = where(menage("en_couple", period), plafonds.plafond_couple, plafonds.plafond_personne_seule)
        return min_(annexe, aah.montant + aah.majoration_vie_autonome)
