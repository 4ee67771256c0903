"""click in French: its own strings (Usage, Options, --help, errors) and the names of its types.

click marks its strings for gettext (`_("Usage:")`) and reads `_` from each of its modules at call
time; `installer()` points those names at this catalogue, so every message click writes itself
is French. Placeholders keep click's names (`{name}`, `{value}`…); `str.format` ignores the ones a
French sentence does not use (the English type name in « not a valid integer », say).
"""

from __future__ import annotations

import click
import click.core
import click.decorators
import click.exceptions
import click.formatting
import click.parser
import click.termui
import click.types
import click.utils

TRADUCTIONS = {
    "%(prog)s, version %(version)s": "%(prog)s, version %(version)s",
    "Aborted!": "Abandon.",
    "Argument {name!r} takes {nargs} values.": "L'argument « {name} » prend {nargs} valeurs.",
    "Choose from:\n\t{choices}": "Choisissez parmi :\n\t{choices}",
    "Commands": "Commandes",
    "Confirm the action without prompting.": "Confirmer l'action sans la demander.",
    "Could not open file {filename!r}: {message}": "Impossible d'ouvrir le fichier « {filename} » : {message}",
    "Do you want to continue?": "Voulez-vous continuer ?",
    "Error: The two entered values do not match.": "Erreur : les deux valeurs saisies diffèrent.",
    "Error: invalid input": "Erreur : saisie invalide",
    "Error: {message}": "Erreur : {message}",
    "Invalid value for {param_hint}: {message}": "Valeur invalide pour {param_hint} : {message}",
    "Invalid value: {message}": "Valeur invalide : {message}",
    "Missing argument": "Argument manquant",
    "Missing command.": "Commande manquante.",
    "Missing option": "Option manquante",
    "Missing parameter": "Paramètre manquant",
    "Missing parameter: {param_name}": "Paramètre manquant : {param_name}",
    "Missing {param_type}": "{param_type} manquant",
    "No such command {name!r}.": "La commande « {name} » n'existe pas.",
    "No such option {name!r}.": "L'option « {name} » n'existe pas.",
    "Option {name!r} does not take a value.": "L'option « {name} » ne prend pas de valeur.",
    "Options": "Options",
    "Positional arguments": "Arguments",
    "Press any key to continue...": "Appuyez sur une touche pour continuer…",
    "Repeat for confirmation": "Répétez pour confirmer",
    "Show the version and exit.": "Afficher la version et quitter.",
    "Show this message and exit.": "Afficher cette aide et quitter.",
    "Try '{command} {option}' for help.": "Essayez « {command} {option} » pour l'aide.",
    "Usage:": "Utilisation :",
    "default: {default}": "par défaut : {default}",
    "deprecated": "obsolète",
    "directory": "dossier",
    "env var: {var}": "variable d'environnement : {var}",
    "file": "fichier",
    "path": "chemin",
    "required": "obligatoire",
    "unknown error": "erreur inconnue",
    "{name} {filename!r} does not exist.": "{name} « {filename} » n'existe pas.",
    "{name} {filename!r} is a directory.": "{name} « {filename} » est un dossier.",
    "{name} {filename!r} is a file.": "{name} « {filename} » est un fichier.",
    "{name} {filename!r} is not executable.": "{name} « {filename} » n'est pas exécutable.",
    "{name} {filename!r} is not readable.": "{name} « {filename} » n'est pas lisible.",
    "{name} {filename!r} is not writable.": "{name} « {filename} » n'est pas accessible en écriture.",
    "{value!r} is not a valid UUID.": "« {value} » n'est pas un identifiant UUID valide.",
    "{value!r} is not a valid boolean. Recognized values: {states}": "« {value} » n'est ni vrai ni faux ; valeurs reconnues : {states}",
    "{value!r} is not a valid {number_type}.": "« {value} » n'est pas un {number_type}.",
    "{value} is not in the range {range}.": "{value} n'est pas dans l'intervalle permis ({range}).",
}
PLURIELS = {
    "Did you mean {possibility}?": ("Vouliez-vous dire {possibility} ?", "(Vouliez-vous dire l'une de : {possibilities} ?)"),
    "Got unexpected extra argument ({args})": ("Argument en trop ({args})", "Arguments en trop ({args})"),
    "Option {name!r} requires an argument.": ("L'option « {name} » attend une valeur.", "L'option « {name} » attend {nargs} valeurs."),
    "Takes {nargs} values but 1 was given.": ("Attend {nargs} valeurs, 1 seule donnée.", "Attend {nargs} valeurs, {len} données."),
    "{len_type} values are required, but {len_value} was given.": (
        "{len_type} valeurs sont attendues, {len_value} donnée.", "{len_type} valeurs sont attendues, {len_value} données."
    ),
    "{value!r} does not match the format {format}.": (
        "« {value} » ne suit pas le format {format}.", "« {value} » ne suit aucun des formats {formats}."
    ),
    "{value!r} is not {choice}.": ("« {value} » n'est pas {choice}.", "« {value} » n'est pas l'une des valeurs {choices}."),
}
# Type names shown in help (metavars such as INTEGER) and in « Missing … » messages.
NOMS_DE_TYPES = {
    click.types.IntParamType: "nombre entier",
    click.types.IntRange: "nombre entier",
    click.types.FloatParamType: "nombre",
    click.types.FloatRange: "nombre",
    click.types.StringParamType: "texte",
    click.types.BoolParamType: "oui/non",
    click.types.Path: "chemin",
    click.types.File: "fichier",
    click.types.DateTime: "date",
}
MODULES = (
    click.core, click.decorators, click.exceptions, click.formatting, click.parser, click.termui, click.types, click.utils,
)


