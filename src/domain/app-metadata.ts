import { AppError } from '../shared/errors';
import { AppMetadata } from '../shared/vm-spec';
import type { AppMetadataInput } from '../shared/vm-spec';
import type { DomainXml } from './domain-xml';
import { insertInOrder } from './xml/edit';
import { XmlElement } from './xml/nodes';

/** Virtdeck's namespace under a domain's <metadata>; other apps' elements are left alone. */
export const VIRTDECK_NAMESPACE = 'https://virtdeck.org/xmlns/libvirt/domain/1.0';
const PREFIX = 'virtdeck';

/**
 * Reads Virtdeck's metadata of a VM: tags, notes and app settings. A VM without any reads
 * as empty; elements of ours the model does not know (from a newer Virtdeck) are ignored.
 */
export function readAppMetadata(domain: DomainXml): AppMetadata {
  const app = domain.metadataOf(VIRTDECK_NAMESPACE);
  const children = (name: string) => app?.elements.filter((e) => e.localName === name) ?? [];
  const tags = children('tags').flatMap((t) => t.elements.filter((e) => e.localName === 'tag'));
  const notes = children('notes')[0]?.text;
  const settings = Object.fromEntries(
    children('setting').flatMap((s) => {
      const name = s.getAttribute('name');
      return name === undefined ? [] : [[name, s.text]];
    }),
  );
  // Validated like a write, so a hand-edited secret is dropped rather than passed on.
  const parsed = AppMetadata.safeParse({
    tags: tags.map((t) => t.text),
    ...(notes === undefined ? {} : { notes }),
    settings,
  });
  return parsed.success ? parsed.data : AppMetadata.parse({});
}

/**
 * Writes Virtdeck's metadata, replacing what was there (as virDomainSetMetadata does for
 * one namespace). Empty metadata removes our element. The input is validated: a setting
 * whose name says it is a secret is refused.
 */
export function writeAppMetadata(domain: DomainXml, input: AppMetadataInput): void {
  const parsed = AppMetadata.safeParse(input);
  if (!parsed.success) {
    throw new AppError({
      code: 'validation',
      message: `The VM's Virtdeck metadata was not saved: ${parsed.error.issues.map((i) => i.message).join('; ')}.`,
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  const { tags, notes, settings } = parsed.data;
  const names = Object.keys(settings);
  if (tags.length === 0 && notes === undefined && names.length === 0) {
    domain.setMetadataOf(VIRTDECK_NAMESPACE, undefined);
    return;
  }
  // An existing element is rewritten in place, keeping its prefix and namespace declaration.
  const existing = domain.metadataOf(VIRTDECK_NAMESPACE);
  const app = existing ?? new XmlElement(`${PREFIX}:app`);
  if (existing) existing.text = '';
  else app.setAttribute(`xmlns:${PREFIX}`, VIRTDECK_NAMESPACE);
  const colon = app.name.indexOf(':');
  const prefix = colon < 0 ? '' : app.name.slice(0, colon + 1);
  const add = (parent: XmlElement, name: string, text?: string) => {
    const element = new XmlElement(`${prefix}${name}`);
    if (text !== undefined) element.text = text;
    insertInOrder(parent, element);
    return element;
  };
  if (tags.length > 0) {
    const list = add(app, 'tags');
    for (const tag of tags) add(list, 'tag', tag);
  }
  if (notes !== undefined) add(app, 'notes', notes);
  for (const name of names) add(app, 'setting', settings[name]).setAttribute('name', name);
  if (!existing) domain.setMetadataOf(VIRTDECK_NAMESPACE, app);
}
