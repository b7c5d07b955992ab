/**
 * PostgreSQL's own tools for backups: pg_dump (a consistent snapshot while the app runs), pg_restore
 * and psql. They are separate programs (the postgresql-client package); the password goes to them
 * in PGPASSWORD, never on a command line another user could read.
 */
import { spawn } from 'node:child_process';

export class PgToolError extends Error {}

interface Connection {
  /** The URL without its password: libpq takes a URL as the database name. */
  url: string;
  env: NodeJS.ProcessEnv;
}

export function pgConnection(databaseUrl: string): Connection {
  const parsed = new URL(databaseUrl);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (password) env.PGPASSWORD = password;
  return { url: parsed.toString(), env };
}

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(
  tool: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  options: { stdin?: NodeJS.ReadableStream; prefix?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new PgToolError(`${tool} is niet gevonden.`) : error),
    );
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (options.prefix !== undefined) child.stdin.write(options.prefix);
    if (options.stdin) options.stdin.pipe(child.stdin);
    else child.stdin.end();
  });
}

/** "15.20", or null when the tool is not installed. */
export async function toolVersion(tool: 'pg_dump' | 'pg_restore' | 'psql'): Promise<string | null> {
  try {
    const result = await run(tool, ['--version']);
    return /(\d+(?:\.\d+)?)/.exec(result.stdout)?.[1] ?? null;
  } catch {
    return null;
  }
}

/**
 * Why pg_dump cannot back up this server, or null when it can: pg_dump refuses a server of a newer
 * major version than its own.
 */
export async function pgDumpProblem(serverVersion: string): Promise<string | null> {
  const version = await toolVersion('pg_dump');
  if (!version) {
    return 'pg_dump is niet geïnstalleerd. Installeer de PostgreSQL-clientprogramma’s (Debian/Ubuntu: apt install postgresql-client).';
  }
  const major = (v: string) => Number(v.split('.')[0]);
  if (major(version) < major(serverVersion)) {
    return `pg_dump ${version} is ouder dan de server (PostgreSQL ${serverVersion}); installeer pg_dump ${major(serverVersion)} of nieuwer.`;
  }
  return null;
}

function failed(tool: string, result: RunResult): PgToolError {
  const first = result.stderr.trim().split('\n')[0] ?? '';
  return new PgToolError(`${tool} is mislukt (code ${result.code}): ${first}`);
}

/** A snapshot in pg_dump's custom format (compressed, restorable table by table). */
export async function pgDump(databaseUrl: string, file: string): Promise<void> {
  const { url, env } = pgConnection(databaseUrl);
  const result = await run(
    'pg_dump',
    ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, url],
    env,
  );
  if (result.code !== 0) throw failed('pg_dump', result);
}

/**
 * Reads the whole archive, every data block included: a file cut off after its table of contents
 * still lists fine, and would otherwise fail only halfway through the restore itself.
 */
export async function pgArchiveReadable(file: string): Promise<boolean> {
  const result = await run('pg_restore', ['--file=/dev/null', file]);
  return result.code === 0;
}

/** The rows of one table in a custom-format archive, from its COPY data (text format). */
export async function pgArchiveRows(file: string, table: string): Promise<Record<string, string | null>[]> {
  const result = await run('pg_restore', ['--data-only', `--table=${table}`, '--file=-', file]);
  if (result.code !== 0) throw failed('pg_restore', result);
  return parseCopy(result.stdout);
}

function unescapeCopy(value: string): string | null {
  if (value === '\\N') return null;
  const escapes: Record<string, string> = {
    t: '\t',
    n: '\n',
    r: '\r',
    b: '\b',
    f: '\f',
    v: '\v',
    '\\': '\\',
  };
  return value.replace(/\\(.)/g, (_, c: string) => escapes[c] ?? c);
}

/** COPY … FROM stdin blocks of a plain SQL script, as rows keyed by column name. */
export function parseCopy(script: string): Record<string, string | null>[] {
  const rows: Record<string, string | null>[] = [];
  let columns: string[] | null = null;
  for (const line of script.split('\n')) {
    const header = /^COPY \S+ \((.*)\) FROM stdin;$/.exec(line);
    if (header?.[1]) {
      columns = header[1].split(', ').map((c) => c.replace(/^"|"$/g, ''));
    } else if (line === '\\.') {
      columns = null;
    } else if (columns) {
      const values = line.split('\t');
      rows.push(Object.fromEntries(columns.map((c, i) => [c, unescapeCopy(values[i] ?? '\\N')])));
    }
  }
  return rows;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Replaces the database's tables by the archive's, in one transaction (psql --single-transaction
 * with ON_ERROR_STOP): the current tables are dropped and the archive's created and filled, or, on
 * any error, nothing changed at all.
 */
export async function pgRestoreReplacing(
  databaseUrl: string,
  file: string,
  currentTables: string[],
): Promise<void> {
  const { url, env } = pgConnection(databaseUrl);
  const script = spawn('pg_restore', ['--no-owner', '--no-privileges', '--file=-', file], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let scriptErrors = '';
  script.stderr.on('data', (d: Buffer) => (scriptErrors += d.toString()));
  const scriptDone = new Promise<number | null>((resolve) => script.on('close', resolve));
  const drop =
    currentTables.length > 0
      ? `drop table if exists ${currentTables.map(quoteIdent).join(', ')} cascade;\n`
      : '';
  const result = await run(
    'psql',
    ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction', '-f', '-', url],
    env,
    {
      prefix: drop,
      stdin: script.stdout,
    },
  );
  const scriptCode = await scriptDone;
  if (scriptCode !== 0)
    throw new PgToolError(`pg_restore is mislukt: ${scriptErrors.trim().split('\n')[0] ?? ''}`);
  if (result.code !== 0) throw failed('psql', result);
}
