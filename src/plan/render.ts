/**
 * The plan for people (Markdown, read like a terraform plan) and for tools (JSON).
 */
import type { Change, Plan } from './index.js';

/** The JSON form: `{"summary":{...},"changes":[...]}` plus the lint comparison. */
export function planJson(p: Plan): string {
  return JSON.stringify({ summary: p.summary, changes: p.changes, lint: p.lint, base: p.base, head: p.head }, null, 2) + '\n';
}

const GROUP_BLOCKS = /^(server|upstream|map|geo|split_clients|events|mail|stream) |^(events|stream|mail)$/;

/** The object a change is listed under: the first server, upstream, map... on its path, else the top level. */
function groupOf(c: Change): { label: string; depth: number } {
  const own = c.block ? c.path.slice(0, -1) : c.path;
  if (c.affects && c.affects.length > 1) return { label: `shared: ${c.file}`, depth: own.length };
  const i = own.findIndex((s) => GROUP_BLOCKS.test(s));
  if (i >= 0) return { label: own.slice(0, i + 1).join(' > '), depth: i + 1 };
  return { label: own.join(' > ') || 'main', depth: own.length };
}

const SIGN = { add: '+', remove: '-', change: '~' } as const;
const args = (a: string[] | null | undefined) => (a ?? []).join(' ');

function line(c: Change, depth: number): string {
  if (c.block) {
    const where = c.path.slice(depth, -1);
    return `${SIGN[c.action]} ${where.length ? where.join(' > ') + ' > ' : ''}${c.path[c.path.length - 1]} { ... }`;
  }
  const where = c.path.slice(depth);
  const prefix = where.length ? where.join(' > ') + ' > ' : '';
  const body =
    c.action === 'change'
      ? c.directive === 'order'
        ? `order: ${(c.before ?? []).join(', ')} -> ${(c.after ?? []).join(', ')}`
        : c.before && c.after && c.before.length > 1 && c.after.length > 1 && c.before[0] === c.after[0]
          ? `${c.directive} ${c.before[0]} ${args(c.before.slice(1))} -> ${args(c.after.slice(1))}`
          : `${c.directive} ${args(c.before)} -> ${args(c.after)}`
      : `${c.directive} ${args(c.args)}`;
  return `${SIGN[c.action]} ${prefix}${body}`.replace(/```/g, "'''");
}

export interface MarkdownOptions {
  /** Base URL of files at the head, e.g. `https://github.com/o/r/blob/<sha>`; without it, `file:line`. */
  blobUrl?: string;
  /** Extra sections (the `nginx -t` verdict). */
  extra?: string;
}

/**
 * Markdown: the counts, a banner for destructive changes, the changes grouped by server and
 * upstream in `diff` fences (`+` add, `-` destroy, `~` change), each source linked, then lint
 * findings introduced and fixed. Details fold into `<details>`.
 */
export function planMarkdown(p: Plan, o: MarkdownOptions = {}): string {
  const s = p.summary;
  const out = ['## nginx-gitops plan', '', `**Plan: ${s.add} to add, ${s.change} to change, ${s.destroy} to destroy.**`, ''];
  if (p.changes.length === 0) out.push('No changes. The load balancers would do exactly what they do now.', '');
  const destructive = p.changes.filter((c) => c.destructive);
  if (destructive.length) {
    out.push('> [!CAUTION]', `> **${destructive.length} destructive change${destructive.length === 1 ? '' : 's'}:**`);
    for (const c of destructive) out.push(`> - \`${line(c, 0).slice(2)}\`${c.impact ? `: ${c.impact}` : ''}`);
    out.push('');
  }
  const link = (c: { file: string; line: number }) => (o.blobUrl ? `[${c.file}#L${c.line}](${o.blobUrl}/${c.file.split('/').map(encodeURIComponent).join('/')}#L${c.line})` : `\`${c.file}:${c.line}\``);
  const groups = new Map<string, { depth: number; changes: Change[] }>();
  for (const c of p.changes) {
    const g = groupOf(c);
    const e = groups.get(g.label);
    if (e) e.changes.push(c);
    else groups.set(g.label, { depth: g.depth, changes: [c] });
  }
  for (const [label, g] of groups) {
    out.push(`### \`${label}\``, '', '```diff');
    for (const c of g.changes) out.push(line(c, g.depth));
    out.push('```', '');
    for (const c of g.changes) {
      const notes = [c.impact, c.affects && c.affects.length ? `affects ${c.affects.map((a) => `\`${a}\``).join(', ')}` : undefined].filter(Boolean);
      out.push(`- \`${SIGN[c.action]} ${c.directive}\` ${link(c)}${notes.length ? ` - ${notes.join('; ')}` : ''}`);
    }
    out.push('');
  }
  const { introduced, fixed } = p.lint;
  out.push(`### Lint: ${introduced.length} introduced, ${fixed.length} fixed`, '');
  const flist = (fs: typeof introduced) => fs.map((f) => `- ${f.severity} \`${f.rule}\` ${link(f)}: ${f.message}`);
  if (introduced.length) out.push('<details open><summary>Introduced by this change</summary>', '', ...flist(introduced), '', '</details>', '');
  if (fixed.length) out.push('<details><summary>Fixed by this change</summary>', '', ...flist(fixed), '', '</details>', '');
  if (o.extra) out.push(o.extra, '');
  return out.join('\n');
}
