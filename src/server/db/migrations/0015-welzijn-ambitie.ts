/**
 * Ambitions on social safety and on satisfaction ("90 % van de leerlingen voelt zich veilig", "80 % van
 * de ouders positief over communicatie"): one per school, schooljaar and measure. A table of their own:
 * the learning ambitions' table keys on vak, jaargroep and moment and every reader of it parses a
 * learning target, so a row without them there would break those readers. Frozen in time.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('welzijn_ambitie')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('school.id'))
    .addColumn('schooljaar', 'text', (c) => c.notNull())
    // 'seo:veiligheid', 'seo:welbevinden' or 'tevredenheid:<groep>:<thema key>'.
    .addColumn('measure', 'text', (c) => c.notNull())
    // For a satisfaction ambition: the theme as the team wrote it (the key only is normalised).
    .addColumn('label', 'text')
    // The least share favourable or positive, in whole percents (an integer: exact on both engines).
    .addColumn('min_percent', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('welzijn_ambitie_uq', ['school_id', 'schooljaar', 'measure'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('welzijn_ambitie').execute();
}
