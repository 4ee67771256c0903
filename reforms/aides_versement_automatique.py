"""Automatic payment of the aids the administrations' data can establish (take-up scenario).

Current rule: every municipal aid is paid on request; households that do not apply get
nothing (non-take-up), except the canteen, where a family without a QF file is billed
the top tariff.

Reformed rule: every aid whose data is held by the listed sources (the registry's data
items and their holders, paris_droits.versement_automatique) is paid to every eligible
household without a request. The rules of eligibility and amounts do not change: this
reform changes take-up only, so it modifies no parameter and no variable; the comparison
(paris_droits.comparaison) reads `sources_versement_automatique` and reuses the
automatic-payment logic of paris_droits.versement_automatique.automatisable.

Source: the City's policy plan ("zéro non recours", "créer les conditions du versement
automatique de ces aides"); precedent: the automatic canteen aid of April 2020 paid via
the CAF de Paris. The list of sources is a scenario parameter
(reforms/parametres/aides_versement_automatique.yaml).
"""

from openfisca_core.model_api import Reform

from paris_droits.regles.reformes import charger_parametres_scenario

_SCENARIO = charger_parametres_scenario("aides_versement_automatique")


class aides_versement_automatique(Reform):
    name = "Versement automatique des aides établies par les données des administrations (scénario de recours)"
    sources_versement_automatique = tuple(_SCENARIO.sources("2026-01-01"))

    def apply(self):
        """Take-up only: eligibility and amounts are unchanged."""
