"""What the pages show, put together for the templates (paris_droits/rapports/gabarits/bilan_*.html).

Values are given to the templates as plain strings and lists; the templates escape them (autoescape on).
"""

from __future__ import annotations

import datetime
import json

import yaml

from paris_droits.commun.format import mois_en_lettres
from paris_droits.commun.periodes import mois_precedent, periode_courante
from paris_droits.interfaces.web.parcours import Plan, etape_utile, membres, questions_affichees
from paris_droits.interfaces.web.questions import ETAPES, NOMS_ETAPES, Question
from paris_droits.interfaces.web.saisie import NSP
from paris_droits.menage.evaluation import A_VERIFIER, ELIGIBLE, Evaluation
from paris_droits.menage.fiche import AIDES_PERCUES, NE_SAIT_PAS
from paris_droits.rapports.droits import PERIODICITES, contexte_fiche, montant_affiche
from paris_droits.rapports.pages import rendre
from paris_droits.regles.couverture import DERNIER_MOIS, PREMIER_MOIS
from paris_droits.regles.systeme import systeme

UNITES = {"montant": "€ par mois", "montant_annuel": "€ par an"}
MOIS_PROPOSES = 24


def _json(valeur) -> str:
    return json.dumps(valeur, ensure_ascii=False, separators=(",", ":"), default=str)  # dates of a YAML fiche: ISO text


def mois_par_defaut() -> str:
    """The current month, or the last month the rules cover when the current one is beyond them."""
    return min(periode_courante(), DERNIER_MOIS.strftime("%Y-%m"))


def choix_des_mois(actuel: str | None) -> list[tuple[str, str]]:
    """The months offered: the last two years the rules cover, and the fiche's own month."""
    mois, liste = mois_par_defaut(), []
    while len(liste) < MOIS_PROPOSES and mois >= PREMIER_MOIS.strftime("%Y-%m"):
        liste.append(mois)
        mois = mois_precedent(mois)
    if actuel and actuel not in liste:
        liste.append(actuel)
    return [(m, mois_en_lettres(m)) for m in sorted(liste, reverse=True)]


def _valeur(question: Question, cible: dict, champ: str, saisie) -> dict:
    """A question's field as the template draws it: current value, « je ne sais pas », choices."""
    inconnue = question.variable in (cible.get(NE_SAIT_PAS) or [])
    valeur = cible.get(question.variable)
    vue = {"champ": champ, "libelle": question.libelle, "genre": question.genre, "aide": question.aide,
           "unite": UNITES.get(question.genre, ""), "nsp": inconnue, "choix": []}
    if question.genre == "oui_non":
        defaut = systeme().variables[question.variable].default_value if question.personnes else None
        reponse = NSP if inconnue else valeur if valeur is not None else defaut
        vue["valeur"] = {True: "oui", False: "non", NSP: NSP}.get(reponse, "")
    elif question.genre == "choix":
        vue["choix"] = [(v.name, v.value) for v in systeme().variables[question.variable].possible_values]
        vue["valeur"] = NSP if inconnue else (valeur or "")
    else:
        vue["valeur"] = "" if valeur is None or inconnue else (f"{valeur:g}" if isinstance(valeur, float) else str(valeur))
    if saisie is not None:
        vue["valeur"] = saisie.get(champ, vue["valeur"] if question.genre != "oui_non" else "")
        vue["nsp"] = bool(saisie.get(f"{champ}-{NSP}"))
    return vue


def _blocs(etape: str, fiche: dict, plan: Plan, saisie) -> list[dict]:
    """The step's questions grouped: the household first, then each member."""
    blocs: dict[str, dict] = {}
    for membre, question in questions_affichees(etape, fiche, plan):
        cle = membre.prefixe if membre else "m"
        if cle not in blocs:
            titre = "Le ménage" if membre is None else membre.nom + (f" ({membre.age} ans)" if membre.age is not None else "")
            blocs[cle] = {"prefixe": cle, "titre": titre, "questions": []}
        cible = membre.personne if membre else fiche
        blocs[cle]["questions"].append(_valeur(question, cible, f"{cle}-{question.variable}", saisie))
    return list(blocs.values())


def _personnes(fiche: dict, saisie) -> list[dict]:
    vues = []
    for membre in membres(fiche):
        p, personne = membre.prefixe, membre.personne
        vue = {"prefixe": p, "nom": membre.nom, "role": membre.role, "rang": membre.rang,
               "prenom": personne.get("prenom", ""), "age": personne.get("age", ""), "date_naissance": personne.get("date_naissance", ""),
               "lien": personne.get("lien", "conjoint" if membre.rang == 1 else "autre")}
        if saisie is not None:
            vue.update({k: saisie.get(f"{p}-{k}", "") for k in ("prenom", "age", "date_naissance", "lien")})
        vues.append(vue)
    return vues


