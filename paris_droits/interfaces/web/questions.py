"""The questions of the web form, step by step: what each one asks, of whom, and which input variable of
the rules it fills. No rule here: the form only writes a fiche ménage (paris_droits.menage.fiche), every
fact under its variable's name, and the rules decide.

Steps 1 and 2 (the household, its members) are always asked; the questions of the next steps are shown
only when they can still change a verdict (paris_droits.interfaces.web.parcours) and when they concern a
member (no pension question for a young family, no AEEH question without children).
"""

from __future__ import annotations

from dataclasses import dataclass

# Particular situations come right after the members: they settle whole families of aids (students,
# carers, disability, job seekers), so the later steps ask fewer questions.
ETAPES = (
    ("menage", "Le ménage"),
    ("personnes", "Les personnes"),
    ("situations", "Situations particulières"),
    ("logement", "Le logement"),
    ("ressources", "Les ressources"),
    ("prestations", "Les prestations perçues"),
)
NOMS_ETAPES = tuple(nom for nom, _ in ETAPES)
LOCATAIRES = ("locataire_hlm", "locataire_vide", "locataire_meuble", "locataire_foyer")
PROPRIETAIRES = ("proprietaire", "primo_accedant")
LOGES = (*LOCATAIRES, *PROPRIETAIRES)


@dataclass(frozen=True)
class Question:
    """One question: `variable` is the input variable (and the fiche key) it fills.

    genre: « montant » (€ per month), « montant_annuel » (€ per year), « oui_non », « choix » (the
    variable's own values), « entier » (between `minimum` and `maximum`), « nombre » (a decimal).
    `personnes`: None for a household question, else « adultes », « enfants » or « tous », within
    [age_min, age_max]. `si`: (household variable, values) the question depends on.
    `vide`: what an empty amount means: « zero » or « inconnu »."""

    variable: str
    libelle: str
    genre: str
    etape: str
    personnes: str | None = None
    age_min: int | None = None
    age_max: int | None = None
    aide: str = ""
    si: tuple[str, tuple[str, ...]] | None = None
    vide: str = "zero"
    minimum: float = 0
    maximum: float | None = None


def _m(variable, libelle, genre, etape, **options) -> Question:
    return Question(variable, libelle, genre, etape, **options)


def _p(variable, libelle, genre, etape, personnes="adultes", **options) -> Question:
    return Question(variable, libelle, genre, etape, personnes=personnes, **options)


