"""drop segments.text_hash: nothing reads it

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26

Every segment stored the sha256 of its text, but no query ever read it: the embedding
cache hashes texts itself and keys its own table by them. Each ingest paid for the
hash, for sending it from the worker processes and for writing it (64 characters on
every one of tens of thousands of rows), about a twentieth of an ingest's CPU time.
"""
import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('segments', schema=None) as batch_op:
        batch_op.drop_column('text_hash')


def downgrade() -> None:
    # Refilled from the text, so a downgraded project's embedding lookups still line up.
    import hashlib

    with op.batch_alter_table('segments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('text_hash', sa.String(length=64), nullable=True))
    conn = op.get_bind()
    segments = sa.table('segments', sa.column('id', sa.Integer), sa.column('text', sa.Text),
                        sa.column('text_hash', sa.String))
    rows = conn.execute(sa.select(segments.c.id, segments.c.text)).all()
    if rows:
        conn.execute(segments.update().where(segments.c.id == sa.bindparam('sid'))
                     .values(text_hash=sa.bindparam('h')),
                     [{'sid': i, 'h': hashlib.sha256(t.encode('utf-8')).hexdigest()} for i, t in rows])
    with op.batch_alter_table('segments', schema=None) as batch_op:
        batch_op.alter_column('text_hash', existing_type=sa.String(length=64), nullable=False)
