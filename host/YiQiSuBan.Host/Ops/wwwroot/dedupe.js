// 重复与热点: duplicate groups across channels with explained links (split / join), hotspots with growth.
Ops.pages.dedupe = async page => {
  const [groups, hotspots] = await Promise.all([Ops.api('/dedupe/groups'), Ops.api('/hotspots')]);
  const kinds = { duplicate: '重复', related: '相关', split: '已拆分', join: '已合并', none: '无' };
  page.innerHTML = `<h2>重复与热点</h2><p class="note" id="dedupe-result"></p>
    <h3>重复组（${groups.length}）</h3>
    ${groups.map(g => `<div class="card group" data-root="${Ops.esc(g.root)}">
      <table><thead><tr><th>诉求</th><th>渠道</th><th>时间</th><th>镇街</th><th>类型</th></tr></thead><tbody>
        ${g.members.map(m => `<tr><td>${Ops.esc(m.id)}</td><td>${Ops.channel(m.channel)}</td><td>${Ops.time(m.at)}</td><td>${Ops.esc(m.township || '—')}</td><td>${Ops.esc(m.kind || '—')}</td></tr>`).join('')}
      </tbody></table>
      ${g.links.map(l => `<div class="link" data-a="${Ops.esc(l.a)}" data-b="${Ops.esc(l.b)}">
        <div class="toolbar"><b>${Ops.esc(l.a)} ↔ ${Ops.esc(l.b)}</b> <span>${kinds[l.kind] || Ops.esc(l.kind)}，相似度 ${l.similarity.toFixed(2)}，间隔 ${l.gapDays.toFixed(1)} 天</span>
          <button data-act="split">拆分</button><button data-act="join">合并</button></div>
        <pre class="explain">${Ops.esc(l.explanation || '')}</pre></div>`).join('')}
    </div>`).join('') || '<p class="note">暂无重复组</p>'}
    <h3>热点（${hotspots.length}）</h3>
    <div class="cards">${hotspots.map(h => `<div class="card hotspot"><b>${Ops.esc(h.township || '未知镇街')}</b>
      <p>${Ops.time(h.at)} · ${h.complainants} 位诉求人 · ${h.complaints} 件</p>${Ops.growthChart(h.growth)}<p class="note">${Ops.esc(h.rootId)}</p></div>`).join('') || '<p class="note">暂无热点</p>'}</div>`;
  page.querySelectorAll('.link button').forEach(b => b.addEventListener('click', async () => {
    const link = b.closest('.link'), why = Ops.why(b.textContent); if (why === null) return;
    const out = page.querySelector('#dedupe-result');
    try {
      const r = await Ops.post('/dedupe/' + b.dataset.act, { a: link.dataset.a, b: link.dataset.b, why });
      out.textContent = `已${b.textContent}：${link.dataset.a} ↔ ${link.dataset.b}，产生 ${r.events.length} 条推送事件`;
      out.dataset.done = b.dataset.act;
    } catch (e) { out.textContent = e.message; }
  }));
};
