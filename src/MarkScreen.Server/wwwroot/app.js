'use strict';
// MarkScreen web UI: four views over the HTTP API, routed by the URL hash. No framework, nothing from elsewhere.
const view = document.getElementById('view');
const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const risks = ['low', 'medium', 'high'];

async function api(path, options) {
  const response = await fetch(path, options);
  const type = response.headers.get('content-type') || '';
  const body = type.includes('json') && !type.includes('ndjson') ? await response.json() : null;
  if (!response.ok) throw new Error(body?.detail || body?.title || (body?.errors ? Object.values(body.errors).flat().join('; ') : response.statusText));
  return body;
}

function highlight(text, findings) {
  const spans = findings.filter(f => f.field === 'title').flatMap(f => f.spans.map(s => ({ start: s.start, end: s.start + s.length, risk: f.risk, mark: f.mark })))
    .sort((a, b) => a.start - b.start || risks.indexOf(b.risk) - risks.indexOf(a.risk));
  let out = '', at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out += esc(text.slice(at, s.start)) + `<mark class="${s.risk}" title="${esc(s.mark)}">${esc(text.slice(s.start, s.end))}</mark>`;
    at = s.end;
  }
  return out + esc(text.slice(at));
}

function finding(f) {
  const dates = [f.filing_date && `filed ${f.filing_date}`, f.registration_date && `registered ${f.registration_date}`, f.expiry_date && `renewal due ${f.expiry_date}`].filter(Boolean).join(' · ');
  return `<details ${f.risk === 'high' ? 'open' : ''}><summary><span class="badge ${f.risk}">${f.risk} ${f.score.toFixed(2)}</span> <b>${esc(f.mark)}</b>
    <span class="muted">${f.match_kind} · ${f.use} use · ${f.field} · “${esc(f.matched_text)}”</span></summary>
    <dl class="evidence">
      <dt>record</dt><dd><a href="#/marks/${f.registration_number ? 'rn' + esc(f.registration_number) : 'sn' + esc(f.serial_number)}">${esc(f.office)} ${f.registration_number ? 'reg. ' + esc(f.registration_number) + ' · ' : ''}serial ${esc(f.serial_number)}</a></dd>
      ${f.owner ? `<dt>owner</dt><dd>${esc(f.owner)}${f.owner_country ? ' (' + esc(f.owner_country) + ')' : ''}</dd>` : ''}
      <dt>classes</dt><dd>${f.mark_classes.length ? f.mark_classes.join(', ') : 'all (brand list)'}</dd>
      <dt>status</dt><dd>${esc(f.status)}${dates ? ' · ' + dates : ''}</dd>
      ${f.goods ? `<dt>goods (class ${f.goods_class})</dt><dd>${esc(f.goods)}</dd>` : ''}
    </dl>
    <ul class="reasons">${f.reasons.map(r => `<li>${esc(r)}</li>`).join('')}</ul></details>`;
}

function listingCard(r) {
  const risk = r.risk || 'low';
  const goods = r.goods.map(g => `<span class="chip" title="${esc(g.because)}${g.term ? ' — ' + esc(g.term) : ''}">class ${g.class} · ${Math.round(g.confidence * 100)}%</span>`).join('');
  const s = r.suggestion;
  return `<article class="card ${risk}" data-score="${r.score}" tabindex="0">
    <div>${r.risk ? `<span class="badge ${risk}">${risk}</span>` : '<span class="badge">clear</span>'} <span class="muted">${esc(r.listing_id)}</span> ${goods}</div>
    <div class="title">${highlight(r.title, r.findings)}</div>
    ${s ? `<p class="suggestion ${s.clean ? '' : 'unclean'}"><b>Safer title</b> ${esc(s.text)} <span class="muted">${s.clean ? '✓ re-screened: no medium or high risk left' : '⚠ still risky; rework by hand'}${s.removed.length ? ' · removed: ' + esc(s.removed.join(', ')) : ''}</span></p>` : ''}
    ${r.findings.length ? r.findings.map(finding).join('') : '<p class="muted">No registered mark found.</p>'}
  </article>`;
}

