// 渠道: each connector's state, last run, position, lag, errors and quarantine; check / run now.
Ops.pages.channels = async page => {
  const data = await Ops.api('/channels');
  const disabled = data.canControl ? '' : 'disabled';
  page.innerHTML = `<h2>渠道</h2>
    ${data.canControl ? '' : `<p class="note" id="control-note">${Ops.esc(data.note)}</p>`}
    <div class="cards">${data.channels.map(c => `
      <div class="card channel" data-channel="${Ops.esc(c.channel)}">
        <h3>${Ops.channel(c.channel)} <span class="state ${Ops.esc(c.state)}">${{ healthy: '正常', failing: '故障', drifted: '格式漂移', off: '未运行' }[c.state] || Ops.esc(c.state)}</span></h3>
        <table>
          <tr><th>上次运行</th><td>${Ops.time(c.lastRunAt)}</td></tr>
          <tr><th>位置</th><td>${Ops.esc(c.position || '—')}</td></tr>
          <tr><th>延迟</th><td>${Ops.duration(c.lagSeconds)}</td></tr>
          <tr><th>错误</th><td class="num">${c.errors}</td></tr>
          <tr><th>隔离（未处理）</th><td class="num">${c.quarantined}</td></tr>
          <tr><th>已入库诉求</th><td class="num">${c.complaints}</td></tr>
          <tr><th>最近接收</th><td>${Ops.time(c.lastReceivedAt)}</td></tr>
          ${c.lastError ? `<tr><th>最近错误</th><td class="error">${Ops.esc(c.lastError)}</td></tr>` : ''}
        </table>
        <div class="toolbar"><button data-act="check" ${disabled}>检查</button><button data-act="run" ${disabled}>立即运行</button><span class="note result"></span></div>
      </div>`).join('')}</div>`;
  page.querySelectorAll('.card.channel button').forEach(b => b.addEventListener('click', async () => {
    const card = b.closest('.card'), out = card.querySelector('.result');
    const why = Ops.why(b.textContent); if (why === null) return;
    try { out.textContent = (await Ops.post(`/channels/${card.dataset.channel}/${b.dataset.act}`, { why })).result; }
    catch (e) { out.textContent = e.message; }
  }));
};
