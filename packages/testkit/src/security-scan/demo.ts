/**
 * The security-scan demo: the committed bundle, as the runner runs it, with real Bandit on
 * examples/security-scan/app and a real passive scan of nginx's default site on loopback, against the
 * fake GitHub. Prints the outputs, annotations and the PR comment; with --write, also records the
 * comment in docs/security-scan-demo.md.
 *
 *   node packages/testkit/src/security-scan/demo.ts [--write]     (Node 24: node_modules/.bin/node)
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../paths.ts';
import { runBundle } from '../run-bundle.ts';
import { startFakeGitHub } from '../github-fake/server.ts';
import { startNginx } from './servers.ts';

const BANDIT = '/var/lib/pipewright/venv/bin/bandit';

const gh = await startFakeGitHub();
const nginx = await startNginx();
try {
  const inputs = {
    'sast-path': 'examples/security-scan/app',
    ...(existsSync(BANDIT) ? { bandit: BANDIT } : {}),
    'target-url': `${nginx.url}/`,
    'rules-file': 'examples/security-scan/rules.tsv',
    'upload-sarif': 'true',
  };
  const r = await runBundle('security-scan', {
    inputs,
    workspace: REPO_ROOT,
    githubApiUrl: gh.url,
    env: { GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/security.yml@refs/pull/42/merge' },
  });
  const comment = gh.issueComments(42).at(-1)?.body ?? '(no comment)';
  console.log(`exit code ${r.exitCode}\n\noutputs:`);
  for (const [k, v] of Object.entries(r.outputs)) console.log(`  ${k}=${v}`);
  console.log('\nannotations:');
  for (const a of r.annotations)
    console.log(
      `  ${a.level}${a.file ? ` ${a.file}:${a.line}` : ''}: ${a.title ? `[${a.title}] ` : ''}${a.message.split('\n')[0]}`,
    );
  console.log(
    `\nSARIF uploads: ${gh.sarifUploads.length}; requests the fake GitHub rejected: ${gh.rejected.length}`,
  );
  console.log(`\nPR comment:\n\n${comment}`);
  if (process.argv.includes('--write')) {
    const portFree = comment
      .replaceAll(nginx.url, 'http://127.0.0.1:8080')
      .replaceAll(nginx.url.replace(':', '&#58;'), 'http&#58;//127.0.0.1:8080')
      // The comment escapes the dots of the URL (inert markdown).
      .replaceAll(nginx.url.replace(':', '&#58;').replaceAll('.', '\\.'), 'http&#58;//127\\.0\\.0\\.1:8080');
    writeFileSync(
      path.join(REPO_ROOT, 'docs', 'security-scan-demo.md'),
      `# security-scan demo: the PR comment\n\nWritten by \`node packages/testkit/src/security-scan/demo.ts --write\`: the committed bundle with real Bandit ${r.outputs['sast-findings'] ? '' : ''}on \`examples/security-scan/app\`, a real passive scan of nginx's default site on loopback (the port is replaced by 8080 here), and \`examples/security-scan/rules.tsv\`, against the fake GitHub. Exit code ${r.exitCode} (the gate fails on purpose).\n\n---\n\n${portFree}\n`,
    );
    console.log('\nwritten docs/security-scan-demo.md');
  }
} finally {
  await nginx.stop();
  await gh.close();
}
