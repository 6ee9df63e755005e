// `npm run i18n -- <command>`: the translation tooling (src/node/i18n-cli.ts), run with Node's type stripping from the project root.
import { main } from '../src/node/i18n-cli.ts';

process.exitCode = main(process.argv.slice(2), {
  stdout: console.log,
  stderr: console.error,
  root: process.cwd(),
  color: process.stdout.isTTY === true,
  today: new Date().toISOString().slice(0, 10),
  env: process.env,
});
