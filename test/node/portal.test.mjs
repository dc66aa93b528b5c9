// The portal example's server: validation with attune-widgets/schema and storage in SQLite.
// (The browser round trip through the real form lives in test/node/portal-browser.test.mjs.)
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {defaultContent} from 'attune-widgets/schema';
import {openDatabase, startPortal} from '../../examples/portal/server.mjs';
import {assertValidFhir} from './helpers/fhir-validator.mjs';

const response = () => ({
  id: crypto.randomUUID(),
  contentId: defaultContent.id,
  contentVersion: defaultContent.version,
  locale: 'en-GB',
  startedAt: '2026-11-27T08:00:00.000Z',
  submittedAt: '2026-11-27T08:02:00.000Z',
  mood: {value: 2, optionId: 'low'},
  feelings: ['tired'],
  answers: [{questionId: 'harm-thoughts', optionId: 'no', score: 0}],
  signpost: 'support',
  flags: ['mood-low'],
});

describe('examples/portal server', () => {
  let portal;
  const count = () => portal.db.prepare('SELECT count(*) AS n FROM check_ins').get().n;
  const post = (body, type = 'application/x-www-form-urlencoded') =>
    fetch(`${portal.url}/check-ins`, {
      method: 'POST',
      redirect: 'manual',
      headers: {'content-type': type, accept: 'application/json'},
      body,
    });
  const form = (value) => new URLSearchParams({checkin: value}).toString();

  before(async () => {
    portal = await startPortal({port: 0, db: openDatabase(':memory:')});
  });
  after(() => {
    portal.server.close();
    portal.db.close();
  });

  it('stores a valid check-in and lists it', async () => {
    const detail = {schemaVersion: 1, response: response()};
    const res = await post(form(JSON.stringify(detail)));
    assert.equal(res.status, 303);
    assert.equal(count(), 1);
    const stored = await (await fetch(`${portal.url}/check-ins.json`)).json();
    assert.deepEqual(stored[0], detail.response);
    const page = await (await fetch(`${portal.url}/check-ins`)).text();
    assert.match(page, new RegExp(detail.response.id));
  });

  const bad = [
    ['malformed JSON', form('{"schemaVersion": 1, "response": '), /not valid JSON/],
    ['a wrong schemaVersion', form(JSON.stringify({schemaVersion: 2, response: response()})), /checkin\.schemaVersion/],
    [
      'a missing mood',
      form(JSON.stringify({schemaVersion: 1, response: {...response(), mood: undefined}})),
      /checkin\.response\.mood/,
    ],
    ['no check-in field at all', 'other=1', /No check-in was sent/],
    ['1 MB of junk', form(JSON.stringify({schemaVersion: 1, junk: 'x'.repeat(1024 * 1024)})), /checkin/],
    [
      'markup in the note that is over 5000 characters',
      form(JSON.stringify({schemaVersion: 1, response: {...response(), note: '<script>'.repeat(700)}})),
      /checkin\.response\.note/,
    ],
  ];
  for (const [name, body, message] of bad) {
    it(`answers ${name} with 400 and a clear message, stores nothing, keeps serving`, async () => {
      const before = count();
      const res = await post(body);
      assert.equal(res.status, 400);
      const json = await res.json();
      assert.ok(json.issues.length > 0);
      assert.match(json.issues.map((i) => `${i.path}: ${i.message}`).join('\n'), message);
      assert.equal(count(), before);
      assert.equal((await fetch(`${portal.url}/`)).status, 200);
    });
  }

  it('stores each check-in as a FHIR QuestionnaireResponse too, served as application/fhir+json', async () => {
    const detail = {
      schemaVersion: 1,
      response: {...response(), answers: [{questionId: 'harm-thoughts', optionId: 'no', score: 0}]},
    };
    assert.equal((await post(form(JSON.stringify(detail)))).status, 303);
    const res = await fetch(`${portal.url}/fhir/QuestionnaireResponse/${detail.response.id}`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^application\/fhir\+json/);
    const resource = await res.json();
    assertValidFhir(resource);
    assert.equal(resource.id, detail.response.id);
    assert.equal(resource.authored, detail.response.submittedAt);
    assert.equal(
      resource.questionnaire,
      `https://attune-widgets.invalid/fhir/Questionnaire/${defaultContent.id}|${defaultContent.version}`,
    );
    assert.deepEqual(resource.item[0].answer[0].valueCoding.code, 'low');

    const questionnaire = await fetch(`${portal.url}/fhir/Questionnaire/${defaultContent.id}`);
    assert.match(questionnaire.headers.get('content-type'), /^application\/fhir\+json/);
    const body = await questionnaire.json();
    assertValidFhir(body);
    assert.equal(`${body.url}|${body.version}`, resource.questionnaire);

    const missing = await fetch(`${portal.url}/fhir/QuestionnaireResponse/no-such-check-in`);
    assert.equal(missing.status, 404);
    assert.equal((await missing.json()).resourceType, 'OperationOutcome');
    assert.equal((await fetch(`${portal.url}/fhir/QuestionnaireResponse/%E0%A4%A`)).status, 404);
  });

  it('refuses a check-in made with another pack (its FHIR form would not match)', async () => {
    const res = await post(
      form(JSON.stringify({schemaVersion: 1, response: {...response(), contentId: 'someone-else'}})),
    );
    assert.equal(res.status, 400);
    assert.match(
      (await res.json()).issues[0].message,
      new RegExp(`made with content "someone-else"; this portal asks "${defaultContent.id}"`),
    );
  });

  it('refuses a forged response: "not safe right now" sent with signpost none (re-scored with verifyResponse)', async () => {
    const forged = {
      ...response(),
      answers: [{questionId: 'harm-thoughts', optionId: 'yes-not-safe', score: 2}],
      signpost: 'none',
      flags: [],
    };
    const before = count();
    const res = await post(form(JSON.stringify({schemaVersion: 1, response: forged})));
    assert.equal(res.status, 400);
    const body = await res.json();
    assert.ok(
      body.issues.some((issue) => issue.path === 'response.signpost'),
      JSON.stringify(body),
    );
    assert.equal(count(), before);
  });

  it('refuses the same check-in twice', async () => {
    const detail = {schemaVersion: 1, response: response()};
    assert.equal((await post(form(JSON.stringify(detail)))).status, 303);
    const again = await post(form(JSON.stringify(detail)));
    assert.equal(again.status, 409);
  });
});
