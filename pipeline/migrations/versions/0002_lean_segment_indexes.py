"""lean segment indexes: drop the two segment indexes no query needs

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

Ingest writes tens of thousands of segment rows; each index is upkeep on every one.
- ix_segments_text_hash: no query filters segments by text hash (the embedding cache
  looks hashes up in its own table), and random 64-character keys scatter inserts over
  the whole b-tree: it alone cost more time than the sentence splitting of an ingest.
- ix_segments_transcript_id: the unique (transcript_id, idx) constraint's index
  already serves every lookup by transcript.
Kept on purpose: ix_segments_turn_id, ix_turns_transcript_id and ix_turns_speaker_id.
Their keys are increasing integers (appended at the b-tree's edge, measured at no
noticeable ingest cost); turns are read per transcript; and deleting a transcript
cascades to speakers, turns and segments, where an unindexed child column would mean
one full table scan per deleted parent row.
"""
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('segments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_segments_text_hash'))
        batch_op.drop_index(batch_op.f('ix_segments_transcript_id'))


def downgrade() -> None:
    with op.batch_alter_table('segments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_segments_transcript_id'), ['transcript_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_segments_text_hash'), ['text_hash'], unique=False)
