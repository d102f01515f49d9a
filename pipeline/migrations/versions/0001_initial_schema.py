"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=100), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)

    op.create_table('codebooks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('is_current', sa.Boolean(), nullable=False),
    sa.Column('meta', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_codebooks')),
    sa.UniqueConstraint('name', 'version', name='uq_codebooks_name_version')
    )
    op.create_table('coders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('password_hash', sa.String(length=300), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coders')),
    sa.UniqueConstraint('name', name=op.f('uq_coders_name'))
    )
    op.create_table('coding_rounds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('blind', sa.Boolean(), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coding_rounds'))
    )
    op.create_table('embeddings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('model_id', sa.String(length=300), nullable=False),
    sa.Column('text_hash', sa.String(length=64), nullable=False),
    sa.Column('dim', sa.Integer(), nullable=False),
    sa.Column('vector', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_embeddings')),
    sa.UniqueConstraint('model_id', 'text_hash', name='uq_embeddings_model_hash')
    )
    op.create_table('priority_rounds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_priority_rounds'))
    )
    op.create_table('sites',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sites')),
    sa.UniqueConstraint('name', name=op.f('uq_sites_name'))
    )
    op.create_table('strategies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_strategies'))
    )
    op.create_table('training_examples',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('text_hash', sa.String(length=64), nullable=False),
    sa.Column('codes', sa.JSON(), nullable=False),
    sa.Column('origin', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_examples')),
    sa.UniqueConstraint('text_hash', name='uq_training_examples_text_hash')
    )
    op.create_table('auth_sessions',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('coder_id', sa.Integer(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['coder_id'], ['coders.id'], name=op.f('fk_auth_sessions_coder_id_coders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_auth_sessions'))
    )
    op.create_table('codebook_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('codebook_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('rationale', sa.Text(), nullable=False),
    sa.Column('proposed_by', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('decided_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['codebook_id'], ['codebooks.id'], name=op.f('fk_codebook_changes_codebook_id_codebooks'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['decided_by'], ['coders.id'], name=op.f('fk_codebook_changes_decided_by_coders'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['proposed_by'], ['coders.id'], name=op.f('fk_codebook_changes_proposed_by_coders'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_codebook_changes'))
    )
    op.create_table('codes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('codebook_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('definition', sa.Text(), nullable=False),
    sa.Column('inclusion', sa.Text(), nullable=False),
    sa.Column('exclusion', sa.Text(), nullable=False),
    sa.Column('examples', sa.JSON(), nullable=False),
    sa.Column('keywords', sa.JSON(), nullable=False),
    sa.Column('theme', sa.String(length=100), nullable=True),
    sa.Column('sem_level', sa.String(length=100), nullable=True),
    sa.Column('parent', sa.String(length=100), nullable=True),
    sa.Column('color', sa.String(length=9), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['codebook_id'], ['codebooks.id'], name=op.f('fk_codes_codebook_id_codebooks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_codes')),
    sa.UniqueConstraint('codebook_id', 'key', name='uq_codes_codebook_key')
    )
    with op.batch_alter_table('codes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_codes_codebook_id'), ['codebook_id'], unique=False)

    op.create_table('engine_states',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('engine', sa.String(length=100), nullable=False),
    sa.Column('codebook_id', sa.Integer(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('payload', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['codebook_id'], ['codebooks.id'], name=op.f('fk_engine_states_codebook_id_codebooks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_engine_states')),
    sa.UniqueConstraint('engine', 'codebook_id', name='uq_engine_states_engine_codebook')
    )
    op.create_table('focus_groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_focus_groups_site_id_sites'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_focus_groups')),
    sa.UniqueConstraint('site_id', 'name', name='uq_focus_groups_site_name')
    )
    with op.batch_alter_table('focus_groups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_focus_groups_site_id'), ['site_id'], unique=False)

    op.create_table('participants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=True),
    sa.Column('ref', sa.String(length=100), nullable=False),
    sa.Column('attributes', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_participants_site_id_sites'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participants')),
    sa.UniqueConstraint('site_id', 'ref', name='uq_participants_site_ref')
    )
    op.create_table('priority_votes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('coder_id', sa.Integer(), nullable=False),
    sa.Column('code_key', sa.String(length=100), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=True),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['coder_id'], ['coders.id'], name=op.f('fk_priority_votes_coder_id_coders'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['priority_rounds.id'], name=op.f('fk_priority_votes_round_id_priority_rounds'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_priority_votes')),
    sa.UniqueConstraint('round_id', 'coder_id', 'code_key', name='uq_priority_votes_round_coder_code')
    )
    with op.batch_alter_table('priority_votes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_priority_votes_round_id'), ['round_id'], unique=False)

    op.create_table('strategy_issues',
    sa.Column('strategy_id', sa.Integer(), nullable=False),
    sa.Column('code_key', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['strategy_id'], ['strategies.id'], name=op.f('fk_strategy_issues_strategy_id_strategies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('strategy_id', 'code_key', name=op.f('pk_strategy_issues'))
    )
    op.create_table('transcripts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('source_name', sa.String(length=500), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('format', sa.String(length=20), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('original_text', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['focus_groups.id'], name=op.f('fk_transcripts_group_id_focus_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transcripts')),
    sa.UniqueConstraint('sha256', name=op.f('uq_transcripts_sha256'))
    )
    with op.batch_alter_table('transcripts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transcripts_group_id'), ['group_id'], unique=False)

    op.create_table('speakers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('transcript_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('pseudonym', sa.String(length=50), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['transcript_id'], ['transcripts.id'], name=op.f('fk_speakers_transcript_id_transcripts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speakers')),
    sa.UniqueConstraint('transcript_id', 'label', name='uq_speakers_transcript_label')
    )
    with op.batch_alter_table('speakers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speakers_transcript_id'), ['transcript_id'], unique=False)

    op.create_table('turns',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('transcript_id', sa.Integer(), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=False),
    sa.Column('idx', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('timestamp', sa.String(length=20), nullable=True),
    sa.Column('source_line', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['speaker_id'], ['speakers.id'], name=op.f('fk_turns_speaker_id_speakers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['transcript_id'], ['transcripts.id'], name=op.f('fk_turns_transcript_id_transcripts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_turns'))
    )
    with op.batch_alter_table('turns', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_turns_speaker_id'), ['speaker_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_turns_transcript_id'), ['transcript_id'], unique=False)

    op.create_table('segments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('transcript_id', sa.Integer(), nullable=False),
    sa.Column('turn_id', sa.Integer(), nullable=False),
    sa.Column('idx', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('text_hash', sa.String(length=64), nullable=False),
    sa.Column('is_backchannel', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['transcript_id'], ['transcripts.id'], name=op.f('fk_segments_transcript_id_transcripts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['turn_id'], ['turns.id'], name=op.f('fk_segments_turn_id_turns'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_segments')),
    sa.UniqueConstraint('transcript_id', 'idx', name='uq_segments_transcript_idx')
    )
    with op.batch_alter_table('segments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_segments_text_hash'), ['text_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_segments_transcript_id'), ['transcript_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_segments_turn_id'), ['turn_id'], unique=False)

    op.create_table('codings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=False),
    sa.Column('code_key', sa.String(length=100), nullable=False),
    sa.Column('coder_id', sa.Integer(), nullable=False),
    sa.Column('decision', sa.String(length=10), nullable=False),
    sa.Column('source', sa.String(length=100), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=True),
    sa.Column('needs_review', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['coder_id'], ['coders.id'], name=op.f('fk_codings_coder_id_coders'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['coding_rounds.id'], name=op.f('fk_codings_round_id_coding_rounds'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['segment_id'], ['segments.id'], name=op.f('fk_codings_segment_id_segments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_codings')),
    sa.UniqueConstraint('segment_id', 'code_key', 'coder_id', name='uq_codings_segment_code_coder')
    )
    with op.batch_alter_table('codings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_codings_code_key'), ['code_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_codings_coder_id'), ['coder_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_codings_segment_id'), ['segment_id'], unique=False)

    op.create_table('consensus',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=False),
    sa.Column('code_key', sa.String(length=100), nullable=False),
    sa.Column('decision', sa.String(length=10), nullable=False),
    sa.Column('rationale', sa.Text(), nullable=False),
    sa.Column('decided_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['decided_by'], ['coders.id'], name=op.f('fk_consensus_decided_by_coders'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['segment_id'], ['segments.id'], name=op.f('fk_consensus_segment_id_segments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consensus')),
    sa.UniqueConstraint('segment_id', 'code_key', name='uq_consensus_segment_code')
    )
    with op.batch_alter_table('consensus', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consensus_code_key'), ['code_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_consensus_segment_id'), ['segment_id'], unique=False)

    op.create_table('memos',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=True),
    sa.Column('coder_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['coder_id'], ['coders.id'], name=op.f('fk_memos_coder_id_coders'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['segment_id'], ['segments.id'], name=op.f('fk_memos_segment_id_segments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_memos'))
    )
    with op.batch_alter_table('memos', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_memos_segment_id'), ['segment_id'], unique=False)

    op.create_table('suggestions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=False),
    sa.Column('code_key', sa.String(length=100), nullable=False),
    sa.Column('engine', sa.String(length=100), nullable=False),
    sa.Column('model_version', sa.String(length=300), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('accepted', sa.Boolean(), nullable=False),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['segment_id'], ['segments.id'], name=op.f('fk_suggestions_segment_id_segments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_suggestions')),
    sa.UniqueConstraint('segment_id', 'code_key', 'engine', name='uq_suggestions_segment_code_engine')
    )
    with op.batch_alter_table('suggestions', schema=None) as batch_op:
        batch_op.create_index('ix_suggestions_engine_code', ['engine', 'code_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_suggestions_segment_id'), ['segment_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('suggestions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_suggestions_segment_id'))
        batch_op.drop_index('ix_suggestions_engine_code')

    op.drop_table('suggestions')
    with op.batch_alter_table('memos', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_memos_segment_id'))

    op.drop_table('memos')
    with op.batch_alter_table('consensus', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consensus_segment_id'))
        batch_op.drop_index(batch_op.f('ix_consensus_code_key'))

    op.drop_table('consensus')
    with op.batch_alter_table('codings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_codings_segment_id'))
        batch_op.drop_index(batch_op.f('ix_codings_coder_id'))
        batch_op.drop_index(batch_op.f('ix_codings_code_key'))

    op.drop_table('codings')
    with op.batch_alter_table('segments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_segments_turn_id'))
        batch_op.drop_index(batch_op.f('ix_segments_transcript_id'))
        batch_op.drop_index(batch_op.f('ix_segments_text_hash'))

    op.drop_table('segments')
    with op.batch_alter_table('turns', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_turns_transcript_id'))
        batch_op.drop_index(batch_op.f('ix_turns_speaker_id'))

    op.drop_table('turns')
    with op.batch_alter_table('speakers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speakers_transcript_id'))

    op.drop_table('speakers')
    with op.batch_alter_table('transcripts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transcripts_group_id'))

    op.drop_table('transcripts')
    op.drop_table('strategy_issues')
    with op.batch_alter_table('priority_votes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_priority_votes_round_id'))

    op.drop_table('priority_votes')
    op.drop_table('participants')
    with op.batch_alter_table('focus_groups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_focus_groups_site_id'))

    op.drop_table('focus_groups')
    op.drop_table('engine_states')
    with op.batch_alter_table('codes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_codes_codebook_id'))

    op.drop_table('codes')
    op.drop_table('codebook_changes')
    op.drop_table('auth_sessions')
    op.drop_table('training_examples')
    op.drop_table('strategies')
    op.drop_table('sites')
    op.drop_table('priority_rounds')
    op.drop_table('embeddings')
    op.drop_table('coding_rounds')
    op.drop_table('coders')
    op.drop_table('codebooks')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))
        batch_op.drop_index(batch_op.f('ix_audit_log_action'))

    op.drop_table('audit_log')
