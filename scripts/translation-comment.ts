// `node scripts/translation-comment.ts <status.json> <run-url>`: prints the pull-request comment
// (src/lib/translation/pr-comment.ts) for the status artifact of a translation workflow run.
// Run from the default branch by .github/workflows/translation-comment.yml; the artifact is untrusted.
import { readFileSync, statSync } from 'node:fs';
import { MAX_ARTIFACT_BYTES, parsePrStatus, renderComment } from '../src/lib/translation/pr-comment.ts';

const [file, runUrl] = process.argv.slice(2);
if (!file || !runUrl || !/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/actions\/runs\/\d+$/.test(runUrl)) {
  console.error('usage: node scripts/translation-comment.ts <status.json> https://github.com/<owner>/<repo>/actions/runs/<id>');
  process.exit(2);
}
if (statSync(file).size > MAX_ARTIFACT_BYTES) {
  console.error(`${file}: larger than ${MAX_ARTIFACT_BYTES} bytes; refusing it`);
  process.exit(1);
}
process.stdout.write(`${renderComment(parsePrStatus(readFileSync(file, 'utf8')), runUrl)}\n`);
