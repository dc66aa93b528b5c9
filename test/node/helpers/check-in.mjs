// Completes the default check-in in a real page as a parent would: real mouse clicks on the
// widget's own radios and buttons (found through its shadow root).
import {deep} from './browser.mjs';

/** Clicks the element found by `find` (run in the page) with the mouse. */
async function clickWhere(page, find, where) {
  const handle = await page.evaluateHandle(find, where);
  const element = handle.asElement();
  if (!element) throw new Error(`Nothing to click for ${find.toString().slice(0, 80)} ${JSON.stringify(where)}`);
  await element.click();
  await page.evaluate((el) => el.getRootNode().host?.updateComplete, element);
}

const option = ({selector, group, label}) => {
  const root = document.querySelector(selector).shadowRoot;
  return [...root.querySelectorAll(`input[name="${group}"]`)].find((input) =>
    input.closest('label').textContent.includes(label),
  );
};
const button = ({selector, name}) => {
  const root = document.querySelector(selector).shadowRoot;
  return [...root.querySelectorAll('button')].find((b) => b.textContent.replace(/\s+/g, ' ').trim() === name);
};

/** Mood "Low", feeling "Tired", the safety question (by default "No"), a note, then Finish. */
export async function completeCheckIn(
  page,
  selector = 'attune-mood-check-in',
  note = 'Long night 👶🏽',
  safetyAnswer = 'No',
) {
  await page.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector('input'), selector);
  await clickWhere(page, option, {selector, group: 'mood', label: 'Low'});
  await clickWhere(page, button, {selector, name: 'Next'});
  await clickWhere(page, option, {selector, group: 'feelings', label: 'Tired'});
  await clickWhere(page, button, {selector, name: 'Next'});
  await clickWhere(page, option, {selector, group: 'q-harm-thoughts', label: safetyAnswer});
  await clickWhere(page, button, {selector, name: 'Next'});
  const textarea = await deep(page, selector, 'textarea');
  await textarea.asElement().type(note);
  await clickWhere(page, button, {selector, name: 'Next'});
  await clickWhere(page, button, {selector, name: 'Finish check-in'});
}
