import { expect, test, type Page } from '@playwright/test';
import { base32Bytes, hotp, measureServerClock, safeStep } from './authenticator';
import { expectNoAxeViolations, login, USERS } from './helpers';

/** A new account, made in this spec, so no other spec's login meets a second step. */
const MILA = {
  name: 'Mila Meertens',
  email: 'mila.meertens@leerwinst.example',
  password: 'zonnebloem-fietsbel-47',
};

test('the test authenticator gives the values of RFC 4226 and RFC 6238', () => {
  // RFC 4226 appendix D and RFC 6238 appendix B (SHA-1): the secret "12345678901234567890".
  const key = base32Bytes('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
  expect(key.toString('ascii')).toBe('12345678901234567890');
  expect([0, 1, 2, 3, 9].map((counter) => hotp(key, counter))).toEqual([
    '755224',
    '287082',
    '359152',
    '969429',
    '520489',
  ]);
  const at = (seconds: number) => hotp(key, Math.floor(seconds / 30), 8);
  expect([59, 1111111109, 1111111111, 1234567890, 2000000000].map(at)).toEqual([
    '94287082',
    '07081804',
    '14050471',
    '89005924',
    '69279037',
  ]);
});

async function logOut(page: Page) {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** The password step of the login page, up to the second step. */
async function passwordStep(page: Page) {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(MILA.email);
  await page.getByRole('textbox', { name: 'Wachtwoord' }).fill(MILA.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Code invullen' })).toBeVisible();
}

async function enterCode(page: Page, code: string) {
  await page.getByRole('textbox', { name: 'Code' }).fill(code);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

test.describe.serial('an account from a one-time link, with an authenticator app', () => {
  let link = '';
  let secret = '';
  let enrolStep = 0;
  let recoveryCodes: string[] = [];

  test('the beheerder makes an account without a password and sees its one-time link once', async ({
    page,
  }) => {
    await login(page, USERS.beheerder);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Gebruikers' })
      .click();
    await page.getByRole('button', { name: 'Nieuw account' }).click();
    const form = page.getByRole('dialog', { name: 'Nieuw account' });
    await form.getByRole('textbox', { name: 'Naam' }).fill(MILA.name);
    await form.getByRole('textbox', { name: 'E-mailadres' }).fill(MILA.email);
    await form.getByRole('combobox', { name: 'School of bestuur' }).click();
    await page.getByRole('option', { name: /^De Regenboog/ }).click();
    await form.getByRole('button', { name: 'Aanmaken' }).click();

    const shown = page.getByRole('dialog', { name: `Eenmalige link voor ${MILA.name}` });
    await expect(shown.getByText('Deze link zie je maar één keer')).toBeVisible();
    await expect(shown.getByText('De link werkt één keer en is 24 uur geldig.')).toBeVisible();
    link = await shown.getByRole('textbox', { name: 'Link' }).inputValue();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/wachtwoord-instellen#token=[\w-]{40,}$/);
    await expectNoAxeViolations(page);
    await shown.getByRole('button', { name: 'Sluiten', exact: true }).click();
    await expect(shown).toHaveCount(0);
    await expect(page.getByRole('row', { name: new RegExp(MILA.name) })).toBeVisible();
    // Closed is gone: the token is nowhere on the page any more.
    expect(await page.content()).not.toContain(link.split('#token=')[1] ?? '-');
  });

  test('the person opens the link, chooses a password, and the link does not work a second time', async ({
    page,
  }) => {
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: 'Wachtwoord instellen' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'E-mailadres' })).toHaveValue(MILA.email);
    await expectNoAxeViolations(page);

    const password = page.getByRole('textbox', { name: 'Wachtwoord', exact: true });
    const repeat = page.getByRole('textbox', { name: 'Herhaal het nieuwe wachtwoord' });
    await password.fill('te-kort');
    await repeat.fill('te-kort');
    await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await expect(page.getByText('moet minstens 12 tekens lang zijn')).toBeVisible();

    await password.fill(MILA.password);
    await repeat.fill(`${MILA.password}x`);
    await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await expect(page.getByText('De twee wachtwoorden zijn niet gelijk.')).toBeVisible();

    await repeat.fill(MILA.password);
    await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await expect(page.getByRole('status')).toHaveText('Gelukt. Je kunt nu inloggen.');

    await page.reload();
    await expect(page.getByRole('alert')).toContainText(
      'Deze link is verlopen, al gebruikt of bestaat niet.',
    );
  });

  test('she sets up an authenticator app on Mijn account and sees ten recovery codes once', async ({
    page,
    baseURL,
  }) => {
    await login(page, MILA.email, MILA.password);
    await page.getByRole('link', { name: 'Mijn account' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Tweestapsverificatie' })).toContainText('Uit');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Authenticator-app instellen' }).click();
    await expect(
      page.getByRole('img', { name: 'QR-code om Leerwinst aan je authenticator-app toe te voegen' }),
    ).toBeVisible();
    const shownSecret = await page
      .getByRole('textbox', { name: 'Sleutel voor handmatig invoeren' })
      .inputValue();
    secret = shownSecret.replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expectNoAxeViolations(page);

    const key = base32Bytes(secret);
    const clock = await measureServerClock(baseURL ?? '', MILA.email, MILA.password);
    const code = page.getByRole('textbox', { name: 'Code uit de app' });
    // A code from a quarter of an hour away is refused, beside the field.
    await code.fill(hotp(key, (await safeStep(clock, page)) + 30));
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await expect(page.getByText('klopt niet')).toBeVisible();

    enrolStep = await safeStep(clock, page);
    await code.fill(hotp(key, enrolStep));
    await page.getByRole('button', { name: 'Bevestigen' }).click();

    const codes = page.getByTestId('recovery-code');
    await expect(codes).toHaveCount(10);
    recoveryCodes = await codes.allTextContents();
    for (const c of recoveryCodes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    await expect(page.getByText('Bewaar deze codes nu: je ziet ze maar één keer')).toBeVisible();
    await expectNoAxeViolations(page);
    const done = page.getByRole('button', { name: 'Klaar' });
    await expect(done).toBeDisabled();
    await page.getByRole('checkbox', { name: 'Ik heb de herstelcodes bewaard' }).check();
    await done.click();
    await expect(page.getByRole('status')).toHaveText('Tweestapsverificatie staat aan.');
    await expect(page.getByText('Nog 10 herstelcodes over.')).toBeVisible();

    // Once: after a reload the codes are nowhere to be seen.
    await page.reload();
    await expect(page.getByText('Nog 10 herstelcodes over.')).toBeVisible();
    expect(await page.content()).not.toContain(recoveryCodes[0] ?? '-');
  });

  test('she logs in with her password and a code from the app; a recovery code works once', async ({
    page,
  }) => {
    await passwordStep(page);
    await expectNoAxeViolations(page);
    // The next step after the one that confirmed the app: a used step is never accepted again.
    await enterCode(page, hotp(base32Bytes(secret), enrolStep + 1));
    await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
    await logOut(page);

    const [first = '', second = ''] = recoveryCodes;
    await passwordStep(page);
    await enterCode(page, first);
    await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
    await logOut(page);

    await passwordStep(page);
    await enterCode(page, first);
    await expect(page.getByRole('alert')).toHaveText(
      'De code klopt niet. Probeer het opnieuw of gebruik een herstelcode.',
    );
    await enterCode(page, second);
    await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
    await page.getByRole('link', { name: 'Mijn account' }).click();
    await expect(page.getByText('Nog 8 herstelcodes over.')).toBeVisible();
  });

  test('she sees her sessions and ends the one on another device', async ({ page, browser }) => {
    const other = await browser.newPage();
    await passwordStep(other);
    await enterCode(other, recoveryCodes[2] ?? '');
    await expect(other.getByRole('button', { name: 'Uitloggen' })).toBeVisible();

    await passwordStep(page);
    await enterCode(page, recoveryCodes[3] ?? '');
    await page.getByRole('link', { name: 'Mijn account' }).click();
    const sessions = page.getByRole('table', { name: 'Je actieve sessies' });
    const rows = sessions.locator('tbody tr');
    await expect(sessions.getByText('Deze sessie')).toHaveCount(1);
    // This one and the other page at least; earlier tests' logins that never logged out count too.
    const before = await rows.count();
    expect(before).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page);
    await sessions
      .getByRole('button', { name: /^Sessie op .* beëindigen$/ })
      .first()
      .click();
    await expect(rows).toHaveCount(before - 1);
    if (before > 2) {
      await page.getByRole('button', { name: 'Alle andere sessies beëindigen' }).click();
      await expect(page.getByRole('status')).toHaveText(
        before - 2 === 1 ? '1 sessie beëindigd.' : `${before - 2} sessies beëindigd.`,
      );
    }
    await expect(rows).toHaveCount(1);
    await expect(page.getByText('Je bent alleen hier ingelogd.')).toBeVisible();

    await other.reload();
    await expect(other).toHaveURL(/\/login/);
    await other.close();
  });

  test('the beheerder resets her authenticator app and gives her a new password link', async ({
    page,
    browser,
  }) => {
    await login(page, USERS.beheerder);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Gebruikers' })
      .click();
    const row = page.getByRole('row', { name: new RegExp(MILA.name) });
    await row.getByRole('button', { name: /Acties/ }).click();
    await page.getByRole('menuitem', { name: 'Tweestapsverificatie herstellen' }).click();
    const confirm = page.getByRole('dialog', { name: `Tweestapsverificatie van ${MILA.name} herstellen?` });
    await expectNoAxeViolations(page);
    await confirm.getByRole('button', { name: 'Herstellen' }).click();
    await expect(page.getByRole('status')).toHaveText(
      `De tweestapsverificatie van ${MILA.name} is weggehaald.`,
    );

    await row.getByRole('button', { name: /Acties/ }).click();
    await page.getByRole('menuitem', { name: 'Wachtwoordlink maken' }).click();
    const shown = page.getByRole('dialog', { name: `Eenmalige link voor ${MILA.name}` });
    await expect(
      shown.getByText(/^De link werkt één keer en is geldig tot \d\d-\d\d-\d{4} om \d\d:\d\d\.$/),
    ).toBeVisible();
    const newLink = await shown.getByRole('textbox', { name: 'Link' }).inputValue();
    expect(newLink).not.toBe(link);

    // Without the app she logs in with her password alone again.
    const mila = await browser.newPage();
    await login(mila, MILA.email, MILA.password);
    await mila.close();
  });
});
