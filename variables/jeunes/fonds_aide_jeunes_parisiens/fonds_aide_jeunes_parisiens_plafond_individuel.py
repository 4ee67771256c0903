"""FAJP : montant maximal qu'un jeune peut encore recevoir pour l'aide demandée."""

from openfisca_core.model_api import MONTH, Variable, max_, min_, select

from paris_droits.regles import Individu


class fonds_aide_jeunes_parisiens_plafond_individuel(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = (
        "Fonds d'aide aux jeunes Parisiens : montant maximal de l'aide demandée (plafond de sa nature, "
        "dans la limite du reste du plafond cumulé sur trois ans)"
    )
    reference = "Fonds d'aide aux jeunes Parisiens : 2 000 € formation ou équipement, 2 700 € d'urgence et 7 400 € au total sur trois ans (Les Affiches parisiennes, 2015)"
    unit = "currency-EUR"
    documentation = """
    The emergency cap is cumulative over three years, but only the total already received is an
    input: the emergency aids already received are not deducted from the 2 700 € (overstates the
    remaining emergency cap when some were received; À VÉRIFIER with the fund's internal rules).
    """

    def formula(individu, period, parameters):
        fajp = parameters(period).jeunes.fonds_aide_jeunes_parisiens
        nature = individu("fonds_aide_jeunes_parisiens_nature_aide", period)
        natures = nature.possible_values
        plafond_nature = select(
            [nature == natures.urgence, nature == natures.formation_equipement],
            [fajp.plafond_aide_urgence, fajp.plafond_aide_formation_equipement],
            default=fajp.plafond_total_3_ans,
        )
        reste = fajp.plafond_total_3_ans - individu("fonds_aide_jeunes_parisiens_percu_3_ans", period)
        return max_(min_(plafond_nature, reste), 0)
