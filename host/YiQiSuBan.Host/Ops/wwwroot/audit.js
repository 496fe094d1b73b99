// 审计: last checkpoint, last verification, run a verification.
Ops.pages.audit = async page => {
  const a = await Ops.api('/audit');
  const verification = v => v ? `<table id="verification"><tr><th>时间</th><td>${Ops.time(v.at)}（${Ops.esc(v.who)}）</td></tr>
      <tr><th>结果</th><td class="${v.ok ? '' : 'red'}" id="verify-ok">${v.ok ? '一致' : '发现不一致'}</td></tr>
      <tr><th>检查范围</th><td>${v.entries} 条审计记录，${v.checkpoints} 个检查点，${v.payloads} 个原始数据，${v.complaints} 件诉求</td></tr>
      ${v.findingCount ? `<tr><th>问题（${v.findingCount}）</th><td><pre class="explain">${v.findings.map(Ops.esc).join('\n')}</pre></td></tr>` : ''}</table>` : '<p class="note">本实例尚未运行过校验</p>';
  const c = a.lastCheckpoint;
  page.innerHTML = `<h2>审计</h2>
    <p>审计记录共 <b>${a.entries}</b> 条。</p>
    <h3>最近检查点</h3>${c ? `<table><tr><th>时间</th><td>${Ops.esc(c.at)}</td></tr><tr><th>覆盖记录</th><td>${c.treeSize}</td></tr>
      <tr><th>根哈希</th><td><code>${Ops.esc(c.rootHash)}</code></td></tr><tr><th>签名密钥</th><td>${Ops.esc(c.keyId)}（${Ops.esc(c.algorithm)}）</td></tr></table>` : '<p class="note">尚无检查点</p>'}
    <div class="toolbar"><h3>最近校验</h3><button id="verify">立即校验</button></div><div id="verification-box">${verification(a.lastVerification)}</div>`;
  page.querySelector('#verify').addEventListener('click', async () => {
    const why = Ops.why('审计校验'); if (why === null) return;
    const box = page.querySelector('#verification-box'); box.innerHTML = '<p class="note">校验中…</p>';
    try { box.innerHTML = verification(await Ops.post('/audit/verify', { why })); } catch (e) { box.innerHTML = `<p class="error">${Ops.esc(e.message)}</p>`; }
  });
};
