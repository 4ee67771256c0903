"""Paris Solidarité : variante retenue (personnes âgées ou personnes handicapées)."""

from openfisca_core.model_api import MONTH, Enum, Variable

from paris_droits.regles import Menage, choisir


class VarianteParisSolidarite(Enum):
    aucune = "Ni personne âgée ni adulte handicapé : aucune variante"
    personnes_agees = "Paris Solidarité personnes âgées (titre II 1.1)"
    personnes_handicapees = "Paris Solidarité personnes handicapées (titre III 1.1)"


class paris_solidarite_variante(Variable):
    value_type = Enum
    possible_values = VarianteParisSolidarite
    default_value = VarianteParisSolidarite.aucune
    entity = Menage
    definition_period = MONTH
    label = "Variante de Paris Solidarité retenue : celle qui donne le montant le plus élevé"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.1 et titre III 1.1"
    documentation = """
    A household where the applicant or the spouse is both a senior and a disabled adult falls under
    both titles; the better amount is granted. On a tie, the senior variant is kept.
    """

    def formula(menage, period):
        agees = menage("paris_solidarite_public_personnes_agees", period)
        handicapees = menage("paris_solidarite_public_personnes_handicapees", period)
        meilleur_handicap = menage("paris_solidarite_montant_personnes_handicapees", period) > menage(
            "paris_solidarite_montant_personnes_agees", period
        )
        return choisir(
            [handicapees * ((agees == 0) + meilleur_handicap), agees],
            [VarianteParisSolidarite.personnes_handicapees, VarianteParisSolidarite.personnes_agees],
            VarianteParisSolidarite.aucune,
        )
