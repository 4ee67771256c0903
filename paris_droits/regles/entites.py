"""Entities: the person (`individu`) and the household (`menage`).

The ménage roles reuse openfisca-france's keys so that situations look familiar
to its users.
"""

from openfisca_core.entities import build_entity

Individu = build_entity(
    key="individu",
    plural="individus",
    label="Individu",
    doc="Une personne. Toutes les variables individuelles sont définies pour cette entité.",
    is_person=True,
)

Menage = build_entity(
    key="menage",
    plural="menages",
    label="Ménage",
    doc="Les personnes qui partagent un même logement à Paris.",
    roles=[
        {
            "key": "personne_de_reference",
            "label": "Personne de référence",
            "max": 1,
            "doc": "La personne qui dépose la demande.",
        },
        {
            "key": "conjoint",
            "label": "Conjoint",
            "max": 1,
            "doc": "Conjoint, concubin ou partenaire de PACS de la personne de référence.",
        },
        {
            "key": "enfant",
            "plural": "enfants",
            "label": "Enfants",
            "doc": "Les enfants du ménage.",
        },
        {
            "key": "autre",
            "plural": "autres",
            "label": "Autres",
            "doc": "Les autres personnes vivant au foyer (parent âgé hébergé, colocataire…).",
        },
    ],
)

entities = [Individu, Menage]

# Role names as situations and samples write them, in the order of Menage.flattened_roles:
# a role's rank here is the integer code batch runs give join_with_persons.
ROLES = tuple(role.plural or role.key for role in Menage.flattened_roles)
