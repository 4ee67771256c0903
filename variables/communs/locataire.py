"""Le ménage est locataire de son logement (RM2019 titres II 2.1 et IV 2.1 b/2)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Menage


class locataire(Variable):
    value_type = bool
    entity = Menage
    definition_period = MONTH
    label = "Le ménage est locataire de son logement (logement social, parc privé vide ou meublé, foyer ou résidence sociale)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.1 et IV 2.1 b/2 (locataires)"

    def formula(menage, period):
        statut = menage("statut_occupation_logement", period)
        types = statut.possible_values
        return (
            (statut == types.locataire_hlm)
            + (statut == types.locataire_vide)
            + (statut == types.locataire_meuble)
            + (statut == types.locataire_foyer)
        )
