"""Receiving one HTTP/1.1 request in the server's event loop, before any thread sees it.

`Reception` holds the bytes of one request as they arrive and says, after each read, whether the
request is complete (`PRETE`), still arriving (`ATTENTE`) or must be refused now (`TROP_VOLUMINEUSE`,
`ENTETES_TROP_LONGS`). It only frames the request: the head ends with an empty line, the body is
`Content-Length` bytes or chunks up to the zero-size chunk and its trailers. Anything it cannot frame
(a bare LF, a bad length, an unknown transfer coding, an over-long request line) is handed over as
`PRETE`, and gunicorn's own parser then answers it with its 400, 414, 431 or 501, which
paris_droits.interfaces.web.serveur writes as French JSON.

A request has two deadlines: its head must arrive within `delai_entetes` seconds of the first
moment it was awaited, its body within `delai_corps` seconds of the end of the head.
"""

from __future__ import annotations

ATTENTE = "attente"
PRETE = "prete"
TROP_VOLUMINEUSE = "trop_volumineuse"
ENTETES_TROP_LONGS = "entetes_trop_longs"

# The largest request head kept while it arrives. Browsers send a few kilobytes; nginx's
# default (large_client_header_buffers 4 × 8k) stops at 32 KiB.
LIMITE_ENTETES = 64 * 1024
# The longest chunk-size line looked for (the size in hexadecimal and its extensions).
LIMITE_LIGNE_MORCEAU = 1024
CONTINUER = b"HTTP/1.1 100 Continue\r\n\r\n"


class Reception:
    """One request being received: its bytes so far, its deadline and what its head announced."""

    def __init__(self, debut: float, delai_entetes: float, delai_corps: float, taille_max: int, limite_ligne: int,
                 tailles_par_chemin: dict[bytes, int] | None = None) -> None:
        self.tampon = bytearray()
        self.tailles_par_chemin = tailles_par_chemin or {}  # {b"/chemin": larger limit} (a POST that uploads a sample)
        self.echeance = debut + delai_entetes
        self.delai_corps = delai_corps
        self.taille_max = taille_max
        self.limite_ligne = limite_ligne
        self.fin_entetes: int | None = None
        self.decision: str | None = None
        self.longueur = 0
        self.par_morceaux = False
        self.curseur = 0
        self.recu = 0
        self.attend_continuer = False
        self.continuer_envoye = False
        self.chemin = b""  # the path of a POST (without its query), to choose its size limit and its refusal
        self.accepte = b""  # the Accept header, lowercase: a browser is answered a page

    def recevoir(self, donnees: bytes, maintenant: float) -> str:
        """Add the bytes just read; say what the request's state now is."""
        self.tampon += donnees
        if self.fin_entetes is None:
            etat = self._chercher_fin_des_entetes(maintenant)
            if etat is not None:
                return etat
        if self.decision is not None:
            return self.decision
        if len(self.tampon) > self.taille_max + LIMITE_ENTETES + self.fin_entetes:
            return TROP_VOLUMINEUSE
        if self.par_morceaux:
            return self._lire_morceaux()
        return PRETE if len(self.tampon) - self.fin_entetes >= self.longueur else ATTENTE

    def doit_continuer(self) -> bool:
        """Whether the client waits for « 100 Continue » before sending its body (sent once)."""
        return self.attend_continuer and not self.continuer_envoye

    def octets(self) -> bytes:
        """The request as received; without its `Expect` line when « 100 Continue » was already sent,
        so that the server does not send it a second time."""
        if not self.continuer_envoye or self.fin_entetes is None:
            return bytes(self.tampon)
        lignes = bytes(self.tampon[: self.fin_entetes - 4]).split(b"\r\n")
        gardees = [lignes[0]] + [ligne for ligne in lignes[1:] if ligne.split(b":", 1)[0].strip().lower() != b"expect"]
        return b"\r\n".join(gardees) + b"\r\n\r\n" + bytes(self.tampon[self.fin_entetes :])

    def _chercher_fin_des_entetes(self, maintenant: float) -> str | None:
        fin = self.tampon.find(b"\r\n\r\n")
        lf_nu = self.tampon.find(b"\n\n")
        if lf_nu >= 0 and (fin < 0 or lf_nu < fin):
            return PRETE  # gunicorn refuses bare LF line endings with a 400
        premiere_ligne = self.tampon.find(b"\r\n")
        if premiere_ligne > self.limite_ligne or (premiere_ligne < 0 and len(self.tampon) > self.limite_ligne):
            return PRETE  # gunicorn answers 414
        if fin < 0:
            return ENTETES_TROP_LONGS if len(self.tampon) > LIMITE_ENTETES else ATTENTE
        self.fin_entetes = fin + 4
        self.echeance = maintenant + self.delai_corps
        self._lire_entetes(bytes(self.tampon[:fin]).split(b"\r\n"))
        return None

    def _lire_entetes(self, lignes: list[bytes]) -> None:
        """Read what frames the body; leave any doubt to gunicorn (`decision = PRETE`)."""
        morceaux = lignes[0].split(b" ")
        if len(morceaux) == 3 and morceaux[0] == b"POST":
            self.chemin = morceaux[1].split(b"?", 1)[0]
            self.taille_max = max(self.taille_max, self.tailles_par_chemin.get(self.chemin, 0))
        longueurs, codages = set(), []
        for ligne in lignes[1:]:
            nom, _, valeur = ligne.partition(b":")
            nom, valeur = nom.strip().lower(), valeur.strip()
            if nom == b"accept":
                self.accepte = valeur.lower()
            elif nom == b"content-length":
                longueurs.add(valeur)
            elif nom == b"transfer-encoding":
                codages += [c.strip().lower() for c in valeur.split(b",")]
            elif nom == b"expect" and valeur.lower() == b"100-continue" and lignes[0].endswith(b" HTTP/1.1"):
                self.attend_continuer = True
        if codages:
            if codages[-1] != b"chunked" or longueurs:
                self.decision = PRETE
            self.par_morceaux, self.curseur = True, self.fin_entetes
            return
        if len(longueurs) > 1 or (longueurs and not next(iter(longueurs)).isdigit()):
            self.decision = PRETE
            return
        self.longueur = int(next(iter(longueurs))) if longueurs else 0
        if self.longueur > self.taille_max:
            self.decision = TROP_VOLUMINEUSE

    def _lire_morceaux(self) -> str:
        """Follow the chunks received so far, from where the previous read stopped."""
        while True:
            fin_ligne = self.tampon.find(b"\r\n", self.curseur)
            if fin_ligne < 0:
                return PRETE if len(self.tampon) - self.curseur > LIMITE_LIGNE_MORCEAU else ATTENTE
            try:
                taille = int(bytes(self.tampon[self.curseur : fin_ligne]).split(b";")[0].strip(), 16)
            except ValueError:
                return PRETE  # gunicorn answers 400
            if taille < 0:
                return PRETE
            if taille == 0:
                return PRETE if self.tampon.find(b"\r\n\r\n", fin_ligne) >= 0 else ATTENTE
            if self.recu + taille > self.taille_max:
                return TROP_VOLUMINEUSE
            suivant = fin_ligne + 2 + taille + 2
            if len(self.tampon) < suivant:
                return ATTENTE
            self.recu += taille
            self.curseur = suivant
