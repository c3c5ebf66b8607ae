/**
 * user-event for client tests, without the per-event pointer-events check: it asks jsdom's
 * getComputedStyle for the element and every ancestor on every click and keystroke, which
 * matches every style rule of the page each time and was most of a typing test's time. Tests
 * assert disabled controls with toBeDisabled instead.
 */
import base, { PointerEventsCheckLevel } from '@testing-library/user-event';

const FAST = { pointerEventsCheck: PointerEventsCheckLevel.Never } as const;

const userEvent = {
  clear: base.clear,
  click: (element: Element, options?: Parameters<typeof base.click>[1]) => base.click(element, { ...FAST, ...options }),
  keyboard: (text: string, options?: Parameters<typeof base.keyboard>[1]) => base.keyboard(text, { ...FAST, ...options }),
  paste: (data?: Parameters<typeof base.paste>[0], options?: Parameters<typeof base.paste>[1]) => base.paste(data, { ...FAST, ...options }),
  selectOptions: (select: Element, values: Parameters<typeof base.selectOptions>[1], options?: Parameters<typeof base.selectOptions>[2]) =>
    base.selectOptions(select, values, { ...FAST, ...options }),
  type: (element: Element, text: string, options?: Parameters<typeof base.type>[2]) => base.type(element, text, { ...FAST, ...options }),
  upload: (element: HTMLElement, files: File | File[], options?: Parameters<typeof base.upload>[2]) => base.upload(element, files, { ...FAST, ...options }),
};
export default userEvent;
