import type { Migration } from 'kysely';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-results-engine';
import * as m0003 from './0003-imports';
import * as m0004 from './0004-groepsoverzicht';
import * as m0005 from './0005-groepsplan';
import * as m0006 from './0006-ambities';
import * as m0007 from './0007-leerlingzorg';
import * as m0008 from './0008-accounts';
import * as m0009 from './0009-plan-versions';
import * as m0010 from './0010-privacy';
import * as m0011 from './0011-ambitie-per-maat';
import * as m0012 from './0012-seo-en-versies';
import * as m0013 from './0013-schooladvies-tevredenheid';
import * as m0014 from './0014-groepsoverzicht-groep';
import * as m0015 from './0015-welzijn-ambitie';

/** Listed by hand so the bundle and tsx see the same set in the same order. */
export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-results-engine': m0002,
  '0003-imports': m0003,
  '0004-groepsoverzicht': m0004,
  '0005-groepsplan': m0005,
  '0006-ambities': m0006,
  '0007-leerlingzorg': m0007,
  '0008-accounts': m0008,
  '0009-plan-versions': m0009,
  '0010-privacy': m0010,
  '0011-ambitie-per-maat': m0011,
  '0012-seo-en-versies': m0012,
  '0013-schooladvies-tevredenheid': m0013,
  '0014-groepsoverzicht-groep': m0014,
  '0015-welzijn-ambitie': m0015,
};
