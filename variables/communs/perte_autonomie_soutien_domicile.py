"""La personne relève des prestations de soutien à domicile (personne âgée en perte d'autonomie ou adulte handicapé dépendant)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu


class perte_autonomie_soutien_domicile(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "La personne est une personne âgée en perte d'autonomie (APA, mention « tierce personne », attestation médicale) ou un adulte handicapé dépendant (mention « tierce personne », pension d'invalidité de 3e catégorie, attestation médicale)"
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre II A art. 2 et 3 (personnes âgées)",
        "Règlement municipal des aides sociales facultatives (RM2019), titre III A art. 2 et 3 (personnes handicapées)",
    ]
    documentation = """
    Téléalarme, pédicurie, port de repas and coiffure à domicile (II and III 4.1 to 4.4) are for
    seniors in loss of autonomy holding the APA, a card or pension title marked "tierce personne"
    or "besoin d'accompagnement", or a medical certificate under 3 months; and for dependent
    disabled adults holding such a card, a 3rd-category invalidity pension or such a certificate.
    """

    def formula(individu, period):
        carte = individu("carte_mention_tierce_personne", period)
        certificat = individu("certificat_medical_perte_autonomie", period)
        agee = individu("personne_agee", period) * (individu("beneficiaire_apa", period) + carte + certificat)
        handicapee = individu("adulte_handicape", period) * (carte + individu("pension_invalidite_categorie_3", period) + certificat)
        return agee + handicapee
