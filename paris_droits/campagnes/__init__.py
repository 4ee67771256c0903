"""Outreach campaigns with a control group, their outcomes, follow-ups and bilan, in a SQL store; renewals."""

from paris_droits.campagnes.base import Base, ouvrir
from paris_droits.campagnes.bilan import Bilan
from paris_droits.campagnes.bilan import calculer as calculer_bilan
from paris_droits.campagnes.campagne import lister, supprimer
from paris_droits.campagnes.creation import creer
from paris_droits.campagnes.resultats import importer as importer_resultats
from paris_droits.campagnes.suivi import suivre

__all__ = ["Base", "Bilan", "calculer_bilan", "creer", "importer_resultats", "lister", "ouvrir", "suivre", "supprimer"]
