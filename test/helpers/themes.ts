/**
 * Puts the page into each theme a host may use: the default light scheme, the dark scheme
 * (the page's `color-scheme`), the NHS theme from `themes/nhs.css` and the example brand theme
 * from `themes/brand-example.css` (in the light scheme; `useTheme('brand', 'dark')` for its dark).
 */
export type ThemeName = 'default' | 'dark' | 'nhs' | 'brand';
export const themes: ThemeName[] = ['default', 'dark', 'nhs', 'brand'];

/** The stylesheet each theme links, if any. */
const sheets: Partial<Record<ThemeName, string>> = {nhs: 'nhs.css', brand: 'brand-example.css'};

let link: HTMLLinkElement | undefined;

export async function useTheme(
  theme: ThemeName,
  scheme: 'light' | 'dark' = theme === 'dark' ? 'dark' : 'light',
): Promise<void> {
  document.documentElement.style.colorScheme = scheme;
  document.body.classList.toggle('dark', scheme === 'dark');
  const sheet = sheets[theme];
  const href = sheet && new URL(`../../themes/${sheet}`, import.meta.url).href;
  if (link && link.href !== href) {
    link.remove();
    link = undefined;
  }
  if (href && !link) {
    link = Object.assign(document.createElement('link'), {rel: 'stylesheet', href});
    const loaded = new Promise((resolve, reject) => {
      link!.onload = resolve;
      link!.onerror = reject;
    });
    document.head.append(link);
    await loaded;
  }
}
