import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

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
    // Layers: SQL lives in *.queries.ts (and the database plumbing); services hold rules, routes wire.
    files: ['src/server/**/*.ts', 'src/cli/**/*.ts'],
    ignores: [
      '**/*.queries.ts',
      '**/*.test.ts',
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
