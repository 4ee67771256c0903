"""Non-take-up on a sample: the computed analysis, the weighted estimator with bootstrap intervals, the outreach list, automatic payment."""

from paris_droits.non_recours.aller_vers import liste as liste_aller_vers
from paris_droits.non_recours.analyse import Analyse, analyser
from paris_droits.non_recours.estimation import Estimation, estimer

__all__ = ["Analyse", "Estimation", "analyser", "estimer", "liste_aller_vers"]
