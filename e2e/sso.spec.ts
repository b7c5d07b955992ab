import { expect, request, test } from '@playwright/test';
import { startTestOidcProvider, type TestOidcProvider } from '../src/testing/oidc-provider';
import { expectNoAxeViolations, login, PASSWORD, USERS } from './helpers';

/**
 * SSO against a real OpenID Connect provider (the `oidc-provider` package) on a port of this machine,
 * set up for the demo bestuur through the beheer screen, as a beheerder would.
 */
const LABEL = 'Schoolaccount';
let idp: TestOidcProvider;
let baseURL = '';

/** Leaves no provider behind for the other specs, whatever happened here. */
async function removeSsoConfig() {
  const beheer = await request.newContext({ baseURL });
  await beheer.post('/api/auth/login', { data: { email: USERS.beheerder, password: PASSWORD } });
  const schools = await beheer.get('/api/admin/schools');
  const { besturen } = (await schools.json()) as { besturen: { id: string }[] };
  for (const b of besturen) await beheer.delete(`/api/admin/besturen/${b.id}/sso`);
  await beheer.dispose();
}

test.beforeAll(async ({}, testInfo) => {
  baseURL = String(testInfo.project.use.baseURL);
  idp = await startTestOidcProvider({
    redirectUris: [`${baseURL}/api/auth/sso/callback`],
    accounts: [
      { sub: 'entra-sanne', email: USERS.leerkracht, emailVerified: true, name: 'Sanne de Wit' },
      {
        sub: 'entra-onbekend',
        email: 'nog.geen.account@leerwinst.example',
        emailVerified: true,
        name: 'Nieuwe Collega',
      },
    ],
  });
});

test.afterAll(async () => {
  await removeSsoConfig();
  await idp.close();
});

test.describe.serial('logging in through the bestuur’s identity provider', () => {
  test('the beheerder sets SSO up for the bestuur; the client secret is never shown again', async ({
    page,
  }) => {
    await login(page, USERS.beheerder);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Beveiliging' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Beveiliging' })).toBeVisible();
    await expect(page.getByTestId('sso-redirect-uri')).toHaveText(`${baseURL}/api/auth/sso/callback`);
    await expect(page.getByRole('switch', { name: /^MFA voor iedereen bij / }).first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('textbox', { name: 'Naam op de knop' }).fill(LABEL);
    await page.getByRole('textbox', { name: 'Issuer-URL' }).fill(idp.issuer);
    await page.getByRole('textbox', { name: 'Client-ID' }).fill(idp.clientId);
    await page.getByRole('textbox', { name: 'Clientgeheim' }).fill(idp.clientSecret);
    await page.getByRole('button', { name: 'SSO opslaan' }).click();
    await expect(page.getByRole('status')).toHaveText('SSO-instelling opgeslagen.');

    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Naam op de knop' })).toHaveValue(LABEL);
    await expect(page.getByRole('textbox', { name: 'Issuer-URL' })).toHaveValue(idp.issuer);
    await expect(page.getByRole('textbox', { name: 'Clientgeheim' })).toHaveValue('');
    await expect(page.getByText('Er is een clientgeheim opgeslagen; het wordt nooit getoond.')).toBeVisible();
    expect(await page.content()).not.toContain(idp.clientSecret);
    await expectNoAxeViolations(page);
  });

  test('a teacher logs in with SSO and lands on the home page', async ({ page }) => {
    await page.goto('/login');
    const button = page.getByRole('link', { name: `Inloggen met ${LABEL}` });
    await expect(button).toBeVisible();
    await expectNoAxeViolations(page);
    await button.click();

    // The provider's own login page, on its own port.
    await expect(
      page.getByRole('heading', { name: 'Inloggen bij de test-identiteitsprovider' }),
    ).toBeVisible();
    expect(new URL(page.url()).origin).toBe(idp.issuer);
    await page.getByRole('button', { name: /^Sanne de Wit/ }).click();

    await expect(page.getByRole('heading', { name: 'Mijn groepen' })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.locator('.group-card a[href^="/groepen/"]')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
  });

  test('a forged state is refused, and an address without an account gets none', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('link', { name: `Inloggen met ${LABEL}` }).click();
    await expect(
      page.getByRole('heading', { name: 'Inloggen bij de test-identiteitsprovider' }),
    ).toBeVisible();
    // Back at the callback with a state this browser's login did not start.
    await page.goto('/api/auth/sso/callback?code=vervalst&state=vervalst');
    await expect(page).toHaveURL(/\/login\?sso=state$/);
    await expect(page.getByRole('alert')).toHaveText(
      'De inlogpoging via de inlogdienst is verlopen of klopte niet. Probeer het opnieuw.',
    );
    expect((await page.request.get('/api/auth/me')).status()).toBe(401);

    await page.getByRole('link', { name: `Inloggen met ${LABEL}` }).click();
    await page.getByRole('button', { name: /^Nieuwe Collega/ }).click();
    await expect(page).toHaveURL(/\/login\?sso=account$/);
    await expect(page.getByRole('alert')).toHaveText(
      'Bij dit bestuur is er geen account voor dit e-mailadres. Vraag de beheerder van je school om een account.',
    );
    await expectNoAxeViolations(page);
  });

  test('the beheerder removes SSO, and the login page has no button for it any more', async ({
    page,
    browser,
  }) => {
    await login(page, USERS.beheerder);
    await page.goto('/beheer/beveiliging');
    await page.getByRole('button', { name: 'SSO weghalen' }).click();
    await page.getByRole('button', { name: 'Ja, weghalen' }).click();
    await expect(page.getByRole('textbox', { name: 'Naam op de knop' })).toHaveValue('');

    const visitor = await browser.newPage();
    await visitor.goto('/login');
    await expect(visitor.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
    await expect(visitor.getByRole('link', { name: /^Inloggen met / })).toHaveCount(0);
    await visitor.close();
  });
});
