// The only search code on every page: a few hundred bytes that wire the header
// box and the keyboard shortcuts, and load the dialog on first use.
type Dialog = typeof import('./dialog');
let dialog: Promise<Dialog> | undefined;
const load = () => (dialog ??= import('./dialog'));

const boxes = [...document.querySelectorAll<HTMLElement>('[data-search-box]')];
const first = boxes[0];
/** What the reader types between the shortcut and the dialog's field being there, when the header box cannot take it. */
let typedAhead: string | undefined;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

for (const box of boxes) {
  const field = box.querySelector('input');
  field?.addEventListener('focus', () => void load().then((d) => d.preload(box)), { once: true });
  // Typing in the header box carries on in the dialog, with what was typed so far.
  field?.addEventListener('input', () => {
    void load().then((d) => {
      if (!field.value) return;
      d.openSearchDialog(box, field.value);
      field.value = '';
    });
  });
}

if (first) {
  document.addEventListener('keydown', (event) => {
    if (typedAhead !== undefined && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      typedAhead += event.key;
      event.preventDefault();
      return;
    }
    const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    if (!ctrlK && !slash) return;
    event.preventDefault();
    // Until the dialog is there, keys go to the header box (text input methods and pasting
    // included), or, when that box cannot take focus, into a small buffer.
    const field = first.querySelector('input');
    field?.focus();
    if (document.activeElement !== field) typedAhead ??= '';
    void load().then((d) => {
      const query = (typedAhead ?? '') + (field?.value ?? '');
      typedAhead = undefined;
      if (field) field.value = '';
      d.openSearchDialog(first, query);
    });
  });
}
