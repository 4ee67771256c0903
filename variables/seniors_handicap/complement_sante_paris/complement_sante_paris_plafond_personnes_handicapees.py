"""Complément Santé Paris, personnes handicapées : plafond de l'annexe et AAH + majoration pour la vie autonome."""

from openfisca_core.model_api import MONTH, Variable, min_

from paris_droits.regles import Menage


class complement_sante_paris_plafond_personnes_handicapees(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Plafond mensuel du Complément Santé Paris pour les personnes handicapées : le plus bas du plafond de l'annexe et de l'AAH + MVA"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre III 1.2 b/3 ; annexes"
    unit = "currency-EUR"
    documentation = """
    III 1.2 b/3 sets two ceilings that must both be met: the annex ceiling (the Paris Solidarité
    disabled ceiling, single or couple by the applicant's situation: same amounts in every annex and
    same yearly revaluation by the AAH index, III 1.2 b/4) AND the full-rate AAH plus the
    majoration pour la vie autonome; hence the lower of the two. Both are compared with the
    applicant's OWN resources (complement_sante_paris_ressources_personnes_handicapees): the annex's
    couple ceiling is read as the ceiling for an applicant living in a couple, not as a ceiling on
    pooled resources (see the documentation of parameters/seniors_handicap/paris_solidarite/
    personnes_handicapees/plafond_couple.yaml). AAH + MVA is below the couple ceiling at every date,
    so for a couple the AAH + MVA bound decides. openfisca-paris takes the higher of the two instead.
    """

    def formula(menage, period, parameters):
        aah = parameters(period).communs.aah
        annexe = menage("paris_solidarite_plafond_personnes_handicapees", period)
        return min_(annexe, aah.montant + aah.majoration_vie_autonome)
