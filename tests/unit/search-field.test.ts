import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromFieldValue,
  isTypingTarget,
  keyAction,
  moveActive,
  pasteInto,
  toFieldValue,
} from '../../lib/search/search-box-keys';

describe('line breaks in the one-line search field', () => {
  it('shows a multi-line paste with ⏎ marks and gets the lines back', () => {
    expect(toFieldValue('npm ERR! code EACCES\r\nnpm ERR! syscall mkdir')).toBe(
      'npm ERR! code EACCES ⏎ npm ERR! syscall mkdir',
    );
    expect(fromFieldValue('npm ERR! code EACCES ⏎ npm ERR! syscall mkdir')).toBe(
      'npm ERR! code EACCES\nnpm ERR! syscall mkdir',
    );
  });

  it('round-trips any text without the mark (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string().filter((s) => !/[\r\n⏎]/.test(s) && s.trim() === s && s !== '')), (lines) => {
        const query = lines.join('\n');
        expect(fromFieldValue(toFieldValue(query))).toBe(query);
      }),
    );
  });

  it('pastes over the selection', () => {
    expect(pasteInto('find: X here', 'a\nb', 6, 7)).toBe('find: a ⏎ b here');
  });
});

describe('moveActive', () => {
  it('walks the results and back to the field, stopping at the ends', () => {
    expect(moveActive('ArrowDown', -1, 3)).toBe(0);
    expect(moveActive('ArrowDown', 2, 3)).toBe(2);
    expect(moveActive('ArrowUp', 0, 3)).toBe(-1);
    expect(moveActive('ArrowUp', -1, 3)).toBe(-1);
    expect(moveActive('ArrowDown', -1, 0)).toBe(-1);
  });
});

describe('isTypingTarget', () => {
  it('is true in fields and editable content only', () => {
    expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'BODY' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('keyAction', () => {
  it('maps the keys of the search field', () => {
    expect(keyAction('ArrowDown', -1, 3, 'q')).toEqual({ type: 'move', active: 0 });
    expect(keyAction('Enter', 1, 3, 'q')).toEqual({ type: 'open', index: 1 });
    expect(keyAction('Enter', -1, 3, 'q')).toEqual({ type: 'submit' });
    expect(keyAction('Enter', -1, 0, '  ')).toBeNull();
    expect(keyAction('Escape', 2, 3, 'q')).toEqual({ type: 'close' });
    expect(keyAction('a', -1, 3, 'q')).toBeNull();
  });
});
