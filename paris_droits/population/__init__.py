"""The synthetic Paris population calibrated on public aggregates, with planted take-up, and the embedded default sample."""

from paris_droits.population.generateur import generer_population
from paris_droits.population.synthese import echantillon_integre, generer_echantillon

__all__ = ["echantillon_integre", "generer_echantillon", "generer_population"]
