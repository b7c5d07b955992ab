/**
 * The enrolment secret as an authenticator app reads it: a QR code of the otpauth:// address (as one
 * SVG path; the encoding is uqr's, with the quiet zone of four modules ISO/IEC 18004 asks around it),
 * or the key typed in by hand.
 */
import { encode } from 'uqr';

export const QUIET_ZONE = 4;

export interface QrImage {
  /** Width and height in modules, quiet zone included: the SVG's viewBox. */
  size: number;
  /** The dark modules, a rectangle per horizontal run. */
  path: string;
}

export function qrImage(text: string): QrImage {
  // Level M (15 % recovery) keeps an otpauth URI at a size a phone reads easily from a screen.
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  const parts: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (row[x]) x += 1;
      const run = x - start;
      parts.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`);
    }
  });
  return { size: size + 2 * QUIET_ZONE, path: parts.join('') };
}

/** The key an authenticator app asks for when it cannot scan, in groups of four as apps show it. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
