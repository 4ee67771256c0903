"""Complément Santé Paris : variante retenue (personnes âgées, titre II 1.2 ; personnes handicapées, titre III 1.2)."""

from openfisca_core.model_api import MONTH, Enum, Variable

from paris_droits.regles import Menage, choisir


class VarianteComplementSanteParis(Enum):
    aucune = "Ni personne âgée ni adulte handicapé : aucune variante"
    personnes_agees = "Complément Santé Paris personnes âgées (titre II 1.2)"
    personnes_handicapees = "Complément Santé Paris personnes handicapées (titre III 1.2)"


class complement_sante_paris_variante(Variable):
    value_type = Enum
    possible_values = VarianteComplementSanteParis
    default_value = VarianteComplementSanteParis.aucune
    entity = Menage
    definition_period = MONTH
    label = "Variante du Complément Santé Paris retenue : celle qui laisse la plus grande marge sous son plafond"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.2 b/3 et titre III 1.2 b/3"
    documentation = """
    The two titles count different resources (II 1.2: applicant and spouse; III 1.2: the applicant
    alone) against different ceilings. A household under both titles gets the aid if either variant
    grants it: the variant with the larger margin (ceiling minus resources) is retained; on a tie,
    the senior variant.
    """

    def formula(menage, period):
        agees = menage("demandeur_ou_conjoint_personne_agee", period)
        handicap = menage("demandeur_ou_conjoint_adulte_handicape", period)
        marge_agees = menage("complement_sante_paris_plafond_personnes_agees", period) - menage(
            "complement_sante_paris_ressources_personnes_agees", period
        )
        marge_handicap = menage("complement_sante_paris_plafond_personnes_handicapees", period) - menage(
            "complement_sante_paris_ressources_personnes_handicapees", period
        )
        return choisir(
            [handicap * ((agees == 0) + (marge_handicap > marge_agees)), agees],
            [VarianteComplementSanteParis.personnes_handicapees, VarianteComplementSanteParis.personnes_agees],
            VarianteComplementSanteParis.aucune,
        )
