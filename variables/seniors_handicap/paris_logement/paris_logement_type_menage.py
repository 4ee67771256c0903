"""Paris Logement : composition du ménage au sens de l'aide (RM2019 II 2.1, III 2.1, IV 2.3, V 3.1)."""

from openfisca_core.model_api import MONTH, Enum, Variable

from paris_droits.regles import Menage, choisir


class TypeMenageParisLogement(Enum):
    personne_seule = "Personne seule sans enfant à charge"
    couple_sans_enfant = "Couple sans enfant à charge"
    couple_un_enfant = "Couple avec un enfant à charge"
    hors_public = "Autre composition (parent seul, couple avec deux enfants ou plus)"


class paris_logement_type_menage(Variable):
    value_type = Enum
    possible_values = TypeMenageParisLogement
    default_value = TypeMenageParisLogement.hors_public
    entity = Menage
    definition_period = MONTH
    label = "Composition du ménage retenue par Paris Logement (personne seule, couple sans enfant, couple avec un enfant)"
    reference = "Règlement municipal des aides sociales facultatives (RM2019), titres II 2.1, III 2.1, IV 2.3 et V 3.1 (public)"

    def formula(menage, period, parameters):
        maximum = parameters(period).seniors_handicap.paris_logement.nombre_enfants_maximum
        couple = menage("en_couple", period)
        enfants = menage("nombre_enfants_a_charge", period)
        return choisir(
            [
                ~couple * (enfants == 0),
                couple * (enfants == 0),
                couple * (enfants > 0) * (enfants <= maximum),
            ],
            [
                TypeMenageParisLogement.personne_seule,
                TypeMenageParisLogement.couple_sans_enfant,
                TypeMenageParisLogement.couple_un_enfant,
            ],
            TypeMenageParisLogement.hors_public,
        )
