"""A "revenu d'autonomie" for young Parisians aged 18 to 24 (new aid, scenario).

Current rule: no municipal income guarantee for 18-24-year-olds; the RSA is in
general closed before 25, and the City's youth fund (FAJP) is discretionary and
one-off.

Reformed rule: every person aged 18 to 24 living in Paris whose own monthly
resources (previous month) are below a guaranteed level receives the difference,
if it is at least the minimum paid. Students are included; parents' resources are
not counted (an "autonomie" income). The household receives the sum for its young
members.

Source: the City's policy plan announces the "préfiguration" of a revenu
d'autonomie; every figure is a scenario (reforms/parametres/revenu_autonomie_jeunes.yaml).
"""

from openfisca_core.model_api import MONTH, Reform, Variable, max_, where

from paris_droits.regles import Individu, Menage
from paris_droits.regles.reformes import charger_parametres_scenario

_SCENARIO = charger_parametres_scenario("revenu_autonomie_jeunes")


def _scenario(period):
    return _SCENARIO(period.start)


class revenu_autonomie_jeunes_jeune_eligible(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne a entre 18 et 24 ans (scénario revenu d'autonomie)"
    reference = "Scénario revenu d'autonomie des jeunes (reforms/revenu_autonomie_jeunes.py)"

    def formula(individu, period):
        scenario = _scenario(period)
        age = individu("age", period)
        return (age >= scenario.age_minimum) * (age < scenario.age_limite)


class revenu_autonomie_jeunes_complement(Variable):
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Complément de ressources jusqu'au niveau garanti, pour un jeune (scénario)"
    reference = "Scénario revenu d'autonomie des jeunes (reforms/revenu_autonomie_jeunes.py)"
    unit = "currency-EUR"

    def formula(individu, period):
        scenario = _scenario(period)
        complement = max_(scenario.montant_garanti - individu("ressources_personnelles", period.last_month), 0)
        complement = where(complement >= scenario.montant_minimum_verse, complement, 0)
        return individu("revenu_autonomie_jeunes_jeune_eligible", period) * complement


class revenu_autonomie_jeunes_condition_age(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Revenu d'autonomie : au moins une personne du ménage a entre 18 et 24 ans"
    reference = "Scénario revenu d'autonomie des jeunes (reforms/revenu_autonomie_jeunes.py)"

    def formula(menage, period):
        return menage.any(menage.members("revenu_autonomie_jeunes_jeune_eligible", period))


class revenu_autonomie_jeunes_condition_residence(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Revenu d'autonomie : le ménage réside à Paris"
    reference = "Scénario revenu d'autonomie des jeunes (reforms/revenu_autonomie_jeunes.py)"

    def formula(menage, period):
        return menage("reside_a_paris", period)


class revenu_autonomie_jeunes_condition_ressources(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Revenu d'autonomie : un jeune du ménage a des ressources sous le niveau garanti"
    reference = "Scénario revenu d'autonomie des jeunes (reforms/revenu_autonomie_jeunes.py)"

    def formula(menage, period):
        return menage.sum(menage.members("revenu_autonomie_jeunes_complement", period)) > 0


class revenu_autonomie_jeunes_eligible(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage remplit les conditions du revenu d'autonomie des jeunes (scénario)"
    reference = "Scénario revenu d'autonomie des jeunes (reforms/revenu_autonomie_jeunes.py)"

    def formula(menage, period):
        return (
            menage("revenu_autonomie_jeunes_condition_age", period)
            * menage("revenu_autonomie_jeunes_condition_residence", period)
            * menage("revenu_autonomie_jeunes_condition_ressources", period)
        )


def _montant(menage, period):
    total = menage.sum(menage.members("revenu_autonomie_jeunes_complement", period))
    return menage("revenu_autonomie_jeunes_eligible", period) * total


# The amount variable carries the aid's slug, which is also the reform class's name
# (a reform is named like its file): it is built under another Python name.
MontantRevenuAutonomieJeunes = type(
    "revenu_autonomie_jeunes",
    (Variable,),
    {
        "value_type": float,
        "entity": Menage,
        "definition_period": MONTH,
        "label": "Revenu d'autonomie des jeunes versé au ménage pour le mois (scénario)",
        "reference": "Scénario revenu d'autonomie des jeunes (reforms/revenu_autonomie_jeunes.py)",
        "unit": "currency-EUR",
        "formula": _montant,
    },
)

VARIABLES = (
    revenu_autonomie_jeunes_jeune_eligible,
    revenu_autonomie_jeunes_complement,
    revenu_autonomie_jeunes_condition_age,
    revenu_autonomie_jeunes_condition_residence,
    revenu_autonomie_jeunes_condition_ressources,
    revenu_autonomie_jeunes_eligible,
    MontantRevenuAutonomieJeunes,
)


class revenu_autonomie_jeunes(Reform):
    name = "Revenu d'autonomie des jeunes de 18 à 24 ans (scénario)"
    # Aids this reform creates, for comparisons and evaluations (the registry lists only law in force).
    nouvelles_aides = {"revenu_autonomie_jeunes": {"libelle": "Revenu d'autonomie des jeunes (scénario)", "periodicite": "mensuelle"}}

    def apply(self):
        for variable in VARIABLES:
            self.add_variable(variable)

