"""La personne est un adulte titulaire d'un titre de handicap du règlement."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu


class adulte_handicape(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne est un adulte handicapé au sens du règlement (AAH, PCH, pension d'invalidité 2e/3e catégorie…)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre III A art. 2"

    def formula(individu, period, parameters):
        majeur = individu("age", period) >= parameters(period).communs.enfant_a_charge.age_limite_mineur
        titre = individu("handicap", period) + (individu("aah", period) > 0)
        return majeur * titre
