"""Reading a document a user gives (a situation, a fiche ménage, a request body): its encoding,
its syntax (JSON or YAML) and its shape bounds, with one French sentence when it cannot be read.

- Encodings: UTF-8 (with or without BOM), UTF-16 and UTF-32 with BOM; otherwise Windows-1252,
  the encoding of text files saved by Windows tools. Text that none of them decodes is refused
  with the expected encoding named.
- At most `PROFONDEUR_MAX` levels of nesting and `ELEMENTS_MAX` values in all: a 100 000-deep
  list is refused in French instead of exhausting Python's stack. YAML aliases (`*ancre`), which
  let a few lines expand to billions of values, are refused.
- `NaN` and `Infinity`, which JSON parsers accept, are not numbers here.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import yaml

from paris_droits.commun.erreurs import ErreurEntree

ALIAS_REFUSE = "alias YAML refusé"
PROFONDEUR_MAX = 20
ELEMENTS_MAX = 100_000
TAILLE_MAX_OCTETS = 5 * 1024 * 1024
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# libyaml's safe loader when PyYAML was built with it (the wheels are): about ten times faster than the
# pure-Python one, which matters for the files every process reads at start (the registry).
_CHARGEUR_DU_PAQUET = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def lire_yaml_du_paquet(chemin: Path) -> object:
    """A YAML file shipped with the package (the registry, the parameters), read with the safe loader.
    A user's document goes through analyser_texte and its bounds instead."""
    return yaml.load(Path(chemin).read_text(encoding="utf-8"), Loader=_CHARGEUR_DU_PAQUET)  # noqa: S506 - a safe loader


class ErreurSyntaxe(ErreurEntree):
    """The text is not valid JSON or YAML."""


class _ChargeurSansAlias(yaml.SafeLoader):
    """Safe YAML without aliases (no expansion bombs)."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.events.AliasEvent):
            evenement = self.peek_event()
            raise yaml.constructor.ConstructorError(None, None, ALIAS_REFUSE, evenement.start_mark)
        return super().compose_node(parent, index)


def decoder(octets: bytes, designation: str, fichier: str | None = None) -> str:
    """Bytes → text: a BOM decides; else UTF-8; else Windows-1252; else a French error."""
    for bom, encodage in BOMS:
        if octets.startswith(bom):
            try:
                return octets.decode(encodage)
            except UnicodeDecodeError:
                break
    else:
        if b"\x00" not in octets:
            try:
                return octets.decode("utf-8")
            except UnicodeDecodeError:
                pass
            try:
                return octets.decode("cp1252")
            except UnicodeDecodeError:
                pass
    raise ErreurEntree(
        f"{designation} n'est pas un texte lisible : enregistrez-le en UTF-8 (ou en UTF-16 avec BOM).", fichier=fichier
    )


def _refuser_constante(constante: str):
    raise ValueError(constante)


def _verifier_forme(contenu, designation: str, fichier: str | None) -> None:
    """Depth and size of a parsed document, iteratively (no recursion to exhaust)."""
    pile = [(contenu, 1)]
    elements = 0
    while pile:
        valeur, profondeur = pile.pop()
        elements += 1
        if elements > ELEMENTS_MAX:
            raise ErreurEntree(f"{designation} contient plus de {ELEMENTS_MAX:_} valeurs.".replace("_", "\u202f"), fichier=fichier)
        if isinstance(valeur, (dict, list)):
            if profondeur > PROFONDEUR_MAX:
                raise ErreurEntree(_trop_profond(designation), fichier=fichier)
            enfants = valeur.values() if isinstance(valeur, dict) else valeur
            pile.extend((enfant, profondeur + 1) for enfant in enfants)


def _trop_profond(designation: str) -> str:
    return f"{designation} est imbriqué sur plus de {PROFONDEUR_MAX} niveaux, la limite admise."


def analyser_texte(texte: str, designation: str, format_: str, fichier: str | None = None) -> object:
    """Parse JSON or YAML text with the bounds above; a French error names the line when it can."""
    try:
        if format_ == "json":
            contenu = json.loads(texte, parse_constant=_refuser_constante)
        else:
            contenu = yaml.load(texte, Loader=_ChargeurSansAlias)  # noqa: S506 - a SafeLoader subclass
    except RecursionError:
        raise ErreurEntree(_trop_profond(designation), fichier=fichier) from None
    except ValueError as erreur:
        ligne = getattr(erreur, "lineno", None)
        if isinstance(erreur, json.JSONDecodeError) or ligne is not None:
            raise ErreurSyntaxe(
                f"{designation} n'est pas un JSON valide" + (f" (ligne {ligne})." if ligne else "."), fichier=fichier, ligne=ligne
            ) from None
        raise ErreurEntree(f"{designation} contient « {erreur} », qui n'est pas un nombre accepté.", fichier=fichier) from None
    except yaml.YAMLError as erreur:
        marque = getattr(erreur, "problem_mark", None)
        ligne = marque.line + 1 if marque is not None else None
        if getattr(erreur, "problem", None) == ALIAS_REFUSE:
            raise ErreurSyntaxe(
                f"{designation} utilise un alias YAML (*…) ligne {ligne} : écrivez chaque valeur en toutes lettres.",
                fichier=fichier, ligne=ligne,
            ) from None
        raise ErreurSyntaxe(
            f"{designation} n'est pas un YAML valide" + (f" (ligne {ligne})." if ligne else "."), fichier=fichier, ligne=ligne
        ) from None
    _verifier_forme(contenu, designation, fichier)
    return contenu


def lire_document(octets: bytes, designation: str, format_: str, fichier: str | None = None) -> object:
    """Bytes of a JSON or YAML document → Python data, or one French sentence starting with `designation`
    (« Le fichier « x.json » », « Le corps de la requête »)."""
    if len(octets) > TAILLE_MAX_OCTETS:
        raise ErreurEntree(f"{designation} dépasse {TAILLE_MAX_OCTETS // (1024 * 1024)} Mo, la taille admise.", fichier=fichier)
    return analyser_texte(decoder(octets, designation, fichier), designation, format_, fichier)
