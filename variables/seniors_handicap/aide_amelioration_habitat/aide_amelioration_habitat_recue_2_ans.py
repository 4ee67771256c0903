"""Une aide à l'amélioration de l'habitat a déjà été accordée pour des travaux achevés il y a moins de deux ans."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class aide_amelioration_habitat_recue_2_ans(Variable):
    # Source of the value: dossier du CASVP ou de SOLIHA. False by default (a first request).
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage a reçu une aide du CASVP à l'amélioration de l'habitat pour des travaux achevés il y a moins de deux ans"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.2, III 2.2, IV 2.6 et V 3.2, art. e/1 (pas de nouvelle aide dans les deux ans)"
    set_input = set_input_fenetre_repete
