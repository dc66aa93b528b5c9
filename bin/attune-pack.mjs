#!/usr/bin/env node
// attune-pack: checks a content pack as the widgets do, for content editors and a host's CI.
//   attune-pack check <pack.json> [--against <ready pack id>] [--strict] [--format md|json]
// Exit 0: accepted; 1: refused (or, with --strict, accepted with warnings); 2: the command was wrong.
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {packNames, packs} from '../dist/packs/index.js';
import {packReport, reportAsMarkdown} from '../dist/schema/index.js';

const usage = `Usage: attune-pack check <pack.json> [--against <ready pack id>] [--strict] [--format md|json]

  --against ID  list every safety-relevant difference from a ready pack:
                ${packNames.join(', ')}
  --strict      exit 1 on warnings too
  --format      md (the default, also fine in a terminal) or json`;

function fail(message) {
  console.error(`attune-pack: ${message}\n\n${usage}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      against: {type: 'string'},
      strict: {type: 'boolean', default: false},
      format: {type: 'string', default: 'md'},
      help: {type: 'boolean', short: 'h', default: false},
    },
  });
} catch (error) {
  fail(error.message);
}
const {values, positionals} = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const [command, file, ...extra] = positionals;
if (command !== 'check' || !file || extra.length) fail('say "check" and one pack file.');
if (!['md', 'json'].includes(values.format)) fail(`--format is md or json, not "${values.format}".`);
if (values.against && !packNames.includes(values.against)) fail(`there is no ready pack "${values.against}".`);

let pack;
try {
  pack = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`attune-pack: ${file} could not be read as JSON: ${error.message}`);
  process.exit(1);
}
const report = packReport(pack, values.against && packs[values.against]);

console.log(values.format === 'json' ? JSON.stringify(report, null, 2) : reportAsMarkdown(report));
// exitCode, not exit(): a piped report is written out in full first.
process.exitCode = !report.ok || (values.strict && report.warnings.length) ? 1 : 0;
