/** leerwinst doctor: one line per check; exit code 0 in order, 1 a warning, 2 an error (for monitoring). */
import { exitCodeOf, runDoctor, type Level } from '../../server/ops/doctor';

const LABEL: Record<Level, string> = {
  ok: 'OK          ',
  waarschuwing: 'WAARSCHUWING',
  fout: 'FOUT        ',
};

export async function doctorCommand(): Promise<number> {
  const checks = await runDoctor(process.env, new Date());
  for (const check of checks) process.stdout.write(`${LABEL[check.level]}  ${check.text}\n`);
  return exitCodeOf(checks);
}
