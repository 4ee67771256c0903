"""Paris Logement Familles : montant selon les enfants et les revenus, plafonné à la charge nette de logement."""

from openfisca_core.model_api import MONTH, Variable, max_, min_

from paris_droits.regles import Menage, arrondi_centime


class paris_logement_familles_montant(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = (
        "Paris Logement Familles : montant mensuel selon les enfants et les revenus (116 € ; 128 € + 41 € ou "
        "84 € + 21 € par enfant au-delà du 3e), dans la limite de la charge nette de logement"
    )
    reference = [
        "Règlement municipal des aides sociales facultatives (RM2019), titre IV 2.1 (montants) et IV 2.1 b/2 (plafonnement)",
        "Annexe au règlement municipal, 1er novembre 2019",
    ]
    unit = "currency-EUR"

    def formula(menage, period, parameters):
        plf = parameters(period).familles.paris_logement_familles
        revenus = menage("paris_logement_familles_base_ressources", period)
        enfants = menage("nombre_enfants_a_charge", period)
        handicape = menage("nombre_enfants_handicapes", period) >= plf.nombre_enfants_handicapes_minimum
        nombreuse = enfants >= plf.nombre_enfants_famille_nombreuse
        au_dela = max_(enfants - plf.nombre_enfants_famille_nombreuse, 0)
        majore = plf.montant_majore + plf.majoration_enfant_supplementaire_montant_majore * au_dela
        base = plf.montant_trois_enfants + plf.majoration_enfant_supplementaire * au_dela
        # Each scale applies on its own conditions; the household gets the most favourable one.
        deux_enfants = (enfants >= plf.nombre_enfants_minimum) * (revenus <= plf.plafond_ressources_deux_enfants) * plf.montant_deux_enfants
        nombreuse_majore = nombreuse * (revenus <= plf.plafond_ressources_montant_majore) * majore
        nombreuse_base = nombreuse * (revenus <= plf.plafond_ressources_trois_enfants) * base
        enfant_handicape = handicape * (revenus <= plf.plafond_ressources_enfant_handicape) * majore
        bareme = max_(max_(deux_enfants, nombreuse_majore), max_(nombreuse_base, enfant_handicape))
        return arrondi_centime(min_(bareme, menage("charge_logement_nette_familles", period)))
