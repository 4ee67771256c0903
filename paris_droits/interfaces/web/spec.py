"""The OpenAPI description of the routes paris-droits adds to OpenFisca's: `POST /evaluer`.

OpenFisca's loader describes its standard routes; this adds ours, so that `/spec` describes the
whole API and clients (and the schemathesis tests) can be generated from it. The response's full
JSON Schema is paris_droits/menage/evaluer.schema.json (JSON Schema 2020-12, which OpenAPI 3.0
cannot embed as is): `/spec` points at it.
"""

from __future__ import annotations

import copy

MOIS = {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$", "example": "2026-11"}
MONTANTS = {"type": "object", "additionalProperties": {"type": "number", "minimum": 0}}
PERSONNE = {
    "type": "object",
    "properties": {
        "prenom": {"type": "string"},
        "age": {"type": "integer", "minimum": 0, "maximum": 120},
        "date_naissance": {"type": "string", "format": "date"},
        "lien": {"type": "string", "enum": ["conjoint", "autre"]},
        "revenus": MONTANTS,
        "prestations": MONTANTS,
    },
    "additionalProperties": True,
}
FICHE = {
    "type": "object",
    "description": "Fiche ménage : description courte d'un ménage (voir docs/travailleurs-sociaux.md).",
    "required": ["adultes"],
    "properties": {
        "periode": MOIS,
        "arrondissement": {"type": "integer", "minimum": 1, "maximum": 20},
        "annees_residence_paris": {"type": "integer", "minimum": 0, "maximum": 120},
        "adultes": {"type": "array", "minItems": 1, "items": PERSONNE},
        "enfants": {"type": "array", "items": PERSONNE},
        "logement": {"type": "object", "additionalProperties": True},
        "caf": {"type": "object", "additionalProperties": True},
        "impots": {"type": "object", "additionalProperties": True},
    },
    "additionalProperties": True,
}
ERREUR = {
    "type": "object",
    "required": ["erreur"],
    "properties": {"erreur": {"type": "string", "description": "Une phrase en français nommant le champ."}, "champ": {"type": "string"}},
}
EVALUER = {
    "post": {
        "summary": "Droits d'un ménage : chaque aide, son montant, pourquoi, les pièces à fournir",
        "tags": ["Calculations"],
        "operationId": "evaluer",
        "parameters": [{"name": "periode", "in": "query", "required": False, "schema": MOIS,
                        "description": "Mois calculé ; par défaut le mois des données (ou de la fiche)."}],
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"anyOf": [{"$ref": "#/components/schemas/SituationInput"},
                                                                  {"$ref": "#/components/schemas/FicheMenage"}]}}},
        },
        "responses": {
            "200": {"description": "Le résultat, au format de paris_droits/menage/evaluer.schema.json (version 1).",
                    "content": {"application/json": {"schema": {"type": "object"}}}},
            "400": {"description": "Entrée invalide : une phrase en français.", "content": {"application/json": {"schema": ERREUR}}},
            "413": {"description": "Requête trop volumineuse.", "content": {"application/json": {"schema": ERREUR}}},
        },
    }
}


def completer(spec: dict) -> dict:
    """OpenFisca's OpenAPI description with POST /evaluer and its schemas added."""
    spec = copy.deepcopy(spec)
    spec.setdefault("components", {}).setdefault("schemas", {})["FicheMenage"] = FICHE
    spec["components"]["schemas"]["Erreur"] = ERREUR
    spec.setdefault("paths", {})["/evaluer"] = EVALUER
    spec.setdefault("info", {})["title"] = "API paris-droits"
    return spec
