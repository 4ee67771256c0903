"""The aids registry: one YAML file per aid (label, public, periodicity, conditions in French, cumul, documents, data holders) and its loader."""

from paris_droits.catalogue.registre import (
    DETENTEURS,
    PERIODICITES,
    Aide,
    aide,
    aides,
    aides_des_reformes,
    slugs,
)

__all__ = ["DETENTEURS", "PERIODICITES", "Aide", "aide", "aides", "aides_des_reformes", "slugs"]
