// 受理: complaints per channel per day, today's totals, and the 2151 board per handling unit.
Ops.pages.intake = async page => {
  const data = await Ops.api('/intake?days=14');
  const series = Object.entries(data.channels).map(([name, values]) => ({ name, values }));
  const total = Object.values(data.today).reduce((a, b) => a + b, 0);
  page.innerHTML = `<h2>受理</h2>
    <h3>近 14 天各渠道受理量</h3>${Ops.lineChart(data.days, series)}
    <h3>今日受理（合计 <span id="today-total">${total}</span>）</h3>
    <table><tr>${Object.keys(data.today).map(c => `<th>${Ops.channel(c)}</th>`).join('')}</tr>
      <tr>${Object.values(data.today).map(n => `<td class="num">${n}</td>`).join('')}</tr></table>
    <h3>2151 督办看板</h3>
    <table id="board"><thead><tr><th>承办单位</th><th class="num">在办</th><th class="num">即将到期（24 小时内）</th><th class="num">黄牌</th><th class="num">红牌</th></tr></thead>
      <tbody>${data.board.map(r => `<tr><td>${Ops.esc(r.unit)}</td><td class="num">${r.open}</td><td class="num">${r.dueSoon}</td>
        <td class="num ${r.yellow ? 'yellow' : ''}">${r.yellow}</td><td class="num ${r.red ? 'red red-card' : ''}">${r.red}</td></tr>`).join('') || '<tr><td colspan="5" class="note">暂无督办中的诉求</td></tr>'}</tbody></table>`;
};
