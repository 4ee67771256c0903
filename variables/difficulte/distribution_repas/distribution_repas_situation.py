"""Distribution de repas : la personne est dans l'une des situations du règlement."""

from openfisca_core.model_api import MONTH, Variable

from paris_droits.regles import Individu


class distribution_repas_situation(Variable):
    value_type = bool
    entity = Individu
    definition_period = MONTH
    label = "Distribution de repas : la personne est demandeur d'emploi, handicapée sans AAH (pension d'invalidité de 1re catégorie, rente d'accident du travail, incapacité de moins de 80 %) ou en arrêt de travail indemnisé depuis au moins six mois"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titre V 1.2 b/1"
    documentation = """
    "Non bénéficiaire de l'AAH" is read as qualifying the incapacity below 80 % only (the last item of
    the list), as the sentence is built.
    """

    def formula(individu, period, parameters):
        repas = parameters(period).difficulte.distribution_repas
        taux = individu("taux_incapacite_permanente", period)
        incapacite_sans_aah = (taux > 0) * (taux < repas.taux_incapacite_plafond) * (individu("aah", period) <= 0)
        handicap = individu("pension_invalidite_categorie_1", period) + individu("rente_accident_travail", period) + incapacite_sans_aah
        arret = individu("duree_arret_maladie_indemnise_mois", period) >= repas.duree_arret_maladie_minimale
        return individu("demandeur_emploi_inscrit", period) + handicap + arret
