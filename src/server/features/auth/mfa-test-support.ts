/** For the MFA tests: the code an authenticator app would show, and cookies from answers. */
import { base32Decode, totp } from '../../auth/totp';
import type { TestResponse } from '../../../testing/http';

/** What the app on the phone shows for this secret at this moment. */
export function appCode(secret: string, at: Date): string {
  return totp(base32Decode(secret), at);
}

export function sessionCookie(response: TestResponse): string {
  const line = response.headers
    .getSetCookie()
    .find((c) => c.startsWith('lw_session=') && !c.startsWith('lw_session=;'));
  return line?.split(';')[0] ?? '';
}
