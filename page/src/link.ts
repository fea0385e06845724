// The page's state in its URL, so that a link reproduces the view: the scenario (a built-in's name, an
// ally's code for its starter scenario, or the text of a file, deflated and base64url-encoded), its
// overrides in order, and the unit shown.
//   #scenario=lithuania-baseline&set=defence.shareOfGdp%3D%7B%22default%22%3A%220.06%22%7D&unit=million
// An override's value is JSON after the first "="; `null` removes the key (no scenario value is null).
import type { Edit } from './edits';

/** What a link holds. */
export interface LinkState {
  readonly scenario?: string;
  readonly text?: string;
  readonly ally?: string;
  readonly edits: readonly Edit[];
  readonly unit?: string;
}

/** The hash of a link to a state (without the leading "#"). */
export async function toHash(state: LinkState): Promise<string> {
  const params = new URLSearchParams();
  if (state.text !== undefined) params.set('text', await deflate(state.text));
  else if (state.ally !== undefined) params.set('ally', state.ally);
  else if (state.scenario !== undefined) params.set('scenario', state.scenario);
  for (const edit of state.edits) params.append('set', `${edit.path}=${JSON.stringify(edit.value ?? null)}`);
  if (state.unit !== undefined) params.set('unit', state.unit);
  return params.toString();
}

/** A state read back from a link's hash; a part that cannot be read is an error naming it. */
export async function fromHash(hash: string): Promise<LinkState> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const text = params.get('text');
  const scenario = params.get('scenario');
  const ally = params.get('ally');
  const unit = params.get('unit');
  const edits = params.getAll('set').map((entry) => {
    const at = entry.indexOf('=');
    if (at <= 0) throw new SyntaxError(`the link's change "${entry}" has no "path=value"`);
    let value: unknown;
    try {
      value = JSON.parse(entry.slice(at + 1));
    } catch {
      throw new SyntaxError(`the link's change to ${entry.slice(0, at)} is not JSON: ${entry.slice(at + 1)}`);
    }
    return { path: entry.slice(0, at), value: value ?? undefined };
  });
  return {
    ...(text === null ? {} : { text: await inflate(text) }),
    ...(scenario === null ? {} : { scenario }),
    ...(ally === null ? {} : { ally }),
    ...(unit === null ? {} : { unit }),
    edits,
  };
}

async function deflate(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

async function inflate(encoded: string): Promise<string> {
  const binary = atob(encoded.replaceAll('-', '+').replaceAll('_', '/'));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}
