"""Part de l'allocation retenue pour un enfant handicapé à charge (1 au domicile, prorata en établissement)."""

from openfisca_core.model_api import MONTH, Variable, max_, min_

from paris_droits.regles import Individu


class part_enfant_handicape_au_domicile(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = (
        "Part de l'ASPEH due pour la personne : 1 pour un enfant handicapé à charge vivant au domicile, "
        "la part des jours passés au domicile s'il est accueilli en établissement, 0 sinon"
    )
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.3 d/1",
        "RM2019, titre IV A art. 8 (enfant handicapé : droit à l'AEEH ou à l'AAH)",
    ]
    unit = "/1"

    def formula(individu, period):
        # Same definition of a disabled child as the shared count nombre_enfants_handicapes.
        handicape = individu("beneficiaire_aeeh", period) + (individu("aah", period) > 0)
        enfant_handicape = individu("enfant_a_charge", period) * handicape
        part = min_(max_(individu("part_jours_au_domicile", period), 0), 1)
        return enfant_handicape * part
