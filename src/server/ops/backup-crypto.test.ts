import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decryptFile, encryptFile, isEncrypted, WrongKeyError } from './backup-crypto';

describe('backup encryption (AES-256-GCM)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leerwinst-crypto-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const plain = join(dir, 'plain');
  // Larger than one stream chunk (64 KiB), so chunking is part of the test.
  const content = randomBytes(300_000);
  writeFileSync(plain, content);

  it('decrypts to the same bytes with the same key', async () => {
    await encryptFile(plain, join(dir, 'a.enc'), 'een lange geheime zin');
    expect(await isEncrypted(join(dir, 'a.enc'))).toBe(true);
    expect(await isEncrypted(plain)).toBe(false);
    expect(readFileSync(join(dir, 'a.enc')).includes(content.subarray(0, 64))).toBe(false);
    await decryptFile(join(dir, 'a.enc'), join(dir, 'a.out'), 'een lange geheime zin');
    expect(readFileSync(join(dir, 'a.out')).equals(content)).toBe(true);
  });

  it('refuses a wrong key and a changed byte, and keeps nothing of the output', async () => {
    await encryptFile(plain, join(dir, 'b.enc'), 'een lange geheime zin');
    await expect(
      decryptFile(join(dir, 'b.enc'), join(dir, 'b.out'), 'een andere geheime zin'),
    ).rejects.toBeInstanceOf(WrongKeyError);
    expect(existsSync(join(dir, 'b.out'))).toBe(false);

    const bytes = readFileSync(join(dir, 'b.enc'));
    bytes[1000] = (bytes[1000] ?? 0) ^ 1;
    writeFileSync(join(dir, 'c.enc'), bytes);
    await expect(
      decryptFile(join(dir, 'c.enc'), join(dir, 'c.out'), 'een lange geheime zin'),
    ).rejects.toThrow(/past niet bij deze back-up, of het bestand is beschadigd/);
    expect(existsSync(join(dir, 'c.out'))).toBe(false);
  });
});
