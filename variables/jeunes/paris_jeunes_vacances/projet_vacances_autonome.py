"""La personne a un projet de vacances autonome au sens de Paris Jeunes Vacances."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, set_input_fenetre_repete


class projet_vacances_autonome(Variable):
    # Source of the value: descriptif du projet de séjour et réservation de l'hébergement (déclaration du jeune).
    # True by default: one applies with a holiday project ("what would be granted if applying this month").
    value_type = bool
    default_value = True
    entity = Individu
    definition_period = MONTH
    label = (
        "La personne a un projet de vacances autonome : au moins 2 nuits et 3 jours en hébergement "
        "touristique payant, 6 personnes au plus, sans encadrement professionnel ou bénévole ni membre de la famille"
    )
    reference = "Ville de Paris, Paris Jeunes Vacances (fiche aides-jeunes ville-paris-cheque-vacances.yml ; paris.fr)"
    set_input = set_input_fenetre_repete
