"""Quotient familial mensuel retenu pour la restauration scolaire."""

from openfisca_core.model_api import MONTH, Variable, max_, select

from paris_droits.regles import Menage, a_le_role, arrondi_centime, mensualiser


class restauration_scolaire_quotient_familial(Variable):
    value_type = float
    entity = Menage
    definition_period = MONTH
    label = "Quotient familial mensuel retenu pour la restauration scolaire"
    reference = [
        "Conseil de Paris, délibération 2010 DASCO 03 : QF calculé de façon identique à la CAF de Paris",
        "Caisse des écoles du 18e, rentrée 2024-2025 : revenu fiscal de référence / 12 / nombre de parts",
    ]
    unit = "currency-EUR"
    documentation = """
    The route is given by restauration_scolaire_route_qf. CAF formula: the monthly declared
    resources of the month of the allocataire, the spouse and the dependent children (not those of
    other occupants) plus the family benefits of the month, divided by the CAF parts
    (approximation: the CAF uses the resources of year N-2 divided by 12).
    """

    def formula(menage, period):
        route = menage("restauration_scolaire_route_qf", period)
        voies = route.possible_values

        qf_attestation = menage("quotient_familial_caf", period)
        # The CAF counts the resources of the allocataire, the spouse and the dependent children,
        # not those of other occupants (a hosted grandparent, a lodger).
        membres = menage.members
        foyer_caf = (
            a_le_role(membres, Menage.PERSONNE_DE_REFERENCE) + a_le_role(membres, Menage.CONJOINT) + membres("enfant_a_charge", period)
        )
        ressources_foyer_caf = menage.sum(foyer_caf * membres("revenus_declares", period))
        ressources_caf = ressources_foyer_caf + menage("prestations_familiales", period)
        qf_caf = ressources_caf / menage("restauration_scolaire_parts_caf", period)
        parts_fiscales = max_(menage("nombre_parts_fiscales", period), 1)
        qf_fiscal = mensualiser(menage("revenu_fiscal_reference", period)) / parts_fiscales

        qf = select(
            [route == voies.attestation_caf, route == voies.formule_caf],
            [qf_attestation, qf_caf],
            default=qf_fiscal,
        )
        return arrondi_centime(max_(qf, 0))
