// The demo host: listens to every attune-* event, saves what it receives in IndexedDB and
// restores the check-in draft and the routine on reload. This is the host's job, not the
// widgets': they never touch storage themselves.
const DB_NAME = 'attune-demo-host';
const EVENTS = [
  'attune-check-in-change', 'attune-check-in-submit', 'attune-routine-change',
  'attune-routine-step-complete', 'attune-help-action', 'attune-content-error',
];

function openDb() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('events', {keyPath: 'id', autoIncrement: true});
      request.result.createObjectStore('latest');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function tx(db, stores, mode, work) {
  return new Promise((resolve, reject) => {
    const t = db.transaction(stores, mode);
    const result = work(t);
    // A request gives its result (undefined when nothing is stored), never the request itself.
    t.oncomplete = () => resolve(result instanceof IDBRequest ? result.result : result);
    t.onerror = () => reject(t.error);
  });
}

const db = await openDb();

/**
 * The language and nation switch: each ready pack is a module in dist/packs/. England's is the
 * built-in pack, so choosing it sets no content (and loads no validation code).
 */
const packSelect = document.getElementById('pack');
async function usePack(name = 'en-GB-england') {
  packSelect.value = name;
  const content = name === 'en-GB-england' ? undefined : (await import(`../dist/packs/${name}.js`)).default;
  for (const el of document.querySelectorAll('attune-mood-check-in, attune-mood-trend, attune-routine-planner, attune-help-card')) {
    el.content = content;
  }
}

/** Saves one event; keeps the newest draft and routine for restoring. */
async function store(event) {
  const record = {type: event.type, at: new Date().toISOString(), detail: event.detail};
  await tx(db, ['events', 'latest'], 'readwrite', (t) => {
    t.objectStore('events').add(record);
    if (event.type === 'attune-check-in-change') t.objectStore('latest').put(event.detail.draft, 'draft');
    if (event.type === 'attune-check-in-submit') t.objectStore('latest').delete('draft');
    if (event.type === 'attune-routine-change') t.objectStore('latest').put(event.detail.routine, 'routine');
  });
  await showStored();
}

/** The trend shows the check-ins the host stored: the widget keeps none itself. */
async function showTrend() {
  const records = await tx(db, ['events'], 'readonly', (t) => t.objectStore('events').getAll());
  const trend = document.getElementById('trend');
  if (trend) trend.entries = records.filter((r) => r.type === 'attune-check-in-submit').map((r) => r.detail.response);
}

async function showStored() {
  await showTrend();
  const records = await tx(db, ['events'], 'readonly', (t) => t.objectStore('events').getAll());
  const list = document.getElementById('stored-list');
  list.replaceChildren(...records.slice(-20).reverse().map((record) => {
    const item = document.createElement('li');
    const title = document.createElement('strong');
    title.textContent = record.type;
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = new Date(record.at).toLocaleTimeString();
    const pre = document.createElement('pre');
    pre.textContent = JSON.stringify(record.detail, null, 2);
    details.append(summary, pre);
    item.append(title, ' ', details);
    return item;
  }));
  document.getElementById('stored-summary').textContent = records.length
    ? `${records.length} event${records.length === 1 ? '' : 's'} stored. Showing the newest ${Math.min(20, records.length)}.`
    : 'Nothing stored yet.';
}

for (const type of EVENTS) document.addEventListener(type, (event) => void store(event));

// Restore what the parent left last time: the widgets take it back through properties.
const [draft, routine] = await Promise.all([
  tx(db, ['latest'], 'readonly', (t) => t.objectStore('latest').get('draft')),
  tx(db, ['latest'], 'readonly', (t) => t.objectStore('latest').get('routine')),
]);
await customElements.whenDefined('attune-help-card');
const checkIn = document.getElementById('check-in');
const planner = document.getElementById('planner');
if (draft && customElements.get('attune-mood-check-in')) checkIn.draft = draft;
await usePack(await tx(db, ['latest'], 'readonly', (t) => t.objectStore('latest').get('pack')));
if (routine && customElements.get('attune-routine-planner')) planner.routine = routine;
await showStored();

document.getElementById('clear').addEventListener('click', async () => {
  await tx(db, ['events', 'latest'], 'readwrite', (t) => { t.objectStore('events').clear(); t.objectStore('latest').clear(); });
  await showStored();
});

const theme = document.getElementById('theme');
packSelect.addEventListener('change', async () => {
  await usePack(packSelect.value);
  await tx(db, ['latest'], 'readwrite', (t) => t.objectStore('latest').put(packSelect.value, 'pack'));
});
theme.addEventListener('change', () => {
  document.getElementById('nhs-theme').disabled = theme.value !== 'nhs';
  document.documentElement.dataset.theme = theme.value;
});
