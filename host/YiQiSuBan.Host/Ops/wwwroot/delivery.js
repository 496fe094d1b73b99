// 推送: outbox depth and age, parked messages with re-drive, last acknowledgement.
Ops.pages.delivery = async page => {
  const d = await Ops.api('/delivery');
  page.innerHTML = `<h2>推送</h2>
    <table><tr><th>待发送</th><td class="num" id="depth-pending">${d.depth.pending || 0}</td><th>已搁置</th><td class="num" id="depth-parked">${d.depth.parked || 0}</td>
      <th>最早未送达</th><td>${Ops.duration(d.oldestAgeSeconds)}</td><th>最近确认</th><td>${Ops.time(d.lastAcknowledgedAt)}</td></tr></table>
    <div class="toolbar"><h3>搁置的消息</h3><button id="retry-all" ${d.parked.length ? '' : 'disabled'}>全部重新投递</button><span class="note" id="retry-result"></span></div>
    <table><thead><tr><th>编号</th><th>目标</th><th>诉求</th><th class="num">尝试</th><th>创建</th><th>最近错误</th><th></th></tr></thead>
      <tbody>${d.parked.map(m => `<tr data-id="${m.id}"><td>${m.id}</td><td>${Ops.esc(m.target)}</td><td>${Ops.esc(m.complaintId)}</td><td class="num">${m.attempts}</td>
        <td>${Ops.time(m.createdAt)}</td><td class="error">${Ops.esc(m.lastError || '')}</td><td><button class="retry">重新投递</button></td></tr>`).join('') || '<tr><td colspan="7" class="note">没有搁置的消息</td></tr>'}</tbody></table>`;
  const retry = async path => {
    try { const r = await Ops.post(path); page.querySelector('#retry-result').textContent = `已重新投递 ${r.redriven} 条`; }
    catch (e) { page.querySelector('#retry-result').textContent = e.message; }
  };
  page.querySelector('#retry-all').addEventListener('click', () => retry('/outbox/retry'));
  page.querySelectorAll('button.retry').forEach(b => b.addEventListener('click', () => retry(`/outbox/${b.closest('tr').dataset.id}/retry`)));
};
