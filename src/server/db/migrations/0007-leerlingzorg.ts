/**
 * Leerlingzorg, the IB's half of the 1-zorgroute: besprekingen (groeps-, leerlingbespreking, zorgteam,
 * oudergesprek) with participants, frozen versions and the pupils they raise; afspraken with an owner
 * and a deadline; the zorgniveau per pupil with its history; the ontwikkelingsperspectief (OPP) with
 * every version, the overleg with the verzorgers and the evaluations; verzorgers and their consents.
 * Frozen in time: it never imports app code.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('verzorger')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('leerling_id', 'text', (c) => c.notNull().references('leerling.id'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('school.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    // 'moeder', 'vader', 'ouder', 'voogd', 'pleegouder', 'overig' …, as the LAS or the school says it.
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('gezag', 'integer', (c) => c.notNull())
    // 'edexml' when it came from the LAS (a re-import updates it), 'hand' when entered in Leerwinst.
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('las_key', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('verzorger_leerling').on('verzorger').column('leerling_id').execute();

  await db.schema
    .createTable('bespreking')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('school.id'))
    // 'groepsbespreking', 'leerlingbespreking', 'zorgteam' or 'oudergesprek'.
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('schooljaar', 'text', (c) => c.notNull())
    .addColumn('periode_id', 'text', (c) => c.references('periode.id'))
    // The group of a groepsbespreking; the pupil of the other kinds.
    .addColumn('groep_id', 'text', (c) => c.references('groep.id'))
    .addColumn('leerling_id', 'text', (c) => c.references('leerling.id'))
    .addColumn('planned_on', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text')
    // 'gepland', 'gehouden' or 'vastgesteld' (then read-only; a correction is a new version).
    .addColumn('status', 'text', (c) => c.notNull())
    // JSON: the answer per question of the 1-zorgroute, keyed by a stable question code.
    .addColumn('answers', 'text', (c) => c.notNull())
    // JSON: the decision of a leerlingbespreking or zorgteam (code and toelichting), or null.
    .addColumn('decision', 'text')
    // JSON: the agenda's figures as they stood when the bespreking was vastgesteld.
    .addColumn('snapshot', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('bespreking_school_jaar')
    .on('bespreking')
    .columns(['school_id', 'schooljaar'])
    .execute();
  await db.schema.createIndex('bespreking_groep_idx').on('bespreking').column('groep_id').execute();
  await db.schema.createIndex('bespreking_leerling_idx').on('bespreking').column('leerling_id').execute();

  await db.schema
    .createTable('bespreking_versie')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bespreking_id', 'text', (c) => c.notNull().references('bespreking.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('decision', 'text')
    .addColumn('snapshot', 'text')
    // Why this version exists: "vastgesteld", or the reason for a correction in the user's words.
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('bespreking_versie_uq', ['bespreking_id', 'version'])
    .execute();

  await db.schema
    .createTable('bespreking_deelnemer')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bespreking_id', 'text', (c) => c.notNull().references('bespreking.id'))
    // 'medewerker' (an account), 'extern' (an expert with an organisation) or 'verzorger'.
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('verzorger_id', 'text', (c) => c.references('verzorger.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('organisation', 'text')
    .execute();
  await db.schema
    .createIndex('bespreking_deelnemer_bespreking')
    .on('bespreking_deelnemer')
    .column('bespreking_id')
    .execute();
  await db.schema
    .createIndex('bespreking_deelnemer_user')
    .on('bespreking_deelnemer')
    .column('user_id')
    .execute();

  // Pupils a groepsbespreking sends on to a leerlingbespreking, with the reason given there.
  await db.schema
    .createTable('bespreking_leerling')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bespreking_id', 'text', (c) => c.notNull().references('bespreking.id'))
    .addColumn('leerling_id', 'text', (c) => c.notNull().references('leerling.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('bespreking_leerling_uq', ['bespreking_id', 'leerling_id'])
    .execute();

  await db.schema
    .createTable('afspraak')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('school.id'))
    .addColumn('bespreking_id', 'text', (c) => c.references('bespreking.id'))
    .addColumn('groep_id', 'text', (c) => c.references('groep.id'))
    .addColumn('leerling_id', 'text', (c) => c.references('leerling.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('owner_user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('deadline', 'text')
    // 'open', 'gedaan' or 'vervallen'.
    .addColumn('status', 'text', (c) => c.notNull())
    // What the afspraak changes: 'groepsplan', 'opp' or 'ambitie' with its id; both null when nothing.
    .addColumn('link_kind', 'text')
    .addColumn('link_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('afspraak_owner').on('afspraak').columns(['owner_user_id', 'status']).execute();
  await db.schema.createIndex('afspraak_school').on('afspraak').columns(['school_id', 'status']).execute();

  // The school's ondersteuningsniveau per pupil; every change is a row, the latest one holds.
  await db.schema
    .createTable('zorgniveau')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('leerling_id', 'text', (c) => c.notNull().references('leerling.id'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('school.id'))
    .addColumn('niveau', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('set_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('set_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('zorgniveau_leerling')
    .on('zorgniveau')
    .columns(['leerling_id', 'set_at'])
    .execute();

  await db.schema
    .createTable('opp')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('leerling_id', 'text', (c) => c.notNull().references('leerling.id'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('school.id'))
    // 'concept', 'vastgesteld', 'geevalueerd', 'bijgesteld' or 'beeindigd'.
    .addColumn('status', 'text', (c) => c.notNull())
    // The day the school decided an OPP is needed: the term for vaststelling runs from here.
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('vastgesteld_on', 'text')
    .addColumn('ended_on', 'text')
    // JSON: reason, uitstroomprofiel with onderbouwing, factors, per vak baseline and LRV, handelingsdeel.
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('opp_leerling').on('opp').column('leerling_id').execute();
  await db.schema.createIndex('opp_school').on('opp').columns(['school_id', 'status']).execute();

  await db.schema
    .createTable('opp_versie')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('opp_id', 'text', (c) => c.notNull().references('opp.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('opp_versie_uq', ['opp_id', 'version'])
    .execute();

  // The op overeenstemming gerichte overleg with the verzorgers (Wet passend onderwijs): their view in
  // their own words and the outcome; instemming is what allows the handelingsdeel to be vastgesteld.
  await db.schema
    .createTable('opp_overleg')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('opp_id', 'text', (c) => c.notNull().references('opp.id'))
    // The OPP version the verzorgers were shown.
    .addColumn('opp_version', 'integer', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('participants', 'text', (c) => c.notNull())
    .addColumn('parents_view', 'text', (c) => c.notNull())
    // 'instemming', 'geen_overeenstemming' or 'besproken' (an overleg without a decision yet).
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('opp_overleg_opp').on('opp_overleg').column('opp_id').execute();

  await db.schema
    .createTable('opp_evaluatie')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('opp_id', 'text', (c) => c.notNull().references('opp.id'))
    // 'evaluatie' (by the IB, per vak, may adjust the perspective) or 'notitie' (a teacher's note).
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('evaluated_on', 'text', (c) => c.notNull())
    // JSON: per vak the actual leerrendement since the baseline, the LRV, leerwinst, reason, adjusted.
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('with_parents', 'integer', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('opp_evaluatie_opp').on('opp_evaluatie').column('opp_id').execute();

  // Consent of the verzorgers, e.g. to share the dossier with an external expert or the SWV.
  await db.schema
    .createTable('toestemming')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('leerling_id', 'text', (c) => c.notNull().references('leerling.id'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('school.id'))
    .addColumn('verzorger_id', 'text', (c) => c.references('verzorger.id'))
    // 'extern_deskundige', 'swv', 'onderzoek' or 'overig'.
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('given', 'integer', (c) => c.notNull())
    .addColumn('given_on', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text')
    .addColumn('withdrawn_on', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('toestemming_leerling').on('toestemming').column('leerling_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'toestemming',
    'opp_evaluatie',
    'opp_overleg',
    'opp_versie',
    'opp',
    'zorgniveau',
    'afspraak',
    'bespreking_leerling',
    'bespreking_deelnemer',
    'bespreking_versie',
    'bespreking',
    'verzorger',
  ])
    await db.schema.dropTable(table).execute();
}
