// The portal example end to end: a parent completes the check-in in Chromium, the plain HTML
// form posts it, the server validates it with attune-widgets/schema and stores it in SQLite.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {openDatabase, startPortal} from '../../examples/portal/server.mjs';
import {launch, openPage} from './helpers/browser.mjs';
import {completeCheckIn} from './helpers/check-in.mjs';
import {assertValidFhir} from './helpers/fhir-validator.mjs';
import {defaultContent} from 'attune-widgets/schema';
import {answersFromQuestionnaireResponse} from 'attune-widgets/fhir';

describe('examples/portal in Chromium', () => {
  let portal;
  let browser;
  before(async () => {
    portal = await startPortal({port: 0, db: openDatabase(':memory:')});
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    portal?.server.close();
    portal?.db.close();
  });

  it("will not submit before a mood is chosen, in the pack's words", async () => {
    const {page} = await openPage(browser);
    await page.goto(`${portal.url}/`);
    await page.waitForFunction(() => customElements.get('attune-mood-check-in'));
    const validity = await page.evaluate(() => {
      const form = document.querySelector('form');
      return {valid: form.checkValidity(), message: document.querySelector('attune-mood-check-in').validationMessage};
    });
    assert.deepEqual(validity, {valid: false, message: 'Choose how you are feeling today.'});
    await page.click('button[type=submit]');
    assert.equal(new URL(page.url()).pathname, '/', 'the browser blocked the submit');
    assert.equal(portal.db.prepare('SELECT count(*) AS n FROM check_ins').get().n, 0);
    await page.close();
  });

  it('posts a completed check-in through the form and stores exactly what the parent gave', async () => {
    const {page, problems} = await openPage(browser);
    await page.goto(`${portal.url}/`);
    await completeCheckIn(page, 'attune-mood-check-in', 'Long night 👶🏽 <b>ok</b>');
    const submitted = await page.evaluate(() => document.querySelector('attune-mood-check-in').response);
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    assert.equal(new URL(page.url()).pathname, '/check-ins');
    const rows = portal.db.prepare('SELECT id, mood, signpost, response FROM check_ins').all();
    assert.equal(rows.length, 1);
    assert.equal(rows[0].id, submitted.id);
    assert.deepEqual(JSON.parse(rows[0].response), submitted);
    assert.equal(JSON.parse(rows[0].response).note, 'Long night 👶🏽 <b>ok</b>');
    assert.match(await page.content(), new RegExp(submitted.id));
    // The same submit as FHIR: valid R4, and it reads back as exactly what the parent gave.
    const resource = await (await fetch(`${portal.url}/fhir/QuestionnaireResponse/${submitted.id}`)).json();
    assertValidFhir(resource);
    const {mood, feelings, answers, note, signpost, flags} = submitted;
    assert.deepEqual(answersFromQuestionnaireResponse(resource, defaultContent), {
      ok: true,
      value: {mood, feelings, answers, note, signpost, flags},
    });
    assert.deepEqual(problems.pageErrors, []);
    await page.close();
  });
});
