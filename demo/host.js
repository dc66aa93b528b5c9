// The demo host: listens to the attune-* events, saves what the parent needs back in IndexedDB
// (the latest draft, the routine, the last saved baby-cues moment, the check-ins sent) and
// restores the draft, the routine and the moment on reload. This is the host's job, not the
// widgets': they never touch storage themselves.
const DB_NAME = 'attune-demo-host';
const EVENTS = ['attune-check-in-change', 'attune-check-in-submit', 'attune-routine-change', 'attune-cue-moment'];

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
/** The pack chosen last: a pack that loads after a later choice is not applied. */
let chosenPack;
async function usePack(name = 'en-GB-england') {
  chosenPack = name;
  packSelect.value = name;
  const content = name === 'en-GB-england' ? undefined : (await import(`../dist/packs/${name}.js`)).default;
  if (name !== chosenPack) return;
  // Every widget on the page (the ones inside a widget, such as its help cards, follow it).
  for (const el of document.querySelectorAll('main *')) {
    if (el.localName.startsWith('attune-')) el.content = content;
  }
}

/**
 * Keeps only what the parent needs back: the newest check-in draft (replaced at every change,
 * so note text the parent deleted is gone), the routine, the last moment saved in the baby-cues
 * guide, and the check-ins they sent (the language chosen is kept by the switch below). Nothing
 * else is written: no history of drafts, moments, keystrokes or links used.
 */
async function store(event) {
  await tx(db, ['events', 'latest'], 'readwrite', (t) => {
    if (event.type === 'attune-check-in-change') t.objectStore('latest').put(event.detail.draft, 'draft');
    if (event.type === 'attune-check-in-submit') {
      t.objectStore('events').add({type: event.type, at: new Date().toISOString(), detail: event.detail});
      t.objectStore('latest').delete('draft');
    }
    if (event.type === 'attune-routine-change') t.objectStore('latest').put(event.detail.routine, 'routine');
    if (event.type === 'attune-cue-moment') t.objectStore('latest').put(event.detail.moment, 'moment');
  });
  await showStored();
}

/** The trend shows the check-ins the host stored: the widget keeps none itself. */
async function showTrend() {
  const records = await tx(db, ['events'], 'readonly', (t) => t.objectStore('events').getAll());
  const trend = document.getElementById('trend');
  if (trend) trend.entries = records.filter((r) => r.type === 'attune-check-in-submit').map((r) => r.detail.response);
}

/** One stored thing, with its JSON behind a disclosure. */
function storedItem(name, value) {
  const item = document.createElement('li');
  const title = document.createElement('strong');
  title.textContent = name;
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'Show';
  const pre = document.createElement('pre');
  pre.textContent = JSON.stringify(value, null, 2);
  details.append(summary, pre);
  item.append(title, ' ', details);
  return item;
}

/** What the host keeps of one kind (`draft`, `routine`, `moment` or `pack`), or undefined. */
const latest = (key) => tx(db, ['latest'], 'readonly', (t) => t.objectStore('latest').get(key));

async function showStored() {
  await showTrend();
  const [records, draft, routine, moment] = await Promise.all([
    tx(db, ['events'], 'readonly', (t) => t.objectStore('events').getAll()),
    ...['draft', 'routine', 'moment'].map(latest),
  ]);
  const items = [
    ...(draft ? [storedItem('The check-in in progress (latest draft only)', draft)] : []),
    ...(routine ? [storedItem('The routine', routine)] : []),
    ...(moment ? [storedItem('The last moment saved in the baby-cues guide', moment)] : []),
    ...records
      .slice(-20)
      .reverse()
      .map((record) => storedItem(`Check-in sent ${new Date(record.at).toLocaleString()}`, record.detail.response)),
  ];
  document.getElementById('stored-list').replaceChildren(...items);
  const kept = [
    records.length > 0 && `${records.length} check-in${records.length === 1 ? '' : 's'} sent`,
    draft && 'a check-in in progress',
    routine && 'a routine',
    moment && 'a saved moment',
  ].filter(Boolean);
  document.getElementById('stored-summary').textContent = kept.length
    ? `Stored: ${kept.join(', ')}.`
    : 'Nothing stored yet.';
}

for (const type of EVENTS) document.addEventListener(type, (event) => void store(event));

packSelect.addEventListener('change', async () => {
  // Stored as the pack starts loading, so a reload straight after the switch keeps the choice.
  const name = packSelect.value;
  await Promise.all([tx(db, ['latest'], 'readwrite', (t) => t.objectStore('latest').put(name, 'pack')), usePack(name)]);
});

// Restore what the parent left last time: the widgets take it back through properties.
const [draft, routine, moment] = await Promise.all(['draft', 'routine', 'moment'].map(latest));
await customElements.whenDefined('attune-help-card');
const checkIn = document.getElementById('check-in');
const planner = document.getElementById('planner');
if (draft && customElements.get('attune-mood-check-in')) checkIn.draft = draft;
const savedPack = await latest('pack');
// A language the parent chose while the page was still loading wins over the saved one.
if (chosenPack === undefined) await usePack(savedPack);
if (routine && customElements.get('attune-routine-planner')) planner.routine = routine;
if (moment && customElements.get('attune-baby-cues')) document.getElementById('cues').moment = moment;
await showStored();

document.getElementById('clear').addEventListener('click', async () => {
  await tx(db, ['events', 'latest'], 'readwrite', (t) => {
    t.objectStore('events').clear();
    t.objectStore('latest').clear();
  });
  await showStored();
});

const theme = document.getElementById('theme');
theme.addEventListener('change', () => {
  document.getElementById('nhs-theme').disabled = theme.value !== 'nhs';
  document.documentElement.dataset.theme = theme.value;
});
