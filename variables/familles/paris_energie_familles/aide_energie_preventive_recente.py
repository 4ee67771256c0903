"""Le ménage a reçu une autre aide préventive à l'énergie de la Ville ou du Département dans les 12 derniers mois."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class aide_energie_preventive_recente(Variable):
    # Source of the value: the history of the household's municipal and departmental aids held by the
    # CASVP / Maisons des Solidarités, or the household's own statement. Which aids count as
    # "preventive energy aids" is not listed in the reference (À VÉRIFIER). Default False: none known.
    value_type = bool
    default_value = False
    entity = Menage
    definition_period = MONTH
    label = (
        "Le ménage a reçu, au cours des 12 derniers mois, une autre aide préventive à l'énergie "
        "de la Ville ou du Département de Paris"
    )
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.4 c/4"
    set_input = set_input_fenetre_repete