QUESTIONS: tuple[Question, ...] = (
    # Step 2: with each child
    _p("repas_cantine_par_mois", "Repas pris à la cantine scolaire dans le mois", "entier", "personnes", "enfants",
       age_min=2, age_max=18, maximum=31, aide="Nombre de déjeuners à la cantine d'une école ou d'un collège public parisien."),
    # Step 3: housing
    _m("statut_occupation_logement", "Statut d'occupation du logement", "choix", "menage"),
    _m("loyer", "Loyer mensuel, hors charges", "montant", "logement", si=("statut_occupation_logement", LOCATAIRES)),
    _m("charges_locatives", "Charges locatives mensuelles", "montant", "logement", si=("statut_occupation_logement", LOCATAIRES)),
    _m("mensualites_pret_logement", "Mensualité du prêt immobilier de la résidence principale", "montant", "logement",
       si=("statut_occupation_logement", ("primo_accedant",))),
    _m("charges_copropriete", "Charges de copropriété mensuelles (hors gros travaux)", "montant", "logement",
       si=("statut_occupation_logement", PROPRIETAIRES)),
    _m("aide_logement", "Aide au logement perçue (AL ou APL)", "montant", "logement",
       si=("statut_occupation_logement", (*LOCATAIRES, "primo_accedant"))),
    _m("aide_logement_demandee", "Le ménage a-t-il demandé l'aide au logement (AL ou APL) à la CAF ?", "oui_non", "logement",
       si=("statut_occupation_logement", (*LOCATAIRES, "primo_accedant"))),
    _m("titulaire_bail", "Le demandeur ou son conjoint est-il titulaire du bail ?", "oui_non", "logement",
       si=("statut_occupation_logement", LOCATAIRES)),
    _m("colocation", "Le logement est-il partagé en colocation ?", "oui_non", "logement", si=("statut_occupation_logement", LOCATAIRES)),
    _m("duree_bail", "Durée du bail, en mois", "entier", "logement", si=("statut_occupation_logement", LOCATAIRES), maximum=1188, vide="inconnu"),
    _m("aide_installation_logement_etudiant_bail_signe_periode",
       "Le bail a-t-il été signé pendant la période de la campagne AILE de l'année universitaire ?", "oui_non", "logement",
       si=("statut_occupation_logement", LOCATAIRES)),
    _m("impayes_logement", "Y a-t-il un impayé de loyer, de charges ou de prêt ?", "oui_non", "logement",
       si=("statut_occupation_logement", LOGES)),
    _m("logement_decent", "Le logement répond-il aux normes de décence et d'occupation ?", "oui_non", "logement",
       si=("statut_occupation_logement", LOGES)),
    _m("occupant_en_titre", "Le demandeur (ou le parent âgé hébergé) est-il occupant en titre du logement ?", "oui_non", "logement",
       si=("statut_occupation_logement", LOGES)),
    _m("anciennete_occupation_logement", "Années d'occupation du logement actuel", "entier", "logement",
       si=("statut_occupation_logement", LOGES), maximum=120, vide="inconnu"),
    _m("aide_amelioration_habitat_travaux", "Projet de travaux d'amélioration de l'habitat", "choix", "logement",
       si=("statut_occupation_logement", LOGES)),
    _m("aide_amelioration_habitat_adaptation_handicap", "Les travaux adaptent-ils le logement à un handicap ?", "oui_non", "logement",
       si=("statut_occupation_logement", LOGES)),
    _m("aide_amelioration_habitat_recue_2_ans", "Une aide du CASVP à l'amélioration de l'habitat a-t-elle été reçue il y a moins de deux ans ?",
       "oui_non", "logement", si=("statut_occupation_logement", LOGES)),
    _m("factures_energie_a_charge", "Le ménage paie-t-il ses factures d'électricité ou de gaz ?", "oui_non", "logement",
       aide="Ou participe aux frais d'énergie s'il est hébergé gratuitement."),
    _m("aide_energie_preventive_recente", "Une autre aide préventive à l'énergie de la Ville ou du Département a-t-elle été reçue "
       "dans les 12 derniers mois ?", "oui_non", "logement"),
    _m("duree_sans_domicile_paris_mois", "Depuis combien de mois la personne est-elle sans domicile fixe à Paris ?", "entier", "logement",
       si=("statut_occupation_logement", ("sans_domicile",)), maximum=1440, vide="inconnu"),
    _m("hebergement_etablissement_medicalise", "Le demandeur vit-il dans un établissement médicalisé (EHPAD, foyer médicalisé) ?",
       "oui_non", "logement"),
    _m("hebergement_etablissement_aide_sociale", "Ses frais d'hébergement en établissement sont-ils payés par l'aide sociale légale ?",
       "oui_non", "logement"),
    _m("mutation_professionnelle_imposee", "Le ménage est-il arrivé à Paris après une mutation professionnelle imposée ?", "oui_non",
       "logement"),
    # Step 4: resources, per person (monthly), and the last tax notice
    _p("salaire_net", "Salaire net (net imposable)", "montant", "ressources", "tous", age_min=14),
    _p("chomage_net", "Allocations chômage", "montant", "ressources", "tous", age_min=16),
    _p("retraite_nette", "Retraites", "montant", "ressources", age_min=55),
    _p("pensions_invalidite", "Pension d'invalidité", "montant", "ressources"),
    _p("pensions_alimentaires_percues", "Pension alimentaire reçue", "montant", "ressources"),
    _p("autres_revenus", "Autres revenus imposables", "montant", "ressources", "tous", age_min=16,
       aide="Revenus fonciers, de capitaux, d'activité non salariée…"),
    _p("revenus_activite_perdus", "Revenus professionnels perdus pour accompagner un proche", "montant", "ressources"),
    _p("indemnites_accompagnement_percues", "Indemnités reçues pour cet accompagnement (AJAP, AJPP…)", "montant", "ressources"),
    _m("revenu_fiscal_reference", "Revenu fiscal de référence du dernier avis d'imposition", "montant_annuel", "ressources",
       vide="inconnu"),
    _m("nombre_parts_fiscales", "Nombre de parts fiscales du dernier avis", "nombre", "ressources", vide="inconnu", maximum=50),
    _m("impot_revenu", "Impôt sur le revenu du dernier avis", "montant_annuel", "ressources", vide="inconnu",
       aide="L'impôt soumis au barème ; 0 si le ménage n'est pas imposable."),
    # Step 5: benefits received
    _m("allocataire_caf", "Le ménage a-t-il un dossier d'allocataire à la CAF ?", "oui_non", "prestations"),
    _m("quotient_familial_caf", "Quotient familial de l'attestation CAF", "montant", "prestations", vide="inconnu",
       aide="Le montant figurant sur l'attestation de quotient familial de la CAF."),
    _m("prestations_familiales", "Prestations familiales CAF", "montant", "prestations",
       aide="Allocations familiales, complément familial, ASF, AEEH, PAJE…"),
    _m("rsa", "RSA", "montant", "prestations"),
    _p("aah", "AAH (allocation aux adultes handicapés)", "montant", "prestations"),
    _p("aspa", "ASPA (minimum vieillesse)", "montant", "prestations", age_min=60),
    _p("beneficiaire_aeeh", "L'enfant ouvre-t-il droit à l'AEEH (enfant handicapé) ?", "oui_non", "prestations", "enfants"),
    _p("beneficiaire_apa", "Perçoit l'APA (allocation personnalisée d'autonomie) ?", "oui_non", "prestations", age_min=60),
    _m("restauration_scolaire_qf_depose", "Le dossier de quotient familial de l'année a-t-il été déposé à la caisse des écoles ?",
       "oui_non", "prestations"),
    _m("cotise_complementaire_sante", "Le demandeur ou son conjoint paie-t-il une mutuelle (complémentaire santé) ?", "oui_non",
       "prestations"),
    _m("complementaire_sante_solidaire", "Complémentaire santé solidaire", "choix", "prestations"),
    _m("participation_css_annuelle", "Participation annuelle due à la Complémentaire santé solidaire", "montant_annuel", "prestations"),
    _m("pass_paris_seniors_renouvellement", "Renouvellement d'un Pass Paris Seniors dans les 3 mois de son expiration ?", "oui_non",
       "prestations"),
    _m("pass_paris_access_renouvellement", "Renouvellement d'un Pass Paris Access' dans les 3 mois de son expiration ?", "oui_non",
       "prestations"),
    _m("allocation_accompagnement_deja_attribuee", "Une allocation d'accompagnement a-t-elle déjà été attribuée au ménage ?", "oui_non",
       "prestations"),
    _m("allocation_accompagnement_mois_percus", "Mois d'allocation d'accompagnement déjà perçus", "entier", "prestations", maximum=1440),
    _m("allocation_accompagnement_mois_depuis_fin_attribution", "Mois écoulés depuis la fin de la dernière allocation d'accompagnement",
       "entier", "prestations", maximum=1440),
    _m("allocation_exceptionnelle_percue_12_mois", "Allocation exceptionnelle déjà reçue sur 12 mois (total)", "montant_annuel",
       "prestations"),
    _m("aide_sans_domicile_fixe_percue_12_mois", "Aide aux personnes sans domicile fixe déjà reçue sur 12 mois (total)",
       "montant_annuel", "prestations"),
    _p("fonds_aide_jeunes_parisiens_percu_3_ans", "Aides du Fonds d'aide aux jeunes Parisiens reçues sur 3 ans (total)",
       "montant_annuel", "prestations", "tous", age_min=16, age_max=25),
    _p("paris_jeunes_vacances_deja_percue_annee", "A déjà reçu Paris Jeunes Vacances cette année ?", "oui_non", "prestations", "tous",
       age_min=16, age_max=30),
    # Step 6: particular situations
    _p("handicap", "Handicap reconnu (AAH, PCH, carte d'invalidité, pension d'invalidité 2e ou 3e catégorie…)", "oui_non", "situations"),
    _p("carte_mention_tierce_personne", "Carte ou pension portant la mention « tierce personne » ou « besoin d'accompagnement »",
       "oui_non", "situations"),
    _p("certificat_medical_perte_autonomie", "Certificat médical de perte d'autonomie de moins de 3 mois", "oui_non", "situations"),
    _p("inaptitude_travail", "Retraite attribuée au titre de l'inaptitude au travail", "oui_non", "situations", age_min=60),
    _p("pension_invalidite_categorie_1", "Pension d'invalidité de 1re catégorie", "oui_non", "situations"),
    _p("pension_invalidite_categorie_3", "Pension d'invalidité de 3e catégorie", "oui_non", "situations"),
    _p("rente_accident_travail", "Rente d'accident du travail", "oui_non", "situations"),
    _p("duree_arret_maladie_indemnise_mois", "Mois d'arrêt maladie indemnisé en cours (0 si aucun)", "entier", "situations", maximum=1440),
    _p("sous_tutelle", "Placé sous tutelle", "oui_non", "situations"),
    _p("aide_sociale_legale_restauration", "Aide sociale légale du Département pour la restauration", "oui_non", "situations", age_min=60),
    _p("etudiant", "Fait des études", "oui_non", "situations", "tous", age_min=16),
    _p("boursier_enseignement_superieur", "Boursier de l'enseignement supérieur (CROUS)", "oui_non", "situations", "tous", age_min=16),
    _p("aide_specifique_crous_ou_repas_un_euro", "Aide spécifique du CROUS (ASAA, ASAP) ou repas à 1 €", "oui_non", "situations", "tous",
       age_min=16),
    _p("inscrit_academie_paris_creteil_versailles", "Inscrit dans les académies de Paris, Créteil ou Versailles", "oui_non", "situations",
       "tous", age_min=16),
    _p("demandeur_emploi_inscrit", "Inscrit comme demandeur d'emploi (France Travail)", "oui_non", "situations", "tous", age_min=16),
    _p("demandeur_emploi_non_indemnise", "Demandeur d'emploi sans allocation chômage", "oui_non", "situations", "tous", age_min=16),
    _p("suivi_mission_locale_ou_travailleur_social", "Accompagné par la Mission locale ou un travailleur social", "oui_non", "situations",
       "tous", age_min=16, age_max=25),
    _p("fonds_aide_jeunes_parisiens_nature_aide", "Aide demandée au Fonds d'aide aux jeunes Parisiens", "choix", "situations", "tous",
       age_min=16, age_max=25),
    _p("projet_vacances_autonome", "Projet de vacances en autonomie (2 nuits au moins, sans encadrement)", "oui_non", "situations", "tous",
       age_min=16, age_max=30),
    _p("cessation_activite_accompagnement", "A cessé de travailler pour accompagner un proche en fin de vie ou un enfant gravement malade",
       "oui_non", "situations"),
    _p("gravement_malade_ou_hospitalise", "Gravement malade, hospitalisé ou en soins palliatifs", "oui_non", "situations", "tous"),
    _p("parent_heberge", "Parent âgé hébergé par le demandeur (ascendant ou parent jusqu'au 4e degré)", "oui_non", "situations",
       age_min=60),
    _m("proche_en_soins_palliatifs", "Un proche du demandeur est-il en soins palliatifs ?", "oui_non", "situations"),
    _m("difficultes_financieres_temporaires", "Le ménage a-t-il des difficultés financières temporaires pour des dépenses essentielles ?",
       "oui_non", "situations"),
    _m("sinistre_logement", "Le ménage a-t-il subi un sinistre (incendie, dégât des eaux…) ?", "oui_non", "situations"),
    _m("port_repas_domicile_urgence", "Le port de repas à domicile est-il demandé en urgence (enquête sociale) ?", "oui_non", "situations"),
)
PAR_VARIABLE = {q.variable: q for q in QUESTIONS}


def questions_de(etape: str) -> tuple[Question, ...]:
    return tuple(q for q in QUESTIONS if q.etape == etape)


def concerne(question: Question, role: str, age: int | None) -> bool:
    """Whether a person question concerns a member (`role`: « adultes » or « enfants »)."""
    if question.personnes not in ("tous", role):
        return False
    if age is None:
        return True
    return (question.age_min is None or age >= question.age_min) and (question.age_max is None or age <= question.age_max)


def applicable(question: Question, fiche: dict) -> bool:
    """Whether a household question applies to this household (its `si` condition, when answered)."""
    if question.si is None:
        return True
    variable, valeurs = question.si
    valeur = fiche.get(variable)
    return valeur is None or valeur in valeurs
