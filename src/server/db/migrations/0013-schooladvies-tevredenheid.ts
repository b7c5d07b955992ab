/**
 * Outcomes beyond the toetsen: the schooladvies of each groep-8 pupil (voorlopig, definitief, the
 * doorstroomtoets's advice, a heroverweging and the outflow), what the VO reports back about the pupil
 * in year 1–3, and the aggregates of the school's satisfaction surveys (per respondent group and theme,
 * with N; never single answers). Advice and VO positions are codes of domain/vo-advies.ts, stored as
 * text. Frozen in time: it never imports app code.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('schooladvies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('school.id'))
    .addColumn('leerling_id', 'text', (c) => c.notNull().references('leerling.id'))
    // The schooljaar of groep 8: the cohort the pupil leaves with.
    .addColumn('schooljaar', 'text', (c) => c.notNull())
    .addColumn('voorlopig_advies', 'text')
    .addColumn('voorlopig_op', 'text')
    .addColumn('definitief_advies', 'text')
    .addColumn('definitief_op', 'text')
    // Which doorstroomtoets, its score as the toets reports it (0–1000 in OSO), and its advice.
    .addColumn('toets_naam', 'text')
    .addColumn('toets_score', 'real')
    .addColumn('toets_advies', 'text')
    // 'gehandhaafd' or 'bijgesteld'; null while not reconsidered. The new advice only when bijgesteld.
    .addColumn('heroverweging', 'text')
    .addColumn('heroverwogen_advies', 'text')
    .addColumn('heroverweging_op', 'text')
    .addColumn('heroverweging_toelichting', 'text')
    // The school's outflow: the level of the VO class the pupil went to, and the VO school.
    .addColumn('uitstroom_niveau', 'text')
    .addColumn('uitstroom_school', 'text')
    .addColumn('toelichting', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('schooladvies_leerling_jaar_uq', ['leerling_id', 'schooljaar'])
    .execute();
  await db.schema
    .createIndex('schooladvies_school_jaar')
    .on('schooladvies')
    .columns(['school_id', 'schooljaar'])
    .execute();

  await db.schema
    .createTable('vo_terugkoppeling')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('school.id'))
    .addColumn('leerling_id', 'text', (c) => c.notNull().references('leerling.id'))
    // The schooljaar of groep 8 (the cohort), and which VO year (1–3) this position is of.
    .addColumn('cohort', 'text', (c) => c.notNull())
    .addColumn('leerjaar', 'integer', (c) => c.notNull())
    .addColumn('niveau', 'text', (c) => c.notNull())
    .addColumn('vo_school', 'text')
    .addColumn('imported_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('vo_terugkoppeling_leerling_jaar_uq', ['leerling_id', 'leerjaar'])
    .execute();
  await db.schema
    .createIndex('vo_terugkoppeling_school_cohort')
    .on('vo_terugkoppeling')
    .columns(['school_id', 'cohort'])
    .execute();

  await db.schema
    .createTable('tevredenheid')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('school.id'))
    .addColumn('afgenomen_op', 'text', (c) => c.notNull())
    .addColumn('schooljaar', 'text', (c) => c.notNull())
    // 'leerlingen', 'ouders' or 'team'.
    .addColumn('groep', 'text', (c) => c.notNull())
    .addColumn('thema', 'text', (c) => c.notNull())
    // The theme without case, accents or punctuation: the same theme in next year's file.
    .addColumn('thema_key', 'text', (c) => c.notNull())
    .addColumn('instrument', 'text')
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('gemiddelde', 'real')
    .addColumn('schaal_min', 'real')
    .addColumn('schaal_max', 'real')
    // Share of respondents who answered positively, 0–100.
    .addColumn('positief', 'real')
    .addColumn('imported_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('tevredenheid_uq', ['school_id', 'groep', 'afgenomen_op', 'thema_key'])
    .execute();
  await db.schema
    .createIndex('tevredenheid_school_jaar')
    .on('tevredenheid')
    .columns(['school_id', 'schooljaar'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('tevredenheid').execute();
  await db.schema.dropTable('vo_terugkoppeling').execute();
  await db.schema.dropTable('schooladvies').execute();
}
