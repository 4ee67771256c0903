"""Aide au logement de la Ville retenue : Paris Logement, PLF et PLFM ne se cumulent pas."""

from openfisca_core.model_api import MONTH, Enum, Variable

from paris_droits.regles import Menage, choisir


class AideLogementVille(Enum):
    aucune = "Aucune aide au logement de la Ville"
    paris_logement = "Paris Logement"
    paris_logement_familles = "Paris Logement Familles"
    paris_logement_familles_monoparentales = "Paris Logement Familles Monoparentales"


class aide_logement_ville_retenue(Variable):
    value_type = Enum
    possible_values = AideLogementVille
    default_value = AideLogementVille.aucune
    entity = Menage
    definition_period = MONTH
    label = (
        "Aide au logement de la Ville accordée au ménage parmi Paris Logement, Paris Logement Familles et "
        "Paris Logement Familles Monoparentales, qui ne se cumulent pas : la plus favorable"
    )
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre II 2.1 c/4, titre IV 2.1 d/2 et IV 2.2 d/3 (non-cumul)",
        "RM2019 IV 2.2 d/2 (un parent seul de deux enfants ou d'un enfant handicapé peut opter pour Paris Logement Familles)",
    ]
    documentation = """
    The engine grants the largest of the three rights (the `_droit` variables, computed before
    this rule). Ties go to PLFM, then PLF, then Paris Logement: PLFM is the single parent's own aid
    and PLF only an option for them (IV 2.2 d/2); between PLF and Paris Logement (a couple with one
    disabled child) the family aid of title IV comes first. A zero right is never chosen.
    """

    def formula(menage, period):
        pl = menage("paris_logement_droit", period)
        plf = menage("paris_logement_familles_droit", period)
        plfm = menage("paris_logement_familles_monoparentales_droit", period)
        return choisir(
            [
                (plfm > 0) * (plfm >= plf) * (plfm >= pl),
                (plf > 0) * (plf >= pl),
                pl > 0,
            ],
            [
                AideLogementVille.paris_logement_familles_monoparentales,
                AideLogementVille.paris_logement_familles,
                AideLogementVille.paris_logement,
            ],
            AideLogementVille.aucune,
        )
