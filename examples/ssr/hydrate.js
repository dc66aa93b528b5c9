// Browser half of the server-rendering recipe: gives each server-rendered widget the same
// properties the server rendered it with (written into the page by renderWithState), then
// loads the hydrating build. The elements are not defined yet, so the values wait on each
// element and are checked and applied before its first render, which adopts the server's
// markup rather than replacing it.
const state = JSON.parse(document.getElementById('attune-state')?.textContent ?? '[]');
for (const wrapper of document.querySelectorAll('[data-attune-state]')) {
  Object.assign(wrapper.firstElementChild, state[Number(wrapper.dataset.attuneState)]);
}
await import('/dist/cdn/attune-hydrate.min.js');
