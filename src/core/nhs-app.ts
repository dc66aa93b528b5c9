/**
 * Inside the NHS App, web links open in the app's browser overlay, so a parent never leaves the
 * portal's journey. The app's JavaScript API (`window.nhsapp`) is loaded by the host from the
 * app's own address and never bundled here; it is read at the moment of use, so a host may load
 * it after Attune. `tel:` and `sms:` links are left to the phone, as everywhere.
 */
import type {ReactiveController} from 'lit';

/** The parts of the NHS App's JavaScript API (v2) that Attune uses. */
export interface NhsAppApi {
  tools?: {isOpenInNHSApp?: () => boolean};
  navigation?: {openBrowserOverlay?: (url: string) => void};
  storage?: {downloadFromBytes?: (base64Data: string, filename: string, mimeType: string) => void};
}

/** The NHS App's API when the page is open in the app, else undefined. */
export function nhsApp(): NhsAppApi | undefined {
  const app = (globalThis as {nhsapp?: NhsAppApi}).nhsapp;
  try {
    return app?.tools?.isOpenInNHSApp?.() === true ? app : undefined;
  } catch {
    return undefined; // an API that throws is an API that is not there
  }
}

/**
 * A click anywhere in a widget: if it follows a web link to another site and the page is open in
 * the NHS App, the link opens in the app's browser overlay instead, and the page stays. Links on
 * the host's own site, and every link outside the app, navigate as usual.
 */
export function openWebLinksInNhsApp(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (!link?.href || !/^https?:$/.test(link.protocol) || link.origin === location.origin) return;
  const navigation = nhsApp()?.navigation;
  if (typeof navigation?.openBrowserOverlay !== 'function') return;
  try {
    navigation.openBrowserOverlay(link.href);
  } catch {
    return; // the app could not open it: the link navigates as usual, so help is still reached
  }
  event.preventDefault();
}

/** `this.addController(nhsAppLinks(this))`: web links in the element follow `openWebLinksInNhsApp`. */
export function nhsAppLinks(host: HTMLElement): ReactiveController {
  // Adding the same listener again on a later connect is a no-op.
  return {hostConnected: () => host.addEventListener('click', openWebLinksInNhsApp)};
}
