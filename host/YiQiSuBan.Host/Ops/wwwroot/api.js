// Renders /openapi/v1.json: paths with their operations, parameters, bodies and responses, then the schemas.
(async () => {
  const doc = document.getElementById('doc'), esc = Ops.esc;
  const spec = await (await fetch('/openapi/v1.json')).json();
  const ref = s => s && s.$ref ? `<a href="#schema-${esc(s.$ref.split('/').pop())}">${esc(s.$ref.split('/').pop())}</a>` : s && s.type === 'array' ? ref(s.items) + '[]' : esc(s && (s.type || '') || '');
  const content = c => c ? Object.entries(c).map(([type, m]) => `${esc(type)} ${ref(m.schema)}`).join('<br>') : '';
  const operations = Object.entries(spec.paths || {}).flatMap(([path, item]) =>
    Object.entries(item).filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m)).map(([method, op]) => ({ path, method, op })));
  doc.innerHTML = `<h2>${esc(spec.info.title)} <span class="note">${esc(spec.info.version)} · OpenAPI ${esc(spec.openapi)}</span></h2>
    <p>${esc(spec.info.description || '')}</p>
    <table id="operations"><thead><tr><th>方法</th><th>路径</th><th>说明</th><th>参数</th><th>请求体</th><th>响应</th></tr></thead><tbody>
    ${operations.map(({ path, method, op }) => `<tr><td><b>${method.toUpperCase()}</b></td><td><code>${esc(path)}</code><div class="note">${esc((op.tags || []).join(', '))}</div></td>
      <td>${esc(op.summary || op.description || '')}</td>
      <td>${(op.parameters || []).map(p => `${esc(p.name)} <span class="note">${esc(p.in)}${p.required ? '，必填' : ''} ${ref(p.schema)}</span>`).join('<br>')}</td>
      <td>${op.requestBody ? content(op.requestBody.content) : ''}</td>
      <td>${Object.entries(op.responses || {}).map(([code, r]) => `${esc(code)} ${esc(r.description || '')} ${content(r.content)}`).join('<br>')}</td></tr>`).join('')}
    </tbody></table>
    <h2>数据结构</h2>
    ${Object.entries((spec.components || {}).schemas || {}).map(([name, s]) => `<h3 id="schema-${esc(name)}">${esc(name)}</h3>
      <table><tbody>${Object.entries(s.properties || {}).map(([p, ps]) => `<tr><td><code>${esc(p)}</code></td><td>${ref(ps)}</td></tr>`).join('') || `<tr><td>${esc(s.type || '')} ${esc((s.enum || []).join(' | '))}</td></tr>`}</tbody></table>`).join('')}`;
})().catch(e => { document.getElementById('doc').innerHTML = `<p class="error">${Ops.esc(e.message)}</p>`; });
