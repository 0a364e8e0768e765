import { createRequire as __ngCreateRequire } from 'node:module';
import { fileURLToPath as __ngFileURLToPath } from 'node:url';
import { dirname as __ngDirname } from 'node:path';
const require = __ngCreateRequire(import.meta.url);
const __filename = __ngFileURLToPath(import.meta.url);
const __dirname = __ngDirname(__filename);

// src/workflow-command.ts
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/nginx-test/report.ts
function verdictLine(r) {
  if (r.status === "skipped") return `nginx -t: not run (${r.reason})`;
  const parts = [`${r.runner} runner`];
  if (r.build) parts.push(`nginx ${r.build.version}`);
  if (r.notices.length) parts.push(`${r.notices.length} notice${r.notices.length === 1 ? "" : "s"} of what was not tested for real`);
  return `nginx -t: ${r.status} (${parts.join(", ")})`;
}
function reportText(r) {
  const lines = r.notices.map((n) => `${n.file ? `${n.file}:${n.line}:${n.col}: ` : ""}notice: ${n.message} [nginx-test]`);
  lines.push(verdictLine(r));
  return lines.join("\n") + "\n";
}
function reportGithub(r) {
  const lines = r.notices.map((n) => {
    const props = n.file ? `file=${escapeProperty(n.file)},line=${n.line},col=${n.col},` : "";
    return `::notice ${props}title=${escapeProperty("nginx-gitops nginx-test")}::${escapeData(n.message)}`;
  });
  lines.push(`::notice title=${escapeProperty("nginx-gitops nginx-test")}::${escapeData(verdictLine(r))}`);
  return lines.join("\n") + "\n";
}
function reportJson(r) {
  return {
    runner: r.runner,
    status: r.status,
    ...r.reason ? { reason: r.reason } : {},
    ...r.build ? { version: r.build.version, build: r.build.text } : {},
    ...r.exitCode !== void 0 ? { exitCode: r.exitCode } : {},
    notices: r.notices
  };
}
function reportMarkdown(r) {
  const out = [`### ${verdictLine(r)}`, ""];
  if (r.build) out.push("<details><summary>nginx -V</summary>", "", "```", r.build.text, "```", "", "</details>", "");
  if (r.notices.length) {
    out.push("Not tested for real (stand-ins in the sandbox):", "");
    for (const n of r.notices) out.push(`- ${n.file ? `\`${n.file}:${n.line}\`: ` : ""}${n.message.replace(/[<>|]/g, (c) => `&#${c.charCodeAt(0)};`)}`);
    out.push("");
  }
  return out.join("\n");
}

export {
  escapeData,
  escapeProperty,
  verdictLine,
  reportText,
  reportGithub,
  reportJson,
  reportMarkdown
};
