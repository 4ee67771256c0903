"""Complément Santé Paris, personnes handicapées : ressources du seul demandeur handicapé (III 1.2 b/3)."""

import numpy
from openfisca_core.model_api import MONTH, Variable, min_, where

from paris_droits.regles import Menage, arrondi_centime, minimum_du_role, somme_du_role


class complement_sante_paris_ressources_personnes_handicapees(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = (
        "Complément Santé Paris, variante personnes handicapées : ressources mensuelles personnelles du demandeur "
        "handicapé seul, sans celles de son conjoint (mois précédent)"
    )
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre III 1.2 b/3 : « Toutes les ressources du demandeur sont prises en compte » (même rédaction en 2016 et 2018)",
        "RM2019 titre I A art. 5 (ressources retenues)",
    ]
    unit = "currency-EUR"
    documentation = """
    III 1.2 b/3 counts the applicant's resources only; unlike II 1.2 b/3 and III 1.1 b/3 it does not
    name the spouse. The applicant is the disabled adult: the personne de référence when disabled,
    otherwise the disabled spouse; when both are disabled adults, the one with the lower resources
    (either may apply). A single applicant's RSA is his own and is counted; a couple's RSA is a joint
    benefit and is not counted as the applicant's own resource (choice À VÉRIFIER). Nobody disabled:
    the applicant's own resources (the variant is then not retained).
    """

    def formula(menage, period):
        mois = period.last_month
        roles = menage.entity
        personnelles = menage.members("ressources_personnelles", mois)
        propres_si_handicape = where(menage.members("adulte_handicape", period), personnelles, numpy.inf)
        plus_basses = min_(
            minimum_du_role(menage, propres_si_handicape, roles.PERSONNE_DE_REFERENCE),
            minimum_du_role(menage, propres_si_handicape, roles.CONJOINT),
        )
        sans_titre = somme_du_role(menage, personnelles, roles.PERSONNE_DE_REFERENCE)
        propres = where(numpy.isfinite(plus_basses), plus_basses, sans_titre)
        rsa_personne_seule = where(menage("en_couple", period), 0, menage("rsa", mois))
        return arrondi_centime(propres + rsa_personne_seule)
