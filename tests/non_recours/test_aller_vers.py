"""Outreach list: identifiers only, ranked by unclaimed yearly amount, with aids and documents."""

import numpy as np

from paris_droits.catalogue import registre as catalogue
from paris_droits.lot.echantillon import variables_d_entree
from paris_droits.non_recours import aller_vers


def test_la_liste_ne_porte_que_des_identifiants_et_aucune_autre_donnee_personnelle(analyse):
    liste = aller_vers.liste(analyse=analyse)
    assert tuple(liste.columns) == aller_vers.COLONNES
    personnelles = set(variables_d_entree("menages")) | set(variables_d_entree("individus"))
    personnelles |= {"id_individu", "role", "age", "date_naissance", "depcom", "arrondissement", "type_menage"}
    assert not personnelles & set(liste.columns)


def test_la_liste_est_triee_par_montant_non_reclame_decroissant(analyse):
    liste = aller_vers.liste(analyse=analyse)
    assert len(liste) > 0
    montants = liste["montant_non_reclame_annuel"].to_numpy()
    assert (np.diff(montants) <= 0).all()
    assert liste["id_menage"].is_unique
    assert list(liste["rang"]) == list(range(1, len(liste) + 1))


def test_chaque_menage_liste_est_eligible_sans_percevoir_les_aides_proposees_avec_leurs_justificatifs(analyse):
    liste = aller_vers.liste(analyse=analyse)
    position = {identifiant: i for i, identifiant in enumerate(analyse.menages["id_menage"])}
    for _, ligne in liste.head(200).iterrows():
        i = position[ligne["id_menage"]]
        total = 0.0
        for slug in ligne["aides"].split(","):
            assert analyse.retenue[slug][i] and not analyse.perception[slug][i]
            total += analyse.resultats[f"{slug}_annuel"].iloc[i]
            for donnee in catalogue.aide(slug).donnees:
                assert donnee.justificatif in ligne["justificatifs_a_demander"]
        assert round(total, 2) == ligne["montant_non_reclame_annuel"]
        assert ligne["nombre_aides"] == len(ligne["aides"].split(","))
