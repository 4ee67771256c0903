"""Allocation exceptionnelle déjà reçue au cours des douze derniers mois."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class allocation_exceptionnelle_percue_12_mois(Variable):
    # Source of the value: historique des aides du CASVP. A running total, not a monthly flow: a yearly
    # input is repeated on each month, never divided.
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Total de l'allocation exceptionnelle déjà reçue par le ménage au cours des douze derniers mois"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 2.1 b/2 (montant maximum cumulé sur douze mois)"
    unit = "currency-EUR"
    set_input = set_input_fenetre_repete
