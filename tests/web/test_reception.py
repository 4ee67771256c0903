"""Framing a request in the server's event loop (paris_droits.interfaces.web.reception), byte by byte."""

from __future__ import annotations

import pytest

from paris_droits.interfaces.web.reception import (
    ATTENTE,
    ENTETES_TROP_LONGS,
    LIMITE_ENTETES,
    PRETE,
    TROP_VOLUMINEUSE,
    Reception,
)

TAILLE_MAX = 1000
LIMITE_LIGNE = 4094


def _reception(debut: float = 0.0) -> Reception:
    return Reception(debut, delai_entetes=10, delai_corps=30, taille_max=TAILLE_MAX, limite_ligne=LIMITE_LIGNE)


def _etats(requete: bytes) -> list[str]:
    """The state after each byte, the request arriving one byte at a time."""
    reception = _reception()
    return [reception.recevoir(requete[i : i + 1], 0.0) for i in range(len(requete))]


def test_une_requete_sans_corps_est_prete_au_dernier_octet_de_l_en_tete_pas_avant():
    etats = _etats(b"GET /variables HTTP/1.1\r\nHost: x\r\n\r\n")
    assert etats[-1] == PRETE
    assert set(etats[:-1]) == {ATTENTE}


def test_un_corps_content_length_est_attendu_jusqu_a_son_dernier_octet():
    etats = _etats(b"POST /evaluer HTTP/1.1\r\nContent-Length: 7\r\n\r\n{\"a\":1}")
    assert etats[-1] == PRETE
    assert set(etats[:-1]) == {ATTENTE}


def test_un_corps_en_morceaux_est_attendu_jusqu_au_morceau_vide_et_sa_ligne_vide():
    requete = b"POST /evaluer HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"
    etats = _etats(requete)
    assert etats[-1] == PRETE
    assert set(etats[:-1]) == {ATTENTE}


def test_des_morceaux_suivis_d_en_tetes_de_fin_sont_prets_apres_la_ligne_vide():
    etats = _etats(b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\nX-Fin: 1\r\n\r\n")
    assert etats[-1] == PRETE
    assert set(etats[:-1]) == {ATTENTE}


@pytest.mark.parametrize(
    ("longueur", "attendu"), [(TAILLE_MAX, ATTENTE), (TAILLE_MAX + 1, TROP_VOLUMINEUSE)]
)
def test_un_content_length_au_dela_de_la_taille_maximale_est_refuse_des_l_en_tete(longueur, attendu):
    reception = _reception()
    assert reception.recevoir(f"POST / HTTP/1.1\r\nContent-Length: {longueur}\r\n\r\n".encode(), 0.0) == attendu


@pytest.mark.parametrize(("taille", "attendu"), [(TAILLE_MAX, ATTENTE), (TAILLE_MAX + 1, TROP_VOLUMINEUSE)])
def test_des_morceaux_au_dela_de_la_taille_maximale_sont_refuses(taille, attendu):
    reception = _reception()
    tete = b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
    assert reception.recevoir(tete + f"{taille:x}\r\n".encode() + b"a" * taille, 0.0) == attendu


@pytest.mark.parametrize(
    ("ligne", "longueur", "attendu"),
    [
        (b"POST /reformes/simuler HTTP/1.1", 5 * TAILLE_MAX, ATTENTE),
        (b"POST /reformes/simuler?x=1 HTTP/1.1", 5 * TAILLE_MAX, ATTENTE),
        (b"POST /reformes/simuler HTTP/1.1", 5 * TAILLE_MAX + 1, TROP_VOLUMINEUSE),
        (b"POST /evaluer HTTP/1.1", TAILLE_MAX + 1, TROP_VOLUMINEUSE),
        (b"POST /reformes/simuler/autre HTTP/1.1", TAILLE_MAX + 1, TROP_VOLUMINEUSE),
        (b"PUT /reformes/simuler HTTP/1.1", TAILLE_MAX + 1, TROP_VOLUMINEUSE),
    ],
)
def test_la_route_qui_recoit_un_echantillon_a_sa_propre_taille_maximale(ligne, longueur, attendu):
    """The reform page's upload (POST /reformes/simuler) only may send a larger body: the sample's two files."""
    reception = Reception(0.0, delai_entetes=10, delai_corps=30, taille_max=TAILLE_MAX, limite_ligne=LIMITE_LIGNE,
                          tailles_par_chemin={b"/reformes/simuler": 5 * TAILLE_MAX})
    assert reception.recevoir(ligne + f"\r\nContent-Length: {longueur}\r\n\r\n".encode(), 0.0) == attendu


def test_un_en_tete_sans_fin_au_dela_de_64_kio_est_refuse():
    reception = _reception()
    debut = b"GET / HTTP/1.1\r\n"
    ligne = b"X-Long: " + b"a" * 1000 + b"\r\n"
    while len(reception.tampon) + len(ligne) <= LIMITE_ENTETES:
        assert reception.recevoir(ligne if reception.tampon else debut, 0.0) == ATTENTE
    assert reception.recevoir(b"a" * (LIMITE_ENTETES - len(reception.tampon)), 0.0) == ATTENTE
    assert reception.recevoir(b"a", 0.0) == ENTETES_TROP_LONGS


@pytest.mark.parametrize(
    "requete",
    [
        b"G" * (LIMITE_LIGNE + 1),  # request line too long: gunicorn answers 414
        b"GET / HTTP/1.1\nHost: x\n\n",  # bare LF: gunicorn answers 400
        b"POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n",  # two lengths: 400
        b"POST / HTTP/1.1\r\nContent-Length: -3\r\n\r\n",
        b"POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n",  # 501
        b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n",
        b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",  # bad chunk size: 400
    ],
)
def test_ce_qui_ne_se_decoupe_pas_est_confie_tout_de_suite_au_parseur_de_gunicorn(requete):
    assert _reception().recevoir(requete, 0.0) == PRETE


def test_une_ligne_de_requete_a_la_limite_est_encore_attendue():
    assert _reception().recevoir(b"G" * LIMITE_LIGNE, 0.0) == ATTENTE


def test_l_echeance_passe_du_delai_d_en_tete_au_delai_de_corps_a_la_fin_de_l_en_tete():
    reception = _reception(debut=100.0)
    assert reception.echeance == 110.0
    reception.recevoir(b"POST / HTTP/1.1\r\nContent-Length: 5\r\n", 104.0)
    assert reception.echeance == 110.0
    reception.recevoir(b"\r\n", 105.0)
    assert reception.echeance == 135.0


def test_100_continue_est_demande_une_fois_et_la_ligne_expect_retiree_de_la_requete_transmise():
    reception = _reception()
    tete = b"POST /evaluer HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n"
    assert reception.recevoir(tete, 0.0) == ATTENTE
    assert reception.doit_continuer()
    reception.continuer_envoye = True
    assert not reception.doit_continuer()
    assert reception.recevoir(b"{}", 0.0) == PRETE
    assert reception.octets() == b"POST /evaluer HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}"


def test_100_continue_n_est_pas_demande_en_http_1_0():
    reception = _reception()
    reception.recevoir(b"POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n", 0.0)
    assert not reception.doit_continuer()


def test_sans_100_continue_envoye_la_requete_transmise_est_celle_recue():
    reception = _reception()
    requete = b"POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n{}"
    assert reception.recevoir(requete, 0.0) == PRETE
    assert reception.octets() == requete
