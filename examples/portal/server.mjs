// A tiny NHS-style portal: a plain HTML form posts a mood check-in, the server validates the
// JSON with attune-widgets/schema and stores it in SQLite, beside the same check-in as a FHIR R4
// QuestionnaireResponse (attune-widgets/fhir) that it serves at /fhir/QuestionnaireResponse/:id.
// No framework: node:http only.
//
//   npm run example:portal        then open the printed URL
//
// The widget stores nothing itself: the form submits the response as JSON (the element is
// form-associated), and this server decides what to keep.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, resolve} from 'node:path';
import Database from 'better-sqlite3';
import {CheckInSubmitDetailSchema, defaultContent, parseWith, verifyResponse} from 'attune-widgets/schema';
import {toQuestionnaire, toQuestionnaireResponse} from 'attune-widgets/fhir';

const root = resolve(new URL('../..', import.meta.url).pathname);
const MAX_BODY = 2 * 1024 * 1024; // a check-in is a few KB; past 2 MB the body is refused unread

/** The pack the portal's check-in uses (the built-in one), and the base of its FHIR canonical URLs. */
const pack = defaultContent;
const fhirOptions = {base: process.env.PORTAL_FHIR_BASE}; // e.g. https://fhir.example.nhs.uk; unset: Attune's placeholder base
const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/**
 * The check-in as the FHIR R4 QuestionnaireResponse the portal stores and serves. The parts only
 * the portal knows are added here: a real portal sets `subject` to the signed-in patient, e.g.
 * `{identifier: {system: 'https://fhir.nhs.uk/Id/nhs-number', value: nhsNumber}}`, and `author`
 * or `source` (the parent). This example has no sign-in, so it has no subject to give.
 */
export function questionnaireResponseFor(response) {
  return toQuestionnaireResponse(response, pack, fhirOptions);
}

