/**
 * A file input whose button and "no file chosen" read in the page's language: a browser writes
 * them in its own, so a Chinese page in an English browser said "Choose Files". The native
 * input is still the control — labelled, focused and operated as before (keyboard, screen
 * reader, dropping a file on it) — laid transparent over the words it shows instead.
 */
import type { JSX, Ref } from 'preact';
import { useState } from 'preact/hooks';
import type { FileKey } from '../i18n/fileIssue';
import { format } from '../i18n/format';

type InputProps = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'type' | 'ref'>;

export function FileInput({
  strings,
  inputRef,
  onChange,
  ...input
}: InputProps & { strings: Partial<Record<FileKey, string>>; inputRef?: Ref<HTMLInputElement> }) {
  const [names, setNames] = useState<string[]>([]);
  const many = input.multiple === true;
  const chosen =
    names.length === 0
      ? (strings['file.none'] ?? '')
      : names.length === 1
        ? names[0]
        : format(strings['file.many'] ?? '{n}', { n: names.length });
  return (
    <span class="file-pick">
      <input
        {...input}
        {...(inputRef ? { ref: inputRef } : {})}
        type="file"
        onChange={(event) => {
          setNames(Array.from(event.currentTarget.files ?? [], (file) => file.name));
          onChange?.call(event.currentTarget, event);
        }}
      />
      <span class="file-pick-button" aria-hidden="true">
        {strings[many ? 'file.chooseMany' : 'file.choose']}
      </span>
      <span class="file-pick-name" aria-hidden="true">
        {chosen}
      </span>
    </span>
  );
}
