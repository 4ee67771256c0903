"""L'enfant est à charge au sens du Code général des impôts, définition reprise par le règlement municipal (IV A art. 6, 1re phrase, et art. 8)."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu, Menage, a_le_role


class enfant_a_charge_au_sens_fiscal(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Enfant à charge du ménage au sens fiscal (mineur, majeur rattaché de moins de 21 ans, étudiant de moins de 25 ans, enfant handicapé)"
    reference = [
        "Code général des impôts, art. 6-3 et 196",
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV A art. 6 (1re phrase) et art. 8",
    ]

    def formula(individu, period, parameters):
        limites = parameters(period).communs.enfant_a_charge
        age = individu("age", period)
        mineur = age < limites.age_limite_mineur
        rattache = age < limites.age_limite_rattachement
        etudiant = individu("etudiant", period) * (age < limites.age_limite_etudiant)
        # IV A art. 8: a disabled child is one entitled to the AEEH or the AAH; CGI art. 196: an
        # infirm child is dependent whatever its age. An AAH paid to the child counts as a title.
        handicape = individu("handicap", period) + individu("beneficiaire_aeeh", period) + (individu("aah", period) > 0)
        return a_le_role(individu, Menage.ENFANT) * (mineur + rattache + etudiant + handicape)
