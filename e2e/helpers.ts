import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'demo-leerwinst';
export const USERS = {
  leerkracht: 'leerkracht@leerwinst.example',
  ib: 'ib@leerwinst.example',
  schoolleider: 'directie@leerwinst.example',
  bestuur: 'bestuur@leerwinst.example',
  beheerder: 'beheer@leerwinst.example',
} as const;

export async function login(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(email);
  await page.getByRole('textbox', { name: 'Wachtwoord' }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
}

/**
 * No WCAG 2.1 A/AA violations on the page as it stands. A dialog or menu still fading in or out has
 * text at part opacity, which axe reads as too little contrast: the check waits for motion to end.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
      .every((a) => a.playState !== 'running' && !a.pending),
  );
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** Ids that only the API knows, read with the page's own session. */
export async function apiGet<T>(page: Page, path: string): Promise<{ status: number; body: T }> {
  const response = await page.request.get(`/api${path}`);
  return { status: response.status(), body: (await response.json()) as T };
}
