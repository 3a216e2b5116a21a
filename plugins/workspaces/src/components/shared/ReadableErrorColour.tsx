import type { ReactNode } from 'react';
import { ThemeProvider, type Theme } from '@material-ui/core/styles';

/**
 * Error reds that keep 4.5:1 against the page (WCAG AA): MUI's default #f44336 is
 * 3.7:1 on white, too faint for the error text and labels of our forms.
 */
export const readableErrorColours = {
  light: '#c62828',
  dark: '#ffa199',
} as const;

function withReadableError(outer: Theme): Theme {
  const main = readableErrorColours[outer.palette.type];
  return {
    ...outer,
    palette: { ...outer.palette, error: { ...outer.palette.error, main } },
  };
}

/** The app's theme with error colours people can read, for everything inside. */
export function ReadableErrorColour(props: { children: ReactNode }) {
  return (
    <ThemeProvider theme={withReadableError}>{props.children}</ThemeProvider>
  );
}
