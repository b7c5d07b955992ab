import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** An expression placed between tags, where its value is shown as text. */
const JSX_CHILD = ':matches(JSXElement, JSXFragment) > JSXExpressionContainer';
/** JSX attributes a user reads or hears: their text comes from the i18n catalog. */
const UI_ATTRIBUTE = 'JSXAttribute[name.name=/^(label|title|placeholder|aria-label|alt|description)$/]';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'test-results', 'playwright-report', 'bench/out'] },
  ...tseslint.configs.strict,
  {
    files: ['src/web/**/*.tsx', 'src/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // The browser talks to the server only through web/api/ (hooks and functions), never from a screen.
    files: ['src/web/pages/**/*.{ts,tsx}', 'src/web/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/api/client'],
              allowImportNames: ['ApiError'],
              message: 'Call the server through a hook or function in web/api/, not get/post/put/patch/del.',
            },
          ],
        },
      ],
    },
  },
  {
    // Every sentence a user reads lives in the i18n catalog (web/i18n), in both languages.
    files: ['src/web/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/\\p{L}/u]',
          message: 'UI text belongs in the i18n catalog (web/i18n/nl.ts and en.ts).',
        },
        {
          selector: `${JSX_CHILD} > Literal[value=/\\p{L}/u]`,
          message: 'UI text belongs in the i18n catalog (web/i18n/nl.ts and en.ts).',
        },
        {
          selector: `${UI_ATTRIBUTE} > Literal[value=/./]`,
          message: 'UI text belongs in the i18n catalog (web/i18n/nl.ts and en.ts).',
        },
        {
          selector: `${UI_ATTRIBUTE} > JSXExpressionContainer > Literal[value=/./]`,
          message: 'UI text belongs in the i18n catalog (web/i18n/nl.ts and en.ts).',
        },
        {
          selector: `${UI_ATTRIBUTE} > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/\\p{L}/u]`,
          message: 'UI text belongs in the i18n catalog (web/i18n/nl.ts and en.ts).',
        },
        {
          selector: `${UI_ATTRIBUTE} > JSXExpressionContainer > :matches(ConditionalExpression, LogicalExpression) > Literal[value=/./]`,
          message: 'UI text belongs in the i18n catalog (web/i18n/nl.ts and en.ts).',
        },
        {
          selector: `${JSX_CHILD} > :matches(ConditionalExpression, LogicalExpression) > Literal[value=/\\p{L}/u]`,
          message: 'UI text belongs in the i18n catalog (web/i18n/nl.ts and en.ts).',
        },
        {
          selector: `${JSX_CHILD} > TemplateLiteral > TemplateElement[value.raw=/\\p{L}/u]`,
          message: 'UI text belongs in the i18n catalog (web/i18n/nl.ts and en.ts).',
        },
        {
          selector: 'Property[key.name=/^(label|title|placeholder|description)$/] > Literal[value=/\\p{L}/u]',
          message: 'UI text belongs in the i18n catalog (web/i18n/nl.ts and en.ts).',
        },
      ],
    },
  },
  {
    // Layers: SQL lives in *.queries.ts (and the database plumbing); services hold rules, routes wire.
    files: ['src/server/**/*.ts', 'src/cli/**/*.ts'],
    ignores: [
      '**/*.queries.ts',
      '**/*.test.ts',
      // Scope conditions are SQL fragments that every query composes; they are the access rule itself.
      'src/server/auth/scope.ts',
      'src/server/db/**',
      'src/testing/**',
      '**/*-test-support.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|selectNoFrom)$/]',
          message: 'SQL belongs in a *.queries.ts file; call a query function from here.',
        },
        {
          selector: 'TaggedTemplateExpression[tag.name="sql"]',
          message: 'SQL belongs in a *.queries.ts file (or server/db/dialect.ts for engine differences).',
        },
      ],
    },
  },
  {
    // Access: one module decides 404 versus 403 (auth/access.ts); features do not test roles themselves.
    files: ['src/server/**/*.ts', 'src/cli/**/*.ts'],
    ignores: ['src/server/auth/**', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/auth/permissions'],
              importNames: ['schoolsWhere', 'permissionsAtSchool', 'wholeSchoolIds', 'teacherSchoolIds'],
              message:
                'Use auth/access.ts (requireAtSchool, requireWholeSchool, requireGroup, requirePupil).',
            },
          ],
        },
      ],
    },
  },
  {
    // The parsers stay free of the server, so the CLI, the worker and tests can use them alone.
    files: ['src/imports/**/*.ts', 'src/domain/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/web/**'],
              message: 'Pure code must not import the server or the web app.',
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only' },
        { object: 'describe', property: 'only' },
        { object: 'test', property: 'only' },
        { object: 'it', property: 'skip' },
        { object: 'describe', property: 'skip' },
        { object: 'test', property: 'skip' },
      ],
    },
  },
);
