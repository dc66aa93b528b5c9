// Runs inside bench/taps.html (bench/taps.mjs drives it): one widget on the page, as the query
// string says, and an Event Timing observer that keeps the duration of each interaction.
window.taps = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (entry.interactionId) window.taps.push(entry.duration);
}).observe({type: 'event', durationThreshold: 16, buffered: true});

const params = new URLSearchParams(location.search);
await import(params.get('bundle'));
const el = document.createElement(params.get('tag'));
for (const [key, value] of JSON.parse(params.get('props') ?? '[]')) el[key] = value;
document.body.append(el);
await el.updateComplete;
window.ready = true;
