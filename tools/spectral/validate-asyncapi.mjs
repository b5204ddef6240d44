// Parses docs/asyncapi.yaml with @asyncapi/parser (the AsyncAPI 3.0 schema and its Spectral rules), checks the
// examples and the services' golden events (*/src/test/resources/golden/*-events.txt) against the message schemas, and
// exits non-zero on any error or warning, so the event contract cannot silently stop being valid.
// Usage: node validate-asyncapi.mjs [path]   (default: ../../docs/asyncapi.yaml)
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Parser, fromFile } from '@asyncapi/parser';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

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
// The parser checks the document, not its examples: each example's payload and headers must match the
// message's schemas, or the examples would teach consumers a shape that is never sent.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const strip = (schema) => JSON.parse(JSON.stringify(schema, (key, value) => (key.startsWith('x-parser-') ? undefined : value)));
let wrongExamples = 0;
for (const message of document.allMessages()) {
  for (const example of message.examples()) {
    for (const [part, schema, value] of [['payload', message.payload(), example.payload()],
                                         ['headers', message.headers(), example.headers()]]) {
      if (!schema || value === undefined) continue;
      const validate = ajv.compile(strip(schema.json()));
      if (!validate(value)) {
        wrongExamples++;
        console.error(`example ${example.name()} of ${message.name()}: ${part} ${ajv.errorsText(validate.errors)}`);
      }
    }
  }
  if (message.examples().length === 0) {
    wrongExamples++;
    console.error(`message ${message.name()} has no example`);
  }
}
// What is really sent: the services' event goldens (type=, key=, subject=, then the body; uuids are written
// <uuid-N> there) must match the payload schema of the message named by their type.
const root = path.join(here, '..', '..');
const byType = new Map(document.allMessages().all().map((message) => [message.name(), message]));
let goldenEvents = 0;
for (const module of await readdir(root)) {
  const folder = path.join(root, module, 'src', 'test', 'resources', 'golden');
  let files = [];
  try { files = (await readdir(folder)).filter((name) => name.endsWith('-events.txt')); } catch { continue; }
  for (const name of files) {
    let type;
    for (const line of (await readFile(path.join(folder, name), 'utf8')).split('\n')) {
      if (line.startsWith('type=')) type = line.slice(5).trim();
      if (!line.startsWith('{')) continue;
      goldenEvents++;
      const message = byType.get(type);
      if (!message) {
        wrongExamples++;
        console.error(`${module}/${name}: type ${type} is not documented`);
        continue;
      }
      const body = JSON.parse(line.replace(/<uuid-\d+>/g, '00000000-0000-4000-8000-000000000000'));
      const validate = ajv.compile(strip(message.payload().json()));
      if (!validate(body)) {
        wrongExamples++;
        console.error(`${module}/${name}: a ${type} does not match its schema: ${ajv.errorsText(validate.errors)}`);
      }
    }
  }
}
if (wrongExamples > 0) {
  console.error(`${file}: ${wrongExamples} example(s) or golden event(s) do not match their message`);
  process.exit(1);
}
console.log(`${file}: valid AsyncAPI ${document.version()}, ${document.allMessages().length} messages, `
  + `their examples and ${goldenEvents} golden events match their schemas`);