/** Opens (or creates) the check-ins table. `file` ':memory:' keeps nothing on disk. */
export function openDatabase(file = process.env.PORTAL_DB ?? ':memory:') {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE IF NOT EXISTS check_ins (
    id TEXT PRIMARY KEY,
    submitted_at TEXT NOT NULL,
    mood INTEGER NOT NULL,
    signpost TEXT NOT NULL,
    response TEXT NOT NULL,
    fhir TEXT
  )`);
  // A database made before the FHIR column existed gets it (its old rows have no resource).
  if (
    !db
      .prepare("SELECT name FROM pragma_table_info('check_ins')")
      .all()
      .some((c) => c.name === 'fhir')
  ) {
    db.exec('ALTER TABLE check_ins ADD COLUMN fhir TEXT');
  }
  return db;
}

/**
 * Validates a posted check-in: the JSON the form-associated element submits, which is the
 * same `{ schemaVersion, response }` detail as its `attune-check-in-submit` event.
 * Returns the response (re-scored against the pack) or a list of readable problems.
 */
export function validateCheckIn(raw) {
  if (typeof raw !== 'string' || raw.length === 0) {
    return {
      ok: false,
      issues: [{path: 'checkin', message: 'No check-in was sent. Choose how you are feeling, then send it again.'}],
    };
  }
  let json;
  try {
    json = JSON.parse(raw);
  } catch {
    return {ok: false, issues: [{path: 'checkin', message: 'The check-in could not be read: it is not valid JSON.'}]};
  }
  const result = parseWith(CheckInSubmitDetailSchema, json, 'checkin');
  if (result.ok && result.value.response.contentId !== pack.id) {
    return {
      ok: false,
      issues: [
        {
          path: 'checkin.response.contentId',
          message: `This check-in was made with content "${result.value.response.contentId}"; this portal asks "${pack.id}".`,
        },
      ],
    };
  }
  if (!result.ok) return result;
  // What the browser computed is the parent's device talking: re-score it against the pack.
  const verified = verifyResponse(result.value.response, pack);
  return verified.ok ? {ok: true, value: verified.response} : verified;
}

const page = (title, body) => `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="stylesheet" href="/themes/nhs.css"><link rel="stylesheet" href="/examples/portal/portal.css">
<script type="module" src="/dist/cdn/attune.min.js"></script></head>
<body><header><p>Your health portal (example)</p></header><main>${body}</main></body></html>`;

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function formPage() {
  return page(
    'Check in',
    `<h1>How are you doing?</h1>
  <form method="post" action="/check-ins">
    <attune-mood-check-in name="checkin"></attune-mood-check-in>
    <p>When you have finished, send your check-in to your health visitor team.</p>
    <button type="submit">Send to my health visitor</button>
  </form>
  <p><a href="/check-ins">See stored check-ins</a></p>`,
  );
}

function listPage(rows) {
  const body = rows.length
    ? `<table><caption>Stored check-ins, newest first</caption>
        <thead><tr><th scope="col">Sent</th><th scope="col">Mood (1–5)</th><th scope="col">Signpost</th><th scope="col">Id</th><th scope="col">FHIR</th></tr></thead>
        <tbody>${rows.map((r) => `<tr><td>${escapeHtml(r.submitted_at)}</td><td>${r.mood}</td><td>${escapeHtml(r.signpost)}</td><td>${escapeHtml(r.id)}</td><td><a href="/fhir/QuestionnaireResponse/${escapeHtml(encodeURIComponent(r.id))}">QuestionnaireResponse</a></td></tr>`).join('')}</tbody></table>`
    : '<p>No check-ins stored yet.</p>';
  return page('Stored check-ins', `<h1>Stored check-ins</h1>${body}<p><a href="/">Back to the check-in</a></p>`);
}

function readBody(req) {
  return new Promise((resolveBody, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(Object.assign(new Error('too large'), {status: 413}));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJsonOrHtml(req, res, status, issues) {
  const wantsJson = (req.headers.accept ?? '').includes('application/json');
  res.writeHead(status, {'content-type': wantsJson ? 'application/json' : 'text/html; charset=utf-8'});
  res.end(
    wantsJson
      ? JSON.stringify({error: 'invalid check-in', issues})
      : page(
          'Check-in not saved',
          `<h1>Your check-in was not saved</h1><ul>${issues.map((i) => `<li>${escapeHtml(i.path)}: ${escapeHtml(i.message)}</li>`).join('')}</ul><p><a href="/">Try again</a></p>`,
        ),
  );
}

const staticTypes = {'.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json'};

/** Starts the portal. Resolves with `{server, url, db}`. */
export async function startPortal({port = Number(process.env.PORT ?? 8010), db = openDatabase()} = {}) {
  const insert = db.prepare(
    'INSERT INTO check_ins (id, submitted_at, mood, signpost, response, fhir) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const fhirById = db.prepare('SELECT fhir FROM check_ins WHERE id = ? AND fhir IS NOT NULL');
  const questionnaire = JSON.stringify(toQuestionnaire(pack, fhirOptions));
  const list = db.prepare(
    'SELECT id, submitted_at, mood, signpost, response FROM check_ins ORDER BY submitted_at DESC',
  );

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (req.method === 'GET' && url.pathname === '/') {
        res.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
        return res.end(formPage());
      }
      if (req.method === 'GET' && url.pathname === '/check-ins') {
        res.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
        return res.end(listPage(list.all()));
      }
      if (req.method === 'GET' && url.pathname === '/check-ins.json') {
        res.writeHead(200, {'content-type': 'application/json'});
        return res.end(JSON.stringify(list.all().map((r) => JSON.parse(r.response))));
      }
      if (req.method === 'POST' && url.pathname === '/check-ins') {
        const body = await readBody(req);
        const type = req.headers['content-type'] ?? '';
        const raw = type.startsWith('application/json') ? body : new URLSearchParams(body).get('checkin');
        const result = validateCheckIn(raw);
        if (!result.ok) return sendJsonOrHtml(req, res, 400, result.issues);
        const response = result.value;
        try {
          insert.run(
            response.id,
            response.submittedAt,
            response.mood.value,
            response.signpost,
            JSON.stringify(response),
            JSON.stringify(questionnaireResponseFor(response)),
          );
        } catch (error) {
          if (String(error.code).startsWith('SQLITE_CONSTRAINT')) {
            return sendJsonOrHtml(req, res, 409, [{path: 'checkin.id', message: 'This check-in was already sent.'}]);
          }
          throw error;
        }
        res.writeHead(303, {location: '/check-ins'});
        return res.end();
      }
      const fhirRead = /^\/fhir\/(Questionnaire|QuestionnaireResponse)\/([^/]+)$/.exec(url.pathname);
      if (req.method === 'GET' && fhirRead) {
        const [, type, encoded] = fhirRead;
        const id = decodeURIComponent(encoded);
        const body = type === 'Questionnaire' ? (id === pack.id ? questionnaire : undefined) : fhirById.get(id)?.fhir;
        if (body === undefined) {
          res.writeHead(404, {'content-type': FHIR_JSON});
          return res.end(
            JSON.stringify({
              resourceType: 'OperationOutcome',
              issue: [{severity: 'error', code: 'not-found', diagnostics: `No ${type} with id "${id}".`}],
            }),
          );
        }
        res.writeHead(200, {'content-type': FHIR_JSON});
        return res.end(body);
      }
      if (req.method === 'GET' && /^\/(dist\/cdn|themes|examples\/portal)\//.test(url.pathname)) {
        const path = normalize(join(root, url.pathname));
        if (!path.startsWith(root)) throw Object.assign(new Error('bad path'), {status: 404});
        const file = await readFile(path);
        res.writeHead(200, {'content-type': staticTypes[extname(path)] ?? 'application/octet-stream'});
        return res.end(file);
      }
      res.writeHead(404, {'content-type': 'text/plain'});
      res.end('Not found');
    } catch (error) {
      const status = error.status ?? (error.code === 'ENOENT' || error instanceof URIError ? 404 : 500);
      if (status === 413)
        return sendJsonOrHtml(req, res, 413, [{path: 'checkin', message: 'That is far too big to be a check-in.'}]);
      res.writeHead(status, {'content-type': 'text/plain'});
      res.end(status === 404 ? 'Not found' : 'Something went wrong');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return {server, db, url: `http://localhost:${server.address().port}`};
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {url} = await startPortal();
  console.log(
    `\nPortal example running at ${url}/  (Ctrl+C to stop; stored check-ins are kept in memory unless PORTAL_DB is set)\n`,
  );
}
