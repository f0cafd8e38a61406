// Native-ESM Jest (the @actions/* packages are ESM-only, so Jest needs --experimental-vm-modules and ts-jest
// with useESM; see docs/contributing.md): run through scripts/jest.mjs,
// which adds --experimental-vm-modules and runs on the project's Node 24.
const transform = {
  '^.+\\.ts$': [
    'ts-jest',
    {
      useESM: true,
      tsconfig: {
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        allowImportingTsExtensions: true,
        rewriteRelativeImportExtensions: false,
        isolatedModules: true,
        verbatimModuleSyntax: true,
        noEmit: false,
        target: 'ES2023',
        strict: true,
        esModuleInterop: true,
        resolveJsonModule: true,
        skipLibCheck: true,
      },
    },
  ],
};
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  transform,
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.tmp/'],
};
export default {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{packages,actions}/*/test/**/*.test.ts', '<rootDir>/scripts/test/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{packages,actions}/*/test/**/*.itest.ts', '<rootDir>/test/**/*.itest.ts'],
    },
  ],
};
