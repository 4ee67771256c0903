"""L'enfant est à charge du ménage (définition fiscale reprise et complétée par le règlement municipal, IV A art. 6 à 8)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.entities import Individu, Menage


class enfant_a_charge(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Enfant à charge du ménage"
    reference = [
        "Code général des impôts, art. 6-3 et 196",
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV A art. 6 à 8 (même rédaction en 2016 et 2018)",
    ]
    documentation = """
    Fiscal definition (IV A art. 6, first sentence): a minor, a child under 21 attached to the tax
    household, a student under 25, a disabled child. IV A art. 6 adds: a child under 25 registered as a
    job seeker and not indemnified (input demandeur_emploi_non_indemnise, one declared fact).
    """

    def formula(individu, period, parameters):
        limites = parameters(period).communs.enfant_a_charge
        age = individu("age", period)
        est_enfant = individu.has_role(Menage.ENFANT)
        mineur = age < limites.age_limite_mineur
        rattache = age < limites.age_limite_rattachement
        etudiant = individu("etudiant", period) * (age < limites.age_limite_etudiant)
        demandeur_emploi = individu("demandeur_emploi_non_indemnise", period) * (age < limites.age_limite_demandeur_emploi)
        # IV A art. 8: a disabled child is one entitled to the AEEH or the AAH; CGI art. 196: an
        # infirm child is dependent whatever its age. An AAH paid to the child counts as a title.
        handicape = individu("handicap", period) + individu("beneficiaire_aeeh", period) + (individu("aah", period) > 0)
        return est_enfant * (mineur + rattache + etudiant + demandeur_emploi + handicape)
