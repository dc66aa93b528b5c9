import type {Decorator, Preview} from '@storybook/web-components-vite';
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

/** Applies the toolbar's theme: the page's color-scheme for dark, a theme's stylesheet for the others. */
const withTheme: Decorator = (story, context) => {
  const theme = context.globals.theme ?? 'default';
  document.documentElement.dataset.theme = theme;
  let link = document.getElementById('attune-theme') as HTMLLinkElement | null;
  const href = themeSheets[theme];
  if (link && link.dataset.theme !== theme) {
    link.remove();
    link = null;
  }
  if (href && !link) {
    link = Object.assign(document.createElement('link'), {id: 'attune-theme', rel: 'stylesheet', href});
    link.dataset.theme = theme;
    document.head.append(link);
  }
  return story();
};

const preview: Preview = {
  tags: ['autodocs'],
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
