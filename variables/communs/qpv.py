"""Le logement se situe dans un quartier prioritaire de la politique de la ville (QPV)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class qpv(Variable):
    # Source of the value: Géolocalisation de l'adresse (SIG politique de la ville).
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le logement se situe dans un quartier prioritaire de la politique de la ville (QPV)"
    reference = "Décret 2014-1750 du 30/12/2014 et décret 2023-1314 du 28/12/2023 (liste des QPV)"
    set_input = set_input_fenetre_repete
