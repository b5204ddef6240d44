// Parses docs/asyncapi.yaml with @asyncapi/parser (the AsyncAPI 3.0 schema and its Spectral rules) and
// exits non-zero on any error or warning, so the event contract cannot silently stop being valid.
// Usage: node validate-asyncapi.mjs [path]   (default: ../../docs/asyncapi.yaml)
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Parser, fromFile } from '@asyncapi/parser';

const here = path.dirname(fileURLToPath(import.meta.url));
const file = path.resolve(process.argv[2] ?? path.join(here, '..', '..', 'docs', 'asyncapi.yaml'));
const severities = ['error', 'warning', 'info', 'hint'];

const parser = new Parser();
const { document, diagnostics } = await fromFile(parser, file).parse();
const problems = diagnostics.filter((d) => d.severity <= 1);
for (const d of diagnostics) {
  console.log(`${severities[d.severity]} ${d.code} at ${(d.path ?? []).join('.')}: ${d.message}`);
}
if (!document || problems.length > 0) {
  console.error(`${file}: ${problems.length} error(s)/warning(s), not valid`);
  process.exit(1);
}
console.log(`${file}: valid AsyncAPI ${document.version()}, ${document.allMessages().length} messages`);
