"""Charge mensuelle de logement au sens des aides au logement des familles (RM2019 titre IV 2.1 b/2)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class charge_logement_familles(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = (
        "Charge mensuelle de logement acquittée par le ménage : loyer et charges (locataire), mensualités "
        "de prêt et charges de copropriété (accédant), charges de copropriété hors gros travaux (propriétaire)"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.1 b/2 et IV 2.2 b/2"
    unit = "currency-EUR"

    def formula(menage, period):
        statut = menage("statut_occupation_logement", period)
        types = statut.possible_values
        copropriete = menage("charges_copropriete", period)
        loyer_et_charges = menage("loyer", period) + menage("charges_locatives", period)
        return (
            menage("locataire", period) * loyer_et_charges
            + (statut == types.primo_accedant) * (menage("mensualites_pret_logement", period) + copropriete)
            + (statut == types.proprietaire) * copropriete
        )
