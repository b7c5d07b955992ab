import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotp, otpauthUri, totp, totpStep } from './totp';

// RFC 6238, appendix B: the seeds are the ASCII strings below, the codes have 8 digits.
const SEED = {
  sha1: Buffer.from('12345678901234567890'),
  sha256: Buffer.from('12345678901234567890123456789012'),
  sha512: Buffer.from('1234567890123456789012345678901234567890123456789012345678901234'),
};
const VECTORS: [number, string, string, string][] = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe('TOTP (RFC 6238) and HOTP (RFC 4226)', () => {
  it.each(VECTORS)(
    'gives the RFC 6238 codes at %i seconds for SHA-1, SHA-256 and SHA-512',
    (t, s1, s256, s512) => {
      const at = new Date(t * 1000);
      expect(totp(SEED.sha1, at, 8, 'sha1')).toBe(s1);
      expect(totp(SEED.sha256, at, 8, 'sha256')).toBe(s256);
      expect(totp(SEED.sha512, at, 8, 'sha512')).toBe(s512);
    },
  );

  it('gives the RFC 4226 appendix D codes for counters 0 to 9', () => {
    const expected = [
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ];
    expect(expected.map((_, counter) => hotp(SEED.sha1, counter))).toEqual(expected);
  });

  it('encodes and decodes base32 as RFC 4648 section 10 does (without padding)', () => {
    const cases: [string, string][] = [
      ['', ''],
      ['f', 'MY'],
      ['fo', 'MZXQ'],
      ['foo', 'MZXW6'],
      ['foob', 'MZXW6YQ'],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI'],
    ];
    for (const [plain, encoded] of cases) {
      expect(base32Encode(Buffer.from(plain))).toBe(encoded);
      expect(base32Decode(encoded).toString()).toBe(plain);
    }
    expect(base32Decode('mzxw 6ytb-oi====').toString()).toBe('foobar');
  });

  it('accepts the code of the step before and after, and refuses a step already used', () => {
    const secret = base32Encode(SEED.sha1);
    const at = new Date(1111111111 * 1000);
    const step = totpStep(at);
    const code = (s: number) => hotp(SEED.sha1, s);
    expect(matchTotp(secret, code(step), at, 0)).toBe(step);
    expect(matchTotp(secret, code(step - 1), at, 0)).toBe(step - 1);
    expect(matchTotp(secret, code(step + 1), at, 0)).toBe(step + 1);
    expect(matchTotp(secret, code(step - 2), at, 0)).toBeNull();
    expect(matchTotp(secret, code(step + 2), at, 0)).toBeNull();
    // Once step was used, neither it nor an earlier one is accepted again.
    expect(matchTotp(secret, code(step), at, step)).toBeNull();
    expect(matchTotp(secret, code(step - 1), at, step)).toBeNull();
    expect(matchTotp(secret, 'abcdef', at, 0)).toBeNull();
    expect(matchTotp(secret, '12345', at, 0)).toBeNull();
  });

  it('writes the otpauth URI that authenticator apps scan', () => {
    expect(otpauthUri('JBSWY3DPEHPK3PXP', 'ib@school.nl')).toBe(
      'otpauth://totp/Leerwinst:ib%40school.nl?secret=JBSWY3DPEHPK3PXP&issuer=Leerwinst&algorithm=SHA1&digits=6&period=30',
    );
  });
});
