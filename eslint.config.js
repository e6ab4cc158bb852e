// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';

/**
 * Layer rules (see README, "Design"). Each entry bans what a folder must not import, so a
 * violation fails `npm run check` and `npm run build`.
 */
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'net', 'tls', 'child_process', 'crypto', 'stream', 'http', 'https', 'events', 'util'];
const ban = (group, message) => ({ group, message });

const DRIVER_BANS = [
  ban(['electron'], 'drivers never import electron.'),
  ban(['**/main/**', '**/renderer/**', '**/preload/**'], 'drivers import only shared, domain and Node.'),
];

const layers = [
  {
    files: ['src/shared/**', 'src/domain/**'],
    patterns: [
      ban(['electron'], 'shared and domain are pure TypeScript: no electron.'),
      ban(NODE_BUILTINS, 'shared and domain are pure TypeScript: no Node built-ins.'),
      ban(['**/drivers/**', '**/main/**', '**/renderer/**', '**/preload/**'], 'shared and domain import only shared and domain.'),
    ],
  },
  { files: ['src/drivers/**'], ignores: ['src/drivers/demo/**', 'src/drivers/libvirt/**'], patterns: DRIVER_BANS },
  {
    files: ['src/drivers/demo/**'],
    patterns: [...DRIVER_BANS, ban(['**/libvirt/**', '**/libvirt'], 'the demo and libvirt drivers never import each other.')],
  },
  {
    files: ['src/drivers/libvirt/**'],
    patterns: [...DRIVER_BANS, ban(['**/demo/**', '**/demo'], 'the demo and libvirt drivers never import each other.')],
  },
  {
    files: ['src/main/**'],
    ignores: ['src/main/electron/**'],
    patterns: [
      ban(['electron'], 'only src/main/electron and src/preload import electron.'),
      ban(['**/renderer/**', '**/preload/**'], 'main never imports the renderer or the preload.'),
    ],
  },
  {
    files: ['src/preload/**'],
    patterns: [ban(['**/drivers/**', '**/domain/**', '**/main/**', '**/renderer/**'], 'the preload sees only shared/ipc and electron.')],
  },
  {
    files: ['src/renderer/**'],
    patterns: [
      ban(['electron'], 'the renderer never imports electron.'),
      ban(NODE_BUILTINS, 'the renderer never imports Node built-ins.'),
      ban(['**/drivers/**', '**/domain/**', '**/main/**', '**/preload/**'], 'the renderer sees only src/shared.'),
    ],
  },
  {
    files: ['test/**', 'bench/**', 'scripts/**'],
    ignores: ['test/unit/electron/**'],
    patterns: [ban(['electron'], 'only src/main/electron and src/preload import electron (tests use fakes).')],
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '**/*.gen.ts', 'coverage/**', '.cache/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'max-lines': ['error', { max: 800, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/renderer/**/*.tsx', 'src/renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.configs.recommended.rules },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    // Plain-JS files here are Node scripts.
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', URL: 'readonly', console: 'readonly', Buffer: 'readonly' },
    },
  },
  ...layers.map(({ files, ignores, patterns }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  })),
);
