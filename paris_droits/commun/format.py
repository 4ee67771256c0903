"""French number formatting for what users read."""

from __future__ import annotations


def euros(montant: float, decimales: int = 2) -> str:
    """1234.5 → '1 234,50 €' (narrow no-break space as thousands separator)."""
    texte = f"{montant:,.{decimales}f}".replace(",", "\u202f").replace(".", ",")
    return f"{texte} €"


def nombre(valeur: float, decimales: int = 0) -> str:
    return f"{valeur:,.{decimales}f}".replace(",", "\u202f").replace(".", ",")


def pourcentage(taux: float, decimales: int = 1) -> str:
    return f"{nombre(100 * taux, decimales)} %"


def ligne_alignee(cellules, largeurs, a_gauche=(0,)) -> str:
    """One row of a plain-text table: columns in `a_gauche` left-aligned, the others right-aligned."""
    morceaux = [
        cellule.ljust(largeur) if rang in a_gauche else cellule.rjust(largeur)
        for rang, (cellule, largeur) in enumerate(zip(cellules, largeurs, strict=True))
    ]
    return "  ".join(morceaux).rstrip()


MOINS = "\u2212"  # the minus sign of French typography (screen readers say « moins »)
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre")


def mois_en_lettres(periode: str) -> str:
    """'2026-11' → 'novembre 2026'."""
    annee, numero = periode.split("-")[:2]
    return f"{MOIS[int(numero) - 1]} {annee}"


def date_en_lettres(jour) -> str:
    """« 1er décembre 2026 », « 6 décembre 2026 »."""
    return f"{'1er' if jour.day == 1 else jour.day} {MOIS[jour.month - 1]} {jour.year}"


def montant_court(valeur: float) -> str:
    """Yearly amounts for the terminal: « 19,3 M€ » above a million, « 312 400 € » below."""
    if abs(valeur) >= 1e6:
        return f"{nombre(valeur / 1e6, 1)} M€"
    return euros(valeur, 0)


def _signe(valeur: float, texte: str, signe: bool) -> str:
    """Prefix with « + » (when asked) or the typographic minus; zero has no sign."""
    if texte.lstrip("-").strip("0,\u202f €kM%") == "":
        return texte.lstrip("-")
    if texte.startswith("-"):
        return MOINS + texte[1:]
    return f"+{texte}" if signe and valeur > 0 else texte


def _sans_zeros(texte: str) -> str:
    """« 1,50 » → « 1,5 », « 2,00 » → « 2 »."""
    return texte.rstrip("0").rstrip(",") if "," in texte else texte


def montant_abrege(valeur: float, signe: bool = False, decimales: int = 1) -> str:
    """Amounts on charts: « 1,5 M€ », « 2 M€ », « −200 k€ », « 12,5 k€ », « 850 € » (trailing zeros dropped);
    « + » before a positive amount if `signe`. Axis ticks use `decimales=2` (« 1,25 M€ »)."""
    absolu = abs(valeur)
    if absolu >= 999_950:
        texte = f"{_sans_zeros(nombre(valeur / 1e6, decimales))} M€"
    elif absolu >= 999.5:
        # About three significant digits: « 646,8 k€ » would be noise, « 647 k€ » reads at a glance.
        precision = 0 if absolu >= 99_950 and decimales <= 1 else decimales
        texte = f"{_sans_zeros(nombre(valeur / 1e3, precision))} k€"
    else:
        texte = euros(valeur, 0)
    return _signe(valeur, texte, signe)


def euros_signes(valeur: float, decimales: int = 0) -> str:
    """A change in euros, always signed: « +1 603 245 € », « −9 100 000 € », « 0 € »."""
    return _signe(valeur, euros(valeur, decimales), True)


def nombre_signe(valeur: float, decimales: int = 0) -> str:
    """A count or number with the typographic minus: « −2 990 »."""
    return _signe(valeur, nombre(valeur, decimales), False)


def couper(texte: str, largeur: int = 48) -> str:
    """Cut a label for a fixed-width terminal column, with « … » (charts and HTML wrap labels instead)."""
    return texte if len(texte) <= largeur else texte[: largeur - 1] + "…"
