/**
 * A reader that stops early (`dateline extract … | head -1`) closes the pipe while the CLI is still
 * writing: the CLI must end quietly with success, not die on EPIPE with a stack trace.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(repoRoot, 'bin/dateline.js');

test('CLI: output cut short by the reader ends with status 0 and no error', async () => {
  const child = spawn(process.execPath, [BIN, 'extract', 'demo/readability', '--format', 'jsonl'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let first = '';
  const status = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error('the CLI did not stop after its reader left')); }, 120_000);
    child.stdout.once('data', (d: Buffer) => {
      first = d.toString();
      child.stdout.destroy(); // the reader goes away, like `head -1` after its line
    });
    child.on('close', (code) => { clearTimeout(timer); resolve(code); });
  });
  assert.ok(first.startsWith('{'), 'the CLI had started writing JSON lines');
  assert.equal(status, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE|Error/);
});
