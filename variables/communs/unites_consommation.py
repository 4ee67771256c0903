"""Unités de consommation du ménage (échelle de l'OCDE modifiée, Insee)."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage, somme_du_role


class unites_consommation(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Unités de consommation du ménage (échelle de l'OCDE modifiée)"
    reference = "Insee, définition « Unité de consommation » : https://www.insee.fr/fr/metadonnees/definition/c1802"
    unit = "/1"
    documentation = """
    Statistical measure, not an aid rule: the first person (personne de référence) counts for
    1 unit, every other person aged 14 or more for 0.5, every child under 14 for 0.3
    (parameters/communs/unites_consommation). Used by the policy reports for deciles of living
    standard.
    """

    def formula(menage, period, parameters):
        echelle = parameters(period).communs.unites_consommation
        age = menage.members("age", period)
        parts = where(age >= echelle.age_seuil, echelle.autre_personne_age_seuil_ou_plus, echelle.enfant_moins_age_seuil)
        parts_reference = somme_du_role(menage, parts, Menage.PERSONNE_DE_REFERENCE)
        return echelle.premiere_personne + menage.sum(parts) - parts_reference
