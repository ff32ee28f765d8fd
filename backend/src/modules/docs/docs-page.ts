// A self-contained API reference rendered on the server from the OpenAPI document: no CDN, no
// external assets (the CSP only allows 'self' and inline), just HTML, a little CSS and a filter.
type Doc = { info: { title: string; version: string }; paths?: Record<string, Record<string, any>> }; // eslint-disable-line @typescript-eslint/no-explicit-any

const esc = (s: unknown) => String(s).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
const json = (v: unknown) => `<pre>${esc(JSON.stringify(v, null, 2))}</pre>`;

function renderOperation(path: string, method: string, op: any): string { // eslint-disable-line @typescript-eslint/no-explicit-any
  const body = op.requestBody?.content;
  const responses = Object.entries(op.responses ?? {}) as [string, any][]; // eslint-disable-line @typescript-eslint/no-explicit-any
  const auth = op.security ? 'bearer' : 'public';
  return `<details class="op" data-search="${esc(`${method} ${path} ${op.summary ?? ''} ${(op.tags ?? []).join(' ')}`.toLowerCase())}">
<summary><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code> <span class="s">${esc(op.summary ?? '')}</span> <span class="a">${auth}</span></summary>
${op.description ? `<p>${esc(op.description)}</p>` : ''}
${op.parameters?.length ? `<h4>Parameters</h4><ul>${op.parameters.map((p: any) => `<li><code>${esc(p.name)}</code> in ${esc(p.in)}${p.required ? ' (required)' : ''}</li>`).join('')}</ul>` : ''} ${/* eslint-disable-line @typescript-eslint/no-explicit-any */ ''}
${body ? Object.entries(body).map(([type, media]: [string, any]) => `<h4>Body <small>${esc(type)}</small></h4>${json(media.schema)}`).join('') : ''} ${/* eslint-disable-line @typescript-eslint/no-explicit-any */ ''}
<h4>Responses</h4>${responses.map(([code, r]) => `<div><b>${esc(code)}</b> ${esc(r.description ?? '')}</div>`).join('')}
</details>`;
}

export function renderDocsPage(doc: Doc): string {
  const ops = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => renderOperation(path, method, op)));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(doc.info.title)} reference</title>
<style>
body{font:14px/1.5 system-ui,sans-serif;max-width:980px;margin:2rem auto;padding:0 1rem;color:#1f2937}
input{width:100%;padding:.5rem;font-size:15px;margin:1rem 0;border:1px solid #d1d5db;border-radius:6px}
.op{border:1px solid #e5e7eb;border-radius:6px;margin:.35rem 0;padding:.35rem .6rem}.op summary{cursor:pointer}
.m{display:inline-block;min-width:4.2em;font-weight:700;font-size:12px}.get{color:#2563eb}.post{color:#16a34a}.patch{color:#ca8a04}.put{color:#9333ea}.delete{color:#dc2626}
.s{color:#4b5563}.a{float:right;font-size:12px;color:#6b7280}pre{background:#f9fafb;padding:.5rem;overflow:auto;max-height:24rem;font-size:12px}
</style></head><body>
<h1>${esc(doc.info.title)} <small>v${esc(doc.info.version)}</small></h1>
<p>Machine-readable: <a href="openapi.json">openapi.json</a> (OpenAPI 3.1). Authenticated calls send <code>Authorization: Bearer &lt;accessToken&gt;</code>.</p>
<input id="q" type="search" placeholder="Filter operations (path, method, summary, tag)" autofocus>
<div id="ops">${ops.join('\n')}</div>
<script>
document.getElementById('q').addEventListener('input', function (e) {
  var q = e.target.value.toLowerCase();
  document.querySelectorAll('.op').forEach(function (el) { el.style.display = el.dataset.search.indexOf(q) >= 0 ? '' : 'none'; });
});
</script></body></html>`;
}
