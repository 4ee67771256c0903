"""Le ménage paie des factures d'électricité ou de gaz (ou participe aux frais s'il est hébergé gratuitement)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage, set_input_fenetre_repete


class factures_energie_a_charge(Variable):
    # Source of the value: facture d'électricité ou de gaz au nom du demandeur ou de son conjoint
    # (fournisseur, numéro de contrat), or, for a family housed free of charge, a statement of its
    # contribution to the energy costs. Declared by the household.
    # Default True: almost every household holding a dwelling pays an energy bill; the registry
    # lists the bill among the documents to check.
    value_type = bool
    default_value = True
    entity = Menage
    definition_period = MONTH
    label = "Le ménage paie des factures d'électricité ou de gaz, ou participe aux frais d'énergie s'il est hébergé gratuitement"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.4"
    set_input = set_input_fenetre_repete