def page_etape(etape: str, fiche: dict, plan: Plan, jeton: str, erreurs=None, saisie=None) -> str:
    fiche.setdefault("periode", mois_par_defaut())
    blocs = _blocs(etape, fiche, plan, saisie)
    affichees = [q["champ"] for b in blocs for q in b["questions"]]
    percues = []
    if etape == "prestations" and plan.aides:
        from paris_droits.catalogue.registre import aide as aide_du_registre

        percues = [(s, aide_du_registre(s).libelle, s in (fiche.get(AIDES_PERCUES) or [])) for s in plan.aides]
        affichees.append("percues")
    numero = NOMS_ETAPES.index(etape)
    etapes = [{"nom": nom, "titre": titre, "courante": nom == etape, "utile": etape_utile(nom, fiche, plan)} for nom, titre in ETAPES]
    depcom = fiche.get("depcom") if "arrondissement" not in fiche else None
    return rendre(
        "bilan_etape.html", etape=etape, titre_etape=ETAPES[numero][1], numero=numero + 1, total=len(ETAPES), etapes=etapes,
        fiche_json=_json(fiche), jeton=jeton, erreurs=dict(erreurs or {}), blocs=blocs, affichees=" ".join(affichees),
        personnes=_personnes(fiche, saisie) if etape == "personnes" else [], percues=percues,
        percues_affichees=" ".join(s for s, _, _ in percues), mois=choix_des_mois(fiche.get("periode")),
        saisie=saisie or {}, fiche=fiche, depcom=depcom, nsp=NSP,
        inconnues_menage=fiche.get(NE_SAIT_PAS) or [], titre_page=f"Bilan de droits — étape {numero + 1} : {ETAPES[numero][1]}",
    )


def _aide(a) -> dict:
    montant = a.montant_sous_reserve if a.statut == A_VERIFIER and a.montant_sous_reserve is not None else a.montant
    return {"a": a, "montant_texte": montant_affiche(a), "periodicite": PERIODICITES[a.periodicite], "data_montant": f"{montant or 0:.2f}"}


def page_resultats(evaluation: Evaluation, fiche: dict, document: dict | None, non_repris: list[str], jeton: str) -> str:
    fiche = {**fiche, "periode": evaluation.periode}
    aides = [_aide(a) for a in evaluation.aides]
    return rendre(
        "bilan_resultats.html", e=evaluation, mois=mois_en_lettres(evaluation.periode), jeton=jeton,
        eligibles=[x for x in aides if x["a"].statut == ELIGIBLE], a_verifier=[x for x in aides if x["a"].statut == A_VERIFIER],
        non_eligibles=[x for x in aides if x["a"].statut not in (ELIGIBLE, A_VERIFIER)],
        fiche_json=_json(fiche), document_json=_json(document) if document else "", non_repris=non_repris,
        non_repris_json=_json(non_repris), mois_choix=choix_des_mois(evaluation.periode),
        percues_affichees=" ".join(a.slug for a in evaluation.aides), totaux=evaluation.totaux,
        titre_page=f"{evaluation.titre} — {mois_en_lettres(evaluation.periode)}",
        **{f"fiche_{k}": v for k, v in contexte_fiche(evaluation).items()},
    )


def page_erreur(statut: int, message: str, fiche: dict | None, jeton: str | None) -> str:
    return rendre("bilan_erreur.html", statut=statut, message=message, fiche_json=_json(fiche) if fiche else "", jeton=jeton,
                  titre_page="Erreur — bilan de droits")


def fiche_yaml(fiche: dict, non_repris_json: str | None) -> str:
    """The household as a fiche ménage YAML that `paris-droits evaluer` reads, with a header saying what it is."""
    try:
        non_repris = [str(x) for x in json.loads(non_repris_json or "[]")][:50]
    except (ValueError, TypeError):
        non_repris = []
    entete = [f"# Fiche ménage enregistrée depuis le bilan de droits paris-droits le {datetime.date.today().isoformat()}.",
              "# Lisible par « paris-droits evaluer FICHIER » ; format : docs/travailleurs-sociaux.md."]
    entete += ["# Non repris de la situation importée : " + x for x in non_repris]
    return "\n".join(entete) + "\n" + yaml.safe_dump(fiche, allow_unicode=True, sort_keys=False)
