"""Complément Santé Paris : pas de Complémentaire santé solidaire gratuite."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class complement_sante_paris_condition_css(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Complément Santé Paris : ne pas bénéficier d'une Complémentaire santé solidaire qui ne laisse rien à payer (gratuite, ou participation nulle)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre II 1.2 b/1, b/5-b/6 et titre III 1.2 b/1, b/5-b/6"
    documentation = """
    The règlement allows the aid with CMU-C/ACS (now Complémentaire santé solidaire) only within
    what is left for the member to pay, paid to the insurer. With the free CSS (ex-CMU-C) nothing is
    left to pay, so no aid (openfisca-paris also gives 0 with the CMU-C); likewise with the CSS with
    participation when no participation is left to pay. Transposition of the
    CMU-C/ACS wording to the CSS since November 2019: À VÉRIFIER.
    """

    def formula(menage, period):
        css = menage("complementaire_sante_solidaire", period)
        sans_css = css == css.possible_values.aucune
        participation_due = (css == css.possible_values.avec_participation) * (
            menage("participation_css_annuelle", period) > 0
        )
        return sans_css + participation_due
