#!/usr/bin/env node
import { createRequire as __ngCreateRequire } from 'node:module';
import { fileURLToPath as __ngFileURLToPath } from 'node:url';
import { dirname as __ngDirname } from 'node:path';
const require = __ngCreateRequire(import.meta.url);
const __filename = __ngFileURLToPath(import.meta.url);
const __dirname = __ngDirname(__filename);
import {
  escapeData,
  escapeProperty,
  reportGithub,
  reportJson,
  reportText
} from "./chunks/chunk-CWFEJBTW.js";
import {
  toCrossplane
} from "./chunks/chunk-Q4SUO4YG.js";
import {
  DEFAULT_NGINX_IMAGE,
  NGINX_TEST_MODES,
  checkWithNginxTest,
  planJson,
  planMarkdown
} from "./chunks/chunk-6CNPPSAN.js";
import {
  BUILTIN_RULES,
  InputError,
  RULES,
  countBySeverity,
  parse,
  plan
} from "./chunks/chunk-VCMZ335H.js";

// src/cli.ts
import { parseArgs } from "node:util";

// src/lint/format.ts
function formatText(findings, files) {
  const lines = findings.map((f) => `${f.file}:${f.line}:${f.col}: ${f.severity}: ${f.message} [${f.rule}]`);
  const c = countBySeverity(findings);
  lines.push(`${files} file${files === 1 ? "" : "s"} checked: ${c.error} error${c.error === 1 ? "" : "s"}, ${c.warning} warning${c.warning === 1 ? "" : "s"}, ${c.info} info`);
  return lines.join("\n") + "\n";
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
        [--nginx-test auto|docker|service|local|off] [--nginx-image IMAGE]
        [--nginx-container ID] [--nginx-bin PATH] [--nginx-test-warnings-as-errors]
        parse the main config under PATH with its includes, lint it, report findings;
        with --nginx-test (default off), also run nginx -t on it in a sandbox

  plan --base REF|DIR --head REF|DIR [--config FILE] [--prefix DIR] [--format markdown|json]
        what the change from base to head does: objects added, changed and destroyed, matched
        by identity, with impact notes; REF is a git revision of the repository here

  deploy --hosts HOSTS --ssh-private-key-file F --known-hosts-file F [--config-dir DIR]
        [--remote-dir DIR] [--waves 1,25%,100%] [--health-checks CHECKS] [--sudo] ... [--format text|json]
        ship config-dir to every host over SSH: lock, upload, nginx -t everywhere, waves of
        activate + verified reload + health checks, rollback of every changed host on failure.
        Every action input is a flag of the same name; secrets also as --NAME-file or INPUT_NAME

  rollback --reason TEXT [--target previous|SHA|RELEASE] [--dry-run] [--host-filter NAMES]
        (and the deploy flags) [--format text|json]
        put the hosts back on a release: the one the live release replaced (previous), a release
        id they keep, or a commit (shipped from git where a host no longer keeps it); the deploy's
        pipeline; --dry-run prints per host the plan from what is live to the target

  status --hosts HOSTS --ssh-private-key-file F --known-hosts-file F [--format text|json]
        per host the live release, the kept releases, and drift from the release (as a plan)

exit codes: 0 clean / deployed / rolled back to the target (plan: always, when it could be made),
1 errors found, a deploy or rollback that failed or was reverted, drift or an unreadable host
(status), 2 usage or I/O error (a bad or missing input: nothing connected)
`;
var stdio = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };
async function main(argv, io = stdio) {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "parse":
        return cmdParse(rest, io);
      case "check":
        return await cmdCheck(rest, io);
      case "plan":
        return cmdPlan(rest, io);
      case "deploy":
      case "rollback":
        return await cmdDeploy(command, rest, io);
      case "status":
        return await cmdStatus(rest, io);
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
async function cmdCheck(args, io) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      config: { type: "string" },
      prefix: { type: "string" },
      format: { type: "string", default: "text" },
      "nginx-test": { type: "string", default: "off" },
      "nginx-image": { type: "string", default: DEFAULT_NGINX_IMAGE },
      "nginx-container": { type: "string" },
      "nginx-bin": { type: "string" },
      "nginx-test-warnings-as-errors": { type: "boolean", default: false }
    }
  });
  if (positionals.length > 1) throw new InputError(`check takes one PATH, got ${positionals.length}`);
  const format = values.format;
  if (!["text", "json", "github", "sarif"].includes(format)) throw new InputError(`--format must be text, json, sarif or github, got "${format}"`);
  const mode = values["nginx-test"];
  if (!NGINX_TEST_MODES.includes(mode)) throw new InputError(`--nginx-test must be one of ${NGINX_TEST_MODES.join(", ")}, got "${mode}"`);
  const r = await checkWithNginxTest(
    { path: positionals[0] ?? ".", config: values.config, prefix: values.prefix },
    { mode, image: values["nginx-image"], container: values["nginx-container"], bin: values["nginx-bin"], warningsAsErrors: values["nginx-test-warnings-as-errors"] }
  );
  const t = r.nginxTest;
  const ran = mode !== "off";
  if (format === "json") io.out(JSON.stringify({ findings: r.findings, files: r.files, ...ran ? { nginxTest: reportJson(t) } : {} }, null, 2) + "\n");
  else if (format === "github") io.out(formatGithub(r.findings) + (ran ? reportGithub(t) : ""));
  else if (format === "sarif") io.out(JSON.stringify(toSarif(r.findings, [...BUILTIN_RULES, ...RULES]), null, 2) + "\n");
  else io.out(formatText(r.findings, r.files) + (ran ? reportText(t) : ""));
  return r.findings.some((f) => f.severity === "error") ? 1 : 0;
}
function cmdPlan(args, io) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: false,
    options: {
      base: { type: "string" },
      head: { type: "string" },
      config: { type: "string" },
      prefix: { type: "string" },
      format: { type: "string", default: "markdown" }
    }
  });
  void positionals;
  if (!values.base || !values.head) throw new InputError(`plan needs --base and --head
${USAGE}`);
  const format = values.format;
  if (!["markdown", "json"].includes(format)) throw new InputError(`--format must be markdown or json, got "${format}"`);
  const p = plan({ base: values.base, head: values.head, config: values.config, prefix: values.prefix });
  const server = process.env.GITHUB_SERVER_URL;
  const repo = process.env.GITHUB_REPOSITORY;
  const blobUrl = server && repo && p.head.sha ? `${server}/${repo}/blob/${p.head.sha}` : void 0;
  io.out(format === "json" ? planJson(p) : planMarkdown(p, { blobUrl }));
  return 0;
}
async function fleetFlags(args, names, bools) {
  const { DEPLOY_INPUTS, secretFromFile } = await import("./chunks/deploy-VKPZAVJY.js");
  const options = { format: { type: "string" } };
  for (const name of names) {
    options[name] = { type: bools.includes(name) ? "boolean" : "string" };
    if (DEPLOY_INPUTS[name]?.secret) options[`${name}-file`] = { type: "string" };
  }
  const { values } = parseArgs({ args, allowPositionals: false, options });
  const format = values.format ?? "text";
  if (!["text", "json"].includes(format)) throw new InputError(`--format must be text or json, got "${format}"`);
  const get = (name) => {
    const v = values[name];
    if (typeof v === "boolean") return String(v);
    const env = process.env[`INPUT_${name.toUpperCase()}`] ?? "";
    const direct = typeof v === "string" ? v : env;
    return DEPLOY_INPUTS[name]?.secret ? secretFromFile(direct, values[`${name}-file`], name) : direct;
  };
  return { get, format };
}
async function cmdDeploy(command, args, io) {
  const { deploy, deployOptions, rollbackOptions, DEPLOY_INPUTS, ROLLBACK_INPUTS, reportJson: deployJson, reportText: deployText } = await import("./chunks/deploy-VKPZAVJY.js");
  const names = [...Object.keys(DEPLOY_INPUTS), ...command === "rollback" ? Object.keys(ROLLBACK_INPUTS) : []];
  const { get, format } = await fleetFlags(args, names, ["sudo", "allow-drift", "dry-run"]);
  const log = format === "text" ? (host, m) => io.err(`${host ? `[${host}] ` : ""}${m}
`) : void 0;
  const o = command === "rollback" ? rollbackOptions(get, process.cwd(), { log }) : deployOptions(get, process.cwd(), { log });
  const r = await deploy(o);
  io.out(format === "json" ? deployJson(r) : deployText(r));
  return r.status === "deployed" || r.status === "unchanged" ? 0 : 1;
}
async function cmdStatus(args, io) {
  const { fleetOptions, fleetStatus, statusText, STATUS_INPUT_NAMES } = await import("./chunks/deploy-VKPZAVJY.js");
  const { get, format } = await fleetFlags(args, STATUS_INPUT_NAMES, ["sudo"]);
  const r = await fleetStatus(fleetOptions(get));
  io.out(format === "json" ? JSON.stringify(r, null, 2) + "\n" : statusText(r));
  return r.status === "clean" ? 0 : 1;
}

// src/cli-bin.ts
process.exitCode = await main(process.argv.slice(2));
