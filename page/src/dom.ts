// Small helpers over the page's fixed elements (index.html): found by id, of the expected kind, or an error.

/** The element with this id, of this kind. */
export function byId<T extends HTMLElement>(id: string, kind: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof kind)) throw new Error(`the page has no ${kind.name} #${id}`);
  return found;
}

/**
 * An input's value when it is a number the input accepts (not empty, within its min and max), else
 * undefined, and the reason shown beside the inputs (in the browser's words, after the field's label).
 */
export function numberIn(input: HTMLInputElement): string | undefined {
  const value = input.value.trim();
  if (value !== '' && input.checkValidity() && Number.isFinite(Number(value))) return value;
  // Empty while typing is no error yet; anything else says what is wrong, and nothing changes.
  if (value !== '' || input.validity.badInput) {
    // The field's own name: its aria-label, else the label that names it, else its id.
    const label =
      input.getAttribute('aria-label') ??
      document.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent.trim() ??
      input.id;
    showProblems(byId('override-errors', HTMLDivElement), [
      `${label}: ${input.validationMessage || 'not a number'} Nothing was changed.`,
    ]);
  }
  return undefined;
}

/** Set an input's value unless the reader is typing in it (which would move the caret). */
export function show(input: HTMLInputElement, value: string): void {
  if (document.activeElement !== input || input.type === 'range') input.value = value;
}

/** Save a file the page made. */
export function save(name: string, content: string | Uint8Array, type: string): void {
  const blob = new Blob([content as BlobPart], { type });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(link.href);
  }, 10_000);
}

/** Show problems in an alert box, or hide it when there are none. */
export function showProblems(box: HTMLElement, problems: readonly string[]): void {
  box.replaceChildren();
  box.hidden = problems.length === 0;
  if (problems.length === 0) return;
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    item.textContent = problem;
    list.append(item);
  }
  box.append(list);
}
