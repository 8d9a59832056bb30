// Runs a command, inheriting stdio; resolves with its exit code.
import { spawn } from 'node:child_process';

export function run(cmd, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', ...options });
    child.on('close', (code) => resolve(code ?? 1));
    child.on('error', (err) => {
      console.error(`${cmd}: ${err.message}`);
      resolve(1);
    });
  });
}

export const bin = (name) => new URL(`../../node_modules/.bin/${name}`, import.meta.url).pathname;
