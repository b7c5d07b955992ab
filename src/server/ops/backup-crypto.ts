/**
 * Encrypted backups: AES-256-GCM, authenticated, with a key derived from a passphrase (scrypt, a
 * fresh salt per file). Layout: magic (8 bytes), salt (16), iv (12), ciphertext, tag (16). A wrong
 * key or a changed byte fails the tag, and then nothing of the decrypted file is kept.
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';

const MAGIC = Buffer.from('LWENC01\n', 'latin1');
const SALT = 16;
const IV = 12;
const TAG = 16;
const HEADER = MAGIC.length + SALT + IV;

export class WrongKeyError extends Error {
  constructor() {
    super('De sleutel (BACKUP_KEY) past niet bij deze back-up, of het bestand is beschadigd.');
  }
}

function deriveKey(passphrase: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    scrypt(passphrase, salt, 32, { N: 1 << 14, r: 8, p: 1 }, (error, key) =>
      error ? reject(error) : resolvePromise(key),
    );
  });
}

export async function isEncrypted(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(MAGIC.length);
    const { bytesRead } = await file.read(head, 0, MAGIC.length, 0);
    return bytesRead === MAGIC.length && head.equals(MAGIC);
  } finally {
    await file.close();
  }
}

export async function encryptFile(source: string, destination: string, passphrase: string): Promise<void> {
  const salt = randomBytes(SALT);
  const iv = randomBytes(IV);
  const cipher = createCipheriv('aes-256-gcm', await deriveKey(passphrase, salt), iv);
  await pipeline(
    createReadStream(source),
    async function* (chunks: AsyncIterable<Buffer>) {
      yield Buffer.concat([MAGIC, salt, iv]);
      for await (const chunk of chunks) yield cipher.update(chunk);
      yield cipher.final();
      yield cipher.getAuthTag();
    },
    createWriteStream(destination, { flags: 'wx' }),
  );
}

export async function decryptFile(source: string, destination: string, passphrase: string): Promise<void> {
  const size = (await stat(source)).size;
  if (size < HEADER + TAG) throw new WrongKeyError();
  const file = await open(source, 'r');
  const head = Buffer.alloc(HEADER);
  const tag = Buffer.alloc(TAG);
  try {
    await file.read(head, 0, HEADER, 0);
    await file.read(tag, 0, TAG, size - TAG);
  } finally {
    await file.close();
  }
  const salt = head.subarray(MAGIC.length, MAGIC.length + SALT);
  const iv = head.subarray(MAGIC.length + SALT);
  const decipher = createDecipheriv('aes-256-gcm', await deriveKey(passphrase, salt), iv);
  decipher.setAuthTag(tag);
  try {
    const body =
      size - TAG - HEADER === 0 ? [] : createReadStream(source, { start: HEADER, end: size - TAG - 1 });
    await pipeline(body, decipher, createWriteStream(destination, { flags: 'wx' }));
  } catch (error) {
    await rm(destination, { force: true });
    if (error instanceof Error && /authenticate/i.test(error.message)) throw new WrongKeyError();
    throw error;
  }
}
