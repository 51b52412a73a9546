// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { mountEmbedDialog } from '../../../src/embed/mount-embed-dialog.ts';
import * as dialogModule from '../../../src/embed/embed-dialog.ts';

afterEach(() => document.body.replaceChildren());

const OPTIONS = { urls: { page: 'https://m.example/', dir: 'https://m.example/' }, title: 'Map' };

describe('the Embed button, its dialog loaded when first used', () => {
  test('the button is there with its name before the dialog; the dialog is built on the first press and opened', async () => {
    const load = vi.fn(() => Promise.resolve(dialogModule));
    const d = mountEmbedDialog(document.body, OPTIONS, load);
    const button = document.querySelector<HTMLButtonElement>('button.op-embed-button')!;
    expect(button.textContent).toBe('Embed');
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    expect(document.querySelector('dialog')).toBeNull();
    expect(load).not.toHaveBeenCalled();
    button.click();
    await vi.waitFor(() => expect(document.querySelector('dialog')?.open).toBe(true));
    expect(document.querySelectorAll('dialog textarea')).toHaveLength(3);
    document.querySelector('dialog')!.close();
    button.click();
    await vi.waitFor(() => expect(document.querySelector('dialog')?.open).toBe(true));
    // One dialog, one load.
    expect(document.querySelectorAll('dialog')).toHaveLength(1);
    expect(load).toHaveBeenCalledTimes(1);
    d.destroy();
    expect(document.querySelector('dialog, .op-embed-button, .op-embed-status')).toBeNull();
  });

  test('pointing at or focusing the button starts the load', () => {
    const load = vi.fn(() => Promise.resolve(dialogModule));
    const d = mountEmbedDialog(document.body, OPTIONS, load);
    document.querySelector('.op-embed-button')!.dispatchEvent(new Event('focus'));
    expect(load).toHaveBeenCalledTimes(1);
    d.destroy();
  });

  test('a failed load says so beside the button; the next press tries again', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi
      .fn<() => Promise<typeof dialogModule>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(dialogModule);
    const d = mountEmbedDialog(document.body, OPTIONS, load);
    const button = document.querySelector<HTMLButtonElement>('.op-embed-button')!;
    const status = document.querySelector('.op-embed-status')!;
    expect(status.getAttribute('role')).toBe('status');
    button.click();
    await vi.waitFor(() =>
      expect(status.textContent).toBe('The embed codes could not be loaded. Try again.'),
    );
    expect(document.querySelector('dialog')).toBeNull();
    expect(error).toHaveBeenCalledOnce();
    button.click();
    await vi.waitFor(() => expect(document.querySelector('dialog')?.open).toBe(true));
    expect(status.textContent).toBe('');
    expect(load).toHaveBeenCalledTimes(2);
    d.destroy();
    error.mockRestore();
  });
});
