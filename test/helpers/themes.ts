/**
 * Puts the page into each theme a host may use: the default light scheme, the dark scheme
 * (the page's `color-scheme`) and the NHS theme stylesheet from `themes/nhs.css`.
 */
export type ThemeName = 'default' | 'dark' | 'nhs';
export const themes: ThemeName[] = ['default', 'dark', 'nhs'];

let nhsLink: HTMLLinkElement | undefined;

export async function useTheme(theme: ThemeName): Promise<void> {
  document.documentElement.style.colorScheme = theme === 'dark' ? 'dark' : 'light';
  document.body.classList.toggle('dark', theme === 'dark');
  if (theme === 'nhs' && !nhsLink) {
    nhsLink = document.createElement('link');
    nhsLink.rel = 'stylesheet';
    nhsLink.href = new URL('../../themes/nhs.css', import.meta.url).href;
    const loaded = new Promise((resolve, reject) => {
      nhsLink!.onload = resolve;
      nhsLink!.onerror = reject;
    });
    document.head.append(nhsLink);
    await loaded;
  } else if (theme !== 'nhs' && nhsLink) {
    nhsLink.remove();
    nhsLink = undefined;
  }
}
