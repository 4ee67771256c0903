"""The campaigns' store: campaigns, their households and aids, outcomes and follow-ups.

Revision ID: 0001
Revises:
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

GROUPES = "groupe IN ('contacte', 'temoin')"
ISSUES = (
    "issue IN ('non_joint', 'information_donnee', 'refus', 'demande_deposee', 'droit_ouvert', 'demande_rejetee')"
)
MOTIFS = "motif IS NULL OR motif IN ('non_connaissance', 'non_demande', 'non_reception', 'non_proposition')"


def upgrade() -> None:
    op.create_table(
        "campagnes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("nom", sa.String(100), nullable=False),
        sa.Column("cree_le", sa.DateTime(timezone=True), nullable=False),
        sa.Column("periode", sa.String(7), nullable=False),
        sa.Column("debut", sa.Date, nullable=False),
        sa.Column("fin", sa.Date, nullable=False),
        sa.Column("part_temoin", sa.Float, nullable=False),
        sa.Column("graine", sa.BigInteger, nullable=False),
        sa.Column("echantillon", sa.Text, nullable=False),
        sa.Column("filtres", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campagnes")),
        sa.UniqueConstraint("nom", name=op.f("uq_campagnes_nom")),
        sa.CheckConstraint("part_temoin > 0 AND part_temoin < 1", name=op.f("ck_campagnes_part_temoin")),
    )
    op.create_table(
        "cibles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("campagne_id", sa.Integer, nullable=False),
        sa.Column("id_menage", sa.String(64), nullable=False),
        sa.Column("aide", sa.String(64), nullable=False),
        sa.Column("groupe", sa.String(8), nullable=False),
        sa.Column("strate", sa.String(72), nullable=False),
        sa.Column("arrondissement", sa.SmallInteger, nullable=False),
        sa.Column("montant_mensuel_attendu", sa.Numeric(12, 2), nullable=False),
        sa.Column("montant_annuel_attendu", sa.Numeric(12, 2), nullable=False),
        sa.Column("periode", sa.String(7), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cibles")),
        sa.ForeignKeyConstraint(["campagne_id"], ["campagnes.id"], name=op.f("fk_cibles_campagne_id_campagnes"), ondelete="CASCADE"),
        sa.UniqueConstraint("campagne_id", "id_menage", "aide", name=op.f("uq_cibles_campagne_id_id_menage_aide")),
        sa.CheckConstraint(GROUPES, name=op.f("ck_cibles_groupe")),
    )
    op.create_index(op.f("ix_cibles_campagne_id"), "cibles", ["campagne_id"])
    op.create_table(
        "issues",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("cible_id", sa.Integer, nullable=False),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("issue", sa.String(24), nullable=False),
        sa.Column("motif", sa.String(24), nullable=True),
        sa.Column("importe_le", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issues")),
        sa.ForeignKeyConstraint(["cible_id"], ["cibles.id"], name=op.f("fk_issues_cible_id_cibles"), ondelete="CASCADE"),
        sa.UniqueConstraint("cible_id", "date", "issue", name=op.f("uq_issues_cible_id_date_issue")),
        sa.CheckConstraint(ISSUES, name=op.f("ck_issues_issue")),
        sa.CheckConstraint(MOTIFS, name=op.f("ck_issues_motif")),
    )
    op.create_index(op.f("ix_issues_cible_id"), "issues", ["cible_id"])
    op.create_table(
        "suivis",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("cible_id", sa.Integer, nullable=False),
        sa.Column("periode", sa.String(7), nullable=False),
        sa.Column("percoit", sa.Boolean, nullable=False),
        sa.Column("importe_le", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suivis")),
        sa.ForeignKeyConstraint(["cible_id"], ["cibles.id"], name=op.f("fk_suivis_cible_id_cibles"), ondelete="CASCADE"),
        sa.UniqueConstraint("cible_id", "periode", name=op.f("uq_suivis_cible_id_periode")),
    )
    op.create_index(op.f("ix_suivis_cible_id"), "suivis", ["cible_id"])


def downgrade() -> None:
    op.drop_table("suivis")
    op.drop_table("issues")
    op.drop_table("cibles")
    op.drop_table("campagnes")
