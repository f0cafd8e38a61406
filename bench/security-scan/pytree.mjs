// Generates a Python tree of about `lines` lines: modules of ordinary code with a few Bandit findings each.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function generateTree(dir, lines = 100_000, perFile = 500) {
  const files = Math.ceil(lines / perFile);
  let total = 0;
  for (let f = 0; f < files; f++) {
    const pkg = path.join(dir, `pkg${Math.floor(f / 20)}`);
    mkdirSync(pkg, { recursive: true });
    const out = ['import os', 'import subprocess', 'import hashlib', '', ''];
    let i = 0;
    while (out.length < perFile - 4) {
      out.push(
        `def handler_${f}_${i}(value, items):`,
        `    """Handle ${i}."""`,
        '    total = 0',
        '    for item in items:',
        '        if item > value:',
        '            total += item * 2',
        '        else:',
        '            total -= 1',
      );
      if (i % 10 === 0) out.push(`    subprocess.call("echo " + str(value), shell=True)`);
      if (i % 15 === 0) out.push(`    hashlib.md5(str(total).encode()).hexdigest()`);
      out.push('    return total', '', '');
      i++;
    }
    writeFileSync(path.join(pkg, `mod_${f}.py`), `${out.join('\n')}\n`);
    total += out.length;
  }
  return { files, lines: total };
}
