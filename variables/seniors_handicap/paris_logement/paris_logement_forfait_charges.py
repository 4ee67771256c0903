"""Paris Logement : forfait charges de la CAF retenu dans le taux d'effort (RM2019 II 2.1 b/3)."""

from openfisca_core.model_api import MONTH, Variable, where

from paris_droits.regles import Menage


class paris_logement_forfait_charges(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Paris Logement : forfait charges des aides au logement (CAF) retenu dans le taux d'effort"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre II 2.1 b/3 (forfait charges de la CAF)",
        "Arrêté du 27 septembre 2019 relatif au calcul des aides personnelles au logement, art. 9 et 16",
    ]
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        forfait = parameters(period).communs.forfait_charges_logement
        colocataire_seul = menage("colocation", period) * ~menage("en_couple", period)
        base = where(colocataire_seul, forfait.colocataire_seul, forfait.cas_general)
        return base + forfait.majoration_par_enfant * menage("nombre_enfants_a_charge", period)
