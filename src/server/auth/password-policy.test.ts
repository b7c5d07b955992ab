import { describe, expect, it } from 'vitest';
import { useDutchZodMessages } from '../../shared/zod-nl';
import { NewPassword, passwordProblem } from './password-policy';

useDutchZodMessages();

const refused = (password: string) => {
  const result = NewPassword.safeParse(password);
  return result.success ? null : (result.error.issues[0]?.message ?? '?');
};

describe('password policy (ASVS 2.1.1, 2.1.5, 2.1.7)', () => {
  it('needs at least 12 and at most 200 characters', () => {
    expect(refused('ab3$ef7*ij1')).toBe('moet minstens 12 tekens lang zijn');
    expect(refused('ab3$ef7*ij1!')).toBeNull();
    expect(refused('x'.repeat(201))).toBe('mag hoogstens 200 tekens lang zijn');
  });

  it('refuses passwords of the shipped breach list, in any case', () => {
    // Entries of the list of 12 characters or more (see common-passwords.txt).
    for (const common of ['1q2w3e4r5t6y', 'qwerty123456', 'QAZWSXEDCRFV', 'leavemealone']) {
      expect(passwordProblem(common)).toBe('staat in de lijst van veelgebruikte of uitgelekte wachtwoorden');
    }
  });

  it('refuses a common password with only digits or signs around it, or twice', () => {
    for (const weak of ['Password2024!', '!!monkey12345', 'dragon-2025-!', 'sunshinesunshine']) {
      expect(passwordProblem(weak)).toBe(
        'is een veelgebruikt wachtwoord met alleen cijfers of tekens eromheen',
      );
    }
  });

  it('refuses the name of the service or "wachtwoord" with only digits around it', () => {
    expect(passwordProblem('Leerwinst2026!')).toContain('voor de hand ligt');
    expect(passwordProblem('wachtwoord123')).toContain('voor de hand ligt');
  });

  it('refuses one character repeated and the own address', () => {
    expect(passwordProblem('aaaaaaaaaaaa')).toBe('bevat te weinig verschillende tekens');
    expect(passwordProblem('121212121212')).toBe('bevat te weinig verschillende tekens');
    expect(passwordProblem('jan.devries-2026', { email: 'jan.devries@school.nl' })).toBe(
      'mag je e-mailadres niet bevatten',
    );
  });

  it('accepts a passphrase, also one that contains a common word among others', () => {
    for (const good of ['een-lang-wachtwoord', 'paarse olifant op de fiets', 'Zomer in Zeeland 2026']) {
      expect(passwordProblem(good)).toBeNull();
    }
  });
});
