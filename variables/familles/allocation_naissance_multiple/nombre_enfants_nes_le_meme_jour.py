"""Nombre d'enfants à charge du ménage nés le même jour que cet enfant (lui compris)."""

import numpy
from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu


class nombre_enfants_nes_le_meme_jour(Variable):
    value_type = int
    entity = Individu
    definition_period = MONTH
    label = "Nombre d'enfants à charge du ménage nés le même jour que cet enfant, lui compris (0 pour une personne qui n'est pas un enfant à charge)"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV 1.4 (naissance multiple)",
        "Code civil, art. 57 (acte de naissance)",
    ]
    unit = "child"

    def formula(individu, period):
        # Children of the same household sharing a date of birth are taken as born of one birth
        # (twins, triplets...). Group every person by (household, date of birth), then count the
        # dependent children of each group. The pair is one integer key, household × span of the
        # days of birth + day: the same groups as sorting the pairs, without sorting rows.
        enfant = individu("enfant_a_charge", period)
        jours = individu("date_naissance", period).astype("datetime64[D]").astype(numpy.int64)
        decalage = jours - numpy.min(jours, initial=0)
        etendue = numpy.max(decalage, initial=0) + 1
        cle = individu.menage.members_entity_id.astype(numpy.int64) * etendue + decalage
        _, groupe = numpy.unique(cle, return_inverse=True)
        effectifs = numpy.bincount(groupe, weights=enfant)
        return enfant * effectifs[groupe]
