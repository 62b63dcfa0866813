"""governance

What frames and governs a project beside its plan: the charter (objectives with success
criteria, the SOW's scope lines, assumptions, constraints and dependencies, its signed versions,
lines a change request adds or removes), service levels and their measured values, steering
meetings and the action log, the communication plan and escalation path, and the follow-on
opportunities of each client. An upgraded workspace has none of them.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 03:38:51.291784
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "charter_objective",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("objective", sa.String(length=1000), nullable=False),
        sa.Column("measure", sa.String(length=200), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=False),
        sa.Column("actual", sa.String(length=200), nullable=False),
        sa.Column("met", sa.Boolean(), nullable=True),
        sa.CheckConstraint(
            "length(trim(objective)) > 0", name=op.f("ck_charter_objective_objective_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_charter_objective_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_charter_objective")),
    )
    with op.batch_alter_table("charter_objective", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_charter_objective_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "communication_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("content", sa.String(length=200), nullable=False),
        sa.Column("audience", sa.String(length=200), nullable=False),
        sa.Column("channel", sa.String(length=200), nullable=False),
        sa.Column("frequency", sa.String(length=200), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.CheckConstraint(
            "length(trim(content)) > 0", name=op.f("ck_communication_item_content_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_communication_item_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_communication_item")),
    )
    with op.batch_alter_table("communication_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_communication_item_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "escalation_level",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("supplier_contact", sa.String(length=200), nullable=False),
        sa.Column("client_contact", sa.String(length=200), nullable=False),
        sa.Column("trigger", sa.String(length=20000), nullable=False),
        sa.CheckConstraint("level >= 1", name=op.f("ck_escalation_level_level_positive")),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_escalation_level_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_escalation_level")),
        sa.UniqueConstraint(
            "project_id", "level", name=op.f("uq_escalation_level_project_id_level")
        ),
    )
    op.create_table(
        "opportunity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("need", sa.String(length=20000), nullable=False),
        sa.Column("estimated_value", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "spotted",
                "qualified",
                "proposed",
                "won",
                "lost",
                name="opportunitystage",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("next_step", sa.String(length=20000), nullable=False),
        sa.Column("handed_to", sa.String(length=200), nullable=False),
        sa.Column("spotted_on", sa.Date(), nullable=False),
        sa.CheckConstraint(
            "estimated_value IS NULL OR estimated_value >= 0",
            name=op.f("ck_opportunity_value_positive"),
        ),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_opportunity_title_not_blank")),
        sa.CheckConstraint("number >= 1", name=op.f("ck_opportunity_number_positive")),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_opportunity_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_opportunity_project_id_project"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunity")),
        sa.UniqueConstraint("client_id", "number", name=op.f("uq_opportunity_client_id_number")),
    )
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_opportunity_project_id"), ["project_id"], unique=False)

    op.create_table(
        "service_level",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("target", sa.Double(), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column(
            "direction",
            sa.Enum(
                "at_least",
                "at_most",
                name="sladirection",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column(
            "period",
            sa.Enum(
                "weekly",
                "monthly",
                "quarterly",
                name="slaperiod",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("tolerance", sa.Double(), nullable=False),
        sa.Column("description", sa.String(length=20000), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_service_level_name_not_blank")),
        sa.CheckConstraint("number >= 1", name=op.f("ck_service_level_number_positive")),
        sa.CheckConstraint("tolerance >= 0", name=op.f("ck_service_level_tolerance_not_negative")),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_service_level_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_level")),
        sa.UniqueConstraint(
            "project_id", "number", name=op.f("uq_service_level_project_id_number")
        ),
    )
    op.create_table(
        "sow_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("signed_by", sa.String(length=200), nullable=False),
        sa.Column("form_received", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=20000), nullable=False),
        sa.CheckConstraint(
            "length(trim(version)) > 0", name=op.f("ck_sow_version_version_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_sow_version_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sow_version")),
    )
    with op.batch_alter_table("sow_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sow_version_project_id"), ["project_id"], unique=False)

    op.create_table(
        "steering_meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("attendees", sa.String(length=20000), nullable=False),
        sa.Column("decisions", sa.String(length=20000), nullable=False),
        sa.Column("notes", sa.String(length=20000), nullable=False),
        sa.CheckConstraint(
            "length(trim(title)) > 0", name=op.f("ck_steering_meeting_title_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_steering_meeting_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_steering_meeting")),
    )
    with op.batch_alter_table("steering_meeting", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_steering_meeting_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "scope_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "in_scope",
                "out_of_scope",
                "assumption",
                "constraint",
                "dependency",
                name="scopekind",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=1000), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("added_by_change_id", sa.Integer(), nullable=True),
        sa.Column("removed_by_change_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("length(trim(text)) > 0", name=op.f("ck_scope_line_text_not_blank")),
        sa.ForeignKeyConstraint(
            ["added_by_change_id"],
            ["change_request.id"],
            name=op.f("fk_scope_line_added_by_change_id_change_request"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_scope_line_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["removed_by_change_id"],
            ["change_request.id"],
            name=op.f("fk_scope_line_removed_by_change_id_change_request"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scope_line")),
    )
    with op.batch_alter_table("scope_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_scope_line_added_by_change_id"), ["added_by_change_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_scope_line_project_id"), ["project_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_scope_line_removed_by_change_id"), ["removed_by_change_id"], unique=False
        )

    op.create_table(
        "service_level_measure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_level_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("value", sa.Double(), nullable=False),
        sa.Column("note", sa.String(length=20000), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_level_id"],
            ["service_level.id"],
            name=op.f("fk_service_level_measure_service_level_id_service_level"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_level_measure")),
        sa.UniqueConstraint(
            "service_level_id",
            "period_start",
            name=op.f("uq_service_level_measure_service_level_id_period_start"),
        ),
    )
    with op.batch_alter_table("service_level_measure", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_level_measure_service_level_id"),
            ["service_level_id"],
            unique=False,
        )

    op.create_table(
        "action_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "done",
                "cancelled",
                name="actionstatus",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column(
            "source",
            sa.Enum(
                "meeting",
                "decision",
                "feedback",
                "risk",
                "issue",
                "other",
                name="actionsource",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("comments", sa.String(length=20000), nullable=False),
        sa.Column("internal", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("feedback_id", sa.Integer(), nullable=True),
        sa.Column("risk_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_action_item_title_not_blank")),
        sa.CheckConstraint("number >= 1", name=op.f("ck_action_item_number_positive")),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decision.id"],
            name=op.f("fk_action_item_decision_id_decision"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["feedback_id"],
            ["feedback.id"],
            name=op.f("fk_action_item_feedback_id_feedback"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["steering_meeting.id"],
            name=op.f("fk_action_item_meeting_id_steering_meeting"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_action_item_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["risk_id"], ["risk.id"], name=op.f("fk_action_item_risk_id_risk"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
        sa.UniqueConstraint("project_id", "number", name=op.f("uq_action_item_project_id_number")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_item_decision_id"), ["decision_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_action_item_feedback_id"), ["feedback_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_action_item_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_risk_id"), ["risk_id"], unique=False)


def downgrade() -> None:
    """Revert this revision: the governance records are dropped."""
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_risk_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_feedback_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_decision_id"))

    op.drop_table("action_item")
    with op.batch_alter_table("service_level_measure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_level_measure_service_level_id"))

    op.drop_table("service_level_measure")
    with op.batch_alter_table("scope_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scope_line_removed_by_change_id"))
        batch_op.drop_index(batch_op.f("ix_scope_line_project_id"))
        batch_op.drop_index(batch_op.f("ix_scope_line_added_by_change_id"))

    op.drop_table("scope_line")
    with op.batch_alter_table("steering_meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_steering_meeting_project_id"))

    op.drop_table("steering_meeting")
    with op.batch_alter_table("sow_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sow_version_project_id"))

    op.drop_table("sow_version")
    op.drop_table("service_level")
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opportunity_project_id"))

    op.drop_table("opportunity")
    op.drop_table("escalation_level")
    with op.batch_alter_table("communication_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_communication_item_project_id"))

    op.drop_table("communication_item")
    with op.batch_alter_table("charter_objective", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_charter_objective_project_id"))

    op.drop_table("charter_objective")
