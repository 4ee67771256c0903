"""Distribution de repas : plafond de ressources, l'ASPA d'une personne seule arrondie à l'euro supérieur, majorée de 20 % par personne supplémentaire."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, arrondi_au_pas_superieur


class distribution_repas_plafond_ressources(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Plafond de ressources de la distribution de repas : ASPA d'une personne seule arrondie à l'euro supérieur, plus 20 % de ce montant par personne supplémentaire du foyer"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre V 1.2 b/2 (plafond réputé égal à l'ASPA d'une personne seule, arrondi à l'euro immédiatement supérieur)",
        "Annexe au règlement municipal, 1er janvier 2018 (804 €, + 160,80 €) et 1er novembre 2019 (869 €, + 173,80 €)",
    ]
    unit = "currency-EUR"
    documentation = """
    The règlement states the rule, not the figure: the ASPA single-person amount (parameter
    communs.aspa.montant_personne_seule) rounded up to the euro: 803.20 → 804 € (annex January
    2018), 833.20 → 834 € (annex May 2018), 868.20 → 869 € (annexes 2019); the April 2018 annex
    still printed 804 € after the ASPA rose on 1 April 2018 (the rule gives 834 €).
    """

    def formula(menage, period, parameters):
        parametres = parameters(period)
        plafond_seul = arrondi_au_pas_superieur(parametres.communs.aspa.montant_personne_seule, 1)  # « arrondi à l'euro supérieur »
        supplementaires = menage.nb_persons() - 1
        return plafond_seul * (1 + parametres.difficulte.distribution_repas.majoration_personne_supplementaire * supplementaires)
