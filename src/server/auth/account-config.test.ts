import { describe, expect, it } from 'vitest';
import { readConfig } from '../config';

const provider = {
  bestuursnummer: '41234',
  label: 'Microsoft',
  issuer: 'https://login.microsoftonline.com/tenant/v2.0',
  clientId: 'app-id',
  clientSecret: 'geheim',
};

describe('account settings from the environment', () => {
  it('leaves MFA to `serve` when MFA_REQUIRED is unset, and accepts roles and off', () => {
    expect(readConfig({}).accounts.mfa).toBeNull();
    expect(readConfig({ MFA_REQUIRED: 'roles' }).accounts.mfa).toBe('roles');
    expect(readConfig({ MFA_REQUIRED: 'off' }).accounts.mfa).toBe('off');
    expect(() => readConfig({ MFA_REQUIRED: 'nee' })).toThrow(
      'MFA_REQUIRED moet "roles" of "off" zijn, niet "nee".',
    );
  });

  it('takes PUBLIC_URL without its trailing slash, and only an http(s) address', () => {
    expect(readConfig({ PUBLIC_URL: 'https://leerwinst.school.nl/' }).accounts.publicUrl).toBe(
      'https://leerwinst.school.nl',
    );
    expect(readConfig({}).accounts.publicUrl).toBeNull();
    expect(() => readConfig({ PUBLIC_URL: 'leerwinst.school.nl' })).toThrow(
      'PUBLIC_URL moet een http(s)-adres zijn',
    );
  });

  it('reads SSO_PROVIDERS as JSON, with defaults, and names what is wrong', () => {
    expect(readConfig({ SSO_PROVIDERS: JSON.stringify([provider]) }).accounts.ssoProviders).toEqual([
      { ...provider, createAccounts: false, trustMfa: false },
    ]);
    expect(() => readConfig({ SSO_PROVIDERS: '[{' })).toThrow('SSO_PROVIDERS is geen geldige JSON.');
    expect(() => readConfig({ SSO_PROVIDERS: JSON.stringify([{ ...provider, clientId: '' }]) })).toThrow(
      'SSO_PROVIDERS klopt niet bij "0.clientId"',
    );
  });
});
