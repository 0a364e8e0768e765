#!/usr/bin/env node
import { createRequire as __ngCreateRequire } from 'node:module';
const require = __ngCreateRequire(import.meta.url);
import {
  toCrossplane
} from "./chunks/chunk-EAITG6BB.js";
import {
  BUILTIN_RULES,
  InputError,
  RULES,
  check,
  countBySeverity,
  parse
} from "./chunks/chunk-WYVAVVCA.js";

// src/cli.ts
import { parseArgs } from "node:util";

// src/lint/format.ts
function formatText(findings, files) {
  const lines = findings.map((f) => `${f.file}:${f.line}:${f.col}: ${f.severity}: ${f.message} [${f.rule}]`);
  const c = countBySeverity(findings);
  lines.push(`${files} file${files === 1 ? "" : "s"} checked: ${c.error} error${c.error === 1 ? "" : "s"}, ${c.warning} warning${c.warning === 1 ? "" : "s"}, ${c.info} info`);
  return lines.join("\n") + "\n";
}
function formatJson(findings, files) {
  return JSON.stringify({ findings, files }, null, 2) + "\n";
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var LEVEL = { error: "error", warning: "warning", info: "notice" };
function formatGithub(findings) {
  return findings.map((f) => {
    const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `col=${f.col}`];
    if (f.endLine) props.push(`endLine=${f.endLine}`);
    if (f.endCol && (!f.endLine || f.endLine === f.line)) props.push(`endColumn=${f.endCol}`);
    props.push(`title=${escapeProperty(`nginx-gitops ${f.rule}`)}`);
    return `::${LEVEL[f.severity]} ${props.join(",")}::${escapeData(f.message)}`;
  }).join("\n") + (findings.length ? "\n" : "");
}

// src/version.ts
var VERSION = "0.1.0";

// src/lint/sarif.ts
var LEVEL2 = { error: "error", warning: "warning", info: "note" };
function toSarif(findings, rules) {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "nginx-gitops",
            version: VERSION,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.description },
              help: { text: `${r.description} See docs/rules/${r.id}.md.`, markdown: `${r.description} See [docs/rules/${r.id}.md](docs/rules/${r.id}.md).` },
              defaultConfiguration: { level: LEVEL2[r.severity] },
              properties: { tags: ["nginx"], ..."source" in r ? { source: r.source } : {} }
            }))
          }
        },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root." } } },
        results: findings.map((f) => {
          const region = { startLine: f.line, startColumn: f.col };
          if (f.endLine) region.endLine = f.endLine;
          if (f.endCol && (!f.endLine || f.endLine === f.line ? f.endCol >= f.col : true)) region.endColumn = f.endCol + 1;
          const result = {
            ruleId: f.rule,
            level: LEVEL2[f.severity],
            message: { text: f.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(f.file), uriBaseId: "%SRCROOT%" }, region } }],
            partialFingerprints: { "nginxGitops/v1": `${f.rule}:${f.file}:${f.message}` }
          };
          const i = index.get(f.rule);
          if (i !== void 0) result.ruleIndex = i;
          return result;
        })
      }
    ]
  };
}

// src/cli.ts
var USAGE = `usage: nginx-gitops <command> [options]

commands:
  parse [--single] [--no-checks] [--comments] [--combine] [--crossplane] [--strict]
        [--ignore NAME,...] [--prefix DIR] FILE...
        print crossplane's JSON payload (one object per line for several files)
  check [PATH] [--config FILE] [--prefix DIR] [--format text|json|sarif|github]
        parse the main config under PATH with its includes, lint it, report findings

exit codes: 0 clean, 1 errors found, 2 usage or I/O error
`;
var stdio = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };
async function main(argv, io = stdio) {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "parse":
        return cmdParse(rest, io);
      case "check":
        return cmdCheck(rest, io);
      case void 0:
      case "-h":
      case "--help":
      case "help":
        io.out(USAGE);
        return command === void 0 ? 2 : 0;
      default:
        throw new InputError(`unknown command "${command}"
${USAGE}`);
    }
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`nginx-gitops: ${e.message}
`);
      return e.exitCode;
    }
    if (e instanceof TypeError && e.code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(`nginx-gitops: ${e.message}
${USAGE}`);
      return 2;
    }
    io.err(`nginx-gitops: internal error: ${e?.stack ?? e}
`);
    return 3;
  }
}
function cmdParse(args, io) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      single: { type: "boolean", default: false },
      "no-checks": { type: "boolean", default: false },
      comments: { type: "boolean", default: false },
      combine: { type: "boolean", default: false },
      crossplane: { type: "boolean", default: false },
      strict: { type: "boolean", default: false },
      ignore: { type: "string" },
      prefix: { type: "string" }
    }
  });
  if (positionals.length === 0) throw new InputError(`parse needs at least one FILE
${USAGE}`);
  let failed = false;
  const several = positionals.length > 1;
  for (const file of positionals) {
    let p = parse(file, {
      single: values.single,
      comments: values.comments,
      combine: values.combine,
      strict: values.strict,
      checkCtx: !values["no-checks"],
      checkArgs: !values["no-checks"],
      ignore: values.ignore ? values.ignore.split(",").map((s) => s.trim()) : void 0,
      prefix: values.prefix
    });
    if (p.status === "failed") failed = true;
    if (values.crossplane) p = toCrossplane(p);
    io.out(several ? JSON.stringify(p) + "\n" : JSON.stringify(p, null, 2) + "\n");
  }
  return failed ? 1 : 0;
}
function cmdCheck(args, io) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      config: { type: "string" },
      prefix: { type: "string" },
      format: { type: "string", default: "text" }
    }
  });
  if (positionals.length > 1) throw new InputError(`check takes one PATH, got ${positionals.length}`);
  const format = values.format;
  if (!["text", "json", "github", "sarif"].includes(format)) throw new InputError(`--format must be text, json, sarif or github, got "${format}"`);
  const r = check({ path: positionals[0] ?? ".", config: values.config, prefix: values.prefix });
  if (format === "json") io.out(formatJson(r.findings, r.files));
  else if (format === "github") io.out(formatGithub(r.findings));
  else if (format === "sarif") io.out(JSON.stringify(toSarif(r.findings, [...BUILTIN_RULES, ...RULES]), null, 2) + "\n");
  else io.out(formatText(r.findings, r.files));
  return r.findings.some((f) => f.severity === "error") ? 1 : 0;
}

// src/cli-bin.ts
process.exitCode = await main(process.argv.slice(2));
