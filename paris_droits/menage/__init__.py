"""One household: situation and fiche ménage loading and validation, evaluation of every aid, explanations, the rules' dependency graph."""

from paris_droits.menage.evaluation import Evaluation, evaluer
from paris_droits.menage.situation import charger_fichier, construire_simulation

__all__ = ["Evaluation", "charger_fichier", "construire_simulation", "evaluer"]
