/**
 * A self-contained API reference rendered from the OpenAPI document: no scripts, no CDN, small
 * enough for the Workers bundle, readable with a keyboard and a screen reader.
 */
type Json = Record<string, unknown>;

const escapeHtml = (value: unknown) =>
  String(value ?? '').replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );

function schemaName(schema: Json | undefined): string {
  if (!schema) return '';
  if (typeof schema.$ref === 'string') return schema.$ref.split('/').at(-1)!;
  if (schema.type === 'array') return `${schemaName(schema.items as Json)}[]`;
  return String(schema.type ?? 'object');
}

export function renderDocs(document: Json): string {
  const info = document.info as Json;
  const paths = document.paths as Record<string, Record<string, Json>>;
  const operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );
  const byTag = new Map<string, typeof operations>();
  for (const entry of operations) {
    const tag = ((entry.op.tags as string[] | undefined) ?? ['Other'])[0]!;
    byTag.set(tag, [...(byTag.get(tag) ?? []), entry]);
  }
  const section = ([tag, entries]: [string, typeof operations]) => `
  <section aria-labelledby="tag-${escapeHtml(tag)}">
    <h2 id="tag-${escapeHtml(tag)}">${escapeHtml(tag)}</h2>
    ${entries
      .map(({ path, method, op }) => {
        const params = (op.parameters as Json[] | undefined) ?? [];
        const responses = Object.entries((op.responses as Record<string, Json>) ?? {});
        return `<article>
      <h3><span class="method">${method}</span> <code>${escapeHtml(path)}</code></h3>
      <p>${escapeHtml(op.summary)}</p>${op.description ? `<p>${escapeHtml(op.description)}</p>` : ''}
      ${
        params.length
          ? `<table><caption>Parameters</caption><thead><tr><th scope="col">name</th><th scope="col">in</th><th scope="col">type</th><th scope="col">description</th></tr></thead><tbody>${params
              .map(
                (p) =>
                  `<tr><td><code>${escapeHtml(p.name)}</code>${p.required ? ' (required)' : ''}</td><td>${escapeHtml(p.in)}</td><td>${escapeHtml(schemaName(p.schema as Json))}</td><td>${escapeHtml((p.schema as Json | undefined)?.description ?? p.description)}</td></tr>`,
              )
              .join('')}</tbody></table>`
          : ''
      }
      <table><caption>Responses</caption><thead><tr><th scope="col">status</th><th scope="col">body</th><th scope="col">description</th></tr></thead><tbody>${responses
        .map(([status, r]) => {
          const content = (r.content as Record<string, Json> | undefined) ?? {};
          const bodies = Object.entries(content).map(
            ([type, c]) => `${type} ${schemaName(c.schema as Json)}`,
          );
          return `<tr><td>${escapeHtml(status)}</td><td>${escapeHtml(bodies.join(', '))}</td><td>${escapeHtml(r.description)}</td></tr>`;
        })
        .join('')}</tbody></table>
    </article>`;
      })
      .join('\n')}
  </section>`;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title)} — API reference</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 4rem; color: #1a1a1a; }
  h1 { margin-bottom: 0; } code { font-family: ui-monospace, monospace; }
  article { border-top: 1px solid #ccc; padding: .5rem 0 1rem; }
  .method { display: inline-block; min-width: 3.5rem; padding: 0 .4rem; border-radius: 4px; background: #0b5394; color: #fff; font-size: .85em; text-align: center; }
  table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .95em; }
  caption { text-align: left; font-weight: 600; }
  th, td { border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; vertical-align: top; }
  a { color: #0b5394; }
  nav ul { columns: 2; }
</style>
</head>
<body>
<header>
  <h1>${escapeHtml(info.title)}</h1>
  <p>Version ${escapeHtml(info.version)}. ${escapeHtml(info.description)}</p>
  <p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
</header>
<nav aria-label="Sections"><ul>${[...byTag.keys()].map((tag) => `<li><a href="#tag-${escapeHtml(tag)}">${escapeHtml(tag)}</a></li>`).join('')}</ul></nav>
<main>${[...byTag].map(section).join('\n')}</main>
</body>
</html>`;
}