const views = {
  screen() {
    view.innerHTML = `<h1>Screen a listing title</h1>
      <form id="screen-form"><label for="title">Title</label>
      <textarea id="title" rows="3" required placeholder="e.g. Built-in Airbag Protective Case for Samsung Galaxy Z Flip 3"></textarea>
      <div class="row"><div><label for="category">Category (optional)</label><input id="category" placeholder="Cell Phones > Cases"></div>
      <div><label for="brand">Brand (optional)</label><input id="brand"></div><div><label for="seller">Seller (optional)</label><input id="seller"></div></div>
      <button type="submit">Screen</button></form><div id="result" aria-live="polite"></div>`;
    document.getElementById('screen-form').onsubmit = async e => {
      e.preventDefault();
      const out = document.getElementById('result');
      out.innerHTML = '<p class="muted">Screening…</p>';
      try {
        const value = id => document.getElementById(id).value.trim() || undefined;
        const r = await api('/api/screen', { method: 'POST', headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ id: 'title', title: value('title'), category: value('category'), brand: value('brand'), seller: value('seller') }) });
        out.innerHTML = listingCard(r);
      } catch (err) { out.innerHTML = `<p class="error">${esc(err.message)}</p>`; }
    };
    document.getElementById('title').focus();
  },

  file() {
    view.innerHTML = `<h1>Screen a listing file</h1>
      <form id="file-form"><label for="file">CSV or JSON Lines (a title column is found by name: title, product_name, name …)</label>
      <input id="file" type="file" accept=".csv,.tsv,.txt,.jsonl,.ndjson,.json" required>
      <div class="row"><div><label for="min-risk">Show findings from</label><select id="min-risk"><option value="medium">medium risk</option><option value="high">high risk</option><option value="low">low risk</option></select></div></div>
      <button type="submit">Upload and screen</button></form>
      <div class="progress" aria-hidden="true"><div id="bar"></div></div><p id="status" class="muted" aria-live="polite"></p>
      <div id="controls" hidden><button class="secondary" id="sort-risk">Sort by risk</button> <button class="secondary" id="sort-file">File order</button></div>
      <div id="listings"></div>`;
    document.getElementById('file-form').onsubmit = async e => {
      e.preventDefault();
      const file = document.getElementById('file').files[0];
      const status = document.getElementById('status'), bar = document.getElementById('bar'), list = document.getElementById('listings');
      list.innerHTML = ''; status.textContent = 'Uploading…'; bar.style.width = '5%';
      const body = new FormData(); body.append('file', file);
      try {
        const response = await fetch('/api/screen/file?min_risk=' + document.getElementById('min-risk').value, { method: 'POST', body });
        if (!response.ok) { const p = await response.json(); throw new Error(p.detail || p.title); }
        const reader = response.body.getReader(); const decoder = new TextDecoder();
        let buffer = '', shown = 0, order = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          let nl;
          while ((nl = buffer.indexOf('\n')) >= 0) {
            const line = JSON.parse(buffer.slice(0, nl)); buffer = buffer.slice(nl + 1);
            if (line.summary) {
              const s = line.summary; bar.style.width = '100%';
              status.textContent = `${s.listings} listings screened in ${s.seconds} s: ${s.high} high, ${s.medium} medium, ${s.low} low findings${s.skipped ? `; ${s.skipped} rows skipped` : ''}.`;
            } else if (line.issue) {
              list.insertAdjacentHTML('beforeend', `<p class="error">${esc(line.issue)}</p>`);
            } else {
              shown++; list.insertAdjacentHTML('beforeend', listingCard(line)); list.lastElementChild.dataset.order = order++;
              status.textContent = `${shown} listings with findings so far…`; bar.style.width = Math.min(95, 5 + shown) + '%';
            }
          }
        }
        document.getElementById('controls').hidden = false;
      } catch (err) { status.innerHTML = `<span class="error">${esc(err.message)}</span>`; }
    };
    const sortBy = key => { const l = document.getElementById('listings'); [...l.children].filter(c => c.tagName === 'ARTICLE').sort((a, b) => key === 'order' ? a.dataset.order - b.dataset.order : b.dataset.score - a.dataset.score).forEach(c => l.appendChild(c)); };
    document.getElementById('sort-risk').onclick = () => sortBy('score');
    document.getElementById('sort-file').onclick = () => sortBy('order');
  },

  search() {
    view.innerHTML = `<h1>Search the register</h1>
      <form id="search-form" role="search"><label for="q">Mark text</label><input id="q" type="search" autocomplete="off" placeholder="e.g. airbag, SHEIN, n1ke">
      <div class="row"><div><label for="class">Class</label><input id="class" inputmode="numeric" placeholder="any, or e.g. 9"></div>
      <div><label for="status">Status</label><select id="status"><option value="live">live</option><option value="all">all</option><option value="dead">dead</option></select></div>
      <div><label for="owner">Owner contains</label><input id="owner"></div></div></form>
      <p id="timing" class="muted" aria-live="polite"></p>
      <table><thead><tr><th>mark</th><th>how</th><th>office / numbers</th><th>owner</th><th>classes</th><th>status</th></tr></thead><tbody id="hits"></tbody></table>`;
    // Each keystroke's query may answer after a later one's (the server answers them in parallel): only the latest
    // query's answer is shown, or a stale one stays on screen.
    let timer, latest = 0;
    const run = async () => {
      const mine = ++latest;
      const q = document.getElementById('q').value.trim();
      if (!q) { document.getElementById('hits').innerHTML = ''; return; }
      const params = new URLSearchParams({ q, status: document.getElementById('status').value });
      const cls = document.getElementById('class').value.trim(); if (cls) params.append('class', cls);
      const owner = document.getElementById('owner').value.trim(); if (owner) params.append('owner', owner);
      try {
        const r = await api('/api/marks/search?' + params);
        if (mine !== latest || !document.getElementById('hits')) return; // a later query, or another view, is on screen
        document.getElementById('timing').textContent = `${r.hits.length} marks in ${r.milliseconds} ms`;
        document.getElementById('hits').innerHTML = r.hits.map(h => `<tr><td><a href="#/marks/${h.store_id}">${esc(h.mark)}</a></td>
          <td><span class="chip">${esc(h.how)}</span> <span class="muted">${esc(h.why)}</span></td>
          <td>${esc(h.office)} ${h.registration_number ? 'reg. ' + esc(h.registration_number) : ''} sn ${esc(h.serial_number)}</td>
          <td>${esc(h.owner)}</td><td>${h.classes.join(', ')}</td><td>${esc(h.status || h.liveness)}</td></tr>`).join('');
      } catch (err) { if (mine === latest && document.getElementById('timing')) document.getElementById('timing').innerHTML = `<span class="error">${esc(err.message)}</span>`; }
    };
    document.getElementById('search-form').oninput = () => { clearTimeout(timer); timer = setTimeout(run, 120); };
    document.getElementById('search-form').onsubmit = e => { e.preventDefault(); run(); };
    document.getElementById('q').focus();
  },

  async mark(id) {
    view.innerHTML = '<p class="muted">Loading…</p>';
    try {
      const r = await api('/api/marks/' + encodeURIComponent(id));
      view.innerHTML = r.marks.map(({ record: m }) => `<article class="card"><h1>${esc(m.mark_text || '(no words: a design mark)')}</h1>
        <dl class="evidence">
          <dt>office</dt><dd>${esc(m.office)}</dd><dt>serial</dt><dd>${esc(m.serial_number)}</dd>
          ${m.registration_number ? `<dt>registration</dt><dd>${esc(m.registration_number)}</dd>` : ''}
          <dt>status</dt><dd>${esc(m.status)} (${esc(m.liveness)})${m.status_date ? ' since ' + esc(m.status_date) : ''}</dd>
          ${m.filing_date ? `<dt>filed</dt><dd>${esc(m.filing_date)}</dd>` : ''}${m.registration_date ? `<dt>registered</dt><dd>${esc(m.registration_date)}</dd>` : ''}
          ${m.expiry_date ? `<dt>renewal due</dt><dd>${esc(m.expiry_date)}</dd>` : ''}${m.mark_type ? `<dt>type</dt><dd>${esc(m.mark_type)}</dd>` : ''}
          <dt>owners</dt><dd>${(m.owners || []).map(o => esc(o.name) + (o.country ? ' (' + esc(o.country) + ')' : '') + (o.is_current_owner ? ' — current' : '')).join('<br>')}</dd>
          ${m.disclaimer ? `<dt>disclaimer</dt><dd>${esc(m.disclaimer)}</dd>` : ''}
        </dl>
        <h2>Classes and goods</h2>
        ${(m.classes || []).map(c => `<p><span class="chip">class ${c.nice_class ?? esc(c.class_code)}</span> ${esc(c.goods)}</p>`).join('') || '<p class="muted">None listed.</p>'}
        <p class="muted">Source: ${esc(m.source_file || m.source)}</p></article>`).join('');
    } catch (err) { view.innerHTML = `<p class="error">${esc(err.message)}</p>`; }
  },
};

function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [name, arg] = hash.split('/');
  document.querySelectorAll('nav a').forEach(a => a.toggleAttribute('aria-current', false));
  const current = document.querySelector(`nav a[data-route="${name || 'screen'}"]`);
  if (current) current.setAttribute('aria-current', 'page');
  if (name === 'marks' && arg) views.mark(decodeURIComponent(arg));
  else (views[name] || views.screen)();
}
window.addEventListener('hashchange', route);
api('/health').then(h => { document.getElementById('register').textContent = `${h.register}: ${h.marks.toLocaleString()} marks`; }).catch(() => {});
route();