def traduire(message: str) -> str:
    return TRADUCTIONS.get(message, message)


def traduire_pluriel(singulier: str, pluriel: str, nombre: int) -> str:
    formes = PLURIELS.get(singulier)
    if formes is None:
        return singulier if nombre == 1 else pluriel
    return formes[0] if nombre == 1 else formes[1]


SOUS_COMMANDE = "COMMANDE [ARGUMENTS]..."


def _intervalle(self) -> str:
    """An IntRange / FloatRange in words: « de 1 à 16 », « au moins 1024 »."""
    bas = f"plus de {self.min}" if self.min_open else f"au moins {self.min}"
    haut = f"moins de {self.max}" if self.max_open else f"au plus {self.max}"
    if self.min is None:
        return haut
    if self.max is None:
        return bas
    if not (self.min_open or self.max_open):
        return f"de {self.min} à {self.max}"
    return f"{bas} et {haut}"


def _indice_d_erreur(self, ctx) -> str:
    """How an error names a parameter: « --processus » (click writes '--processus')."""
    return " / ".join(f"« {option} »" for option in self.opts)


def _metavar_francais(self, param, ctx=None) -> str | None:
    """INTEGER, FLOAT… in help become ENTIER, NOMBRE (one word, as click shows types)."""
    return {"nombre entier": "ENTIER"}.get(self.name, self.name.upper())


def _choix_invalide(self, value, ctx) -> str:
    choix = ", ".join(f"« {c} »" for c in self._normalized_mapping(ctx=ctx).values())
    return f"« {value} » n'est pas l'une des valeurs permises ({choix})."


def _possibilites(possibilites) -> str:
    noms = ", ".join(f"« {p} »" for p in sorted(possibilites))
    return f"Vouliez-vous dire {noms} ?" if len(possibilites) == 1 else f"(Vouliez-vous dire l'une de : {noms} ?)"


def installer() -> None:
    """Make click speak French in this process (idempotent)."""
    for module in MODULES:
        if hasattr(module, "_"):
            module._ = traduire
        if hasattr(module, "ngettext"):
            module.ngettext = traduire_pluriel
    for classe, nom in NOMS_DE_TYPES.items():
        classe.name = nom
    click.types._NumberRangeBase._describe_range = _intervalle
    for classe in (click.types.IntParamType, click.types.FloatParamType):
        classe.get_metavar = _metavar_francais
    click.core.Parameter.get_error_hint = _indice_d_erreur
    click.types.Choice.get_invalid_choice_message = _choix_invalide
    click.exceptions._format_possibilities = _possibilites
