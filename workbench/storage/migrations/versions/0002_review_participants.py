"""Review participants (four eyes), the sign-off chain fixed at submit, list indexes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 09:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'review_participants',
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('round', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['document_id'], ['documents.id'],
                                name=op.f('fk_review_participants_document_id_documents'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'],
                                name=op.f('fk_review_participants_user_id_users')),
        sa.PrimaryKeyConstraint('document_id', 'user_id', 'kind', 'round',
                                name=op.f('pk_review_participants')),
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signoff_chain', sa.JSON(), nullable=True))
        batch_op.create_index('ix_documents_updated_at', ['updated_at'], unique=False)
        batch_op.create_index('ix_documents_step_due', ['step_due'], unique=False)
        batch_op.create_index('ix_documents_title', ['title'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index('ix_documents_title')
        batch_op.drop_index('ix_documents_step_due')
        batch_op.drop_index('ix_documents_updated_at')
        batch_op.drop_column('signoff_chain')
    op.drop_table('review_participants')
