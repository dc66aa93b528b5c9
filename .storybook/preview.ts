import type {Decorator, Loader, Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {withActions} from 'storybook/actions/decorator';
import nhsThemeUrl from '../themes/nhs.css?url';
import brandThemeUrl from '../themes/brand-example.css?url';
import cem from '../custom-elements.json';
import './preview.css';
import {localeItems} from '../stories/support.js';
import {eventDetailSchemas} from '../src/schema/events.js';

setCustomElementsManifest(cem);

/** Every attune-* event, logged in the Actions panel: the one list of events and their details. */
const attuneEvents = Object.keys(eventDetailSchemas);

/** The stylesheet each theme links: the NHS theme, and the example brand (themes/brand-example.css) in either scheme. */
const themeSheets: Record<string, string> = {nhs: nhsThemeUrl, brand: brandThemeUrl, 'brand-dark': brandThemeUrl};

/**
 * Links the toolbar's theme's stylesheet, if it has one, and waits until it has loaded: so the
 * story renders themed, and axe (run after it) checks the colours a parent would see.
 */
const loadThemeSheet: Loader = async ({globals}) => {
  const theme = globals.theme ?? 'default';
  let link = document.getElementById('attune-theme') as HTMLLinkElement | null;
  const href = themeSheets[theme];
  if (link && link.dataset.theme !== theme) {
    link.remove();
    link = null;
  }
  if (!href || link) return {};
  link = Object.assign(document.createElement('link'), {id: 'attune-theme', rel: 'stylesheet', href});
  link.dataset.theme = theme;
  const loaded = new Promise((settle) => {
    link.addEventListener('load', settle, {once: true});
    link.addEventListener('error', settle, {once: true});
  });
  document.head.append(link);
  await loaded;
  return {};
};

/** Applies the toolbar's theme to the page: the dark theme is the page's color-scheme. */
const withTheme: Decorator = (story, context) => {
  document.documentElement.dataset.theme = context.globals.theme ?? 'default';
  return story();
};

const preview: Preview = {
  tags: ['autodocs'],
  loaders: [loadThemeSheet],
  decorators: [withTheme, withActions],
  parameters: {
    a11y: {
      test: 'error',
      options: {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']}},
    },
    actions: {handles: attuneEvents},
    controls: {expanded: true},
    viewport: {
      options: {
        phone320: {name: 'Small phone (320 px)', styles: {width: '320px', height: '640px'}, type: 'mobile'},
        tablet768: {name: 'Tablet (768 px)', styles: {width: '768px', height: '1024px'}, type: 'tablet'},
        desktop1280: {name: 'Desktop (1280 px)', styles: {width: '1280px', height: '800px'}, type: 'desktop'},
      },
    },
  },
  globalTypes: {
    theme: {
      description: 'Theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          {value: 'default', title: 'Default'},
          {value: 'dark', title: 'Dark'},
          {value: 'nhs', title: 'NHS'},
          {value: 'brand', title: 'Brand example'},
          {value: 'brand-dark', title: 'Brand example, dark'},
        ],
      },
    },
    locale: {
      description: 'Content pack: language and nation, or the right-to-left pseudo pack',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: localeItems,
      },
    },
  },
  initialGlobals: {theme: 'default', locale: 'en-GB'},
};
export default preview;
