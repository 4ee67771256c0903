"""Taux d'incapacité permanente reconnu à la personne."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class taux_incapacite_permanente(Variable):
    # Source of the value: notification de la MDPH (CDAPH). A share, not a percentage: 0.5 for 50 %.
    value_type = float
    entity = Individu
    definition_period = MONTH
    label = "Taux d'incapacité permanente reconnu à la personne (0,5 pour 50 % ; 0 si aucun)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 1.2 b/1 (incapacité permanente inférieure à 80 % sans AAH)"
    unit = "/1"
    set_input = set_input_fenetre_repete
