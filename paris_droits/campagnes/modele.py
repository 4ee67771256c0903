"""The campaigns' tables (SQLAlchemy Core): what the store holds, and nothing else.

- `campagnes`: one row per campaign (name, month, outcome window, control share, seed, the
  sample it was drawn from and its filters).
- `cibles`: one row per household and aid of a campaign: the arm (`contacte` or `temoin`), the
  stratum of the draw, the expected monthly and yearly amounts. Households are known by the
  sample's pseudonymous `id_menage` only: no name, address, age or income is ever stored.
- `issues`: the outcomes recorded for a household and an aid (one row per date and outcome),
  with the non-take-up reason when the household gave one.
- `suivis`: whether a later sample sees the household receiving the aid (`percoit_<aide>`).

Changing these tables means a new migration in `migrations/versions/` (see docs/campagnes.md).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    Numeric,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
)

GROUPES = ("contacte", "temoin")
ISSUES = ("non_joint", "information_donnee", "refus", "demande_deposee", "droit_ouvert", "demande_rejetee")
# Outcomes that administrative data can give for a household that was never contacted.
ISSUES_ADMINISTRATIVES = ("droit_ouvert", "demande_rejetee")
# Odenore typology of non-take-up (why the household had not claimed).
MOTIFS = ("non_connaissance", "non_demande", "non_reception", "non_proposition")
LONGUEUR_NOM = 100
LONGUEUR_ID_MENAGE = 64
LONGUEUR_CODE = 64

METADONNEES = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _dans(colonne: str, valeurs) -> str:
    return f"{colonne} IN ({', '.join(repr(v) for v in valeurs)})"


campagnes = Table(
    "campagnes",
    METADONNEES,
    Column("id", Integer, primary_key=True),
    Column("nom", String(LONGUEUR_NOM), nullable=False, unique=True),
    Column("cree_le", DateTime(timezone=True), nullable=False),
    Column("periode", String(7), nullable=False),  # AAAA-MM, the month of the outreach list
    Column("debut", Date, nullable=False),  # outcome dates are accepted from debut to fin
    Column("fin", Date, nullable=False),
    Column("part_temoin", Float, nullable=False),
    Column("graine", BigInteger, nullable=False),
    Column("echantillon", Text, nullable=False),  # description of the sample (its folder)
    Column("filtres", Text, nullable=False),  # JSON: aides, arrondissements, qpv
    CheckConstraint("part_temoin > 0 AND part_temoin < 1", name="part_temoin"),
)

cibles = Table(
    "cibles",
    METADONNEES,
    Column("id", Integer, primary_key=True),
    Column("campagne_id", Integer, ForeignKey("campagnes.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("id_menage", String(LONGUEUR_ID_MENAGE), nullable=False),
    Column("aide", String(LONGUEUR_CODE), nullable=False),
    Column("groupe", String(8), nullable=False),
    Column("strate", String(LONGUEUR_CODE + 8), nullable=False),  # main aid and arrondissement of the draw
    Column("arrondissement", SmallInteger, nullable=False),  # 1-20, 0 outside Paris
    Column("montant_mensuel_attendu", Numeric(12, 2), nullable=False),
    Column("montant_annuel_attendu", Numeric(12, 2), nullable=False),
    Column("periode", String(7), nullable=False),
    UniqueConstraint("campagne_id", "id_menage", "aide"),
    CheckConstraint(_dans("groupe", GROUPES), name="groupe"),
)

issues = Table(
    "issues",
    METADONNEES,
    Column("id", Integer, primary_key=True),
    Column("cible_id", Integer, ForeignKey("cibles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("date", Date, nullable=False),
    Column("issue", String(24), nullable=False),
    Column("motif", String(24), nullable=True),
    Column("importe_le", DateTime(timezone=True), nullable=False),
    UniqueConstraint("cible_id", "date", "issue"),
    CheckConstraint(_dans("issue", ISSUES), name="issue"),
    CheckConstraint(f"motif IS NULL OR {_dans('motif', MOTIFS)}", name="motif"),
)

suivis = Table(
    "suivis",
    METADONNEES,
    Column("id", Integer, primary_key=True),
    Column("cible_id", Integer, ForeignKey("cibles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("periode", String(7), nullable=False),  # the month of the later sample
    Column("percoit", Boolean, nullable=False),
    Column("importe_le", DateTime(timezone=True), nullable=False),
    UniqueConstraint("cible_id", "periode"),
)
