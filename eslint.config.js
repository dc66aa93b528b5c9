// ESLint: typescript-eslint, Lit, web components and Lit accessibility rules, plus the import
// directions of the design contract (the shared DESIGN.md: "Imports flow one way") and the size
// limits that keep code readable.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import {elementNames} from './scripts/elements.mjs';

const elements = elementNames;

/** An import that must not be written in the files it applies to, and why. */
const never = (regex, message) => ({regex, message});
/** An import allowed only as `import type` (a value import would pull zod into a widget up front). */
const typeOnly = (regex, message) => ({regex, message, allowTypeImports: true});

const notTestCode = never(
  '(^|/)(demo|stories|test|examples|bench)/',
  'Nothing in src/ imports demo/, stories/, test/, examples/ or bench/.',
);
const noLit = never('^lit($|/)|^@lit/', 'This folder has no DOM and no Lit.');
const noZod = typeOnly('^zod($|/)', 'zod loads lazily, through core/checked-value.ts: import its types only.');
const zodSchemas = typeOnly(
  '(^|/)schema/[^/]+$',
  'Widgets load the zod schemas lazily: import their types only, or the zod-free modules in model/.',
);
const otherElements = (except = []) =>
  never(
    `(^|/)(${elements.filter((name) => !except.includes(name)).join('|')})/`,
    'An element folder imports core/, schema/ and its own files; only the check-in, the trend and the baby-cues guide import the help card.',
  );
const restrict = (files, patterns) => ({
  files,
  rules: {'@typescript-eslint/no-restricted-imports': ['error', {patterns}]},
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      'custom-elements.json',
      'examples/react/dist/',
      'bench/.build/',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {globals: {...globals.browser, ...globals.node}},
    linterOptions: {reportUnusedDisableDirectives: 'error'},
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true},
      ],
      // Interfaces that only extend are how a global map (HTMLElementEventMap, JSX) is merged.
      '@typescript-eslint/no-empty-object-type': ['error', {allowInterfaces: 'with-single-extends'}],
      '@typescript-eslint/no-namespace': ['error', {allowDeclarations: true}],
      // Readable over short: one declaration per statement, no comma operators.
      'one-var': ['error', 'never'],
      'no-sequences': ['error', {allowInParentheses: false}],
    },
  },
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {files: ['src/**/*.ts'], ...wc.configs['flat/recommended']},
  {files: ['src/**/*.ts'], ...litA11y.configs.recommended},
  {
    files: ['src/**/*.ts'],
    ignores: ['src/content/**'],
    rules: {
      'max-lines': ['error', {max: 300, skipBlankLines: false, skipComments: false}],
      'max-lines-per-function': ['error', {max: 60, skipBlankLines: true, skipComments: true}],
    },
  },
  // Imports flow one way: schema/ and its zod-free folder at the bottom, elements on top.
  restrict(['src/**/*.ts'], [notTestCode]),
  restrict(
    ['src/schema/**/*.ts'],
    [notTestCode, noLit, never('(^|/)(core|fhir|content|react|cdn)/', 'schema/ imports only zod.'), otherElements()],
  ),
  restrict(
    ['src/schema/index.ts'],
    [
      notTestCode,
      noLit,
      never('(^|/)(core|fhir|react|cdn)/', 'schema/ imports only zod (its entry may re-export the default pack).'),
      otherElements(),
    ],
  ),
  restrict(
    ['src/model/**/*.ts'],
    [
      notTestCode,
      noLit,
      never('^zod($|/)', 'model/ is zod-free: the widgets load it without validation.'),
      typeOnly('(^|/)schema/', 'model/ imports the zod schemas for their types only.'),
    ],
  ),
  restrict(
    ['src/content/**/*.ts'],
    [
      notTestCode,
      noLit,
      never('(^|/)(core|fhir|react|cdn)/', 'content/ imports only schema/ types.'),
      otherElements(),
      typeOnly('(^|/)schema/', 'content/ imports only schema/ types.'),
    ],
  ),
  restrict(
    ['src/fhir/**/*.ts'],
    [notTestCode, noLit, never('(^|/)(core|content|react|cdn)/', 'fhir/ imports only schema/.'), otherElements()],
  ),
  restrict(
    ['src/core/**/*.ts'],
    [
      notTestCode,
      noZod,
      zodSchemas,
      never('(^|/)(content|fhir|react|cdn)/', 'core/ imports schema/ and Lit.'),
      otherElements(),
    ],
  ),
  restrict(
    ['src/help-card/**/*.ts', 'src/routine-planner/**/*.ts'],
    [
      notTestCode,
      noZod,
      zodSchemas,
      never('(^|/)(fhir|react|cdn)/', 'An element folder imports core/, schema/ and its own files.'),
      otherElements(),
    ],
  ),
  restrict(
    ['src/mood-check-in/**/*.ts', 'src/mood-trend/**/*.ts', 'src/baby-cues/**/*.ts'],
    [
      notTestCode,
      noZod,
      zodSchemas,
      never('(^|/)(fhir|react|cdn)/', 'An element folder imports core/, schema/ and its own files.'),
      otherElements(['help-card']),
    ],
  ),
  {
    files: [
      'test/**',
      'stories/**',
      '.storybook/**',
      'fixtures/**',
      'scripts/**',
      'bench/**',
      'demo/**',
      'examples/**',
    ],
    // Chai's `expect(x).to.be.true` is an expression; a test sets a property to itself on purpose.
    rules: {'@typescript-eslint/no-unused-expressions': 'off', 'no-self-assign': 'off'},
  },
);
