// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import AssignmentBuilder, { BUILDER_KEYS } from '../../src/islands/AssignmentBuilder';
import { decodeAssignment } from '../../src/domain/instructors/assignment';
import { pickStrings } from '../../src/i18n';
import { CATALOGUE } from './instructors-fixtures';

const strings = pickStrings('en', BUILDER_KEYS);

async function setup() {
  render(<AssignmentBuilder strings={strings} catalogue={CATALOGUE} assignmentPath="/assignment/" />);
  const create = screen.getByRole('button', { name: 'Create the link' }) as HTMLButtonElement;
  await waitFor(() => expect(create.disabled).toBe(false));
  return create;
}

describe('AssignmentBuilder', () => {
  it('names each missing field next to it, linked for screen readers', async () => {
    const create = await setup();
    fireEvent.click(create);
    await screen.findByText('Please correct the fields marked below.');
    const title = screen.getByLabelText('Title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(title.getAttribute('aria-describedby')!)?.textContent).toBe('This is required.');
    expect(screen.getByText('Choose at least one item.')).toBeTruthy();
    expect(screen.queryByLabelText('Link for trainees')).toBeNull();
  });

  it('makes a link whose fragment carries exactly the assignment chosen', async () => {
    const create = await setup();
    fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Week 2' } });
    fireEvent.input(screen.getByLabelText('Instructions'), { target: { value: '先做案例。' } });
    fireEvent.input(screen.getByLabelText('Due date'), { target: { value: '2026-12-01' } });
    fireEvent.input(screen.getByLabelText('Class code'), { target: { value: 'CC-7' } });
    fireEvent.change(screen.getByLabelText('The Kimura slippers'), { target: { checked: true } });
    fireEvent.change(screen.getByLabelText('Net Promoter Score'), { target: { checked: true } });
    fireEvent.change(await screen.findByLabelText('Starting numbers for Net Promoter Score'), { target: { value: 'worked-example' } });
    fireEvent.click(create);
    const link = ((await screen.findByLabelText('Link for trainees')) as HTMLInputElement).value;
    expect(link).toMatch(/\/assignment\/#/);
    expect(decodeAssignment(link.slice(link.indexOf('#')))).toEqual({
      ok: true,
      value: {
        v: 1,
        title: 'Week 2',
        instructions: '先做案例。',
        due: '2026-12-01',
        classCode: 'CC-7',
        items: [
          { kind: 'case', id: 'kimura-slippers' },
          { kind: 'calculator', id: 'nps', preset: 'worked-example' },
        ],
      },
    });
  });
});
