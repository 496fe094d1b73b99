// Login form and hash routing between the console pages.
(() => {
  const login = document.getElementById('login'), nav = document.getElementById('nav'), page = document.getElementById('page');

  function showLogin(message) {
    login.hidden = false; nav.hidden = true; page.innerHTML = '';
    document.getElementById('login-error').textContent = message || '';
  }

  async function route() {
    if (!Ops.key()) return showLogin();
    login.hidden = true; nav.hidden = false;
    const name = (location.hash || '#channels').slice(1);
    const render = Ops.pages[name] || Ops.pages.channels;
    nav.querySelectorAll('a[data-page]').forEach(a => a.classList.toggle('active', a.dataset.page === name));
    page.dataset.page = name;
    page.innerHTML = '<p class="note">加载中…</p>';
    try { await render(page); } catch (e) { page.innerHTML = `<p class="error">${Ops.esc(e.message)}</p>`; }
  }

  login.addEventListener('submit', async e => {
    e.preventDefault();
    Ops.setKey(document.getElementById('api-key').value.trim());
    try { await Ops.api('/channels'); route(); } catch (err) { showLogin(err.message); }
  });
  document.getElementById('logout').addEventListener('click', () => { Ops.setKey(null); showLogin(); });
  window.addEventListener('ops-logout', () => showLogin('密钥无效或无运维权限'));
  window.addEventListener('hashchange', route);
  route();
})();
