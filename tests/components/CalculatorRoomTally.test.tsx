// @vitest-environment happy-dom
import { render, screen, waitFor } from '@testing-library/preact';
import RoomTally from '../../src/islands/calculators/RoomTally';
import { calculatorProps, freshVault } from './calculator-setup';

beforeEach(() => {
  history.replaceState(null, '', '/tools/room-tally/');
});

describe('room tally', () => {
  it('says under the counter itself what is wrong with a count it cannot read', async () => {
    freshVault();
    const props = calculatorProps('room-tally');
    const { container } = render(<RoomTally {...props} preset={{ ...props.preset, 'scores.7': '2.5' }} />);
    const counter = await waitFor(() => {
      const li = container.querySelector('.tally-counter .tally-add[aria-label^="Add a hand for 7"]')?.closest('li');
      expect(li).toBeTruthy();
      return li as HTMLLIElement;
    });
    await waitFor(() =>
      expect(counter.querySelector('.field-error')?.textContent).toBe('⚠ 2.5 is not a whole number.'),
    );
    // Only that counter is flagged; the others read as counted.
    expect(container.querySelectorAll('.tally-counter .field-error')).toHaveLength(1);
    expect(screen.queryByText(/^NPS /)).toBeNull();
  });
});
