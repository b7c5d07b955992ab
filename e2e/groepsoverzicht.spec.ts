import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, login, USERS } from './helpers';

test('two people edit one pupil: the second save is refused, shows the other text, and loses nothing', async ({
  browser,
}) => {
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await login(teacher, USERS.leerkracht);
  await teacher.locator('.group-card a[href^="/groepen/"]').first().click();
  await teacher.getByRole('link', { name: 'Groepsoverzicht', exact: true }).click();
  await expect(teacher.locator('.go-row').first()).toBeVisible();
  await expectNoAxeViolations(teacher);
  const groupUrl = teacher.url();
  const name = (await teacher.locator('.go-row').nth(1).locator('th a').textContent()) ?? '';

  const ibContext = await browser.newContext();
  const ib = await ibContext.newPage();
  await login(ib, USERS.ib);
  await ib.goto(groupUrl);
  await expect(ib.locator('.go-row').first()).toBeVisible();

  // Both start from the same empty row.
  const teacherField = teacher.getByRole('textbox', { name: `Onderwijsbehoeften didactisch: ${name}` });
  const ibField = ib.getByRole('textbox', { name: `Onderwijsbehoeften didactisch: ${name}` });
  await teacherField.fill('heeft verlengde instructie nodig om de tafels te automatiseren');
  await expect(teacher.locator('.go-row').nth(1).getByRole('status')).toContainText('Opgeslagen');

  await ibField.fill('heeft concreet materiaal nodig om breuken te begrijpen');
  const alert = ib.getByRole('alert');
  await expect(alert).toContainText('Iemand anders heeft deze leerling intussen ook bewerkt');
  await expect(alert).toContainText('heeft verlengde instructie nodig om de tafels te automatiseren');
  // The IB's own text is still in the field: nothing lost.
  await expect(ibField).toHaveValue('heeft concreet materiaal nodig om breuken te begrijpen');

  await alert.getByRole('button', { name: 'Mijn tekst bewaren' }).click();
  await expect(ib.getByRole('alert')).toHaveCount(0);
  await teacher.reload();
  await expect(teacherField).toHaveValue('heeft concreet materiaal nodig om breuken te begrijpen');
  await teacherContext.close();
  await ibContext.close();
});
