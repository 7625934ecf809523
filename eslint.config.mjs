// ESLint (flat config) with typescript-eslint; formatting is Prettier's (see .prettierrc.json).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // api-schema.ts is generated (npm run openapi:client), its comments the API's own descriptions.
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'jest.config.js', 'apps/web/src/api-schema.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      // `_exhaustive` and `_`-prefixed destructured leftovers are deliberate.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Lines Prettier cannot break (long strings, URLs) still have a limit.
      'max-len': ['error', { code: 140, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true }],
    },
  },
);
