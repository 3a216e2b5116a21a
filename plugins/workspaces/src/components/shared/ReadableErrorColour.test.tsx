import { render, screen } from '@testing-library/react';
import { TextField } from '@material-ui/core';
import { ThemeProvider, createTheme } from '@material-ui/core/styles';
import { logColours } from '../EventsTab/logColours';
import {
  ReadableErrorColour,
  readableErrorColours,
} from './ReadableErrorColour';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(foreground: string, background: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map(i => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort(
    (a, b) => b - a,
  );
  return (light + 0.05) / (dark + 0.05);
}

// MUI's own palettes: the error red Backstage's themes inherit (#f44336) and their papers.
const lightTheme = createTheme({ palette: { type: 'light' } });
// The darkest paper our pages sit on in Backstage's dark theme.
const darkPaper = '#424242';

describe('ReadableErrorColour', () => {
  it('gives error text and labels a red of at least 4.5:1 on the page', () => {
    render(
      <ThemeProvider theme={lightTheme}>
        <ReadableErrorColour>
          <TextField label="Workspace name" error helperText="Too short" />
        </ReadableErrorColour>
      </ThemeProvider>,
    );
    expect(getComputedStyle(screen.getByText('Too short')).color).toBe(
      'rgb(198, 40, 40)',
    );
    expect(
      contrast(readableErrorColours.light, '#ffffff'),
    ).toBeGreaterThanOrEqual(4.5);
    expect(
      contrast(readableErrorColours.dark, darkPaper),
    ).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the log colours at 4.5:1, line numbers on an error line too', () => {
    const light = logColours(lightTheme);
    for (const [text, background] of [
      [light.error.text, light.error.background],
      [light.subtle, light.error.background],
      [light.warn.text, light.warn.background],
      [light.subtle, light.warn.background],
      [light.subtle, '#ffffff'],
    ]) {
      expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
