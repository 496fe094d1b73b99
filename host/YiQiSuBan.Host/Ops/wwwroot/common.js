// Shared helpers of the ops console: API key, JSON calls, formatting, inline SVG charts.
const Ops = (() => {
  const KEY = 'yqsb-ops-key';
  const CHANNELS = { 'hotline12345': '12345热线', 'people-board': '人民网留言板', 'mayor-mailbox': '区长信箱', 'city-hub': '市级平台', 'supervision': '督查系统', 'offline': '线下采集' };
  const COLORS = ['#1f5fbf', '#c62828', '#1a7f37', '#b7791f', '#7b1fa2', '#00838f', '#5d4037'];
  const pages = {};

  const key = () => sessionStorage.getItem(KEY);
  const setKey = k => k ? sessionStorage.setItem(KEY, k) : sessionStorage.removeItem(KEY);

  async function api(path, options = {}) {
    const res = await fetch('/api/v1/ops' + path, {
      method: options.method || 'GET',
      headers: { 'X-Api-Key': key() || '', ...(options.body ? { 'Content-Type': 'application/json' } : {}) },
      body: options.body ? JSON.stringify(options.body) : undefined,
    });
    if (res.status === 401 || res.status === 403) { setKey(null); window.dispatchEvent(new Event('ops-logout')); throw new Error('未授权：需要运维角色的 API 密钥'); }
    const text = await res.text();
    const data = text ? JSON.parse(text) : null;
    if (!res.ok) throw new Error((data && (data.title || data.detail)) || ('HTTP ' + res.status));
    return data;
  }
  const post = (path, body) => api(path, { method: 'POST', body: body || {} });

  function esc(s) { return String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c])); }
  function time(t) { return t ? new Date(t).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '—'; }
  function channel(c) { return CHANNELS[c] ? `${CHANNELS[c]} <span class="note">${esc(c)}</span>` : esc(c); }
  function duration(s) { if (s == null) return '—'; if (s < 120) return Math.round(s) + ' 秒'; if (s < 7200) return Math.round(s / 60) + ' 分'; return (s / 3600).toFixed(1) + ' 小时'; }
  function why(action) { const r = prompt(`请填写「${action}」的原因（记入审计，勿含个人信息）：`, ''); return r === null ? null : r; }

  // Line chart of series {name, values[]} over labels[], as an inline SVG string.
  function lineChart(labels, series, { width = 900, height = 260 } = {}) {
    const pad = { l: 40, r: 10, t: 10, b: 28 };
    const max = Math.max(1, ...series.flatMap(s => s.values));
    const x = i => pad.l + (labels.length <= 1 ? 0 : i * (width - pad.l - pad.r) / (labels.length - 1));
    const y = v => height - pad.b - v * (height - pad.t - pad.b) / max;
    const grid = [0, 0.5, 1].map(f => `<line x1="${pad.l}" x2="${width - pad.r}" y1="${y(max * f)}" y2="${y(max * f)}" stroke="#e5e8ee"/><text x="4" y="${y(max * f) + 4}" font-size="11" fill="#667085">${Math.round(max * f)}</text>`).join('');
    const ticks = labels.map((l, i) => i % Math.ceil(labels.length / 10) === 0 ? `<text x="${x(i)}" y="${height - 8}" font-size="11" text-anchor="middle" fill="#667085">${esc(l.slice(5))}</text>` : '').join('');
    const lines = series.map((s, k) => `<polyline fill="none" stroke-width="2" stroke="${COLORS[k % COLORS.length]}" points="${s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')}"><title>${esc(s.name)}</title></polyline>`).join('');
    const legend = series.map((s, k) => `<span><i style="background:${COLORS[k % COLORS.length]}"></i>${esc(CHANNELS[s.name] || s.name)}</span>`).join('');
    return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="折线图">${grid}${ticks}${lines}</svg><div class="legend">${legend}</div>`;
  }

  // Step chart of a cumulative count over instants (hotspot growth).
  function growthChart(instants, { width = 320, height = 90 } = {}) {
    if (!instants.length) return '';
    const t0 = new Date(instants[0]).getTime(), t1 = Math.max(t0 + 1, new Date(instants[instants.length - 1]).getTime());
    const x = t => 6 + (t - t0) * (width - 12) / (t1 - t0), y = n => height - 6 - n * (height - 12) / instants.length;
    const pts = instants.map((t, i) => `${x(new Date(t).getTime())},${y(i + 1)}`).join(' ');
    return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="增长"><polyline fill="none" stroke="#c62828" stroke-width="2" points="${x(t0)},${y(0)} ${pts}"/></svg>`;
  }

  return { pages, key, setKey, api, post, esc, time, channel, duration, why, lineChart, growthChart, CHANNELS };
})();
