// The embeddable widget (plain JS, no bundler) and a demo page that embeds it. The script talks
// to the API it was loaded from. Replies that outlive the server's wait (202), agent messages and
// "agent joined" arrive over Socket.io (/widget namespace); a slow history poll backs it up.
const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export const WIDGET_JS = String.raw`(function () {
  var script = document.currentScript;
  var storeId = script && script.getAttribute('data-store-id');
  if (!storeId) return console.error('[convix] data-store-id missing');
  var origin = new URL(script.src).origin;
  var api = origin + '/v1/widget/' + storeId;
  var key = 'convix:' + storeId;
  var state = JSON.parse(localStorage.getItem(key) || '{}');
  var seen = {}, lastId = null, box, list, input, cfg;

  function req(method, path, body) {
    var headers = { 'content-type': 'application/json' };
    if (state.visitorToken) headers.authorization = 'Bearer ' + state.visitorToken;
    return fetch(api + path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined })
      .then(function (r) { return r.json().then(function (j) { if (!r.ok) throw j.error || j; return j; }); });
  }
  function el(tag, css, text) { var e = document.createElement(tag); e.style.cssText = css || ''; if (text) e.textContent = text; return e; }
  function add(m) {
    if (!m || seen[m.id]) return; seen[m.id] = 1; lastId = m.id;
    var mine = m.role === 'CUSTOMER';
    var b = el('div', 'margin:6px 0;padding:8px 10px;border-radius:10px;max-width:80%;white-space:pre-wrap;' +
      (mine ? 'margin-left:auto;color:#fff;background:' + cfg.config.primaryColor : 'background:#f1f5f9'), m.content);
    list.appendChild(b); list.scrollTop = list.scrollHeight;
  }
  function poll() {
    if (!state.conversationId) return;
    req('GET', '/conversations/' + state.conversationId + '/messages' + (lastId ? '?after=' + lastId : ''))
      .then(function (r) { r.items.forEach(add); }).catch(function () {});
  }
  function live() {
    if (!state.conversationId || live.on) return;
    live.on = 1;
    var s = document.createElement('script');
    s.src = origin + '/socket.io/socket.io.min.js';
    s.onload = function () {
      var sock = window.io(origin + '/widget', { auth: { visitorToken: state.visitorToken, conversationId: state.conversationId }, transports: ['websocket', 'polling'] });
      sock.on('message:new', function (p) { add(p.message); });
      sock.on('agent:joined', function (p) { add({ id: 'joined' + Date.now(), role: 'SYSTEM', content: p.agentName + ' joined the conversation' }); });
    };
    document.head.appendChild(s);
  }
  function start() {
    return req('POST', '/conversation', { visitorId: state.visitorId, context: { pageUrl: location.href, locale: navigator.language } })
      .then(function (r) { state = { visitorId: r.visitorId, visitorToken: r.visitorToken, conversationId: r.conversation.id }; localStorage.setItem(key, JSON.stringify(state)); poll(); live(); });
  }
  function send(text) {
    var id = 'c' + Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
    return req('POST', '/message', { conversationId: state.conversationId, content: text, clientMessageId: id })
      .then(function (r) { add(r.message); if (r.reply) add(r.reply); })
      .catch(function (e) { add({ id: id + 'e', role: 'SYSTEM', content: (e && e.message) || 'Could not send' }); });
  }
  fetch(api + '/config').then(function (r) { return r.json(); }).then(function (c) {
    cfg = c;
    var side = c.config.position === 'bottom-left' ? 'left' : 'right';
    var btn = el('button', 'position:fixed;bottom:20px;' + side + ':20px;width:56px;height:56px;border-radius:50%;border:0;color:#fff;font-size:24px;cursor:pointer;background:' + c.config.primaryColor, '💬');
    box = el('div', 'display:none;position:fixed;bottom:90px;' + side + ':20px;width:340px;height:460px;background:#fff;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.2);font:14px system-ui;flex-direction:column;overflow:hidden');
    var head = el('div', 'padding:12px;color:#fff;background:' + c.config.primaryColor, c.config.agentName + ' · ' + c.storeName + (c.businessHours.open ? '' : ' (team offline)'));
    list = el('div', 'flex:1;overflow:auto;padding:10px');
    var form = el('form', 'display:flex;border-top:1px solid #e2e8f0');
    input = el('input', 'flex:1;border:0;padding:12px;outline:none'); input.placeholder = 'Type a message…';
    form.appendChild(input); box.appendChild(head); box.appendChild(list); box.appendChild(form);
    list.appendChild(el('div', 'color:#64748b;margin:6px 0', c.config.greeting));
    c.config.quickReplies.forEach(function (q) {
      var chip = el('button', 'margin:2px;padding:4px 8px;border:1px solid ' + c.config.accentColor + ';border-radius:12px;background:#fff;cursor:pointer', q);
      chip.type = 'button'; chip.onclick = function () { send(q); }; list.appendChild(chip);
    });
    form.onsubmit = function (e) { e.preventDefault(); var t = input.value.trim(); if (t) { input.value = ''; send(t); } };
    btn.onclick = function () { var open = box.style.display === 'none'; box.style.display = open ? 'flex' : 'none'; if (open && !state.conversationId) start(); };
    document.body.appendChild(btn); document.body.appendChild(box);
    if (state.conversationId) { poll(); live(); }
    setInterval(function () { if (box.style.display !== 'none') poll(); }, 15000);
  });
})();
`;

export function demoPage(storeId: string, storeName: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(storeName)} — Convix widget demo</title></head>
<body style="font:16px system-ui;max-width:720px;margin:40px auto;padding:0 16px">
<h1>${esc(storeName)}</h1><p>This page embeds the Convix chat widget exactly as a merchant would:</p>
<pre style="background:#f1f5f9;padding:12px;overflow:auto">&lt;script src="https://YOUR-CONVIX-API/v1/widget.js" data-store-id="${esc(storeId)}" async&gt;&lt;/script&gt;</pre>
<p>Open the chat bubble in the corner and ask about shipping, returns or products.</p>
<script src="/v1/widget.js" data-store-id="${esc(storeId)}"></script>
</body></html>`;
}
