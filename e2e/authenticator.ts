/**
 * The authenticator app of the browser tests: RFC 6238 TOTP (HMAC-SHA-1, six digits, 30-second
 * steps) over RFC 4226 HOTP, written here from the RFCs with node:crypto and checked against the
 * RFC's own test values in account.spec.ts, so a code it computes is independent of the server's.
 *
 * The app under test runs on a clock of its own (`serve --today` starts it on a fixed day), so the
 * codes follow that clock: `measureServerClock` finds its offset from a timestamp the server wrote.
 */
import { createHmac } from 'node:crypto';
import { request, type Page } from '@playwright/test';

const STEP_SECONDS = 30;
/** How far from a step's ends a code is computed: more than our estimate of the server's clock can be off. */
const MARGIN_SECONDS = 3;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32, as in an otpauth:// secret (no padding; spaces ignored). */
export function base32Bytes(text: string): Buffer {
  let bits = '';
  for (const ch of text.replace(/[\s=]/g, '').toUpperCase()) {
    const value = ALPHABET.indexOf(ch);
    if (value < 0) throw new Error(`not base32: ${ch}`);
    bits += value.toString(2).padStart(5, '0');
  }
  const bytes: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** RFC 4226 §5.3: HMAC-SHA-1 of the 8-byte counter, dynamic truncation, the last `digits` decimals. */
export function hotp(key: Buffer, counter: number, digits = 6): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(message).digest();
  const offset = (mac.at(-1) ?? 0) & 0xf;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(code).padStart(digits, '0');
}

export const stepAt = (unixMs: number) => Math.floor(unixMs / 1000 / STEP_SECONDS);

/** The app's clock as seen from the test: its offset from ours, measured once. */
export interface ServerClock {
  now(): number;
}

/**
 * Measures the server's clock by logging in once more, in a context of its own: the new session's
 * `createdAt` is the server's time during that request, and our clock is read around it (the
 * request takes a password hash, a fraction of a second). The extra session is a second "device".
 */
export async function measureServerClock(baseURL: string, email: string, password: string) {
  const context = await request.newContext({ baseURL });
  const before = Date.now();
  const login = await context.post('/api/auth/login', { data: { email, password } });
  const after = Date.now();
  if (!login.ok()) throw new Error(`login for the clock failed: ${login.status()}`);
  const listed = await context.get('/api/account/sessions');
  const { sessions } = (await listed.json()) as { sessions: { current: boolean; createdAt: string }[] };
  await context.dispose();
  const current = sessions.find((s) => s.current);
  if (!current) throw new Error('no current session to read the server clock from');
  const offset = Date.parse(current.createdAt) - (before + after) / 2;
  return { now: () => Date.now() + offset } satisfies ServerClock;
}

/**
 * The step to use now: the server's current one, away from both ends of the step (waiting when
 * needed), so an error of a few seconds in our estimate cannot put the server in another step.
 */
export async function safeStep(clock: ServerClock, page: Page): Promise<number> {
  const into = (clock.now() / 1000) % STEP_SECONDS;
  if (into < MARGIN_SECONDS || into > STEP_SECONDS - MARGIN_SECONDS) {
    const wait = (STEP_SECONDS - into + MARGIN_SECONDS + 0.5) % STEP_SECONDS;
    await page.waitForTimeout(wait * 1000);
  }
  return stepAt(clock.now());
}
