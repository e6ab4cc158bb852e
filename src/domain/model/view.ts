import type { XmlElement } from '../xml/nodes';
import type { Prop } from './props';

/** A typed window onto one element. It holds no state of its own: the tree is the data. */
export class ElementView {
  constructor(readonly element: XmlElement) {}
}

type PropTable = Record<string, Prop<unknown>>;

type ValueOf<P> = P extends Prop<infer T> ? T | undefined : never;
type Values<P extends PropTable> = { -readonly [K in keyof P]: ValueOf<P[K]> };

export interface ViewClass<P extends PropTable> {
  new (element: XmlElement): ElementView & Values<P>;
  /** The declared properties, for tests that check every one is exercised. */
  readonly props: P;
}

/**
 * Makes a view class with one accessor per declared property, so a property's path and
 * type are written exactly once. Extend the result to add behaviour:
 *
 *   class DiskDevice extends defineView({ targetDev: str('target/@dev') }) { ... }
 */
export function defineView<P extends PropTable>(props: P): ViewClass<P> {
  class View extends ElementView {
    static readonly props = props;
  }
  for (const [key, prop] of Object.entries(props)) {
    Object.defineProperty(View.prototype, key, {
      get(this: ElementView) {
        return prop.get(this.element);
      },
      set(this: ElementView, value: unknown) {
        prop.set(this.element, value);
      },
      enumerable: true,
    });
  }
  return View as unknown as ViewClass<P>;
}
