// 隔离: filtered list; an item's reason, stage and raw payload (decoded, masked); re-drive one or many.
Ops.pages.quarantine = async page => {
  const q = new URLSearchParams(location.hash.split('?')[1] || '');
  const channel = q.get('channel') || '', stage = q.get('stage') || '', status = q.get('status') || 'open';
  const items = await Ops.api(`/quarantine?channel=${encodeURIComponent(channel)}&stage=${encodeURIComponent(stage)}&status=${status}`);
  const option = (v, label, cur) => `<option value="${v}" ${v === cur ? 'selected' : ''}>${label}</option>`;
  page.innerHTML = `<h2>隔离</h2>
    <div class="toolbar">
      <select id="f-channel">${option('', '全部渠道', channel)}${Object.entries(Ops.CHANNELS).map(([k, v]) => option(k, v, channel)).join('')}</select>
      <select id="f-stage">${option('', '全部环节', stage)}${['parse', 'map', 'validate', 'store'].map(s => option(s, s, stage)).join('')}</select>
      <select id="f-status">${option('open', '未处理', status)}${option('resolved', '已解决', status)}</select>
      <button id="redrive-selected">重新处理所选</button><button id="redrive-all">全部重新处理</button><span class="note" id="redrive-result"></span>
    </div>
    <table id="quarantine-list"><thead><tr><th></th><th>编号</th><th>渠道</th><th>环节</th><th>原因</th><th>文件 / 行</th><th>时间</th></tr></thead>
      <tbody>${items.map(({ item: i }) => `<tr data-id="${i.id}"><td><input type="checkbox" value="${i.id}"></td><td><a href="#" class="open-item">#${i.id}</a></td><td>${Ops.channel(i.channel)}</td>
        <td>${Ops.esc(i.stage)}</td><td>${Ops.esc(i.reason)}</td><td>${Ops.esc(i.file)}${i.row != null ? ' / ' + i.row : ''}</td><td>${Ops.time(i.at)}</td></tr>`).join('') || '<tr><td colspan="7" class="note">没有隔离记录</td></tr>'}</tbody></table>
    <div id="item-detail"></div>`;
  const refilter = () => { location.hash = `quarantine?channel=${page.querySelector('#f-channel').value}&stage=${page.querySelector('#f-stage').value}&status=${page.querySelector('#f-status').value}`; };
  page.querySelectorAll('select').forEach(s => s.addEventListener('change', refilter));
  const redrive = async body => {
    const why = Ops.why('重新处理'); if (why === null) return;
    const out = page.querySelector('#redrive-result');
    try {
      const outcomes = await Ops.post('/quarantine/redrive', { ...body, why });
      out.innerHTML = outcomes.map(o => `#${o.id}: ${{ passed: '已通过', failing: '仍失败', skipped: '跳过' }[o.result]}${o.reason ? '（' + Ops.esc(o.reason) + '）' : ''}`).join('；');
      out.dataset.results = outcomes.map(o => o.result).join(',');
    } catch (e) { out.textContent = e.message; }
  };
  page.querySelector('#redrive-selected').addEventListener('click', () =>
    redrive({ ids: [...page.querySelectorAll('#quarantine-list input:checked')].map(c => Number(c.value)) }));
  page.querySelector('#redrive-all').addEventListener('click', () => redrive({ all: true, channel: channel || null }));
  page.querySelectorAll('.open-item').forEach(a => a.addEventListener('click', async e => {
    e.preventDefault();
    const id = a.closest('tr').dataset.id, d = await Ops.api('/quarantine/' + id), detail = page.querySelector('#item-detail');
    detail.innerHTML = `<h3>隔离记录 #${d.item.id}</h3>
      <table><tr><th>环节</th><td>${Ops.esc(d.item.stage)}</td></tr><tr><th>原因</th><td id="item-reason">${Ops.esc(d.item.reason)}</td></tr>
        <tr><th>源编号</th><td>${Ops.esc(d.item.sourceId || '—')}</td></tr><tr><th>状态</th><td>${d.status === 'open' ? '未处理' : '已解决'}</td></tr>
        <tr><th>原始数据</th><td>${d.payload ? `${d.payload.size} 字节，编码 <b id="item-encoding">${Ops.esc(d.payload.encoding)}</b>（已遮蔽个人信息${d.payload.truncated ? '，已截断' : ''}）` : '原始字节已按保留期清理'}</td></tr></table>
      ${d.payload ? `<pre class="payload" id="item-payload">${Ops.esc(d.payload.text)}</pre>` : ''}
      <div class="toolbar"><button id="redrive-one">按当前映射重新处理</button></div>`;
    detail.querySelector('#redrive-one').addEventListener('click', () => redrive({ ids: [Number(id)] }));
  }));
};
