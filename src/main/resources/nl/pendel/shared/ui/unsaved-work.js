// Run once per watched field, with `this` the field's element and $0 the milliseconds between saves
// while typing (see UnsavedWork.java). The field sends its value with a `change` event: a while
// after typing starts, and at once when it loses focus, the page is hidden or left, or the
// browser's back or forward button moves to another screen. The server
// keeps the property `pendelStoredHash` at the hash of the text it stored; while the field shows
// other text (typed a moment ago, or refused), leaving the page makes the browser ask first.
const field = this;
const every = $0;
if (field.pendelSend) {
  return; // watched already (the same field on a screen built anew)
}
// String.hashCode of the text without carriage returns, as UnsavedWork.hash computes it
const hash = text => {
  const s = (text || '').replace(/\r/g, '');
  let h = 0;
  for (let i = 0; i < s.length; i++) {
    h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  }
  return h;
};
let sent = field.value;
let timer = null;
field.pendelUnsaved = () => field.isConnected && hash(field.value) !== field.pendelStoredHash;
field.pendelSend = () => {
  clearTimeout(timer);
  timer = null;
  if (field.isConnected && field.value !== sent) {
    sent = field.value;
    field.dispatchEvent(new CustomEvent('change'));
  }
};
field.addEventListener('input', () => {
  timer = timer || setTimeout(field.pendelSend, every);
});
field.addEventListener('focusout', field.pendelSend);

if (!window.pendelUnsavedWork) {
  const fields = new Set();
  const sendAll = () => fields.forEach(f => f.pendelSend());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      sendAll();
    }
  });
  window.addEventListener('pagehide', sendAll);
  // the browser's back and forward buttons move between Pendel's screens without a blur or an
  // unload: send first (a capturing listener runs before the router's own), so that the server
  // either has the text or holds the move and asks
  window.addEventListener('popstate', sendAll, true);
  window.addEventListener('beforeunload', event => {
    sendAll();
    if ([...fields].some(f => f.pendelUnsaved())) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
  window.pendelUnsavedWork = fields;
}
window.pendelUnsavedWork.forEach(f => f.isConnected || window.pendelUnsavedWork.delete(f));
window.pendelUnsavedWork.add(field);
